package extract

import (
	"testing"

	"github.com/aligner/aligner/corpus"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestDocumentYears(t *testing.T) {
	tests := []struct {
		name  string
		lang  language.Tag
		date  string
		sents []string
		want  []string // date values in order
	}{
		{"from metadata", language.French, "2019-01-03", []string{"Le 30 décembre, puis le 2 janvier."}, []string{"2018-12-30", "2019-01-02"}},
		{"no reference", language.Chinese, "", []string{"代表团26日离开河内，2月20日抵达。"}, []string{"---26", "--02-20"}},
		{"year alone is no reference", language.Chinese, "", []string{"2021年，2月20日"}, []string{"2021", "--02-20"}},
		{"latest full date", language.Chinese, "", []string{"12月8日上午举行。", "建交50周年(1973年4月12日 – 2023年4月12日)。", "8日上午出席。"},
			[]string{"2022-12-08", "1973-04-12/2023-04-12", "2022-12-08"}},
		{"range inherits", language.Chinese, "2019-02-10", []string{"2月18日至20日"}, []string{"2019-02-18/2019-02-20"}},
		{"lunar stays lunar", language.Chinese, "2026-02-14", []string{"农历大年初一"}, []string{"lunar:--01-01"}},
		{"day near month start", language.Chinese, "2023-12-02", []string{"30日离开河内"}, []string{"2023-11-30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &corpus.Document{Lang: tt.lang, Date: tt.date}
			for _, s := range tt.sents {
				d.Sentences = append(d.Sentences, corpus.Sentence{Text: s})
			}
			var got []string
			for _, f := range Document(d) {
				if f.Kind == Date {
					got = append(got, f.Value)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Document(%q) dates mismatch (-want +got):\n%s", tt.sents, diff)
			}
		})
	}
}
