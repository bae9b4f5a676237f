package align

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// synthetic builds a long zh–en pair by recombining the beads of the zh–en
// test pair with a deterministic RNG: beads drawn at random until the left
// side has n sentences, then unrelated right sentences inserted at random
// bead boundaries until the right side has m. It returns the pair and its
// gold beads.
func synthetic(tb testing.TB, n, m int) (left, right []string, gold []Bead) {
	tb.Helper()
	read := func(p string) []string {
		b, err := os.ReadFile(filepath.Join("testdata", "zhen", p))
		if err != nil {
			tb.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	zh, en := read("seeds-000-001.zh.txt"), read("seeds-000-001.en.txt")
	f, err := os.Open(filepath.Join("testdata", "zhen", "seeds-000-001.beads"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	src, err := ReadBeads(f)
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(20260223, 5000))
	type piece struct{ l, r []string }
	var pieces []piece
	nl, nr := 0, 0
	for nl < n {
		b := src[rng.IntN(len(src))]
		if nl+len(b.Left) > n {
			continue
		}
		var p piece
		for _, i := range b.Left {
			p.l = append(p.l, zh[i])
		}
		for _, j := range b.Right {
			p.r = append(p.r, en[j])
		}
		pieces = append(pieces, p)
		nl += len(p.l)
		nr += len(p.r)
	}
	for nr < m { // insertions
		k := rng.IntN(len(pieces) + 1)
		ins := piece{r: []string{en[rng.IntN(len(en))]}}
		pieces = append(pieces[:k], append([]piece{ins}, pieces[k:]...)...)
		nr++
	}
	for nr > m { // or drop right sentences of random beads
		k := rng.IntN(len(pieces))
		if len(pieces[k].r) > 0 {
			pieces[k].r = pieces[k].r[:len(pieces[k].r)-1]
			nr--
		}
	}
	for _, p := range pieces {
		b := Bead{Left: []int{}, Right: []int{}}
		for _, s := range p.l {
			b.Left = append(b.Left, len(left))
			left = append(left, s)
		}
		for _, s := range p.r {
			b.Right = append(b.Right, len(right))
			right = append(right, s)
		}
		if len(b.Left)+len(b.Right) > 0 {
			gold = append(gold, b)
		}
	}
	return left, right, gold
}

// BenchmarkAlignLarge aligns a synthetic 5,000 × 6,300-sentence zh–en pair.
func BenchmarkAlignLarge(b *testing.B) {
	left, right, gold := synthetic(b, 5000, 6300)
	a := Aligner{LeftLang: language.Chinese, RightLang: language.English}
	a.Align(left[:50], right[:50]) // load the lexicon outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	var beads []Bead
	for b.Loop() {
		beads = a.Align(left, right)
	}
	b.StopTimer()
	b.ReportMetric(Eval(gold, beads).F1, "F1")
}

// TestSyntheticLong checks that the band and its widening keep the quality
// of a long text: 1,000 × 1,260 sentences recombined from the zh–en pair.
func TestSyntheticLong(t *testing.T) {
	left, right, gold := synthetic(t, 1000, 1260)
	if len(left) != 1000 || len(right) != 1260 {
		t.Fatalf("synthetic pair %d × %d, want 1000 × 1260", len(left), len(right))
	}
	a := Aligner{LeftLang: language.Chinese, RightLang: language.English}
	s := Eval(gold, a.Align(left, right))
	t.Logf("synthetic 1000 × 1260:\n%s", s)
	if s.F1 < 0.9 {
		t.Errorf("strict F1 %.4f < 0.90", s.F1)
	}
}
