package align

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/lexicon"
)

// A Pipeline compares two versions of a report: it extracts their facts,
// aligns their sentences and compares the facts.
type Pipeline func(left, right *corpus.Document) *Comparison

// DiffPipeline is the pipeline of "aligner diff": [extract.Document] on
// both sides, an [Aligner] set to the documents' languages, [Compare] with
// the default severities.
func DiffPipeline(left, right *corpus.Document) *Comparison {
	a := Aligner{LeftLang: left.Lang, RightLang: right.Lang}
	beads := a.Align(perturbTexts(left), perturbTexts(right))
	return Compare(left, right, extract.Document(left), extract.Document(right), beads, nil)
}

func perturbTexts(d *corpus.Document) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Text
	}
	return out
}

// A PerturbCase is one alteration of one version of a pair and whether the
// comparison reported it.
type PerturbCase struct {
	Op       string // "change" (a fact rewritten) or "delete" (a sentence removed)
	Side     string // "left" or "right": the version altered
	Kind     extract.Kind
	Sentence int    // the sentence altered
	Old, New string // the fact text before and after a change; the deleted sentence's facts
	Detected bool
	Status   string // what the comparison reported for the fact (the first missed one for a deletion)
}

// String describes c in one line.
func (c PerturbCase) String() string {
	ok := "MISSED"
	if c.Detected {
		ok = "found"
	}
	return fmt.Sprintf("%s %s %s sentence %d: %q → %q: %s (%s)", c.Op, c.Side, c.Kind, c.Sentence, c.Old, c.New, ok, c.Status)
}

// PerturbScores are the results of the perturbation harness.
type PerturbScores struct {
	Pairs int
	// Changes are the facts rewritten to another value, by kind: cases and
	// cases reported changed or missing; AsChanged counts those reported
	// changed.
	Changes, ChangesFound, AsChanged map[extract.Kind]int
	// Unchangeable counts matched facts no rewrite of which gave a value
	// extract reads as different.
	Unchangeable int
	// Deletions are sentences removed whose facts were matched; found when
	// each such fact became missing (or changed) on the other side.
	Deletions, DeletionsFound int
	// DeletionsUnaligned counts deletions after which the sentences holding
	// the other version's counterparts are listed as unaligned.
	DeletionsUnaligned int
	// FalseChanged lists the changed findings on the untouched pairs.
	FalseChanged []string
	// Cases are all the cases, in order.
	Cases []PerturbCase
}

func newPerturbScores() PerturbScores {
	return PerturbScores{Changes: map[extract.Kind]int{}, ChangesFound: map[extract.Kind]int{}, AsChanged: map[extract.Kind]int{}}
}

// ChangeRate returns the share of changed facts that were reported.
func (s PerturbScores) ChangeRate() float64 {
	n, f := 0, 0
	for k, v := range s.Changes {
		n += v
		f += s.ChangesFound[k]
	}
	return perturbRatio(f, n)
}

// DeletionRate returns the share of deleted sentences that were reported.
func (s PerturbScores) DeletionRate() float64 { return perturbRatio(s.DeletionsFound, s.Deletions) }

func perturbRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add adds the counts of t to s.
func (s *PerturbScores) Add(t PerturbScores) {
	s.Pairs += t.Pairs
	for k, v := range t.Changes {
		s.Changes[k] += v
	}
	for k, v := range t.ChangesFound {
		s.ChangesFound[k] += v
	}
	for k, v := range t.AsChanged {
		s.AsChanged[k] += v
	}
	s.Unchangeable += t.Unchangeable
	s.Deletions += t.Deletions
	s.DeletionsFound += t.DeletionsFound
	s.DeletionsUnaligned += t.DeletionsUnaligned
	s.FalseChanged = append(s.FalseChanged, t.FalseChanged...)
	s.Cases = append(s.Cases, t.Cases...)
}

// String formats the scores in a few lines.
func (s PerturbScores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs %d\n", s.Pairs)
	n, f, ch := 0, 0, 0
	for _, k := range severityKinds {
		if s.Changes[k] == 0 {
			continue
		}
		n, f, ch = n+s.Changes[k], f+s.ChangesFound[k], ch+s.AsChanged[k]
		fmt.Fprintf(&b, "changed %-6s %4d/%4d found (%.1f%%), %d as changed\n", k, s.ChangesFound[k], s.Changes[k],
			100*perturbRatio(s.ChangesFound[k], s.Changes[k]), s.AsChanged[k])
	}
	fmt.Fprintf(&b, "changed all    %4d/%4d found (%.1f%%), %d as changed; %d facts could not be rewritten\n", f, n,
		100*perturbRatio(f, n), ch, s.Unchangeable)
	fmt.Fprintf(&b, "deleted        %4d/%4d found (%.1f%%), counterpart sentences unaligned in %d\n", s.DeletionsFound, s.Deletions,
		100*s.DeletionRate(), s.DeletionsUnaligned)
	fmt.Fprintf(&b, "changed findings on untouched pairs: %d (%.2f per 10 pairs)\n", len(s.FalseChanged),
		10*perturbRatio(len(s.FalseChanged), s.Pairs))
	return b.String()
}

// Perturb runs the perturbation harness on one pair of versions of a
// report. It compares them as they are (changed findings there are listed
// in FalseChanged), then, for each number, date and person matched across
// the versions, rewrites it in its version to another value (117 → 118,
// 2月20日 → 2月18日, a name → another name; see [PerturbFact]) and checks
// the fact is now reported changed or missing; and for each sentence
// holding a matched fact that its version does not repeat elsewhere,
// deletes it (see [DeleteSentence]) and checks that the other version's
// facts it matched are now reported missing (or changed). run nil means
// [DiffPipeline].
func Perturb(left, right *corpus.Document, run Pipeline) PerturbScores {
	if run == nil {
		run = DiffPipeline
	}
	sc := newPerturbScores()
	sc.Pairs = 1
	base := run(left, right)
	docs := [2]*corpus.Document{left, right}
	for _, d := range base.Facts {
		if d.Status == Changed {
			sc.FalseChanged = append(sc.FalseChanged, fmt.Sprintf("%s ↔ %s: %s", left.ID, right.ID, d.Message()))
		}
	}
	facts := [2][]extract.Fact{extract.Document(left), extract.Document(right)}

	// Matched facts, each side once.
	type key struct{ side, sent, start int }
	seen := map[key]bool{}
	type target struct {
		side       int
		ref, other FactRef // the fact and its counterpart
	}
	var targets []target
	for _, d := range base.Facts {
		if d.Status != Matched {
			continue
		}
		for s, r := range [2]*FactRef{d.Left, d.Right} {
			k := key{s, r.Sentence, r.Start}
			if !seen[k] {
				seen[k] = true
				targets = append(targets, target{s, *r, *[2]*FactRef{d.Right, d.Left}[s]})
			}
		}
	}
	sort.SliceStable(targets, func(i, j int) bool {
		a, b := targets[i], targets[j]
		if a.side != b.side {
			return a.side < b.side
		}
		if a.ref.Sentence != b.ref.Sentence {
			return a.ref.Sentence < b.ref.Sentence
		}
		return a.ref.Start < b.ref.Start
	})

	// (a) changed facts.
	for _, t := range targets {
		if t.ref.Kind != extract.Number && t.ref.Kind != extract.Date && t.ref.Kind != extract.Person {
			continue
		}
		f, ok := findFact(facts[t.side], t.ref)
		if !ok {
			continue
		}
		nd, nf, ok := PerturbFact(docs[t.side], f, docs[1-t.side], facts[1-t.side])
		if !ok {
			sc.Unchangeable++
			sc.Cases = append(sc.Cases, PerturbCase{Op: "unchangeable", Side: sideName(t.side), Kind: f.Kind, Sentence: f.Sentence, Old: f.Text})
			continue
		}
		pair := docs
		pair[t.side] = nd
		c := run(pair[0], pair[1])
		// Found when the new value is reported changed or missing, and so
		// is the counterpart of the old one, unless the altered version
		// still gives the old value elsewhere.
		status := statusOf(c, t.side, nf.Sentence, nf.Start, nf.Kind)
		found := status != Matched && status != ""
		if status != Changed {
			ost := statusOf(c, 1-t.side, t.other.Sentence, t.other.Start, t.other.Kind)
			if ost == Matched && !repeatedOutside(facts[t.side], &t.ref, facts[1-t.side], t.other, true) {
				found = false
				status += ", counterpart " + ost
			}
		}
		pc := PerturbCase{Op: "change", Side: sideName(t.side), Kind: f.Kind, Sentence: f.Sentence, Old: f.Text, New: nf.Text,
			Status: status, Detected: found}
		sc.Changes[f.Kind]++
		if pc.Detected {
			sc.ChangesFound[f.Kind]++
			if strings.HasPrefix(status, Changed) {
				sc.AsChanged[f.Kind]++
			}
		}
		sc.Cases = append(sc.Cases, pc)
	}

	// (b) deleted sentences: the one-to-one matches of each sentence whose
	// value the sentence's version does not give elsewhere.
	type lost struct {
		other FactRef
		text  string
	}
	bySent := [2]map[int][]lost{{}, {}}
	for _, d := range base.Facts {
		if d.Status != Matched || d.Note != "" && strings.HasPrefix(d.Note, "repeated") {
			continue
		}
		for s, r := range [2]*FactRef{d.Left, d.Right} {
			other := *[2]*FactRef{d.Right, d.Left}[s]
			if repeatedElsewhere(facts[s], r, facts[1-s], other) {
				continue
			}
			bySent[s][r.Sentence] = append(bySent[s][r.Sentence], lost{other, r.Text})
		}
	}
	for s := 0; s < 2; s++ {
		sents := make([]int, 0, len(bySent[s]))
		for i := range bySent[s] {
			sents = append(sents, i)
		}
		sort.Ints(sents)
		for _, i := range sents {
			pair := docs
			pair[s] = DeleteSentence(docs[s], i)
			c := run(pair[0], pair[1])
			pc := PerturbCase{Op: "delete", Side: sideName(s), Sentence: i, Detected: true}
			var texts []string
			for _, l := range bySent[s][i] {
				texts = append(texts, l.text)
				st := statusOf(c, 1-s, l.other.Sentence, l.other.Start, l.other.Kind)
				if st == Matched || st == "" {
					if pc.Detected {
						pc.Kind, pc.Status = l.other.Kind, st+" "+l.other.Text
					}
					pc.Detected = false
				}
			}
			pc.Old = strings.Join(texts, " | ")
			sc.Deletions++
			if pc.Detected {
				sc.DeletionsFound++
			}
			// The sentence-level view: the counterpart sentences are now
			// without counterpart themselves.
			unaligned := map[int]bool{}
			for _, u := range c.Unaligned {
				if u.Side == sideName(1-s) {
					unaligned[u.Sentence] = true
				}
			}
			all := true
			for _, l := range bySent[s][i] {
				all = all && unaligned[l.other.Sentence]
			}
			if all {
				sc.DeletionsUnaligned++
			}
			sc.Cases = append(sc.Cases, pc)
		}
	}
	return sc
}

func sideName(s int) string { return [2]string{"left", "right"}[s] }

func findFact(fs []extract.Fact, r FactRef) (extract.Fact, bool) {
	for _, f := range fs {
		if f.Sentence == r.Sentence && f.Start == r.Start && f.Kind == r.Kind {
			return f, true
		}
	}
	return extract.Fact{}, false
}

// statusOf returns the status of the fact of the given side at sentence,
// start in c, or "" if c does not list it.
func statusOf(c *Comparison, side, sent, start int, kind extract.Kind) string {
	for _, d := range c.Facts {
		r := [2]*FactRef{d.Left, d.Right}[side]
		if r == nil || r.Sentence != sent || r.Start != start || d.Kind != kind {
			continue
		}
		// A fact on the matched side of a repeated mention is listed once
		// more; its own entry is the one where the other side differs.
		if d.Status == Matched && d.Note != "" && strings.HasPrefix(d.Note, "repeated") {
			continue
		}
		return d.Status
	}
	for _, d := range c.Facts {
		r := [2]*FactRef{d.Left, d.Right}[side]
		if r != nil && r.Sentence == sent && r.Start == start && d.Kind == kind {
			return d.Status
		}
	}
	return ""
}

// repeatedElsewhere reports whether a fact of fs outside r's sentence is
// compatible with other, the fact r matched: deleting r's sentence would
// not make the value missing.
func repeatedElsewhere(fs []extract.Fact, r *FactRef, ofs []extract.Fact, other FactRef) bool {
	return repeatedOutside(fs, r, ofs, other, false)
}

// repeatedOutside is [repeatedElsewhere]; with sameSentence, facts of r's
// sentence other than r count too.
func repeatedOutside(fs []extract.Fact, r *FactRef, ofs []extract.Fact, other FactRef, sameSentence bool) bool {
	of, ok := findFact(ofs, other)
	if !ok {
		return true
	}
	o := prepareFact(of, 1, "")
	for _, f := range fs {
		if f.Kind != r.Kind || f.Sentence == r.Sentence && (!sameSentence || f.Start == r.Start) {
			continue
		}
		if s, _ := compatible(prepareFact(f, 0, ""), o); s > 0 {
			return true
		}
	}
	return false
}

// prepareFact makes a cmpFact of f, in sentence sent ("" when unknown:
// then no approximation is seen).
func prepareFact(f extract.Fact, side int, sent string) *cmpFact {
	cf := &cmpFact{f: f, side: side, bead: -1}
	cf.han = strings.ContainsFunc(f.Text, cmpIsHan)
	cf.prepare(sent, 0.1)
	return cf
}

// DeleteSentence returns a copy of d without its sentence i.
func DeleteSentence(d *corpus.Document, i int) *corpus.Document {
	nd := *d
	nd.Sentences = append(append([]corpus.Sentence(nil), d.Sentences[:i]...), d.Sentences[i+1:]...)
	return &nd
}

// Replacement names for people, by script, tried after the glossary's.
var (
	perturbHanNames   = []string{"王建国", "李明华", "陈志强", "刘晓东", "阮文明"}
	perturbLatinNames = []string{"Tran Van Minh", "Pierre Dupont", "John Smith", "Le Thi Hoa", "Hans Weber"}
)

// perturbNames returns names to put in place of a person's: people of the
// glossary (in the language's script), then a few made-up names.
func perturbNames(lang language.Tag, han bool) []string {
	var out []string
	base, _ := lang.Base()
	for _, e := range lexicon.Entries() {
		if e.Kind != "person" || len(out) >= 12 {
			continue
		}
		var names []string
		switch {
		case han:
			names = e.Zh
		case base.String() == "fr":
			names = e.Fr
		default:
			names = e.En
		}
		if len(names) > 0 {
			out = append(out, names[0])
		}
	}
	if han {
		return append(out, perturbHanNames...)
	}
	return append(out, perturbLatinNames...)
}

// Number words, in order of value from 1, whose neighbours replace them.
var perturbWordLists = [][]string{
	{"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
	{"premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième"},
	{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
	{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"},
	{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"},
}

// perturbWords rewrites a number word of text (deux, troisième, XIVe) to
// its neighbours.
func perturbWords(text string) []string {
	var out []string
	for _, list := range perturbWordLists {
		roman := list[0] == "I"
		for i, w := range list {
			at := perturbWordAt(text, w, roman)
			if at < 0 {
				continue
			}
			for _, j := range []int{i + 1, i - 1, i + 2} {
				if j < 0 || j >= len(list) {
					continue
				}
				rep := list[j]
				if !roman && at < len(text) && unicode.IsUpper(rune(text[at])) {
					rep = strings.ToUpper(rep[:1]) + rep[1:]
				}
				out = append(out, text[:at]+rep+text[at+len(w):])
			}
		}
	}
	return out
}

// perturbWordAt returns where the word w stands alone in text (case
// folded unless roman; a roman numeral may take an ordinal suffix), or -1.
func perturbWordAt(text, w string, roman bool) int {
	hay := text
	if !roman {
		hay = strings.ToLower(text)
	}
	for off := 0; ; {
		i := strings.Index(hay[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !perturbLetter(hay[i-1])
		end := i + len(w)
		after := end == len(hay) || !perturbLetter(hay[end]) || roman && (hay[end] == 'e' || strings.HasPrefix(hay[end:], "ème"))
		if before && after {
			return i
		}
		off = i + 1
	}
}

func perturbLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// PerturbFact returns a copy of d in which the fact f, of kind number,
// date or person, is rewritten to another value in d's language and
// script: a numeral of it is moved by a small step (117 → 118, 2月20日 →
// 2月18日, le 20 février → le 18 février, 二十日 → 十八日), or the name
// replaced by another name. The rewrite is kept only when [extract]
// reads, at the same place, a fact of the same kind whose value is neither
// f's nor that of any fact of others (the other version's facts). It
// returns the new document and fact, or false when no rewrite qualifies.
// other is the other version, whose sentences tell approximations ("près
// de 5,6 millions"): a rewrite within the tolerance they give is no change.
func PerturbFact(d *corpus.Document, f extract.Fact, other *corpus.Document, others []extract.Fact) (*corpus.Document, extract.Fact, bool) {
	if f.Sentence < 0 || f.Sentence >= len(d.Sentences) {
		return nil, extract.Fact{}, false
	}
	sent := d.Sentences[f.Sentence].Text
	if f.Start < 0 || f.End > len(sent) || sent[f.Start:f.End] != f.Text {
		return nil, extract.Fact{}, false
	}
	old := prepareFact(f, 0, sent)
	var oth []*cmpFact
	for _, o := range others {
		if o.Kind == f.Kind {
			os := ""
			if other != nil && o.Sentence >= 0 && o.Sentence < len(other.Sentences) {
				os = other.Sentences[o.Sentence].Text
			}
			oth = append(oth, prepareFact(o, 1, os))
		}
	}
	for _, text := range perturbRewrites(f, d.Lang) {
		ns := sent[:f.Start] + text + sent[f.End:]
		for _, nf := range extract.Sentence(d.Lang, ns) {
			if nf.Start != f.Start || nf.Kind != f.Kind || nf.Value == f.Value {
				continue
			}
			nf.Sentence = f.Sentence
			cand := prepareFact(nf, 0, ns)
			if s, _ := compatible(cand, old); s > 0 {
				continue
			}
			// The document may complete a year-less date from the article.
			if len(old.dates) > 0 && len(cand.dates) > 0 && old.dates[0].overlaps(cand.dates[0]) {
				continue
			}
			// A value the other version gives is no change but a match;
			// values within another fact's tolerance stay (the comparison
			// may then miss the change, and the harness counts it).
			clash := false
			for _, o := range oth {
				if f.Kind == extract.Person {
					if s, _ := compatible(cand, o); s > 0 {
						clash = true
					}
				} else if nf.Equal(o.f) || nf.Value == o.f.Value {
					clash = true
				}
			}
			if clash {
				continue
			}
			nd := *d
			nd.Sentences = append([]corpus.Sentence(nil), d.Sentences...)
			nd.Sentences[f.Sentence].Text = ns
			return &nd, nf, true
		}
	}
	return nil, extract.Fact{}, false
}

// perturbRewrites returns candidate rewrites of the text of f, most
// natural first.
func perturbRewrites(f extract.Fact, lang language.Tag) []string {
	if f.Kind == extract.Person {
		return perturbNames(lang, strings.ContainsFunc(f.Text, cmpIsHan))
	}
	var out []string
	runs := pertNumeralRuns(f.Text)
	// The last numeral first: the day of a date, the units of a number.
	for i := len(runs) - 1; i >= 0; i-- {
		r := runs[i]
		unit := 1 // the last significant digit: 415 000 → 416 000
		for v := r.value; v >= 10 && v%10 == 0 && f.Kind == extract.Number; v /= 10 {
			unit *= 10
		}
		for _, nv := range pertSteps(r.value, unit, f.Kind == extract.Date) {
			var rep string
			if r.han {
				rep = pertHanNumeral(nv, r.digitwise)
				if rep == "" {
					continue
				}
			} else {
				rep = strconv.Itoa(nv)
				for len(rep) < r.end-r.start {
					rep = "0" + rep
				}
			}
			out = append(out, f.Text[:r.start]+rep+f.Text[r.end:])
		}
	}
	return append(out, perturbWords(f.Text)...)
}

// pertSteps are the values tried in place of n.
func pertSteps(n, unit int, date bool) []int {
	var out []int
	steps := []int{1, -1, 2, -2, 10, 3}
	if date {
		steps = []int{-2, 2, -1, 1, 3, -3}
	}
	for _, s := range steps {
		if v := n + s*unit; v > 0 {
			out = append(out, v)
		}
	}
	return out
}

// A pertRun is a run of digits (ASCII) or Chinese numerals in a text.
type pertRun struct {
	start, end int
	value      int
	han        bool
	digitwise  bool // 二〇一九: one character per digit
}

func pertHanDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '两':
		return 2
	}
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return i/3 + 1
	}
	return -1
}

func pertIsHanNumeral(r rune) bool {
	return pertHanDigit(r) >= 0 || r == '十' || r == '百' || r == '千'
}

func pertNumeralRuns(s string) []pertRun {
	var out []pertRun
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if v, err := strconv.Atoi(s[i:j]); err == nil && j-i <= 9 {
				out = append(out, pertRun{start: i, end: j, value: v})
			}
			i = j
		case pertIsHanNumeral(r):
			j := i
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !pertIsHanNumeral(r2) {
					break
				}
				j += w2
			}
			if v, digitwise, ok := pertParseHan(s[i:j]); ok {
				out = append(out, pertRun{start: i, end: j, value: v, han: true, digitwise: digitwise})
			}
			i = j
		default:
			i += w
		}
	}
	return out
}

// pertParseHan reads a Chinese numeral below 10000: 十八, 二十, 三百零五,
// or digit by digit (二〇一九).
func pertParseHan(s string) (int, bool, bool) {
	if !strings.ContainsAny(s, "十百千") {
		v := 0
		for _, r := range s {
			d := pertHanDigit(r)
			if d < 0 {
				return 0, false, false
			}
			v = v*10 + d
		}
		return v, utf8.RuneCountInString(s) > 1, true
	}
	total, cur := 0, -1
	for _, r := range s {
		switch r {
		case '十', '百', '千':
			m := map[rune]int{'十': 10, '百': 100, '千': 1000}[r]
			if cur < 0 {
				cur = 1
			}
			total += cur * m
			cur = -1
		default:
			d := pertHanDigit(r)
			if d < 0 {
				return 0, false, false
			}
			if d > 0 {
				cur = d
			}
		}
	}
	if cur > 0 {
		total += cur
	}
	return total, false, total > 0
}

// pertHanNumeral writes n (0 < n < 10000) in Chinese numerals, digit by digit
// when digitwise.
func pertHanNumeral(n int, digitwise bool) string {
	digits := []rune("〇一二三四五六七八九")
	if n <= 0 || n >= 10000 {
		return ""
	}
	if digitwise {
		var b strings.Builder
		for _, c := range strconv.Itoa(n) {
			b.WriteRune(digits[c-'0'])
		}
		return b.String()
	}
	var b strings.Builder
	units := []struct {
		v int
		r rune
	}{{1000, '千'}, {100, '百'}, {10, '十'}}
	zero := false
	for _, u := range units {
		d := n / u.v
		n %= u.v
		switch {
		case d > 0:
			if zero {
				b.WriteRune('零')
				zero = false
			}
			if !(u.v == 10 && d == 1 && b.Len() == 0) {
				b.WriteRune(digits[d])
			}
			b.WriteRune(u.r)
		case b.Len() > 0:
			zero = true
		}
	}
	if n > 0 {
		if zero {
			b.WriteRune('零')
		}
		b.WriteRune(digits[n])
	}
	return b.String()
}

// SamePairs reads the "same" pairs of a gold file (zh_file, fr_file,
// relation, evidence; the first line a header) in dir and loads their
// documents from dir/docs (or dir), zh left and fr right.
func SamePairs(dir string) ([][2]*corpus.Document, error) {
	f, err := os.Open(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docDir := filepath.Join(dir, "docs")
	if _, err := os.Stat(docDir); err != nil {
		docDir = dir
	}
	cache := map[string]*corpus.Document{}
	load := func(name string) (*corpus.Document, error) {
		if d, ok := cache[name]; ok {
			return d, nil
		}
		p := filepath.Join(docDir, name)
		docs, _, err := corpus.Load([]string{p}, corpus.Options{})
		if err != nil {
			return nil, err
		}
		if len(docs) != 1 {
			return nil, fmt.Errorf("%s: %d documents, want 1", p, len(docs))
		}
		cache[name] = docs[0]
		return docs[0], nil
	}
	var out [][2]*corpus.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 || len(cols) < 3 || cols[2] != "same" {
			continue
		}
		l, err := load(cols[0])
		if err != nil {
			return nil, fmt.Errorf("gold.tsv:%d: %w", line, err)
		}
		r, err := load(cols[1])
		if err != nil {
			return nil, fmt.Errorf("gold.tsv:%d: %w", line, err)
		}
		out = append(out, [2]*corpus.Document{l, r})
	}
	return out, sc.Err()
}
