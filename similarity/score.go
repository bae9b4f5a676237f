package similarity

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// Feature indices of a [Features] vector. Index 0 is the constant 1 of the
// logistic models' intercept.
const (
	fBias         = iota
	fCosine       // TF-IDF cosine over the concept space
	fDateMatch    // an event date of one lead is a date of the other
	fDateConflict // both leads give day-precise dates and none agree
	fPeople       // distinct people named in both over the fewer people of either
	fEntities     // places and organisations: IDF-weighted Jaccard
	fNumbers      // shared distinctive numbers, min(n,3)/3
	fClose        // event days (document date, else first lead date) at most one day apart
	fFar          // event days more than three days apart
	fRelCos       // cosine over the best cosine of either document (1: the best candidate of both)
	fLeadCos      // cosine of the titles and leads
	fLeadPeople   // people of both leads: shared over union
	fTitleCos     // cosine of the titles
	fRelTitle     // title cosine over the best title cosine of either document
	fEventSame    // both titles name a kind of event (arrival, talks…) and share one
	fEventOther   // both titles name kinds of event, none shared
	fNoDay        // the event day of one document or both is unknown
	numFeatures
)

// featureNames name the features in weights.go and in evidence.
var featureNames = [numFeatures]string{"bias", "cosine", "date_match", "date_conflict", "people", "entities", "numbers", "close", "far", "rel_cosine", "lead_cosine", "lead_people", "title_cosine", "rel_title", "event_same", "event_other", "no_day"}

// Features is the description of a candidate pair the models score.
type Features [numFeatures]float64

// A Model is a logistic model over [Features]: p = 1/(1+exp(-w·x)).
type Model struct {
	W Features
}

// Logit returns w·x.
func (m Model) Logit(x Features) float64 {
	s := 0.0
	for i := range x {
		s += m.W[i] * x[i]
	}
	return s
}

// Prob returns the model's probability for x.
func (m Model) Prob(x Features) float64 { return sigmoid(m.Logit(x)) }

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// A NamePair is one person named in both documents: the spelling of each
// side (as first written in it, e.g. 梅进勇 and Mai Tien Dung) and the
// folded Latin keys that matched.
type NamePair struct {
	Left     string `json:"left"`
	Right    string `json:"right"`
	LeftKey  string `json:"left_key"`
	RightKey string `json:"right_key"`
}

// Evidence says why two documents were paired.
type Evidence struct {
	Cosine       float64    `json:"cosine"`
	TitleCosine  float64    `json:"title_cosine"`
	People       []NamePair `json:"people,omitempty"`
	Dates        []string   `json:"dates,omitempty"`
	DateConflict bool       `json:"date_conflict,omitempty"`
	Places       []string   `json:"places,omitempty"`
	Orgs         []string   `json:"orgs,omitempty"`
	Numbers      []string   `json:"numbers,omitempty"`
	Terms        []string   `json:"terms,omitempty"`
	DayGap       *int       `json:"day_gap,omitempty"`
	PSame        float64    `json:"p_same"`
	PRelated     float64    `json:"p_related"`
}

// Scorer computes features and probabilities for pairs of profiles of one
// collection. It is safe for concurrent use once built.
type Scorer struct {
	Same, Related Model
	entIDF        []float64 // by term id: the IDF of a place or organisation over the profiles
	voc           *Vocabulary
}

// NewScorer prepares scoring over the given profiles with the default
// models.
func NewScorer(ps []*Profile, voc *Vocabulary) *Scorer {
	n := 0
	for _, p := range ps {
		if len(p.ents) > 0 {
			n = max(n, int(p.ents[len(p.ents)-1])+1)
		}
	}
	df := make([]int, n)
	for _, p := range ps {
		for _, e := range p.ents {
			df[e]++
		}
	}
	s := &Scorer{Same: DefaultSame, Related: DefaultRelated, entIDF: make([]float64, n), voc: voc}
	docs := float64(len(ps))
	for e, c := range df {
		if c > 0 {
			s.entIDF[e] = math.Log((docs + 1) / float64(c))
		}
	}
	return s
}

// Features returns the features of the pair (a, b).
func (s *Scorer) Features(a, b *Profile) Features {
	x, _ := s.features(a, b, false)
	return x
}

// Evidence returns the features of (a, b) turned into evidence for a user.
func (s *Scorer) Evidence(a, b *Profile) Evidence {
	x, ev := s.features(a, b, true)
	ev.PSame = round4(s.Same.Prob(x))
	ev.PRelated = round4(s.Related.Prob(x))
	return ev
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

func (s *Scorer) features(a, b *Profile, explain bool) (Features, Evidence) {
	return s.featuresCos(a, b, Cosine(a.vec, b.vec), Cosine(a.leadVec, b.leadVec), Cosine(a.titleVec, b.titleVec), explain)
}

// featuresCos is features with the TF-IDF cosines of a and b, whole, of
// the leads and of the titles, already known.
func (s *Scorer) featuresCos(a, b *Profile, cos, leadCos, titleCos float64, explain bool) (Features, Evidence) {
	var x Features
	var ev Evidence
	x[fBias] = 1
	x[fCosine] = cos
	if best := math.Max(a.bestCos, b.bestCos); best > 0 {
		x[fRelCos] = cos / best
	}
	ev.Cosine = round4(cos)

	// Event dates: a lead date of one side among the dates of the other.
	match := false
	var dates []string
	for _, l := range a.lead {
		for _, d := range b.dates {
			if l.overlaps(d) {
				match = true
				if explain {
					dates = append(dates, l.String())
				}
			}
		}
	}
	for _, l := range b.lead {
		for _, d := range a.dates {
			if l.overlaps(d) {
				match = true
				if explain {
					dates = append(dates, d.String())
				}
			}
		}
	}
	if match {
		x[fDateMatch] = 1
	} else if len(a.lead) > 0 && len(b.lead) > 0 {
		x[fDateConflict] = 1
		ev.DateConflict = true
	} else if same, known := weekdayAgreement(a, b); known {
		// A weekday against a date: agreement counts as an event date in
		// common and the same day, disagreement as a conflict.
		if same {
			x[fDateMatch], x[fClose] = 1, 1
		} else {
			x[fDateConflict] = 1
			ev.DateConflict = true
		}
	}
	ev.Dates = uniqSorted(dates)

	// People.
	var pairs *[]NamePair
	if explain {
		pairs = &ev.People
	}
	n := matchPeople(a.people, b.people, a.peopleIdx, b.peopleIdx, a.peopleBloom, b.peopleBloom, pairs)
	if m := min(len(a.people), len(b.people)); m > 0 {
		x[fPeople] = float64(n) / float64(m)
	}
	x[fLeadCos] = leadCos
	x[fTitleCos] = titleCos
	ev.TitleCosine = round4(titleCos)
	if a.events != 0 && b.events != 0 {
		if a.events&b.events != 0 {
			x[fEventSame] = 1
		} else {
			x[fEventOther] = 1
		}
	}
	if best := math.Max(a.bestTitle, b.bestTitle); best > 0 {
		x[fRelTitle] = x[fTitleCos] / best
	}
	if len(a.leadPeople) > 0 && len(b.leadPeople) > 0 {
		shared := matchPeople(a.leadPeople, b.leadPeople, a.leadIdx, b.leadIdx, a.leadBloom, b.leadBloom, nil)
		x[fLeadPeople] = float64(shared) / float64(len(a.leadPeople)+len(b.leadPeople)-shared)
	}

	// Places and organisations, weighted by rarity: the IDF-weighted
	// Jaccard of their sorted ids.
	w, union := 0.0, 0.0
	i, j := 0, 0
	for i < len(a.ents) || j < len(b.ents) {
		switch {
		case j == len(b.ents) || i < len(a.ents) && a.ents[i] < b.ents[j]:
			union += s.entIDF[a.ents[i]]
			i++
		case i == len(a.ents) || b.ents[j] < a.ents[i]:
			union += s.entIDF[b.ents[j]]
			j++
		default:
			union += s.entIDF[a.ents[i]]
			w += s.entIDF[a.ents[i]]
			if explain {
				e := strings.TrimPrefix(s.voc.Term(a.ents[i]), "ent:")
				if strings.HasPrefix(e, "org:") {
					ev.Orgs = append(ev.Orgs, e)
				} else {
					ev.Places = append(ev.Places, e)
				}
			}
			i++
			j++
		}
	}
	if union > 0 {
		x[fEntities] = w / union
	}
	sort.Strings(ev.Orgs)
	sort.Strings(ev.Places)

	// Distinctive numbers.
	n = 0
	usedN := make([]bool, len(b.numbers))
	for _, va := range a.numbers {
		for j, vb := range b.numbers {
			if !usedN[j] && sameNumber(va, vb) {
				usedN[j] = true
				n++
				if explain {
					ev.Numbers = append(ev.Numbers, formatNumber(va))
				}
				break
			}
		}
	}
	x[fNumbers] = math.Min(float64(n), 3) / 3

	// Event days: the documents' dates, else their first lead dates.
	if !a.eventOK || !b.eventOK {
		x[fNoDay] = 1
	}
	if a.eventOK && b.eventOK {
		if g, ok := gap(a.event, b.event); ok {
			if g <= 1 {
				x[fClose] = 1
			}
			if g > 3 {
				x[fFar] = 1
			}
			ev.DayGap = &g
		}
	}
	if explain && s.voc != nil {
		for _, id := range shared(a.vec, b.vec, 8) {
			ev.Terms = append(ev.Terms, s.voc.Term(id))
		}
	}
	return x, ev
}

func uniqSorted(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	sort.Strings(ss)
	out := ss[:1]
	for _, s := range ss[1:] {
		if s != out[len(out)-1] {
			out = append(out, s)
		}
	}
	return out
}

// matchPeople counts the people of a who are among the people of b, each
// person of b matched once, and appends the matched keys to pairs when it
// is not nil. ia and ib are their personIndex, ba and bb the blooms of all
// of a's and b's people. The people of a are taken in order, each matched
// with the first unmatched person of b it is [samePerson] with; only the
// pairs that share a key or long token (found by merging the indexes) are
// compared.
func matchPeople(a, b []person, ia, ib []ptok, ba, bb uint64, pairs *[]NamePair) int {
	if ba&bb == 0 {
		return 0
	}
	var buf [64][2]int32
	cand := buf[:0]
	for i, j := 0, 0; i < len(ia) && j < len(ib); {
		switch {
		case ia[i].h < ib[j].h:
			i++
		case ia[i].h > ib[j].h:
			j++
		default:
			h := ia[i].h
			j0 := j
			for ; i < len(ia) && ia[i].h == h; i++ {
				for j = j0; j < len(ib) && ib[j].h == h; j++ {
					cand = append(cand, [2]int32{ia[i].p, ib[j].p})
				}
			}
		}
	}
	if len(cand) == 0 {
		return 0
	}
	slices.SortFunc(cand, func(x, y [2]int32) int {
		if x[0] != y[0] {
			return cmp.Compare(x[0], y[0])
		}
		return cmp.Compare(x[1], y[1])
	})
	// The people of b already matched: a bit set, or a slice for the rare
	// document naming more than 64 people.
	var usedBits uint64
	var usedMore []bool
	if len(b) > 64 {
		usedMore = make([]bool, len(b))
	}
	n := 0
	done := int32(-1) // the last person of a matched
	for k, c := range cand {
		if c[0] == done || k > 0 && c == cand[k-1] {
			continue
		}
		j := c[1]
		if usedMore != nil && usedMore[j] || usedMore == nil && usedBits&(1<<j) != 0 {
			continue
		}
		pa, pb := a[c[0]], b[j]
		if ka, kb, ok := samePerson(pa, pb); ok {
			if usedMore != nil {
				usedMore[j] = true
			} else {
				usedBits |= 1 << j
			}
			n++
			done = c[0]
			if pairs != nil {
				*pairs = append(*pairs, NamePair{Left: pa.text, Right: pb.text, LeftKey: ka, RightKey: kb})
			}
		}
	}
	return n
}
