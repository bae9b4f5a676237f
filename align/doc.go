// Package align aligns the sentences of two versions of a text — a Chinese
// report and its French or English counterpart, or any two of zh, fr and en —
// into beads: groups of consecutive left sentences matched with groups of
// consecutive right sentences, in order.
//
// # Beads
//
// A [Bead] pairs Left sentence indices with Right sentence indices. The beads
// returned by [Aligner.Align] cover every sentence of both sides exactly once
// and in order (the alignment is monotonic). The shapes searched are 1-1, 1-2,
// 2-1, 1-3, 3-1, 2-2 and the empty beads 1-0 and 0-1, which stand for a
// sentence that has no counterpart: independent reports of one event drop and
// add sentences, so empty beads are frequent and real.
//
// # Scoring
//
// A bead's cost adds three terms; the search minimises the total.
//
//   - Lexical translation overlap. Every content word carries
//     language-neutral keys (see [DefaultView]: concept ids from package
//     lexicon — English stems of CC-CEDICT glosses, glossary ids —, and
//     anchors: numbers, dates, people and places from package extract,
//     Latin words inside Chinese, capitalised names, Hán-Việt readings of
//     Chinese-written Vietnamese names). For each sentence of a bead, its
//     coverage is the share of its word weight (IDF squared, so that the
//     words every sentence of the article repeats count little) that finds
//     a word with a common key on the other side of the bead. The
//     sentence's cost is a logistic function of that coverage, judged
//     against the coverage the sentence reaches with its three best single
//     partners (a margin, as in margin-based bitext mining) and against an
//     absolute floor: near 0 for a sentence its partners explain, about 1
//     for one they do not. Every sentence of a 2-1 or 1-3 bead must
//     therefore be explained on its own, so unrelated neighbours are not
//     absorbed into merged beads; a sentence that would cost more in
//     such a bead than unaligned cannot join it. An unaligned sentence
//     costs [Aligner.SkipCost].
//   - A length model in the manner of Gale and Church (1993): the length
//     of the right side, counted in characters (Han characters, letters and
//     digits), is expected to be a language-pair ratio times the left one,
//     with a variance proportional to the length ([LengthRatio]); the cost
//     is -log of the two-sided tail probability. Until the texts are taken
//     for a translation (see Passes) they are taken for independent
//     reports, whose matching sentences often say more on one side (17 % of
//     the gold beads of the dev pairs lie beyond the 1 % tail): the cost is
//     then -log((1-ε)·p + ε) with ε = 0.17, so that lengths rank beads but
//     cannot veto one whose words agree.
//   - Bead-shape priors after Gale and Church, with a small weight.
//
// Independent reports are not searched for 2-2 beads: a translator who
// moves a sentence boundary makes them, two reporters do not, and between
// reports they mostly joined an unrelated pair of sentences to a related
// one through names and topic words.
//
// # Passes
//
// As in Moore (2002), a first pass gives confident beads, from which the
// second pass is prepared:
//
//   - the length ratio is re-estimated (median of the confident beads);
//   - IBM Model 1 is trained by EM in both directions on the confident
//     beads, and word pairs that translate each other well in both
//     directions (and co-occur at least twice) become extra keys. This goes
//     beyond the fixed dictionary: names, transliterations and domain words
//     the lexicon lacks are learnt from the pair itself;
//   - when most sentences were aligned, or the confident beads follow the
//     length model closely (over at least 8 beads, a length variance below
//     1.5 times the language pair's, 6 per Chinese character for zh–fr and
//     zh–en) and so does an alignment by lengths alone (below), the texts
//     are taken for a translation: unaligned sentences cost 1.5 times more
//     and the absolute coverage floor is lowered;
//   - when lengths fit so, they are also trusted more: the length weight
//     rises and beads that fit better than chance earn a bonus, fully so
//     at 0.75 times the pair's variance or less, so that free
//     translations, whose words the dictionary covers poorly, are still
//     aligned.
//
// The alignment by lengths alone, as Gale and Church make it, tells the
// two kinds of text apart where the confident beads cannot: independent
// reports may share a dozen sentences that fit well, but do not align by
// lengths as a whole, and a translation does (a relative length variance
// below 1 is required; the dev reports joined into one text give 1.2, the
// Debian handbook 0.3–0.5). It is made when the first pass left most
// sentences unaligned and either its confident beads fit or the text is
// long (40 sentences or more on each side). When the first pass left most
// of a long translation unaligned, the dictionary covering it poorly, the
// next pass searches around the length-based path and Model 1 learns from
// its beads, as in Moore's aligner, so that even a text none of whose
// words the dictionary knows is aligned. A short translation (the 30-sentence zh–en
// test pair) with most of its dictionary keys removed is not recognised:
// short independent reports can fit lengths as well.
//
// A translation is aligned again while a pass changes at least a tenth of
// the beads (at most four passes): each pass gives the length model and
// Model 1 better beads to learn from, which matters when the first pass,
// with the settings for independent reports, found few. Independent
// reports get two passes.
//
// # Search
//
// Dynamic programming runs in a band around a guide line. In the first
// pass the guide line passes through anchor points — pairs of sentences
// that share a key found once on each side, chained into the longest
// increasing sequence — and in the second it follows the first path. The
// band widens (Moore's doubling) whenever the best path comes near its
// edge, so long texts cost about linear time and memory; their first
// pass leaves out the 2-2, 3-1 and 1-3 shapes, which cost most to score.
// Short texts (fewer than about 250,000 sentence pairs) are searched
// whole. Bead costs are computed in parallel, one goroutine per processor.
//
// # Evaluation
//
// [Eval] computes the strict and lax precision, recall and F1 of Sennrich and
// Volk (2011) over bead lists, as the evaluation scripts of Bleualign and
// Vecalign do; [ReadBeads] and [WriteBeads] read and write the "[i,j]:[k]"
// bead files those scripts use.
package align
