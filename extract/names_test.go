package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// pv is a compact view of a name fact for tests.
type pv struct {
	Kind        Kind
	Text, Value string
}

func TestNames(t *testing.T) {
	zh, fr, en := language.Chinese, language.French, language.English
	tests := []struct {
		name string
		lang language.Tag
		in   string
		want []pv // only the facts of these kinds are compared
		kind Kind
	}{
		{"zh glossary person", zh, "越南国家主席武文赏及夫人", []pv{{Person, "武文赏", "vo van thuong"}}, Person},
		{"zh dotted name with latin", zh, "会见了米哈伊尔•马莫诺夫(Mikhail Mamonov)。", []pv{{Person, "米哈伊尔•马莫诺夫", "mikhail mamonov"}}, Person},
		{"zh dotted name before a conjunction", zh, "会见了米哈伊尔•马莫诺夫(Mikhail Mamonov)。米哈伊尔•马莫诺夫和越南政府办公厅副主任共同签署了会议纪要。", []pv{{Person, "米哈伊尔•马莫诺夫", "mikhail mamonov"}, {Person, "米哈伊尔•马莫诺夫", "mikhail mamonov"}}, Person},
		{"zh dotted name around glossary", zh, "大使路易斯‧巴勃羅‧瑪麗亞‧貝爾特拉米諾。", []pv{{Person, "路易斯‧巴勃羅‧瑪麗亞‧貝爾特拉米諾", "luis pablo maria beltramino"}}, Person},
		{"zh unknown dotted name", zh, "会见了安德烈•彼得罗夫。", []pv{{Person, "安德烈•彼得罗夫", "*"}}, Person},
		{"zh latin in parentheses", zh, "48歲的海防居民陳氏和(Tran Thi Hoa,音譯)表示", []pv{{Person, "陳氏和", "tran thi hoa"}}, Person},
		{"zh surname with cue", zh, "总书记助理胡母括,越南驻法国大使", []pv{{Person, "胡母括", "ho mau quat"}}, Person},
		{"zh no cue no name", zh, "范围很广，高级代表团", nil, Person},
		{"zh title is not a name", zh, "阮部長稱:", nil, Person},
		{"zh latin name", zh, "參贊David McNaught轉交", []pv{{Person, "David McNaught", "david mcnaught"}}, Person},
		{"zh places", zh, "离开河内,前往日本", []pv{{Place, "河内", "place:ha-noi"}, {Place, "日本", "country:jp"}}, Place},
		{"zh place inside title", zh, "越南国家主席", []pv{{Place, "越南", "country:vn"}}, Place},
		{"zh org", zh, "接受了越通社记者的专访", []pv{{Org, "越通社", "org:vna"}}, Org},
		{"fr title and name", fr, "le Premier ministre japonais Kishida Fumio et", []pv{{Person, "Kishida Fumio", "fumio kishida"}}, Person},
		{"fr civility", fr, "selon M. Nguyen Van Zorb, directeur", []pv{{Person, "Nguyen Van Zorb", "nguyen van zorb"}}, Person},
		{"fr capitalised sequence", fr, "le conseiller, David McNaught, a remis", []pv{{Person, "David McNaught", "david mcnaught"}}, Person},
		{"fr given name that is a place", fr, "Tran Vinh Thang a reçu le ministre Le Van Vinh.", []pv{{Person, "Tran Vinh Thang", "tran vinh thang"}, {Person, "Le Van Vinh", "le van vinh"}}, Person},
		{"fr place after a name", fr, "Le Vinh accueille M. Tran, à Vinh.", []pv{{Place, "Vinh", "place:vinh"}, {Place, "Vinh", "place:vinh"}}, Place},
		{"fr sentence start", fr, "Lors de la cérémonie, Selon lui", nil, Person},
		{"fr weekday and month", fr, "Mercredi Mai", nil, Person},
		{"fr org acronym", fr, "l'Agence (AIFB) et la VNA", []pv{{Org, "AIFB", "acronym:AIFB"}, {Org, "VNA", "org:vna"}}, Org},
		{"fr street is a place", fr, "dans la rue Bac Son à Hanoï", []pv{{Place, "Bac Son", "name:bac son"}, {Place, "Hanoï", "place:ha-noi"}}, Place},
		{"fr agreement is no org", fr, "l'accord de libre-échange (EVFTA) et l'Agence (AIFB)", []pv{{Org, "AIFB", "acronym:AIFB"}}, Org},
		{"zh agreement is no org", zh, "《全面与进步跨太平洋伙伴关系协定》(CPTPP)", nil, Org},
		{"zh glued gloss", zh, "加入国际劳工组织ILO第105号", []pv{{Org, "国际劳工组织", "org:ilo"}}, Org},
		{"zh dotted name after a word", zh, "文章作者阿卜杜勒·阿齐兹记者", []pv{{Person, "阿卜杜勒·阿齐兹", "*"}}, Person},
		{"fr institution names", fr, "la Commission centrale d'organisation, les ministères des Affaires étrangères et l'ambassade du Vietnam en Corée ; le ministère de la Santé a remis",
			[]pv{{Org, "Commission centrale d'organisation", "name:commission centrale dorganisation"},
				{Org, "ministères des Affaires étrangères", "name:ministeres des affaires etrangeres"},
				{Org, "ambassade du Vietnam", "name:ambassade du vietnam"},
				{Org, "ministère de la Santé", "org:ministry-health"}}, Org},
		{"fr joined groups", fr, "l'Autorité de gestion des catastrophes et des digues du Vietnam, relevant",
			[]pv{{Org, "Autorité de gestion des catastrophes et des digues du Vietnam", "name:autorite de gestion des catastrophes et des digues du vietnam"}}, Org},
		{"en president", en, "President Vo Van Thuong met", []pv{{Person, "Vo Van Thuong", "vo van thuong"}}, Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Names(tt.lang, tt.in)
			checkSpans(t, tt.in, fs)
			var got []pv
			for _, f := range fs {
				if f.Kind == tt.kind {
					v := f.Value
					if len(tt.want) > len(got) && tt.want[len(got)].Value == "*" {
						v = "*" // any reading will do
					}
					got = append(got, pv{f.Kind, f.Text, v})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Names(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzSentence(f *testing.F) {
	for _, s := range []string{"越南国家主席武文赏及夫人26日离开河内", "会见了米哈伊尔•马莫诺夫(Mikhail Mamonov)。",
		"48歲的海防居民陳氏和(Tran Thi Hoa,音譯)表示", "le Premier ministre japonais Kishida Fumio (AIFB) a reçu M. David McNaught",
		"法国雇主协会、越南驻法国大使馆", "(越通社—VNA) COVAX"} {
		f.Add(s, 0)
		f.Add(s, 1)
	}
	langs := []language.Tag{language.Chinese, language.French, language.English}
	f.Fuzz(func(t *testing.T, s string, l int) {
		if l < 0 {
			l = -l
		}
		checkSpans(t, s, Sentence(langs[l%3], s))
	})
}
