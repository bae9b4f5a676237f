package similarity

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"sync"

	"github.com/aligner/aligner/internal/par"
	"golang.org/x/text/language"
)

// Relations between two documents.
const (
	Same    = "same"    // the same event
	Related = "related" // the same story: another meeting, day or update
)

// Options tune [Pair]. The zero value gives the defaults.
type Options struct {
	// SameThreshold is the least p(same) of a same pair (default 0.4).
	SameThreshold float64
	// RelatedThreshold is the least p(related) of a related pair (default 0.5).
	RelatedThreshold float64
	// Margin is how far, in logits of the story model, a same pair may fall
	// below the best candidate of either document and still be same
	// (default 2): a second outlet's report of one meeting scores close to
	// the first, a near miss (another meeting of the same people) less so.
	Margin float64
	// Window is the blocking window in days around each document's date
	// (default 7: reports of one event appear within days of it). Documents without a date are compared with all.
	Window int
	// MaxRelated is the most related pairs kept per document, the
	// strongest first (default 5; negative: no limit). A pair is kept when
	// it is among the strongest of either document.
	MaxRelated int
	// OneToOne pairs each document with at most one same counterpart, by an
	// optimal assignment.
	OneToOne bool
	// Progress, when set, is called with the number of left documents done
	// and the total.
	Progress func(done, total int)
}

func (o Options) withDefaults() Options {
	if o.SameThreshold == 0 {
		o.SameThreshold = 0.4
	}
	if o.RelatedThreshold == 0 {
		o.RelatedThreshold = 0.5
	}
	if o.Margin == 0 {
		o.Margin = 2
	}
	if o.Window == 0 {
		o.Window = 7
	}
	if o.MaxRelated == 0 {
		o.MaxRelated = 5
	}
	return o
}

// A Match is a pair of documents in relation.
type Match struct {
	Left, Right *Profile
	Relation    string
	Score       float64 // p(same) for same pairs, p(related) for related ones
	Evidence    Evidence
}

// candidate is a scored pair of profile indices.
type candidate struct {
	l, r     int
	logit    float64 // same model
	relLogit float64 // related model
}

// Pair finds same and related pairs between the profiles of language left
// and those of language right. Matches are sorted by left document order,
// same before related, then by decreasing score. Pair is deterministic whatever GOMAXPROCS.
func Pair(s *Scorer, ps []*Profile, left, right language.Tag, opt Options) []Match {
	opt = opt.withDefaults()
	L, R := byLang(ps, left), byLang(ps, right)
	cands := s.candidates(ps, L, R, opt)

	// Best logits per document, for competition.
	bestL := make(map[int]float64)
	bestR := make(map[int]float64)
	for _, c := range cands {
		if v, ok := bestL[c.l]; !ok || c.relLogit > v {
			bestL[c.l] = c.relLogit
		}
		if v, ok := bestR[c.r]; !ok || c.relLogit > v {
			bestR[c.r] = c.relLogit
		}
	}
	sameLogit := logit(opt.SameThreshold)
	relLogit := logit(opt.RelatedThreshold)
	isSame := make([]bool, len(cands))
	if opt.OneToOne {
		for _, k := range assign(cands, sameLogit) {
			isSame[k] = true
		}
	} else {
		for k, c := range cands {
			isSame[k] = c.logit >= sameLogit && c.relLogit >= relLogit && c.relLogit >= bestL[c.l]-opt.Margin && c.relLogit >= bestR[c.r]-opt.Margin
		}
	}
	// Related pairs: those above the threshold, at most MaxRelated per
	// document on either side (the strongest), so that a long story thread
	// in a large collection does not flood the output.
	keepRel := make([]bool, len(cands))
	var relIdx []int
	for k, c := range cands {
		if !isSame[k] && (c.relLogit >= relLogit || c.logit >= sameLogit) {
			relIdx = append(relIdx, k)
		}
	}
	sort.SliceStable(relIdx, func(i, j int) bool { return cands[relIdx[i]].relLogit > cands[relIdx[j]].relLogit })
	nL, nR := map[int]int{}, map[int]int{}
	for _, k := range relIdx {
		c := cands[k]
		if opt.MaxRelated < 0 || nL[c.l] < opt.MaxRelated || nR[c.r] < opt.MaxRelated {
			keepRel[k] = true
			nL[c.l]++
			nR[c.r]++
		}
	}
	var out []Match
	for k, c := range cands {
		rel := ""
		score := 0.0
		switch {
		case isSame[k]:
			rel, score = Same, sigmoid(c.logit)
		case keepRel[k]:
			rel, score = Related, sigmoid(math.Max(c.relLogit, c.logit))
		default:
			continue
		}
		out = append(out, Match{Left: ps[c.l], Right: ps[c.r], Relation: rel, Score: round4(score)})
	}
	par.Do(len(out), func(i int) { out[i].Evidence = s.Evidence(out[i].Left, out[i].Right) })
	order := make(map[*Profile]int, len(ps))
	for i, p := range ps {
		order[p] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if oi, oj := order[out[i].Left], order[out[j].Left]; oi != oj {
			return oi < oj
		}
		if out[i].Relation != out[j].Relation {
			return out[i].Relation == Same
		}
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return order[out[i].Right] < order[out[j].Right]
	})
	return out
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// Compete prepares the competition features of the profiles of languages
// left and right: each profile's best TF-IDF cosine among its blocked
// candidates in the other language. [Pair] calls it; call it before
// [Scorer.Features] when scoring pairs by hand.
func (s *Scorer) Compete(ps []*Profile, left, right language.Tag, opt Options) {
	opt = opt.withDefaults()
	L, R := byLang(ps, left), byLang(ps, right)
	s.compete(ps, L, blocked(ps, L, R, opt))
}

func byLang(ps []*Profile, lang language.Tag) []int {
	var out []int
	for i, p := range ps {
		if p.Doc.Lang == lang {
			out = append(out, i)
		}
	}
	return out
}

// compete sets bestCos and bestTitle on every profile from the blocked
// candidate lists and returns the cosines, whole and of the titles:
// cos[k][j] and tcos[k][j] for L[k] and cands[k][j]. They are kept in
// single precision: a large collection has tens of millions of candidates,
// and the memory is better spent elsewhere.
func (s *Scorer) compete(ps []*Profile, L []int, cands [][]int) (cos, tcos [][]float32) {
	cos = make([][]float32, len(L))
	tcos = make([][]float32, len(L))
	s.eachLeft(ps, L, func(sc *scatter, k int) {
		cos[k] = make([]float32, len(cands[k]))
		tcos[k] = make([]float32, len(cands[k]))
		sc.load(ps[L[k]].vec)
		for j, r := range cands[k] {
			cos[k][j] = float32(sc.cosine(ps[r].vec))
		}
		sc.load(ps[L[k]].titleVec)
		for j, r := range cands[k] {
			tcos[k][j] = float32(sc.cosine(ps[r].titleVec))
		}
	})
	for _, p := range ps {
		p.bestCos, p.bestTitle = 0, 0
	}
	for k, l := range L {
		for j, r := range cands[k] {
			c, t := float64(cos[k][j]), float64(tcos[k][j])
			ps[l].bestCos = math.Max(ps[l].bestCos, c)
			ps[r].bestCos = math.Max(ps[r].bestCos, c)
			ps[l].bestTitle = math.Max(ps[l].bestTitle, t)
			ps[r].bestTitle = math.Max(ps[r].bestTitle, t)
		}
	}
	return cos, tcos
}

// eachLeft calls f(sc, k) for every k in [0, len(L)) on GOMAXPROCS
// goroutines, each with its own scatter over the vocabulary.
func (s *Scorer) eachLeft(ps []*Profile, L []int, f func(sc *scatter, k int)) {
	n := 0
	if s.voc != nil {
		n = len(s.voc.terms)
	}
	for _, p := range ps {
		for _, v := range [3]Vector{p.vec, p.leadVec, p.titleVec} {
			if len(v.IDs) > 0 {
				n = max(n, int(v.IDs[len(v.IDs)-1])+1)
			}
		}
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := newScatter(n)
			for k := range next {
				f(sc, k)
			}
		}()
	}
	for k := range L {
		next <- k
	}
	close(next)
	wg.Wait()
}

// blocked returns, for each left profile, the right profiles it is compared
// with: those whose date lies within the window of its own. A date without
// a year (most news leads: 2月20日, le 20 février) is compared by the day
// of the year, across the year end, which meets the same days of every
// year: such a pair is compared only when the two documents also share a
// distinctive term (see sharing), a name, a place, a rare word. A document
// without a date is compared with those that share a distinctive term.
func blocked(ps []*Profile, L, R []int, opt Options) [][]int {
	var abs, doy dayIndex // by day since 1970 (dates with a year), by day of the year (all dates)
	for _, r := range R {
		a := ps[r].anchor
		if !ps[r].anchorOK {
			continue
		}
		if lo, hi, ok := a.days(); ok {
			abs.add(r, lo, hi, false)
		}
		if lo, hi, ok := a.yearDays(); ok {
			doy.add(r, lo, hi, a.year == 0)
		}
	}
	abs.sort()
	doy.sort()
	sh := newSharing(ps, L, R)
	out := make([][]int, len(L))
	for k, l := range L {
		a := ps[l].anchor
		var rs, yl []int
		lo, hi, withYear := a.days()
		ylo, yhi, withDay := a.yearDays()
		withYear, withDay = withYear && ps[l].anchorOK, withDay && ps[l].anchorOK
		if withYear {
			rs = abs.within(rs, lo, hi, opt.Window, 0, false)
		}
		if withDay {
			for _, shift := range [...]int{-366, 0, 366} {
				yl = doy.within(yl, ylo, yhi, opt.Window, shift, withYear)
			}
		}
		switch {
		case sh == nil:
		case !withDay && !withYear:
			// No date: every document that shares a term.
			sh.load(l)
			rs = append(rs, sh.hits...)
		default:
			sh.load(l)
			rs = append(rs, sh.among(yl)...)
			rs = append(rs, sh.undated()...)
		}
		sort.Ints(rs)
		out[k] = slices.Compact(rs)
	}
	return out
}

// fullyDated reports whether a profile has a date with its year.
func fullyDated(p *Profile) bool {
	_, _, ok := p.anchor.days()
	return p.anchorOK && ok
}

// dated reports whether a profile has a date blocking can use, with or
// without its year.
func dated(p *Profile) bool {
	_, _, ok := p.anchor.yearDays()
	return fullyDated(p) || p.anchorOK && ok
}

// Blocking by content, for the pairs whose dates cannot be compared: a pair
// is compared when the heaviest terms of one document (TF-IDF, heavyTerms
// of them) include a term of the other that few documents have (at most a
// rareShare of that side's documents, and never fewer than rareMin). A
// report and another of the same event or story share names, places and
// rare words; comparing each report without a year with every report of
// the same day of every year, or each undated one with every other, would
// multiply the cost.
const (
	heavyTerms = 24
	rareShare  = 0.02
	rareMin    = 50
)

// sharing finds the right documents that share a distinctive term with a
// left one. It is not safe for concurrent use.
type sharing struct {
	ps     []*Profile
	R      []int
	postR  [][]int32 // by term id: positions in R of the documents with the term, if rare in R
	heavyR [][]int32 // by term id: positions in R of the documents among whose heaviest terms it is
	rareL  []bool    // by term id: whether the term is rare among the left documents
	posR   []int32   // by profile index: position in R
	stamp  []int32   // by position in R: gen when shared with the loaded document
	gen    int32
	hits   []int // the right documents shared with the loaded one
}

// newSharing indexes the terms of L and R, or returns nil when every
// document has a date with its year (then dates alone block).
func newSharing(ps []*Profile, L, R []int) *sharing {
	need := false
	n := 0
	for _, i := range append(slices.Clip(L), R...) {
		need = need || !fullyDated(ps[i])
		if ids := ps[i].vec.IDs; len(ids) > 0 {
			n = max(n, int(ids[len(ids)-1])+1)
		}
	}
	if !need {
		return nil
	}
	sh := &sharing{ps: ps, R: R, postR: make([][]int32, n), heavyR: make([][]int32, n), rareL: make([]bool, n),
		posR: make([]int32, len(ps)), stamp: make([]int32, len(R))}
	for j, r := range R {
		sh.posR[r] = int32(j)
		for _, id := range ps[r].vec.IDs {
			sh.postR[id] = append(sh.postR[id], int32(j))
		}
		for _, id := range heavy(ps[r].vec) {
			sh.heavyR[id] = append(sh.heavyR[id], int32(j))
		}
	}
	limitR := max(rareMin, int(rareShare*float64(len(R))))
	for id, js := range sh.postR {
		if len(js) > limitR {
			sh.postR[id] = nil
		}
	}
	dfL := make([]int32, n)
	for _, l := range L {
		for _, id := range ps[l].vec.IDs {
			dfL[id]++
		}
	}
	limitL := int32(max(rareMin, int(rareShare*float64(len(L)))))
	for id, c := range dfL {
		sh.rareL[id] = c > 0 && c <= limitL
	}
	return sh
}

// load finds the right documents that share a distinctive term with ps[l]:
// one of its heaviest terms that is rare on the right, or a term of its
// that is among their heaviest and rare on the left.
func (sh *sharing) load(l int) {
	sh.gen++
	sh.hits = sh.hits[:0]
	mark := func(js []int32) {
		for _, j := range js {
			if sh.stamp[j] != sh.gen {
				sh.stamp[j] = sh.gen
				sh.hits = append(sh.hits, sh.R[j])
			}
		}
	}
	for _, id := range heavy(sh.ps[l].vec) {
		mark(sh.postR[id])
	}
	for _, id := range sh.ps[l].vec.IDs {
		if sh.rareL[id] {
			mark(sh.heavyR[id])
		}
	}
}

// among returns those of the candidates (profile indices of right
// documents) that share a term with the loaded document.
func (sh *sharing) among(cands []int) []int {
	var out []int
	for _, r := range cands {
		if sh.stamp[sh.posR[r]] == sh.gen {
			out = append(out, r)
		}
	}
	return out
}

// undated returns the right documents without a date that share a term
// with the loaded document.
func (sh *sharing) undated() []int {
	var out []int
	for _, r := range sh.hits {
		if !dated(sh.ps[r]) {
			out = append(out, r)
		}
	}
	return out
}

// heavy returns the ids of the heaviest terms of v, at most heavyTerms.
func heavy(v Vector) []int32 {
	if len(v.IDs) <= heavyTerms {
		return v.IDs
	}
	idx := make([]int, len(v.IDs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(v.Weights[b], v.Weights[a]); c != 0 {
			return c
		}
		return cmp.Compare(v.IDs[a], v.IDs[b])
	})
	ids := make([]int32, heavyTerms)
	for i := range ids {
		ids[i] = v.IDs[idx[i]]
	}
	return ids
}

// A dayIndex finds the documents whose date interval comes within a window
// of another.
type dayIndex struct {
	es     []dayEntry // sorted by lo, then document
	maxLen int        // the longest interval, hi-lo
}

type dayEntry struct {
	i, lo, hi int
	yearless  bool
}

func (x *dayIndex) add(i, lo, hi int, yearless bool) {
	x.es = append(x.es, dayEntry{i, lo, hi, yearless})
	x.maxLen = max(x.maxLen, hi-lo)
}

func (x *dayIndex) sort() {
	slices.SortFunc(x.es, func(a, b dayEntry) int {
		if c := cmp.Compare(a.lo, b.lo); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
}

// within appends to rs the documents whose interval, moved by shift days,
// comes within w days of [lo, hi]; with yearlessOnly, only those whose
// date has no year.
func (x *dayIndex) within(rs []int, lo, hi, w, shift int, yearlessOnly bool) []int {
	lo, hi = lo-shift, hi-shift
	from := sort.Search(len(x.es), func(k int) bool { return x.es[k].lo >= lo-w-x.maxLen })
	for _, e := range x.es[from:] {
		if e.lo > hi+w {
			break
		}
		if e.hi >= lo-w && (!yearlessOnly || e.yearless) {
			rs = append(rs, e.i)
		}
	}
	return rs
}

// candidates scores the blocked candidate pairs, in parallel, and returns
// those worth keeping (either model above a low floor) in (l, r) order.
func (s *Scorer) candidates(ps []*Profile, L, R []int, opt Options) []candidate {
	cands := blocked(ps, L, R, opt)
	cos, tcos := s.compete(ps, L, cands)
	floor := logit(0.05)
	results := make([][]candidate, len(L))
	var mu sync.Mutex
	done := 0
	s.eachLeft(ps, L, func(sc *scatter, k int) {
		l := L[k]
		sc.load(ps[l].leadVec)
		var cs []candidate
		for j, r := range cands[k] {
			x, _ := s.featuresCos(ps[l], ps[r], float64(cos[k][j]), sc.cosine(ps[r].leadVec), float64(tcos[k][j]), false)
			c := candidate{l: l, r: r, logit: s.Same.Logit(x), relLogit: s.Related.Logit(x)}
			if c.logit >= floor || c.relLogit >= floor {
				cs = append(cs, c)
			}
		}
		results[k] = cs
		if opt.Progress != nil {
			mu.Lock()
			done++
			opt.Progress(done, len(L))
			mu.Unlock()
		}
	})
	var all []candidate
	for _, cs := range results {
		all = append(all, cs...)
	}
	return all
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
