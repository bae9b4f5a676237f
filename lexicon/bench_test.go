package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"
)

// resetData forgets every loaded table, as in a fresh process.
func resetData() {
	zhDictOnce = sync.OnceValue(loadZhDict)
	cedictOnce = sync.OnceValue(loadCedict)
	enVocabOnce = sync.OnceValue(loadEnVocab)
	frEnOnce = sync.OnceValue(loadFrEn)
	glossaryOnce = sync.OnceValue(loadGlossary)
	hanvietOnce = sync.OnceValue(loadHanviet)
	variantsOnce = sync.OnceValue(loadVariants)
	jpNamesOnce = sync.OnceValue(loadJpNames)
	ceNamesOnce = sync.OnceValue(loadCeNames)
	translitCache.mu.Lock()
	translitCache.m = nil
	translitCache.mu.Unlock()
}

// BenchmarkTranslitCold measures what `aligner translit 梅进勇` costs: every
// table it needs is loaded from the embedded data, then one name is
// transliterated. The target is under 300 ms.
func BenchmarkTranslitCold(b *testing.B) {
	for _, name := range []string{"梅进勇", "石田真敏", "米哈伊尔•马莫诺夫"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				resetData()
				if cs := Translit(name); len(cs) == 0 {
					b.Fatal("no candidate")
				}
			}
		})
	}
}

// BenchmarkTokenizeCold measures loading the segmentation dictionary and
// segmenting one sentence.
func BenchmarkTokenizeCold(b *testing.B) {
	for b.Loop() {
		resetData()
		Tokenize(language.Chinese, "越南政府总理范明政会见日本国际协力机构理事长。")
	}
}

const zhSample = "2023年11月26日上午，越南国家主席武文赏和夫人离开河内，启程对日本进行正式访问。" +
	"访问期间，武文赏将与日本天皇、首相岸田文雄举行会谈，双方将讨论数字化转型、电子政务和网络安全等领域的合作。" +
	"越南信息传媒部副部长阮清林表示，越方希望在人力资源培训和技术转让方面加强合作。"

const frSample = "Le président vietnamien Vo Van Thuong et son épouse ont quitté Hanoï dimanche pour une visite officielle " +
	"au Japon. Lors de cette visite, il s'entretiendra avec le Premier ministre japonais sur la transformation numérique, " +
	"l'e-gouvernement et la cybersécurité, ainsi que sur le transfert de technologies et la formation de 35 000 cadres."

// BenchmarkTokenizeZh measures Chinese segmentation speed (bytes/s).
func BenchmarkTokenizeZh(b *testing.B) {
	s := strings.Repeat(zhSample, 20)
	Tokenize(language.Chinese, zhSample) // load
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokenize(language.Chinese, s)
	}
}

// BenchmarkTokenizeFr measures French tokenisation speed (bytes/s).
func BenchmarkTokenizeFr(b *testing.B) {
	s := strings.Repeat(frSample, 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokenize(language.French, s)
	}
}

// BenchmarkConceptsZh measures concept lookup of segmented Chinese words.
func BenchmarkConceptsZh(b *testing.B) {
	toks := Tokenize(language.Chinese, zhSample)
	Concepts(language.Chinese, "政府")
	b.ResetTimer()
	for b.Loop() {
		for _, t := range toks {
			Concepts(language.Chinese, t.Text)
		}
	}
}

// BenchmarkMatch measures one name comparison with warm tables.
func BenchmarkMatch(b *testing.B) {
	Match("梅进勇", "Mai Tien Dung")
	for b.Loop() {
		Match("米哈伊尔•马莫诺夫", "M. Mamonov")
	}
}

// BenchmarkFindZh measures glossary mention search in Chinese text.
func BenchmarkFindZh(b *testing.B) {
	s := strings.Repeat(zhSample, 20)
	Find(language.Chinese, zhSample)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(language.Chinese, s)
	}
}

// BenchmarkFindFr measures glossary mention search in French text.
func BenchmarkFindFr(b *testing.B) {
	s := strings.Repeat(frSample, 20)
	Find(language.French, frSample)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(language.French, s)
	}
}

// BenchmarkConceptsFr measures concept lookup of French words.
func BenchmarkConceptsFr(b *testing.B) {
	toks := Tokenize(language.French, frSample)
	Concepts(language.French, "gouvernement")
	b.ResetTimer()
	for b.Loop() {
		for _, t := range toks {
			Concepts(language.French, t.Text)
		}
	}
}

// synthLines returns the non-empty lines of the first n articles of
// language lang ("zh" or "fr") in the synthetic corpus /tmp/synth10k
// (written by internal/synth/synthgen), skipping the benchmark when it is
// absent.
func synthLines(b *testing.B, lang string, n int) []string {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("/tmp/synth10k", lang+"_*.txt"))
	if len(paths) == 0 {
		b.Skip("/tmp/synth10k absent")
	}
	var lines []string
	for _, p := range paths[:min(n, len(paths))] {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for l := range strings.SplitSeq(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// BenchmarkTokenizeSynth measures Tokenize and Concepts, as similarity's
// term counting calls them, on the lines of 500 synthetic articles.
func BenchmarkTokenizeSynth(b *testing.B) {
	for _, lang := range []language.Tag{language.Chinese, language.French} {
		b.Run(lang.String(), func(b *testing.B) {
			lines := synthLines(b, lang.String(), 500)
			size := 0
			for _, l := range lines {
				size += len(l)
				for _, t := range Tokenize(lang, l) {
					Concepts(lang, t.Text)
				}
			}
			b.SetBytes(int64(size))
			b.ResetTimer()
			for b.Loop() {
				for _, l := range lines {
					for _, t := range Tokenize(lang, l) {
						if t.Kind != Punct && !Stopword(lang, t.Text) {
							Concepts(lang, t.Text)
						}
					}
				}
			}
		})
	}
}
