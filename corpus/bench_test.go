package corpus

import (
	"io/fs"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/seeds"
)

// BenchmarkLoadSeeds measures loading, cleaning and splitting the five
// embedded seed articles.
func BenchmarkLoadSeeds(b *testing.B) {
	frWords() // the word list loads once per process
	var bytes int64
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		data, _ := fs.ReadFile(seeds.FS, n)
		bytes += int64(len(data))
	}
	b.SetBytes(bytes)
	for b.Loop() {
		if _, _, err := Load(nil, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplit measures the splitter on French and Chinese text.
func BenchmarkSplit(b *testing.B) {
	fr := strings.Repeat("M. Nguyen a reçu 1,5 million de doses le 20 févr. 2019. Le Dr Tri était là : « Merci. » ", 20)
	zh := strings.Repeat("他说:“我们愿意合作。”近1.17亿份档案被统一到国家公共服务门户中。", 20)
	b.SetBytes(int64(len(fr) + len(zh)))
	for b.Loop() {
		Split(language.French, fr)
		Split(language.Chinese, zh)
	}
}

// BenchmarkWordList measures the one-time load of the French word list.
func BenchmarkWordList(b *testing.B) {
	for b.Loop() {
		ws := loadWords()
		if len(ws) < 100000 {
			b.Fatal(len(ws))
		}
	}
}

// BenchmarkLoadDev measures loading the development corpus (skipped when
// it is absent).
func BenchmarkLoadDev(b *testing.B) {
	if _, _, err := Load([]string{devDir}, Options{}); err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		if _, _, err := Load([]string{devDir}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
