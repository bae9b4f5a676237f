package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/similarity"
)

// fixtureSite is a site of the hand-made fixture pair, plus an unpaired and
// a skipped document.
func fixtureSite() *Site {
	in := fixture(false)
	c := in.Comparison
	lone := &corpus.Document{ID: "zh/001.txt", Lang: language.Chinese, Script: "Hans", Title: "日本协助越南", Sentences: []corpus.Sentence{{Text: "八月七日。"}}}
	docs := []*corpus.Document{c.Left, lone, c.Right}
	p := &Pairing{
		Documents: []DocInfo{{ID: c.Left.ID, Lang: "zh", Title: c.Left.Title, Sentences: 3}, {ID: lone.ID, Lang: "zh", Title: lone.Title, Sentences: 1}, {ID: c.Right.ID, Lang: "fr", Title: c.Right.Title, Sentences: 4}},
		Pairs:     []PairInfo{{Left: c.Left.ID, Right: c.Right.ID, Relation: "same", Score: 0.97, Evidence: *in.Evidence}},
		Unpaired:  []string{lone.ID},
		Skipped:   []SkipInfo{{ID: "en/x.txt", Reason: "language en not among --langs zh,fr"}},
		Langs:     []string{"zh", "fr"},
	}
	m := &Matrix{Rows: []string{c.Left.ID, lone.ID}, Cols: []string{c.Right.ID}, PSame: [][]float64{{0.97}, {0.02}}, RowsTotal: 2, ColsTotal: 1}
	return &Site{Pairing: p, Documents: docs, Pairs: []*PairInput{in}, Matrix: m}
}

// seedSite builds the site of the embedded seeds with the real pipeline.
// The gold pair 000↔004 always gets a page: as found by pairing, or as a
// pair given by the user when pairing misses it. It returns the name of
// that page.
func seedSite(t testing.TB) (*Site, string) {
	t.Helper()
	docs, skipped, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pipelineSite(t, docs, skipped, "000_", "004_")
}

// pipelineSite pairs, aligns and compares docs as aligner report does. The
// pair of the documents whose base names start with wantLeft and wantRight
// always gets a page; its name is returned.
func pipelineSite(t testing.TB, docs []*corpus.Document, skipped []corpus.Skip, wantLeft, wantRight string) (*Site, string) {
	t.Helper()
	facts := make([][]extract.Fact, len(docs))
	factsOf := map[*corpus.Document][]extract.Fact{}
	for i, d := range docs {
		facts[i] = extract.Document(d)
		factsOf[d] = facts[i]
	}
	ps, voc := similarity.NewProfiles(docs, facts)
	sc := similarity.NewScorer(ps, voc)
	matches := similarity.Pair(sc, ps, language.Chinese, language.French, similarity.Options{})
	byName := func(prefix string) *similarity.Profile {
		for _, p := range ps {
			if strings.HasPrefix(filepath.Base(p.Doc.ID), prefix) {
				return p
			}
		}
		t.Fatalf("no seed %s", prefix)
		return nil
	}
	gl, gr := byName(wantLeft), byName(wantRight)
	var inputs []*PairInput
	found := false
	compare := func(l, r *corpus.Document) ([]align.Bead, *align.Comparison) {
		a := align.Aligner{LeftLang: l.Lang, RightLang: r.Lang}
		beads := a.Align(texts(l), texts(r))
		return beads, align.Compare(l, r, factsOf[l], factsOf[r], beads, nil)
	}
	for _, m := range matches {
		beads, c := compare(m.Left.Doc, m.Right.Doc)
		ev := m.Evidence
		inputs = append(inputs, &PairInput{Left: m.Left.Doc, Right: m.Right.Doc, Beads: beads, Comparison: c, Relation: m.Relation, Score: m.Score, Evidence: &ev})
		found = found || m.Left == gl && m.Right == gr
	}
	if !found {
		beads, c := compare(gl.Doc, gr.Doc)
		ev := sc.Evidence(gl, gr)
		inputs = append(inputs, &PairInput{Left: gl.Doc, Right: gr.Doc, Beads: beads, Comparison: c, Evidence: &ev})
	}
	var left, right []*similarity.Profile
	for _, p := range ps {
		if p.Doc.Lang == language.Chinese {
			left = append(left, p)
		} else {
			right = append(right, p)
		}
	}
	site := &Site{
		Pairing:   NewPairing(docs, matches, skipped, []string{"zh", "fr"}),
		Documents: docs, Pairs: inputs,
		Matrix: NewMatrix(sc, left, right, matches, 60),
	}
	return site, PageName(gl.Doc.ID, gr.Doc.ID)
}

func texts(d *corpus.Document) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Text
	}
	return out
}

func TestPageName(t *testing.T) {
	tests := []struct{ left, right, want string }{
		{"seeds/000_f996f5f846c92957.txt", "seeds/004_918320b94566cfc1.txt", `^pair-000_f996f5f846c92957--004_918320b94566cfc1-[0-9a-f]{8}\.html$`},
		{"../../etc/passwd", "a/b/../../.htaccess", `^pair-passwd--htaccess-[0-9a-f]{8}\.html$`},
		{`C:\news\Hà Nội 河内.TXT`, "x.jsonl:12", `^pair-ha-noi--x-[0-9a-f]{8}\.html$`},
		{"中文.txt", "<script>", `^pair-doc--script-[0-9a-f]{8}\.html$`},
		{strings.Repeat("a", 100), "b", `^pair-a{32}--b-[0-9a-f]{8}\.html$`},
	}
	for _, tt := range tests {
		got := PageName(tt.left, tt.right)
		if !regexp.MustCompile(tt.want).MatchString(got) {
			t.Errorf("PageName(%q, %q) = %q, want match %s", tt.left, tt.right, got, tt.want)
		}
		if !regexp.MustCompile(`^[a-z0-9_.-]+$`).MatchString(got) {
			t.Errorf("PageName(%q, %q) = %q has characters outside [a-z0-9_.-]", tt.left, tt.right, got)
		}
	}
	// Ids that reduce to the same slug still get distinct names.
	if a, b := PageName("a/x.txt", "y.txt"), PageName("b/x.txt", "y.txt"); a == b {
		t.Errorf("PageName collision: %q", a)
	}
}

func TestSiteFiles(t *testing.T) {
	files, err := fixtureSite().Files()
	if err != nil {
		t.Fatal(err)
	}
	page := PageName("zh/000.txt", "fr/004.txt")
	if diff := cmp.Diff([]string{"index.html", page, "report.json"}, sortedKeys(files)); diff != "" {
		t.Fatalf("files mismatch (-want +got):\n%s", diff)
	}
	index := string(files["index.html"])
	for _, want := range []string{
		`<a href="` + page + `" title="zh/000.txt"><code>000</code></a>`,
		`<td data-v="1" class="num hot">1</td>`, // one changed fact
		`<td><code>zh/001.txt</code></td><td>zh-Hans</td><td lang="zh-Hans">日本协助越南</td>`,
		`<td><code>en/x.txt</code></td><td>language en not among --langs zh,fr</td>`,
		`<svg class="heat"`,
		`<a href="` + page + `" tabindex="-1"><rect`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	if !strings.Contains(string(files[page]), `<a class="crumbs" href="index.html">← all pairs</a>`) {
		t.Error("pair page has no link back to the index")
	}
	var v struct {
		Pairing *Pairing
		Texts   []docText
		Pages   []struct {
			Page       string
			Left       string
			Beads      []align.Bead
			Comparison *align.Comparison
		}
		Matrix *Matrix
	}
	if err := json.Unmarshal(files["report.json"], &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Pages) != 1 || v.Pages[0].Page != page || len(v.Pages[0].Beads) != 4 || v.Pages[0].Comparison == nil || len(v.Pages[0].Comparison.Facts) != 4 {
		t.Errorf("report.json pages = %+v", v.Pages)
	}
	if len(v.Texts) != 3 || v.Texts[2].Sentences[3] != fixture(false).Comparison.Right.Sentences[3].Text {
		t.Errorf("report.json texts = %+v", v.Texts)
	}
	if v.Matrix == nil || v.Matrix.PSame[1][0] != 0.02 {
		t.Errorf("report.json matrix = %+v", v.Matrix)
	}
}

func TestSiteWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	s := fixtureSite()
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want, _ := s.Files()
	if diff := cmp.Diff(sortedKeys(want), names); diff != "" {
		t.Errorf("written files mismatch (-want +got):\n%s", diff)
	}
	// Writing again over the same directory gives the same bytes.
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	for name, data := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s differs from Files (err %v)", name, err)
		}
	}
}

// TestSeedSiteDeterministic renders the seeds' site twice, from two runs of
// the whole pipeline, and wants the same bytes.
func TestSeedSiteDeterministic(t *testing.T) {
	s1, page := seedSite(t)
	s2, _ := seedSite(t)
	f1, err := s1.Files()
	if err != nil {
		t.Fatal(err)
	}
	f2, err := s2.Files()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sortedKeys(f1), sortedKeys(f2)); diff != "" {
		t.Fatalf("file names differ (-first +second):\n%s", diff)
	}
	for name := range f1 {
		if !bytes.Equal(f1[name], f2[name]) {
			i := 0
			for i < len(f1[name]) && i < len(f2[name]) && f1[name][i] == f2[name][i] {
				i++
			}
			from := max(0, i-80)
			t.Errorf("%s differs between two runs at byte %d:\n first: …%s\nsecond: …%s", name, i,
				f1[name][from:min(len(f1[name]), i+40)], f2[name][from:min(len(f2[name]), i+40)])
		}
	}
	if _, ok := f1[page]; !ok {
		t.Errorf("no page %s for the gold pair", page)
	}
	for _, want := range []string{"000_f996f5f846c92957", "004_918320b94566cfc1", "梅进勇", "Mai Tien Dung"} {
		if !bytes.Contains(f1[page], []byte(want)) {
			t.Errorf("seed pair page lacks %q", want)
		}
	}
}

func TestNewMatrix(t *testing.T) {
	s, _ := seedSite(t)
	m := s.Matrix
	if m.RowsTotal != 3 || m.ColsTotal != 2 || len(m.Rows) != 3 || len(m.Cols) != 2 {
		t.Fatalf("matrix %d×%d of %d×%d, want 3×2", len(m.Rows), len(m.Cols), m.RowsTotal, m.ColsTotal)
	}
	for i := range m.PSame {
		for j, p := range m.PSame[i] {
			if p < 0 || p > 1 {
				t.Errorf("p(same)[%d][%d] = %v", i, j, p)
			}
		}
	}
}

// TestNewMatrixLimit cuts the seeds' matrix down to one document a side:
// the pair with the best score remains.
func TestNewMatrixLimit(t *testing.T) {
	docs, _, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	facts := make([][]extract.Fact, len(docs))
	for i, d := range docs {
		facts[i] = extract.Document(d)
	}
	ps, voc := similarity.NewProfiles(docs, facts)
	sc := similarity.NewScorer(ps, voc)
	matches := similarity.Pair(sc, ps, language.Chinese, language.French, similarity.Options{})
	if len(matches) == 0 {
		t.Skip("pairing finds no pair in the seeds")
	}
	var left, right []*similarity.Profile
	for _, p := range ps {
		if p.Doc.Lang == language.Chinese {
			left = append(left, p)
		} else {
			right = append(right, p)
		}
	}
	best := matches[0]
	for _, m := range matches {
		if m.Relation == similarity.Same && (best.Relation != similarity.Same || m.Score > best.Score) {
			best = m
		}
	}
	m := NewMatrix(sc, left, right, matches, 1)
	want := &Matrix{Rows: []string{best.Left.Doc.ID}, Cols: []string{best.Right.Doc.ID}, RowsTotal: len(left), ColsTotal: len(right)}
	if diff := cmp.Diff(want, m, cmpopts.IgnoreFields(Matrix{}, "PSame")); diff != "" {
		t.Errorf("NewMatrix(limit 1) mismatch (-want +got):\n%s", diff)
	}
}

func TestKeepBest(t *testing.T) {
	ps := make([]*similarity.Profile, 5)
	best := map[*similarity.Profile]float64{}
	for i := range ps {
		ps[i] = &similarity.Profile{Doc: &corpus.Document{ID: string(rune('a' + i))}}
	}
	best[ps[4]], best[ps[1]], best[ps[2]] = 2, 1.5, 0.5
	var got []string
	for _, p := range keepBest(ps, best, 2) {
		got = append(got, p.Doc.ID)
	}
	if diff := cmp.Diff([]string{"b", "e"}, got); diff != "" {
		t.Errorf("keepBest mismatch (-want +got):\n%s", diff)
	}
	if n := len(keepBest(ps, best, 0)); n != 5 {
		t.Errorf("keepBest without limit kept %d, want 5", n)
	}
}
