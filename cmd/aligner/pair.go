package main

import (
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/report"
	"github.com/aligner/aligner/similarity"
)

type pairOptions struct {
	Paths  []string
	Input  inputOptions
	Langs  string
	Format string
	Pair   similarity.Options
}

func newPairCmd(runF func(*pairOptions) error) *cobra.Command {
	opts := pairOptions{}
	cmd := &cobra.Command{
		Use:   "pair [PATH...]",
		Short: "Find the reports that tell the same event in two languages",
		Long: `pair reads articles (files or directories; the embedded seeds when no PATH is
given) and reports which article of the first language of --langs and which of
the second tell the same event ("same"), which only belong to the same story
("related": the same people or visit, another meeting or day), and which have
no counterpart ("unpaired"). Evidence comes with every pair: people named in
both with both spellings, shared dates, places, organisations and numbers, top
shared terms, the TF-IDF cosine and the model's probabilities.

Every input appears in pairs, unpaired or skipped (with the reason). A document
is unpaired when it has no same pair, even if it has related ones.` + exitStatusHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, ok := report.PairingFormats[opts.Format]; !ok {
				return usageErrorf("--format: unknown format %q (want %s)", opts.Format, formatList(report.PairingFormats))
			}
			if runF != nil {
				return runF(&opts)
			}
			opts.Pair.Progress = progressBar(cmd.ErrOrStderr(), "pairing")
			return runPair(cmd, &opts)
		},
	}
	fs := cmd.Flags()
	opts.Input.register(fs)
	fs.StringVar(&opts.Langs, "langs", "zh,fr", "the two languages to pair, left first")
	fs.StringVar(&opts.Format, "format", "text", "output format: text, json, tsv or csv")
	registerPairFlags(fs, &opts.Pair)
	return cmd
}

func runPair(cmd *cobra.Command, opts *pairOptions) error {
	langs, err := parseLangs(opts.Langs)
	if err != nil {
		return err
	}
	docs, skipped, err := opts.Input.load(opts.Paths)
	if err != nil {
		return err
	}
	docs, other := splitByLang(docs, langs)
	skipped = append(skipped, other...)
	p := pairDocuments(docs, langs, opts.Pair)
	view := report.NewPairing(docs, p.matches, skipped, []string{langs[0].String(), langs[1].String()})
	return report.PairingFormats[opts.Format](cmd.OutOrStdout(), view)
}

func formatList[V any](m map[string]V) string {
	var names []string
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// registerPairFlags binds the pairing thresholds shared by pair, eval,
// report and check.
func registerPairFlags(fs interface {
	Float64Var(*float64, string, float64, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
}, o *similarity.Options) {
	fs.Float64Var(&o.SameThreshold, "same-threshold", 0.4, "least p(same) of a same pair")
	fs.Float64Var(&o.RelatedThreshold, "related-threshold", 0.5, "least p(related) of a related pair")
	fs.Float64Var(&o.Margin, "margin", 2, "how far (in logits) a same pair may fall below the best candidate of either document")
	fs.IntVar(&o.Window, "window", 7, "blocking window in days around each document's date")
	fs.IntVar(&o.MaxRelated, "max-related", 5, "most related pairs kept per document, strongest first (negative: no limit)")
	fs.BoolVar(&o.OneToOne, "one-to-one", false, "pair each document with at most one same counterpart (optimal assignment)")
}
