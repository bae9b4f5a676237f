package similarity

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A span is a date or date range read back from a fact value: an interval
// of month*100+day ordinals within one year, the year 0 when unknown.
type span struct {
	year    int
	lo, hi  int
	day     bool // day precision (not just a month)
	noMonth bool // a day of an unknown month ("8日"): lo and hi are days of the month
}

// parseSpan reads the canonical date values of package extract:
// "2019-02-20", "--02-20", "2019-02", "--02-18/--02-20",
// "2019-02-18/2019-02-20", and days of an unknown month "---08" and
// "---08/---09" (Chinese news write "8日" for a day of the current month,
// which says little alone but tells two meetings on the 8th and the 9th
// apart). Year spans ("2026/2031") and lunar dates are not
// event days and give ok == false.
func parseSpan(v string) (span, bool) {
	if strings.HasPrefix(v, "lunar") {
		return span{}, false
	}
	if a, b, found := strings.Cut(v, "/"); found {
		s1, ok1 := parseSpan(a)
		s2, ok2 := parseSpan(b)
		if !ok1 || !ok2 {
			return span{}, false
		}
		if s1.noMonth != s2.noMonth {
			return span{}, false
		}
		if s1.year == 0 {
			s1.year = s2.year
		}
		if s2.hi < s1.lo {
			return span{}, false // crosses a year end: rare, ignored
		}
		return span{year: s1.year, lo: s1.lo, hi: s2.hi, day: s1.day && s2.day, noMonth: s1.noMonth}, true
	}
	if d, ok := strings.CutPrefix(v, "---"); ok {
		di, err := strconv.Atoi(d)
		if err != nil || di < 1 || di > 31 {
			return span{}, false
		}
		return span{lo: di, hi: di, day: true, noMonth: true}, true
	}
	year := 0
	rest := v
	switch {
	case strings.HasPrefix(v, "--"):
		rest = v[2:]
	case len(v) >= 7 && v[4] == '-':
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return span{}, false
		}
		year, rest = y, v[5:]
	default:
		return span{}, false
	}
	m, d, hasDay := rest, "", false
	if i := strings.IndexByte(rest, '-'); i >= 0 {
		m, d, hasDay = rest[:i], rest[i+1:], true
	}
	mi, err := strconv.Atoi(m)
	if err != nil || mi < 1 || mi > 12 {
		return span{}, false
	}
	if !hasDay {
		return span{year: year, lo: mi*100 + 1, hi: mi*100 + 31}, true
	}
	di, err := strconv.Atoi(d)
	if err != nil || di < 1 || di > 31 {
		return span{}, false
	}
	return span{year: year, lo: mi*100 + di, hi: mi*100 + di, day: true}, true
}

// overlaps reports whether two spans can denote a common day; an unknown
// year matches any year.
func (s span) overlaps(t span) bool {
	if s.year != 0 && t.year != 0 && s.year != t.year {
		return false
	}
	if s.noMonth || t.noMonth {
		if !s.day || !t.day {
			return false
		}
		slo, shi, ok1 := s.monthDays()
		tlo, thi, ok2 := t.monthDays()
		return !ok1 || !ok2 || slo <= thi && tlo <= shi
	}
	return s.lo <= t.hi && t.lo <= s.hi
}

// monthDays returns the days of the month a day-precise span covers; ok is
// false when it runs over a month end.
func (s span) monthDays() (lo, hi int, ok bool) {
	if s.noMonth {
		return s.lo, s.hi, true
	}
	if s.lo/100 != s.hi/100 {
		return 0, 0, false
	}
	return s.lo % 100, s.hi % 100, true
}

// days returns the span as an interval of days since 1970-01-01; ok is false
// when the year is unknown.
func (s span) days() (lo, hi int, ok bool) {
	if s.year == 0 || s.noMonth {
		return 0, 0, false
	}
	f := func(o int) int {
		t := time.Date(s.year, time.Month(o/100), o%100, 0, 0, 0, 0, time.UTC)
		return int(t.Unix() / 86400)
	}
	return f(s.lo), f(s.hi), true
}

// yearDays returns the span as an interval of days of the year, counted
// in a leap year (1 January is 1, 31 December 366) whatever its own year;
// ok is false for a day of an unknown month. hi may pass 366 when the span
// runs over a year end.
func (s span) yearDays() (lo, hi int, ok bool) {
	if s.noMonth {
		return 0, 0, false
	}
	f := func(o int) int { return time.Date(2000, time.Month(o/100), o%100, 0, 0, 0, 0, time.UTC).YearDay() }
	lo, hi = f(s.lo), f(s.hi)
	if hi < lo {
		hi += 366
	}
	return lo, hi, true
}

// parseDocDate reads a document's metadata date ("2019-02-20", "2019-02",
// "2019") as a span with a known year.
func parseDocDate(v string) (span, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		v = v[:10]
	}
	s, ok := parseSpan(v)
	if !ok || s.year == 0 {
		return span{}, false
	}
	return s, true
}

// String formats the span like the canonical values of package extract.
func (s span) String() string {
	f := func(o int) string {
		if s.noMonth {
			return fmt.Sprintf("---%02d", o)
		}
		if s.year == 0 {
			return fmt.Sprintf("--%02d-%02d", o/100, o%100)
		}
		return fmt.Sprintf("%04d-%02d-%02d", s.year, o/100, o%100)
	}
	if !s.day {
		if s.year == 0 {
			return fmt.Sprintf("--%02d", s.lo/100)
		}
		return fmt.Sprintf("%04d-%02d", s.year, s.lo/100)
	}
	if s.lo == s.hi {
		return f(s.lo)
	}
	return f(s.lo) + "/" + f(s.hi)
}

// gap returns the number of days between two day-precise spans (0 when
// they overlap). When either year is unknown the days are counted within a
// year, by month and day. ok is false for spans that are not day-precise.
func gap(a, b span) (int, bool) {
	if !a.day || !b.day {
		return 0, false
	}
	var alo, ahi, blo, bhi int
	if a.noMonth || b.noMonth {
		// Days of the month: a day of the current month against a full
		// date is taken within that month.
		var ok1, ok2 bool
		alo, ahi, ok1 = a.monthDays()
		blo, bhi, ok2 = b.monthDays()
		if !ok1 || !ok2 {
			return 0, false
		}
	} else if a.year != 0 && b.year != 0 {
		alo, ahi, _ = a.days()
		blo, bhi, _ = b.days()
	} else {
		ord := func(o int) int { return (o/100-1)*31 + o%100 }
		alo, ahi, blo, bhi = ord(a.lo), ord(a.hi), ord(b.lo), ord(b.hi)
	}
	switch {
	case blo > ahi:
		return blo - ahi, true
	case alo > bhi:
		return alo - bhi, true
	}
	return 0, true
}
