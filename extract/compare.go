package extract

import (
	"math/big"
	"strings"
	"unicode"

	"github.com/aligner/aligner/lexicon"
)

// Equal reports whether f and g state the same fact exactly: same kind,
// same unit and the same value (numbers compared as numbers, so "1.50" and
// "1.5" are equal). Text, position and precision are ignored.
func (f Fact) Equal(g Fact) bool {
	if f.Kind != g.Kind {
		return false
	}
	if f.Kind == Number {
		a, ok1 := new(big.Rat).SetString(f.Value)
		b, ok2 := new(big.Rat).SetString(g.Value)
		return ok1 && ok2 && f.Unit == g.Unit && a.Cmp(b) == 0
	}
	return f.Value == g.Value
}

// Compatible reports whether f and g may state the same fact, as written in
// two reports of one event, possibly in two languages:
//
//   - numbers: equal after rounding both to the coarser precision (91.6万
//     and 916 000, 1.17亿 and 117 millions), with the same unit class or one
//     of them without unit; a fraction matches its percentage (四分之三,
//     75 %);
//   - dates: equal, or one inside the other (2019-02-20 in --02-18/--02-20,
//     2019-02-20 in 2019-02); a missing year matches any year, a missing
//     month any month; lunar dates match only lunar dates;
//   - people: one of the keys of f (Value and Variants) equals or contains
//     all the words of one of g's (partial names: "macron" and "emmanuel
//     macron"), or, for a Chinese-written name, [lexicon.Match] of its text
//     with the other's key is at least 0.6;
//   - places and organisations: the same id, or one is the parent of the
//     other (a city and its province), or the same acronym.
func (f Fact) Compatible(g Fact) bool {
	if f.Kind != g.Kind {
		return false
	}
	switch f.Kind {
	case Number:
		return numbersCompatible(f, g)
	case Date:
		return datesCompatible(f.Value, g.Value)
	case Person:
		return peopleCompatible(f, g)
	case Place, Org:
		return f.Value == g.Value || isParent(f.Value, g.Value) || isParent(g.Value, f.Value)
	}
	return f.Value == g.Value
}

func numbersCompatible(f, g Fact) bool {
	a, ok1 := new(big.Rat).SetString(f.Value)
	b, ok2 := new(big.Rat).SetString(g.Value)
	if !ok1 || !ok2 {
		return false
	}
	fu, gu := f.Unit, g.Unit
	// A fraction and a percentage: 四分之三 and 75 %.
	hundred := big.NewRat(100, 1)
	if fu == "%" && gu == "" && b.Cmp(big.NewRat(1, 1)) <= 0 && !b.IsInt() {
		b = new(big.Rat).Mul(b, hundred)
		gu = "%"
	} else if gu == "%" && fu == "" && a.Cmp(big.NewRat(1, 1)) <= 0 && !a.IsInt() {
		a = new(big.Rat).Mul(a, hundred)
		fu = "%"
	}
	if fu != gu && fu != "" && gu != "" {
		return false
	}
	p := f.Precision
	if p == 0 || (g.Precision != 0 && g.Precision < p) {
		p = g.Precision
	}
	if p == 0 {
		return a.Cmp(b) == 0
	}
	return roundSig(a, p).Cmp(roundSig(b, p)) == 0
}

// roundSig rounds r to n significant digits (half away from zero).
func roundSig(r *big.Rat, n int) *big.Rat {
	if r.Sign() == 0 {
		return new(big.Rat)
	}
	abs := new(big.Rat).Abs(r)
	// exp is the power of ten of the leading digit.
	exp := len(new(big.Int).Quo(abs.Num(), abs.Denom()).String()) - 1
	if abs.Cmp(big.NewRat(1, 1)) < 0 {
		exp = -1
		ten := big.NewRat(10, 1)
		for x := new(big.Rat).Mul(abs, ten); x.Cmp(big.NewRat(1, 1)) < 0; x.Mul(x, ten) {
			exp--
		}
	}
	shift := n - 1 - exp // multiply by 10^shift, round, divide back
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs10(shift))), nil))
	x := new(big.Rat).Set(abs)
	if shift >= 0 {
		x.Mul(x, scale)
	} else {
		x.Quo(x, scale)
	}
	// Round half up.
	x.Add(x, big.NewRat(1, 2))
	q := new(big.Int).Quo(x.Num(), x.Denom())
	out := new(big.Rat).SetInt(q)
	if shift >= 0 {
		out.Quo(out, scale)
	} else {
		out.Mul(out, scale)
	}
	if r.Sign() < 0 {
		out.Neg(out)
	}
	return out
}

func abs10(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// dateRange is a date value as a closed interval; zero fields are
// unknown.
type dateRange struct {
	lo, hi dpart
	lunar  bool
}

func parseDateValue(v string) (dateRange, bool) {
	var r dateRange
	if strings.HasPrefix(v, "lunar:") {
		r.lunar = true
		v = strings.TrimPrefix(v, "lunar:")
	}
	a, b, isRange := strings.Cut(v, "/")
	lo, ok := parseISO(a)
	if !ok {
		return r, false
	}
	hi := lo
	if isRange {
		if hi, ok = parseISO(b); !ok {
			return r, false
		}
	}
	r.lo, r.hi = lo, hi
	return r, true
}

// within reports whether interval a lies inside interval b. A missing
// year, or a missing month before a known day (---26), matches anything; a
// missing day or month after a known year or month (2019-12, 2019) spans
// the whole month or year.
func within(a, b dateRange) bool {
	return cmpBound(a.lo, b.lo, false) >= 0 && cmpBound(a.hi, b.hi, true) <= 0
}

func cmpBound(x, y dpart, hi bool) int {
	fill := func(v, lo, high int) int {
		if v != 0 {
			return v
		}
		if hi {
			return high
		}
		return lo
	}
	if x.y != 0 && y.y != 0 && x.y != y.y {
		return sign(x.y - y.y)
	}
	xWild := x.m == 0 && x.d != 0
	yWild := y.m == 0 && y.d != 0
	if !xWild && !yWild {
		if xm, ym := fill(x.m, 1, 12), fill(y.m, 1, 12); xm != ym {
			return sign(xm - ym)
		}
	}
	return sign(fill(x.d, 1, 31) - fill(y.d, 1, 31))
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func datesCompatible(v, w string) bool {
	if v == w {
		return true
	}
	a, ok1 := parseDateValue(v)
	b, ok2 := parseDateValue(w)
	if !ok1 || !ok2 || a.lunar != b.lunar {
		return false
	}
	return within(a, b) || within(b, a)
}

func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

func peopleCompatible(f, g Fact) bool {
	fk := append([]string{f.Value}, f.Variants...)
	gk := append([]string{g.Value}, g.Variants...)
	for _, a := range fk {
		for _, b := range gk {
			if a == "" || b == "" {
				continue
			}
			if a == b || wordsSubset(a, b) || wordsSubset(b, a) {
				return true
			}
		}
	}
	for _, pair := range [][2]Fact{{f, g}, {g, f}} {
		if hasHan(pair[0].Text) && !hasHan(pair[1].Text) {
			if lexicon.Match(pair[0].Text, pair[1].Text) >= 0.6 {
				return true
			}
		}
	}
	return false
}

// wordsSubset reports whether every word of a is a word of b ("macron" in
// "emmanuel macron"); ids ("person:…") only match exactly.
func wordsSubset(a, b string) bool {
	if strings.Contains(a, ":") || strings.Contains(b, ":") {
		return false
	}
	bw := map[string]bool{}
	for _, w := range strings.Fields(b) {
		bw[w] = true
	}
	aw := strings.Fields(a)
	if len(aw) == 0 {
		return false
	}
	for _, w := range aw {
		if !bw[w] {
			return false
		}
	}
	return true
}

// isParent reports whether the entry parent contains the entry child,
// directly or through its own parents.
func isParent(parent, child string) bool {
	seen := 0
	for e := lexicon.Lookup(child); e != nil && e.Parent != "" && seen < 8; e = lexicon.Lookup(e.Parent) {
		if e.Parent == parent {
			return true
		}
		seen++
	}
	return false
}
