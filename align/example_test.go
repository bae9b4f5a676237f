package align_test

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/align"
)

func ExampleSentences() {
	zh := []string{
		"越南政府办公厅主任梅进勇2月20日会见了俄罗斯代表团。",
		"双方讨论了电子政务合作。",
	}
	en := []string{
		"On February 20, Mai Tien Dung, head of the Government Office, received a Russian delegation.",
		"Photo: VNA",
		"The two sides discussed cooperation on e-government.",
	}
	for _, b := range align.Sentences(zh, en) {
		fmt.Println(b.Left, b.Right)
	}
	// Output:
	// [0] [0]
	// [] [1]
	// [1] [2]
}

func ExampleAligner_Align() {
	var a align.Aligner
	a.LeftLang, a.RightLang = language.Chinese, language.English
	a.SkipCost = 0.9 // leave fewer sentences unaligned than by default
	beads := a.Align(
		[]string{"他说,越南和日本于1973年建立外交关系。"},
		[]string{"He said Vietnam and Japan", "established diplomatic relations in 1973."},
	)
	align.WriteBeads(os.Stdout, beads)
	// Output:
	// [0]:[0,1]
}

func ExampleEval() {
	gold, _ := align.ReadBeads(strings.NewReader("[0]:[0]\n[1]:[1,2]\n[]:[3]\n"))
	test, _ := align.ReadBeads(strings.NewReader("[0]:[0]\n[1]:[1]\n[]:[2]\n[]:[3]\n"))
	s := align.Eval(gold, test)
	fmt.Printf("strict P %.2f R %.2f F1 %.2f\n", s.Precision, s.Recall, s.F1)
	fmt.Printf("lax    P %.2f R %.2f F1 %.2f\n", s.LaxPrecision, s.LaxRecall, s.LaxF1)
	// Output:
	// strict P 0.50 R 0.50 F1 0.50
	// lax    P 0.75 R 1.00 F1 0.86
}
