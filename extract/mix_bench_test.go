package extract

import (
	"path/filepath"
	"testing"

	"github.com/aligner/aligner/corpus"
)

// synthMix returns the first n Chinese and n French articles of the full
// synthetic corpus in /tmp/synth10k (written by internal/synth/synthgen),
// or nil when it is absent.
func synthMix(b *testing.B, n int) []*corpus.Document { return synthMixT(b, n) }

func synthMixT(b testing.TB, n int) []*corpus.Document {
	b.Helper()
	var paths []string
	for _, lang := range []string{"zh", "fr"} {
		ps, _ := filepath.Glob(filepath.Join("/tmp/synth10k", lang+"_*.txt"))
		paths = append(paths, ps[:min(len(ps), n)]...)
	}
	if len(paths) == 0 {
		b.Skip("/tmp/synth10k absent")
	}
	docs, _, err := corpus.Load(paths, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// BenchmarkDocumentSynthMix measures Document on 500 Chinese and 500
// French synthetic articles of /tmp/synth10k (corpus reading excluded).
func BenchmarkDocumentSynthMix(b *testing.B) {
	docs := synthMix(b, 500)
	for _, d := range docs {
		Document(d) // load the lexicon tables outside the timing
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Document(d)
		}
	}
}
