package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/internal/par"
	"github.com/aligner/aligner/report"
	"github.com/aligner/aligner/similarity"
)

type reportOptions struct {
	Paths    []string
	Input    inputOptions
	Langs    string
	Out      string
	Related  bool
	Matrix   int
	Severity string
	Pair     similarity.Options
}

func newReportCmd(runF func(*reportOptions) error) *cobra.Command {
	opts := reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [PATH...] -o DIR",
		Short: "Write a static review site: pairs, aligned texts side by side, facts",
		Long: `report reads articles (files or directories; the embedded seeds when no PATH is
given), pairs them as pair does, aligns the sentences of every pair and
compares their facts as diff does, and writes a static site into DIR:

  index.html     what was read; pairs with score, relation and counts of
                 changed and missing facts (sortable, filterable); unpaired
                 and skipped documents with reasons; a heat map of p(same)
                 for every left × right document (the --matrix documents of
                 each side with the best pairs when there are more)
  pair-*.html    one page per pair: both texts side by side, sentence by
                 sentence, facts marked matched, changed or missing (the
                 counterpart and value on hover or focus), sentences without
                 counterpart tinted, the evidence and an alignment ladder.
                 Keys j/n and k/p move between findings.
  report.json    everything the pages show

The pages load nothing from the network and run only their own script (a
Content-Security-Policy says so); they open from disk. The same input gives
the same files, byte for byte. Pages of related pairs are written too unless
--related=false.

The exit status is 0 once the site is written, whatever it reports.` + exitStatusHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Out == "" {
				return usageErrorf("report needs an output directory: -o DIR")
			}
			if _, err := align.ParseSeverities(opts.Severity); err != nil {
				return usageErrorf("--severity: %w", err)
			}
			if runF != nil {
				return runF(&opts)
			}
			opts.Pair.Progress = progressBar(cmd.ErrOrStderr(), "pairing")
			return runReport(cmd, &opts)
		},
	}
	fs := cmd.Flags()
	opts.Input.register(fs)
	fs.StringVarP(&opts.Out, "output", "o", "", "directory to write the site into (created if needed)")
	fs.StringVar(&opts.Langs, "langs", "zh,fr", "the two languages to pair, left first")
	fs.BoolVar(&opts.Related, "related", true, "write pages for related pairs too")
	fs.IntVar(&opts.Matrix, "matrix", 60, "most documents per side in the similarity heat map (0: all)")
	fs.StringVar(&opts.Severity, "severity", "", "finding levels, as for diff, e.g. missing.person=info")
	registerPairFlags(fs, &opts.Pair)
	return cmd
}

func runReport(cmd *cobra.Command, opts *reportOptions) error {
	langs, err := parseLangs(opts.Langs)
	if err != nil {
		return err
	}
	sev, err := align.ParseSeverities(opts.Severity)
	if err != nil {
		return usageErrorf("--severity: %w", err)
	}
	docs, skipped, err := opts.Input.load(opts.Paths)
	if err != nil {
		return err
	}
	docs, other := splitByLang(docs, langs)
	skipped = append(skipped, other...)
	p := pairDocuments(docs, langs, opts.Pair)
	view := report.NewPairing(docs, p.matches, skipped, []string{langs[0].String(), langs[1].String()})

	var matches []similarity.Match
	for _, m := range p.matches {
		if m.Relation == similarity.Same || opts.Related {
			matches = append(matches, m)
		}
	}
	site := &report.Site{Pairing: view, Documents: docs, Pairs: comparePairs(p, matches, sev)}
	var left, right []*similarity.Profile
	for _, pr := range p.profiles {
		switch pr.Doc.Lang {
		case langs[0]:
			left = append(left, pr)
		case langs[1]:
			right = append(right, pr)
		}
	}
	site.Matrix = report.NewMatrix(p.scorer, left, right, p.matches, opts.Matrix)
	if err := site.Write(opts.Out); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s: %d documents, %d pair pages\n", filepath.Join(opts.Out, "index.html"), len(docs), len(site.Pairs))
	return nil
}

// comparePairs aligns and compares the documents of every match, in
// parallel, and returns the pages' inputs in match order.
func comparePairs(p *pairing, matches []similarity.Match, sev align.Severities) []*report.PairInput {
	factsOf := make(map[*corpus.Document][]extract.Fact, len(p.docs))
	for i, d := range p.docs {
		factsOf[d] = p.facts[i]
	}
	out := make([]*report.PairInput, len(matches))
	par.Do(len(matches), func(i int) {
		m := matches[i]
		l, r := m.Left.Doc, m.Right.Doc
		c := compareDocs(l, r, factsOf[l], factsOf[r], sev)
		ev := m.Evidence
		out[i] = &report.PairInput{Left: l, Right: r, Beads: c.Beads, Comparison: c,
			Relation: m.Relation, Score: m.Score, Evidence: &ev}
	})
	return out
}
