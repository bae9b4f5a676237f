package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Dates returns the dates and date ranges of s, a sentence in lang, in
// order of position, with Kind [Date] and Sentence 0. The year is not
// inferred: use [Document] for that.
//
// Value is ISO 8601, partial when the text is:
//
//	2019-02-20      a full date
//	--02-20         month and day, year unknown
//	---03           a day alone (昨(3)日, 26日)
//	2019-12, --12   a month
//	2025            a year
//	--02-18/--02-20 a range (8月5日至7日, du 18 au 20 février)
//	2026/2031       a span of years (2026—2031年, 2026-2031)
//	lunar:--01-01   a lunar-calendar date (农历大年初一), never converted
//
// A time of day given with the date (上午, dans la matinée du, 10时30分)
// goes to Time and is not part of Value. Weekday names alone are not dates.
// Chinese forms: 2019年2月20日, 2024 年 9 月 7 日, 2月20日, 20号, 3月,
// 2025年, 8月5日至7日, 2月18日至20日, 2026—2031年, 农历正月初一, 大年初一.
// French and English forms: le 20 février, 20 février 2019, 1er mars,
// du 18 au 20 février, samedi 22 novembre, décembre 1986, en 2025,
// February 20, 20 February 2019, Feb. 20, March 1st, from 5 to 7 August,
// 2019-02-20. A four-digit number from 1900 to 2100 standing alone is
// a year unless a unit follows (2000 personnes).
func Dates(lang language.Tag, s string) []Fact {
	return scanDates(s, kindOf(lang))
}

// dpart is a possibly partial date; 0 means unknown.
type dpart struct{ y, m, d int }

func (p dpart) iso() string {
	switch {
	case p.y > 0 && p.m > 0 && p.d > 0:
		return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	case p.y > 0 && p.m > 0:
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	case p.y > 0:
		return fmt.Sprintf("%04d", p.y)
	case p.m > 0 && p.d > 0:
		return fmt.Sprintf("--%02d-%02d", p.m, p.d)
	case p.m > 0:
		return fmt.Sprintf("--%02d", p.m)
	case p.d > 0:
		return fmt.Sprintf("---%02d", p.d)
	}
	return ""
}

var monthDays = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func (p dpart) valid() bool {
	if p.y != 0 && (p.y < 1000 || p.y > 2999) {
		return false
	}
	if p.m < 0 || p.m > 12 || p.d < 0 || p.d > 31 {
		return false
	}
	if p.m > 0 && p.d > monthDays[p.m] {
		return false
	}
	return p != dpart{}
}

// fill completes the missing higher fields of p from q (the other end of a
// range): the year and month of "18" in "du 18 au 20 février 2019".
func (p dpart) fill(q dpart) dpart {
	if p.m == 0 && p.d > 0 && q.m > 0 {
		p.m = q.m
	}
	if p.y == 0 && (p.m > 0 || p.d > 0) && q.y > 0 {
		p.y = q.y
	}
	return p
}

func rangeValue(a, b dpart) string {
	a, b = a.fill(b), b.fill(a)
	if a == b {
		return a.iso()
	}
	return a.iso() + "/" + b.iso()
}

func dateFact(s string, start, end int, value, tod string) Fact {
	return Fact{Kind: Date, Text: s[start:end], Value: value, Start: start, End: end, Time: tod}
}

func scanDates(s string, lk langKind) []Fact {
	var out []Fact
	i := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		if mayStartDate(s, i, r, lk) {
			var f Fact
			var end int
			var ok bool
			f, end, ok = isoDateAt(s, i)
			if !ok && lk == langZh {
				f, end, ok = zhDateAt(s, i)
			} else if !ok {
				f, end, ok = latinDateAt(s, i, lk)
			}
			if ok {
				out = append(out, f)
				i = end
				continue
			}
		}
		// Skip the rest of a digit run or word so that dates are found at
		// word starts only.
		i += w
		if isDigit(r) || isLetter(r) {
			for {
				r2, w2 := runeAt(s, i)
				if w2 == 0 || !(isDigit(r2) || (isLetter(r2) && isLetter(r))) {
					break
				}
				i += w2
			}
		}
	}
	return out
}

// mayStartDate reports whether a date may start at byte i of s, where r
// is: a digit, a Chinese numeral, a parenthesis (（3）日) or a lunar
// calendar word (农历, 大年, 正月, 腊月, 冬月) in Chinese, a digit or one of
// [latinDateStarts] in French and English.
func mayStartDate(s string, i int, r rune, lk langKind) bool {
	if isDigit(r) {
		return true
	}
	if lk == langZh {
		return cnDigit(r) >= 0 || r == '十' || r == '(' || r == '（' || strings.ContainsRune("农農阴陰大正腊臘冬", r)
	}
	return isLetter(r) && latinDateStarts.at(s, i)
}

// readInt reads 1 to max ASCII or full-width digits at byte i of s and
// fails when more digits follow.
func readInt(s string, i, max int) (int, int, bool) {
	g, j := digitRun(s, i)
	if g == "" || len(g) > max {
		return 0, i, false
	}
	v := 0
	for _, c := range g {
		v = v*10 + int(c-'0')
	}
	return v, j, true
}

// isoDateAt reads 2019-02-20 or 2019/02/20.
func isoDateAt(s string, i int) (Fact, int, bool) {
	if r, _ := runeAt(s, i); !isDigit(r) || !wordStart(s, i) {
		return Fact{}, 0, false
	}
	y, j, ok := readInt(s, i, 4)
	if !ok || j-i != 4 {
		return Fact{}, 0, false
	}
	sep, w := runeAt(s, j)
	if sep != '-' && sep != '/' && sep != '.' {
		return Fact{}, 0, false
	}
	m, k, ok := readInt(s, j+w, 2)
	if !ok {
		return Fact{}, 0, false
	}
	if r, w2 := runeAt(s, k); r == sep {
		d, e, ok := readInt(s, k+w2, 2)
		p := dpart{y, m, d}
		if ok && p.valid() && wordEnd(s, e) {
			return dateFact(s, i, e, p.iso(), ""), e, true
		}
	}
	return Fact{}, 0, false
}

// Chinese dates.

// zhNum reads a small number written with digits or Chinese numerals for a
// month or a day; max bounds the digits.
func zhNum(s string, i int) (int, int, bool) {
	r, _ := runeAt(s, i)
	if isDigit(r) {
		return readInt(s, i, 4)
	}
	if cnDigit(r) >= 0 || r == '十' || r == '廿' {
		if r == '廿' {
			v, j, ok := zhNum(s, i+len("廿"))
			if !ok {
				return 20, i + len("廿"), true
			}
			return 20 + v, j, true
		}
		q, ok := parseZh(s, i)
		if !ok || !q.cnOnly || !q.val.IsInt() || q.val.Num().BitLen() > 16 {
			return 0, i, false
		}
		return int(q.val.Num().Int64()), q.end, true
	}
	return 0, i, false
}

// zhPart reads [Y年][M月][D日] at byte i. It returns what was read and
// which fields were present.
func zhPart(s string, i int) (dpart, int, bool) {
	var p dpart
	j := i
	// Year: four digits (or four Chinese digits) then 年.
	if v, e, ok := zhNum(s, j); ok && e-j >= 4 {
		if k := skipSpaces(s, e); strings.HasPrefix(s[k:], "年") && v >= 1000 && v <= 2999 {
			p.y = v
			j = k + len("年")
			j2 := skipSpaces(s, j)
			if _, _, ok := zhNum(s, j2); ok {
				j = j2
			}
		}
	}
	// Month.
	if v, e, ok := zhNum(s, j); ok && v >= 1 && v <= 12 {
		if k := skipSpaces(s, e); strings.HasPrefix(s[k:], "月") {
			p.m = v
			j = k + len("月")
			j2 := skipSpaces(s, j)
			if _, _, ok := zhNum(s, j2); ok {
				j = j2
			} else if strings.HasPrefix(s[j:], "份") {
				j += len("份")
			}
		}
	}
	// Day, only after a month (a bare day is handled by the caller).
	if p.m > 0 {
		if v, e, ok := zhNum(s, j); ok && v >= 1 && v <= 31 {
			k := skipSpaces(s, e)
			for _, suf := range []string{"日", "号", "號"} {
				if strings.HasPrefix(s[k:], suf) {
					p.d = v
					j = k + len(suf)
					break
				}
			}
		}
	}
	// Trailing spaces eaten after 年 or 月 are not ours.
	for {
		r, w := runeBefore(s, j)
		if w == 0 || !isSpace(r) || j <= i {
			break
		}
		j -= w
	}
	if (p == dpart{}) || !p.valid() {
		return dpart{}, i, false
	}
	return p, j, true
}

// zhDay reads a day alone: 26日, (3)日, （3）日.
func zhDay(s string, i int) (dpart, int, bool) {
	j := i
	paren := false
	if r, w := runeAt(s, j); r == '(' || r == '（' {
		j += w
		paren = true
	}
	v, e, ok := readInt(s, j, 2)
	if !ok || v < 1 || v > 31 {
		return dpart{}, i, false
	}
	if paren {
		r, w := runeAt(s, e)
		if r != ')' && r != '）' {
			return dpart{}, i, false
		}
		e += w
	}
	for _, suf := range []string{"日", "号", "號"} {
		if strings.HasPrefix(s[e:], suf) {
			end := e + len(suf)
			next, _ := runeAt(s, end)
			if strings.ContainsRune("内內游间間", next) || strings.HasPrefix(s[end:], "以内") || strings.HasPrefix(s[end:], "之内") {
				return dpart{}, i, false
			}
			return dpart{d: v}, end, true
		}
	}
	return dpart{}, i, false
}

var zhRangeSeps = []string{"至", "到", "-", "—", "–", "~", "～", "〜", "－"}

var zhTimeWords = []struct{ w, t string }{
	{"上午", "morning"}, {"早上", "morning"}, {"早晨", "morning"}, {"清晨", "morning"}, {"凌晨", "night"},
	{"中午", "noon"}, {"下午", "afternoon"}, {"傍晚", "evening"}, {"晚上", "evening"}, {"晚间", "evening"},
	{"晚間", "evening"}, {"夜间", "night"}, {"夜間", "night"}, {"晚", "evening"},
}

// zhTimeAfter reads an optional weekday and time of day after a Chinese
// date.
func zhTimeAfter(s string, j int) (string, int) {
	// (星期三), 星期三, 周三
	k := j
	if r, w := runeAt(s, k); r == '(' || r == '（' {
		k += w
	}
	for _, p := range []string{"星期", "周", "週", "礼拜"} {
		if strings.HasPrefix(s[k:], p) {
			r, w := runeAt(s, k+len(p))
			if cnDigit(r) >= 1 || r == '日' || r == '天' {
				k += len(p) + w
				if r2, w2 := runeAt(s, k); r2 == ')' || r2 == '）' {
					k += w2
				}
				j = k
			}
			break
		}
	}
	tod := ""
	for _, t := range zhTimeWords {
		if strings.HasPrefix(s[j:], t.w) {
			tod = t.t
			j += len(t.w)
			break
		}
	}
	if sp, ok := zhClock(s, j); ok {
		tod = s[j:sp.end]
		tod = clockValue(tod)
		j = sp.end
	}
	return tod, j
}

// zhClock reads 10时30分, 10点, 10:30.
func zhClock(s string, i int) (span, bool) {
	h, j, ok := readInt(s, i, 2)
	if !ok || h > 24 {
		return span{}, false
	}
	if r, w := runeAt(s, j); r == ':' {
		if _, e, ok := readInt(s, j+w, 2); ok && e-(j+w) == 2 {
			return span{i, e}, true
		}
		return span{}, false
	}
	for _, u := range []string{"时", "時", "点", "點"} {
		if strings.HasPrefix(s[j:], u) {
			e := j + len(u)
			if m, e2, ok := readInt(s, e, 2); ok && m < 60 && strings.HasPrefix(s[e2:], "分") {
				e = e2 + len("分")
			} else if strings.HasPrefix(s[e:], "半") {
				e += len("半")
			}
			return span{i, e}, true
		}
	}
	return span{}, false
}

// clockValue turns a clock text into "HH:MM".
func clockValue(t string) string {
	var h, m int
	var digits []int
	cur := -1
	for _, r := range t {
		if d := digitVal(r); d >= 0 {
			if cur < 0 {
				cur = 0
			}
			cur = cur*10 + d
		} else if cur >= 0 {
			digits = append(digits, cur)
			cur = -1
		}
		if r == '半' {
			digits = append(digits, 30)
		}
	}
	if cur >= 0 {
		digits = append(digits, cur)
	}
	if len(digits) > 0 {
		h = digits[0]
	}
	if len(digits) > 1 {
		m = digits[1]
	}
	return fmt.Sprintf("%02d:%02d", h, m)
}

func zhDateAt(s string, i int) (Fact, int, bool) {
	r, _ := runeAt(s, i)
	if !mayStartDate(s, i, r, langZh) {
		return Fact{}, 0, false
	}
	prev, _ := runeBefore(s, i)
	if isDigit(prev) {
		return Fact{}, 0, false
	}
	if f, end, ok := zhLunarAt(s, i); ok {
		return f, end, true
	}
	if !(isDigit(r) || cnDigit(r) >= 0 || r == '十' || r == '(' || r == '（') {
		return Fact{}, 0, false
	}
	// Year spans: 2026—2031年, 2021-2025年.
	if y1, e, ok := readInt(s, i, 4); ok && e-i == 4 {
		for _, sep := range zhRangeSeps {
			k := skipSpaces(s, e)
			if strings.HasPrefix(s[k:], sep) {
				k = skipSpaces(s, k+len(sep))
				if y2, e2, ok := readInt(s, k, 4); ok && e2-k == 4 && y2 > y1 && y2-y1 < 100 && y1 >= 1000 {
					k2 := skipSpaces(s, e2)
					if strings.HasPrefix(s[k2:], "年") {
						end := k2 + len("年")
						return dateFact(s, i, end, fmt.Sprintf("%04d/%04d", y1, y2), ""), end, true
					}
					// (1973-2023): a span of plausible years without 年.
					if next, _ := runeAt(s, e2); y1 >= 1900 && y2 <= 2100 && !isDigit(next) && !strings.HasPrefix(s[e2:], "年") {
						return dateFact(s, i, e2, fmt.Sprintf("%04d/%04d", y1, y2), ""), e2, true
					}
				}
			}
		}
	}
	a, j, ok := zhPart(s, i)
	if !ok {
		a, j, ok = zhDay(s, i)
		if !ok {
			return Fact{}, 0, false
		}
	}
	// A month alone written with Chinese numerals (三月) is kept only when
	// it is not a word like 一月 in names; a year-less, day-less Chinese
	// numeral month is rare enough to accept.
	value := a.iso()
	end := j
	// Ranges.
	for _, sep := range zhRangeSeps {
		k := skipSpaces(s, j)
		if !strings.HasPrefix(s[k:], sep) {
			continue
		}
		k = skipSpaces(s, k+len(sep))
		b, e, ok := zhPart(s, k)
		if !ok {
			b, e, ok = zhDay(s, k)
		}
		if !ok {
			break
		}
		// The second end may not be coarser than needed: 2月18日至20日,
		// 8月5日至9月7日, 2019年至2020年.
		if (a.d > 0) != (b.d > 0) || (b.y > 0 && a.y == 0) {
			break
		}
		value = rangeValue(a, b)
		end = e
		break
	}
	// A day alone followed by a range separator and no second end is
	// still a day.
	tod, end2 := zhTimeAfter(s, end)
	if a.d == 0 && tod != "" {
		// 3月上午 makes no sense; keep the month without the time.
		tod, end2 = "", end
	}
	return dateFact(s, i, end2, value, tod), end2, true
}

// zhLunarAt reads 农历大年初一, 大年初一, 正月初一, 正月十五, 农历八月十五,
// 腊月二十三.
func zhLunarAt(s string, i int) (Fact, int, bool) {
	j := i
	lunar := false
	for _, p := range []string{"农历", "農曆", "阴历", "陰曆"} {
		if strings.HasPrefix(s[j:], p) {
			j += len(p)
			lunar = true
			break
		}
	}
	m := 0
	switch {
	case strings.HasPrefix(s[j:], "大年"):
		m = 1
		j += len("大年")
		if !strings.HasPrefix(s[j:], "初") && !strings.HasPrefix(s[j:], "三十") {
			return Fact{}, 0, false
		}
		if strings.HasPrefix(s[j:], "三十") {
			end := j + len("三十")
			return dateFact(s, i, end, "lunar:--12-30", ""), end, true
		}
	case strings.HasPrefix(s[j:], "正月"):
		m, j = 1, j+len("正月")
	case strings.HasPrefix(s[j:], "腊月"), strings.HasPrefix(s[j:], "臘月"):
		m, j = 12, j+len("腊月")
	case strings.HasPrefix(s[j:], "冬月"):
		m, j = 11, j+len("冬月")
	case lunar:
		v, e, ok := zhNum(s, j)
		if !ok || v < 1 || v > 12 || !strings.HasPrefix(s[e:], "月") {
			return Fact{}, 0, false
		}
		m, j = v, e+len("月")
	default:
		return Fact{}, 0, false
	}
	d := 0
	if strings.HasPrefix(s[j:], "初") {
		v, e, ok := zhNum(s, j+len("初"))
		if ok && v >= 1 && v <= 10 {
			d, j = v, e
		}
	} else if v, e, ok := zhNum(s, j); ok && v >= 1 && v <= 30 {
		d, j = v, e
		if strings.HasPrefix(s[j:], "日") {
			j += len("日")
		}
	}
	if d == 0 && !lunar {
		return Fact{}, 0, false
	}
	p := dpart{m: m, d: d}
	tod, end := zhTimeAfter(s, j)
	if d == 0 {
		tod, end = "", j
	}
	return dateFact(s, i, end, "lunar:"+p.iso(), tod), end, true
}

// French and English dates.

var (
	frMonths = []string{"janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
		"septembre", "octobre", "novembre", "décembre", "decembre",
		"janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc."}
	frMonthNums = []int{1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12, 1, 2, 2, 4, 7, 9, 10, 11, 12}
	enMonths    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.",
		"Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"}
	enMonthNums = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7,
		8, 9, 9, 10, 11, 12}
	frWeekdays = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
	enWeekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// monthAt reads a month name at byte i of s. English month names must be
// capitalised ("may" is a verb).
func monthAt(s string, i int, lk langKind) (int, int, bool) {
	if !wordStart(s, i) {
		return 0, i, false
	}
	if lk == langEn {
		for k, mname := range enMonths {
			if strings.HasPrefix(s[i:], mname) {
				e := i + len(mname)
				if strings.HasSuffix(mname, ".") || wordEnd(s, e) {
					return enMonthNums[k], e, true
				}
			}
		}
		return 0, i, false
	}
	for k, mname := range frMonths {
		if e, ok := hasPrefixFold(s, i, mname); ok && (strings.HasSuffix(mname, ".") || wordEnd(s, e)) {
			return frMonthNums[k], e, true
		}
	}
	return 0, i, false
}

// dayAt reads a day of month: 20, 1er, 1st, 22nd.
func dayAt(s string, i int, lk langKind) (int, int, bool) {
	if !wordStart(s, i) {
		return 0, i, false
	}
	v, e, ok := readInt(s, i, 2)
	if !ok || v < 1 || v > 31 {
		return 0, i, false
	}
	sufs := []string{"er", "ᵉʳ"}
	if lk == langEn {
		sufs = []string{"st", "nd", "rd", "th"}
	}
	for _, sf := range sufs {
		if strings.HasPrefix(s[e:], sf) && wordEnd(s, e+len(sf)) {
			return v, e + len(sf), true
		}
	}
	if !wordEnd(s, e) {
		return 0, i, false
	}
	// A day is not followed by a decimal or group separator and digits.
	if r, w := runeAt(s, e); r == ',' || r == '.' || r == ':' {
		if r2, _ := runeAt(s, e+w); isDigit(r2) {
			return 0, i, false
		}
	}
	return v, e, true
}

// yearAt reads an optional " 2019" (or, in English, ", 2019") after a
// date.
func yearAt(s string, i int, lk langKind) (int, int, bool) {
	j := i
	if r, w := runeAt(s, j); r == ',' && lk == langEn {
		j += w
	}
	k := skipSpaces(s, j)
	if k == j && k == i {
		return 0, i, false
	}
	v, e, ok := readInt(s, k, 4)
	if !ok || e-k != 4 || v < 1000 || !wordEnd(s, e) {
		return 0, i, false
	}
	if r, w := runeAt(s, e); r == ',' || r == '.' {
		if r2, _ := runeAt(s, e+w); isDigit(r2) {
			return 0, i, false
		}
	}
	return v, e, true
}

// wordsAt matches one of the words (case-insensitive, whole word) followed
// by a space, returning the offset after the space.
func wordsAt(s string, i int, words ...string) (int, bool) {
	for _, w := range words {
		if e, ok := hasPrefixFold(s, i, w); ok {
			last, _ := utf8.DecodeLastRuneInString(w)
			if !isLetter(last) || wordEnd(s, e) {
				return e, true
			}
		}
	}
	return i, false
}

// dayMonth reads "20 février [2019]" / "20 February [2019]" or, in
// English, "February 20[, 2019]" at byte i.
func dayMonth(s string, i int, lk langKind) (dpart, int, bool) {
	if d, e, ok := dayAt(s, i, lk); ok {
		k := skipSpaces(s, e)
		if k > e {
			if m, e2, ok := monthAt(s, k, lk); ok {
				p := dpart{m: m, d: d}
				if y, e3, ok := yearAt(s, e2, lk); ok {
					p.y = y
					e2 = e3
				}
				if p.valid() {
					return p, e2, true
				}
			}
		}
	}
	if lk == langEn {
		if m, e, ok := monthAt(s, i, lk); ok {
			k := skipSpaces(s, e)
			if d, e2, ok := dayAt(s, k, lk); ok && k > e {
				p := dpart{m: m, d: d}
				if y, e3, ok := yearAt(s, e2, lk); ok {
					p.y = y
					e2 = e3
				}
				if p.valid() {
					return p, e2, true
				}
			}
		}
	}
	return dpart{}, i, false
}

var latinTimeBefore = []struct{ w, t string }{
	{"dans la matinée du ", "morning"}, {"dans la matinée de ", "morning"}, {"la matinée du ", "morning"},
	{"le matin du ", "morning"}, {"au matin du ", "morning"}, {"dans l'après-midi du ", "afternoon"},
	{"dans l’après-midi du ", "afternoon"}, {"l'après-midi du ", "afternoon"}, {"l’après-midi du ", "afternoon"},
	{"dans la soirée du ", "evening"}, {"le soir du ", "evening"}, {"la soirée du ", "evening"},
	{"dans la nuit du ", "night"}, {"la nuit du ", "night"},
	{"on the morning of ", "morning"}, {"on the afternoon of ", "afternoon"}, {"on the evening of ", "evening"},
	{"on the night of ", "night"},
}

// timeBefore finds a time-of-day phrase ending at byte i.
func timeBefore(s string, i int) string {
	for _, t := range latinTimeBefore {
		if i >= len(t.w) && strings.EqualFold(s[i-len(t.w):i], t.w) {
			return t.t
		}
	}
	return ""
}

// latinDateStarts are the words a French or English date may start with;
// other dates start with a digit.
var latinDateStarts = newWordSet(frWeekdays, enWeekdays, []string{"du ", "from ", "between ", "entre le ", "les "},
	frMonths, enMonths, frLunarOrdinals, enLunarOrdinals)

func latinDateAt(s string, i int, lk langKind) (Fact, int, bool) {
	if r, _ := runeAt(s, i); !mayStartDate(s, i, r, lk) {
		return Fact{}, 0, false
	}
	if !wordStart(s, i) {
		return Fact{}, 0, false
	}
	start := i
	j := i
	// Weekday: samedi 22 novembre, Monday, February 20.
	wd := frWeekdays
	if lk == langEn {
		wd = enWeekdays
	}
	if k, e := matchWord(s, j, wd); k >= 0 {
		e2 := e
		if r, w := runeAt(s, e2); r == ',' {
			e2 += w
		}
		k2 := skipSpaces(s, e2)
		if k2 > e2 || k2 > e {
			if lk == langFr {
				if e3, ok := wordsAt(s, k2, "le "); ok {
					k2 = e3
				}
			}
			if _, _, ok := dayMonth(s, k2, lk); ok {
				j = k2
			}
		}
	}
	// Ranges: du 18 au 20 février, from 5 to 7 August, 5-7 August,
	// les 18 et 19 février, du 28 février au 2 mars.
	k := j
	if e, ok := wordsAt(s, k, "du ", "from ", "between ", "entre le ", "les "); ok {
		k = e
	}
	if d1, e, ok := dayAt(s, k, lk); ok {
		// The first end may carry its own month.
		a := dpart{d: d1}
		after := e
		if p, e2, ok := dayMonth(s, k, lk); ok {
			a = p
			after = e2
		}
		m := skipSpaces(s, after)
		if e2, ok := wordsAt(s, m, "au ", "à ", "to ", "and ", "et ", "et le ", "- ", "– ", "-", "–", "until "); ok {
			if e3, ok := wordsAt(s, e2, "le "); ok && lk == langFr {
				e2 = e3
			}
			if b, e3, ok := dayMonth(s, e2, lk); ok {
				if d2, _, _ := dayAt(s, e2, lk); a.m > 0 || d2 > a.d {
					v := rangeValue(a, b)
					return dateFact(s, k, e3, v, timeBefore(s, start)), e3, true
				}
			}
		}
	}
	if lk == langEn {
		// February 5-7[, 2019]
		if mo, e, ok := monthAt(s, j, lk); ok {
			k := skipSpaces(s, e)
			if d1, e2, ok := dayAt(s, k, lk); ok && k > e {
				if e3, ok := wordsAt(s, e2, "-", "–", " to ", " - "); ok {
					if d2, e4, ok := dayAt(s, e3, lk); ok && d2 > d1 {
						a, b := dpart{m: mo, d: d1}, dpart{m: mo, d: d2}
						if y, e5, ok := yearAt(s, e4, lk); ok {
							b.y = y
							e4 = e5
						}
						if a.valid() && b.valid() {
							return dateFact(s, j, e4, rangeValue(a, b), timeBefore(s, start)), e4, true
						}
					}
				}
			}
		}
	}
	if p, e, ok := dayMonth(s, j, lk); ok {
		return dateFact(s, start, e, p.iso(), timeBefore(s, start)), e, true
	}
	// Month and year: décembre 1986, March 2019; "en décembre", "in March".
	if m, e, ok := monthAt(s, i, lk); ok {
		if y, e2, ok := yearAt(s, e, lk); ok {
			p := dpart{y: y, m: m}
			return dateFact(s, i, e2, p.iso(), ""), e2, true
		}
		prev := strings.ToLower(s[:i])
		for _, w := range []string{"en ", "in ", "mi-", "fin ", "début ", "depuis ", "jusqu'en ", "jusqu’en ", "d'ici ", "d’ici "} {
			if strings.HasSuffix(prev, w) {
				p := dpart{m: m}
				return dateFact(s, i, e, p.iso(), ""), e, true
			}
		}
	}
	if f, e, ok := latinLunarAt(s, i, lk); ok {
		return f, e, true
	}
	// Years and year spans: 2026-2031, en 2025.
	if y1, e, ok := readInt(s, i, 4); ok && e-i == 4 && y1 >= 1900 && y1 <= 2100 {
		k := skipSpaces(s, e)
		if r, w := runeAt(s, k); r == '-' || r == '–' || r == '—' || (r == '/' && k == e) {
			k2 := skipSpaces(s, k+w)
			if (k2 > k+w) != (k > e) {
				k2 = -1 // "1973 - 2023" or "1973-2023", not "1973 -2023"
			}
			if y2, e2, ok := readInt(s, k2, 4); k2 > 0 && ok && e2-k2 == 4 && y2 > y1 && y2-y1 < 100 && wordEnd(s, e2) {
				return dateFact(s, i, e2, fmt.Sprintf("%04d/%04d", y1, y2), ""), e2, true
			}
		}
		if standaloneYear(s, i, e, lk) {
			return dateFact(s, i, e, fmt.Sprintf("%04d", y1), ""), e, true
		}
	}
	return Fact{}, 0, false
}

// standaloneYear reports whether the four digits s[i:e] are a year: not
// part of a larger number, not followed by a unit or multiplier.
func standaloneYear(s string, i, e int, lk langKind) bool {
	if !wordEnd(s, e) {
		return false
	}
	prev, _ := runeBefore(s, i)
	if prev == '$' || prev == '€' || prev == '/' || prev == '-' || prev == '.' || prev == ',' || prev == '#' {
		return false
	}
	if r, w := runeAt(s, e); r == ',' || r == '.' || isSpace(r) || r == '/' || r == ':' {
		if r2, _ := runeAt(s, e+w); isDigit(r2) {
			return false
		}
	}
	if u, _ := unitAfter(s, e, lk); u != "" {
		return false
	}
	words := frMultipliers
	if lk == langEn {
		words = enMultipliers
	}
	if k, _ := matchWord(s, skipSpaces(s, e), words); k >= 0 {
		return false
	}
	return true
}

// scanTimes finds clock times (10h30, 10:30, 10时30分) so that their
// digits are not taken for numbers.
func scanTimes(s string, lk langKind) []span {
	var out []span
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && (c < '0' || c > '9') {
			i++
			continue
		}
		r, w := runeAt(s, i)
		if isDigit(r) && wordStartDigit(s, i) {
			if lk == langZh {
				if sp, ok := zhClock(s, i); ok && (sp.end-i > 4 || strings.Contains(s[i:sp.end], ":") || clockPlausible(s, sp) || hourWord(s, sp)) {
					out = append(out, sp)
					i = sp.end
					continue
				}
			} else if sp, ok := latinClock(s, i); ok {
				out = append(out, sp)
				i = sp.end
				continue
			}
		}
		i += w
	}
	return out
}

// clockPlausible: a Chinese "N点"/"N时" is a time only when a date or a
// time-of-day word is next to it (十点, not 六点共识).
func clockPlausible(s string, sp span) bool {
	before := s[:sp.start]
	for _, t := range zhTimeWords {
		if strings.HasSuffix(before, t.w) {
			return true
		}
	}
	return strings.HasSuffix(before, "日") || strings.HasSuffix(before, "号")
}

func wordStartDigit(s string, i int) bool {
	r, w := runeBefore(s, i)
	return w == 0 || !(isDigit(r) || isLetter(r))
}

// latinClock reads 10h30, 10h, 10:30, 10 h 30.
func latinClock(s string, i int) (span, bool) {
	h, j, ok := readInt(s, i, 2)
	if !ok || h > 24 {
		return span{}, false
	}
	r, w := runeAt(s, j)
	if r == ':' {
		if m, e, ok := readInt(s, j+w, 2); ok && e-(j+w) == 2 && m < 60 && wordEnd(s, e) {
			return span{i, e}, true
		}
		return span{}, false
	}
	k := j
	if isSpace(r) {
		k += w
	}
	if r2, w2 := runeAt(s, k); r2 == 'h' {
		e := k + w2
		if m, e2, ok := readInt(s, e, 2); ok && e2-e == 2 && m < 60 && wordEnd(s, e2) {
			return span{i, e2}, true
		}
		if wordEnd(s, e) {
			return span{i, e}, true
		}
	}
	return span{}, false
}

var (
	frLunarOrdinals = []string{"premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième",
		"huitième", "neuvième", "dixième", "onzième", "douzième"}
	enLunarOrdinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth"}
)

// latinOrdinalAt reads "6e", "6 e", "1er", "premier", "sixth" … at byte i.
func latinOrdinalAt(s string, i int, lk langKind) (int, int, bool) {
	words := frLunarOrdinals
	if lk == langEn {
		words = enLunarOrdinals
	}
	if k, e := matchWord(s, i, words); k >= 0 {
		return k + 1, e, true
	}
	v, e, ok := readInt(s, i, 2)
	if !ok {
		return 0, i, false
	}
	e2 := e
	if r, w := runeAt(s, e2); r == ' ' {
		e2 += w
	}
	for _, sf := range []string{"ème", "eme", "ᵉʳ", "ᵉ", "er", "e", "th", "st", "nd", "rd"} {
		if strings.HasPrefix(s[e2:], sf) && wordEnd(s, e2+len(sf)) {
			return v, e2 + len(sf), true
		}
	}
	return 0, i, false
}

// latinLunarAt reads a lunar-calendar date in French or English: "6e jour
// du premier mois lunaire", "premier jour du Nouvel An lunaire", "the first
// day of the Lunar New Year".
func latinLunarAt(s string, i int, lk langKind) (Fact, int, bool) {
	d, e, ok := latinOrdinalAt(s, i, lk)
	if !ok || d < 1 || d > 30 {
		return Fact{}, 0, false
	}
	rest := s[e:]
	low := strings.ToLower(rest)
	var dayWords, monthWords []string
	if lk == langEn {
		dayWords = []string{" day of the "}
	} else {
		dayWords = []string{" jour du ", " jour de l'", " jour de l’"}
	}
	j := -1
	for _, w := range dayWords {
		if strings.HasPrefix(low, w) {
			j = e + len(w)
			break
		}
	}
	if j < 0 {
		return Fact{}, 0, false
	}
	low = strings.ToLower(s[j:])
	if lk == langEn {
		monthWords = []string{"lunar new year", "tet"}
	} else {
		monthWords = []string{"nouvel an lunaire", "an lunaire", "têt", "tet"}
	}
	for _, w := range monthWords {
		if strings.HasPrefix(low, w) && wordEnd(s, j+len(w)) {
			end := j + len(w)
			return dateFact(s, i, end, "lunar:"+dpart{m: 1, d: d}.iso(), ""), end, true
		}
	}
	m, e2, ok := latinOrdinalAt(s, j, lk)
	if !ok || m < 1 || m > 12 {
		return Fact{}, 0, false
	}
	low = strings.ToLower(s[e2:])
	for _, w := range []string{" mois lunaire", " mois du calendrier lunaire", " lunar month", " month of the lunar calendar"} {
		if strings.HasPrefix(low, w) {
			end := e2 + len(w)
			return dateFact(s, i, end, "lunar:"+dpart{m: m, d: d}.iso(), ""), end, true
		}
	}
	return Fact{}, 0, false
}

// hourWord reports whether a Chinese clock span is "N时" not starting a
// longer word (时间, 时期, 时代, 时候).
func hourWord(s string, sp span) bool {
	t := s[sp.start:sp.end]
	if !strings.HasSuffix(t, "时") && !strings.HasSuffix(t, "時") {
		return strings.Contains(t, "分")
	}
	r, _ := runeAt(s, sp.end)
	return !strings.ContainsRune("间間期代候刻节節差", r)
}
