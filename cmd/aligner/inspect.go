package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

// inspectOptions are the flags and arguments of aligner inspect.
type inspectOptions struct {
	Paths       []string
	Format      string // text or json
	ShowRemoved bool
	Facts       bool
	Encoding    string // auto, utf-8 or gb18030
	MaxSize     int64

	Out io.Writer
}

func newInspectCmd(runF func(*inspectOptions) error) *cobra.Command {
	opts := inspectOptions{}
	cmd := &cobra.Command{
		Use:   "inspect [PATH...]",
		Short: "Show what was read: cleaned titles and sentences, skipped inputs",
		Long: `Inspect loads the articles named by PATH (files or directories, read
recursively: .txt, .html, .htm, .jsonl) and shows, for each document, its id,
language, title and cleaned sentences, then every input that was skipped and
why. With no PATH it reads the embedded seed articles.

--show-removed also lists what cleaning took out (captions, datelines,
signatures, related headlines, duplicated lead) and the glued words it split.

--facts also lists the facts of each sentence: dates, numbers, people,
places and organisations with their canonical values ("facts":[{"kind",
"text","value","unit","sentence","start","end"}] in JSON; start and end are
byte offsets in the sentence).

JSON output: {"documents":[{"id","lang","script","title","date","url",
"format","sentences":[...],"lines":[...]}],"skipped":[{"id","reason"}]}, with
"removed":[{"line","reason","text"}] and "repairs" under --show-removed.` + exitStatusHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Out = cmd.OutOrStdout()
			switch opts.Format {
			case "text", "json":
			default:
				return usageErrorf("inspect: unknown --format %q (want text or json)", opts.Format)
			}
			switch strings.ToLower(opts.Encoding) {
			case "auto", "utf-8", "utf8", "gb18030", "gbk":
			default:
				return usageErrorf("inspect: unknown --encoding %q (want auto, utf-8 or gb18030)", opts.Encoding)
			}
			if opts.MaxSize <= 0 {
				return usageErrorf("inspect: --max-size must be positive")
			}
			if runF != nil {
				return runF(&opts)
			}
			return runInspect(&opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	cmd.Flags().BoolVar(&opts.ShowRemoved, "show-removed", false, "also show what cleaning removed or repaired")
	cmd.Flags().BoolVar(&opts.Facts, "facts", false, "also show the facts (dates, numbers, people, places, organisations)")
	cmd.Flags().StringVar(&opts.Encoding, "encoding", "auto", "input encoding: auto, utf-8 or gb18030")
	cmd.Flags().Int64Var(&opts.MaxSize, "max-size", corpus.DefaultMaxSize, "skip files larger than this many bytes")
	return cmd
}

func runInspect(opts *inspectOptions) error {
	docs, skipped, err := corpus.Load(opts.Paths, corpus.Options{Encoding: opts.Encoding, MaxSize: opts.MaxSize})
	if err != nil {
		if errors.Is(err, corpus.ErrNotExist) {
			return &usageError{err}
		}
		return err
	}
	view := inspectView{Documents: []docView{}, Skipped: []skipView{}}
	var facts [][]extract.Fact
	if opts.Facts {
		facts = extractAll(docs)
	}
	for i, d := range docs {
		v := newDocView(d, opts.ShowRemoved)
		if facts != nil {
			fs := facts[i]
			if fs == nil {
				fs = []extract.Fact{}
			}
			v.Facts = &fs
		}
		view.Documents = append(view.Documents, v)
	}
	for _, s := range skipped {
		view.Skipped = append(view.Skipped, skipView{ID: s.ID, Reason: s.Reason})
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(opts.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(view)
	}
	return writeInspectText(opts.Out, view)
}

// inspectView is the JSON document of aligner inspect.
type inspectView struct {
	Documents []docView  `json:"documents"`
	Skipped   []skipView `json:"skipped"`
}

// docView is one document as inspect shows it. Other views of a document
// (facts) are added as fields here.
type docView struct {
	ID        string   `json:"id"`
	Lang      string   `json:"lang"`
	Script    string   `json:"script"`
	Format    string   `json:"format"`
	Title     string   `json:"title"`
	Date      string   `json:"date,omitempty"`
	URL       string   `json:"url,omitempty"`
	Sentences []string `json:"sentences"`
	Lines     []int    `json:"lines"`
	// Removed and Repairs are nil unless --show-removed, then lists.
	Removed *[]removedView `json:"removed,omitempty"`
	Repairs *[]repairView  `json:"repairs,omitempty"`
	// Facts is nil unless --facts.
	Facts *[]extract.Fact `json:"facts,omitempty"`
}

type removedView struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Text   string `json:"text"`
}

type repairView struct {
	Line int    `json:"line"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

type skipView struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// newDocView converts a document for output.
func newDocView(d *corpus.Document, showRemoved bool) docView {
	v := docView{
		ID: d.ID, Lang: d.LangCode(), Script: d.Script, Format: d.Format, Title: d.Title,
		Date: d.Date, URL: d.URL, Sentences: []string{}, Lines: []int{},
	}
	for _, s := range d.Sentences {
		v.Sentences = append(v.Sentences, s.Text)
		v.Lines = append(v.Lines, s.Line)
	}
	if showRemoved {
		removed, repairs := []removedView{}, []repairView{}
		for _, r := range d.Removed {
			removed = append(removed, removedView{Line: r.Line, Reason: r.Reason, Text: r.Text})
		}
		for _, r := range d.Repairs {
			repairs = append(repairs, repairView{Line: r.Line, Old: r.Old, New: r.New})
		}
		v.Removed, v.Repairs = &removed, &repairs
	}
	return v
}

func writeInspectText(w io.Writer, view inspectView) error {
	var b strings.Builder
	for i, d := range view.Documents {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "== %s  [%s %s, %s", d.ID, d.Lang, d.Script, d.Format)
		if d.Date != "" {
			fmt.Fprintf(&b, ", %s", d.Date)
		}
		fmt.Fprintf(&b, ", %d sentences]\n", len(d.Sentences))
		fmt.Fprintf(&b, "title: %s\n", d.Title)
		if d.URL != "" {
			fmt.Fprintf(&b, "url: %s\n", d.URL)
		}
		width := len(strconv.Itoa(len(d.Sentences)))
		for k, s := range d.Sentences {
			fmt.Fprintf(&b, "%*d  L%-4d %s\n", width, k, d.Lines[k], s)
		}
		if d.Facts != nil {
			fmt.Fprintf(&b, "facts (%d):\n", len(*d.Facts))
			for _, f := range *d.Facts {
				unit := ""
				if f.Unit != "" {
					unit = " " + f.Unit
				}
				fmt.Fprintf(&b, "  %*d  %-6s %s = %s%s\n", width, f.Sentence, f.Kind, f.Text, f.Value, unit)
			}
		}
		if d.Removed != nil {
			fmt.Fprintf(&b, "removed (%d):\n", len(*d.Removed))
			for _, r := range *d.Removed {
				fmt.Fprintf(&b, "  L%-4d %-17s %s\n", r.Line, r.Reason, r.Text)
			}
		}
		if d.Repairs != nil && len(*d.Repairs) > 0 {
			fmt.Fprintf(&b, "repaired (%d):\n", len(*d.Repairs))
			for _, r := range *d.Repairs {
				fmt.Fprintf(&b, "  L%-4d %s → %s\n", r.Line, r.Old, r.New)
			}
		}
	}
	if len(view.Skipped) > 0 {
		if len(view.Documents) > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "skipped (%d):\n", len(view.Skipped))
		for _, s := range view.Skipped {
			fmt.Fprintf(&b, "  %s: %s\n", s.ID, s.Reason)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
