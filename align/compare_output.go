package align

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

// describe formats a fact side for a message: its text, and its value when
// the text does not say it plainly.
func (r *FactRef) describe() string {
	if r == nil {
		return "nothing"
	}
	s := fmt.Sprintf("%q", r.Text)
	if r.Value != "" && r.Value != r.Text {
		s += " (" + r.Value + ")"
	}
	return s
}

// Message describes d in one line, without position: "changed number:
// "1.17亿" (117000000) vs "11,7 millions" (11700000) at right line 5",
// "missing in right: person "梅进勇" (mai tien dung)".
func (d FactDiff) Message() string {
	switch d.Status {
	case Changed:
		s := fmt.Sprintf("changed %s: %s vs %s", d.Kind, d.Left.describe(), d.Right.describe())
		if d.Right != nil && d.Right.Line > 0 {
			s += fmt.Sprintf(" at right line %d", d.Right.Line)
		}
		return s
	case MissingRight:
		return fmt.Sprintf("missing in right: %s %s", d.Kind, d.Left.describe())
	case MissingLeft:
		return fmt.Sprintf("missing in left: %s %s", d.Kind, d.Right.describe())
	}
	s := fmt.Sprintf("matched %s: %s = %s", d.Kind, d.Left.describe(), d.Right.describe())
	if d.Note != "" {
		s += " [" + d.Note + "]"
	}
	return s
}

// Message describes u in one line, without position: "sentence without
// counterpart in right, 2 facts (date 2019-02-20, number 117): "…"".
func (u Unaligned) Message() string {
	other := "right"
	if u.Side == "right" {
		other = "left"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "sentence without counterpart in %s", other)
	if len(u.Facts) > 0 {
		fmt.Fprintf(&b, ", %d fact", len(u.Facts))
		if len(u.Facts) > 1 {
			b.WriteByte('s')
		}
		b.WriteString(" (")
		for i, f := range u.Facts {
			if i > 0 {
				b.WriteString(", ")
			}
			if i == 4 {
				b.WriteString("…")
				break
			}
			fmt.Fprintf(&b, "%s %s", f.Kind, f.Value)
		}
		b.WriteString(")")
	}
	fmt.Fprintf(&b, ": %q", cmpClip(u.Text, 60))
	return b.String()
}

// cmpClip shortens s to at most n runes, marking the cut with "…".
func cmpClip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

// A Finding is one reported fact difference or unaligned sentence, located
// in a file, for CI-style output.
type Finding struct {
	File     string
	Line     int // 1-based, 0 when unknown
	Severity string
	Status   string       // Matched…Changed, or "unaligned"
	Kind     extract.Kind // "" for an unaligned sentence
	Msg      string
}

// String formats f as "file:line: severity: message" (no ":line" when the
// line is unknown).
func (f Finding) String() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", f.File, f.Line, f.Severity, f.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", f.File, f.Severity, f.Msg)
}

func docFile(d *corpus.Document, side string) string {
	switch {
	case d == nil:
		return side
	case d.Path != "":
		return d.Path
	case d.ID != "":
		return d.ID
	}
	return side
}

// Findings returns the findings of c that have a severity: changed and
// missing facts and unaligned sentences, located in the left file
// (changed, missing-right, unaligned left sentences) or the right one,
// sorted by file (left first), line and message.
func (c *Comparison) Findings() []Finding {
	lf, rf := docFile(c.Left, "left"), docFile(c.Right, "right")
	var out []Finding
	for _, d := range c.Facts {
		if d.Severity == "" || d.Status == Matched {
			continue
		}
		f := Finding{File: lf, Severity: d.Severity, Status: d.Status, Kind: d.Kind, Msg: d.Message()}
		if d.Left != nil {
			f.Line = d.Left.Line
		} else {
			f.File = rf
			if d.Right != nil {
				f.Line = d.Right.Line
			}
		}
		out = append(out, f)
	}
	for _, u := range c.Unaligned {
		if u.Severity == "" {
			continue
		}
		f := Finding{File: lf, Line: u.Line, Severity: u.Severity, Status: "unaligned", Msg: u.Message()}
		if u.Side == "right" {
			f.File = rf
		}
		out = append(out, f)
	}
	side := func(f Finding) int {
		if f.File == lf {
			return 0
		}
		return 1
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if side(a) != side(b) {
			return side(a) < side(b)
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Msg < b.Msg
	})
	return out
}

// Errors returns the number of error-level findings.
func (c *Comparison) Errors() int { return c.Summary.BySeverity[Error] }

// String formats the summary in one line: "matched 10, changed 1, …;
// error 1, warning 6".
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "matched %d, changed %d, missing-left %d, missing-right %d, unaligned %d",
		s.Matched, s.Changed, s.MissingLeft, s.MissingRight, s.Unaligned)
	sep := "; "
	for _, lv := range []string{Error, Warning, Info} {
		if n := s.BySeverity[lv]; n > 0 {
			fmt.Fprintf(&b, "%s%s %d", sep, lv, n)
			sep = ", "
		}
	}
	return b.String()
}

// WriteText writes c for a reader: a header naming both versions, one
// "file:line: severity: message" line per finding (see
// [Comparison.Findings]) and the summary.
func (c *Comparison) WriteText(w io.Writer) error {
	var b strings.Builder
	for i, d := range [2]*corpus.Document{c.Left, c.Right} {
		name := [2]string{"left ", "right"}[i]
		if d == nil {
			continue
		}
		fmt.Fprintf(&b, "%s %s (%s, %d sentences)\n", name, docFile(d, name), d.LangCode(), len(d.Sentences))
	}
	for _, f := range c.Findings() {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	b.WriteString(c.Summary.String())
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// MarshalJSON encodes c as {"left","right","facts","unaligned","summary"},
// left and right being the document ids.
func (c *Comparison) MarshalJSON() ([]byte, error) {
	id := func(d *corpus.Document) string {
		if d == nil {
			return ""
		}
		return d.ID
	}
	facts, un := c.Facts, c.Unaligned
	if facts == nil {
		facts = []FactDiff{}
	}
	if un == nil {
		un = []Unaligned{}
	}
	sum := c.Summary
	if sum.BySeverity == nil {
		sum.BySeverity = map[string]int{}
	}
	return json.Marshal(struct {
		Left      string      `json:"left"`
		Right     string      `json:"right"`
		Facts     []FactDiff  `json:"facts"`
		Unaligned []Unaligned `json:"unaligned"`
		Summary   Summary     `json:"summary"`
	}{id(c.Left), id(c.Right), facts, un, sum})
}

// WriteJSON writes c as indented JSON (see [Comparison.MarshalJSON]),
// ending with a newline.
func (c *Comparison) WriteJSON(w io.Writer) error {
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
