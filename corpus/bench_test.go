package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
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

// synthDir is the 1,000-file sample of the synthetic corpus of issue 5
// (French articles), copied from the output of internal/synth/synthgen.
const synthDir = "/tmp/synth2k"

// BenchmarkLoadSynth measures loading the synthetic sample (skipped when it
// is absent).
func BenchmarkLoadSynth(b *testing.B) {
	if _, err := os.Stat(synthDir); err != nil {
		b.Skip(err)
	}
	frWords()
	for b.Loop() {
		if _, _, err := Load([]string{synthDir}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadSynthZh measures loading the first 1,000 Chinese articles of
// the full synthetic corpus in /tmp/synth10k (skipped when it is absent).
func BenchmarkLoadSynthZh(b *testing.B) {
	files, _ := filepath.Glob("/tmp/synth10k/zh_*.txt")
	if len(files) == 0 {
		b.Skip("no /tmp/synth10k/zh_*.txt")
	}
	files = files[:min(len(files), 1000)]
	for b.Loop() {
		if _, _, err := Load(files, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
