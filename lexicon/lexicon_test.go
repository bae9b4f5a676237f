package lexicon

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Xuân Phúc", "nguyen xuan phuc"},
		{"Đặng Thị Ngọc Thịnh", "dang thi ngoc thinh"},
		{"Hô-Chi-Minh-Ville", "ho chi minh ville"},
		{"  Shin'ichi   KITAOKA ", "shinichi kitaoka"},
		{"cœur", "coeur"},
		{"ÐẶNG Ðình", "dang dinh"},
		{"hanoi", "hanoi"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

type tok struct {
	Text string
	Kind TokenKind
}

func simple(ts []Token) []tok {
	var out []tok
	for _, t := range ts {
		out = append(out, tok{t.Text, t.Kind})
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		in   string
		want []tok
	}{
		{"french elision and hyphen", language.French, "L'e-gouvernement d'aujourd'hui",
			[]tok{{"L'", Word}, {"e-gouvernement", Word}, {"d'", Word}, {"aujourd'hui", Word}}},
		{"french numbers", language.French, "35 000 tonnes, soit 3,5 %.",
			[]tok{{"35 000", Number}, {"tonnes", Word}, {",", Punct}, {"soit", Word}, {"3,5", Number}, {"%", Punct}, {".", Punct}}},
		{"chinese words, latin, numbers", language.Chinese, "越南政府2023年与JICA合作",
			[]tok{{"越南政府", Word}, {"2023", Number}, {"年", Word}, {"与", Word}, {"JICA", Latin}, {"合作", Word}}},
		{"vietnamese name joined", language.Chinese, "阮春福会见",
			[]tok{{"阮春福", Word}, {"会见", Word}}},
		{"transliterated name joined", language.Chinese, "米哈伊尔•马莫诺夫表示",
			[]tok{{"米哈伊尔", Word}, {"•", Punct}, {"马莫诺夫", Word}, {"表示", Word}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.lang, tt.in)
			if diff := cmp.Diff(tt.want, simple(got)); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkSpans(t, tt.in, got)
		})
	}
}

func checkSpans(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %+v out of order or bounds (prev end %d, len %d)", tk, prev, len(s))
		}
		if s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %+v: text is not s[%d:%d] = %q", tk, tk.Start, tk.End, s[tk.Start:tk.End])
		}
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"阮春福会见了米哈伊尔•马莫诺夫(Mikhail Mamonov)。", "L'e-gouvernement, 35 000 tonnes", "3.5万", "a-", "'", "\xff中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []language.Tag{language.Chinese, language.French} {
			toks := Tokenize(lang, s)
			checkSpans(t, s, toks)
			for _, tk := range toks {
				if !utf8.ValidString(tk.Text) {
					t.Fatalf("invalid UTF-8 token %q", tk.Text)
				}
			}
		}
	})
}

func has(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

func TestConceptsShared(t *testing.T) {
	if len(dataFiles("fr_en.tsv")) == 0 {
		t.Skip("data/fr_en.tsv not written yet")
	}
	tests := []struct {
		zh, fr, en, key string
	}{
		{"政府", "gouvernement", "government", "en:govern"},
		{"合作", "coopération", "cooperation", "en:cooper"},
		{"经济", "économique", "economic", "en:econom"},
		{"安全", "sécurité", "security", "en:secur"},
		{"会见", "rencontre", "meet", "en:meet"},
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			zh := Concepts(language.Chinese, tt.zh)
			fr := Concepts(language.French, tt.fr)
			en := Concepts(language.English, tt.en)
			if !has(zh, tt.key) || !has(fr, tt.key) || !has(en, tt.key) {
				t.Errorf("want %s in all: zh %q → %v, fr %q → %v, en %q → %v", tt.key, tt.zh, zh, tt.fr, fr, tt.en, en)
			}
		})
	}
}

// Forms of third-group verbs reach their infinitive's translations, and a
// form that only looks like one is not forced onto a verb.
func TestConceptsFrenchVerbForms(t *testing.T) {
	if len(dataFiles("fr_en.tsv")) == 0 {
		t.Skip("data/fr_en.tsv not written yet")
	}
	tests := []struct{ word, key string }{
		{"élit", "en:elect"},
		{"élisent", "en:elect"},
		{"réélit", "en:reelect"},
		{"conclut", "en:conclud"},
		{"soutient", "en:support"},
		{"prend", "en:take"},
		{"permet", "en:allow"},
	}
	for _, tt := range tests {
		if got := Concepts(language.French, tt.word); !has(got, tt.key) {
			t.Errorf("Concepts(fr, %s) = %v, want %s", tt.word, got, tt.key)
		}
	}
	if got := Concepts(language.French, "client"); has(got, "en:come") {
		t.Errorf("Concepts(fr, client) = %v, read as a form of a verb in -enir", got)
	}
}

func TestConceptsGlossaryAndStop(t *testing.T) {
	if got := Concepts(language.French, "le"); got != nil {
		t.Errorf("Concepts(fr, le) = %v, want nil (stop word)", got)
	}
	if got := Concepts(language.Chinese, "河内"); !has(got, "g:place:ha-noi") {
		t.Errorf("Concepts(zh, 河内) = %v, want g:place:ha-noi", got)
	}
	if got := Concepts(language.French, "Hanoï"); !has(got, "g:place:ha-noi") {
		t.Errorf("Concepts(fr, Hanoï) = %v, want g:place:ha-noi", got)
	}
	// An unknown compound is split; a name is not.
	if got := Concepts(language.Chinese, "数字经济合作"); !has(got, "en:econom") {
		t.Errorf("Concepts(zh, 数字经济合作) = %v, want en:econom from the split", got)
	}
	if got := Concepts(language.Chinese, "黎光海"); got != nil {
		t.Errorf("Concepts(zh, 黎光海) = %v, want nil for a name", got)
	}
}

func TestTranslit(t *testing.T) {
	tests := []struct {
		name, want, kind string
		rank             int // want among the first rank candidates
	}{
		{"梅进勇", "Mai Tiến Dũng", KindVietnamese, 1},
		{"阮春福", "Nguyễn Xuân Phúc", KindVietnamese, 1},
		{"范明政", "Phạm Minh Chính", KindVietnamese, 1},
		{"马莫诺夫", "Mamonov", KindPhonetic, 1},
		{"石田真敏", "Ishida Masatoshi", KindJapanese, 3},
		{"岸田文雄", "Kishida Fumio", KindJapanese, 4},
		{"菅义伟", "Suga Yoshihide", KindJapanese, 4},
		{"河内", "Hanoï", "", 2},
		{"高平省", "Cao Bằng", "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := translit(tt.name, tt.kind == "")
			for i, c := range cs {
				if i >= tt.rank {
					break
				}
				if c.Latin == tt.want && (tt.kind == "" || c.Kind == tt.kind) {
					return
				}
			}
			t.Errorf("Translit(%q): %q (%s) not in the first %d of %v", tt.name, tt.want, tt.kind, tt.rank, cs)
		})
	}
	if cs := Translit("Hanoi"); cs != nil {
		t.Errorf("Translit(Hanoi) = %v, want nil", cs)
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		zh, latin string
		min, max  float64
	}{
		{"梅进勇", "Mai Tien Dung", 0.95, 1},
		{"梅进勇", "Mai Tiến Dũng", 0.95, 1},
		{"阮春福", "Nguyên Xuân Phuc", 0.95, 1},
		{"米哈伊尔•马莫诺夫", "Mikhail Mamonov", 0.8, 1},
		{"米哈伊尔•马莫诺夫", "M. Mamonov", 0.75, 1},
		{"米哈伊尔•马莫诺夫", "MikhailMamonov", 0.8, 1},
		{"马莫诺夫", "Mamonov", 0.8, 1},
		{"梅进勇", "M. Dung", 0.7, 1},
		{"阮春福", "Mme Xuan Phuc", 0.7, 1},
		{"石田真敏", "Masatoshi Ishida", 0.9, 1},
		{"石田真敏", "Ishida Masatoshi", 0.9, 1},

		{"梅进勇", "Nguyen Xuan Phuc", 0, 0.3},
		{"马莫诺夫", "Vnukov", 0, 0.5},
		{"石田真敏", "Yoshihide Suga", 0, 0.3},
		{"河内", "Paris", 0, 0.3},
	}
	for _, tt := range tests {
		got := match(tt.zh, tt.latin, false)
		if g := Match(tt.zh, tt.latin); g < got {
			t.Errorf("Match(%q, %q) = %.3f, lower than without the glossary (%.3f)", tt.zh, tt.latin, g, got)
		}
		if got < tt.min || got > tt.max {
			t.Errorf("Match(%q, %q) = %.3f, want in [%.2f, %.2f]", tt.zh, tt.latin, got, tt.min, tt.max)
		}
	}
}

func TestMatchGazetteer(t *testing.T) {
	for _, tt := range []struct{ zh, latin string }{{"河内", "Hanoi"}, {"河内", "Hanoï"}, {"高平省", "Cao Bang"}, {"胡志明市", "Hô Chi Minh-Ville"}} {
		if got := Match(tt.zh, tt.latin); got < 0.95 {
			t.Errorf("Match(%q, %q) = %.3f, want >= 0.95", tt.zh, tt.latin, got)
		}
	}
}

func TestSurname(t *testing.T) {
	for _, r := range "阮陈黎范潘武" {
		if !Surname(r) {
			t.Errorf("Surname(%q) = false", r)
		}
	}
	for _, r := range "的在会a" {
		if Surname(r) {
			t.Errorf("Surname(%q) = true", r)
		}
	}
}

func TestParseGlossary(t *testing.T) {
	f, err := os.Open("testdata/glossary.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := parseGlossary("testdata/glossary.tsv", f)
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"org:vna", "place:ha-noi", "term:e-government", "title:vice-minister"}, ids); diff != "" {
		t.Errorf("parseGlossary ids mismatch (-want +got):\n%s", diff)
	}
	want := &Entry{ID: "org:vna", Kind: "org", Zh: []string{"越通社", "越南通讯社"}, Fr: []string{"VNA", "Agence vietnamienne d'information"}, En: []string{"VNA", "Vietnam News Agency"}}
	if diff := cmp.Diff(want, es[0]); diff != "" {
		t.Errorf("parseGlossary first entry mismatch (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrGlossary) {
		t.Fatalf("parseGlossary error = %v, want ErrGlossary", err)
	}
	for _, frag := range []string{"testdata/glossary.tsv:7:", "testdata/glossary.tsv:8:", "testdata/glossary.tsv:9:"} {
		if !strings.Contains(err.Error(), frag) {
			t.Errorf("parseGlossary error %q does not name %s", err, frag)
		}
	}
}

func FuzzParseGlossary(f *testing.F) {
	b, _ := os.ReadFile("testdata/glossary.tsv")
	f.Add(string(b))
	f.Add("a:b\ta\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, _ := parseGlossary("fuzz", strings.NewReader(s))
		for _, e := range es {
			if !entryKinds[e.Kind] || !strings.HasPrefix(e.ID, e.Kind+":") || len(e.Zh)+len(e.Fr)+len(e.En) == 0 {
				t.Fatalf("bad entry accepted: %+v", e)
			}
		}
	})
}

func TestCheckData(t *testing.T) {
	if err := CheckData(); err != nil {
		t.Errorf("embedded glossary data:\n%v", err)
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		lang language.Tag
		in   string
		want []string // ids
	}{
		{language.Chinese, "越南政府副总理访问河内", nil},
		{language.French, "Il est arrivé à Hanoï puis à Hô Chi Minh-Ville.", []string{"place:ha-noi", "place:ho-chi-minh-city"}},
	}
	for _, tt := range tests {
		ms := Find(tt.lang, tt.in)
		var got []string
		for _, m := range ms {
			if tt.in[m.Start:m.End] == "" {
				t.Errorf("empty mention %+v", m)
			}
			got = append(got, m.Entry.ID)
		}
		if tt.want != nil {
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		} else if len(got) == 0 || got[len(got)-1] != "place:ha-noi" {
			t.Errorf("Find(%q) = %v, want ending with place:ha-noi", tt.in, got)
		}
	}
}

func TestAliases(t *testing.T) {
	s := "越南信息传媒部部长石田真敏(MasatoshiIshida)会见了米哈伊尔•马莫诺夫（Mikhail Mamonov）和日本国际协力机构(JICA)代表（图）。"
	var got []string
	for _, a := range Aliases(s) {
		if s[a.Start:a.End] != a.Zh {
			t.Errorf("alias %+v: Zh is not s[Start:End]", a)
		}
		got = append(got, a.Zh+"="+a.Latin)
	}
	want := []string{"石田真敏=MasatoshiIshida", "米哈伊尔•马莫诺夫=Mikhail Mamonov", "日本国际协力机构=JICA"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Aliases mismatch (-want +got):\n%s", diff)
	}
}

// TestConcurrentFirstUse calls every lookup from several goroutines on
// fresh tables (run with -race).
func TestConcurrentFirstUse(t *testing.T) {
	resetData()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Tokenize(language.Chinese, "阮春福会见米哈伊尔•马莫诺夫")
			Concepts(language.French, "coopération")
			Concepts(language.Chinese, "合作")
			Translit("石田真敏")
			Match("梅进勇", "Mai Tien Dung")
			Find(language.French, "à Hanoï")
		}()
	}
	wg.Wait()
}

func FuzzAliases(f *testing.F) {
	f.Add("部长石田真敏(MasatoshiIshida)会见米哈伊尔•马莫诺夫（Mikhail Mamonov）和日本国际协力机构(JICA)")
	f.Add("(A)（")
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Aliases(s) {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End || s[a.Start:a.End] != a.Zh || a.Latin == "" {
				t.Fatalf("bad alias %+v in %q", a, s)
			}
		}
	})
}

func FuzzMatch(f *testing.F) {
	f.Add("米哈伊尔•马莫诺夫", "M. Mamonov")
	f.Add("梅进勇", "Mai Tien Dung")
	f.Add("石田真敏", "MasatoshiIshida")
	f.Fuzz(func(t *testing.T, zh, latin string) {
		if v := Match(zh, latin); v < 0 || v > 1 {
			t.Fatalf("Match(%q, %q) = %v, out of [0, 1]", zh, latin, v)
		}
		for _, c := range Translit(zh) {
			if c.Score < 0 || c.Score > 1 || c.Latin == "" {
				t.Fatalf("Translit(%q): bad candidate %+v", zh, c)
			}
		}
	})
}
