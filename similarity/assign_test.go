package similarity

import (
	"math/rand"
	"testing"
)

// bruteMax returns the best total weight of a square assignment by trying
// every permutation.
func bruteMax(w [][]float64) float64 {
	n := len(w)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	best := -1e18
	var rec func(k int)
	rec = func(k int) {
		if k == n {
			s := 0.0
			for i, j := range perm {
				s += w[i][j]
			}
			best = max(best, s)
			return
		}
		for i := k; i < n; i++ {
			perm[k], perm[i] = perm[i], perm[k]
			rec(k + 1)
			perm[k], perm[i] = perm[i], perm[k]
		}
	}
	rec(0)
	return best
}

func TestHungarianMax(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.Intn(6)
		w := make([][]float64, n)
		for i := range w {
			w[i] = make([]float64, n)
			for j := range w[i] {
				if rng.Intn(3) > 0 {
					w[i][j] = float64(rng.Intn(20))
				}
			}
		}
		p := hungarianMax(w)
		seen := map[int]bool{}
		got := 0.0
		for i, j := range p {
			if seen[j] {
				t.Fatalf("trial %d: column %d assigned twice: %v", trial, j, p)
			}
			seen[j] = true
			got += w[i][j]
		}
		if want := bruteMax(w); got != want {
			t.Fatalf("trial %d: total %v, best %v; w=%v p=%v", trial, got, want, w, p)
		}
	}
}

// One-to-one keeps the better of two candidates that compete for one
// document, where the default rule may keep both.
func TestAssignOneToOne(t *testing.T) {
	cands := []candidate{
		{l: 0, r: 10, logit: 3},
		{l: 1, r: 10, logit: 2.5},
		{l: 1, r: 11, logit: 1},
		{l: 2, r: 12, logit: -5},
	}
	got := assign(cands, 0)
	want := []int{0, 2} // 0–10 and 1–11: total margin 3+1 beats 2.5
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("assign = %v, want %v", got, want)
	}
}
