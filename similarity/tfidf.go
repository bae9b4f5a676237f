package similarity

import (
	"cmp"
	"math"
	"slices"
	"sort"

	"gonum.org/v1/gonum/floats"
)

// A Vector is a sparse term vector: term ids in increasing order and their
// weights. The zero value is the empty vector.
type Vector struct {
	IDs     []int32
	Weights []float64
	norm    float64
}

// Vocabulary interns terms as small integers and counts in how many
// documents each occurs. It is not safe for concurrent use.
type Vocabulary struct {
	ids   map[string]int32
	terms []string
	df    []int
	docs  int
}

// NewVocabulary returns an empty vocabulary.
func NewVocabulary() *Vocabulary {
	return &Vocabulary{ids: make(map[string]int32)}
}

// Term returns the term with id i.
func (v *Vocabulary) Term(i int32) string { return v.terms[i] }

// Add records one document's term counts and returns them as raw term
// frequencies keyed by id.
func (v *Vocabulary) Add(counts map[string]float64) map[int32]float64 {
	terms := sortedTerms(counts)
	out := make(map[int32]float64, len(counts))
	for k, id := range v.intern(terms) {
		out[id] = counts[terms[k]]
	}
	return out
}

// intern counts one document with the given distinct terms and returns
// their ids. New terms get ids in the order given: callers pass terms in an
// order that does not depend on map iteration (sorted, or in the order they
// occur), so that ids, which break ties between equally weighted terms, do
// not either.
func (v *Vocabulary) intern(terms []string) []int32 {
	v.docs++
	ids := make([]int32, len(terms))
	for k, t := range terms {
		id, ok := v.ids[t]
		if !ok {
			id = int32(len(v.terms))
			v.ids[t] = id
			v.terms = append(v.terms, t)
			v.df = append(v.df, 0)
		}
		v.df[id]++
		ids[k] = id
	}
	return ids
}

// sortedTerms returns the keys of counts in increasing order.
func sortedTerms(counts map[string]float64) []string {
	terms := make([]string, 0, len(counts))
	for t := range counts {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	return terms
}

// IDF returns the smoothed inverse document frequency of term id.
func (v *Vocabulary) IDF(id int32) float64 {
	return math.Log(float64(v.docs+1)/float64(v.df[id]+1)) + 1
}

// Weigh turns raw term frequencies into a TF-IDF vector with sublinear term
// frequency (1 + log tf above one occurrence; a word whose count was
// spread over several concepts keeps its fraction).
func (v *Vocabulary) Weigh(tf map[int32]float64) Vector {
	ids := make([]int32, 0, len(tf))
	counts := make([]float64, 0, len(tf))
	for id, c := range tf {
		ids = append(ids, id)
		counts = append(counts, c)
	}
	return v.weighSorted(ids, counts)
}

// weighSorted is Weigh for term ids given with their counts, in any order
// (ids are distinct).
func (v *Vocabulary) weighSorted(ids []int32, counts []float64) Vector {
	type ic struct {
		id int32
		c  float64
	}
	pairs := make([]ic, len(ids))
	for k := range ids {
		pairs[k] = ic{ids[k], counts[k]}
	}
	slices.SortFunc(pairs, func(a, b ic) int { return cmp.Compare(a.id, b.id) })
	vec := Vector{IDs: make([]int32, len(pairs)), Weights: make([]float64, len(pairs))}
	for k, p := range pairs {
		c := p.c
		if c > 1 {
			c = 1 + math.Log(c)
		}
		vec.IDs[k] = p.id
		vec.Weights[k] = c * v.IDF(p.id)
	}
	vec.norm = floats.Norm(vec.Weights, 2)
	return vec
}

// weighMap weighs the counts of terms already in the vocabulary; others
// are left out.
func (v *Vocabulary) weighMap(counts map[string]float64) Vector {
	var ids []int32
	var cs []float64
	for t, c := range counts {
		if id, ok := v.ids[t]; ok {
			ids = append(ids, id)
			cs = append(cs, c)
		}
	}
	return v.weighSorted(ids, cs)
}

// Cosine returns the cosine similarity of a and b, 0 when either is empty.
// The shared coordinates are gathered into dense slices and multiplied with
// gonum's floats.Dot.
func Cosine(a, b Vector) float64 {
	if len(a.IDs) == 0 || len(b.IDs) == 0 {
		return 0
	}
	na, nb := a.norm, b.norm
	if na == 0 {
		na = floats.Norm(a.Weights, 2)
	}
	if nb == 0 {
		nb = floats.Norm(b.Weights, 2)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	var xa, xb [256]float64
	sa, sb := xa[:0], xb[:0]
	intersect(a, b, func(i, j int) {
		sa = append(sa, a.Weights[i])
		sb = append(sb, b.Weights[j])
	})
	if len(sa) == 0 {
		return 0
	}
	return floats.Dot(sa, sb) / (na * nb)
}

// shared returns the ids present in both vectors, ordered by the product of
// their weights, largest first (ties by id), at most n of them. It keeps the
// best n in a small sorted buffer rather than sorting every shared term.
func shared(a, b Vector, n int) []int32 {
	type tw struct {
		id int32
		w  float64
	}
	better := func(x, y tw) bool { return x.w > y.w || x.w == y.w && x.id < y.id }
	top := make([]tw, 0, n+1)
	intersect(a, b, func(i, j int) {
		c := tw{a.IDs[i], a.Weights[i] * b.Weights[j]}
		if len(top) == n && !better(c, top[n-1]) {
			return
		}
		k := len(top)
		top = append(top, c)
		for k > 0 && better(c, top[k-1]) {
			top[k] = top[k-1]
			k--
		}
		top[k] = c
		if len(top) > n {
			top = top[:n]
		}
	})
	out := make([]int32, len(top))
	for k := range top {
		out[k] = top[k].id
	}
	return out
}

// A scatter holds one vector spread over a dense array indexed by term id,
// so that its cosine with many other vectors costs one look-up per term of
// the other vector. It is not safe for concurrent use: pairing keeps one per
// worker.
type scatter struct {
	dense []float64
	v     Vector
	ga    []float64 // gather buffers
	gb    []float64
}

func newScatter(terms int) *scatter { return &scatter{dense: make([]float64, terms)} }

// load spreads v, clearing the previous vector.
func (s *scatter) load(v Vector) {
	for _, id := range s.v.IDs {
		s.dense[id] = 0
	}
	s.v = v
	for i, id := range v.IDs {
		s.dense[id] = v.Weights[i]
	}
}

// cosine returns the cosine of the loaded vector with w, equal to
// Cosine(loaded, w): the shared coordinates are gathered and multiplied
// with gonum's floats.Dot.
func (s *scatter) cosine(w Vector) float64 {
	if len(s.v.IDs) == 0 || len(w.IDs) == 0 || s.v.norm == 0 || w.norm == 0 {
		return Cosine(s.v, w)
	}
	s.ga, s.gb = s.ga[:0], s.gb[:0]
	for i, id := range w.IDs {
		if x := s.dense[id]; x != 0 {
			s.ga = append(s.ga, x)
			s.gb = append(s.gb, w.Weights[i])
		}
	}
	if len(s.ga) == 0 {
		return 0
	}
	return floats.Dot(s.ga, s.gb) / (s.v.norm * w.norm)
}

// intersect calls f(i, j) for every term with a.IDs[i] == b.IDs[j], in
// increasing id order.
func intersect(a, b Vector, f func(i, j int)) {
	i, j := 0, 0
	for i < len(a.IDs) && j < len(b.IDs) {
		switch {
		case a.IDs[i] < b.IDs[j]:
			i++
		case a.IDs[i] > b.IDs[j]:
			j++
		default:
			f(i, j)
			i++
			j++
		}
	}
}
