package similarity

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/internal/par"
	"github.com/aligner/aligner/internal/synth"
	"github.com/aligner/aligner/lexicon"
)

// benchPool returns the articles synthetic corpora are recombined from: the
// seeds, plus the development corpus when it is present.
func benchPool(b *testing.B) []*corpus.Document {
	pool, _, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	dev := filepath.Join("..", "..", "shared", "corpus", "dev", "docs")
	if more, _, err := corpus.Load([]string{dev}, corpus.Options{}); err == nil {
		pool = append(pool, more...)
	}
	return pool
}

// BenchmarkPair pairs synthetic collections of n Chinese and n French
// articles: facts, profiles and pairing, everything after loading.
func BenchmarkPair(b *testing.B) {
	pool := benchPool(b)
	for _, n := range benchSizes {
		docs, pairs := synth.Generate(pool, synth.Options{Events: n, Seed: 1})
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				facts := make([][]extract.Fact, len(docs))
				par.Do(len(docs), func(k int) { facts[k] = extract.Document(docs[k]) })
				ps, voc := NewProfiles(docs, facts)
				ms := Pair(NewScorer(ps, voc), ps, language.Chinese, language.French, Options{})
				same := 0
				for _, m := range ms {
					if m.Relation == Same {
						same++
					}
				}
				b.ReportMetric(float64(same)/float64(len(pairs)), "same/events")
			}
		})
	}
}

// BenchmarkTokenize is the baseline pairing is compared with: merely
// segmenting and tokenising the same synthetic text.
func BenchmarkTokenize(b *testing.B) {
	pool := benchPool(b)
	docs, _ := synth.Generate(pool, synth.Options{Events: 10000, Seed: 1})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			lexicon.Tokenize(d.Lang, d.Title)
			for _, s := range d.Sentences {
				lexicon.Tokenize(d.Lang, s.Text)
			}
		}
	}
}

// benchSizes are the numbers of events of BenchmarkPair; -pairsizes=small
// runs a quick one for profiling.
var benchSizes = func() []int {
	if os.Getenv("ALIGNER_BENCH_SMALL") != "" {
		return []int{500}
	}
	return []int{2500, 5000, 10000}
}()
