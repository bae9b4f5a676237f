package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// dv is a compact view of a date fact for tests.
type dv struct {
	Text, Value, Time string
}

func TestDates(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		in   string
		want []dv
	}{
		{"zh month day", language.Chinese, "越通社河内2月20日电", []dv{{"2月20日", "--02-20", ""}}},
		{"zh full", language.Chinese, "2019年2月20日，", []dv{{"2019年2月20日", "2019-02-20", ""}}},
		{"zh spaced", language.Chinese, "2024 年 9 月 7 日,超強颱風", []dv{{"2024 年 9 月 7 日", "2024-09-07", ""}}},
		{"zh day range", language.Chinese, "8月5日至7日举行", []dv{{"8月5日至7日", "--08-05/--08-07", ""}}},
		{"zh day range 2", language.Chinese, "于2月18日至20日访问", []dv{{"2月18日至20日", "--02-18/--02-20", ""}}},
		{"zh cross month", language.Chinese, "8月30日至9月2日", []dv{{"8月30日至9月2日", "--08-30/--09-02", ""}}},
		{"zh time of day", language.Chinese, "2026年2月14日上午（农历大年初一）",
			[]dv{{"2026年2月14日上午", "2026-02-14", "morning"}, {"农历大年初一", "lunar:--01-01", ""}}},
		{"zh clock", language.Chinese, "20日10时30分开幕", []dv{{"20日10时30分", "---20", "10:30"}}},
		{"zh lunar month day", language.Chinese, "农历八月十五", []dv{{"农历八月十五", "lunar:--08-15", ""}}},
		{"zh lunar zhengyue", language.Chinese, "正月初一", []dv{{"正月初一", "lunar:--01-01", ""}}},
		{"zh year span", language.Chinese, "2026—2031年任期", []dv{{"2026—2031年", "2026/2031", ""}}},
		{"zh year span hyphen", language.Chinese, "2021-2025年阶段", []dv{{"2021-2025年", "2021/2025", ""}}},
		{"zh year", language.Chinese, "2025年是", []dv{{"2025年", "2025", ""}}},
		{"zh month", language.Chinese, "今年3月", []dv{{"3月", "--03", ""}}},
		{"zh year month", language.Chinese, "2019年2月", []dv{{"2019年2月", "2019-02", ""}}},
		{"zh numerals", language.Chinese, "二〇一九年二月二十日", []dv{{"二〇一九年二月二十日", "2019-02-20", ""}}},
		{"zh day alone", language.Chinese, "代表团26日离开河内", []dv{{"26日", "---26", ""}}},
		{"zh day in parens", language.Chinese, "昨(3)日上午", []dv{{"(3)日上午", "---03", "morning"}}},
		{"zh duration not date", language.Chinese, "任期2年，3个月，3日内", nil},
		{"zh weekday alone", language.Chinese, "星期三", nil},
		{"fr le", language.French, "le 20 février", []dv{{"20 février", "--02-20", ""}}},
		{"fr full", language.French, "le 20 février 2019 à Hanoï", []dv{{"20 février 2019", "2019-02-20", ""}}},
		{"fr range", language.French, "du 18 au 20 février", []dv{{"18 au 20 février", "--02-18/--02-20", ""}}},
		{"fr range aout", language.French, "du 5 au 7 août 2019", []dv{{"5 au 7 août 2019", "2019-08-05/2019-08-07", ""}}},
		{"fr range cross month", language.French, "du 28 février au 2 mars", []dv{{"28 février au 2 mars", "--02-28/--03-02", ""}}},
		{"fr range hyphen", language.French, "les 5-7 août", []dv{{"5-7 août", "--08-05/--08-07", ""}}},
		{"fr premier", language.French, "le 1er mars", []dv{{"1er mars", "--03-01", ""}}},
		{"fr month year", language.French, "en décembre 1986", []dv{{"décembre 1986", "1986-12", ""}}},
		{"fr weekday", language.French, "samedi 22 novembre", []dv{{"samedi 22 novembre", "--11-22", ""}}},
		{"fr morning", language.French, "Dans la matinée du 3 août à Hanoï", []dv{{"3 août", "--08-03", "morning"}}},
		{"fr year", language.French, "en 2025, le pays", []dv{{"2025", "2025", ""}}},
		{"fr year span", language.French, "mandat 2026-2031", []dv{{"2026-2031", "2026/2031", ""}}},
		{"fr month alone", language.French, "en décembre", []dv{{"décembre", "--12", ""}}},
		{"fr not a year", language.French, "2000 personnes et 1500 milliards", nil},
		{"fr weekday alone", language.French, "lundi, le Premier ministre", nil},
		{"fr name Mai", language.French, "M. Mai Tien Dung", nil},
		{"en month day", language.English, "on February 20", []dv{{"February 20", "--02-20", ""}}},
		{"en day month year", language.English, "20 February 2019", []dv{{"20 February 2019", "2019-02-20", ""}}},
		{"en abbrev", language.English, "Feb. 20", []dv{{"Feb. 20", "--02-20", ""}}},
		{"en range", language.English, "from 5 to 7 August", []dv{{"5 to 7 August", "--08-05/--08-07", ""}}},
		{"en ordinal day", language.English, "March 1st", []dv{{"March 1st", "--03-01", ""}}},
		{"en month range", language.English, "February 5-7, 2019", []dv{{"February 5-7, 2019", "2019-02-05/2019-02-07", ""}}},
		{"en month year comma", language.English, "February 20, 2019", []dv{{"February 20, 2019", "2019-02-20", ""}}},
		{"en may verb", language.English, "it may 20 times", nil},
		{"fr lunar", language.French, "le 3 février (6 e jour du premier mois lunaire)", []dv{{"3 février", "--02-03", ""}, {"6 e jour du premier mois lunaire", "lunar:--01-06", ""}}},
		{"fr lunar new year", language.French, "le premier jour du Nouvel An lunaire", []dv{{"premier jour du Nouvel An lunaire", "lunar:--01-01", ""}}},
		{"en lunar", language.English, "the first day of the Lunar New Year", []dv{{"first day of the Lunar New Year", "lunar:--01-01", ""}}},
		{"iso", language.French, "publié le 2019-02-20", []dv{{"2019-02-20", "2019-02-20", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []dv
			for _, f := range Dates(tt.lang, tt.in) {
				if f.Kind != Date || f.Text != tt.in[f.Start:f.End] {
					t.Errorf("bad fact %+v", f)
				}
				got = append(got, dv{f.Text, f.Value, f.Time})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dates(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func checkSpans(t *testing.T, s string, fs []Fact) {
	t.Helper()
	for _, f := range fs {
		if f.Start < 0 || f.End > len(s) || f.Start >= f.End {
			t.Fatalf("span out of bounds in %q: %+v", s, f)
		}
		if f.Text != s[f.Start:f.End] {
			t.Fatalf("Text %q != s[%d:%d] %q", f.Text, f.Start, f.End, s[f.Start:f.End])
		}
		if utf8.ValidString(s) && !utf8.ValidString(f.Text) {
			t.Fatalf("invalid UTF-8 in %q from %q", f.Text, s)
		}
		if f.Value == "" {
			t.Fatalf("empty value: %+v", f)
		}
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{"2019年2月20日", "8月5日至7日", "农历大年初一", "2026—2031年", "昨(3)日上午",
		"du 18 au 20 février 2019", "samedi 22 novembre", "1er mars", "February 5-7, 2019", "2019-02-20",
		"二〇一九年二月二十日", "20日10时30分", "Dans la matinée du 3 août"} {
		f.Add(s, 0)
		f.Add(s, 1)
		f.Add(s, 2)
	}
	langs := []language.Tag{language.Chinese, language.French, language.English}
	f.Fuzz(func(t *testing.T, s string, l int) {
		if l < 0 {
			l = -l
		}
		fs := Dates(langs[l%3], s)
		checkSpans(t, s, fs)
		for i := 1; i < len(fs); i++ {
			if fs[i].Start < fs[i-1].End {
				t.Fatalf("overlapping dates in %q: %v", s, fs)
			}
		}
	})
}
