package lexicon

import (
	"bytes"
	"hash/maphash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"golang.org/x/text/language"
)

// cedict maps simplified headwords to their cleaned English glosses.
type cedict struct {
	glosses map[string]string // "gloss/gloss/…"
	proper  map[string]byte   // 'P': proper noun only, 'p': also a proper noun
}

var cedictOnce = sync.OnceValue(loadCedict)

func loadCedict() *cedict {
	c := &cedict{glosses: make(map[string]string, 120000), proper: map[string]byte{}}
	eachLine(readData("cedict.tsv.gz"), func(line []byte) {
		f := bytes.SplitN(line, []byte{'\t'}, 3)
		if len(f) != 3 {
			return
		}
		w := string(f[0])
		c.glosses[w] = string(f[2])
		if len(f[1]) > 0 {
			c.proper[w] = f[1][0]
		}
	})
	return c
}

// Glosses returns the English glosses CC-CEDICT gives for the simplified
// Chinese word w (cleaned: no classifiers, cross-references, pinyin or
// parentheses), common senses first; nil if w is not a headword.
func Glosses(w string) []string {
	g, ok := cedictOnce().glosses[w]
	if !ok || g == "" {
		return nil
	}
	return strings.Split(g, "/")
}

// enVocab is the set of lower-case English words of the CC-CEDICT glosses,
// the vocabulary French cognates are checked against.
var enVocabOnce = sync.OnceValue(loadEnVocab)

func loadEnVocab() map[string]bool {
	m := make(map[string]bool, 60000)
	for _, g := range cedictOnce().glosses {
		for _, w := range strings.FieldsFunc(g, notWordRune) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// frEn maps French words (lower case) to English words, from data/fr_en.tsv,
// also indexed by snowball French stem.
type frEn struct {
	exact, stem map[string][]string
}

var frEnOnce = sync.OnceValue(loadFrEn)

func loadFrEn() *frEn {
	t := &frEn{exact: map[string][]string{}, stem: map[string][]string{}}
	if len(dataFiles("fr_en.tsv")) == 0 {
		return t
	}
	eachLine(readData("fr_en.tsv"), func(line []byte) {
		if len(line) == 0 || line[0] == '#' {
			return
		}
		f := strings.SplitN(string(line), "\t", 2)
		if len(f) != 2 {
			return
		}
		fr := strings.ToLower(strings.TrimSpace(f[0]))
		var ens []string
		for _, e := range strings.Split(f[1], "|") {
			if e = strings.TrimSpace(e); e != "" {
				ens = append(ens, e)
			}
		}
		if fr == "" || len(ens) == 0 {
			return
		}
		t.exact[fr] = appendNew(t.exact[fr], ens...)
		st := french.Stem(fr, true)
		t.stem[st] = appendNew(t.stem[st], ens...)
	})
	return t
}

// Concepts returns the language-neutral meaning keys of word in lang:
// "g:<id>" for the glossary entries word names and "en:<stem>" for the
// English words it translates to (snowball English stems), glossary keys
// first, then English stems in sense order, without duplicates. It returns
// nil for stop words and unknown words. Keys of translations are equal
// across languages: Concepts(zh, "政府"), Concepts(fr, "gouvernement")
// and Concepts(en, "government") all contain "en:govern".
//
// Chinese words reach English through CC-CEDICT (an unknown compound that
// does not look like a name is split into known words); French words
// through data/fr_en.tsv, then cognate suffix rules checked against the
// English vocabulary of CC-CEDICT.
//
// Results are cached per language and word (a bounded cache), so the
// returned slice is shared by every caller asking for the same word: do not
// modify its elements (appending to it is safe, its capacity is its length).
func Concepts(lang language.Tag, word string) []string {
	l := baseLang(lang)
	if l == otherLang {
		return nil
	}
	sh := &conceptCache[l][conceptShard(word)]
	sh.mu.RLock()
	keys, ok := sh.m[word]
	sh.mu.RUnlock()
	if !ok {
		keys = concepts(lang, l, word)
		sh.mu.Lock()
		if sh.m == nil || len(sh.m) >= conceptShardMax {
			sh.m = make(map[string][]string, 64)
		}
		sh.m[strings.Clone(word)] = keys
		sh.mu.Unlock()
	}
	return keys[:len(keys):len(keys)]
}

// conceptCache holds the results of [Concepts] per language, in shards
// picked by a hash of the word so that concurrent callers rarely share a
// lock. A full shard is emptied, which bounds the memory the cache takes
// (about 4096 × 16 words per language) without changing results.
var conceptCache [4][16]struct {
	mu sync.RWMutex
	m  map[string][]string
}

const conceptShardMax = 4096

var conceptSeed = maphash.MakeSeed()

func conceptShard(word string) int { return int(maphash.String(conceptSeed, word) & 15) }

// concepts computes [Concepts] for a word of language l (lang's base).
func concepts(lang language.Tag, l langID, word string) []string {
	word = strings.TrimSpace(word)
	if word == "" || Stopword(lang, word) {
		return nil
	}
	var keys []string
	switch l {
	case zhLang:
		keys = zhConcepts(word, true)
		if len(keys) == 0 {
			if simp := Simplified(word); simp != word {
				keys = zhConcepts(simp, true)
			}
		}
	case frLang:
		keys = frConcepts(word)
	case enLang:
		keys = enConcepts(word)
	default:
		return nil
	}
	return uniq(keys)
}

func glossaryKeys(word string) []string {
	g := glossaryOnce()
	var keys []string
	var e *Entry
	if hanOnly(word) {
		e = g.zh[word]
	} else if lf := g.latin[Fold(word)]; lf != nil && caseCompatible(lf.form, word) {
		e = lf.entry
	}
	if e == nil {
		return nil
	}
	keys = append(keys, "g:"+e.ID)
	// The English names of entries link the glossary to the CC-CEDICT side
	// of the bridge: every English name of a term or title of one to three
	// content words (自由贸易协定 → free, trade, agreement, which the words
	// of "accord de libre-échange" meet one by one), and the content words
	// of the preferred English name of an organisation (越南共产党 →
	// communist, party, vietnam).
	for i, en := range e.En {
		var content []string
		for _, w := range strings.FieldsFunc(strings.ToLower(en), notWordRune) {
			if w = strings.Trim(w, "-"); w != "" && !enStop[w] {
				content = append(content, w)
			}
		}
		n := len(content)
		if (e.Kind == "term" || e.Kind == "title") && n >= 1 && n <= 3 ||
			e.Kind == "org" && i == 0 && n >= 2 && n <= 5 {
			for _, w := range content {
				keys = append(keys, enKey(w))
			}
		}
	}
	return keys
}

func zhConcepts(word string, split bool) []string {
	keys := glossaryKeys(word)
	keys = append(keys, glossStems(Glosses(word))...)
	if len(keys) > 0 || !split || !hanOnly(word) || runeLen(word) < 2 || IsName(word) {
		return keys
	}
	// Unknown compound: split into known sub-words.
	for _, part := range splitKnown(word) {
		keys = append(keys, zhConcepts(part, false)...)
	}
	return keys
}

// splitKnown segments w into the most probable sequence of shorter
// dictionary words, dropping single characters that are stop words.
func splitKnown(w string) []string {
	var parts []string
	d := zhDictOnce()
	pos := []int{}
	for i := range w {
		pos = append(pos, i)
	}
	n := len(pos)
	pos = append(pos, len(w))
	idx := make([]int, len(w)+1)
	for k, p := range pos {
		idx[p] = k
	}
	route := make([]float64, n+1)
	next := make([]int, n+1)
	var words []prefixWord
	for k := n - 1; k >= 0; k-- {
		best, bestNext := -d.logTotal+route[k+1], k+1
		words = d.appendPrefixes(words[:0], w[pos[k]:])
		for _, pw := range words {
			j := idx[pos[k]+pw.end]
			if k == 0 && j == n {
				continue // the whole word: not a split
			}
			if v := d.logP[pw.line] + route[j]; v >= best {
				best, bestNext = v, j
			}
		}
		route[k], next[k] = best, bestNext
	}
	for k := 0; k < n; k = next[k] {
		p := w[pos[k]:pos[next[k]]]
		if !zhStop[p] {
			parts = append(parts, p)
		}
	}
	return parts
}

// glossStems returns the English stems of the content words of glosses:
// senses of at most three content words, "surname X", "variant of" and
// abbreviation notes skipped.
func glossStems(glosses []string) []string {
	var keys []string
	var senses []string
	for _, g := range glosses {
		senses = append(senses, strings.FieldsFunc(g, func(r rune) bool { return r == ';' || r == ',' })...)
	}
	for i, g := range senses {
		if i >= 10 {
			break
		}
		g = strings.TrimSpace(g)
		low := strings.ToLower(g)
		if strings.HasPrefix(low, "surname ") || strings.Contains(low, "variant of") {
			continue
		}
		low = strings.TrimPrefix(low, "abbr. for ")
		low = strings.TrimPrefix(low, "abbr. to ")
		var content []string
		for _, w := range strings.FieldsFunc(low, notWordRune) {
			w = strings.Trim(w, "-")
			if w == "" || enStop[w] || glossNoise[w] {
				continue
			}
			content = append(content, w)
		}
		if len(content) == 0 || len(content) > 3 {
			continue
		}
		for _, w := range content {
			keys = append(keys, enKey(w))
		}
	}
	return keys
}

// glossNoise are words of CC-CEDICT glosses that say how, not what.
var glossNoise = set(`lit fig abbr esp usu old archaic literary classifier particle sb's sth's e g i e kind type used
	indicating marker way`)

// enKey returns "en:" + enStem(w), cached: the glosses of many words
// share their English words, and snowball stemming is slow.
func enKey(w string) string {
	enKeys.mu.RLock()
	k, ok := enKeys.m[w]
	enKeys.mu.RUnlock()
	if ok {
		return k
	}
	k = "en:" + enStem(w)
	enKeys.mu.Lock()
	if enKeys.m == nil || len(enKeys.m) >= enKeysMax {
		enKeys.m = make(map[string]string, 1024)
	}
	enKeys.m[strings.Clone(w)] = k
	enKeys.mu.Unlock()
	return k
}

// enKeys caches enKey; it is emptied when it holds enKeysMax words.
var enKeys struct {
	mu sync.RWMutex
	m  map[string]string
}

const enKeysMax = 1 << 16

func enStem(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, "-") {
		// Stem each part of a hyphenated word.
		parts := strings.Split(w, "-")
		for i, p := range parts {
			parts[i] = english.Stem(p, true)
		}
		return strings.Join(parts, "-")
	}
	return english.Stem(w, true)
}

func enConcepts(word string) []string {
	keys := glossaryKeys(word)
	w := strings.ToLower(word)
	if enStop[w] {
		return keys
	}
	return append(keys, enKey(w))
}

func frConcepts(word string) []string {
	keys := glossaryKeys(word)
	w := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	if i := elision(w); i > 0 && i < len(w) {
		w = w[i:]
	}
	t := frEnOnce()
	ens := t.exact[w]
	if ens == nil {
		ens = t.irregular(w)
	}
	if ens == nil {
		ens = t.stem[french.Stem(w, true)]
	}
	if ens == nil {
		ens = cognates(w)
	}
	if ens == nil && strings.Contains(w, "-") {
		// vice-ministre, e-gouvernement: the parts.
		for _, p := range strings.Split(w, "-") {
			if p == "" || frStop[p] {
				continue
			}
			if e := t.exact[p]; e != nil {
				ens = append(ens, e...)
			} else if e := cognates(p); e != nil {
				ens = append(ens, e...)
			} else {
				ens = append(ens, p)
			}
		}
	}
	for _, e := range ens {
		for _, ew := range strings.Fields(strings.ToLower(e)) {
			if !enStop[ew] {
				keys = append(keys, enKey(ew))
			}
		}
	}
	return keys
}

// frVerbForms rewrite the endings of present and past forms of French
// third-group verbs, which the snowball stemmer does not bring back to
// their infinitive (élit, élisent: élire; conclut: conclure; soutient:
// soutenir; prend: prendre; met: mettre), into the infinitive's.
var frVerbForms = []struct{ form, inf string }{
	{"isent", "ire"}, {"it", "ire"},
	{"iennent", "enir"}, {"ient", "enir"},
	{"uent", "ure"}, {"ut", "ure"}, {"u", "ure"}, {"ue", "ure"}, {"us", "ure"},
	{"ennent", "endre"}, {"end", "endre"},
	{"ettent", "ettre"}, {"et", "ettre"},
}

// irregular returns the translations of w read as a form of a third-group
// verb whose infinitive is in the table, nil if it is not one.
func (t *frEn) irregular(w string) []string {
	for _, r := range frVerbForms {
		if stem, ok := strings.CutSuffix(w, r.form); ok && len(stem) >= 1 {
			if ens := t.exact[stem+r.inf]; ens != nil {
				return ens
			}
		}
	}
	return nil
}

// cognateRules rewrite French endings into English ones; the result must
// be an English word of the CC-CEDICT glosses.
var cognateRules = []struct{ fr, en string }{
	{"isation", "ization"}, {"isations", "izations"}, {"tion", "tion"}, {"tions", "tions"}, {"sion", "sion"}, {"sions", "sions"},
	{"ité", "ity"}, {"ités", "ities"}, {"ité", "ty"}, {"été", "ety"}, {"té", "ty"},
	{"ique", "ic"}, {"ique", "ical"}, {"iques", "ics"}, {"iques", "ic"}, {"ique", "ics"},
	{"isme", "ism"}, {"ismes", "isms"}, {"iste", "ist"}, {"istes", "ists"},
	{"eur", "or"}, {"eurs", "ors"}, {"eur", "er"}, {"eurs", "ers"}, {"aire", "ary"}, {"aires", "ary"}, {"oire", "ory"},
	{"ie", "y"}, {"ies", "ies"}, {"el", "al"}, {"elle", "al"}, {"els", "al"}, {"elles", "al"}, {"if", "ive"}, {"ive", "ive"}, {"ifs", "ive"}, {"ives", "ive"},
	{"eux", "ous"}, {"euse", "ous"}, {"euses", "ous"}, {"ment", "ment"}, {"ments", "ments"},
	{"ence", "ence"}, {"ance", "ance"}, {"ences", "ences"}, {"ances", "ances"},
	{"re", "er"}, {"res", "ers"}, {"iser", "ize"}, {"isé", "ized"}, {"isée", "ized"},
	{"er", "e"}, {"er", ""}, {"er", "ate"}, {"é", "ed"}, {"é", "ate"}, {"ée", "ee"}, {"és", "ates"}, {"ée", "ed"}, {"és", "ed"},
	{"al", "al"}, {"ale", "al"}, {"aux", "al"}, {"ales", "al"}, {"ant", "ant"}, {"ants", "ants"}, {"ent", "ent"}, {"ents", "ents"},
	{"gue", "g"}, {"que", "c"}, {"éenne", "ean"}, {"éen", "ean"}, {"et", "ect"}, {"issement", "ment"}, {"issement", "ishment"}, {"at", ""},
	{"ariat", "ership"}, {"é", ""}, {"ée", ""}, {"ir", ""}, {"ir", "ish"}, {"isse", "ish"}, {"ure", "ure"}, {"eur", "our"},
	{"e", ""}, {"es", "s"}, {"s", "s"}, {"", ""},
}

// cognates returns the English words w's cognate rewritings give that are
// in the English vocabulary, best rule first.
func cognates(w string) []string {
	n := len([]rune(w))
	if n < 4 || falseFriends[w] {
		return nil
	}
	vocab := enVocabOnce()
	if n == 4 {
		// Short words: the same word only (date, rôle).
		if f := Fold(w); vocab[f] {
			return []string{f}
		}
		return nil
	}
	var out []string
	try := func(stem string) bool {
		for _, r := range cognateRules {
			if !strings.HasSuffix(stem, r.fr) {
				continue
			}
			base := strings.TrimSuffix(stem, r.fr)
			for _, p := range cognatePrefixes {
				if !strings.HasPrefix(base, p.fr) {
					continue
				}
				cand := Fold(p.en + strings.TrimPrefix(base, p.fr) + r.en)
				if len(cand) >= 4 && vocab[cand] {
					out = appendNew(out, cand)
					if len(out) >= 2 {
						return true
					}
				}
			}
		}
		return false
	}
	if !try(w) {
		// Plural and feminine forms.
		for _, suf := range []string{"s", "x", "es", "e"} {
			if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 4 && len(out) == 0 {
				try(s)
			}
		}
	}
	return out
}

// falseFriends are French words whose English look-alike means something
// else.
var falseFriends = set(`pays sein mise tout bien sort pour dire lire plus fine pain rude sale four coin main cent rang lieu
	chose actuel actuelle actuellement éventuel éventuellement librairie location journée large blessé blesser
	assister attendre attente rester reste place propre sensible formation`)

// cognatePrefixes rewrite French word beginnings: établir → establish,
// échange → exchange, étranger → stranger; "" keeps the word as it is.
var cognatePrefixes = []struct{ fr, en string }{{"", ""}, {"é", "e"}, {"é", "es"}, {"é", "ex"}, {"é", "s"}}

// IsName reports whether the Chinese word w looks like a personal name
// rather than a vocabulary word: a surname followed by one to three
// characters with Hán-Việt readings that do not form a dictionary word, or
// a transliteration (马莫诺夫), a glossary entry of kind person, or a
// CC-CEDICT proper noun that is a transcription or starts with a surname.
// Other glossary entries (越南, 国会) are not names.
func IsName(w string) bool {
	if !hanOnly(w) {
		return false
	}
	w = Simplified(w)
	n := runeLen(w)
	if g := glossaryOnce().zh[w]; g != nil {
		return g.Kind == "person"
	}
	if p := cedictOnce().proper[w]; p == 'P' {
		// A proper noun is a personal name when it is a transcription or
		// starts with a surname (not 法国人 Frenchman, 三国 Three Kingdoms).
		r, _ := utf8.DecodeRuneInString(w)
		return allTranslit(w) || Surname(r) && n >= 2 && n <= 4 && !notGivenSet.hasAny(w)
	}
	if _, known := cedictOnce().glosses[w]; known {
		return false
	}
	d := zhDictOnce()
	if n >= 3 && translitToken(w, d) && d.Freq(w) == 0 {
		return true
	}
	r := []rune(w)
	if n >= 2 && n <= 4 && Surname(r[0]) && d.Freq(w) == 0 {
		hv := hanvietOnce()
		for _, c := range r[1:] {
			if hv[c] == nil || notGivenSet.has(c) {
				return false
			}
		}
		return true
	}
	return false
}
