package corpus_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
)

func ExampleClean() {
	body := "越通社河内——越南政府总理２月２０日会见了法国代表团。（越通社－VNA）\n" +
		"会议现场。图自越通社\n" +
		"更多\n" +
		"另一条无关新闻的标题\n"
	fmt.Println(corpus.Clean(language.Chinese, body))
	// Output:
	// 越南政府总理2月20日会见了法国代表团。
}

func ExampleClean_french() {
	body := "Hanoï (VNA) – Le chef du Bureau dugouvernement a reçu la délégation entrela Russie et le Vietnam. -VNA\n" +
		"Voir plus\n"
	fmt.Println(corpus.Clean(language.French, body))
	// Output:
	// Le chef du Bureau du gouvernement a reçu la délégation entre la Russie et le Vietnam.
}

func ExampleDetect() {
	for _, s := range []string{
		"越南政府办公厅主任会见了俄罗斯代表团。",
		"衛生部接收英國援助疫苗。",
		"La Russie est prête à aider le Vietnam.",
		"Thủ tướng Chính phủ đã tiếp đoàn đại biểu của Pháp.",
	} {
		lang, script := corpus.Detect(s)
		fmt.Println(lang, script)
	}
	// Output:
	// zh Hans
	// zh Hant
	// fr Latn
	// und language: vi
}

func ExampleLoad() {
	docs, skipped, err := corpus.Load(nil, corpus.Options{}) // the embedded seeds
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		fmt.Println(d.ID, d.LangCode(), len(d.Sentences) > 0)
	}
	fmt.Println(len(skipped), "skipped")
	// Output:
	// seeds/000_f996f5f846c92957.txt zh true
	// seeds/001_59da1d6b125e0273.txt zh true
	// seeds/002_4f8aef830649d4df.txt zh true
	// seeds/003_68dd66d7231c2937.txt fr true
	// seeds/004_918320b94566cfc1.txt fr true
	// 0 skipped
}
