package similarity

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

func TestLeadWeekday(t *testing.T) {
	tests := []struct {
		lang language.Tag
		text string
		want int
	}{
		{language.French, "L'Assemblée a ratifié, lundi, un accord.", 1},
		{language.French, "Arrivé à Hanoï Dimanche soir.", 7},
		{language.French, "Les mardis de la presse.", 0}, // not a weekday: a plural noun
		{language.English, "The assembly voted on Friday.", 5},
		{language.Chinese, "2020年6月8日星期一,国会开会。", 1},
		{language.Chinese, "越南举行建交50周年纪念活动。", 0}, // 周年 is an anniversary
		{language.Chinese, "双方周五举行会谈。", 5},
		{language.Chinese, "上星期天", 7},
		{language.French, "Rien ici.", 0},
	}
	for _, tt := range tests {
		if got := leadWeekday(tt.lang, tt.text); got != tt.want {
			t.Errorf("leadWeekday(%v, %q) = %d, want %d", tt.lang, tt.text, got, tt.want)
		}
	}
}

// A French report that gives its event day as a weekday alone agrees with
// a Chinese report dated on that weekday, and conflicts with another day.
func TestWeekdayAgainstDate(t *testing.T) {
	zh := &corpus.Document{ID: "zh", Lang: language.Chinese, Title: "国会批准协定",
		Sentences: []corpus.Sentence{{Text: "2020年6月8日星期一,越南国会表决批准协定。"}}}
	tests := []struct {
		fr          string
		same, known bool
	}{
		{"L'Assemblée nationale a ratifié, lundi, l'accord.", true, true},
		{"L'Assemblée nationale a ratifié, jeudi, l'accord.", false, true},
		{"L'Assemblée nationale a ratifié l'accord.", false, false},
		{"L'Assemblée nationale a ratifié, lundi 8 juin, l'accord.", false, false}, // a date: compared as dates
	}
	for _, tt := range tests {
		fr := &corpus.Document{ID: "fr", Lang: language.French, Title: "Accord ratifié",
			Sentences: []corpus.Sentence{{Text: tt.fr}}}
		docs := []*corpus.Document{zh, fr}
		facts := [][]extract.Fact{extract.Document(zh), extract.Document(fr)}
		ps, _ := NewProfiles(docs, facts)
		same, known := weekdayAgreement(ps[0], ps[1])
		if same != tt.same || known != tt.known {
			t.Errorf("%q: weekdayAgreement = %v, %v; want %v, %v", tt.fr, same, known, tt.same, tt.known)
		}
		if s2, k2 := weekdayAgreement(ps[1], ps[0]); s2 != same || k2 != known {
			t.Errorf("%q: weekdayAgreement is not symmetric", tt.fr)
		}
	}
}
