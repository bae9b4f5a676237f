package similarity

import (
	"math"
	"sort"
)

// assign returns the indices of the candidates chosen by an optimal
// one-to-one assignment among those whose same-logit reaches minLogit,
// maximising the total margin above minLogit. The admissible candidates
// are split into connected components and each is solved exactly with the
// Hungarian algorithm, so the cost stays small for blocked collections.
func assign(cands []candidate, minLogit float64) []int {
	// Union-find over documents, keyed l and -r-1.
	parent := map[int]int{}
	var find func(int) int
	find = func(x int) int {
		if _, ok := parent[x]; !ok {
			parent[x] = x
		}
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	var adm []int
	for k, c := range cands {
		if c.logit < minLogit {
			continue
		}
		adm = append(adm, k)
		a, b := find(c.l), find(-c.r-1)
		if a != b {
			parent[a] = b
		}
	}
	comps := map[int][]int{}
	var roots []int
	for _, k := range adm {
		r := find(cands[k].l)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], k)
	}
	sort.Ints(roots)
	var chosen []int
	for _, root := range roots {
		ks := comps[root]
		li, ri := map[int]int{}, map[int]int{}
		var ls, rs []int
		for _, k := range ks {
			if _, ok := li[cands[k].l]; !ok {
				li[cands[k].l] = len(ls)
				ls = append(ls, cands[k].l)
			}
			if _, ok := ri[cands[k].r]; !ok {
				ri[cands[k].r] = len(rs)
				rs = append(rs, cands[k].r)
			}
		}
		n := max(len(ls), len(rs))
		w := make([][]float64, n)
		idx := make([][]int, n)
		for i := range w {
			w[i] = make([]float64, n)
			idx[i] = make([]int, n)
			for j := range idx[i] {
				idx[i][j] = -1
			}
		}
		for _, k := range ks {
			i, j := li[cands[k].l], ri[cands[k].r]
			w[i][j] = cands[k].logit - minLogit + 1e-6
			idx[i][j] = k
		}
		for i, j := range hungarianMax(w) {
			if j >= 0 && idx[i][j] >= 0 {
				chosen = append(chosen, idx[i][j])
			}
		}
	}
	sort.Ints(chosen)
	return chosen
}

// hungarianMax solves the square assignment problem maximising the sum of
// w[i][p[i]] and returns p. It panics if w is not square.
func hungarianMax(w [][]float64) []int {
	n := len(w)
	for _, row := range w {
		if len(row) != n {
			panic("similarity: hungarianMax needs a square matrix")
		}
	}
	// Classic O(n³) potentials formulation on costs c = -w (1-based).
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1)
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				cur := -w[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	res := make([]int, n)
	for j := 1; j <= n; j++ {
		if p[j] > 0 {
			res[p[j]-1] = j - 1
		}
	}
	return res
}
