package main

import (
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/report"
)

type diffOptions struct {
	Left, Right string
	Format      string
	Severity    string
	Presplit    bool
	Encoding    string
}

// diffFormats are the output formats of diff; "html" is the pair page of
// the review site, self-contained.
var diffFormats = map[string]func(w io.Writer, c *align.Comparison) error{
	"text": func(w io.Writer, c *align.Comparison) error { return c.WriteText(w) },
	"json": func(w io.Writer, c *align.Comparison) error { return c.WriteJSON(w) },
	"html": func(w io.Writer, c *align.Comparison) error {
		return report.PairPage(w, &report.PairInput{Comparison: c})
	},
}

func diffFormatNames() []string {
	names := make([]string, 0, len(diffFormats))
	for n := range diffFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func newDiffCmd(runF func(*diffOptions) error) *cobra.Command {
	opts := diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff LEFT RIGHT",
		Short: "Report the facts one version of an article lacks or changed",
		Long: `diff reads two versions of one article (any of zh, fr, en; txt, HTML or JSON
Lines holding one record), extracts their facts (dates, numbers, people,
places, organisations), aligns their sentences and compares the facts:

  matched        both versions carry the fact (tolerating rounding and units,
                 1.17亿 = 117 millions; a day inside a range; an unwritten
                 year; name variants, partial names; a place and its province)
  changed        aligned sentences carry another number, date or person
  missing-right  only LEFT has the fact
  missing-left   only RIGHT has it

and lists the sentences without counterpart, with the facts they carry.

Severities (--severity KEY=LEVEL,...; levels error, warning, info, off):
  changed.<kind>   default error for date and number, warning otherwise
  missing.<kind>   default warning
  unaligned        sentence without counterpart and without facts, default info
  unaligned.facts  sentence without counterpart that carries facts, default warning
<kind> is date, number, person, place or org; "changed" or "missing" alone
sets every kind.

Formats:
  text  "file:line: severity: message" per finding, then a summary
  json  {"left","right","facts":[{"kind","status","severity","left":{"text",
        "value","sentence",…}|null,"right":…}],"unaligned":[{"side","sentence",
        "text","severity","facts":[…]}],"summary":{…}}
  html  the side-by-side pair page of "aligner report", self-contained
        (inline script and style allowed by their hashes, no network)

With --presplit, each file holds one sentence per line, taken as is.

The exit status is 1 when a finding has level error.` + exitStatusHelp,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageErrorf("diff needs two files, LEFT and RIGHT; got %d argument(s)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Left, opts.Right = args[0], args[1]
			if _, ok := diffFormats[opts.Format]; !ok {
				return usageErrorf("--format: unknown format %q (want %s)", opts.Format, strings.Join(diffFormatNames(), ", "))
			}
			if _, err := align.ParseSeverities(opts.Severity); err != nil {
				return usageErrorf("--severity: %w", err)
			}
			if runF != nil {
				return runF(&opts)
			}
			return runDiff(cmd, &opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Format, "format", "text", "output format: "+strings.Join(diffFormatNames(), ", "))
	fs.StringVar(&opts.Severity, "severity", "", "finding levels, e.g. changed.number=error,missing.person=info,unaligned=off")
	fs.BoolVar(&opts.Presplit, "presplit", false, "inputs hold one sentence per line, taken as is")
	fs.StringVar(&opts.Encoding, "encoding", "auto", "input encoding: auto, utf-8 or gb18030")
	return cmd
}

func runDiff(cmd *cobra.Command, opts *diffOptions) error {
	sev, err := align.ParseSeverities(opts.Severity)
	if err != nil {
		return usageErrorf("--severity: %w", err)
	}
	left, err := loadAlignInput(opts.Left, opts.Presplit, opts.Encoding)
	if err != nil {
		return err
	}
	right, err := loadAlignInput(opts.Right, opts.Presplit, opts.Encoding)
	if err != nil {
		return err
	}
	c := compareDocs(left, right, extract.Document(left), extract.Document(right), sev)
	if err := diffFormats[opts.Format](cmd.OutOrStdout(), c); err != nil {
		return err
	}
	if c.Errors() > 0 {
		return errFindings
	}
	return nil
}
