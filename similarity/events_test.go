package similarity

import (
	"slices"
	"testing"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

// titleKinds returns the event kinds of a title as NewProfiles reads them.
func titleKinds(lang language.Tag, title string) uint16 {
	d := &corpus.Document{Lang: lang, Title: title}
	_, _, _, k := termsAndLead(d, nil, 0)
	return k
}

func TestTitleEvents(t *testing.T) {
	arrive := titleKinds(language.Chinese, "法国总统马克龙抵达河内")
	if arrive == 0 {
		t.Fatal("no kind of event in 抵达")
	}
	tests := []struct {
		lang  language.Tag
		title string
		same  bool
	}{
		{language.French, "Emmanuel Macron arrive à Hanoï", true},
		{language.English, "Macron arrives in Hanoi", true},
		{language.French, "Le président français termine sa visite au Vietnam", false},
		{language.French, "Entretien entre les présidents vietnamien et français", false},
	}
	for _, tt := range tests {
		k := titleKinds(tt.lang, tt.title)
		if k == 0 {
			t.Errorf("%q: no kind of event", tt.title)
			continue
		}
		if got := k&arrive != 0; got != tt.same {
			t.Errorf("%q shares a kind with 抵达: %v, want %v", tt.title, got, tt.same)
		}
	}
	if k := titleKinds(language.French, "Le Vietnam, partenaire de la France"); k != 0 {
		t.Errorf("a title naming no event has kinds %b", k)
	}
}

// Facts add terms that words alone miss: an organisation inside a Chinese
// compound, an ordinal, the people of the title.
func TestFactTerms(t *testing.T) {
	zh := &corpus.Document{Lang: language.Chinese, Title: "越南第十四届国会第六次会议闭幕"}
	fr := &corpus.Document{Lang: language.French, Title: "Assemblée nationale : clôture de la 6e session de la 14e législature"}
	_, _, tz, _ := termsAndLead(zh, nil, 0)
	_, _, tf, _ := termsAndLead(fr, nil, 0)
	for _, term := range []string{"ord:6", "ord:14", "ent:org:national-assembly"} {
		if tz[term] == 0 || tf[term] == 0 {
			t.Errorf("%s: zh title %v, fr title %v", term, tz[term], tf[term])
		}
	}
}

// Stray dictionary senses name no kind of event: 访问 is a visit (not an
// interview), 卫生部 a ministry (部 "department" stems like "depart"), 届
// a session (not an arrival).
func TestTitleEventsStraySenses(t *testing.T) {
	tests := []struct {
		title string
		want  uint16
	}{
		{"武文赏主席启程前往日本访问", evDepart},
		{"衛生部接收英國援助疫苗", 0},
		{"卫生部举行会议", 0},
		{"第31届东南亚运动会在河内圆满闭幕", evEnd},
		{"越南第十四届国会第九次会议公报(第十一号)", 0},
		{"苏林总书记主持国际新闻发布会", evPress},
		{"越南共产党第14次全国代表大会进行筹备会议", evPrepare},
	}
	for _, tt := range tests {
		if got := titleKinds(language.Chinese, tt.title); got != tt.want {
			t.Errorf("%s: kinds %b, want %b", tt.title, got, tt.want)
		}
	}
}

// A title that names no kind of event leaves it to the first sentence.
func TestFirstSentenceEvents(t *testing.T) {
	d := &corpus.Document{Lang: language.Chinese, Title: "越南在法国对外政策中扮演重要角色",
		Sentences: []corpus.Sentence{{Text: "法国参议院议长抵达河内。"}, {Text: "双方举行会谈。"}}}
	if _, _, _, k := termsAndLead(d, nil, 3); k != evArrive {
		t.Errorf("kinds %b, want the first sentence's arrival %b", k, evArrive)
	}
	d.Title = "法国参议院议长启程回国"
	if _, _, _, k := termsAndLead(d, nil, 3); k != evDepart {
		t.Errorf("kinds %b, want the title's departure %b only", k, evDepart)
	}
}

// A name the dictionary does not know is tokenized apart, so that the verb
// after it stays whole: 陈荣胜会见 is not 陈/荣/胜会/见.
func TestTokenizeAroundNames(t *testing.T) {
	s := "陈荣胜会见吴勇平"
	var words []string
	for _, tok := range tokenizeAround(language.Chinese, s, extract.Sentence(language.Chinese, s)) {
		words = append(words, tok.Text)
		if s[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at %d:%d is %q in the sentence", tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
		}
	}
	if !slices.Contains(words, "会见") {
		t.Errorf("tokens %q lack 会见", words)
	}
}
