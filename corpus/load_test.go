package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/language"
)

const (
	zhArticle     = "越南与法国加强合作\n\n越通社河内——越南政府总理今天会见了法国代表团。双方同意加强经济合作。(完)\n"
	frenchArticle = "Le Vietnam et la France renforcent leur coopération\n\nHanoï (VNA) – Le Premier ministre a reçu une délégation française. Les deux pays ont convenu de renforcer leur coopération. -VNA\n"
	viArticle     = "Việt Nam và Pháp tăng cường hợp tác\n\nThủ tướng Chính phủ đã tiếp đoàn đại biểu của Pháp. Hai nước nhất trí tăng cường hợp tác kinh tế trong những năm tới.\n"
)

// writeFiles creates files under a temporary directory and returns it.
func writeFiles(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gb18030(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoadInputs(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"a/zh.txt":      []byte(zhArticle),
		"a/fr.txt":      []byte("\xEF\xBB\xBF" + frenchArticle), // with BOM
		"a/gb.txt":      gb18030(t, zhArticle),
		"a/notes.md":    []byte("# notes"),
		"a/gold.tsv":    []byte("a\tb\n"),
		"a/.hidden.txt": []byte(frenchArticle),
		"b/empty.txt":   nil,
		"b/blank.txt":   []byte(" \n\n \t\n"),
		"b/binary.txt":  []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00"),
		"b/invalid.txt": []byte("Le Vietnam\n\nabc\xff\xfe\xfd\xfc Les deux pays."),
		"b/vi.txt":      []byte(viArticle),
		"b/big.txt":     []byte(strings.Repeat(frenchArticle, 40)),
		"c/articles.jsonl": []byte(`{"id":"x1","title":"Visite","lang":"fr","date":"2024-07-11","url":"https://example.org/x1","text":"Hanoï (VNA) – Le président est arrivé à Vientiane. Il rencontrera le Premier ministre."}` + "\n" +
			"\n" +
			`{"title":"no text"}` + "\n" +
			`{"text": 12}` + "\n" +
			`not json` + "\n" +
			`{"text":"越南政府总理今天会见了法国代表团。双方同意加强经济合作。"}` + "\n" +
			`{"text":"Hello there","lang":"vi"}` + "\n"),
		"d/page.htm": []byte(`<html><head><title>Visite officielle - VietnamPlus</title>
<meta property="og:url" content="https://example.org/visite">
<meta property="article:published_time" content="2024-07-11T08:00:00+07:00">
<script>var x = "Le script ne doit pas apparaître.";</script></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Visite officielle au Laos</h1>
<p>Hanoï (VNA) – Le président est arrivé à Vientiane le 11 juillet.</p>
<figure><img src="a.jpg"><figcaption>Le président à l'aéroport. Photo: VNA</figcaption></figure>
<p>Il rencontrera le Premier ministre. Les deux pays signeront des accords.</p>
<div class="related-news"><ul><li>Un autre titre sans rapport</li></ul></div>
</article>
<aside>Les plus lus : un article sans rapport</aside>
<footer>© 2024 Tous droits réservés</footer></body></html>`),
		"d/skip.pdf": []byte("%PDF"),
	})
	rel := func(p string) string { return filepath.ToSlash(filepath.Join(dir, p)) }
	docs, skips, err := Load([]string{
		filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "c"),
		filepath.Join(dir, "d", "page.htm"), filepath.Join(dir, "d", "skip.pdf"),
	}, Options{MaxSize: 2000})
	if err != nil {
		t.Fatal(err)
	}

	type docSummary struct {
		ID, Lang, Script, Format, Title, Date, URL string
		First                                      string
		N                                          int
	}
	var got []docSummary
	for _, d := range docs {
		got = append(got, docSummary{d.ID, d.LangCode(), d.Script, d.Format, d.Title, d.Date, d.URL, d.Sentences[0].Text, len(d.Sentences)})
	}
	want := []docSummary{
		{rel("a/fr.txt"), "fr", "Latn", "txt", "Le Vietnam et la France renforcent leur coopération", "", "", "Le Premier ministre a reçu une délégation française.", 2},
		{rel("a/gb.txt"), "zh", "Hans", "txt", "越南与法国加强合作", "", "", "越南政府总理今天会见了法国代表团。", 2},
		{rel("a/zh.txt"), "zh", "Hans", "txt", "越南与法国加强合作", "", "", "越南政府总理今天会见了法国代表团。", 2},
		{"x1", "fr", "Latn", "jsonl", "Visite", "2024-07-11", "https://example.org/x1", "Le président est arrivé à Vientiane.", 2},
		{rel("c/articles.jsonl") + ":6", "zh", "Hans", "jsonl", "", "", "", "越南政府总理今天会见了法国代表团。", 2},
		{rel("d/page.htm"), "fr", "Latn", "html", "Visite officielle au Laos", "2024-07-11", "https://example.org/visite", "Le président est arrivé à Vientiane le 11 juillet.", 3},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}

	wantSkips := []Skip{
		{rel("b/big.txt"), "too large: 7640 bytes, limit 2000"},
		{rel("b/binary.txt"), "binary file"},
		{rel("b/blank.txt"), "empty file"},
		{rel("b/empty.txt"), "empty file"},
		{rel("b/invalid.txt"), "invalid UTF-8 at byte offset 15"},
		{rel("b/vi.txt"), "language: vi"},
		{rel("c/articles.jsonl") + ":3", `missing "text"`},
		{rel("c/articles.jsonl") + ":4", "invalid JSON: json: cannot unmarshal number into Go struct field record.text of type string"},
		{rel("c/articles.jsonl") + ":5", "invalid JSON: invalid character 'o' in literal null (expecting 'u')"},
		{rel("c/articles.jsonl") + ":7", "language: vi"},
		{rel("d/skip.pdf"), `unsupported file type ".pdf" (want .txt, .html, .htm or .jsonl)`},
	}
	if diff := cmp.Diff(wantSkips, skips); diff != "" {
		t.Errorf("skips mismatch (-want +got):\n%s", diff)
	}

	// Nothing of the page furniture reaches the HTML document.
	html := docs[len(docs)-1]
	for _, s := range html.Sentences {
		for _, bad := range []string{"script", "Accueil", "sans rapport", "droits", "Photo", "aéroport"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("HTML sentence %q contains %q", s.Text, bad)
			}
		}
	}
	if html.Sentences[0].Line != 7 {
		t.Errorf("HTML first sentence on line %d, want 7", html.Sentences[0].Line)
	}
}

// TestLoadOrder checks that documents and skips come in input order
// whatever the number of goroutines, and that the files found before a
// missing path are returned with the error.
func TestLoadOrder(t *testing.T) {
	files := make(map[string][]byte)
	var want []string // IDs of documents and skips, in order
	for i := range 60 {
		name := fmt.Sprintf("d%d/%02d", i%3, i)
		switch i % 5 {
		case 0:
			files[name+".txt"] = []byte(zhArticle)
		case 1:
			files[name+".txt"] = []byte(strings.Replace(frenchArticle, "délégation", fmt.Sprintf("délégation n°%d", i), 1))
		case 2:
			files[name+".txt"] = nil // a skip
		case 3:
			files[name+".jsonl"] = []byte(`{"text":"Le président est arrivé à Hanoï. Il parle aux journalistes."}` + "\n{bad\n")
		case 4:
			files[name+".html"] = []byte(`<title>Titre de la page d'essai</title><p>Hanoï (VNA) – Le président est arrivé.</p>`)
		}
	}
	dir := writeFiles(t, files)
	for _, sub := range []string{"d2", "d0"} {
		var names []string
		for name, data := range files {
			if strings.HasPrefix(name, sub+"/") && data != nil {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			id := filepath.ToSlash(dir) + "/" + name
			if strings.HasSuffix(name, ".jsonl") {
				id += ":1"
			}
			want = append(want, id)
		}
	}
	want = append(want, filepath.ToSlash(filepath.Join(dir, "d1", "01.txt")))
	paths := []string{filepath.Join(dir, "d2"), filepath.Join(dir, "d0"), filepath.Join(dir, "d1", "01.txt"), filepath.Join(dir, "missing"), filepath.Join(dir, "d1")}
	load := func(procs int) ([]*Document, []Skip) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		docs, skips, err := Load(paths, Options{})
		if !errors.Is(err, ErrNotExist) {
			t.Fatalf("GOMAXPROCS %d: err = %v, want ErrNotExist", procs, err)
		}
		return docs, skips
	}
	docs1, skips1 := load(1)
	var got []string
	for _, d := range docs1 {
		got = append(got, d.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("document IDs (-want +got):\n%s", diff)
	}
	if len(skips1) != 16 {
		t.Errorf("got %d skips, want 16", len(skips1))
	}
	for _, procs := range []int{2, 4, 16} {
		docs, skips := load(procs)
		if diff := cmp.Diff(docs1, docs, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
			t.Errorf("GOMAXPROCS %d: documents differ from GOMAXPROCS 1 (-1 +%d):\n%s", procs, procs, diff)
		}
		if diff := cmp.Diff(skips1, skips); diff != "" {
			t.Errorf("GOMAXPROCS %d: skips differ from GOMAXPROCS 1 (-1 +%d):\n%s", procs, procs, diff)
		}
	}
}

func TestLoadNotExist(t *testing.T) {
	_, _, err := Load([]string{filepath.Join(t.TempDir(), "missing")}, Options{})
	if !errors.Is(err, ErrNotExist) {
		t.Fatalf("err = %v, want ErrNotExist", err)
	}
	if !strings.Contains(err.Error(), "missing") {
		t.Errorf("error %q does not name the path", err)
	}
}

func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Skip(err)
	}
	docs, skips, err := Load([]string{loop}, Options{})
	if err != nil || len(docs) != 0 || len(skips) != 1 || !strings.HasPrefix(skips[0].Reason, "unreadable: ") {
		t.Fatalf("Load(symlink loop) = %v, %v, %v; want one unreadable skip", docs, skips, err)
	}
	// In a directory walk the same entry is not a regular file.
	_, skips, err = Load([]string{dir}, Options{})
	if err != nil || len(skips) != 1 || skips[0].Reason != "not a regular file" {
		t.Fatalf("Load(dir) = %v, %v; want one skip", skips, err)
	}
}

func TestLoadEncoding(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"gb.txt": gb18030(t, zhArticle), "utf8.txt": []byte(zhArticle)})
	tests := []struct {
		enc, file, want string
	}{
		{"gb18030", "gb.txt", "越南与法国加强合作"},
		{"gbk", "gb.txt", "越南与法国加强合作"},
		{"auto", "gb.txt", "越南与法国加强合作"},
		{"utf-8", "utf8.txt", "越南与法国加强合作"},
	}
	for _, tt := range tests {
		docs, skips, err := Load([]string{filepath.Join(dir, tt.file)}, Options{Encoding: tt.enc})
		if err != nil || len(docs) != 1 || docs[0].Title != tt.want {
			t.Errorf("Load(%s, %s) = %v, %v, %v", tt.file, tt.enc, docs, skips, err)
		}
	}
	_, skips, _ := Load([]string{filepath.Join(dir, "gb.txt")}, Options{Encoding: "utf-8"})
	if len(skips) != 1 || !strings.HasPrefix(skips[0].Reason, "invalid UTF-8 at byte offset ") {
		t.Errorf("forced utf-8 on GB18030: skips = %v", skips)
	}
	if _, _, err := Load(nil, Options{Encoding: "latin-9"}); err == nil {
		t.Error("unknown encoding: no error")
	}
}

func TestLoadPresplit(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"s.txt": []byte("Le Vietnam et la France.\n\n  Les deux pays ont signé.\n")})
	d, err := LoadPresplit(filepath.Join(dir, "s.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{{"Le Vietnam et la France.", 0, 1}, {"", 1, 2}, {"  Les deux pays ont signé.", 2, 3}}
	if diff := cmp.Diff(want, d.Sentences); diff != "" || d.Lang != language.French {
		t.Errorf("LoadPresplit: lang %v, sentences mismatch (-want +got):\n%s", d.Lang, diff)
	}
	if _, err := LoadPresplit(filepath.Join(dir, "none.txt")); !errors.Is(err, ErrNotExist) {
		t.Errorf("LoadPresplit(missing) err = %v, want ErrNotExist", err)
	}
}

// FuzzLoad feeds arbitrary bytes through decoding, HTML/JSONL parsing,
// cleaning and splitting: no panic, valid UTF-8, and the sentences of each
// cleaned paragraph give back the paragraph.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(zhArticle), "txt")
	f.Add([]byte(frenchArticle), "txt")
	f.Add([]byte(`{"text":"Le président est arrivé. Il parle."}`+"\n{bad"), "jsonl")
	f.Add([]byte(`<p>Hanoï (VNA) – Le président <b>est</b> arrivé.</p><script>x</script>`), "html")
	f.Add([]byte("\xff\xfe"+"a\x00b"), "txt")
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		if ext != "txt" && ext != "jsonl" && ext != "html" {
			ext = "txt"
		}
		var l loader
		var o output
		l.add(&o, "f."+ext, "f."+ext, data)
		for _, d := range o.docs {
			for _, s := range d.Sentences {
				if !utf8.ValidString(s.Text) {
					t.Fatalf("invalid UTF-8 sentence %q", s.Text)
				}
			}
		}
		text, err := decode(data, "")
		if err != nil {
			return
		}
		for _, lang := range []language.Tag{language.Chinese, language.French} {
			c := clean(lang, "", splitLines(text, 1))
			for _, p := range c.paras {
				checkSplit(t, lang, p.text)
			}
		}
	})
}
