package similarity

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// French and English reports often give the event day as a weekday alone
// ("a ratifié, lundi, un accord"), where the Chinese report of the same
// event writes the date (2020年6月8日). A weekday says nothing alone, but
// it agrees or not with the other report's event date once that date's
// year is known.

var (
	frWeekdays = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
	enWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	zhWeekdays = []rune("一二三四五六日") // after 星期, 礼拜 or 周; 天 is Sunday too
)

// leadWeekday returns the first weekday named in the texts as 1 (Monday)
// to 7 (Sunday), or 0 when none is.
func leadWeekday(lang language.Tag, texts ...string) int {
	for _, s := range texts {
		var wd int
		if lang == language.Chinese {
			wd = zhWeekday(s)
		} else {
			wd = latinWeekday(s)
		}
		if wd != 0 {
			return wd
		}
	}
	return 0
}

func latinWeekday(s string) int {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		if len(w) < 5 || len(w) > 9 {
			continue
		}
		w = strings.ToLower(w)
		for i := range frWeekdays {
			if w == frWeekdays[i] || w == enWeekdays[i] {
				return i + 1
			}
		}
	}
	return 0
}

func zhWeekday(s string) int {
	for _, p := range []string{"星期", "礼拜", "禮拜", "周", "週"} {
		for rest := s; ; {
			i := strings.Index(rest, p)
			if i < 0 {
				break
			}
			rest = rest[i+len(p):]
			r, _ := utf8.DecodeRuneInString(rest)
			if r == '天' && p != "周" && p != "週" {
				return 7
			}
			for k, d := range zhWeekdays {
				// 周日 is Sunday, but 周年 and the like are not weekdays.
				if r == d {
					return k + 1
				}
			}
		}
	}
	return 0
}

// weekday returns the weekday (1 Monday … 7 Sunday) of a day-precise
// span's first day in the given year; ok is false without a month.
func (s span) weekday(year int) (int, bool) {
	if !s.day || s.noMonth || year == 0 {
		return 0, false
	}
	wd := int(time.Date(year, time.Month(s.lo/100), s.lo%100, 0, 0, 0, 0, time.UTC).Weekday())
	if wd == 0 {
		wd = 7
	}
	return wd, true
}

// weekdayAgreement compares the weekday of a report that gives no date in
// its lead with the event date of the other: same reports whether they
// agree, known whether they could be compared.
func weekdayAgreement(a, b *Profile) (same, known bool) {
	if len(b.lead) == 0 && len(a.lead) > 0 {
		a, b = b, a
	}
	if len(a.lead) != 0 || a.weekday == 0 || !b.eventOK {
		return false, false
	}
	wd, ok := b.event.weekday(b.year)
	if !ok {
		return false, false
	}
	return wd == a.weekday, true
}
