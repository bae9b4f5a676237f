package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// boilerMarkers must never appear in a cleaned sentence.
var boilerMarkers = []string{
	"更多", "Voir plus", "图自", "圖自", "Photo:", "Photo :", "ảnh 1", "ảnh 2", "hinh anh", "图片来源", "圖源",
	"(越通社", "(完)", "越通社河内", "(VNA) -", "(VNA) –", "-VNA", "ADVERTISEMENT", "相关新闻", "相关阅读", ">>",
}

func TestSeeds(t *testing.T) {
	docs, skips, err := Load(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(skips) != 0 {
		t.Errorf("skips = %v, want none", skips)
	}
	count := map[string]int{}
	for _, d := range docs {
		count[d.LangCode()]++
		if !strings.HasPrefix(d.ID, "seeds/") || d.Path != d.ID {
			t.Errorf("id %q path %q, want seeds/… and equal", d.ID, d.Path)
		}
		seen := map[string]bool{}
		for _, s := range d.Sentences {
			for _, m := range boilerMarkers {
				if strings.Contains(s.Text, m) {
					t.Errorf("%s: sentence %q contains %q", d.ID, s.Text, m)
				}
			}
			if seen[s.Text] {
				t.Errorf("%s: sentence %q appears twice", d.ID, s.Text)
			}
			seen[s.Text] = true
			if s.Line <= d.TitleLine {
				t.Errorf("%s: sentence %q at line %d, not after the title (line %d)", d.ID, s.Text, s.Line, d.TitleLine)
			}
		}
		reasons := map[string]int{}
		text := joinSentences(d)
		for _, r := range d.Removed {
			reasons[r.Reason]++
			// What was removed as page furniture is nowhere in the text.
			if r.Reason != ReasonDupLead && r.Reason != ReasonDuplicate && utf8.RuneCountInString(r.Text) >= 8 && strings.Contains(text, r.Text) {
				t.Errorf("%s: removed %s %q is still among the sentences", d.ID, r.Reason, r.Text)
			}
		}
		for _, want := range []string{ReasonCaption, ReasonDateline, ReasonSignature, ReasonRelated, ReasonDupLead} {
			if reasons[want] == 0 {
				t.Errorf("%s: nothing removed as %s; removed %v", d.ID, want, reasons)
			}
		}
	}
	if diff := cmp.Diff(map[string]int{"zh": 3, "fr": 2}, count); diff != "" {
		t.Errorf("languages mismatch (-want +got):\n%s", diff)
	}

	// The duplicated lead is kept once, without its dateline.
	d := find(t, docs, "seeds/000_f996f5f846c92957.txt")
	lead := "越南政府办公厅主任梅进勇2月20日会见了由俄罗斯数字发展、通信与大众传媒部副部长米哈伊尔•马莫诺夫(Mikhail Mamonov)率领的电子政务和网络安全专家及企业代表团。"
	if n := countSentence(d, lead); n != 1 {
		t.Errorf("000: lead sentence kept %d times, want 1", n)
	}
	d = find(t, docs, "seeds/004_918320b94566cfc1.txt")
	text := joinSentences(d)
	for _, glued := range []string{"dugouvernement", "laformation", "servicespublics", "entrela ", "aupays", "gouvernementà", "lamise", "MikhailMamonov", "duDéveloppement"} {
		if strings.Contains(text, glued) {
			t.Errorf("004: glued word %q not repaired", glued)
		}
	}
	for _, fixed := range []string{"du gouvernement", "la formation", "services publics", "entre la délégation", "au pays", "l’e-gouvernement à travers", "Mikhail Mamonov", "du Développement"} {
		if !strings.Contains(text, fixed) {
			t.Errorf("004: %q missing after repair", fixed)
		}
	}
	if strings.Contains(text, "Hanoï (VNA)") || strings.HasPrefix(d.Sentences[0].Text, "-") {
		t.Errorf("004: dateline left in %q", d.Sentences[0].Text)
	}
}

func find(t *testing.T, docs []*Document, id string) *Document {
	t.Helper()
	for _, d := range docs {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("document %s not loaded", id)
	return nil
}

func countSentence(d *Document, s string) int {
	n := 0
	for _, x := range d.Sentences {
		if x.Text == s {
			n++
		}
	}
	return n
}

func joinSentences(d *Document) string {
	var b strings.Builder
	for _, s := range d.Sentences {
		b.WriteString(s.Text)
		b.WriteString(" ")
	}
	return b.String()
}

// devDir is the development corpus beside the repository.
var devDir = filepath.Join("..", "..", "shared", "corpus", "dev", "docs")

func TestDevCorpus(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("dev corpus not available: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	docs, skips, err := Load([]string{devDir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(skips) != 0 {
		t.Errorf("skips = %v, want none", skips)
	}
	if len(docs) != len(files) {
		t.Errorf("loaded %d documents from %d files", len(docs), len(files))
	}
	for _, d := range docs {
		name := filepath.Base(d.ID)
		if want := name[:2]; d.LangCode() != want {
			t.Errorf("%s: language %s, want %s", d.ID, d.LangCode(), want)
		}
		if len(d.Sentences) < 2 {
			t.Errorf("%s: only %d sentences", d.ID, len(d.Sentences))
		}
		for _, s := range d.Sentences {
			if !utf8.ValidString(s.Text) {
				t.Errorf("%s: invalid UTF-8 in %q", d.ID, s.Text)
			}
			for _, m := range boilerMarkers {
				if strings.Contains(s.Text, m) {
					t.Errorf("%s: sentence contains %q: %q", d.ID, m, s.Text)
				}
			}
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in         string
		lang       language.Tag
		scriptWant string
	}{
		{"越南政府办公厅主任梅进勇会见了俄罗斯代表团。这是两国关系的重要事件。", language.Chinese, "Hans"},
		{"衛生部接收英國援助疫苗。這是越南接種計劃十分珍貴和及時的禮物。", language.Chinese, "Hant"},
		{"La Russie est prête à aider le Vietnam dans l’édification de l’e-gouvernement.", language.French, "Latn"},
		{"The president of Vietnam arrived in Tokyo on Sunday for an official visit.", language.English, "Latn"},
		{"Chủ tịch nước Võ Văn Thưởng và phu nhân đã lên đường thăm chính thức Nhật Bản.", language.Und, "language: vi"},
		{"El presidente de Vietnam llegó a Tokio para una visita oficial con los ministros.", language.Und, "language: es"},
		{"ベトナムの国家主席が東京に到着しました。", language.Und, "language: ja"},
		{"12345 !!! ---", language.Und, "unknown language: no letters"},
	}
	for _, tt := range tests {
		lang, script := Detect(tt.in)
		if lang != tt.lang || script != tt.scriptWant {
			t.Errorf("Detect(%q) = %v, %q; want %v, %q", tt.in, lang, script, tt.lang, tt.scriptWant)
		}
	}
}

func TestGlue(t *testing.T) {
	g := newGlueFixer([]string{"Le ministre Mai Tien Dung a reçu Mikhail Mamonov au sein du ministère. Les services publics."})
	tests := []struct{ in, want string }{
		{"la séance dugouvernement entrela délégation", "la séance du gouvernement entre la délégation"},
		{"le portail de servicespublics", "le portail de services publics"},
		{"l’e-gouvernementà travers", "l’e-gouvernement à travers"},
		{"le vice-ministrerusse duVietnam", "le vice-ministre russe du Vietnam"},
		{"selon Mai TienDung et MikhailMamonov", "selon Mai Tien Dung et Mikhail Mamonov"},
		{"l’édificationd’un portail", "l’édification d’un portail"},
		{"au seindu gouvernement", "au sein du gouvernement"},
		{"la garantiedela sécurité", "la garantie de la sécurité"},
		{"leurs entretiensLes relations", "leurs entretiens Les relations"},
		{"il a adresséses voeux", "il a adressé ses voeux"},
		{"Selonlui, le Vietnam", "Selon lui, le Vietnam"},
		// Left alone: names, inflections, unknown loanwords, known words.
		{"la VietNuc et PetroVietnam", "la VietNuc et PetroVietnam"},
		{"une équipe malaisienne", "une équipe malaisienne"},
		{"les smartphones", "les smartphones"},
		{"le coronavirus", "le coronavirus"},
		{"Sébastien Lecornu et le Laos", "Sébastien Lecornu et le Laos"},
	}
	for _, tt := range tests {
		got, _ := g.fix(tt.in)
		if got != tt.want {
			t.Errorf("fix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzDetectLines checks that detect of lines equals Detect of the lines
// joined by line breaks.
func FuzzDetectLines(f *testing.F) {
	for _, s := range []string{"Le président|a reçu", "越南|國會", "the|of and", "là|é", "|", "Chia sẻ|bài", "ＡＢ|ｃ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "|")
		gotLang, gotScript := detect(lines)
		wantLang, wantScript := Detect(strings.Join(lines, "\n"))
		if gotLang != wantLang || gotScript != wantScript {
			t.Errorf("detect(%q) = %v, %q; Detect of the joined lines = %v, %q", lines, gotLang, gotScript, wantLang, wantScript)
		}
	})
}
