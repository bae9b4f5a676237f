package align

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// A Result is an alignment with what it is rendered from: the names,
// languages and sentences of both sides.
type Result struct {
	Left, Right                   string // names of the two inputs, e.g. file paths
	LeftLang, RightLang           language.Tag
	LeftSentences, RightSentences []string
	Beads                         []Bead
}

// A Writer renders a Result.
type Writer func(w io.Writer, r *Result) error

// Formats lists the output formats of an alignment by name: "text",
// "json", "tsv", "tmx", "ladder" and "beads".
var Formats = map[string]Writer{
	"text":   Text,
	"json":   JSON,
	"tsv":    TSV,
	"tmx":    TMX,
	"ladder": Ladder,
	"beads":  BeadFile,
}

// FormatNames returns the names of [Formats], sorted.
func FormatNames() []string {
	var names []string
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// join joins the sentences ids of one side: without a space for Chinese,
// with one otherwise. Tabs and line breaks become spaces.
func join(lang language.Tag, sents []string, ids []int) string {
	sep := " "
	if base(lang) == "zh" {
		sep = ""
	}
	parts := make([]string, len(ids))
	for k, i := range ids {
		parts[k] = sents[i]
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, strings.Join(parts, sep))
}

func score(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

// Text writes the beads as blocks: a header line with the bead's shape,
// indices and score, then the left sentences prefixed "< " and the right
// ones prefixed "> ".
func Text(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s (%s) ⇔ %s (%s): %d beads\n", r.Left, base(r.LeftLang), r.Right, base(r.RightLang), len(r.Beads))
	for _, b := range r.Beads {
		fmt.Fprintf(bw, "\n%d-%d %s:%s score %s\n", len(b.Left), len(b.Right), formatSide(b.Left), formatSide(b.Right), score(b.Score))
		for _, i := range b.Left {
			fmt.Fprintf(bw, "  < %s\n", join(r.LeftLang, r.LeftSentences, []int{i}))
		}
		for _, j := range b.Right {
			fmt.Fprintf(bw, "  > %s\n", join(r.RightLang, r.RightSentences, []int{j}))
		}
	}
	return bw.Flush()
}

// JSON writes {"left", "right", "left_lang", "right_lang",
// "left_sentences", "right_sentences", "beads": [{"left", "right",
// "score"}]}, indented.
func JSON(w io.Writer, r *Result) error {
	beads := r.Beads
	if beads == nil {
		beads = []Bead{}
	}
	ls, rs := r.LeftSentences, r.RightSentences
	if ls == nil {
		ls = []string{}
	}
	if rs == nil {
		rs = []string{}
	}
	v := struct {
		Left           string   `json:"left"`
		Right          string   `json:"right"`
		LeftLang       string   `json:"left_lang"`
		RightLang      string   `json:"right_lang"`
		LeftSentences  []string `json:"left_sentences"`
		RightSentences []string `json:"right_sentences"`
		Beads          []Bead   `json:"beads"`
	}{r.Left, r.Right, base(r.LeftLang), base(r.RightLang), ls, rs, beads}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// TSV writes one line per bead: the left sentences joined, a tab, the right
// sentences joined, a tab, the score. Tabs and line breaks inside sentences
// become spaces; an empty side is an empty field.
func TSV(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, b := range r.Beads {
		fmt.Fprintf(bw, "%s\t%s\t%s\n", join(r.LeftLang, r.LeftSentences, b.Left), join(r.RightLang, r.RightSentences, b.Right), score(b.Score))
	}
	return bw.Flush()
}

// TMX writes a TMX 1.4b translation memory: one translation unit per bead
// that has sentences on both sides, the left side first; srclang is the
// left language.
func TMX(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	ll, rl := base(r.LeftLang), base(r.RightLang)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<tmx version="1.4">` + "\n")
	fmt.Fprintf(bw, `  <header creationtool="aligner" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="%s" o-tmf="aligner"/>`+"\n", attr(ll))
	bw.WriteString("  <body>\n")
	for _, b := range r.Beads {
		if len(b.Left) == 0 || len(b.Right) == 0 {
			continue
		}
		bw.WriteString("    <tu>\n")
		fmt.Fprintf(bw, "      <prop type=\"x-score\">%s</prop>\n", score(b.Score))
		fmt.Fprintf(bw, "      <tuv xml:lang=\"%s\"><seg>%s</seg></tuv>\n", attr(ll), text(join(r.LeftLang, r.LeftSentences, b.Left)))
		fmt.Fprintf(bw, "      <tuv xml:lang=\"%s\"><seg>%s</seg></tuv>\n", attr(rl), text(join(r.RightLang, r.RightSentences, b.Right)))
		bw.WriteString("    </tu>\n")
	}
	bw.WriteString("  </body>\n</tmx>\n")
	return bw.Flush()
}

func text(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func attr(s string) string { return text(s) }

// Ladder writes the alignment as hunalign's ladder: one rung per line,
// "i<TAB>j<TAB>score", where i and j are the numbers of left and right
// sentences before the bead that starts at the rung and score is that
// bead's score; a last rung "n<TAB>m<TAB>0" closes the ladder. The
// sentences between two consecutive rungs form a bead, as hunalign's
// ladder2text reads them.
func Ladder(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	i, j := 0, 0
	for _, b := range r.Beads {
		fmt.Fprintf(bw, "%d\t%d\t%s\n", i, j, score(b.Score))
		i += len(b.Left)
		j += len(b.Right)
	}
	fmt.Fprintf(bw, "%d\t%d\t%s\n", i, j, score(0))
	return bw.Flush()
}

// BeadFile writes the beads in the "[i,j]:[k]" format of [WriteBeads],
// the input of eval-align.
func BeadFile(w io.Writer, r *Result) error { return WriteBeads(w, r.Beads) }
