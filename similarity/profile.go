package similarity

import (
	"math"
	"strconv"
	"strings"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/lexicon"
)

// leadSentences is how many body sentences, after the title, are read for
// the event date: news leads state when the event happened.
const leadSentences = 3

// A Profile is what pairing knows of one document. Build profiles with
// [NewProfiles]; a Profile is read-only afterwards.
type Profile struct {
	Doc   *corpus.Document
	Facts []extract.Fact

	vec      Vector
	people   [][]string // per person fact: its folded keys
	entity   map[string]bool
	numbers  []float64
	lead     []span // event dates in the lead
	dates    []span // every day-precise date
	anchor   span   // the document's date for blocking
	anchorOK bool
}

// Terms returns the concept counts of one document: lexicon concepts of its
// non-stop-word tokens (title counted twice), and folded Latin words or
// numbers that have no concept. A word with several concepts spreads its
// count over them.
func Terms(d *corpus.Document) map[string]float64 {
	counts := make(map[string]float64)
	add := func(text string, w float64) {
		for _, tok := range lexicon.Tokenize(d.Lang, text) {
			if tok.Kind == lexicon.Punct || lexicon.Stopword(d.Lang, tok.Text) {
				continue
			}
			cs := lexicon.Concepts(d.Lang, tok.Text)
			if len(cs) == 0 {
				switch tok.Kind {
				case lexicon.Latin, lexicon.Number:
					counts["lit:"+lexicon.Fold(tok.Text)] += w
				}
				continue
			}
			share := w / float64(len(cs))
			for _, c := range cs {
				counts[c] += share
			}
		}
	}
	add(d.Title, 2)
	for _, s := range d.Sentences {
		add(s.Text, 1)
	}
	return counts
}

// NewProfiles builds the profiles of docs, whose facts are given in the same
// order, over one shared vocabulary (so IDF is computed on this collection).
func NewProfiles(docs []*corpus.Document, facts [][]extract.Fact) ([]*Profile, *Vocabulary) {
	voc := NewVocabulary()
	tfs := make([]map[int32]float64, len(docs))
	for i, d := range docs {
		tfs[i] = voc.Add(Terms(d))
	}
	ps := make([]*Profile, len(docs))
	for i, d := range docs {
		ps[i] = newProfile(d, facts[i], voc.Weigh(tfs[i]))
	}
	return ps, voc
}

func newProfile(d *corpus.Document, facts []extract.Fact, vec Vector) *Profile {
	p := &Profile{Doc: d, Facts: facts, vec: vec, entity: make(map[string]bool)}
	for _, f := range facts {
		switch f.Kind {
		case extract.Person:
			keys := personKeys(f)
			if len(keys) > 0 {
				p.people = append(p.people, keys)
			}
		case extract.Place, extract.Org:
			if f.Value != "" {
				p.entity[f.Value] = true
			}
		case extract.Number:
			if v, ok := distinctive(f); ok {
				p.numbers = append(p.numbers, v)
			}
		case extract.Date:
			s, ok := parseSpan(f.Value)
			if !ok {
				continue
			}
			if s.day {
				p.dates = append(p.dates, s)
			}
			if f.Sentence < leadSentences && s.day {
				p.lead = append(p.lead, s)
			}
		}
	}
	if s, ok := parseDocDate(d.Date); ok {
		p.anchor, p.anchorOK = s, true
	} else {
		for _, s := range p.lead {
			if s.year != 0 {
				p.anchor, p.anchorOK = s, true
				break
			}
		}
	}
	return p
}

// personKeys returns the folded keys a person fact is known by.
func personKeys(f extract.Fact) []string {
	var keys []string
	seen := map[string]bool{}
	for _, k := range append([]string{f.Value}, f.Variants...) {
		k = lexicon.Fold(k)
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// distinctive returns the value of a number fact that says something about
// an event: percentages, decimals and quantities of 100 or more, but not
// ordinals or bare small counts, which every article has.
func distinctive(f extract.Fact) (float64, bool) {
	if f.Unit == "ordinal" {
		return 0, false
	}
	v, err := strconv.ParseFloat(f.Value, 64)
	if err != nil {
		return 0, false
	}
	if f.Unit == "%" || strings.Contains(f.Value, ".") || math.Abs(v) >= 100 {
		return v, true
	}
	return 0, false
}

// samePerson reports whether two people are plausibly one: a shared key, or
// the tokens of one key contained in the other's with at least one token of
// four letters or more ("mamonov" in "mikhail mamonov", "tien dung" in "mai
// tien dung").
func samePerson(a, b []string) (string, string, bool) {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return x, y, true
			}
			if tokenSubset(x, y) || tokenSubset(y, x) {
				return x, y, true
			}
		}
	}
	return "", "", false
}

func tokenSubset(small, big string) bool {
	st, bt := strings.Fields(small), strings.Fields(big)
	if len(st) == 0 || len(st) >= len(bt) {
		return false
	}
	long := false
	for _, t := range st {
		found := false
		for _, u := range bt {
			if t == u {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		if len(t) >= 4 {
			long = true
		}
	}
	return long
}

// sameNumber reports whether two values are equal up to the rounding a
// translator may apply (0.5 %).
func sameNumber(a, b float64) bool {
	d := math.Abs(a - b)
	m := math.Max(math.Abs(a), math.Abs(b))
	return d <= 0.005*m
}
