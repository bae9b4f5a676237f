package align

import (
	"fmt"
	"slices"
	"sync"
)

// Model 1 settings.
const (
	m1Iterations = 5
	m1MinSim     = 0.15 // beads of the first pass with at least this overlap train the model
	m1MaxLenCost = 0.7  // or, after a length-based pass, beads with a length p-value above 0.5
	m1MinBeads   = 4    // fewer training beads than this: no second pass
	m1Threshold  = 0.15 // both t(f|e) and t(e|f) at least this make a link
	m1MinCooc    = 2    // a linked pair co-occurs in at least this many beads
)

// model1 trains IBM Model 1 in both directions on the confident beads of
// path (Moore 2002), turns the word pairs that translate each other well in
// both directions into new keys, and rebuilds both sides with them. It
// reports whether anything was learnt.
func (p *problem) model1(path []step) bool {
	type bead struct{ e, f []int32 }
	var train []bead
	for _, st := range path {
		if st.a == 0 || st.b == 0 {
			continue
		}
		if p.m1Lengths {
			l1, l2 := p.sumLen(&p.left, st.i, st.a), p.sumLen(&p.right, st.j, st.b)
			if p.lengthCost(l1, l2) > m1MaxLenCost {
				continue
			}
		} else if _, s := p.cost(st.shape, st.i, st.j); s < m1MinSim {
			continue
		}
		var b bead
		for x := st.i; x < st.i+st.a; x++ {
			b.e = append(b.e, p.left.forms[x]...)
		}
		for y := st.j; y < st.j+st.b; y++ {
			b.f = append(b.f, p.right.forms[y]...)
		}
		if len(b.e) > 0 && len(b.f) > 0 {
			train = append(train, b)
		}
	}
	if len(train) < m1MinBeads {
		return false
	}
	// Index the co-occurring pairs once; EM then works on slices.
	pairID := make(map[uint64]int32)
	var pe, pf []int32
	cooc := []int32{}
	idx := make([][]int32, len(train)) // per bead: |f| × |e| pair ids
	var last []int32                   // per pair id: 1 + the last bead it was counted in
	for k, b := range train {
		ids := make([]int32, 0, len(b.e)*len(b.f))
		for _, f := range b.f {
			for _, e := range b.e {
				key := uint64(uint32(e))<<32 | uint64(uint32(f))
				id, ok := pairID[key]
				if !ok {
					id = int32(len(pe))
					pairID[key] = id
					pe = append(pe, e)
					pf = append(pf, f)
					cooc = append(cooc, 0)
					last = append(last, 0)
				}
				ids = append(ids, id)
				if last[id] != int32(k+1) {
					last[id] = int32(k + 1)
					cooc[id]++
				}
			}
		}
		idx[k] = ids
	}
	// em trains t(target|source) where the source of pair id is src[id]:
	// for each bead, rows are target words, columns source words.
	em := func(forward bool) []float64 {
		t := make([]float64, len(pe))
		for i := range t {
			t[i] = 1
		}
		count := make([]float64, len(pe))
		for it := 0; it < m1Iterations; it++ {
			clear(count)
			for k, b := range train {
				ids := idx[k]
				ne, nf := len(b.e), len(b.f)
				if forward { // t(f|e): normalise over e for each f
					for y := 0; y < nf; y++ {
						row := ids[y*ne : (y+1)*ne]
						z := 0.0
						for _, id := range row {
							z += t[id]
						}
						for _, id := range row {
							count[id] += t[id] / z
						}
					}
				} else { // t(e|f): normalise over f for each e
					for x := 0; x < ne; x++ {
						z := 0.0
						for y := 0; y < nf; y++ {
							z += t[ids[y*ne+x]]
						}
						for y := 0; y < nf; y++ {
							id := ids[y*ne+x]
							count[id] += t[id] / z
						}
					}
				}
			}
			// Normalise per conditioning word.
			var src []int32
			var nsrc int
			if forward {
				src, nsrc = pe, p.left.nforms
			} else {
				src, nsrc = pf, p.right.nforms
			}
			total := make([]float64, nsrc)
			for id, c := range count {
				total[src[id]] += c
			}
			for id, c := range count {
				t[id] = c / total[src[id]]
			}
		}
		return t
	}
	// The two directions are independent: train them at once.
	var tfe, tef []float64
	var wg sync.WaitGroup
	wg.Go(func() { tfe = em(true) })
	tef = em(false)
	wg.Wait()
	extraL := make(map[int32][]int32)
	extraR := make(map[int32][]int32)
	learnt := 0
	for id := range pe {
		if cooc[id] < m1MinCooc || tfe[id] < m1Threshold || tef[id] < m1Threshold {
			continue
		}
		key := fmt.Sprintf("m:%d:%d", pe[id], pf[id])
		if _, ok := p.keys[key]; ok {
			continue // learnt in an earlier pass
		}
		kid := int32(len(p.keys))
		p.keys[key] = kid
		extraL[pe[id]] = append(extraL[pe[id]], kid)
		extraR[pf[id]] = append(extraR[pf[id]], kid)
		learnt++
	}
	if learnt == 0 {
		return false
	}
	wg.Go(func() { rebuild(&p.left, extraL) })
	rebuild(&p.right, extraR)
	wg.Wait()
	return true
}

// rebuild adds the extra keys of each form to the sentences of a side. The
// extra key ids are above those already there, so each sentence's keys stay
// sorted when its new keys, sorted, follow the old ones.
func rebuild(s *side, extra map[int32][]int32) {
	var added []keyMask
	for i := range s.keys {
		added = added[:0]
		for k, id := range s.forms[i] {
			for _, kid := range extra[id] {
				x := slices.IndexFunc(added, func(km keyMask) bool { return km.key == kid })
				if x < 0 {
					x = len(added)
					added = append(added, keyMask{key: kid})
				}
				added[x].mask |= 1 << uint(k)
			}
		}
		if len(added) == 0 {
			continue
		}
		sortKeys(added)
		s.keys[i] = append(s.keys[i][:len(s.keys[i]):len(s.keys[i])], added...)
	}
}
