package similarity

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
)

func ExampleCosine() {
	voc := NewVocabulary()
	zh := voc.Add(map[string]float64{"en:cybersecur": 2, "g:country:ru": 1, "lit:2019": 1})
	fr := voc.Add(map[string]float64{"en:cybersecur": 1, "g:country:ru": 3, "en:vaccin": 1})
	other := voc.Add(map[string]float64{"en:typhoon": 4, "en:vaccin": 1})
	a, b, c := voc.Weigh(zh), voc.Weigh(fr), voc.Weigh(other)
	fmt.Printf("zh·fr %.2f, zh·other %.2f\n", Cosine(a, b), Cosine(a, c))
	// Output: zh·fr 0.63, zh·other 0.00
}

// The scatter pairing uses computes exactly what Cosine does.
func TestScatterCosine(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	voc := NewVocabulary()
	var vecs []Vector
	var tfs []map[int32]float64
	for d := 0; d < 50; d++ {
		counts := map[string]float64{}
		for k := 0; k < 1+rng.Intn(40); k++ {
			counts[fmt.Sprintf("t%d", rng.Intn(200))] += float64(1 + rng.Intn(3))
		}
		tfs = append(tfs, voc.Add(counts))
	}
	for _, tf := range tfs {
		vecs = append(vecs, voc.Weigh(tf))
	}
	sc := newScatter(len(voc.terms))
	for i, a := range vecs {
		sc.load(a)
		for j, b := range vecs {
			want, got := Cosine(a, b), sc.cosine(b)
			if math.Abs(want-got) > 1e-12 {
				t.Fatalf("vectors %d,%d: scatter %v, Cosine %v", i, j, got, want)
			}
			if i == j && math.Abs(got-1) > 1e-12 {
				t.Fatalf("self-cosine of %d = %v", i, got)
			}
		}
	}
}
