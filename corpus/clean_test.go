package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		in   string
		want string
	}{
		{"zh dateline dash", language.Chinese, "越通社河内 ——越南政府总理会见了代表团。", "越南政府总理会见了代表团。"},
		{"zh dateline dated", language.Chinese, "越通社东京8月7日——双方签署了备忘录。", "双方签署了备忘录。"},
		{"zh dateline 电", language.Chinese, "越通社河内2月20日电 越南政府总理会见了代表团。", "越南政府总理会见了代表团。"},
		{"zh dateline paren", language.Chinese, "(越南.河内15日综合电)越南取得梦幻开局!", "越南取得梦幻开局!"},
		{"zh reporter", language.Chinese, "越通社驻东京记者报道,双方签署了备忘录。", "双方签署了备忘录。"},
		{"zh latin agency", language.Chinese, "(VOVWORLD) -应日本的邀请,越南国家主席启程。", "应日本的邀请,越南国家主席启程。"},
		{"zh signatures", language.Chinese, "双方签署了备忘录。(越通社-VNA)\n越通社\n第二段落也很重要。(完)\n本报编译员 玄妆\n(轉自新唐人電視台)", "双方签署了备忘录。\n第二段落也很重要。"},
		{"zh caption credit", language.Chinese, "正文第一段很长很长。\n会议现场。图自越通社\n范明正总理会见山田贵雄大使。(陈海 摄)\n阮富仲在巴黎合影(图片来源:越通社)\n正文第二段。", "正文第一段很长很长。\n正文第二段。"},
		{"zh photo marker", language.Chinese, "标题 ảnh 1越南政府办公厅主任。图自因特网\n正文。", "正文。"},
		{"zh related", language.Chinese, "正文第一段很长很长很长很长很长。\n相关新闻\n无关标题\n另一条无关新闻。", "正文第一段很长很长很长很长很长。"},
		{"zh full width", language.Chinese, "越南政府总理２０２４年会见了代表团（河内）。", "越南政府总理2024年会见了代表团(河内)。"},
		{"fr dateline", language.French, "Hanoï (VNA) – La Russie est prête à aider le Vietnam.", "La Russie est prête à aider le Vietnam."},
		{"fr dateline dated", language.French, "Hanoi, 20 février (VNA) - Le Vietnam a signé.", "Le Vietnam a signé."},
		{"en dateline", language.English, "HANOI, Dec 8 (Reuters) - Vietnam signed a deal.", "Vietnam signed a deal."},
		{"en signature", language.English, "Vietnam signed a deal. (Reporting by Khanh Vu; Editing by Ed Davies)", "Vietnam signed a deal."},
		{"fr signature", language.French, "Le Vietnam a signé un accord.-VNA\nLe texte continue ici. - VNA/CVN\nVNA/CVN", "Le Vietnam a signé un accord.\nLe texte continue ici."},
		{"fr caption and body", language.French, "Le président à Tokyo. Photo: VNA Le chef du gouvernement japonais a accueilli le couple présidentiel.", "Le chef du gouvernement japonais a accueilli le couple présidentiel."},
		{"fr caption credit line", language.French, "Le texte de l'article est ici.\nPhoto : Nhan Sang/VNA/CVN\nLes joueurs célèbrent leur but (Photo: VNA)", "Le texte de l'article est ici."},
		{"fr voir plus", language.French, "Le texte de l'article est ici.\nVoir plus\nUn autre titre", "Le texte de l'article est ici."},
		{"fr related link", language.French, "Le texte de l'article est ici.\n>> Un autre titre\nLa suite de l'article.", "Le texte de l'article est ici.\nLa suite de l'article."},
		{"fr wrapped", language.French, "Les deux dirigeants ont échangé sur la\nsituation de leur pays.", "Les deux dirigeants ont échangé sur la situation de leur pays."},
		{"date stamp", language.French, " date 2024-07 Le texte de l'article est ici.\n2018-12-15 22:42\nLa suite.", "Le texte de l'article est ici.\nLa suite."},
		{"menus", language.French, "Vietnamese | English | 中文 | Báo In\nChia sẻ\nADVERTISEMENT\nLe texte de l'article est ici.\nhttps://bit.ly/x", "Le texte de l'article est ici."},
		{"duplicate lead", language.French, "La Russie est prête à aider le Vietnam à développer l’e-gouvernement, a déclaré un dirigeant.\n\nHanoï (VNA) - La Russie est prête à aider le Vietnam à développer l’e-gouvernement, a déclaré Mikhail Mamonov.",
			"La Russie est prête à aider le Vietnam à développer l’e-gouvernement, a déclaré Mikhail Mamonov."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Clean(tt.lang, tt.in)); diff != "" {
				t.Errorf("Clean(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCleanDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{" date 2024-07 Le texte.", "2024-07"},
		{"星期四, 21/11/2024 15:47 (GMT +7)\n正文。", "2024-11-21"},
		{"2022 年 05 月 24 日星期二\n正文。", "2022-05-24"},
		{"16:06 | 10/04/2019\nLe texte.", "2019-04-10"},
	} {
		if got := clean(language.French, "", splitLines(tt.in, 1)).date; got != tt.want {
			t.Errorf("date of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzPrechecks checks that the quick tests run before the cleaning
// regexps never rule out a line the regexp would match, and that the
// helpers replacing slower code agree with it.
func FuzzPrechecks(f *testing.F) {
	for _, s := range []string{
		"双方签署了备忘录。(越通社-VNA)", "第二段落也很重要。(完) ", "他说。越通社", "Le Vietnam a signé. -VNA",
		"Le Vietnam a signé (Reuters)\t", "Le texte VNA/CVN", "voir www.vietnamplus.vn", "WwW.example", "http://x.org/a",
		"intNumViewTotal=502", "越通社驻东京记者报道,双方签署了备忘录。", "(本报记者 阮文)正文", " a  b\u00a0c\u3000", "a\u2009b",
		"Lead paragraph repeated with a different ending here", "Lead paragraph repeated with another ending",
	} {
		f.Add(s, s+" et la suite")
	}
	f.Fuzz(func(t *testing.T, s, u string) {
		for _, zh := range []bool{true, false} {
			if signatureEnd(zh).MatchString(s) && !mayEndInSignature(zh, s) {
				t.Errorf("mayEndInSignature(%v, %q) = false, but signatureEnd matches", zh, s)
			}
		}
		if urlRe.MatchString(s) && !mayHaveURL(s) {
			t.Errorf("mayHaveURL(%q) = false, but urlRe matches", s)
		}
		if got, want := findReporter(s), reporterRe.FindString(s); got != want {
			t.Errorf("findReporter(%q) = %q, want %q", s, got, want)
		}
		if got, want := needsFields(s), strings.Join(strings.Fields(s), " ") != s; got != want {
			t.Errorf("needsFields(%q) = %v, want %v", s, got, want)
		}
		a, b := squeeze(s), squeeze(u)
		ra, rb := []rune(a), []rune(b)
		n := 0
		for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
			n++
		}
		want := n >= 40 && n*10 >= 7*min(len(ra), len(rb))
		if got := sameLead(a, b, len(ra), len(rb)); got != want {
			t.Errorf("sameLead(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// normalizeRef is normalize without the fast paths.
func normalizeRef(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(mapRune, s)
	return strings.Join(strings.Fields(s), " ")
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"a  b", "\tx\u200by\u00ad", "\u0085z", "\xc2", "\xe2\x80", "ﬁ（１）\ufeff", "越南 国会\u3000", " é\u0301 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
	})
}
