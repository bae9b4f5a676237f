package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		in   string
		want []string
	}{
		{"zh basic", language.Chinese, "越南队取得领先。上半场结束!谁会赢?", []string{"越南队取得领先。", "上半场结束!", "谁会赢?"}},
		{"zh closing quote stays", language.Chinese, "他说:“我们愿意合作。”双方签署了协议。", []string{"他说:“我们愿意合作。”", "双方签署了协议。"}},
		{"zh quote then comma", language.Chinese, "“太好了!”,他说。", []string{"“太好了!”,他说。"}},
		{"zh decimals", language.Chinese, "近1.17亿份档案被统一。总额高达1.1万亿越盾。", []string{"近1.17亿份档案被统一。", "总额高达1.1万亿越盾。"}},
		{"zh brackets", language.Chinese, "会议(第一次。第二次)在河内举行。随后闭幕。", []string{"会议(第一次。第二次)在河内举行。", "随后闭幕。"}},
		{"zh ellipsis", language.Chinese, "他们等待着……终于到了。", []string{"他们等待着……", "终于到了。"}},
		{"fr abbreviations", language.French, "M. Nguyen a rencontré Mme Lan. Le Dr Tri était là.", []string{"M. Nguyen a rencontré Mme Lan.", "Le Dr Tri était là."}},
		{"fr initials", language.French, "Le professeur G. Devarajan a parlé. Il a conclu.", []string{"Le professeur G. Devarajan a parlé.", "Il a conclu."}},
		{"fr numbers", language.French, "Il y a 1,5 million de visiteurs et 3 700 emplois, soit 3.700 postes. Le reste suit.", []string{"Il y a 1,5 million de visiteurs et 3 700 emplois, soit 3.700 postes.", "Le reste suit."}},
		{"fr p. ex.", language.French, "Des villes, p. ex. Hanoï, ont signé. La suite.", []string{"Des villes, p. ex. Hanoï, ont signé.", "La suite."}},
		{"fr etc.", language.French, "Riz, thé, etc. Les prix montent.", []string{"Riz, thé, etc.", "Les prix montent."}},
		{"fr etc. lower", language.French, "Riz, thé, etc. sont chers.", []string{"Riz, thé, etc. sont chers."}},
		{"fr quotes", language.French, "Il a déclaré : « Le Vietnam est prêt. » Puis il est parti.", []string{"Il a déclaré : « Le Vietnam est prêt. »", "Puis il est parti."}},
		{"fr question inside", language.French, "« Pourquoi ? » demande-t-il. Personne ne répond.", []string{"« Pourquoi ? » demande-t-il.", "Personne ne répond."}},
		{"fr ellipsis", language.French, "Ils attendaient... Enfin le train arriva.", []string{"Ils attendaient...", "Enfin le train arriva."}},
		{"fr brackets", language.French, "Le PCV (Parti communiste. Vietnam) a voté. Fin.", []string{"Le PCV (Parti communiste. Vietnam) a voté.", "Fin."}},
		{"en abbreviations", language.English, "Mr. Smith met U.S. officials. St. Paul is far. It rained.", []string{"Mr. Smith met U.S. officials.", "St. Paul is far.", "It rained."}},
		{"bullets", language.French, "Trois points : • le riz • le thé", []string{"Trois points :", "• le riz", "• le thé"}},
		{"no terminator", language.French, "Titre sans point", []string{"Titre sans point"}},
		{"spaces only", language.French, "   ", nil},
		{"date", language.French, "Le 20 févr. 2019, il pleuvait. Le 21, non.", []string{"Le 20 févr. 2019, il pleuvait.", "Le 21, non."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.lang, tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%v, %q) mismatch (-want +got):\n%s", tt.lang, tt.in, diff)
			}
		})
	}
}

// dropSpace removes white space, for the "nothing lost" invariant.
func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// checkSplit verifies the splitter's invariants on one paragraph.
func checkSplit(t *testing.T, lang language.Tag, p string) {
	t.Helper()
	got := Split(lang, p)
	for _, s := range got {
		if s == "" || strings.TrimSpace(s) != s {
			t.Fatalf("Split(%v, %q): sentence %q is empty or untrimmed", lang, p, s)
		}
		if utf8.ValidString(p) && !utf8.ValidString(s) {
			t.Fatalf("Split(%v, %q): invalid UTF-8 sentence %q", lang, p, s)
		}
	}
	if a, b := dropSpace(strings.Join(got, "")), dropSpace(p); a != b {
		t.Fatalf("Split(%v, %q) lost text: joined %q", lang, p, a)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"越南队取得领先。上半场结束!", "他说:“我们愿意合作。”双方签署了协议。", "M. Nguyen a rencontré Mme Lan. Le Dr Tri était là.",
		"Il y a 1,5 million. Le reste (a. b. C) suit... Fin", "« Pourquoi ? » demande-t-il.", "• a • b", "(((", ")))。。。", "a\xffb. C",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		for _, lang := range []language.Tag{language.Chinese, language.French, language.English} {
			checkSplit(t, lang, p)
		}
	})
}

func ExampleSplit() {
	for _, s := range Split(language.French, "M. Nguyen a reçu 1,5 million de doses. Le Dr Tri était là.") {
		fmt.Println(s)
	}
	for _, s := range Split(language.Chinese, "他说:“我们愿意合作。”近1.17亿份档案被统一。") {
		fmt.Println(s)
	}
	// Output:
	// M. Nguyen a reçu 1,5 million de doses.
	// Le Dr Tri était là.
	// 他说:“我们愿意合作。”
	// 近1.17亿份档案被统一。
}
