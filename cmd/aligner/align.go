package main

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
)

type alignOptions struct {
	Left, Right string
	Format      string
	Presplit    bool
	LengthOnly  bool
	NoModel1    bool
	Encoding    string
}

func newAlignCmd(runF func(*alignOptions) error) *cobra.Command {
	opts := alignOptions{}
	cmd := &cobra.Command{
		Use:   "align LEFT RIGHT",
		Short: "Align the sentences of two versions of an article",
		Long: `align reads two articles (any of zh, fr, en; txt, HTML or JSON Lines holding
one record) and aligns their sentences into beads: 1-1, 1-2, 2-1, 1-3, 3-1 and
2-2 groups of consecutive sentences, and 1-0 or 0-1 for a sentence without a
counterpart. Beads are scored from a length model, translation overlap through
the lexicon, anchors (numbers, names, Latin words) and translation
probabilities learnt from the pair itself (IBM Model 1).

With --presplit, each file holds one sentence per line, taken as is: no
cleaning, no title, and bead indices are 0-based line numbers.

Formats:
  text    blocks of aligned sentences, left "<", right ">"
  json    {"left","right","left_sentences","right_sentences","beads":[{"left","right","score"}]}
  tsv     left<TAB>right<TAB>score per bead, multi-sentence sides joined
  tmx     TMX 1.4b translation memory (beads with both sides only)
  ladder  hunalign ladder: rungs "i<TAB>j<TAB>score", the last one "n<TAB>m<TAB>0"
  beads   "[i,j]:[k]" per line, the input of eval-align` + exitStatusHelp,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageErrorf("align needs two files, LEFT and RIGHT; got %d argument(s)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Left, opts.Right = args[0], args[1]
			if _, ok := align.Formats[opts.Format]; !ok {
				return usageErrorf("--format: unknown format %q (want %s)", opts.Format, strings.Join(align.FormatNames(), ", "))
			}
			if runF != nil {
				return runF(&opts)
			}
			return runAlign(cmd, &opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Format, "format", "text", "output format: "+strings.Join(align.FormatNames(), ", "))
	fs.BoolVar(&opts.Presplit, "presplit", false, "inputs hold one sentence per line, taken as is")
	fs.BoolVar(&opts.LengthOnly, "length-only", false, "score with the length model only (baseline)")
	fs.BoolVar(&opts.NoModel1, "no-model1", false, "skip the Model 1 second pass")
	fs.StringVar(&opts.Encoding, "encoding", "auto", "input encoding: auto, utf-8 or gb18030")
	return cmd
}

func runAlign(cmd *cobra.Command, opts *alignOptions) error {
	left, err := loadAlignInput(opts.Left, opts.Presplit, opts.Encoding)
	if err != nil {
		return err
	}
	right, err := loadAlignInput(opts.Right, opts.Presplit, opts.Encoding)
	if err != nil {
		return err
	}
	res := &align.Result{
		Left: left.ID, Right: right.ID, LeftLang: left.Lang, RightLang: right.Lang,
		LeftSentences: sentenceTexts(left), RightSentences: sentenceTexts(right),
	}
	a := align.Aligner{LeftLang: left.Lang, RightLang: right.Lang, LengthOnly: opts.LengthOnly, NoModel1: opts.NoModel1}
	res.Beads = a.Align(res.LeftSentences, res.RightSentences)
	return align.Formats[opts.Format](cmd.OutOrStdout(), res)
}

// loadAlignInput reads the one document of path; a missing file, a skipped
// file or a file holding several documents is a usage error.
func loadAlignInput(path string, presplit bool, encoding string) (*corpus.Document, error) {
	if presplit {
		doc, err := corpus.LoadPresplit(path)
		if err != nil {
			return nil, &usageError{err}
		}
		return doc, nil
	}
	docs, skipped, err := corpus.Load([]string{path}, corpus.Options{Encoding: encoding})
	if err != nil {
		if errors.Is(err, corpus.ErrNotExist) {
			return nil, &usageError{err}
		}
		return nil, err
	}
	switch {
	case len(docs) == 1:
		return docs[0], nil
	case len(docs) == 0 && len(skipped) > 0:
		return nil, usageErrorf("%s: %s", path, skipped[0].Reason)
	case len(docs) == 0:
		return nil, usageErrorf("%s: no article found", path)
	default:
		return nil, usageErrorf("%s holds %d articles; align needs one per side", path, len(docs))
	}
}

func sentenceTexts(d *corpus.Document) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Text
	}
	return out
}
