package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/align"
)

type evalAlignOptions struct {
	Gold, Test string
}

func newEvalAlignCmd(runF func(*evalAlignOptions) error) *cobra.Command {
	opts := evalAlignOptions{}
	cmd := &cobra.Command{
		Use:   "eval-align --gold FILE --test FILE",
		Short: "Score a sentence alignment against a gold one",
		Long: `eval-align reads two bead files, one bead per line written "[i,j]:[k]" (0-based
sentence indices, an empty side "[]"; "aligner align --format beads" writes
them), and prints strict and lax precision, recall and F1 after Sennrich and
Volk (2011), computed as Vecalign's score.py does: precision over the test
beads (1-0 and 0-1 included), recall over the gold beads with sentences on both
sides; strict needs the exact bead, lax an overlap on both sides.` + exitStatusHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Gold == "" || opts.Test == "" {
				return usageErrorf("eval-align needs --gold FILE and --test FILE")
			}
			if runF != nil {
				return runF(&opts)
			}
			return runEvalAlign(cmd, &opts)
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "gold bead file")
	cmd.Flags().StringVar(&opts.Test, "test", "", "bead file to score")
	return cmd
}

func runEvalAlign(cmd *cobra.Command, opts *evalAlignOptions) error {
	gold, err := readBeadFile(opts.Gold)
	if err != nil {
		return err
	}
	test, err := readBeadFile(opts.Test)
	if err != nil {
		return err
	}
	s := align.Eval(gold, test)
	_, err = fmt.Fprintf(cmd.OutOrStdout(), "gold %d beads, test %d beads\n%s", len(gold), len(test), s)
	return err
}

func readBeadFile(path string) ([]align.Bead, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &usageError{fmt.Errorf("eval-align: %w", err)}
	}
	defer f.Close()
	beads, err := align.ReadBeads(f)
	if err != nil {
		return nil, &usageError{fmt.Errorf("eval-align: %s: %w", path, err)}
	}
	return beads, nil
}
