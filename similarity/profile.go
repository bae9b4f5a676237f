package similarity

import (
	"cmp"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/internal/par"
	"github.com/aligner/aligner/lexicon"
)

// leadSentences is how many body sentences, after the title, are read for
// the event date: news leads state when the event happened.
const leadSentences = 3

// A Profile is what pairing knows of one document. Build profiles with
// [NewProfiles]. Afterwards only [Pair] and [Scorer.Compete] change a
// profile (its best candidate cosine, which depends on the languages
// paired): do not run them concurrently on the same profiles.
type Profile struct {
	Doc   *corpus.Document
	Facts []extract.Fact

	vec                    Vector
	people                 []person        // distinct people
	leadPeople             []person        // the distinct people of the title and lead
	peopleBloom, leadBloom uint64          // the blooms of all people, of lead people
	peopleIdx, leadIdx     []ptok          // personIndex of people, of lead people
	leadVec                Vector          // TF-IDF vector of the title and lead sentences
	titleVec               Vector          // TF-IDF vector of the title: the event a report is about
	events                 uint16          // the kinds of event the title names (eventKinds)
	entity                 map[string]bool // place and organisation ids, while the profile is built
	ents                   []int32         // the term ids of "ent:" and each place or organisation id, sorted
	numbers                []float64
	lead                   []span // event dates in the lead
	dates                  []span // every day-precise date
	anchor                 span   // the document's date for blocking, perhaps without its year
	anchorOK               bool
	event                  span // the day of the event: the document's date, else its first lead date
	eventOK                bool
	year                   int     // the year of the event: its date's, else the document's, else the most named
	weekday                int     // the first weekday of the title and lead, 1 Monday … 7 Sunday, 0 none
	bestCos                float64 // best cosine among blocked candidates, set by Scorer.compete
	bestTitle              float64 // best title cosine among blocked candidates, set by Scorer.compete
}

// Terms returns the concept counts of one document: lexicon concepts of its
// non-stop-word tokens (title counted twice), folded Latin words or numbers
// that have no concept, and the terms of its facts and of its title's facts
// (see factTerms: people's name keys, which is how 梅进勇 meets "Mai Tien
// Dung", place and organisation ids, ordinals). A word with several
// concepts spreads its count over them. Latin words inside Chinese text are
// read as English.
func Terms(d *corpus.Document, facts []extract.Fact) map[string]float64 {
	all, _, _, _ := termsAndLead(d, facts, 0)
	m := make(map[string]float64, len(all.terms))
	for i, t := range all.terms {
		m[t] = all.n[i]
	}
	return m
}

// termCounts counts terms in the order they first occur, which makes an
// order of the terms that does not depend on map iteration (and costs less
// than sorting them).
type termCounts struct {
	idx   map[string]int32
	terms []string
	n     []float64
}

func (c *termCounts) add(t string, w float64) {
	if i, ok := c.idx[t]; ok {
		c.n[i] += w
		return
	}
	c.idx[t] = int32(len(c.terms))
	c.terms = append(c.terms, t)
	c.n = append(c.n, w)
}

// termsAndLead counts the terms of the whole document and, separately, of
// its title and first n sentences, tokenising each sentence once; it also
// returns the kinds of event the title's words name (wordEvents), or the
// first sentence's when the title names none.
func termsAndLead(d *corpus.Document, facts []extract.Fact, n int) (all termCounts, lead, title map[string]float64, events uint16) {
	all.idx = make(map[string]int32, 256)
	lead, title = make(map[string]float64), make(map[string]float64)
	var firstEvents uint16 // the kinds of event the first sentence names
	first := false
	add := func(text string, w float64, inLead, inTitle bool, names []extract.Fact) {
		for _, tok := range tokenizeAround(d.Lang, text, names) {
			lang := d.Lang
			if tok.Kind == lexicon.Latin {
				lang = language.English
			}
			if tok.Kind == lexicon.Punct || lexicon.Stopword(lang, tok.Text) {
				continue
			}
			cs := lexicon.Concepts(lang, tok.Text) // cached by lexicon
			if len(cs) == 0 {
				switch tok.Kind {
				case lexicon.Latin, lexicon.Number:
					t := "lit:" + lexicon.Fold(tok.Text)
					all.add(t, w)
					if inLead {
						lead[t] += w
					}
					if inTitle {
						title[t]++
					}
				}
				continue
			}
			share := w / float64(len(cs))
			for _, c := range cs {
				all.add(c, share)
				if inLead {
					lead[c] += share
				}
				if inTitle {
					title[c] += 1 / float64(len(cs))
				}
			}
			if inTitle {
				events |= wordEvents(cs)
			} else if first {
				firstEvents |= wordEvents(cs)
			}
		}
	}
	titleFacts := extract.Sentence(d.Lang, d.Title)
	add(d.Title, 2, true, true, titleFacts)
	k := 0 // facts come in sentence order (extract.Document)
	for i, s := range d.Sentences {
		first = i == 0
		for k < len(facts) && facts[k].Sentence < i {
			k++
		}
		k0 := k
		for k < len(facts) && facts[k].Sentence == i {
			k++
		}
		add(s.Text, 1, i < n, false, facts[k0:k])
	}
	// A title that names no kind of event (a quotation: 越南在法国对外政策中
	// 扮演重要角色) leaves it to the first sentence, which says what happened.
	if events == 0 {
		events = firstEvents
	}
	for _, f := range facts {
		for _, t := range factTerms(f) {
			all.add(t, 1)
			if f.Sentence < n {
				lead[t]++
			}
		}
	}
	// extract.Document reads the sentences, not the title: the title's
	// facts are read here, with the title's weight.
	for _, f := range titleFacts {
		for _, t := range factTerms(f) {
			all.add(t, 2)
			lead[t] += 2
			title[t]++
		}
	}
	return all, lead, title, events
}

// factTerms returns the terms a fact adds to the words' concepts: a
// person's folded Latin key as "name:" and each of its tokens, which is how
// 梅进勇 meets "Mai Tien Dung"; a place or organisation's id as "ent:",
// which joins "Assemblée nationale" to 国会 where a compound such as
// 第十四届国会 or 越南国会主席 hides it from the words; an ordinal's value
// as "ord:" (第六次 and "6e" for the sixth session), which a title often
// hinges on.
func factTerms(f extract.Fact) []string {
	switch f.Kind {
	case extract.Person:
		var ts []string
		for _, t := range strings.Fields(lexicon.Fold(f.Value)) {
			ts = append(ts, "name:"+t)
		}
		return ts
	case extract.Place, extract.Org:
		if f.Value != "" {
			return []string{"ent:" + f.Value}
		}
	case extract.Number:
		if f.Unit == "ordinal" && f.Value != "" {
			return []string{"ord:" + f.Value}
		}
	}
	return nil
}

// NewProfiles builds the profiles of docs, whose facts are given in the same
// order, over one shared vocabulary (so IDF is computed on this collection).
func NewProfiles(docs []*corpus.Document, facts [][]extract.Fact) ([]*Profile, *Vocabulary) {
	// Term counts in parallel; then terms are interned in input order, each
	// document's in the order they first occur in it, so that term ids, and
	// everything after, do not depend on scheduling; then vectors are
	// weighed in parallel.
	counts := make([]termCounts, len(docs))
	leads := make([]map[string]float64, len(docs))
	titles := make([]map[string]float64, len(docs))
	events := make([]uint16, len(docs))
	par.Do(len(docs), func(i int) {
		counts[i], leads[i], titles[i], events[i] = termsAndLead(docs[i], facts[i], leadSentences)
		counts[i].idx = nil
	})
	voc := NewVocabulary()
	ids := make([][]int32, len(docs))
	for i := range docs {
		ids[i] = voc.intern(counts[i].terms)
	}
	ps := make([]*Profile, len(docs))
	par.Do(len(docs), func(i int) {
		ps[i] = newProfile(docs[i], facts[i], voc.weighSorted(ids[i], counts[i].n))
		ps[i].leadVec = voc.weighMap(leads[i])
		ps[i].titleVec = voc.weighMap(titles[i])
		ps[i].events = events[i]
		// Places and organisations are terms too ("ent:" and the id, see
		// factTerms): pairs compare them as sorted term ids.
		for e := range ps[i].entity {
			if id, ok := voc.ids["ent:"+e]; ok {
				ps[i].ents = append(ps[i].ents, id)
			}
		}
		slices.Sort(ps[i].ents)
		ps[i].entity = nil
		counts[i], leads[i], titles[i], ids[i] = termCounts{}, nil, nil, nil
	})
	return ps, voc
}

func newProfile(d *corpus.Document, facts []extract.Fact, vec Vector) *Profile {
	p := &Profile{Doc: d, Facts: facts, vec: vec, entity: make(map[string]bool)}
	seenPerson, seenLead := map[string]bool{}, map[string]bool{}
	years := map[int]int{}
	for _, f := range facts {
		switch f.Kind {
		case extract.Person:
			keys := personKeys(f)
			if len(keys) > 0 && f.Sentence < leadSentences && !seenLead[keys[0]] {
				seenLead[keys[0]] = true
				p.leadPeople = append(p.leadPeople, newPerson(f.Text, keys))
				p.leadBloom |= p.leadPeople[len(p.leadPeople)-1].bloom
			}
			if len(keys) > 0 && !seenPerson[keys[0]] {
				seenPerson[keys[0]] = true
				p.people = append(p.people, newPerson(f.Text, keys))
				p.peopleBloom |= p.people[len(p.people)-1].bloom
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
			if s.year != 0 && explicitYear(f.Text) {
				years[s.year]++
			}
			if !explicitYear(f.Text) {
				// A year inferred from elsewhere in the article can be a
				// historical one; compare such dates by month and day.
				s.year = 0
			}
			if s.day {
				p.dates = append(p.dates, s)
			}
			if f.Sentence < leadSentences && s.day {
				p.lead = append(p.lead, s)
			}
		}
	}
	if s, ok := parseDocDate(d.Date); ok && s.day {
		p.event, p.eventOK = s, true
	} else if len(p.lead) > 0 {
		p.event, p.eventOK = p.lead[0], true
	}
	switch docDate, ok := parseDocDate(d.Date); {
	case p.eventOK && p.event.year != 0:
		p.year = p.event.year
	case ok && docDate.year != 0:
		p.year = docDate.year
	default:
		for y, n := range years {
			if n > years[p.year] || n == years[p.year] && y > p.year {
				p.year = y
			}
		}
	}
	texts := []string{d.Title}
	for i := 0; i < len(d.Sentences) && i < leadSentences; i++ {
		texts = append(texts, d.Sentences[i].Text)
	}
	p.weekday = leadWeekday(d.Lang, texts...)
	if s, ok := parseDocDate(d.Date); ok {
		p.anchor, p.anchorOK = s, true
	} else {
		for _, s := range p.lead {
			if s.year != 0 {
				p.anchor, p.anchorOK = s, true
				break
			}
		}
		// News leads seldom give the year (2月20日, le 20 février): a
		// date without it still blocks by the day of the year.
		for _, s := range p.lead {
			if !p.anchorOK && !s.noMonth {
				p.anchor, p.anchorOK = s, true
			}
		}
	}
	p.peopleIdx, p.leadIdx = personIndex(p.people), personIndex(p.leadPeople)
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

// A person is the folded keys a person fact is known by. Keys and their
// tokens are kept as 64-bit hashes so that comparing two people, which
// pairing does millions of times, compares integers.
type person struct {
	text  string // the first mention
	keys  []string
	ids   []uint64   // hash of each key
	toks  [][]uint64 // hashes of each key's tokens
	long  [][]bool   // whether each token has four letters or more
	kbits []uint64   // one bit per token hash, for each key
	bloom uint64     // the bits of all keys: people sharing no bit share no token
}

var personSeed = maphash.MakeSeed()

// A ptok is a key or long-token hash of the person at index p of a list.
type ptok struct {
	h uint64
	p int32
}

// personIndex lists the key hashes and the hashes of the long tokens (four
// letters or more) of people, sorted. Two people [samePerson] takes for one
// share a key or a long token, so merging two indexes finds every pair worth
// comparing.
func personIndex(people []person) []ptok {
	var out []ptok
	for i, p := range people {
		for k := range p.keys {
			out = append(out, ptok{p.ids[k], int32(i)})
			for t, h := range p.toks[k] {
				if p.long[k][t] {
					out = append(out, ptok{h, int32(i)})
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y ptok) int {
		if x.h != y.h {
			return cmp.Compare(x.h, y.h)
		}
		return cmp.Compare(x.p, y.p)
	})
	return slices.Compact(out)
}

func newPerson(text string, keys []string) person {
	p := person{text: text, keys: keys, ids: make([]uint64, len(keys)), toks: make([][]uint64, len(keys)), long: make([][]bool, len(keys)), kbits: make([]uint64, len(keys))}
	for i, k := range keys {
		p.ids[i] = maphash.String(personSeed, k)
		for _, t := range strings.Fields(k) {
			h := maphash.String(personSeed, t)
			p.toks[i] = append(p.toks[i], h)
			p.long[i] = append(p.long[i], len(t) >= 4)
			p.kbits[i] |= 1 << (h & 63)
		}
		p.bloom |= p.kbits[i]
	}
	return p
}

// samePerson reports whether two people are plausibly one: a shared key, or
// the tokens of one key contained in the other's with at least one token of
// four letters or more ("mamonov" in "mikhail mamonov", "tien dung" in "mai
// tien dung").
func samePerson(a, b person) (string, string, bool) {
	if a.bloom&b.bloom == 0 {
		return "", "", false
	}
	for i, x := range a.keys {
		for j, y := range b.keys {
			// Equal keys, or the tokens of one among the other's, have
			// the bits of one key among the other's.
			if both := a.kbits[i] & b.kbits[j]; both != a.kbits[i] && both != b.kbits[j] {
				continue
			}
			if a.ids[i] == b.ids[j] || tokenSubset(a.toks[i], a.long[i], b.toks[j]) || tokenSubset(b.toks[j], b.long[j], a.toks[i]) {
				return x, y, true
			}
		}
	}
	return "", "", false
}

// tokenSubset reports whether the tokens st (with their long flags) are
// all among bt, which has more tokens, and one of them is long.
func tokenSubset(st []uint64, long []bool, bt []uint64) bool {
	if len(st) == 0 || len(st) >= len(bt) {
		return false
	}
	hasLong := false
	for k, t := range st {
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
		hasLong = hasLong || long[k]
	}
	return hasLong
}

// sameNumber reports whether two values are equal up to the rounding a
// translator may apply (0.5 %).
func sameNumber(a, b float64) bool {
	d := math.Abs(a - b)
	m := math.Max(math.Abs(a), math.Abs(b))
	return d <= 0.005*m
}

// explicitYear reports whether a date's text writes a year (four digits).
func explicitYear(text string) bool {
	run := 0
	for _, r := range text {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// tokenizeAround tokenizes a Chinese sentence apart at the people named in
// it, so that a name the dictionary does not know does not glue to the
// word after it (陈荣胜会见 segmented 陈/荣/胜会/见 loses 会见). facts are
// the sentence's facts, in order; other languages are tokenized whole.
func tokenizeAround(lang language.Tag, s string, facts []extract.Fact) []lexicon.Token {
	if lang != language.Chinese {
		return lexicon.Tokenize(lang, s)
	}
	var toks []lexicon.Token
	last := 0
	cut := func(end int) {
		for _, t := range lexicon.Tokenize(lang, s[last:end]) {
			t.Start += last
			t.End += last
			toks = append(toks, t)
		}
		last = end
	}
	for _, f := range facts {
		if f.Kind != extract.Person || f.Start < last || f.End > len(s) {
			continue
		}
		cut(f.Start)
		cut(f.End)
	}
	cut(len(s))
	return toks
}
