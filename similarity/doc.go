// Package similarity decides which documents in different languages report
// the same event.
//
// # Scoring
//
// Each document becomes a [Profile]: a TF-IDF vector over a cross-lingual
// concept space (lexicon concepts: glossary ids and English stems, so that
// 网络安全, cybersécurité and cybersecurity meet), plus its facts (people,
// places, organisations, dates and numbers with language-neutral values).
// A candidate pair is described by a few features ([Features]): the TF-IDF
// cosine computed with gonum, over the whole text, the title and lead, and
// the title alone; agreement of event dates (a bare day of the month, as in
// 8日, counts, and so does a weekday alone, as in "a ratifié, lundi",
// against the weekday of the other report's date); shared people, places, organisations and distinctive
// numbers; and whether the titles name the same kind of event (an arrival,
// talks, a closing session). Two logistic models map the
// features to probabilities: p(same event) and p(same story). Their weights
// were fitted on a development corpus with [Fit] (see weights.go for the
// numbers and why they look as they do).
//
// # Pairing
//
// "Same" is a property of a pair, not of a matching: one French report may
// have two Chinese counterparts. [Pair] keeps a pair as same when p(same)
// passes a threshold and the pair is competitive: its story-model logit is
// within a margin of the best candidate of both documents. Competition also
// enters the models themselves through the rel_cosine and rel_title
// features (the pair's cosine over the best cosine of either document),
// which, with the kinds of event of the titles, is what most separates one
// meeting from the next meeting of the same people. Other
// strong candidates are related (at most [Options.MaxRelated] per
// document). With [Options.OneToOne] an optimal assignment (Hungarian
// algorithm) is solved instead, component by component.
// Candidates are blocked by a window around each document's event date, so
// cost grows about linearly with the corpus. A date without its year (most
// news leads: 2月20日, le 20 février) blocks by the day of the year, which
// meets the same days of other years too, so such pairs are compared only
// when the two documents share a distinctive term (a name, a place, a rare
// word among the heaviest terms of either); a document without a date is
// compared with the documents that share such a term with it.
package similarity
