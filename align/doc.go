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
// Each candidate bead is scored from four sources of evidence:
//
//   - a length model in the manner of Gale and Church (1993): the length of
//     the right side, counted in characters (one per Han character, one per
//     letter or digit elsewhere), is expected to be a language-pair ratio
//     times the length of the left side, with a variance proportional to the
//     length. The ratios are calibrated per pair (see [LengthRatio]) and
//     re-estimated on the confident beads of each text;
//   - lexical translation overlap: every content word carries
//     language-neutral keys (concept ids from package lexicon: English stems
//     of CC-CEDICT glosses, glossary ids), and a bead's overlap is the
//     IDF-weighted share of the words of each side that find a word with a
//     common key on the other side;
//   - anchors: numbers (digits, normalised: "1 200" = "1,200" = "1200"),
//     Latin-script words inside Chinese, capitalised names and quoted strings
//     become keys too, weighted up;
//   - translation probabilities re-estimated from the text itself, as in
//     Moore (2002): a first pass with the length model and the dictionary
//     gives confident beads, IBM Model 1 is trained on them by EM in both
//     directions, word pairs that translate each other well become extra keys,
//     and a second pass aligns again. This goes beyond the fixed dictionary:
//     names, transliterations and domain words the lexicon lacks are learnt.
//
// # Search
//
// Dynamic programming runs in a band around a guide line. The guide line
// passes through anchor points — pairs of sentences that share a key found
// once on each side, chained into the longest increasing sequence — and the
// band widens (Moore's doubling) whenever the best path comes near its edge,
// so long texts cost about linear time and memory. Short texts (fewer than
// about 250,000 sentence pairs) are searched whole.
//
// # Evaluation
//
// [Eval] computes the strict and lax precision, recall and F1 of Sennrich and
// Volk (2011) over bead lists, as the evaluation scripts of Bleualign and
// Vecalign do; [ReadBeads] and [WriteBeads] read and write the "[i,j]:[k]"
// bead files those scripts use.
package align
