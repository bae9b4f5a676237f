package report_test

import (
	"bytes"
	"fmt"
	"regexp"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/report"
)

func ExamplePairPage() {
	zh := &corpus.Document{ID: "zh.txt", Lang: language.Chinese, Script: "Hans", Title: "会见",
		Sentences: []corpus.Sentence{{Text: "梅进勇会见了代表团。"}}}
	fr := &corpus.Document{ID: "fr.txt", Lang: language.French, Title: "Rencontre",
		Sentences: []corpus.Sentence{{Text: "Mai Tien Dung a reçu la délégation."}, {Text: "Photo : VNA"}}}
	beads := []align.Bead{{Left: []int{0}, Right: []int{0}, Score: 0.8}, {Right: []int{1}}}
	var buf bytes.Buffer
	if err := report.PairPage(&buf, &report.PairInput{Left: zh, Right: fr, Beads: beads}); err != nil {
		fmt.Println(err)
		return
	}
	page := buf.String()
	fmt.Println(len(regexp.MustCompile(`<tr id="b\d+"`).FindAllString(page, -1)), "rows")
	fmt.Println(regexp.MustCompile(`<td class="side placeholder">.*?</td>`).FindString(page))
	// Output:
	// 2 rows
	// <td class="side placeholder"><span>no counterpart in Chinese</span></td>
}

func ExamplePageName() {
	fmt.Println(report.PageName("seeds/000_f996f5f846c92957.txt", "../Hà Nội.txt"))
	// Output: pair-000_f996f5f846c92957--ha-noi-811d2887.html
}
