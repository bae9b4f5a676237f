package extract

import (
	"testing"

	"golang.org/x/text/language"
)

func TestCompatible(t *testing.T) {
	zh, fr := language.Chinese, language.French
	num := func(lang language.Tag, s string) Fact {
		t.Helper()
		fs := Numbers(lang, s)
		if len(fs) != 1 {
			t.Fatalf("Numbers(%q) = %v, want one number", s, fs)
		}
		return fs[0]
	}
	date := func(v string) Fact { return Fact{Kind: Date, Value: v} }
	tests := []struct {
		name string
		a, b Fact
		want bool
	}{
		{"yi vs millions", num(zh, "1.17亿份档案"), num(fr, "117 millions de dossiers"), true},
		{"wan vs digits", num(zh, "91.6万"), num(fr, "916 000"), true},
		{"wan vs rounded digits", num(zh, "91.6万"), num(fr, "915 800"), true},
		{"wan vs other", num(zh, "91.6万"), num(fr, "925 000"), false},
		{"wanyi dong", num(zh, "1.1万亿越盾"), num(fr, "1 100 milliards de dôngs"), true},
		{"currency differs", num(zh, "1.1万亿越盾"), num(fr, "1 100 milliards de dollars"), false},
		{"percent", num(zh, "99.69%"), num(fr, "99,69 %"), true},
		{"fraction", num(zh, "四分之三"), num(fr, "trois quarts"), true},
		{"fraction vs percent", num(zh, "四分之三"), num(fr, "75 %"), true},
		{"two countries", num(zh, "两国"), num(fr, "deux pays"), true},
		{"ordinal", num(zh, "第十六届"), num(fr, "16e"), true},
		{"one unitless", num(zh, "41萬5000劑"), num(fr, "415.000"), true},
		{"exact differ", num(fr, "1000 personnes"), num(fr, "1400 personnes"), false},
		{"unit class differs", num(fr, "3 pays"), num(fr, "3 personnes"), false},
		{"same date", date("2019-02-20"), date("2019-02-20"), true},
		{"unknown year", date("--02-20"), date("2019-02-20"), true},
		{"in range", date("2019-02-19"), date("--02-18/--02-20"), true},
		{"out of range", date("2019-02-21"), date("--02-18/--02-20"), false},
		{"in month", date("2019-12-05"), date("2019-12"), true},
		{"other month", date("2019-11-05"), date("2019-12"), false},
		{"other year", date("2018-02-20"), date("2019-02-20"), false},
		{"day alone", date("---26"), date("2023-11-26"), true},
		{"day alone differs", date("---26"), date("2023-11-27"), false},
		{"year span", date("2028"), date("2026/2031"), true},
		{"lunar vs gregorian", date("lunar:--01-01"), date("--01-01"), false},
		{"lunar", date("lunar:--01-01"), date("lunar:--01-01"), true},
		{"person partial", Fact{Kind: Person, Value: "macron"}, Fact{Kind: Person, Value: "emmanuel macron"}, true},
		{"person other", Fact{Kind: Person, Value: "macron"}, Fact{Kind: Person, Value: "mamonov"}, false},
		{"person variants", Fact{Kind: Person, Value: "vu van thuong", Variants: []string{"vo van thuong"}}, Fact{Kind: Person, Value: "vo van thuong"}, true},
		{"person by reading", Fact{Kind: Person, Text: "梅进勇", Value: "mai tien dung"}, Fact{Kind: Person, Text: "Mai Tien Dung", Value: "x"}, true},
		{"place same", Fact{Kind: Place, Value: "place:ha-noi"}, Fact{Kind: Place, Value: "place:ha-noi"}, true},
		{"place parent", Fact{Kind: Place, Value: "place:ha-noi"}, Fact{Kind: Place, Value: "country:vn"}, true},
		{"place other", Fact{Kind: Place, Value: "place:ha-noi"}, Fact{Kind: Place, Value: "country:fr"}, false},
		{"kinds differ", Fact{Kind: Place, Value: "x"}, Fact{Kind: Org, Value: "x"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Compatible(tt.b); got != tt.want {
				t.Errorf("%v.Compatible(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := tt.b.Compatible(tt.a); got != tt.want {
				t.Errorf("%v.Compatible(%v) = %v, want %v (symmetry)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestEqual(t *testing.T) {
	a := Fact{Kind: Number, Value: "1.50", Unit: "%"}
	if !a.Equal(Fact{Kind: Number, Value: "1.5", Unit: "%"}) {
		t.Error("1.50 % != 1.5 %")
	}
	if a.Equal(Fact{Kind: Number, Value: "1.5"}) {
		t.Error("1.5 % == 1.5")
	}
	if (Fact{Kind: Date, Value: "--02-20"}).Equal(Fact{Kind: Date, Value: "2019-02-20"}) {
		t.Error("partial date equal to full date")
	}
}
