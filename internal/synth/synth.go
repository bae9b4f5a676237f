// Package synth builds realistic synthetic corpora for benchmarks: Chinese
// and French reports of invented events, made by recombining the sentences
// of real articles (the seeds, and any others given) and giving each event
// its own date, people and numbers. Some events are follow-ups of another:
// the same people on another day, the hard negatives pairing must reject.
package synth

import (
	"fmt"
	"math/rand"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

// Options control [Generate]. The zero value is usable.
type Options struct {
	Events    int   // number of events, each reported once in zh and once in fr (default 100)
	Sentences int   // body sentences per article (default 12)
	Seed      int64 // random seed; the same seed gives the same corpus
	// FollowUps is the share of events that reuse the people of an earlier
	// event a few days later (default 0.3).
	FollowUps float64
	// Yearless is the share of articles whose lead gives the event date
	// without its year and that carry no date of their own, as most news
	// agency leads do (2月20日, le 20 février). Default 0: every lead gives
	// the year and every document its date.
	Yearless float64
	// Undated is the share of articles that give no date at all, in the
	// lead or elsewhere, and carry no date of their own. Default 0.
	Undated float64
}

// dating is how an article gives its event's date.
type dating int

const (
	fullDate dating = iota // with the year, and the document's date
	noYear                 // day and month only
	noDate                 // none
)

// A Pair names the two reports of one event.
type Pair struct{ Zh, Fr string }

// person is a Vietnamese name in Chinese characters and in Latin script.
type person struct{ zh, latin string }

var surnames = []person{{"阮", "Nguyen"}, {"陈", "Tran"}, {"黎", "Le"}, {"范", "Pham"}, {"黄", "Hoang"},
	{"武", "Vu"}, {"潘", "Phan"}, {"吴", "Ngo"}, {"邓", "Dang"}, {"裴", "Bui"}, {"杜", "Do"}, {"胡", "Ho"},
	{"梅", "Mai"}, {"丁", "Dinh"}, {"林", "Lam"}, {"何", "Ha"}, {"冯", "Phung"}}

var givens = []person{{"文", "Van"}, {"春", "Xuan"}, {"明", "Minh"}, {"进", "Tien"}, {"勇", "Dung"},
	{"福", "Phuc"}, {"政", "Chinh"}, {"青", "Thanh"}, {"海", "Hai"}, {"国", "Quoc"}, {"德", "Duc"},
	{"忠", "Trung"}, {"山", "Son"}, {"光", "Quang"}, {"龙", "Long"}, {"英", "Anh"}, {"平", "Binh"},
	{"安", "An"}, {"义", "Nghia"}, {"雄", "Hung"}, {"强", "Cuong"}, {"芳", "Phuong"}, {"兰", "Lan"},
	{"华", "Hoa"}, {"仁", "Nhan"}, {"智", "Tri"}, {"长", "Truong"}, {"南", "Nam"}, {"宝", "Bao"},
	{"玉", "Ngoc"}, {"贵", "Quy"}, {"辉", "Huy"}, {"俊", "Tuan"}, {"胜", "Thang"}, {"荣", "Vinh"}, {"庆", "Khanh"}}

var frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

type event struct {
	day     time.Time
	people  []person
	numbers []int
}

// Generate returns the synthetic documents (all Chinese ones, then all
// French ones) and the same-event pairs. Sentences are drawn from the
// documents of pool in each language; it panics if pool lacks Chinese or
// French documents.
func Generate(pool []*corpus.Document, opt Options) ([]*corpus.Document, []Pair) {
	if opt.Events <= 0 {
		opt.Events = 100
	}
	if opt.Sentences <= 0 {
		opt.Sentences = 12
	}
	if opt.FollowUps == 0 {
		opt.FollowUps = 0.3
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	zhPool, zhLeads := sentences(pool, language.Chinese)
	frPool, frLeads := sentences(pool, language.French)
	if len(zhPool) == 0 || len(frPool) == 0 {
		panic("synth: the pool needs Chinese and French documents")
	}
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	events := make([]event, opt.Events)
	for i := range events {
		if i > 0 && rng.Float64() < opt.FollowUps {
			prev := events[rng.Intn(i)]
			events[i] = event{day: prev.day.AddDate(0, 0, 1+rng.Intn(5)), people: prev.people,
				numbers: []int{100 + rng.Intn(100000), 1 + rng.Intn(99)}}
			continue
		}
		events[i] = event{
			day:     start.AddDate(0, 0, rng.Intn(8*365)),
			people:  []person{name(rng), name(rng)},
			numbers: []int{100 + rng.Intn(100000), 1 + rng.Intn(99)},
		}
	}
	var zh, fr []*corpus.Document
	var pairs []Pair
	for i, ev := range events {
		// No draw when Yearless and Undated are 0, so that such corpora
		// stay as they were.
		how := func() dating {
			if opt.Yearless <= 0 && opt.Undated <= 0 {
				return fullDate
			}
			switch x := rng.Float64(); {
			case x < opt.Undated:
				return noDate
			case x < opt.Undated+opt.Yearless:
				return noYear
			}
			return fullDate
		}
		z := article(rng, fmt.Sprintf("synth/zh_%06d.txt", i), language.Chinese, ev, zhPool, zhLeads, opt.Sentences, how())
		f := article(rng, fmt.Sprintf("synth/fr_%06d.txt", i), language.French, ev, frPool, frLeads, opt.Sentences, how())
		zh, fr = append(zh, z), append(fr, f)
		pairs = append(pairs, Pair{z.ID, f.ID})
	}
	return append(zh, fr...), pairs
}

func name(rng *rand.Rand) person {
	s := surnames[rng.Intn(len(surnames))]
	a := givens[rng.Intn(len(givens))]
	b := givens[rng.Intn(len(givens))]
	return person{s.zh + a.zh + b.zh, s.latin + " " + a.latin + " " + b.latin}
}

// sentences returns the body sentences of the pool in lang, and those among
// them that carry a date (leads).
func sentences(pool []*corpus.Document, lang language.Tag) (all, leads []string) {
	for _, d := range pool {
		if d.Lang != lang {
			continue
		}
		for _, s := range d.Sentences {
			all = append(all, s.Text)
			if len(extract.Dates(lang, s.Text)) > 0 {
				leads = append(leads, s.Text)
			}
		}
	}
	if len(leads) == 0 {
		leads = all
	}
	return all, leads
}

func article(rng *rand.Rand, id string, lang language.Tag, ev event, pool, leads []string, n int, how dating) *corpus.Document {
	d := &corpus.Document{ID: id, Path: id, Format: "txt", Lang: lang, Script: "Latn",
		Date: ev.day.Format("2006-01-02")}
	zhDate := fmt.Sprintf("%d年%d月%d日，", ev.day.Year(), ev.day.Month(), ev.day.Day())
	frDate := fmt.Sprintf("Le %d %s %d, ", ev.day.Day(), frMonths[ev.day.Month()-1], ev.day.Year())
	switch how {
	case noYear:
		d.Date = ""
		zhDate = fmt.Sprintf("%d月%d日，", ev.day.Month(), ev.day.Day())
		frDate = fmt.Sprintf("Le %d %s, ", ev.day.Day(), frMonths[ev.day.Month()-1])
	case noDate:
		d.Date, zhDate, frDate = "", "", ""
	}
	sub := func(s string) string { return substitute(rng, lang, s, ev, how == noDate) }
	p0, p1 := ev.people[0], ev.people[1]
	if lang == language.Chinese {
		d.Script = "Hans"
		d.Title = fmt.Sprintf("%s会见%s", p0.zh, p1.zh)
		lead := fmt.Sprintf("%s%s会见了%s。", zhDate, p0.zh, p1.zh)
		d.Sentences = append(d.Sentences, corpus.Sentence{Text: lead + sub(leads[rng.Intn(len(leads))])})
	} else {
		d.Title = fmt.Sprintf("%s reçoit %s", p0.latin, p1.latin)
		lead := fmt.Sprintf("%s%s a reçu %s.", frDate, p0.latin, p1.latin)
		if frDate == "" {
			lead = fmt.Sprintf("%s a reçu %s.", p0.latin, p1.latin)
		}
		d.Sentences = append(d.Sentences, corpus.Sentence{Text: lead + " " + sub(leads[rng.Intn(len(leads))])})
	}
	for k := 1; k < n; k++ {
		s := sub(pool[rng.Intn(len(pool))])
		if k == n/2 {
			if lang == language.Chinese {
				s = fmt.Sprintf("%s表示，共有%d人参加。", p1.zh, ev.numbers[0]) + s
			} else {
				s = fmt.Sprintf("Selon %s, %d personnes y ont participé. ", p1.latin, ev.numbers[0]) + s
			}
		}
		d.Sentences = append(d.Sentences, corpus.Sentence{Text: s, Para: k})
	}
	return d
}

// substitute replaces the dates and numbers of sentence s with the event's
// own, so that the facts of unrelated articles do not agree by accident;
// with dropDates, it removes the dates.
func substitute(rng *rand.Rand, lang language.Tag, s string, ev event, dropDates bool) string {
	facts := append(extract.Dates(lang, s), extract.Numbers(lang, s)...)
	var b strings.Builder
	last := 0
	for _, f := range sortByStart(facts) {
		if f.Start < last || f.End > len(s) {
			continue
		}
		b.WriteString(s[last:f.Start])
		switch {
		case f.Kind == extract.Date && dropDates:
		case f.Kind == extract.Date && lang == language.Chinese:
			fmt.Fprintf(&b, "%d月%d日", ev.day.Month(), ev.day.Day())
		case f.Kind == extract.Date:
			fmt.Fprintf(&b, "%d %s", ev.day.Day(), frMonths[ev.day.Month()-1])
		default:
			fmt.Fprintf(&b, "%d", ev.numbers[1]+rng.Intn(3))
		}
		last = f.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func sortByStart(fs []extract.Fact) []extract.Fact {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	return fs
}

// WriteDir writes docs into dir as .txt files (title on the first line,
// one paragraph per sentence) and the pairs as dir/gold.tsv, in the format
// `aligner eval --gold` reads.
func WriteDir(dir string, docs []*corpus.Document, pairs []Pair) error {
	for _, d := range docs {
		var b strings.Builder
		b.WriteString(d.Title)
		b.WriteString("\n\n")
		for _, s := range d.Sentences {
			b.WriteString(s.Text)
			b.WriteString("\n\n")
		}
		p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(d.ID, "synth/")))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	var g strings.Builder
	g.WriteString("zh_file\tfr_file\trelation\tevidence\n")
	for _, p := range pairs {
		fmt.Fprintf(&g, "%s\t%s\tsame\tsynthetic event\n", path.Base(p.Zh), path.Base(p.Fr))
	}
	return os.WriteFile(filepath.Join(dir, "gold.tsv"), []byte(g.String()), 0o644)
}
