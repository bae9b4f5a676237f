package extract_test

import (
	"fmt"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"golang.org/x/text/language"
)

func ExampleNumbers() {
	for _, f := range extract.Numbers(language.Chinese, "三千五百万，1.17亿份档案，1.1万亿越盾，99.69%，四分之三，两国，第十六届") {
		fmt.Printf("%s\t%s %s (precision %d)\n", f.Text, f.Value, f.Unit, f.Precision)
	}
	for _, f := range extract.Numbers(language.French, "1 100 milliards de dôngs, 99,69 %, trois quarts, la 16e législature") {
		fmt.Printf("%s\t%s %s (precision %d)\n", f.Text, f.Value, f.Unit, f.Precision)
	}
	// Output:
	// 三千五百万	35000000  (precision 2)
	// 1.17亿	117000000  (precision 3)
	// 1.1万亿越盾	1100000000000 VND (precision 2)
	// 99.69%	99.69 % (precision 0)
	// 四分之三	0.75  (precision 0)
	// 两国	2 country (precision 0)
	// 第十六	16 ordinal (precision 0)
	// 1 100 milliards de dôngs	1100000000000 VND (precision 4)
	// 99,69 %	99.69 % (precision 0)
	// trois quarts	0.75  (precision 0)
	// 16e	16 ordinal (precision 0)
}

func ExampleDates() {
	for _, f := range extract.Dates(language.Chinese, "2026年2月14日上午（农历大年初一），代表团8月5日至7日访问") {
		fmt.Printf("%s\t%s", f.Text, f.Value)
		if f.Time != "" {
			fmt.Printf(" (%s)", f.Time)
		}
		fmt.Println()
	}
	for _, f := range extract.Dates(language.French, "du 18 au 20 février, mandat 2026-2031") {
		fmt.Printf("%s\t%s\n", f.Text, f.Value)
	}
	// Output:
	// 2026年2月14日上午	2026-02-14 (morning)
	// 农历大年初一	lunar:--01-01
	// 8月5日至7日	--08-05/--08-07
	// 18 au 20 février	--02-18/--02-20
	// 2026-2031	2026/2031
}

func ExampleDocument() {
	d := &corpus.Document{
		Lang: language.French,
		Date: "2019-01-03",
		Sentences: []corpus.Sentence{
			{Text: "Le 30 décembre, 1 200 personnes ont assisté à la cérémonie."},
			{Text: "La prochaine aura lieu le 20 février."},
		},
	}
	for _, f := range extract.Document(d) {
		fmt.Println(f.Sentence, f)
	}
	// Output:
	// 0 date 2018-12-30 "30 décembre"
	// 0 number 1200 person "1 200 personnes"
	// 1 date 2019-02-20 "20 février"
}

func ExampleNames() {
	for _, f := range extract.Names(language.Chinese, "越南驻日本大使范光校会见了米哈伊尔•马莫诺夫(Mikhail Mamonov)。") {
		fmt.Printf("%s\t%s %s\n", f.Kind, f.Text, f.Value)
	}
	for _, f := range extract.Names(language.French, "Le Premier ministre Pham Minh Chinh a reçu à Hanoï M. David McNaught.") {
		fmt.Printf("%s\t%s %s\n", f.Kind, f.Text, f.Value)
	}
	// Output:
	// place	越南 country:vn
	// place	日本 country:jp
	// person	范光校 pham quang hieu
	// person	米哈伊尔•马莫诺夫 mikhail mamonov
	// person	Pham Minh Chinh pham minh chinh
	// place	Hanoï place:ha-noi
	// person	David McNaught david mcnaught
}

func ExampleFact_Compatible() {
	zh := extract.Numbers(language.Chinese, "1.17亿份档案")[0]
	fr := extract.Numbers(language.French, "117 millions de dossiers")[0]
	fmt.Println(zh.Value, fr.Value, zh.Compatible(fr))
	a := extract.Fact{Kind: extract.Date, Value: "--02-19"}
	b := extract.Fact{Kind: extract.Date, Value: "2019-02-18/2019-02-20"}
	fmt.Println(a.Compatible(b))
	// Output:
	// 117000000 117000000 true
	// true
}
