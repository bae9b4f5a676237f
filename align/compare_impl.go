package align

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/lexicon"
)

// A Comparer compares the facts of two versions of a report. Its zero value
// is ready to use; the exported fields may be set before calling
// [Comparer.Compare]. A Comparer is safe for concurrent use as long as its
// fields are not changed meanwhile.
type Comparer struct {
	// Severities gives the level of each kind of finding; nil means
	// [DefaultSeverities].
	Severities Severities
	// MinChangedScore is the smallest alignment score (Bead.Score) of a bead
	// whose unmatched facts are paired as changed; facts of weaker beads are
	// reported missing on both sides instead. Zero pairs in every bead that
	// has both sides.
	MinChangedScore float64
	// ApproxTolerance is the relative tolerance for a number introduced by
	// an approximation ("près de", "about", 约, 多): 0 means 0.1.
	ApproxTolerance float64
}

// Compare compares the facts of two versions of a report with a [Comparer]
// whose Severities is sev (nil for the defaults). See [Comparer.Compare].
func Compare(left, right *corpus.Document, lf, rf []extract.Fact, beads []Bead, sev Severities) *Comparison {
	c := Comparer{Severities: sev}
	return c.Compare(left, right, lf, rf, beads)
}

// Compare matches the facts lf of left with the facts rf of right (as
// [extract.Document] returns them) and classifies each one.
//
// Two facts match when they have the same kind and compatible values:
// numbers equal or within the rounding their writing implies (1.17亿 = 117
// millions; 91.6万 ≈ 915 800; 10 % for "près de", "about", 约, 多), dates
// equal, one inside the other (a range of up to two months and a day in
// it, a month and a day; a year and a day in it only in aligned sentences)
// or equal once a year that one side did not write (and extract could not
// infer) is ignored, people with
// the same folded name, the same words in another order, part of the name
// ("Mamonov" for "Mikhail Mamonov") or a Chinese spelling that
// [lexicon.Match] takes for the Latin one, places and organisations with
// the same id or a place and the province that contains it. Facts of
// sentences aligned in one bead are matched first, then facts anywhere in
// the articles, the closest beads first; a fact whose value the other
// version gives only once, for an earlier mention, is matched with that
// mention. A number, date or person left unmatched in a bead where the
// other side also has one unmatched fact of that kind (and, for numbers,
// the same unit) is [Changed]; other unmatched facts are [MissingRight]
// (only the left has it) or [MissingLeft].
//
// Beads with an empty side give the [Unaligned] sentences, with the facts
// they carry. beads may be nil: facts are then matched anywhere and no
// change or unaligned sentence is reported. The result is sorted by bead,
// then left and right sentence, kind and value.
func (c *Comparer) Compare(left, right *corpus.Document, lf, rf []extract.Fact, beads []Bead) *Comparison {
	sev := c.Severities
	if len(sev) == 0 {
		sev = defaultSeverities
	}
	tol := c.ApproxTolerance
	if tol <= 0 {
		tol = 0.1
	}
	st := &cmpState{c: c, beads: beads}
	st.sides[0] = st.side(left, lf, beads, 0, tol)
	st.sides[1] = st.side(right, rf, beads, 1, tol)
	st.matchInBeads()
	st.matchAnywhere()
	st.matchRepeated()
	st.pairChanged()

	out := &Comparison{Left: left, Right: right, Beads: beads, Facts: []FactDiff{}, Unaligned: []Unaligned{}}
	out.Summary.BySeverity = map[string]int{}
	type keyed struct {
		d   FactDiff
		key cmpOrder
	}
	var diffs []keyed
	for _, f := range st.sides[0].facts {
		d := FactDiff{Kind: f.f.Kind, Left: f.ref()}
		switch {
		case f.partner == nil:
			d.Status = MissingRight
			d.Severity = sev.Level("missing." + string(f.f.Kind))
		case f.changed:
			d.Status, d.Right = Changed, f.partner.ref()
			d.Severity = sev.Level("changed." + string(f.f.Kind))
		default:
			d.Status, d.Right, d.Note = Matched, f.partner.ref(), f.note
		}
		diffs = append(diffs, keyed{d, st.order(f, f.partner)})
	}
	for _, f := range st.sides[1].facts {
		d := FactDiff{Kind: f.f.Kind, Right: f.ref()}
		switch {
		case f.partner == nil:
			d.Status = MissingLeft
			d.Severity = sev.Level("missing." + string(f.f.Kind))
		case f.partner.partner == f:
			continue // reported with its left partner
		default: // a repeated mention of a value the left gives once
			d.Status, d.Left, d.Note = Matched, f.partner.ref(), f.note
		}
		diffs = append(diffs, keyed{d, st.order(f.partner, f)})
	}
	sort.SliceStable(diffs, func(i, j int) bool { return diffs[i].key.less(diffs[j].key) })
	for _, k := range diffs {
		out.Facts = append(out.Facts, k.d)
		switch k.d.Status {
		case Matched:
			out.Summary.Matched++
		case Changed:
			out.Summary.Changed++
		case MissingLeft:
			out.Summary.MissingLeft++
		case MissingRight:
			out.Summary.MissingRight++
		}
		if k.d.Severity != "" {
			out.Summary.BySeverity[k.d.Severity]++
		}
	}

	for _, b := range beads {
		for s, ids := range [2][]int{b.Left, b.Right} {
			if len(ids) == 0 || len(b.Left) > 0 && len(b.Right) > 0 {
				continue
			}
			side := &st.sides[s]
			for _, i := range ids {
				if i < 0 || i >= len(side.doc.Sentences) {
					continue
				}
				u := Unaligned{Side: [2]string{"left", "right"}[s], Sentence: i, Text: side.doc.Sentences[i].Text,
					Line: side.doc.Sentences[i].Line, Facts: []FactRef{}}
				for _, f := range side.bySentence[i] {
					u.Facts = append(u.Facts, *f.ref())
				}
				if len(u.Facts) > 0 {
					u.Severity = sev.Level("unaligned.facts")
				} else {
					u.Severity = sev.Level("unaligned")
				}
				out.Unaligned = append(out.Unaligned, u)
				out.Summary.Unaligned++
				if u.Severity != "" {
					out.Summary.BySeverity[u.Severity]++
				}
			}
		}
	}
	return out
}

func cmpIsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// cmpState is the working state of one comparison.
type cmpState struct {
	c     *Comparer
	beads []Bead
	sides [2]cmpSide
}

// cmpSide is one version being compared.
type cmpSide struct {
	doc        *corpus.Document
	facts      []*cmpFact
	bySentence map[int][]*cmpFact
	beadOf     map[int]int // sentence → bead index
}

// cmpFact is a fact with what matching needs precomputed.
type cmpFact struct {
	f       extract.Fact
	side    int
	line    int
	bead    int // -1 when its sentence is in no bead
	han     bool
	num     float64
	numOK   bool
	tol     float64 // absolute tolerance of a number
	dates   []cmpDate
	names   [][]string // folded name tokens of Value and Variants
	ids     []string   // place or org ids: Value, Variants and their parents
	partner *cmpFact
	changed bool
	note    string
}

func (st *cmpState) side(d *corpus.Document, facts []extract.Fact, beads []Bead, s int, tol float64) cmpSide {
	cs := cmpSide{doc: d, bySentence: map[int][]*cmpFact{}, beadOf: map[int]int{}}
	for bi, b := range beads {
		for _, i := range [2][]int{b.Left, b.Right}[s] {
			cs.beadOf[i] = bi
		}
	}
	for _, f := range facts {
		cf := &cmpFact{f: f, side: s, bead: -1}
		if b, ok := cs.beadOf[f.Sentence]; ok {
			cf.bead = b
		}
		var sent string
		if d != nil && f.Sentence >= 0 && f.Sentence < len(d.Sentences) {
			sent = d.Sentences[f.Sentence].Text
			cf.line = d.Sentences[f.Sentence].Line
		}
		cf.han = strings.ContainsFunc(f.Text, cmpIsHan)
		cf.prepare(sent, tol)
		cs.facts = append(cs.facts, cf)
		cs.bySentence[f.Sentence] = append(cs.bySentence[f.Sentence], cf)
	}
	sort.SliceStable(cs.facts, func(i, j int) bool { return cs.facts[i].before(cs.facts[j]) })
	return cs
}

func (f *cmpFact) before(g *cmpFact) bool {
	if f.f.Sentence != g.f.Sentence {
		return f.f.Sentence < g.f.Sentence
	}
	if f.f.Start != g.f.Start {
		return f.f.Start < g.f.Start
	}
	if f.f.Kind != g.f.Kind {
		return f.f.Kind < g.f.Kind
	}
	return f.f.Value < g.f.Value
}

func (f *cmpFact) ref() *FactRef {
	if f == nil {
		return nil
	}
	return &FactRef{Text: f.f.Text, Value: f.f.Value, Unit: f.f.Unit, Sentence: f.f.Sentence,
		Start: f.f.Start, End: f.f.End, Line: f.line, Kind: f.f.Kind}
}

// prepare parses the value of f for matching; sent is its sentence.
func (f *cmpFact) prepare(sent string, approxTol float64) {
	switch f.f.Kind {
	case extract.Number:
		v, err := strconv.ParseFloat(f.f.Value, 64)
		if err != nil {
			return
		}
		f.num, f.numOK = v, true
		f.tol = numberTolerance(f.f.Value, v, f.f.Precision)
		if approximate(sent, f.f.Start, f.f.End) {
			t := math.Abs(v) * approxTol
			if f.f.Unit == "%" {
				t = 1 // percentage point: près de 99 % is not 90 %
			}
			f.tol = math.Max(f.tol, t)
		}
	case extract.Date:
		// The value, then the variants: the date as written when extract
		// inferred its year from the article, a guess that may be wrong
		// (a historical date read as the reference). A year-less variant
		// matches any year, weakly.
		for _, v := range append([]string{f.f.Value}, f.f.Variants...) {
			if d, ok := parseCmpDate(v); ok {
				f.dates = append(f.dates, d)
			}
		}
	case extract.Person:
		for _, v := range append([]string{f.f.Value}, f.f.Variants...) {
			if toks := strings.Fields(lexicon.Fold(v)); len(toks) > 0 {
				f.names = append(f.names, toks)
			}
		}
		if !f.han {
			if toks := strings.Fields(lexicon.Fold(f.f.Text)); len(toks) > 0 {
				f.names = append(f.names, toks)
			}
		}
	default:
		// The ids of the units containing the place, up to its country
		// excluded: Ha Long Bay is in Quang Ninh, not "in Vietnam" for a
		// reviewer comparing places.
		seen := map[string]bool{}
		add := func(id string) {
			for depth := 0; id != "" && !seen[id] && depth < 8; depth++ {
				e := lexicon.Lookup(id)
				if depth > 0 && (e == nil || e.Kind == "country") {
					return
				}
				seen[id] = true
				f.ids = append(f.ids, id)
				if e == nil {
					return
				}
				id = e.Parent
			}
		}
		for _, v := range append([]string{f.f.Value}, f.f.Variants...) {
			add(v)
		}
	}
}

// numberTolerance is the absolute difference a number's writing allows:
// half a unit of its last significant digit when written with a
// multiplier (prec significant digits), and for a plain integer ending in
// three zeros or more half a unit of its last non-zero digit, at most 1 %.
func numberTolerance(value string, v float64, prec int) float64 {
	if v == 0 {
		return 0
	}
	if prec > 0 {
		e := math.Floor(math.Log10(math.Abs(v)))
		return 0.5 * math.Pow(10, e-float64(prec)+1)
	}
	if strings.ContainsRune(value, '.') {
		return 0
	}
	z := len(value) - len(strings.TrimRight(value, "0"))
	if z < 3 {
		return 0
	}
	return math.Min(0.5*math.Pow(10, float64(z)), math.Abs(v)*0.01)
}

// Words that make the number after (or, for Chinese, before) them
// approximate.
var (
	approxBefore = []string{
		"près de", "environ", "plus de", "quelque", "presque", "moins de", "au moins", "jusqu'à", "jusqu’à",
		"approximativement", "autour de", "quasiment", "pratiquement", "nearly", "about", "around", "more than",
		"over", "almost", "approximately", "up to", "at least", "less than", "roughly", "some",
		"约", "近", "大约", "逾", "超过", "超", "将近", "接近", "至少", "上", "多达", "达",
	}
	approxAfter = []string{"多", "余", "左右", "以上", "上下", "来"}
)

// approximate reports whether the number sent[start:end] is introduced as
// an approximation.
func approximate(sent string, start, end int) bool {
	if start < 0 || end > len(sent) || start > end {
		return false
	}
	before := strings.ToLower(strings.TrimRight(sent[:start], " \u00a0\u202f"))
	for _, w := range approxBefore {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	text := sent[start:end]
	after := sent[end:]
	for _, w := range approxAfter {
		if strings.HasPrefix(after, w) || strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// A cmpDate is a date value: a day, month or year, or a range of them;
// zero components are unknown (leading: year or month not written) or
// absent (trailing: a month or year precision).
type cmpDate struct {
	from, to [3]int // year, month, day
	lunar    string
}

func parseCmpDate(v string) (cmpDate, bool) {
	if strings.HasPrefix(v, "lunar:") {
		return cmpDate{lunar: v}, true
	}
	a, b, isRange := strings.Cut(v, "/")
	from, ok := parseCmpDay(a)
	if !ok {
		return cmpDate{}, false
	}
	to := from
	if isRange {
		if to, ok = parseCmpDay(b); !ok {
			return cmpDate{}, false
		}
	}
	return cmpDate{from: from, to: to}, true
}

func parseCmpDay(s string) ([3]int, bool) {
	var p [3]int
	var parts []string
	switch {
	case strings.HasPrefix(s, "---"):
		parts = []string{"", "", s[3:]}
	case strings.HasPrefix(s, "--"):
		parts = append([]string{""}, strings.Split(s[2:], "-")...)
	default:
		parts = strings.Split(s, "-")
	}
	if len(parts) > 3 || len(parts) == 0 {
		return p, false
	}
	for i, t := range parts {
		if t == "" {
			continue
		}
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 {
			return p, false
		}
		p[i] = n
	}
	return p, p != [3]int{}
}

// overlaps reports whether the dates d and e can be the same time: their
// unknown leading components are taken from the other date, and the day
// intervals they then cover intersect.
func (d cmpDate) overlaps(e cmpDate) bool {
	if d.lunar != "" || e.lunar != "" {
		return d.lunar == e.lunar
	}
	ref := e.from
	d1, d2 := fillDay(d.from, ref), fillDay(d.to, ref)
	ref = d.from
	e1, e2 := fillDay(e.from, ref), fillDay(e.to, ref)
	a, _ := dayInterval(d1)
	_, b := dayInterval(d2)
	c, _ := dayInterval(e1)
	_, f := dayInterval(e2)
	// A long range (a term of office, "1973–2023") is one fact: it
	// matches the same range, not every date inside it.
	if (d.from != d.to && b-a > maxRangeDays) || (e.from != e.to && f-c > maxRangeDays) {
		return a == c && b == f
	}
	return a <= f && c <= b
}

// maxRangeDays is the longest date range that matches the dates inside it.
const maxRangeDays = 62

// weak reports whether d is too vague to match e: a day without month
// ("8日") against a date without day, or a year against a date without
// year.
func (d cmpDate) weak(e cmpDate) bool {
	if d.lunar != "" || e.lunar != "" {
		return false
	}
	dayOnly := d.from[0] == 0 && d.from[1] == 0
	return dayOnly && e.from[2] == 0 || d.coarse() && e.from[0] == 0
}

// coarse reports whether d is a year, or a range of years, without month.
func (d cmpDate) coarse() bool { return d.lunar == "" && d.from[1] == 0 && d.from[0] != 0 }

// fillDay gives p the leading components it lacks (year, then month) from
// ref, or defaults when ref lacks them too.
func fillDay(p, ref [3]int) [3]int {
	if p[0] == 0 {
		p[0] = ref[0]
		if p[0] == 0 {
			p[0] = 2000
		}
		if p[1] == 0 && p[2] != 0 {
			p[1] = ref[1]
			if p[1] == 0 {
				p[1] = 1
			}
		}
	}
	return p
}

// dayInterval returns the first and last day (days since a fixed origin)
// p covers: a day, a whole month or a whole year.
func dayInterval(p [3]int) (int, int) {
	y, m, d := p[0], p[1], p[2]
	switch {
	case m == 0:
		return cmpDays(y, 1, 1), cmpDays(y, 12, 31)
	case d == 0:
		return cmpDays(y, m, 1), cmpDays(y, m+1, 1) - 1
	}
	n := cmpDays(y, m, d)
	return n, n
}

func cmpDays(y, m, d int) int {
	// days from civil, after Howard Hinnant.
	if m > 12 {
		y, m = y+1, m-12
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// compatible returns how well a and b match (0: they do not; 3: same
// value) and a note naming the tolerance used.
func compatible(a, b *cmpFact) (float64, string) {
	if a.f.Kind != b.f.Kind {
		return 0, ""
	}
	var s float64
	var note string
	switch a.f.Kind {
	case extract.Number:
		s, note = numbersMatch(a, b)
	case extract.Date:
		s, note = datesMatch(a, b)
	case extract.Person:
		s, note = namesMatch(a, b)
	default:
		s, note = idsMatch(a, b)
	}
	if s == 0 && a.f.Kind != extract.Date && a.f.Compatible(b.f) {
		// extract's own rules: a fraction and its percentage, acronyms.
		return 1.2, "compatible"
	}
	return s, note
}

func numbersMatch(a, b *cmpFact) (float64, string) {
	if !a.numOK || !b.numOK {
		if a.f.Value == b.f.Value {
			return 3, ""
		}
		return 0, ""
	}
	sameUnit := a.f.Unit == b.f.Unit
	unitOK := sameUnit || a.f.Unit == "" || b.f.Unit == ""
	diff := math.Abs(a.num - b.num)
	switch {
	case diff <= 1e-9*math.Max(1, math.Abs(a.num)):
		switch {
		case sameUnit:
			return 3, ""
		case unitOK:
			return 2.8, ""
		}
		return 2, "other unit"
	case unitOK && diff <= math.Max(a.tol, b.tol)+1e-9:
		return 2, "rounded"
	}
	return 0, ""
}

func datesMatch(a, b *cmpFact) (float64, string) {
	if a.f.Value == b.f.Value {
		return 3, ""
	}
	best, note := 0.0, ""
	for i, x := range a.dates {
		for j, y := range b.dates {
			if !x.overlaps(y) || x.weak(y) || y.weak(x) {
				continue
			}
			s, n := 2.0, "date precision"
			switch {
			case x.coarse() != y.coarse():
				// A year and a day in it: weak evidence, see minAnywhere.
				s, n = 1, "year only"
			case i > 0 || j > 0 || x.from[0] == 0 || y.from[0] == 0:
				s, n = 1.5, "year not written"
			}
			if s > best {
				best, note = s, n
			}
		}
	}
	return best, note
}

func namesMatch(a, b *cmpFact) (float64, string) {
	if a.f.Value == b.f.Value && a.f.Value != "" {
		return 3, ""
	}
	best, note := 0.0, ""
	for _, x := range a.names {
		for _, y := range b.names {
			s, n := tokensMatch(x, y)
			if s > best {
				best, note = s, n
			}
		}
	}
	if best < 2 && a.han != b.han {
		zh, lat := a.f.Text, b.f.Text
		if b.han {
			zh, lat = lat, zh
		}
		if m := lexicon.Match(zh, lat); m >= 0.6 && 1+m > best {
			best, note = 1+m, "transliteration"
		}
	}
	return best, note
}

// tokensMatch compares two folded names: the same words (2.5 when in
// another order) or one a part of the other (2).
func tokensMatch(x, y []string) (float64, string) {
	if strings.Join(x, " ") == strings.Join(y, " ") {
		return 2.8, ""
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	in := map[string]int{}
	for _, t := range y {
		in[t]++
	}
	for _, t := range x {
		if in[t] == 0 {
			return 0, ""
		}
		in[t]--
	}
	if len(x) == len(y) {
		return 2.5, "name order"
	}
	return 2, "partial name"
}

func idsMatch(a, b *cmpFact) (float64, string) {
	if a.f.Value == b.f.Value && a.f.Value != "" {
		return 3, ""
	}
	if len(a.ids) == 0 || len(b.ids) == 0 {
		return 0, ""
	}
	// a.ids[0] is a's value; the ids that follow are variants and parents.
	for _, id := range b.ids[1:] {
		if id == a.ids[0] {
			return 1.5, "province"
		}
	}
	for _, id := range a.ids[1:] {
		if id == b.ids[0] {
			return 1.5, "province"
		}
	}
	return 0, ""
}

// cmpCand is a candidate match.
type cmpCand struct {
	l, r  *cmpFact
	score float64
	dist  int
	note  string
}

// assign matches candidates greedily, best score first, then closest
// beads, then position.
func assign(cands []cmpCand) {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.l != b.l {
			return a.l.before(b.l)
		}
		return a.r.before(b.r)
	})
	for _, c := range cands {
		if c.l.partner != nil || c.r.partner != nil {
			continue
		}
		c.l.partner, c.r.partner = c.r, c.l
		c.l.note, c.r.note = c.note, c.note
	}
}

func (st *cmpState) matchInBeads() {
	byBead := map[int][]*cmpFact{}
	for _, f := range st.sides[1].facts {
		if f.bead >= 0 {
			byBead[f.bead] = append(byBead[f.bead], f)
		}
	}
	var cands []cmpCand
	for _, l := range st.sides[0].facts {
		if l.bead < 0 {
			continue
		}
		for _, r := range byBead[l.bead] {
			if s, n := compatible(l, r); s > 0 {
				cands = append(cands, cmpCand{l: l, r: r, score: s, note: n})
			}
		}
	}
	assign(cands)
}

func (st *cmpState) matchAnywhere() {
	var cands []cmpCand
	for _, l := range st.sides[0].facts {
		if l.partner != nil {
			continue
		}
		for _, r := range st.sides[1].facts {
			if r.partner != nil {
				continue
			}
			if s, n := compatible(l, r); s >= minAnywhere {
				cands = append(cands, cmpCand{l: l, r: r, score: s, dist: beadDist(l, r), note: n})
			}
		}
	}
	assign(cands)
}

// minAnywhere is the smallest match score for facts of sentences that are
// not aligned together (and for repeated mentions): a year alone (score
// 1) matches a full date only in aligned sentences.
const minAnywhere = 1.1

func beadDist(l, r *cmpFact) int {
	if l.bead < 0 || r.bead < 0 {
		return math.MaxInt32
	}
	d := l.bead - r.bead
	if d < 0 {
		d = -d
	}
	return d
}

// matchRepeated matches each fact still unmatched with the closest
// compatible fact of the other version that is matched already: the value
// is there, said once where this version says it twice.
func (st *cmpState) matchRepeated() {
	for s := 0; s < 2; s++ {
		for _, f := range st.sides[s].facts {
			if f.partner != nil {
				continue
			}
			var best *cmpFact
			bestScore, bestDist, bestNote := 0.0, 0, ""
			for _, g := range st.sides[1-s].facts {
				if g.partner == nil || g.partner.side != s || g.partner.partner != g {
					continue
				}
				sc, n := compatible(f, g)
				if sc < minAnywhere {
					continue
				}
				d := beadDist(f, g)
				if sc > bestScore || sc == bestScore && sc > 0 && d < bestDist {
					best, bestScore, bestDist, bestNote = g, sc, d, n
				}
			}
			if best != nil {
				f.partner = best
				f.note = "repeated mention"
				if bestNote != "" {
					f.note += ", " + bestNote
				}
			}
		}
	}
}

// pairChanged pairs, in each bead with both sides, the unmatched numbers,
// dates and people of one side with those of the other, when both sides
// have as many of the kind (and, for numbers, of the unit).
func (st *cmpState) pairChanged() {
	type group struct {
		bead int
		kind extract.Kind
		unit string
	}
	slots := st.slots()
	var groups [2]map[group][]*cmpFact
	for s := 0; s < 2; s++ {
		groups[s] = map[group][]*cmpFact{}
		for _, f := range st.sides[s].facts {
			if f.partner != nil || f.bead < 0 || slots[f.bead] < 0 {
				continue
			}
			switch f.f.Kind {
			case extract.Number, extract.Person:
			case extract.Date:
				// Years alone in aligned sentences often date different
				// things (a founding, an anniversary): no slot evidence.
				if len(f.dates) == 0 || f.dates[0].coarse() {
					continue
				}
			default:
				continue
			}
			g := group{slots[f.bead], f.f.Kind, ""}
			if f.f.Kind == extract.Number {
				g.unit = f.f.Unit
			}
			groups[s][g] = append(groups[s][g], f)
		}
	}
	for g, ls := range groups[0] {
		rs := groups[1][g]
		if len(ls) != len(rs) {
			continue
		}
		gap := len(st.beads[g.bead].Left) == 0 || len(st.beads[g.bead].Right) == 0
		if gap && g.kind == extract.Person {
			// Independent reports name other people in sentences the
			// aligner could not pair: too weak to say a name changed.
			continue
		}
		for i, l := range ls {
			r := rs[i]
			if gap && st.overlap(l.f.Sentence, r.f.Sentence) < minGapOverlap {
				continue
			}
			if g.kind == extract.Number && !sameMagnitude(l, r) {
				continue
			}
			l.partner, r.partner = r, l
			l.changed, r.changed = true, true
		}
	}
}

// sameMagnitude reports whether two numbers are within a factor of 100 of
// each other: 1.17亿 and 11,7 millions may be one figure miswritten, 40 000
// seats and 16 matches are not.
func sameMagnitude(a, b *cmpFact) bool {
	if !a.numOK || !b.numOK || a.num == 0 || b.num == 0 {
		return a.numOK && b.numOK && a.num == b.num
	}
	r := math.Abs(a.num / b.num)
	return r <= 100 && r >= 0.01
}

// minGapOverlap is the word overlap (see [cmpState.overlap]) two sentences
// the aligner left apart need to have their facts paired as changed.
const minGapOverlap = 0.4

// overlap returns the mean share of the words of left sentence i and right
// sentence j (as [DefaultView] sees them) that have a key in common with a
// word of the other.
func (st *cmpState) overlap(i, j int) float64 {
	var words [2][]Word
	for s, k := range [2]int{i, j} {
		d := st.sides[s].doc
		if d == nil || k < 0 || k >= len(d.Sentences) {
			return 0
		}
		words[s] = DefaultView(d.Lang, d.Sentences[k].Text)
	}
	share := func(a, b []Word) float64 {
		keys := map[string]bool{}
		for _, w := range b {
			for _, k := range w.Keys {
				keys[k] = true
			}
		}
		n := 0
		for _, w := range a {
			for _, k := range w.Keys {
				if keys[k] {
					n++
					break
				}
			}
		}
		if len(a) == 0 {
			return 0
		}
		return float64(n) / float64(len(a))
	}
	return (share(words[0], words[1]) + share(words[1], words[0])) / 2
}

// slots returns, for each bead, the slot its facts may be changed in, or
// -1: a bead with both sides (and a score of at least MinChangedScore) is
// a slot; so is a run of consecutive beads with an empty side that has
// sentences on both sides, where the aligner left apart sentences that
// may be one another's version with a changed value.
func (st *cmpState) slots() []int {
	out := make([]int, len(st.beads))
	for i := 0; i < len(st.beads); {
		b := st.beads[i]
		if len(b.Left) > 0 && len(b.Right) > 0 {
			out[i] = i
			if b.Score < st.c.MinChangedScore {
				out[i] = -1
			}
			i++
			continue
		}
		j, hasL, hasR := i, false, false // g.bead below is the run's first bead
		for ; j < len(st.beads) && (len(st.beads[j].Left) == 0 || len(st.beads[j].Right) == 0); j++ {
			hasL = hasL || len(st.beads[j].Left) > 0
			hasR = hasR || len(st.beads[j].Right) > 0
		}
		for k := i; k < j; k++ {
			out[k] = -1
			if hasL && hasR {
				out[k] = i
			}
		}
		i = j
	}
	return out
}

// cmpOrder is the sort key of a FactDiff.
type cmpOrder struct {
	bead       int
	ls, lstart int
	rs, rstart int
	kind       extract.Kind
	value      string
}

func (st *cmpState) order(l, r *cmpFact) cmpOrder {
	o := cmpOrder{bead: math.MaxInt32, ls: math.MaxInt32, rs: math.MaxInt32}
	if l != nil {
		o.ls, o.lstart, o.kind, o.value = l.f.Sentence, l.f.Start, l.f.Kind, l.f.Value
		if l.bead >= 0 {
			o.bead = l.bead
		}
	}
	if r != nil {
		o.rs, o.rstart = r.f.Sentence, r.f.Start
		if l == nil {
			o.kind, o.value = r.f.Kind, r.f.Value
			if r.bead >= 0 {
				o.bead = r.bead
			}
		}
	}
	if len(st.beads) == 0 {
		o.bead = 0
	}
	return o
}

func (a cmpOrder) less(b cmpOrder) bool {
	switch {
	case a.bead != b.bead:
		return a.bead < b.bead
	case a.ls != b.ls:
		return a.ls < b.ls
	case a.lstart != b.lstart:
		return a.lstart < b.lstart
	case a.rs != b.rs:
		return a.rs < b.rs
	case a.rstart != b.rstart:
		return a.rstart < b.rstart
	case a.kind != b.kind:
		return a.kind < b.kind
	}
	return a.value < b.value
}
