package report

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/similarity"
)

// A PairInput is what one pair page shows: two documents, their sentence
// alignment and, when known, their fact comparison and the evidence that
// paired them.
type PairInput struct {
	// Left and Right are the two documents. When nil they are taken from
	// Comparison.
	Left, Right *corpus.Document
	// Beads align the sentences of Left and Right. When nil they are taken
	// from Comparison.
	Beads []align.Bead
	// Comparison is the fact comparison of the pair, or nil when facts were
	// not compared.
	Comparison *align.Comparison
	// Relation is "same" or "related" for a pair found by pairing, "" for a
	// pair the user named.
	Relation string
	// Score is the pairing score (p(same) or p(related)); ignored when
	// Relation is "".
	Score float64
	// Evidence is why the pair was found, or nil.
	Evidence *similarity.Evidence
}

// resolve fills Left, Right and Beads from Comparison.
func (in *PairInput) resolve() (*PairInput, error) {
	out := *in
	if c := in.Comparison; c != nil {
		if out.Left == nil {
			out.Left = c.Left
		}
		if out.Right == nil {
			out.Right = c.Right
		}
		if out.Beads == nil {
			out.Beads = c.Beads
		}
	}
	if out.Left == nil || out.Right == nil {
		return nil, fmt.Errorf("report: pair page needs both documents")
	}
	return &out, nil
}

//go:embed html.tmpl
var htmlTemplates string

//go:embed site.css
var siteCSS string

//go:embed site.js
var siteJS string

// tmpl holds the page templates, parsed once.
var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"score": func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) },
}).Parse(htmlTemplates))

// csp is the Content-Security-Policy of every page: no network at all, only
// the page's own inline style and script, identified by their hashes.
var csp = "default-src 'none'; script-src " + cspHash(siteJS) + "; style-src " + cspHash(siteCSS) +
	"; img-src data:; connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'"

func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// chrome is what every page carries: its policy, style and script. The CSS
// and script are our own embedded files, so they are trusted as such.
type chrome struct {
	CSP   string
	CSS   template.CSS
	JS    template.JS
	Title string
	Index string // link back to the index, "" on a page of its own
}

func newChrome(title, index string) chrome {
	return chrome{CSP: csp, CSS: template.CSS(siteCSS), JS: template.JS(siteJS), Title: title, Index: index}
}

// htmlLang returns the BCP 47 tag for the lang attribute of a document's
// text: zh-Hans or zh-Hant for Chinese, the base language otherwise.
func htmlLang(d *corpus.Document) string {
	code := d.LangCode()
	if code == "zh" {
		if d.Script == "Hant" {
			return "zh-Hant"
		}
		return "zh-Hans"
	}
	return code
}

// pairPage is the view model of a pair page.
type pairPage struct {
	Chrome        chrome
	Left, Right   sideInfo
	Relation      string
	Score         float64
	Evidence      *evidenceView
	Summary       *align.Summary
	Severity      []kv
	Rows          []beadRow
	Findings      []finding
	Facts         []factRow
	Ladder        template.HTML
	Beads         int
	AlignedShare  string
	HasComparison bool
}

type kv struct {
	Key   string
	Value int
}

type sideInfo struct {
	ID, Lang, Title, Date, URL string
	Sentences                  int
}

type evidenceView struct {
	Items  []evidenceItem
	PSame  float64
	PRel   float64
	Cosine float64
}

type evidenceItem struct{ Label, Text string }

type beadRow struct {
	ID          string
	N           int
	Kind        string // "aligned", "left-only", "right-only"
	Shape       string
	Score       float64
	Left, Right []sentView
	Finding     bool
}

type sentView struct {
	ID   string
	N    int
	Line int
	HTML template.HTML // the text with its facts marked
	P    template.HTML // the whole paragraph: number, then HTML
}

type finding struct {
	ID        string
	Kind      string
	Status    string
	Severity  string
	LeftText  string
	RightText string
	Where     string // anchor of the sentence
	ValueDiff template.HTML
	TextDiff  template.HTML
	pos       [3]int // bead, side, byte offset: the order on the page
}

type factRow struct {
	Kind, Status, Severity      string
	LeftText, RightText         string
	LeftValue, RightValue       string
	LeftAnchor, RightAnchor     string
	LeftSentence, RightSentence int
}

// langName names a language code for a reader.
func langName(code string) string {
	switch code {
	case "zh":
		return "Chinese"
	case "fr":
		return "French"
	case "en":
		return "English"
	}
	return code
}

// statusLabel describes a fact status for a reader, given the languages of
// both sides.
func statusLabel(status, ll, rl string) string {
	switch status {
	case align.Matched:
		return "matched"
	case align.MissingLeft:
		return "missing in " + ll
	case align.MissingRight:
		return "missing in " + rl
	case align.Changed:
		return "changed"
	}
	return status
}

// PairPage writes the HTML page of one pair: both texts side by side,
// aligned sentence by sentence, with their facts marked by status, the
// findings in a list the keyboard walks through (j/k or n/p), the evidence
// that paired the documents and a ladder plot of the alignment. The page is
// self-contained: its style and script are inline, allowed by hash in its
// Content-Security-Policy, and it loads nothing.
func PairPage(w io.Writer, in *PairInput) error {
	p, err := newPairPage(in, "")
	if err != nil {
		return err
	}
	return tmpl.ExecuteTemplate(w, "pair", p)
}

func newPairPage(in *PairInput, index string) (*pairPage, error) {
	in, err := in.resolve()
	if err != nil {
		return nil, err
	}
	l, r := in.Left, in.Right
	p := &pairPage{
		Chrome:   newChrome(clip(l.Title, 60)+" ↔ "+clip(r.Title, 60), index),
		Left:     sideInfo{ID: l.ID, Lang: htmlLang(l), Title: l.Title, Date: l.Date, URL: l.URL, Sentences: len(l.Sentences)},
		Right:    sideInfo{ID: r.ID, Lang: htmlLang(r), Title: r.Title, Date: r.Date, URL: r.URL, Sentences: len(r.Sentences)},
		Relation: in.Relation,
		Score:    in.Score,
		Beads:    len(in.Beads),
	}
	if in.Evidence != nil {
		p.Evidence = newEvidenceView(in.Evidence, latinLang(r.LangCode(), l.LangCode()))
	}
	ll, rl := langName(l.LangCode()), langName(r.LangCode())

	// The bead of every sentence, to order findings as on the page.
	beadOf := [2]map[int]int{{}, {}}
	for k, b := range in.Beads {
		for _, s := range b.Left {
			beadOf[0][s] = k
		}
		for _, s := range b.Right {
			beadOf[1][s] = k
		}
	}

	// Marks per side and sentence, from the comparison.
	marks := [2]map[int][]mark{{}, {}}
	var findings []finding
	if c := in.Comparison; c != nil {
		p.HasComparison = true
		p.Summary = &c.Summary
		for _, k := range sortedKeys(c.Summary.BySeverity) {
			p.Severity = append(p.Severity, kv{k, c.Summary.BySeverity[k]})
		}
		for i, f := range c.Facts {
			fid := "f" + strconv.Itoa(i+1)
			label := statusLabel(f.Status, ll, rl)
			row := factRow{Kind: string(f.Kind), Status: f.Status, Severity: f.Severity, LeftSentence: -1, RightSentence: -1}
			if f.Left != nil {
				row.LeftText, row.LeftValue = f.Left.Text, f.Left.Value
				row.LeftAnchor, row.LeftSentence = "L"+strconv.Itoa(f.Left.Sentence+1), f.Left.Sentence
				marks[0][f.Left.Sentence] = append(marks[0][f.Left.Sentence], mark{
					start: f.Left.Start, end: f.Left.End, status: f.Status, id: fid + "l",
					tip: factTip(string(f.Kind), label, f.Left, f.Right, rl),
				})
			}
			if f.Right != nil {
				row.RightText, row.RightValue = f.Right.Text, f.Right.Value
				row.RightAnchor, row.RightSentence = "R"+strconv.Itoa(f.Right.Sentence+1), f.Right.Sentence
				marks[1][f.Right.Sentence] = append(marks[1][f.Right.Sentence], mark{
					start: f.Right.Start, end: f.Right.End, status: f.Status, id: fid + "r",
					tip: factTip(string(f.Kind), label, f.Right, f.Left, ll),
				})
			}
			p.Facts = append(p.Facts, row)
			if f.Status == align.Matched {
				continue
			}
			fd := finding{ID: fid, Kind: string(f.Kind), Status: label, Severity: f.Severity, LeftText: row.LeftText, RightText: row.RightText}
			switch {
			case f.Left != nil:
				fd.Where = fid + "l"
				fd.pos = [3]int{beadOf[0][f.Left.Sentence], 0, f.Left.Start}
			case f.Right != nil:
				fd.Where = fid + "r"
				fd.pos = [3]int{beadOf[1][f.Right.Sentence], 1, f.Right.Start}
			}
			if f.Status == align.Changed && f.Left != nil && f.Right != nil {
				if f.Kind == extract.Number || f.Kind == extract.Date {
					fd.ValueDiff = charDiff(f.Left.Value, f.Right.Value)
				} else {
					fd.ValueDiff = wordDiff(f.Left.Value, f.Right.Value)
				}
				if latin(f.Left.Text) && latin(f.Right.Text) && f.Left.Text != f.Right.Text {
					fd.TextDiff = wordDiff(f.Left.Text, f.Right.Text)
				}
			}
			findings = append(findings, fd)
		}
	}

	// Rows, one per bead.
	aligned := 0
	for k, b := range in.Beads {
		row := beadRow{ID: "b" + strconv.Itoa(k+1), N: k + 1, Score: b.Score,
			Shape: strconv.Itoa(len(b.Left)) + "–" + strconv.Itoa(len(b.Right))}
		switch {
		case len(b.Left) > 0 && len(b.Right) > 0:
			row.Kind = "aligned"
			aligned += len(b.Left) + len(b.Right)
		case len(b.Left) > 0:
			row.Kind = "left-only"
			row.Finding = true
		default:
			row.Kind = "right-only"
			row.Finding = true
		}
		for _, s := range b.Left {
			row.Left = append(row.Left, sentenceView(l, 0, s, marks[0][s]))
		}
		for _, s := range b.Right {
			row.Right = append(row.Right, sentenceView(r, 1, s, marks[1][s]))
		}
		if row.Finding {
			lang := rl
			if row.Kind == "right-only" {
				lang = ll
			}
			fd := finding{ID: "u" + strconv.Itoa(k+1), Kind: "sentence", Status: "no counterpart in " + lang,
				Where: row.ID, Severity: align.Info, pos: [3]int{k, 0, -1}}
			if row.Kind == "left-only" {
				fd.LeftText = clip(joinSentences(l, b.Left), 140)
			} else {
				fd.RightText = clip(joinSentences(r, b.Right), 140)
				fd.pos[1] = 1
			}
			if sev := unalignedSeverity(in.Comparison, row.Kind, b); sev != "" {
				fd.Severity = sev
			}
			findings = append(findings, fd)
		}
		p.Rows = append(p.Rows, row)
	}
	if n := len(l.Sentences) + len(r.Sentences); n > 0 {
		p.AlignedShare = strconv.Itoa(100*aligned/n) + "%"
	}
	p.Findings = sortFindings(findings)
	p.Ladder = ladderSVG(in.Beads, len(l.Sentences), len(r.Sentences), ll, rl)
	return p, nil
}

// unalignedSeverity returns the severity the comparison gave to the
// sentences of an empty bead: the most serious among them.
func unalignedSeverity(c *align.Comparison, kind string, b align.Bead) string {
	if c == nil {
		return ""
	}
	side, ids := "left", b.Left
	if kind == "right-only" {
		side, ids = "right", b.Right
	}
	best := ""
	for _, u := range c.Unaligned {
		if u.Side != side {
			continue
		}
		for _, s := range ids {
			if u.Sentence == s && severityRank(u.Severity) < severityRank(best) {
				best = u.Severity
			}
		}
	}
	return best
}

func severityRank(s string) int {
	switch s {
	case align.Error:
		return 0
	case align.Warning:
		return 1
	case align.Info:
		return 2
	}
	return 3
}

// sortFindings orders findings as they appear on the page: by bead, left
// side first, then by position in the sentence.
func sortFindings(fs []finding) []finding {
	sort.SliceStable(fs, func(a, b int) bool {
		x, y := fs[a].pos, fs[b].pos
		for k := range x {
			if x[k] != y[k] {
				return x[k] < y[k]
			}
		}
		return false
	})
	return fs
}

func joinSentences(d *corpus.Document, ids []int) string {
	sep := " "
	if d.LangCode() == "zh" {
		sep = ""
	}
	var parts []string
	for _, i := range ids {
		if i >= 0 && i < len(d.Sentences) {
			parts = append(parts, d.Sentences[i].Text)
		}
	}
	return strings.Join(parts, sep)
}

// factTip is the tooltip of a fact: its status, value and counterpart.
func factTip(kind, label string, self, other *align.FactRef, otherLang string) string {
	var b strings.Builder
	b.WriteString(kind)
	b.WriteString(": ")
	b.WriteString(label)
	b.WriteString(" · value ")
	b.WriteString(valueText(self))
	if other != nil {
		fmt.Fprintf(&b, " · %s: %s (%s)", otherLang, other.Text, valueText(other))
	}
	return b.String()
}

func valueText(f *align.FactRef) string {
	if f.Unit != "" {
		return f.Value + " " + f.Unit
	}
	return f.Value
}

// latin reports whether s is written in Latin script (digits and
// punctuation allowed), where a character diff reads well.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// charDiff marks what differs between a and b character by character,
// with go-diff's semantic cleanup: deleted text in <del>, inserted text in
// <ins>. It suits canonical values (117000000 → 118000000). The text is
// escaped here.
func charDiff(a, b string) template.HTML {
	dmp := diffmatchpatch.New()
	return diffHTML(dmp.DiffCleanupSemantic(dmp.DiffMain(a, b, false)))
}

// wordDiff marks what differs between a and b word by word (a Han
// character counts as a word): "Mai [Tien Dung → Tiến Dũng]".
func wordDiff(a, b string) template.HTML {
	dict := map[string]rune{}
	var words []string
	encode := func(s string) []rune {
		var out []rune
		for _, w := range splitWords(s) {
			r, ok := dict[w]
			if !ok {
				r = rune(0xE000 + len(words)) // private use area, one rune per distinct word
				dict[w] = r
				words = append(words, w)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	for i := range diffs {
		var t strings.Builder
		for _, r := range diffs[i].Text {
			t.WriteString(words[r-0xE000])
		}
		diffs[i].Text = t.String()
	}
	return diffHTML(diffs)
}

// splitWords cuts s into words, runs of spaces and single other
// characters; Han characters are words of their own.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		out = append(out, string(r))
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func diffHTML(diffs []diffmatchpatch.Diff) template.HTML {
	var buf bytes.Buffer
	for _, d := range diffs {
		t := template.HTMLEscapeString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			buf.WriteString(`<del class="wd">` + t + `</del>`)
		case diffmatchpatch.DiffInsert:
			buf.WriteString(`<ins class="wd">` + t + `</ins>`)
		default:
			buf.WriteString(t)
		}
	}
	return template.HTML(buf.String())
}

// A mark is a fact to highlight in a sentence.
type mark struct {
	start, end int
	status     string
	id, tip    string
}

// sentenceView renders sentence s of d with its facts marked. Text is
// escaped piece by piece; marks that overlap an earlier one, fall outside
// the text or cut a character are left out.
func sentenceView(d *corpus.Document, side, s int, marks []mark) sentView {
	prefix := "L"
	if side == 1 {
		prefix = "R"
	}
	v := sentView{ID: prefix + strconv.Itoa(s+1), N: s + 1}
	if s < 0 || s >= len(d.Sentences) {
		v.P = template.HTML(`<p id="` + v.ID + `" class="s"></p>`)
		return v
	}
	text := d.Sentences[s].Text
	v.Line = d.Sentences[s].Line
	sort.SliceStable(marks, func(a, b int) bool {
		if marks[a].start != marks[b].start {
			return marks[a].start < marks[b].start
		}
		return marks[a].end > marks[b].end
	})
	var buf strings.Builder
	at := 0
	for _, m := range marks {
		if m.start < at || m.end > len(text) || m.start >= m.end ||
			!utf8.RuneStart(text[m.start]) || m.end < len(text) && !utf8.RuneStart(text[m.end]) {
			continue
		}
		buf.WriteString(template.HTMLEscapeString(text[at:m.start]))
		cls := "fact fact-" + m.status
		if m.status != align.Matched {
			cls += " finding"
		}
		fmt.Fprintf(&buf, `<mark class="%s" id="%s" tabindex="0" title="%s" data-tip="%s">%s</mark>`,
			cls, m.id, template.HTMLEscapeString(m.tip), template.HTMLEscapeString(m.tip),
			template.HTMLEscapeString(text[m.start:m.end]))
		at = m.end
	}
	buf.WriteString(template.HTMLEscapeString(text[at:]))
	v.HTML = template.HTML(buf.String())
	// The paragraph is built here rather than in the template: pages have
	// thousands of sentences, and this is several template actions each.
	line := ""
	if v.Line > 0 {
		line = ", line " + strconv.Itoa(v.Line)
	}
	n := strconv.Itoa(v.N)
	v.P = template.HTML(`<p id="` + v.ID + `" class="s"><span class="sn" title="sentence ` + n + line + `">` + n + `</span> ` + buf.String() + `</p>`)
	return v
}

func newEvidenceView(ev *similarity.Evidence, lang string) *evidenceView {
	v := &evidenceView{PSame: ev.PSame, PRel: ev.PRelated, Cosine: ev.Cosine}
	add := func(label string, items []string) {
		if len(items) > 0 {
			v.Items = append(v.Items, evidenceItem{label, strings.Join(items, ", ")})
		}
	}
	var people []string
	seen := map[string]bool{}
	for _, n := range ev.People {
		s := n.Left
		if n.Left != n.Right {
			s = n.Left + " = " + n.Right
		}
		if !seen[s] {
			seen[s] = true
			people = append(people, s)
		}
	}
	add("people", people)
	add("dates", ev.Dates)
	if ev.DateConflict {
		v.Items = append(v.Items, evidenceItem{"lead dates", "differ"})
	}
	if ev.DayGap != nil {
		v.Items = append(v.Items, evidenceItem{"days apart", strconv.Itoa(*ev.DayGap)})
	}
	names := func(ids []string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, entityName(id, lang))
		}
		return out
	}
	add("places", names(ev.Places))
	add("organisations", names(ev.Orgs))
	add("numbers", ev.Numbers)
	add("shared terms", ev.Terms)
	return v
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
