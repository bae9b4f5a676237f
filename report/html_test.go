package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"html"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/similarity"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Hostile strings an article may carry. None of them may run.
const (
	hostileScript  = `<script>window.__pwned=1</script>`
	hostileImg     = `<img src=x onerror="window.__pwned=1">`
	hostileLink    = `<a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a>`
	hostileClosing = `</mark></td></tr></table><svg onload="window.__pwned=1">`
)

// fixture builds a small zh–fr pair by hand, with a matched, a changed and
// a missing fact and a sentence without counterpart, so that the page does
// not depend on the behaviour of the other packages. With hostile, the
// texts carry markup that must be shown as text.
func fixture(hostile bool) *PairInput {
	zh := []string{
		"越南政府办公厅主任梅进勇2月20日会见了俄罗斯代表团。",
		"双方签署了价值1.17亿美元的合作协议。",
		"俄方将协助越南培训网络安全专家。",
	}
	fr := []string{
		"Le 20 février, Mai Tien Dung a reçu la délégation russe.",
		"Les deux parties ont signé un accord de 118 millions de dollars.",
		"Photo : VNA",
		"La Russie aidera le Vietnam à former des experts en cybersécurité à Hanoï.",
	}
	ztitle, ftitle := "俄罗斯愿协助越南培训电子政务专家", "La Russie soutient le Vietnam dans l’e-gouvernement"
	if hostile {
		ztitle = hostileScript + ztitle
		ftitle = ftitle + " " + hostileImg
		zh[2] = hostileClosing + zh[2]
		fr[2] = "Photo : " + hostileLink + " " + hostileImg
	}
	mk := func(id string, lang language.Tag, script, title string, sents []string) *corpus.Document {
		d := &corpus.Document{ID: id, Path: id, Format: "txt", Lang: lang, Script: script, Title: title, Date: "2019-02-20"}
		for i, s := range sents {
			d.Sentences = append(d.Sentences, corpus.Sentence{Text: s, Para: i, Line: 3 + 2*i})
		}
		return d
	}
	l := mk("zh/000.txt", language.Chinese, "Hans", ztitle, zh)
	r := mk("fr/004.txt", language.French, "Latn", ftitle, fr)
	ref := func(d *corpus.Document, s int, text, value, unit string) *align.FactRef {
		st := d.Sentences[s].Text
		i := strings.Index(st, text)
		if i < 0 {
			panic("fixture: " + text + " not in " + st)
		}
		return &align.FactRef{Text: text, Value: value, Unit: unit, Sentence: s, Start: i, End: i + len(text), Line: d.Sentences[s].Line}
	}
	beads := []align.Bead{
		{Left: []int{0}, Right: []int{0}, Score: 0.81},
		{Left: []int{1}, Right: []int{1}, Score: 0.64},
		{Right: []int{2}},
		{Left: []int{2}, Right: []int{3}, Score: 0.72},
	}
	c := &align.Comparison{Left: l, Right: r, Beads: beads,
		Facts: []align.FactDiff{
			{Kind: extract.Person, Status: align.Matched, Severity: align.Info, Left: ref(l, 0, "梅进勇", "mai tien dung", ""), Right: ref(r, 0, "Mai Tien Dung", "mai tien dung", "")},
			{Kind: extract.Date, Status: align.Matched, Severity: align.Info, Left: ref(l, 0, "2月20日", "2019-02-20", ""), Right: ref(r, 0, "20 février", "2019-02-20", "")},
			{Kind: extract.Number, Status: align.Changed, Severity: align.Error, Left: ref(l, 1, "1.17亿美元", "117000000", "USD"), Right: ref(r, 1, "118 millions de dollars", "118000000", "USD")},
			{Kind: extract.Place, Status: align.MissingLeft, Severity: align.Warning, Right: ref(r, 3, "Hanoï", "vn.hanoi", "")},
		},
		Unaligned: []align.Unaligned{{Side: "right", Sentence: 2, Text: fr[2], Line: 7, Severity: align.Info}},
		Summary:   align.Summary{Matched: 2, Changed: 1, MissingLeft: 1, Unaligned: 1, BySeverity: map[string]int{"error": 1, "warning": 1}},
	}
	gap := 0
	ev := &similarity.Evidence{Cosine: 0.42, People: []similarity.NamePair{{Left: "mai tien dung", Right: "mai tien dung"}},
		Dates: []string{"2019-02-20"}, Places: []string{"ru", "vn"}, Terms: []string{"g:e-government", "en:cyber"}, DayGap: &gap, PSame: 0.97, PRelated: 0.99}
	return &PairInput{Comparison: c, Relation: similarity.Same, Score: 0.97, Evidence: ev}
}

func renderPair(t *testing.T, in *PairInput) string {
	t.Helper()
	var buf bytes.Buffer
	if err := PairPage(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestPairPageGolden(t *testing.T) {
	got := renderPair(t, fixture(false))
	if again := renderPair(t, fixture(false)); again != got {
		t.Fatal("PairPage is not deterministic")
	}
	golden := filepath.Join("testdata", "golden_pair.html")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("PairPage mismatch (-want +got):\n%s", diff)
	}
}

func TestPairPageContent(t *testing.T) {
	page := renderPair(t, fixture(false))
	tests := []struct {
		name, want string
	}{
		{"chinese text tagged", `<td class="side" lang="zh-Hans">`},
		{"french text tagged", `<td class="side" lang="fr">`},
		{"matched fact", `<mark class="fact fact-matched" id="f1l" tabindex="0"`},
		{"changed fact is a finding", `<mark class="fact fact-changed finding" id="f3r" tabindex="0"`},
		{"missing fact", `class="fact fact-missing-left finding" id="f4r"`},
		{"counterpart in the tooltip", `data-tip="number: changed · value 117000000 USD · French: 118 millions de dollars (118000000 USD)"`},
		{"placeholder for the empty side", `<td class="side placeholder"><span>no counterpart in Chinese</span></td>`},
		{"tinted row without counterpart", `<tr id="b3" class="bead right-only finding" tabindex="0">`},
		{"value diff", `<del class="wd">7</del><ins class="wd">8</ins>`},
		{"evidence", `<dt>people</dt><dd>mai tien dung</dd>`},
		{"ladder", `<svg class="ladder"`},
		{"ladder links to rows", `<a href="#b3" tabindex="-1"><line`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(page, tt.want) {
				t.Errorf("page lacks %q", tt.want)
			}
		})
	}
	if strings.Contains(page, `class="crumbs"`) {
		t.Error("a page of its own links back to an index")
	}
}

// TestPairPageEscapes checks that markup in the articles reaches the page
// as text only.
func TestPairPageEscapes(t *testing.T) {
	page := renderPair(t, fixture(true))
	for _, bad := range []string{"<script>window", "<img src=x", "onerror=\"window", "<svg onload", `href="javascript:`} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	for _, text := range []string{hostileScript, hostileImg, hostileLink} {
		if !strings.Contains(html.UnescapeString(page), text) {
			t.Errorf("page does not show %q as text", text)
		}
	}
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("page has %d script elements, want 1 (its own)", n)
	}
}

var (
	cspRe    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	styleRe  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	scriptRe = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
)

func hashOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// TestCSP checks that the policy forbids the network and allows exactly the
// page's own inline style and script.
func TestCSP(t *testing.T) {
	files, err := fixtureSite().Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range sortedKeys(files) {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		page := string(files[name])
		m := cspRe.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("%s: no CSP meta tag", name)
		}
		policy := html.UnescapeString(m[1])
		for _, want := range []string{"default-src 'none'", "connect-src 'none'", "img-src data:"} {
			if !strings.Contains(policy, want) {
				t.Errorf("%s: policy %q lacks %q", name, policy, want)
			}
		}
		style, script := styleRe.FindStringSubmatch(page), scriptRe.FindStringSubmatch(page)
		if style == nil || script == nil {
			t.Fatalf("%s: no inline style or script", name)
		}
		if want := "script-src " + hashOf(script[1]) + ";"; !strings.Contains(policy, want) {
			t.Errorf("%s: policy %q does not allow its script by hash (%s)", name, policy, want)
		}
		if want := "style-src " + hashOf(style[1]) + ";"; !strings.Contains(policy, want) {
			t.Errorf("%s: policy %q does not allow its style by hash (%s)", name, policy, want)
		}
		if strings.Contains(page, " style=") {
			t.Errorf("%s: has a style attribute, which the policy blocks", name)
		}
	}
}

func TestDiffs(t *testing.T) {
	tests := []struct {
		name string
		diff func(a, b string) template.HTML
		a, b string
		want string
	}{
		{"chars", charDiff, "117000000", "118000000", `11<del class="wd">7</del><ins class="wd">8</ins>000000`},
		{"chars escaped", charDiff, "<b>", "<i>", `&lt;<del class="wd">b</del><ins class="wd">i</ins>&gt;`},
		{"words", wordDiff, "Mai Tien Dung", "Mai Tiến Dũng", `Mai <del class="wd">Tien Dung</del><ins class="wd">Tiến Dũng</ins>`},
		{"words han", wordDiff, "梅进勇会见", "梅进荣会见", `梅进<del class="wd">勇</del><ins class="wd">荣</ins>会见`},
		{"words escaped", wordDiff, "a <b> c", "a <i> c", `a &lt;<del class="wd">b</del><ins class="wd">i</ins>&gt; c`},
		{"same", wordDiff, "same", "same", `same`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(tt.diff(tt.a, tt.b)); got != tt.want {
				t.Errorf("diff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSentenceViewOverlaps(t *testing.T) {
	text := "Le 20 février 2019 à Hanoï <b>"
	d := &corpus.Document{Lang: language.French, Sentences: []corpus.Sentence{{Text: text}}}
	date, place := strings.Index(text, "20 février 2019"), strings.Index(text, "Hanoï")
	marks := []mark{
		{start: place, end: place + len("Hanoï"), status: align.MissingLeft, id: "c", tip: "place <x>"},
		{start: date, end: date + len("20 février 2019"), status: align.Matched, id: "a", tip: "date"},
		{start: date, end: date + 2, status: align.Changed, id: "b", tip: "inside the date"}, // overlaps: dropped
		{start: place + 1, end: 99, status: align.Matched, id: "d", tip: "out of range"},     // dropped
	}
	got := string(sentenceView(d, 0, 0, marks).HTML)
	want := `Le <mark class="fact fact-matched" id="a" tabindex="0" title="date" data-tip="date">20 février 2019</mark> à <mark class="fact fact-missing-left finding" id="c" tabindex="0" title="place &lt;x&gt;" data-tip="place &lt;x&gt;">Hanoï</mark> &lt;b&gt;`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentenceView mismatch (-want +got):\n%s", diff)
	}
}

func TestPairPageNeedsDocuments(t *testing.T) {
	if err := PairPage(&bytes.Buffer{}, &PairInput{}); err == nil {
		t.Error("PairPage without documents: no error")
	}
}

var markTag = regexp.MustCompile(`<mark [^>]*>|</mark>`)

// FuzzSentenceView checks that marking facts never loses, adds or leaves
// unescaped any text, whatever the offsets.
func FuzzSentenceView(f *testing.F) {
	f.Add("Le 20 février 2019 à Hanoï <b>", 3, 18, 22, 29)
	f.Add("梅进勇2月20日会见了<script>", 0, 9, 9, 18)
	f.Add("", 0, 0, 1, 2)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		d := &corpus.Document{Lang: language.French, Sentences: []corpus.Sentence{{Text: text}}}
		marks := []mark{{start: s1, end: e1, status: align.Matched, id: "a", tip: text}, {start: s2, end: e2, status: align.Changed, id: "b", tip: "<"}}
		got := string(sentenceView(d, 0, 0, marks).HTML)
		plain := markTag.ReplaceAllString(got, "")
		if strings.ContainsAny(plain, "<>") {
			t.Fatalf("unescaped markup in %q", got)
		}
		if !utf8.ValidString(text) {
			return // invalid bytes may be cut differently; only safety matters
		}
		if un := html.UnescapeString(plain); un != strings.ReplaceAll(text, "\x00", "\uFFFD") {
			t.Errorf("text %q came back as %q", text, un)
		}
	})
}
