package corpus

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// frWordsGz is a general French word-form list (see data/NOTICE).
//
//go:embed data/fr_words.txt.gz
var frWordsGz []byte

// frWords returns the sorted French word forms, loaded once.
var frWords = sync.OnceValue(loadWords)

func loadWords() []string {
	zr, err := gzip.NewReader(bytes.NewReader(frWordsGz))
	if err != nil {
		panic("corpus: embedded French word list: " + err.Error()) // build error
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("corpus: embedded French word list: " + err.Error())
	}
	ws := strings.Split(strings.TrimSpace(string(b)), "\n")
	if !sort.StringsAreSorted(ws) {
		sort.Strings(ws)
	}
	return ws
}

// frWordSet holds the words of frWords, built once: a map lookup is
// several times faster than a binary search of the list.
var frWordSet = sync.OnceValue(func() map[string]struct{} {
	ws := frWords()
	m := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		m[w] = struct{}{}
	}
	return m
})

func frKnown(w string) bool {
	_, ok := frWordSet()[w]
	return ok
}

// frFunction are French function words, the usual left or right half of a
// pair glued by a lost line break ("du"+"gouvernement", "entre"+"la").
var frFunction = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields("le la les de du des un une au aux à a en et ou où par pour sur dans avec sans sous entre que qui ne se sa son ses leur leurs ce cet cette ces est il elle ils elles on nous vous y vers chez dont mais plus très lors selon après avant ont été lui eux cela ceci tout tous toute toutes aussi ainsi donc puis alors comme si") {
		m[w] = true
	}
	return m
}()

// frPreposition and frArticle make up the third word of a three-word glue
// ("garantie"+"de"+"la").
var (
	frPreposition = map[string]bool{"de": true, "à": true, "en": true, "pour": true, "par": true, "sur": true, "dans": true, "avec": true, "entre": true, "sous": true, "vers": true, "chez": true}
	frArticle     = map[string]bool{"la": true, "le": true, "les": true, "un": true, "une": true, "des": true, "du": true}
)

// frCommon marks the articles and prepositions most often glued, which win
// ties against pronouns ("sein"+"du" rather than "se"+"indu").
var frCommon = map[string]int{"de": 1, "du": 1, "des": 1, "la": 1, "le": 1, "les": 1, "à": 1, "au": 1, "aux": 1, "en": 1, "et": 1, "un": 1, "une": 1}

// A Repair is a glued word that cleaning split ("dugouvernement" → "du
// gouvernement").
type Repair struct {
	Line int    // 1-based line in Document.Path, 0 when unknown
	Old  string // the glued token
	New  string // its replacement
}

// glueFixer repairs French words glued together by lost line breaks, using
// the general word list and the words the document itself uses separately.
//
// The counts of the document's words are made when
// a word the word list does not know first needs them (index, lowerCount).
type glueFixer struct {
	seen  map[string]int    // word → count of separate uses in the document (case kept)
	lower map[string]int    // the same, lower-cased
	texts []string          // the texts given to newGlueFixer
	runs  [][]run           // their letterRuns
	split map[string]string // split(w, false) of the words seen so far
	words int               // the number of runs
}

func newGlueFixer(texts []string) *glueFixer {
	g := &glueFixer{texts: texts, runs: make([][]run, len(texts))}
	for i, t := range texts {
		g.runs[i] = letterRuns(t)
		g.words += len(g.runs[i])
	}
	return g
}

// index counts the words of the texts (case kept), once.
func (g *glueFixer) index() {
	if g.seen != nil {
		return
	}
	g.seen = make(map[string]int, g.words/2)
	for i, rs := range g.runs {
		for _, w := range rs {
			g.seen[g.texts[i][w.start:w.end]]++
		}
	}
}

// lowerCount returns the number of separate uses of the lower-case word w
// in the texts, in any case.
func (g *glueFixer) lowerCount(w string) int {
	if g.lower == nil {
		g.index()
		g.lower = make(map[string]int, len(g.seen))
		for k, n := range g.seen {
			g.lower[strings.ToLower(k)] += n
		}
	}
	return g.lower[w]
}

// A run is the word s[start:end] of a text s.
type run struct{ start, end int }

// letterRuns returns the maximal runs of letters in s.
func letterRuns(s string) []run {
	out := make([]run, 0, len(s)/8)
	start := -1
	for i, r := range s {
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, run{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, run{start, len(s)})
	}
	return out
}

// known reports whether w is a French word or one the document uses.
func (g *glueFixer) known(w string) bool {
	return g.lowerCount(w) > 0 || frKnown(w)
}

// fix returns s with glued words split, and what it changed.
func (g *glueFixer) fix(s string) (string, [][2]string) {
	return g.fixRuns(s, letterRuns(s))
}

// fixText is fix of the i-th text given to newGlueFixer.
func (g *glueFixer) fixText(s string, i int) (string, [][2]string) {
	return g.fixRuns(s, g.runs[i])
}

// fixRuns is fix with the letterRuns of s given.
func (g *glueFixer) fixRuns(s string, runs []run) (string, [][2]string) {
	var b strings.Builder
	var changes [][2]string
	last := 0
	for _, r := range runs {
		w := s[r.start:r.end]
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		var rep string
		if r.end < len(s) && (strings.HasPrefix(s[r.end:], "’") || strings.HasPrefix(s[r.end:], "'")) {
			rep = g.splitWord(w, true)
		} else if cached, ok := g.split[w]; ok {
			rep = cached // a word seen before gets the same answer
		} else {
			rep = g.splitWord(w, false)
			if g.split == nil {
				g.split = make(map[string]string, g.words/2)
			}
			g.split[w] = rep
		}
		if rep == "" {
			continue
		}
		b.WriteString(s[last:r.start])
		b.WriteString(rep)
		last = r.end
		changes = append(changes, [2]string{w, rep})
	}
	if changes == nil {
		return s, nil
	}
	b.WriteString(s[last:])
	return b.String(), changes
}

// splitWord returns the repaired form of token w, or "" to leave it.
func (g *glueFixer) splitWord(w string, elided bool) string {
	lw := strings.ToLower(w)
	if frKnown(lw) || lw != w && frKnown(w) {
		return ""
	}
	g.index()
	rs := []rune(w)
	// CamelCase: "duDéveloppement", "TienDung".
	for k := 1; k < len(rs); k++ {
		if !unicode.IsLower(rs[k-1]) || !unicode.IsUpper(rs[k]) {
			continue
		}
		a, b := string(rs[:k]), string(rs[k:])
		if frFunction[strings.ToLower(a)] && (unicode.IsLower(rs[0]) || g.seen[w] <= 1) {
			return a + " " + b
		}
		if unicode.IsUpper(rs[0]) && g.seen[a] > 0 && g.seen[b] > 0 {
			return a + " " + b
		}
		// A sentence glued to the last word of the previous one:
		// "entretiensLes relations".
		if unicode.IsLower(rs[0]) && k >= 3 && g.known(strings.ToLower(a)) {
			return a + " " + b
		}
		return ""
	}
	// Elision glued to the previous word: "édificationd’un", "etd'un".
	if elided && len(rs) >= 3 && strings.ContainsRune("dljmnstc", rs[len(rs)-1]) {
		head := strings.ToLower(string(rs[:len(rs)-1]))
		if !frKnown(lw) && g.known(head) && utf8.RuneCountInString(head) >= 2 {
			return string(rs[:len(rs)-1]) + " " + string(rs[len(rs)-1])
		}
	}
	switch {
	case isLowerWord(rs):
		if len(rs) < 4 || g.inflected(lw) {
			return ""
		}
		if rep := g.split2(lw, true); rep != "" {
			return rep
		}
		// Three words: "garantiedela" = "garantie" + "dela".
		for k := 3; k < len(rs)-2; k++ {
			a := string(rs[:k])
			if !frKnown(a) {
				continue
			}
			if rep := g.split2(string(rs[k:]), false); rep != "" {
				if x, y, _ := strings.Cut(rep, " "); frPreposition[x] && frArticle[y] {
					return a + " " + rep
				}
			}
		}
	case unicode.IsUpper(rs[0]) && isLowerWord(rs[1:]) && g.seen[w] <= 1:
		// A capitalised glued pair at a sentence start: "Lemodèle".
		for k := 1; k <= len(rs)-2; k++ {
			a, b := string(rs[:k]), string(rs[k:])
			if frFunction[strings.ToLower(a)] && (frFunction[b] || frKnown(b) && g.lowerCount(b) > 0) {
				return a + " " + b
			}
		}
	}
	return ""
}

// split2 finds the best cut of lower-case w into two words: a function word
// and a known word, or two words long enough not to be an accident.
func (g *glueFixer) split2(w string, content bool) string {
	rs := []rune(w)
	best, bestScore := "", 0
	for k := 1; k < len(rs); k++ {
		a, b := string(rs[:k]), string(rs[k:])
		la, lb := k, len(rs)-k
		score := 0
		switch {
		case frFunction[a] && frFunction[b]:
			score = 10 + min(la, lb)
		case frFunction[a] && lb >= 2 && g.known(b):
			score = 20 + lb + 2*frCommon[a]
		case frFunction[b] && la >= 2 && g.known(a):
			score = 20 + la + 2*frCommon[b]
		case content && la >= 4 && lb >= 4 && frKnown(a) && frKnown(b) && (g.lowerCount(a)+g.lowerCount(b) > 0 || min(la, lb) >= 6):
			score = 10 + min(la, lb)
		case content && la >= 3 && lb >= 3 && g.lowerCount(a) > 0 && g.lowerCount(b) > 0:
			score = 10 + min(la, lb)
		}
		if score > bestScore {
			best, bestScore = a+" "+b, score
		}
	}
	return best
}

// inflected reports whether w, unknown to the word list, looks like an
// inflection of a known word ("malaisienne", "finalisant") rather than
// two glued words.
func (g *glueFixer) inflected(w string) bool {
	for _, suf := range []string{"s", "x", "e", "es", "ne", "nes", "ant", "ants", "ante", "ée", "ées", "és", "ment"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		if strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "x") {
			continue // no inflection adds to a plural: "adressés"+"es"
		}
		if g.known(stem) || frKnown(stem+"er") || frKnown(stem+"e") || frKnown(stem+"é") {
			return true
		}
	}
	return false
}

func isLowerWord(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		if !unicode.IsLower(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}
