package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/aligner/aligner/lexicon"
	"golang.org/x/text/language"
)

func ExampleFold() {
	fmt.Println(lexicon.Fold("Nguyễn Xuân Phúc"))
	fmt.Println(lexicon.Fold("Hô-Chi-Minh-Ville"))
	// Output:
	// nguyen xuan phuc
	// ho chi minh ville
}

func ExampleTokenize() {
	show := func(toks []lexicon.Token) {
		var out []string
		for _, t := range toks {
			out = append(out, t.Text+"/"+t.Kind.String())
		}
		fmt.Println(strings.Join(out, " "))
	}
	show(lexicon.Tokenize(language.Chinese, "阮春福会见JICA代表"))
	show(lexicon.Tokenize(language.French, "L'e-gouvernement, 35 000 dossiers"))
	// Output:
	// 阮春福/word 会见/word JICA/latin 代表/word
	// L'/word e-gouvernement/word ,/punct 35 000/number dossiers/word
}

func ExampleTranslit() {
	c := lexicon.Translit("梅进勇")[0]
	fmt.Println(c.Latin)
	for _, c := range lexicon.Translit("伊万诺夫") {
		if c.Kind == lexicon.KindPhonetic {
			fmt.Println(c.Latin)
		}
	}
	// Output:
	// Mai Tiến Dũng
	// Ivanov
}

func ExampleMatch() {
	fmt.Println(lexicon.Match("梅进勇", "Mai Tien Dung") > 0.9)
	fmt.Println(lexicon.Match("米哈伊尔•马莫诺夫", "M. Mamonov") > 0.7)
	fmt.Println(lexicon.Match("梅进勇", "Nguyen Xuan Phuc") > 0.5)
	// Output:
	// true
	// true
	// false
}

func ExampleConcepts() {
	zh := lexicon.Concepts(language.Chinese, "合作")
	fr := lexicon.Concepts(language.French, "coopération")
	shared := false
	for _, a := range zh {
		for _, b := range fr {
			shared = shared || a == b
		}
	}
	fmt.Println(shared)
	// Output: true
}

func ExampleAliases() {
	for _, a := range lexicon.Aliases("法国总统埃马纽埃尔·马克龙(Emmanuel Macron)抵达河内") {
		fmt.Println(a.Zh, "=", a.Latin)
	}
	// Output: 埃马纽埃尔·马克龙 = Emmanuel Macron
}

func ExamplePreload() {
	go lexicon.Preload() // load the tables while the articles are read
	fmt.Println(lexicon.Fold("Hà Nội"))
	// Output: ha noi
}
