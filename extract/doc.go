// Package extract finds facts in sentences — dates, numbers, people, places
// and organisations — and gives each a canonical, language-neutral value so
// that facts compare across Chinese, French and English.
//
// # Calls
//
// [Document] returns all the facts of a [corpus.Document], sorted by
// (Sentence, Start, End, Kind), with the years of year-less dates inferred
// from the article. [Sentence] does the same for one sentence without
// inference; [Dates], [Numbers] and [Names] return one family each. All are
// safe for concurrent use; the lexicon tables they use are loaded once, on
// first use.
//
// # Values
//
// A [Fact] is ready for JSON. Its Value is a string:
//
//	date    ISO 8601, partial when the text is: 2019-02-20, --02-20 (year
//	        unknown), ---26 (a day alone), 2019-12 and --12 (months), 2025
//	        (a year), A/B for ranges (--02-18/--02-20, 2026/2031), and
//	        lunar:--01-01 for lunar-calendar dates, never converted
//	number  plain decimal (117000000, 0.75, 99.69) with Unit its class
//	        ("%", "ordinal", "person", "country", "USD", "VND", "t", "km"
//	        …, see [Units]) and Precision the significant digits written
//	        with a multiplier (1.17亿 → 3), 0 when exact
//	person  a folded Latin key (mai tien dung), other keys in Variants
//	place   a glossary or gazetteer id (place:ha-noi, country:fr)
//	org     a glossary id (org:vna), acronym:AIFB for an unknown acronym in
//	        parentheses, name:<simplified text> for a Chinese organisation
//	        built on a known place or title (法国雇主协会)
//
// # Comparing
//
// [Fact.Equal] compares values exactly; [Fact.Compatible] tells whether two
// facts, possibly from two languages, may state the same thing: numbers
// equal at the coarser precision, dates equal or nested, partial names,
// places and their parents.
//
// # Quality
//
// The package's tests score [Document] on hand-labelled facts of the
// development corpus (testdata/labels, testdata/heldout; see the README
// there) when ../shared/corpus/dev is present.
package extract
