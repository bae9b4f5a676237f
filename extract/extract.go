package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aligner/aligner/corpus"
	"golang.org/x/text/language"
)

// Sentence returns all the facts of s, a sentence in lang: dates, numbers,
// people, places and organisations, sorted by (Start, End, Kind), with
// Sentence 0. Dates keep the year the text gives; [Document] infers the
// missing ones. It is safe for concurrent use.
func Sentence(lang language.Tag, s string) []Fact {
	lk := kindOf(lang)
	dates := scanDates(s, lk)
	var cover []span
	for _, d := range dates {
		cover = append(cover, span{d.Start, d.End})
	}
	cover = append(cover, scanTimes(s, lk)...)
	nums := scanNumbers(s, lk)
	people := names(lang, s, cover)
	if len(dates)+len(nums)+len(people) == 0 {
		return nil
	}
	out := make([]Fact, 0, len(dates)+len(nums)+len(people))
	out = append(out, dates...)
	for _, q := range nums {
		if !overlapsAny(span{q.Start, q.End}, cover) {
			out = append(out, q)
		}
	}
	out = append(out, people...)
	if len(out) == 0 {
		return nil
	}
	sortFacts(out)
	return out
}

// Document returns all the facts of d, sentence by sentence, sorted by
// (Sentence, Start, End, Kind). Dates written without a year take it from
// the article: from d.Date when set, else from the latest full date found in
// the title or body (a dateline, 2019年2月20日). The year
// chosen is the one that puts the date closest to that reference, so
// "30 décembre" in an article of 2 January is the previous year's. A day
// written alone (26日) takes the month and year of the last month and day
// written before it without a year, or else the reference's month closest
// to it. When no reference can
// be found the value stays partial ("--02-20"); the clock is never used.
// The value as written is kept in Variants when a year was inferred.
// It is safe for concurrent use.
func Document(d *corpus.Document) []Fact {
	// The facts of a large collection stay in memory until it is paired:
	// allocate the result once, at its final length.
	per := make([][]Fact, len(d.Sentences))
	n := 0
	for i, s := range d.Sentences {
		per[i] = Sentence(d.Lang, s.Text)
		n += len(per[i])
	}
	var out []Fact
	if n > 0 {
		out = make([]Fact, 0, n)
	}
	for i, fs := range per {
		for _, f := range fs {
			f.Sentence = i
			out = append(out, f)
		}
		per[i] = nil
	}
	ref, ok := parseRef(d.Date)
	if !ok {
		ref, ok = findRef(d, out)
	}
	if ok {
		// A day written alone takes the month of the last month and day
		// written before it without a year (12月8日 …, 8日上午): dates
		// with their year are often history (1973年4月12日).
		var last dpart
		for i := range out {
			if out[i].Kind != Date {
				continue
			}
			r := ref
			day := strings.HasPrefix(out[i].Value, "---")
			monthDay := !day && strings.HasPrefix(out[i].Value, "--")
			if day && last.m > 0 {
				r = last
			}
			inferYear(&out[i], r)
			if p, ok := parseISO(strings.Split(out[i].Value, "/")[0]); ok && monthDay && p.m > 0 && p.d > 0 && p.y > 0 {
				last = p
			}
		}
	}
	sortFacts(out)
	return out
}

// sortFacts sorts fs by (Sentence, Start, End, Kind, Value), keeping the
// order of equal facts.
func sortFacts(fs []Fact) {
	less := func(a, b int) bool { return factLess(&fs[a], &fs[b]) }
	if sort.SliceIsSorted(fs, less) {
		return // the usual case: a stable sort would change nothing
	}
	sort.SliceStable(fs, less)
}

func factLess(x, y *Fact) bool {
	if x.Sentence != y.Sentence {
		return x.Sentence < y.Sentence
	}
	if x.Start != y.Start {
		return x.Start < y.Start
	}
	if x.End != y.End {
		return x.End < y.End
	}
	if x.Kind != y.Kind {
		return x.Kind < y.Kind
	}
	return x.Value < y.Value
}

// parseRef reads an ISO date "2019-02-20" or "2019-02" as a reference; a
// missing day is taken as the 15th.
func parseRef(s string) (dpart, bool) {
	p, ok := parseISO(s)
	if !ok || p.y == 0 || p.m == 0 {
		return dpart{}, false
	}
	return p, true
}

// parseISO parses the values Dates produces for one date (not ranges).
func parseISO(s string) (dpart, bool) {
	var p dpart
	var err error
	atoi := func(t string) int {
		if err != nil {
			return 0
		}
		var v int
		v, err = strconv.Atoi(t)
		return v
	}
	switch {
	case strings.HasPrefix(s, "---"):
		p.d = atoi(s[3:])
	case strings.HasPrefix(s, "--"):
		parts := strings.Split(s[2:], "-")
		p.m = atoi(parts[0])
		if len(parts) > 1 {
			p.d = atoi(parts[1])
		}
	default:
		parts := strings.Split(s, "-")
		if len(parts) > 3 || len(parts[0]) != 4 {
			return dpart{}, false
		}
		p.y = atoi(parts[0])
		if len(parts) > 1 {
			p.m = atoi(parts[1])
		}
		if len(parts) > 2 {
			p.d = atoi(parts[2])
		}
	}
	if err != nil || !p.valid() {
		return dpart{}, false
	}
	return p, true
}

// findRef finds the latest full date (year, month and day) in the title or
// the facts: articles recall older events (建交50周年(1973年4月12日 –
// 2023年4月12日)) more often than they announce later ones. A month alone
// ("2013年9月") is too often a past event to anchor the article.
func findRef(d *corpus.Document, facts []Fact) (dpart, bool) {
	var title []Fact
	if d.Title != "" {
		title = Dates(d.Lang, d.Title)
	}
	var best dpart
	for _, fs := range [2][]Fact{title, facts} {
		for i := range fs {
			f := &fs[i]
			if f.Kind != Date || strings.HasPrefix(f.Value, "lunar:") {
				continue
			}
			for v := range strings.SplitSeq(f.Value, "/") {
				if p, ok := parseRef(v); ok && p.d > 0 && (best == dpart{} || p.time().After(best.time())) {
					best = p
				}
			}
		}
	}
	return best, best != dpart{}
}

func (p dpart) time() time.Time {
	d := p.d
	if d == 0 {
		d = 15
	}
	return time.Date(p.y, time.Month(p.m), d, 0, 0, 0, 0, time.UTC)
}

// complete gives p a year (and a month when it has only a day) close to
// ref.
func complete(p, ref dpart) dpart {
	if p.y != 0 {
		return p
	}
	if p.m == 0 && p.d > 0 {
		best := dpart{}
		for dm := -1; dm <= 1; dm++ {
			y, m := ref.y, ref.m+dm
			if m < 1 {
				y, m = y-1, 12
			} else if m > 12 {
				y, m = y+1, 1
			}
			c := dpart{y, m, p.d}
			if !c.valid() || (m == 2 && p.d == 29 && y%4 != 0) {
				continue
			}
			if (best == dpart{}) || absDur(c.time().Sub(ref.time())) < absDur(best.time().Sub(ref.time())) {
				best = c
			}
		}
		return best
	}
	if p.m == 0 {
		return p
	}
	best := dpart{}
	for dy := -1; dy <= 1; dy++ {
		c := dpart{ref.y + dy, p.m, p.d}
		if (best == dpart{}) || absDur(c.time().Sub(ref.time())) < absDur(best.time().Sub(ref.time())) {
			best = c
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// inferYear completes the year-less parts of a date fact from ref.
func inferYear(f *Fact, ref dpart) {
	if strings.HasPrefix(f.Value, "lunar:") || !strings.HasPrefix(f.Value, "-") {
		return
	}
	parts := strings.Split(f.Value, "/")
	a, ok := parseISO(parts[0])
	if !ok {
		return
	}
	a = complete(a, ref)
	if (a == dpart{}) {
		return
	}
	vals := []string{a.iso()}
	if len(parts) == 2 {
		b, ok := parseISO(parts[1])
		if !ok {
			return
		}
		if b.y == 0 {
			b.y = a.y
			if b.m == 0 {
				b.m = a.m
			}
			if b.m < a.m {
				b.y++
			}
		}
		vals = append(vals, b.iso())
	}
	v := strings.Join(vals, "/")
	if v != f.Value {
		f.Variants = append(f.Variants, f.Value)
		f.Value = v
	}
}

// String formats a fact for logs: kind, value, unit and the text.
func (f Fact) String() string {
	u := ""
	if f.Unit != "" {
		u = " " + f.Unit
	}
	return fmt.Sprintf("%s %s%s %q", f.Kind, f.Value, u, f.Text)
}
