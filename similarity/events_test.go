package similarity

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
)

// titleKinds returns the event kinds of a title as NewProfiles reads them.
func titleKinds(lang language.Tag, title string) uint16 {
	d := &corpus.Document{Lang: lang, Title: title}
	_, _, t := termsAndLead(d, nil, 0)
	return titleEvents(t)
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
	_, _, tz := termsAndLead(zh, nil, 0)
	_, _, tf := termsAndLead(fr, nil, 0)
	for _, term := range []string{"ord:6", "ord:14", "ent:org:national-assembly"} {
		if tz[term] == 0 || tf[term] == 0 {
			t.Errorf("%s: zh title %v, fr title %v", term, tz[term], tf[term])
		}
	}
}
