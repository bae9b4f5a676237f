package extract

import (
	"math/big"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Numbers returns the numbers and quantities of s, a sentence in lang, in
// order of position. Each has Kind [Number], Value in plain decimal
// ("117000000", "0.75", "99.69"), Unit its unit class ("%", "ordinal",
// "person", "USD", …, see [Units]) or "", and Precision the number of
// significant digits written when the number was given with a multiplier
// (1.17亿, 91.6万, 3,5 millions), 0 when it is exact. Sentence is 0.
//
// It reads digits with any grouping convention (1,234.5; 1.234,5;
// 1 234,5 with ordinary, no-break or narrow no-break spaces), Chinese
// numerals and units (十 百 千 万 亿 万亿 两, mixed as in 1.17亿 or
// 41万5000), percentages (99.69%, 99,69 %, 百分之五十, 七成), fractions
// (四分之三, trois quarts), ordinals (第十六届, 16e, XIVe, 16th), money
// (1.1万亿越盾, 1 100 milliards de dôngs, US$5), the multipliers million,
// milliard and billion, and French or English number words (deux, trois …
// vingt, cent, mille; two … twenty). The lone words "un", "une", "one" and
// the lone numeral 一 are not numbers. Numbers that are part of a date or a
// time of day (2025年, 20 février, 10h30) are not returned; years are dates.
func Numbers(lang language.Tag, s string) []Fact {
	lk := kindOf(lang)
	ds := scanDates(s, lk)
	var cover []span
	for _, d := range ds {
		cover = append(cover, span{d.Start, d.End})
	}
	cover = append(cover, scanTimes(s, lk)...)
	var out []Fact
	for _, q := range scanNumbers(s, lk) {
		if overlapsAny(span{q.Start, q.End}, cover) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// Units lists the unit classes Numbers assigns, for documentation and
// checks: currencies by ISO 4217 code, "%" for percentages, "ordinal" for
// ranks, and physical or count classes.
var Units = []string{"%", "ordinal", "person", "country", "t", "kg", "km", "km/h", "m", "ha", "dose",
	"year", "month", "day", "hour", "MW", "USD", "EUR", "CNY", "VND", "JPY", "GBP", "KRW", "HKD", "AUD", "RUB"}

// arabic is a number written with digits.
type arabic struct {
	end     int
	val     *big.Rat
	digits  int // significant digits written (leading zeros excluded)
	integer bool
	plain   bool // no separator at all
	text    string
}

// digitRun returns the ASCII digits of the run of digits at byte i of s
// and its end.
func digitRun(s string, i int) (string, int) {
	// Fast path: ASCII digits are their own value.
	if i < 0 {
		return "", i
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if r, _ := runeAt(s, j); digitVal(r) < 0 {
		return s[i:j], j
	}
	var b strings.Builder
	for {
		r, w := runeAt(s, i)
		d := digitVal(r)
		if w == 0 || d < 0 {
			return b.String(), i
		}
		b.WriteByte(byte('0' + d))
		i += w
	}
}

func isGroupSpace(r rune) bool { return isSpace(r) || r == '\'' }

// scanArabic reads a number written with digits at byte i of s, deciding
// which separators group thousands and which marks the decimals.
func scanArabic(s string, i int, lk langKind) (arabic, bool) {
	g0, j := digitRun(s, i)
	if g0 == "" {
		return arabic{}, false
	}
	groups := []string{g0}
	ends := []int{j}
	var seps []rune
	for {
		r, w := runeAt(s, j)
		if w == 0 || !(r == ',' || r == '.' || isGroupSpace(r)) {
			break
		}
		g, k := digitRun(s, j+w)
		if g == "" {
			break
		}
		if isGroupSpace(r) {
			// A space groups only three digits after a short first group,
			// and only when no other separator came before.
			if len(g) != 3 || len(groups[0]) > 3 {
				break
			}
			ok := true
			for _, p := range seps {
				if !isGroupSpace(p) {
					ok = false
				}
			}
			if !ok {
				break
			}
		}
		seps = append(seps, r)
		groups = append(groups, g)
		ends = append(ends, k)
		j = k
	}
	// Decide the decimal separator.
	intPart, decPart := g0, ""
	n := len(groups)
	if n > 1 {
		last := seps[len(seps)-1]
		count := 0
		for _, p := range seps {
			if p == last {
				count++
			}
		}
		decimal := false
		switch {
		case isGroupSpace(last):
		case count == 1 && len(seps) > 1:
			decimal = true
		case count == 1:
			g1 := groups[1]
			if last == '.' {
				decimal = !(lk == langFr && len(g1) == 3)
			} else {
				decimal = lk == langFr || len(g1) != 3
			}
		}
		gend := n
		if decimal {
			gend = n - 1
		}
		// Thousands groups must be three digits after a first group of at
		// most three; otherwise keep only what is consistent.
		valid := gend == 1 || len(groups[0]) <= 3
		for k := 1; k < gend && valid; k++ {
			if len(groups[k]) != 3 {
				valid = false
			}
		}
		if !valid {
			// Keep the first group, and a decimal part if the single
			// separator reads as one.
			if len(seps) >= 1 && (seps[0] == '.' || seps[0] == ',') && !(len(seps) > 1 && seps[1] == seps[0]) {
				decPart = groups[1]
				j = ends[1]
			} else {
				j = ends[0]
			}
		} else {
			intPart = strings.Join(groups[:gend], "")
			if decimal {
				decPart = groups[n-1]
			}
			j = ends[n-1]
		}
	}
	lit := intPart
	if decPart != "" {
		lit += "." + decPart
	}
	v, ok := new(big.Rat).SetString(lit)
	if !ok {
		return arabic{}, false
	}
	sig := strings.TrimLeft(intPart+decPart, "0")
	return arabic{end: j, val: v, digits: len(sig), integer: decPart == "", plain: n == 1, text: s[i:j]}, true
}

// Chinese numerals.
func cnDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两', '兩':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

func cnUnit(r rune) int64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	case '万', '萬':
		return 10000
	case '亿', '億':
		return 100000000
	}
	return 0
}

// quantity is a parsed number before its unit.
type quantity struct {
	start, end int
	val        *big.Rat
	written    int  // significant digits written
	mult       bool // a multiplier (万, 亿, million …) applied
	cnOnly     bool // written with Chinese numerals only
	single     bool // one numeral character or word
}

type zseg struct {
	v    *big.Rat
	unit int64
}

// parseZh reads a Chinese number, possibly mixing digits and numerals
// (三千五百万, 1.17亿, 41万5000, 1万7000亿, 一百九十二亿三千一百一十六万).
func parseZh(s string, i int) (quantity, bool) {
	var segs []zseg
	var n *big.Rat
	cnRun := false // n is a string of Chinese digits (二〇一九)
	q := quantity{start: i, cnOnly: true}
	j := i
	chars := 0
	for {
		r, w := runeAt(s, j)
		if w == 0 {
			break
		}
		if isDigit(r) {
			if n != nil {
				break
			}
			a, ok := scanArabic(s, j, langZh)
			if !ok {
				break
			}
			n = a.val
			q.written += a.digits
			q.cnOnly = false
			j = a.end
			cnRun = false
			chars += 2
			// 560多万: "more than" before the unit.
			if r2, w2 := runeAt(s, j); r2 == '多' || r2 == '余' || r2 == '餘' {
				if r3, _ := runeAt(s, j+w2); cnUnit(r3) >= 100 {
					j += w2
				}
			}
			// VNA sometimes writes "1.56 亿".
			if k := skipSpaces(s, j); k != j {
				if r2, _ := runeAt(s, k); cnUnit(r2) >= 10000 {
					j = k
				}
			}
			continue
		}
		if d := cnDigit(r); d >= 0 {
			if n != nil {
				if cnRun && len(segs) == 0 {
					n = new(big.Rat).Add(new(big.Rat).Mul(n, big.NewRat(10, 1)), big.NewRat(int64(d), 1))
					if n.Sign() != 0 {
						q.written++
					}
					j += w
					chars++
					continue
				}
				break
			}
			n = big.NewRat(int64(d), 1)
			cnRun = true
			if d != 0 {
				q.written++
			}
			j += w
			chars++
			continue
		}
		if u := cnUnit(r); u > 0 {
			if cnRun && n != nil && len(segs) == 0 && n.Cmp(big.NewRat(10, 1)) >= 0 {
				break // 二〇一九 is a digit string; no unit after it
			}
			m := n
			if m == nil && u < 10000 {
				// 十 alone starts a number (十六) or follows a larger unit
				// (一百一十); 百 and 千 need a digit.
				if u != 10 || (len(segs) > 0 && segs[len(segs)-1].unit <= 10) {
					break
				}
				m = big.NewRat(1, 1)
			}
			if u < 10000 {
				segs = append(segs, zseg{new(big.Rat).Mul(m, big.NewRat(u, 1)), u})
				if !q.cnOnly {
					q.mult = true
				}
			} else {
				sum := new(big.Rat)
				if m != nil {
					sum.Set(m)
				}
				k := len(segs)
				for k > 0 && segs[k-1].unit < u {
					sum.Add(sum, segs[k-1].v)
					k--
				}
				if sum.Sign() == 0 {
					break
				}
				segs = append(segs[:k], zseg{sum.Mul(sum, big.NewRat(u, 1)), u})
				q.mult = true
			}
			n = nil
			cnRun = false
			j += w
			chars++
			continue
		}
		break
	}
	if j == i || (n == nil && len(segs) == 0) {
		return quantity{}, false
	}
	v := new(big.Rat)
	for _, g := range segs {
		v.Add(v, g.v)
	}
	if n != nil {
		v.Add(v, n)
	}
	q.end = j
	q.val = v
	q.single = chars == 1
	if q.end > i {
		// Trailing spaces eaten before a unit that did not come are not part
		// of the number.
		for {
			r, w := runeBefore(s, q.end)
			if w == 0 || !isSpace(r) {
				break
			}
			q.end -= w
		}
	}
	return q, true
}

// Latin multipliers and number words.
var (
	frMultipliers = []string{"milliards", "milliard", "millions", "million", "billions", "billion", "mille", "Mds", "Md"}
	frMultValues  = []int64{1e9, 1e9, 1e6, 1e6, 1e12, 1e12, 1e3, 1e9, 1e9}
	enMultipliers = []string{"trillions", "trillion", "billions", "billion", "millions", "million", "thousand", "bn", "mn"}
	enMultValues  = []int64{1e12, 1e12, 1e9, 1e9, 1e6, 1e6, 1e3, 1e9, 1e6}

	frWords = []string{"quatorze", "quarante", "cinquante", "soixante", "quatre", "treize", "quinze", "trente",
		"douze", "vingts", "vingt", "seize", "trois", "cents", "cent", "mille", "deux", "cinq", "sept", "huit", "neuf",
		"onze", "dix", "six"}
	frWordValues = []int64{14, 40, 50, 60, 4, 13, 15, 30, 12, 20, 20, 16, 3, 100, 100, 1000, 2, 5, 7, 8, 9, 11, 10, 6}
	enWords      = []string{"seventeen", "thirteen", "fourteen", "eighteen", "nineteen", "fifteen", "sixteen", "thousand",
		"hundred", "seventy", "twenty", "thirty", "eighty", "ninety", "eleven", "twelve", "forty", "fifty", "sixty",
		"three", "seven", "eight", "four", "five", "nine", "two", "six", "ten"}
	enWordValues = []int64{17, 13, 14, 18, 19, 15, 16, 1000, 100, 70, 20, 30, 80, 90, 11, 12, 40, 50, 60, 3, 7, 8, 4,
		5, 9, 2, 6, 10}
)

// parseWords reads French or English number words (vingt-deux, quatre-vingt-dix,
// trois cents, two hundred) at byte i of s.
func parseWords(s string, i int, lk langKind) (quantity, bool) {
	words, values := frWords, frWordValues
	if lk == langEn {
		words, values = enWords, enWordValues
	}
	if !wordStart(s, i) {
		return quantity{}, false
	}
	var total, cur int64
	last := int64(-1)
	j := i
	end := i
	count := 0
	for {
		k, e := matchWord(s, j, words)
		if k < 0 {
			break
		}
		v := values[k]
		switch {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case v == 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		case v == 20 && last == 4 && lk == langFr:
			cur += 76 // quatre-vingt
		default:
			cur += v
		}
		last = v
		count++
		end = e
		// Separators inside compound numbers.
		next := e
		if r, w := runeAt(s, next); r == '-' || r == ' ' {
			next += w
			if p, ok := hasPrefixFold(s, next, "et-"); ok && lk == langFr {
				next = p
			} else if p, ok := hasPrefixFold(s, next, "et "); ok && lk == langFr {
				next = p
			} else if p, ok := hasPrefixFold(s, next, "and "); ok && lk == langEn {
				next = p
			}
			if kk, _ := matchWord(s, next, words); kk >= 0 {
				j = next
				continue
			}
			// "one"/"un" only inside a compound: twenty-one, vingt et un.
			ones := []string{"un", "une"}
			if lk == langEn {
				ones = []string{"one"}
			}
			if kk, e1 := matchWord(s, next, ones); kk >= 0 && cur%10 == 0 && cur > 0 {
				cur++
				end = e1
			}
		}
		break
	}
	if count == 0 {
		return quantity{}, false
	}
	v := total + cur
	return quantity{start: i, end: end, val: big.NewRat(v, 1), single: count == 1}, true
}

var romanValues = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}

// parseRoman reads an upper-case Roman numeral at byte i of s and returns its
// value and end.
func parseRoman(s string, i int) (int, int) {
	j := i
	for j < len(s) && romanValues[s[j]] > 0 {
		j++
	}
	if j == i || j-i > 7 {
		return 0, i
	}
	total := 0
	for k := i; k < j; k++ {
		v := romanValues[s[k]]
		if k+1 < j && romanValues[s[k+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 {
		return 0, i
	}
	return total, j
}

// Ordinal and fraction words.
var (
	frOrdinalWords = []string{"deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
		"neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
		"vingtième", "trentième", "quarantième", "cinquantième", "soixantième", "centième"}
	frOrdinalValues = []int64{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 30, 40, 50, 60, 100}
	enOrdinalWords  = []string{"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "twentieth", "thirtieth",
		"fortieth", "fiftieth", "sixtieth", "hundredth"}
	enOrdinalValues = []int64{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 30, 40, 50, 60, 100}

	frFracNum   = []string{"un", "une", "deux", "trois", "quatre"}
	enFracNum   = []string{"one", "a", "two", "three", "four"}
	fracNumVals = []int64{1, 1, 2, 3, 4}
	frFracDen   = []string{"quarts", "quart", "tiers", "cinquièmes", "cinquième"}
	frFracDVals = []int64{4, 4, 3, 5, 5}
	enFracDen   = []string{"quarters", "quarter", "thirds", "third", "fifths", "fifth"}
	enFracDVals = []int64{4, 4, 3, 3, 5, 5}
)

// Unit tables: surface forms after a number, longest first within each
// table once sorted by init.
type unitForm struct{ form, unit string }

var zhUnits = sortForms([]unitForm{
	{"个国家", "country"}, {"個國家", "country"}, {"国家", "country"}, {"國家", "country"}, {"国", "country"}, {"國", "country"},
	{"人次", "person"}, {"人", "person"}, {"名", "person"}, {"位", "person"},
	{"公吨", "t"}, {"吨", "t"}, {"噸", "t"},
	{"公里/小时", "km/h"}, {"公里/小時", "km/h"}, {"公里", "km"}, {"千米", "km"}, {"公尺", "m"}, {"米", "m"},
	{"剂", "dose"}, {"劑", "dose"}, {"公顷", "ha"}, {"公頃", "ha"}, {"公斤", "kg"}, {"千克", "kg"}, {"兆瓦", "MW"},
	{"周年", "year"}, {"週年", "year"}, {"年", "year"}, {"岁", "year"}, {"歲", "year"},
	{"个月", "month"}, {"個月", "month"}, {"天", "day"}, {"小时", "hour"}, {"小時", "hour"},
	{"美元", "USD"}, {"欧元", "EUR"}, {"歐元", "EUR"}, {"越南盾", "VND"}, {"越盾", "VND"},
	{"人民币", "CNY"}, {"人民幣", "CNY"}, {"日元", "JPY"}, {"日圆", "JPY"}, {"日圓", "JPY"}, {"英镑", "GBP"}, {"英鎊", "GBP"},
	{"韩元", "KRW"}, {"韓元", "KRW"}, {"港元", "HKD"}, {"港币", "HKD"}, {"澳元", "AUD"}, {"卢布", "RUB"}, {"盧布", "RUB"},
	{"元", "CNY"}, {"%", "%"}, {"％", "%"},
})

var latinUnits = sortForms([]unitForm{
	{"personnes", "person"}, {"personne", "person"}, {"habitants", "person"}, {"morts", "person"}, {"décès", "person"},
	{"blessés", "person"}, {"victimes", "person"}, {"individus", "person"}, {"people", "person"}, {"persons", "person"},
	{"deaths", "person"}, {"dead", "person"}, {"injured", "person"}, {"inhabitants", "person"},
	{"tonnes", "t"}, {"tonne", "t"}, {"tons", "t"}, {"t", "t"},
	{"km/h", "km/h"}, {"kilomètres", "km"}, {"kilometres", "km"}, {"kilometers", "km"}, {"km", "km"},
	{"mètres", "m"}, {"metres", "m"}, {"meters", "m"}, {"m", "m"},
	{"doses", "dose"}, {"dose", "dose"}, {"hectares", "ha"}, {"ha", "ha"}, {"kg", "kg"}, {"kilogrammes", "kg"},
	{"MW", "MW"}, {"mégawatts", "MW"},
	{"ans", "year"}, {"années", "year"}, {"years", "year"}, {"mois", "month"}, {"months", "month"},
	{"jours", "day"}, {"days", "day"}, {"heures", "hour"}, {"hours", "hour"},
	{"pays", "country"}, {"countries", "country"}, {"nations", "country"},
	{"dollars américains", "USD"}, {"dollars US", "USD"}, {"dollars", "USD"}, {"USD", "USD"}, {"$", "USD"},
	{"euros", "EUR"}, {"euro", "EUR"}, {"EUR", "EUR"}, {"€", "EUR"},
	{"dôngs", "VND"}, {"dongs", "VND"}, {"dông", "VND"}, {"dong", "VND"}, {"đồng", "VND"}, {"VND", "VND"},
	{"yuans", "CNY"}, {"yuan", "CNY"}, {"CNY", "CNY"}, {"RMB", "CNY"}, {"yens", "JPY"}, {"yen", "JPY"}, {"JPY", "JPY"},
	{"wons", "KRW"}, {"roubles", "RUB"}, {"livres sterling", "GBP"},
	{"pour cent", "%"}, {"pourcent", "%"}, {"percent", "%"}, {"per cent", "%"}, {"%", "%"},
})

// latinUnitsAt indexes latinUnits, in order, by the unitKey of their
// first byte. A form can only match, ignoring case, where the text starts
// with the same ASCII letter in either case, the same other ASCII byte, or
// a non-ASCII rune when the form starts with one: no unit has a rune that
// folds across byte lengths (K and ſ fold to k and s).
var latinUnitsAt = func() [129][]int {
	var idx [129][]int
	for k, u := range latinUnits {
		idx[unitKey(u.form[0])] = append(idx[unitKey(u.form[0])], k)
	}
	return idx
}()

// unitKey is the index of byte c in latinUnitsAt: ASCII letters in lower
// case, other ASCII bytes as they are, non-ASCII bytes together at 128.
func unitKey(c byte) int {
	switch {
	case c >= utf8.RuneSelf:
		return 128
	case 'A' <= c && c <= 'Z':
		return int(c + 'a' - 'A')
	}
	return int(c)
}

// currency symbols and codes written before a number.
var prefixCurrencies = sortForms([]unitForm{
	{"US$", "USD"}, {"$", "USD"}, {"USD", "USD"}, {"€", "EUR"}, {"EUR", "EUR"}, {"VND", "VND"},
	{"人民币", "CNY"}, {"人民幣", "CNY"}, {"¥", "CNY"},
})

func sortForms(fs []unitForm) []unitForm {
	sort.SliceStable(fs, func(a, b int) bool { return len(fs[a].form) > len(fs[b].form) })
	return fs
}

// unitAfter finds a unit right after byte i of s: Chinese units glued to
// the number (after 多, 余 or 个), Latin ones after spaces and "de"/"d'".
func unitAfter(s string, i int, lk langKind) (string, int) {
	if lk == langZh {
		j := i
		if r, w := runeAt(s, j); r == '多' || r == '余' || r == '餘' || r == '来' {
			j += w
		}
		if k := skipSpaces(s, j); k != j {
			if r, _ := runeAt(s, k); r == '%' || r == '％' {
				j = k
			}
		}
		// "近 20 年": a space between the number and its unit.
		if k := skipSpaces(s, j); k > j && k-j <= 3 {
			if r, _ := runeAt(s, k); isHan(r) {
				j = k
			}
		}
		for _, u := range zhUnits {
			if strings.HasPrefix(s[j:], u.form) {
				return u.unit, j + len(u.form)
			}
		}
		if r, w := runeAt(s, j); r == '个' || r == '個' {
			for _, u := range zhUnits {
				if strings.HasPrefix(s[j+w:], u.form) && u.unit != "year" {
					return u.unit, j + w + len(u.form)
				}
			}
		}
		// Latin units glued or spaced in Chinese text (149 km/h, 5 %).
		lk = langEn
	}
	j := skipSpaces(s, i)
	// "30 dernières années", "the past 30 years" keep their unit past an
	// adjective.
	if j > i {
		if k, e := matchWord(s, j, []string{"dernières", "derniers", "prochaines", "prochains", "premières",
			"premiers", "last", "next", "first", "past"}); k >= 0 {
			if e2 := skipSpaces(s, e); e2 > e {
				if u, e3 := unitAfter(s, e, lk); u != "" && u != "%" {
					return u, e3
				}
			}
		}
	}
	try := func(j int) (string, int) {
		if j >= len(s) {
			return "", i
		}
		for _, k := range latinUnitsAt[unitKey(s[j])] {
			u := latinUnits[k]
			end, ok := hasPrefixFold(s, j, u.form)
			if !ok {
				continue
			}
			if len(u.form) <= 3 && s[j:end] != u.form {
				continue // short codes and symbols are case-sensitive: "m", "t", "ha", "MW"
			}
			last, _ := utf8.DecodeLastRuneInString(u.form)
			if isLetter(last) && !wordEnd(s, end) {
				continue
			}
			return u.unit, end
		}
		return "", i
	}
	if u, e := try(j); u != "" {
		return u, e
	}
	if lk == langFr && j > i || lk == langFr {
		for _, de := range []string{"de ", "d'", "d’"} {
			if e, ok := hasPrefixFold(s, j, de); ok {
				if u, e2 := try(e); u != "" && u != "%" {
					return u, e2
				}
			}
		}
	}
	return "", i
}

// scanNumbers finds all numbers in s, dates included (Numbers removes
// those).
func scanNumbers(s string, lk langKind) []Fact {
	var out []Fact
	i := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		if mayStartNumber(s, i, lk) {
			if f, end, ok := numberAt(s, i, lk); ok {
				out = append(out, f)
				i = end
				continue
			}
		}
		i += w
		// No number starts inside a run of letters and digits (A320, 5G).
		if isLetter(r) || isDigit(r) {
			for {
				r2, w2 := runeAt(s, i)
				if w2 == 0 || !(isLetter(r2) || isDigit(r2)) {
					break
				}
				i += w2
			}
		}
	}
	// A range (11-12, 103-133 km/h, 5至7吨) shares its unit.
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], &out[k+1]
		if a.Unit != "" || b.Unit == "" || b.Unit == "ordinal" {
			continue
		}
		between := strings.TrimSpace(s[a.End:b.Start])
		switch between {
		case "-", "–", "—", "至", "到", "~", "～", "à", "to":
			a.Unit = b.Unit
		}
	}
	return out
}

func numFact(s string, start, end int, v *big.Rat, unit string, prec int) Fact {
	return Fact{Kind: Number, Text: s[start:end], Value: ratString(v), Unit: unit, Start: start, End: end, Precision: prec}
}

// zhSkipWords are words that begin with a numeral but are not numbers.
var zhSkipWords = []string{"十分", "十足", "四川", "三亚", "九龙", "四周", "四处", "四方", "八方", "三角", "十字", "两岸",
	"三峡", "五金", "七夕", "九州", "一一", "万象", "千万", "百万富", "一些", "三农", "两会"}

// mayStartNumber reports whether a number can start at byte i of s: a
// digit, a currency before a number, a Chinese numeral or 第, 百分之, 一半
// in Chinese, a word in French and English.
func mayStartNumber(s string, i int, lk langKind) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		switch {
		case c >= '0' && c <= '9', c == '$', c == 'U', c == 'E', c == 'V':
			return true
		case lk != langZh && isLetter(rune(c)):
			return wordStart(s, i) && mayStartWordNumber(s, i, lk)
		}
		return false
	}
	r, _ := runeAt(s, i)
	switch {
	case isDigit(r), r == '€', r == '¥', r == '人':
		return true
	case lk == langZh:
		return cnDigit(r) >= 0 || r == '十' || r == '百' || r == '第'
	}
	return isLetter(r) && wordStart(s, i) && mayStartWordNumber(s, i, lk)
}

// mayStartWordNumber reports whether a number written in words may start
// at byte i of s, a word start: see [latinWordNumber].
func mayStartWordNumber(s string, i int, lk langKind) bool {
	if c := s[i]; lk == langFr && (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C') {
		return true // a Roman numeral: parseRoman
	}
	if lk == langEn {
		return enNumberStarts.at(s, i)
	}
	return frNumberStarts.at(s, i)
}

// numberAt tries to read a number starting at byte i of s.
func numberAt(s string, i int, lk langKind) (Fact, int, bool) {
	if !mayStartNumber(s, i, lk) {
		return Fact{}, 0, false
	}
	r, w := runeAt(s, i)
	prev, _ := runeBefore(s, i)
	// Prefix currencies.
	for _, c := range prefixCurrencies {
		if c.form[0] != s[i] {
			continue
		}
		if strings.HasPrefix(s[i:], c.form) {
			if isLetter(prev) || isDigit(prev) {
				break
			}
			j := skipSpaces(s, i+len(c.form))
			if r2, _ := runeAt(s, j); isDigit(r2) {
				if f, end, ok := numberAt(s, j, lk); ok && (f.Unit == "" || f.Unit == c.unit) {
					f.Unit = c.unit
					f.Start = i
					f.Text = s[i:end]
					return f, end, true
				}
			}
			break
		}
	}
	if lk == langZh {
		if strings.HasPrefix(s[i:], "一半") && !strings.HasPrefix(s[i:], "一半年") {
			end := i + len("一半")
			return numFact(s, i, end, big.NewRat(1, 2), "", 0), end, true
		}
		if strings.HasPrefix(s[i:], "百分之") {
			if q, ok := parseZh(s, i+len("百分之")); ok {
				return numFact(s, i, q.end, q.val, "%", precOf(q)), q.end, true
			}
		}
		if r == '第' {
			if q, ok := parseZh(s, i+w); ok {
				return numFact(s, i, q.end, q.val, "ordinal", 0), q.end, true
			}
		}
	}
	isStart := isDigit(r) || (lk == langZh && (cnDigit(r) >= 0 || r == '十'))
	if isStart && listMarker(s, i) {
		return Fact{}, 0, false
	}
	if isStart {
		if isDigit(r) && (isLetter(prev) || isDigit(prev)) {
			return Fact{}, 0, false
		}
		if isDigit(r) && prev == '-' {
			// A350-900: digits glued to letters before the hyphen.
			k := i - 1
			for {
				p2, w2 := runeBefore(s, k)
				if w2 == 0 || !isDigit(p2) {
					if isLetter(p2) && k < i-1 {
						return Fact{}, 0, false
					}
					break
				}
				k -= w2
			}
		}
		if lk == langZh {
			// 十数名, 数十人, 几百: approximate counts are not numbers.
			if (prev == '数' || prev == '數' || prev == '几' || prev == '幾') && r == '十' {
				return Fact{}, 0, false
			}
		}
		if isDigit(r) && (prev == '-' || prev == '/' || prev == '_' || prev == '=' || prev == '#' || prev == '.') {
			if p2, _ := runeBefore(s, i-1); isLetter(p2) || (isDigit(p2) && prev == '.') || prev == '/' || prev == '_' || prev == '=' || prev == '#' {
				return Fact{}, 0, false
			}
		}
		var q quantity
		var ok bool
		if lk == langZh {
			for _, sw := range zhSkipWords {
				if strings.HasPrefix(s[i:], sw) {
					return Fact{}, 0, false
				}
			}
			q, ok = parseZh(s, i)
			if nr, _ := runeAt(s, q.end); ok && (nr == '数' || nr == '數' || nr == '几' || nr == '幾') {
				return Fact{}, 0, false
			}
		} else {
			var a arabic
			a, ok = scanArabic(s, i, lk)
			q = quantity{start: i, end: a.end, val: a.val, written: a.digits}
		}
		if !ok {
			return Fact{}, 0, false
		}
		// Identifiers: 5G, A320, 88/CD-TTg.
		if nr, nw := runeAt(s, q.end); isDigit(r) && nw > 0 && nr == '/' {
			if r3, _ := runeAt(s, q.end+nw); isLetter(r3) {
				return Fact{}, 0, false
			}
		}
		if lk != langZh {
			if f, end, ok := latinOrdinal(s, q, lk); ok {
				return f, end, true
			}
		}
		if lk == langZh {
			// Fractions: 四分之三.
			if strings.HasPrefix(s[q.end:], "分之") {
				if q2, ok := parseZh(s, q.end+len("分之")); ok && q.val.Sign() != 0 {
					v := new(big.Rat).Quo(q2.val, q.val)
					return numFact(s, i, q2.end, v, "", 0), q2.end, true
				}
			}
			// 七成: seven tenths, as a percentage.
			if nr, nw := runeAt(s, q.end); nr == '成' && q.cnOnly && q.val.Cmp(big.NewRat(10, 1)) <= 0 {
				if after, _ := runeAt(s, q.end+nw); !strings.ContainsRune("为為立功果本员員就熟长長效交都型绩績分品年事色", after) {
					v := new(big.Rat).Mul(q.val, big.NewRat(10, 1))
					return numFact(s, i, q.end+nw, v, "%", 0), q.end + nw, true
				}
			}
			// 越共十四大: the 14th congress.
			if nr, nw := runeAt(s, q.end); nr == '大' && (prev == '共' || prev == '党' || prev == '黨') {
				return numFact(s, i, q.end+nw, q.val, "ordinal", 0), q.end + nw, true
			}
			// A lone 一 is an article, not a number.
			if q.single && q.val.Cmp(big.NewRat(1, 1)) == 0 && q.cnOnly {
				return Fact{}, 0, false
			}
		} else {
			q = latinMultiplier(s, q, lk)
		}
		// Glued Latin letters make an identifier (5G, 3D), unless a unit.
		unit, end := unitAfter(s, q.end, lk)
		if unit == "" && isDigit(r) {
			if nr, _ := runeAt(s, q.end); isLetter(nr) {
				return Fact{}, 0, false
			}
		}
		if unit == "" {
			end = q.end
		}
		return numFact(s, i, end, q.val, unit, precOf(q)), end, true
	}
	if lk != langZh && isLetter(r) && wordStart(s, i) {
		return latinWordNumber(s, i, lk)
	}
	return Fact{}, 0, false
}

func precOf(q quantity) int {
	if !q.mult {
		return 0
	}
	if q.written == 0 {
		return 1
	}
	return q.written
}

// latinMultiplier applies "millions", "milliards" … after a number.
func latinMultiplier(s string, q quantity, lk langKind) quantity {
	words, values := frMultipliers, frMultValues
	if lk == langEn {
		words, values = enMultipliers, enMultValues
	}
	j := skipSpaces(s, q.end)
	if j == q.end && lk != langEn {
		// "3Mds" is rare; require the space in French.
		return q
	}
	if k, e := matchWord(s, j, words); k >= 0 {
		if words[k] == "mille" && q.mult {
			return q
		}
		q.val = new(big.Rat).Mul(q.val, big.NewRat(values[k], 1))
		q.end = e
		q.mult = true
	}
	return q
}

// latinOrdinal reads 16e, 1er, 14ᵉ, 16th after the digits of q.
func latinOrdinal(s string, q quantity, lk langKind) (Fact, int, bool) {
	var sufs []string
	if lk == langFr {
		sufs = []string{"ème", "eme", "ère", "ᵉʳ", "ᵉ", "er", "re", "e", "è"}
	} else {
		sufs = []string{"th", "st", "nd", "rd"}
	}
	if !q.val.IsInt() {
		return Fact{}, 0, false
	}
	for _, sf := range sufs {
		if strings.HasPrefix(s[q.end:], sf) && wordEnd(s, q.end+len(sf)) {
			end := q.end + len(sf)
			return numFact(s, q.start, end, q.val, "ordinal", 0), end, true
		}
	}
	// "95 e anniversaire": a stray space before the suffix, then a word.
	if lk == langFr && strings.HasPrefix(s[q.end:], " ") && q.val.Cmp(big.NewRat(1000, 1)) < 0 {
		for _, sf := range []string{"e ", "ème ", "ᵉ "} {
			if k := q.end + 1; strings.HasPrefix(s[k:], sf) {
				if r, _ := runeAt(s, k+len(sf)); unicode.IsLower(r) {
					end := k + len(sf) - 1
					return numFact(s, q.start, end, q.val, "ordinal", 0), end, true
				}
			}
		}
	}
	return Fact{}, 0, false
}

// The words a French or English number written in words may start with;
// French Roman ordinals start with I, V, X, L or C.
var (
	frNumberStarts = newWordSet(frFracNum, []string{"la moitié"}, frOrdinalWords, frWords)
	enNumberStarts = newWordSet(enFracNum, enOrdinalWords, enWords)
)

// latinWordNumber reads number words, ordinal words, fractions and Roman
// ordinals at the word starting at byte i of s.
func latinWordNumber(s string, i int, lk langKind) (Fact, int, bool) {
	if !mayStartWordNumber(s, i, lk) {
		return Fact{}, 0, false
	}
	// Fractions: trois quarts, two thirds, la moitié.
	nums, dens, dvals := frFracNum, frFracDen, frFracDVals
	if lk == langEn {
		nums, dens, dvals = enFracNum, enFracDen, enFracDVals
	}
	if k, e := matchWord(s, i, nums); k >= 0 {
		if r, w := runeAt(s, e); r == ' ' || r == '-' {
			if d, e2 := matchWord(s, e+w, dens); d >= 0 {
				v := big.NewRat(fracNumVals[k], dvals[d])
				return numFact(s, i, e2, v, "", 0), e2, true
			}
		}
	}
	if lk == langFr {
		if e, ok := hasPrefixFold(s, i, "la moitié"); ok && wordEnd(s, e) {
			return numFact(s, i, e, big.NewRat(1, 2), "", 0), e, true
		}
	}
	// Roman ordinals: XIVe Congrès, XIIIe, Ier.
	if lk == langFr {
		if v, e := parseRoman(s, i); v > 0 && (e-i > 1 || v == 1 || v == 5 || v == 10) {
			for _, sf := range []string{"ème", "ᵉ", "er", "e"} {
				if strings.HasPrefix(s[e:], sf) && wordEnd(s, e+len(sf)) {
					end := e + len(sf)
					return numFact(s, i, end, big.NewRat(int64(v), 1), "ordinal", 0), end, true
				}
			}
		}
	}
	// Ordinal words.
	ow, ov := frOrdinalWords, frOrdinalValues
	if lk == langEn {
		ow, ov = enOrdinalWords, enOrdinalValues
	}
	if k, e := matchWord(s, i, ow); k >= 0 {
		return numFact(s, i, e, big.NewRat(ov[k], 1), "ordinal", 0), e, true
	}
	q, ok := parseWords(s, i, lk)
	if !ok {
		return Fact{}, 0, false
	}
	// A capitalised number word inside a sentence is a name ("le Onze
	// vietnamien", the national team).
	if r, _ := runeAt(s, i); unicode.IsUpper(r) && !sentenceStart(s, i) {
		return Fact{}, 0, false
	}
	// "cent" after "pour" is part of "pour cent".
	q = latinMultiplier(s, q, lk)
	unit, end := unitAfter(s, q.end, lk)
	if unit == "" {
		end = q.end
	}
	return numFact(s, i, end, q.val, unit, precOf(q)), end, true
}

// sentenceStart reports whether only spaces, quotes, dashes or opening
// brackets come before byte i of s since the start or the last sentence
// punctuation.
func sentenceStart(s string, i int) bool {
	for i > 0 {
		r, w := runeBefore(s, i)
		switch {
		case isSpace(r) || strings.ContainsRune("«»\"'“”‘’-–—(（[>", r):
			i -= w
		case strings.ContainsRune(".!?:;。！？：；", r):
			return true
		default:
			return false
		}
	}
	return true
}

// listMarker reports whether the number at byte i is an enumeration
// marker at the start of a sentence: "(1) Élection …", "2) …", "3. …".
func listMarker(s string, i int) bool {
	open, w := runeBefore(s, i)
	start := i
	if open == '(' || open == '（' {
		start = i - w
	}
	if !sentenceStart(s, start) || (start == i && i > 0 && !isSpace(open)) {
		return false
	}
	_, e := digitRun(s, i)
	if e-i > 2 || e == i {
		return false
	}
	r, _ := runeAt(s, e)
	if start < i {
		return r == ')' || r == '）'
	}
	return r == ')' || r == '）'
}
