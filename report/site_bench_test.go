package report

import (
	"runtime"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/internal/synth"
	"github.com/aligner/aligner/similarity"
)

// synthSite builds the inputs of a site of n synthetic same pairs: the
// documents, their alignments and fact comparisons, evidence and the
// matrix, everything aligner report computes before it renders.
func synthSite(b *testing.B, n int) *Site {
	b.Helper()
	pool, _, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, pairs := synth.Generate(pool, synth.Options{Events: n, Seed: 1})
	facts := make([][]extract.Fact, len(docs))
	byID := map[string]int{}
	for i, d := range docs {
		byID[d.ID] = i
	}
	parallel(len(docs), func(i int) { facts[i] = extract.Document(docs[i]) })
	ps, voc := similarity.NewProfiles(docs, facts)
	sc := similarity.NewScorer(ps, voc)
	inputs := make([]*PairInput, len(pairs))
	matches := make([]similarity.Match, len(pairs))
	parallel(len(pairs), func(k int) {
		i, j := byID[pairs[k].Zh], byID[pairs[k].Fr]
		l, r := docs[i], docs[j]
		a := align.Aligner{LeftLang: l.Lang, RightLang: r.Lang}
		beads := a.Align(texts(l), texts(r))
		ev := sc.Evidence(ps[i], ps[j])
		matches[k] = similarity.Match{Left: ps[i], Right: ps[j], Relation: similarity.Same, Score: ev.PSame, Evidence: ev}
		inputs[k] = &PairInput{Left: l, Right: r, Beads: beads, Comparison: align.Compare(l, r, facts[i], facts[j], beads, nil),
			Relation: similarity.Same, Score: ev.PSame, Evidence: &ev}
	})
	var left, right []*similarity.Profile
	for _, p := range ps {
		if p.Doc.Lang == language.Chinese {
			left = append(left, p)
		} else {
			right = append(right, p)
		}
	}
	return &Site{
		Pairing:   NewPairing(docs, matches, nil, []string{"zh", "fr"}),
		Documents: docs, Pairs: inputs,
		Matrix: NewMatrix(sc, left, right, matches, 60),
	}
}

func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

var (
	benchOnce sync.Once
	benchSite *Site
)

// BenchmarkSite renders and writes the site of 1,000 synthetic pairs (2,000
// articles): 1,000 pair pages, the index with its 60 × 60 heat map and
// report.json. The target is 10 s.
func BenchmarkSite(b *testing.B) {
	benchOnce.Do(func() { benchSite = synthSite(b, 1000) })
	dir := b.TempDir()
	b.ResetTimer()
	for b.Loop() {
		if err := benchSite.Write(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPairPage renders one synthetic pair page.
func BenchmarkPairPage(b *testing.B) {
	benchOnce.Do(func() { benchSite = synthSite(b, 1000) })
	in := benchSite.Pairs[0]
	b.ResetTimer()
	for b.Loop() {
		if err := PairPage(discard{}, in); err != nil {
			b.Fatal(err)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
