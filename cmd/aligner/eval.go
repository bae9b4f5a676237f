package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/seeds"
	"github.com/aligner/aligner/similarity"
)

type evalOptions struct {
	Paths   []string
	Input   inputOptions
	Gold    string
	Langs   string
	Format  string
	Verbose bool
	Pair    similarity.Options
}

func newEvalCmd(runF func(*evalOptions) error) *cobra.Command {
	opts := evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval [--gold FILE PATH...]",
		Short: "Score pairing against a gold file (precision, recall, F1)",
		Long: `eval pairs the articles like "aligner pair" and scores the result against a
gold file: tab-separated lines "left_file right_file relation [evidence]" with
relation "same" or "related" (pairs not listed are unrelated), as in
seeds/gold.tsv. Files are matched to documents by base name. It prints
precision, recall and F1 for same and for related pairs, and how many gold
related pairs were reported as same. With neither --gold nor PATH, it scores
the embedded seeds against their own gold pairs.` + exitStatusHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Gold == "" && len(opts.Paths) > 0 {
				return usageErrorf("eval: --gold FILE is required with PATH arguments")
			}
			if opts.Format != "text" && opts.Format != "json" {
				return usageErrorf("--format: unknown format %q (want text or json)", opts.Format)
			}
			if runF != nil {
				return runF(&opts)
			}
			opts.Pair.Progress = progressBar(cmd.ErrOrStderr(), "pairing")
			return runEval(cmd, &opts)
		},
	}
	fs := cmd.Flags()
	opts.Input.register(fs)
	fs.StringVar(&opts.Gold, "gold", "", "gold pairs file (TSV)")
	fs.StringVar(&opts.Langs, "langs", "zh,fr", "the two languages to pair, left first")
	fs.StringVar(&opts.Format, "format", "text", "output format: text or json")
	fs.BoolVarP(&opts.Verbose, "verbose", "v", false, "list the wrong and missed pairs")
	registerPairFlags(fs, &opts.Pair)
	return cmd
}

func runEval(cmd *cobra.Command, opts *evalOptions) error {
	langs, err := parseLangs(opts.Langs)
	if err != nil {
		return err
	}
	var gold []similarity.GoldPair
	if opts.Gold == "" {
		// No gold and no paths: the embedded seeds and their gold pairs.
		f, err := seeds.FS.Open("gold.tsv")
		if err != nil {
			return err
		}
		gold, err = similarity.ReadGold(f, "seeds/gold.tsv")
		f.Close()
		if err != nil {
			return err
		}
	} else {
		f, err := os.Open(opts.Gold)
		if err != nil {
			return &usageError{err}
		}
		gold, err = similarity.ReadGold(f, opts.Gold)
		f.Close()
		if err != nil {
			return &usageError{err}
		}
	}
	docs, _, err := opts.Input.load(opts.Paths)
	if err != nil {
		return err
	}
	docs, _ = splitByLang(docs, langs)
	p := pairDocuments(docs, langs, opts.Pair)
	var pred []similarity.Predicted
	for _, m := range p.matches {
		pred = append(pred, similarity.Predicted{Left: m.Left.Doc.ID, Right: m.Right.Doc.ID, Relation: m.Relation})
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	sc := similarity.Evaluate(gold, pred, ids)
	w := cmd.OutOrStdout()
	if opts.Format == "json" {
		if !opts.Verbose {
			sc.Errors = nil
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(sc)
	}
	var b strings.Builder
	row := func(name string, p similarity.PRF) {
		fmt.Fprintf(&b, "%-8s precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", name, p.Precision, p.Recall, p.F1, p.TP, p.FP, p.FN)
	}
	fmt.Fprintf(&b, "%d documents, %d gold pairs\n", len(docs), len(gold))
	row("same", sc.Same)
	row("related", sc.Related)
	fmt.Fprintf(&b, "gold related reported as same: %d\n", sc.RelatedAsSame)
	if len(sc.Unmatched) > 0 {
		fmt.Fprintf(&b, "gold pairs naming documents not read: %d\n", len(sc.Unmatched))
	}
	if opts.Verbose {
		for _, e := range sc.Errors {
			fmt.Fprintf(&b, "  %s\n", e)
		}
	}
	_, err = fmt.Fprint(w, b.String())
	return err
}
