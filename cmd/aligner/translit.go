package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/aligner/aligner/lexicon"
	"github.com/spf13/cobra"
)

// translitOptions are the options of `aligner translit`.
type translitOptions struct {
	Names  []string
	Format string // text or json
	Limit  int    // candidates per name, 0 for all
	Out    io.Writer
}

// translitFormats are the output formats of `aligner translit`.
var translitFormats = map[string]func(io.Writer, []translitResult) error{
	"text": writeTranslitText,
	"json": writeTranslitJSON,
}

func newTranslitCmd(runF func(*translitOptions) error) *cobra.Command {
	opts := translitOptions{}
	cmd := &cobra.Command{
		Use:   "translit NAME...",
		Short: "Latin spellings of a Chinese-written name",
		Long: `translit prints, for each Chinese-written NAME, the Latin spellings it may
stand for, best first, with their kind and a score from 0 to 1:

  vietnamese  Hán-Việt readings (梅进勇 → Mai Tiến Dũng)
  japanese    ENAMDICT surname + given name (石田真敏 → Ishida Masatoshi)
  phonetic    transcribed foreign name, from its pinyin (马莫诺夫 → Mamonov)
  gazetteer   countries, Vietnamese provinces, CC-CEDICT proper nouns (高平省 → Cao Bằng)
  glossary    aligner's own glossary (河内 → Hanoï)

With --format json the output is
{"names":[{"input":NAME,"candidates":[{"latin","kind","score"}]}]}.
` + exitStatusHelp,
		Example: "  aligner translit 梅进勇 米哈伊尔•马莫诺夫\n  aligner translit --format json 河内",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Names = args
			opts.Out = cmd.OutOrStdout()
			if _, ok := translitFormats[opts.Format]; !ok {
				return usageErrorf("unknown --format %q (want text or json)", opts.Format)
			}
			if opts.Limit < 0 {
				return usageErrorf("--limit must be >= 0, got %d", opts.Limit)
			}
			if runF != nil {
				return runF(&opts)
			}
			return runTranslit(&opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	cmd.Flags().IntVarP(&opts.Limit, "limit", "n", 5, "candidates per name (0 for all)")
	return cmd
}

// translitResult is the JSON shape of one name.
type translitResult struct {
	Input      string              `json:"input"`
	Candidates []translitCandidate `json:"candidates"`
}

type translitCandidate struct {
	Latin string  `json:"latin"`
	Kind  string  `json:"kind"`
	Score float64 `json:"score"`
}

func runTranslit(opts *translitOptions) error {
	results := make([]translitResult, 0, len(opts.Names))
	for _, name := range opts.Names {
		r := translitResult{Input: name, Candidates: []translitCandidate{}}
		for i, c := range lexicon.Translit(name) {
			if opts.Limit > 0 && i >= opts.Limit {
				break
			}
			r.Candidates = append(r.Candidates, translitCandidate{c.Latin, c.Kind, c.Score})
		}
		results = append(results, r)
	}
	return translitFormats[opts.Format](opts.Out, results)
}

func writeTranslitText(w io.Writer, rs []translitResult) error {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s\n", r.Input)
		if len(r.Candidates) == 0 {
			b.WriteString("  (no candidate)\n")
		}
		for _, c := range r.Candidates {
			fmt.Fprintf(&b, "  %.3f  %-10s  %s\n", c.Score, c.Kind, c.Latin)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTranslitJSON(w io.Writer, rs []translitResult) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Names []translitResult `json:"names"`
	}{rs})
}
