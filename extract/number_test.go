package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// nv is a compact view of a number fact for tests.
type nv struct {
	Text, Value, Unit string
	Precision         int
}

func TestNumbers(t *testing.T) {
	zh, fr, en := language.Chinese, language.French, language.English
	tests := []struct {
		name string
		lang language.Tag
		in   string
		want []nv
	}{
		{"zh numerals", zh, "三千五百万", []nv{{"三千五百万", "35000000", "", 2}}},
		{"zh yi decimal", zh, "1.17亿份档案", []nv{{"1.17亿", "117000000", "", 3}}},
		{"zh stray space", zh, "达1.56 亿人", []nv{{"1.56 亿人", "156000000", "person", 3}}},
		{"zh wan", zh, "380万", []nv{{"380万", "3800000", "", 3}}},
		{"zh wan decimal", zh, "91.6万", []nv{{"91.6万", "916000", "", 3}}},
		{"zh long", zh, "一百九十二亿三千一百一十六万", []nv{{"一百九十二亿三千一百一十六万", "19231160000", "", 7}}},
		{"zh wanyi money", zh, "1.1万亿越盾", []nv{{"1.1万亿越盾", "1100000000000", "VND", 2}}},
		{"zh mixed", zh, "41萬5000劑", []nv{{"41萬5000劑", "415000", "dose", 6}}},
		{"zh mixed yi", zh, "1万7000亿元", []nv{{"1万7000亿元", "1700000000000", "CNY", 5}}},
		{"zh usd", zh, "逾61 亿美元", []nv{{"61 亿美元", "6100000000", "USD", 2}}},
		{"zh euro", zh, "5000万欧元", []nv{{"5000万欧元", "50000000", "EUR", 4}}},
		{"zh rmb prefix", zh, "人民币100元", []nv{{"人民币100元", "100", "CNY", 0}}},
		{"zh percent", zh, "99.69%", []nv{{"99.69%", "99.69", "%", 0}}},
		{"zh percent words", zh, "百分之五十", []nv{{"百分之五十", "50", "%", 0}}},
		{"zh cheng", zh, "七成人口", []nv{{"七成", "70", "%", 0}}},
		{"zh fraction", zh, "四分之三", []nv{{"四分之三", "0.75", "", 0}}},
		{"zh fraction two thirds", zh, "三分之二以上", []nv{{"三分之二", "0.666667", "", 0}}},
		{"zh liang", zh, "两国", []nv{{"两国", "2", "country", 0}}},
		{"zh ordinal", zh, "第十六届国会", []nv{{"第十六", "16", "ordinal", 0}}},
		{"zh ordinal digits", zh, "第73届", []nv{{"第73", "73", "ordinal", 0}}},
		{"zh congress", zh, "越共十四大", []nv{{"十四大", "14", "ordinal", 0}}},
		{"zh persons", zh, "700余名记者", []nv{{"700余名", "700", "person", 0}}},
		{"zh countries", zh, "30多个国家", []nv{{"30多个国家", "30", "country", 0}}},
		{"zh tonnes", zh, "500吨", []nv{{"500吨", "500", "t", 0}}},
		{"zh km", zh, "149公里", []nv{{"149公里", "149", "km", 0}}},
		{"zh separators", zh, "1,234.5", []nv{{"1,234.5", "1234.5", "", 0}}},
		{"zh lone yi", zh, "一个统一的国家", nil},
		{"zh adverb", zh, "十分重视", nil},
		{"zh year is date", zh, "2025年", nil},
		{"zh duration", zh, "任期2年", []nv{{"2年", "2", "year", 0}}},
		{"zh identifier", zh, "COVID-19疫苗", nil},
		{"fr milliards", fr, "1 100 milliards de dôngs", []nv{{"1 100 milliards de dôngs", "1100000000000", "VND", 4}}},
		{"fr millions", fr, "117 millions de dossiers", []nv{{"117 millions", "117000000", "", 3}}},
		{"fr percent", fr, "99,69 %", []nv{{"99,69 %", "99.69", "%", 0}}},
		{"fr percent nbsp", fr, "99,69\u00a0%", []nv{{"99,69\u00a0%", "99.69", "%", 0}}},
		{"fr pour cent", fr, "5 pour cent", []nv{{"5 pour cent", "5", "%", 0}}},
		{"fr fraction", fr, "trois quarts", []nv{{"trois quarts", "0.75", "", 0}}},
		{"fr half", fr, "la moitié", []nv{{"la moitié", "0.5", "", 0}}},
		{"fr two countries", fr, "les deux pays", []nv{{"deux pays", "2", "country", 0}}},
		{"fr ordinal", fr, "la 16e législature", []nv{{"16e", "16", "ordinal", 0}}},
		{"fr ordinal sup", fr, "le 14ᵉ", []nv{{"14ᵉ", "14", "ordinal", 0}}},
		{"fr ordinal roman", fr, "XIVe Congrès", []nv{{"XIVe", "14", "ordinal", 0}}},
		{"fr ordinal word", fr, "la deuxième fois", []nv{{"deuxième", "2", "ordinal", 0}}},
		{"fr Le is no roman", fr, "Le Vietnam", nil},
		{"fr dot groups", fr, "415.000 doses", []nv{{"415.000 doses", "415000", "dose", 0}}},
		{"fr space groups", fr, "3 700 personnes", []nv{{"3 700 personnes", "3700", "person", 0}}},
		{"fr nbsp groups", fr, "3\u00a0700 et 3\u202f700", []nv{{"3\u00a0700", "3700", "", 0}, {"3\u202f700", "3700", "", 0}}},
		{"fr european", fr, "1.234,5", []nv{{"1.234,5", "1234.5", "", 0}}},
		{"fr decimal comma", fr, "1 234,5", []nv{{"1 234,5", "1234.5", "", 0}}},
		{"fr us style", fr, "1,234.5", []nv{{"1,234.5", "1234.5", "", 0}}},
		{"fr words", fr, "vingt-deux, quatre-vingt-dix, trois cents", []nv{{"vingt-deux", "22", "", 0}, {"quatre-vingt-dix", "90", "", 0}, {"trois cents", "300", "", 0}}},
		{"fr dead", fr, "quatre morts et 78 blessés", []nv{{"quatre morts", "4", "person", 0}, {"78 blessés", "78", "person", 0}}},
		{"fr words multiplier", fr, "deux millions d'habitants", []nv{{"deux millions d'habitants", "2000000", "person", 1}}},
		{"fr decimal million", fr, "1,5 million de tonnes", []nv{{"1,5 million de tonnes", "1500000", "t", 2}}},
		{"fr range unit", fr, "103-133 km/h", []nv{{"103", "103", "km/h", 0}, {"133 km/h", "133", "km/h", 0}}},
		{"fr un is no number", fr, "un pays", nil},
		{"fr date is no number", fr, "le 20 février 2019", nil},
		{"fr clock", fr, "à 10h30", nil},
		{"fr identifiers", fr, "COVID-19, 88/CD-TTg, G20, 5G", nil},
		{"fr euros", fr, "50 millions d'euros", []nv{{"50 millions d'euros", "50000000", "EUR", 2}}},
		{"fr dollars", fr, "6,1 milliards de dollars", []nv{{"6,1 milliards de dollars", "6100000000", "USD", 2}}},
		{"fr list marker", fr, "(1) Élection du Bureau politique. 2) Examen", nil},
		{"fr team name", fr, "le Onze vietnamien a gagné. Deux équipes", []nv{{"Deux", "2", "", 0}}},
		{"fr adjective before unit", fr, "ces 30 dernières années", []nv{{"30 dernières années", "30", "year", 0}}},
		{"zh approximate", zh, "十数名民众，数十人受伤", nil},
		{"zh more than wan", zh, "560多万名党员", []nv{{"560多万名", "5600000", "person", 3}}},
		{"zh model number", zh, "A350-900飞机", nil},
		{"fr ordinal stray space", fr, "du 95 e anniversaire", []nv{{"95 e", "95", "ordinal", 0}}},
		{"zh half", zh, "成人剂量的一半", []nv{{"一半", "0.5", "", 0}}},
		{"zh spaced unit", zh, "在近 20 年后", []nv{{"20 年", "20", "year", 0}}},
		{"zh hour is no number", zh, "9时,国会表决", nil},
		{"en billion", en, "2.5 billion dollars", []nv{{"2.5 billion dollars", "2500000000", "USD", 2}}},
		{"en prefix", en, "US$5 million", []nv{{"US$5 million", "5000000", "USD", 1}}},
		{"en ordinal", en, "16th", []nv{{"16th", "16", "ordinal", 0}}},
		{"en words", en, "two countries, twenty-one people", []nv{{"two countries", "2", "country", 0}, {"twenty-one people", "21", "person", 0}}},
		{"en percent", en, "12.5 percent", []nv{{"12.5 percent", "12.5", "%", 0}}},
		{"en comma groups", en, "1,234 people", []nv{{"1,234 people", "1234", "person", 0}}},
		{"en fraction", en, "three quarters", []nv{{"three quarters", "0.75", "", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []nv
			fs := Numbers(tt.lang, tt.in)
			checkSpans(t, tt.in, fs)
			for _, f := range fs {
				got = append(got, nv{f.Text, f.Value, f.Unit, f.Precision})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Numbers(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"三千五百万", "1.17亿", "1.56 亿", "41萬5000劑", "1.1万亿越盾", "99.69%", "四分之三",
		"第十六届", "1 100 milliards de dôngs", "99,69 %", "trois quarts", "16e", "XIVe", "1.234,5", "3\u202f700",
		"quatre-vingt-dix", "US$5 million", "103-133 km/h", "百分之五十", "七成"} {
		f.Add(s, 0)
		f.Add(s, 1)
		f.Add(s, 2)
	}
	langs := []language.Tag{language.Chinese, language.French, language.English}
	f.Fuzz(func(t *testing.T, s string, l int) {
		if l < 0 {
			l = -l
		}
		fs := Numbers(langs[l%3], s)
		checkSpans(t, s, fs)
		for i := 1; i < len(fs); i++ {
			if fs[i].Start < fs[i-1].End {
				t.Fatalf("overlapping numbers in %q: %v", s, fs)
			}
		}
	})
}
