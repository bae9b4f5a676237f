package lexicon

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// An Entry is a glossary or gazetteer entry: one institution, place,
// country, title, term or person with its names in three languages.
type Entry struct {
	ID     string   // "kind:slug", e.g. "org:vna", "place:ha-noi", "country:fr"
	Kind   string   // org, place, country, title, term or person
	Zh     []string // Chinese names, preferred first
	Fr     []string // French names, preferred first
	En     []string // English names, preferred first
	Parent string   // ID of the containing unit ("" if none)

	// Gazetteer is true for entries that come only from the generated
	// gazetteer tables (CLDR countries and subdivisions, the list of
	// Vietnam's provinces), not from the hand-made glossary.
	Gazetteer bool
}

// Kinds an [Entry] can have.
var entryKinds = map[string]bool{"org": true, "place": true, "country": true, "title": true, "term": true, "person": true}

// A Mention is an occurrence of a glossary entry in a text: s[Start:End].
type Mention struct {
	Entry      *Entry
	Start, End int
}

// glossary is the merged entry set with its surface-form indexes.
type glossary struct {
	entries []*Entry
	byID    map[string]*Entry
	zh      map[string]*Entry // exact Chinese form
	latin   map[string]*latinForm
	maxZh   int // longest Chinese form, in runes
	// Prefixes of the forms: zhPre holds every proper prefix of a Chinese
	// form, latPre every proper word prefix of a folded Latin form, so that
	// Find extends a candidate only while some form can still match.
	zhPre, latPre map[string]bool
	// latIdx merges latin and latPre for Find: one look-up per candidate;
	// zhIdx does the same for zh and zhPre, and zhFirst holds the first
	// characters of the Chinese forms.
	latIdx  map[string]latinNode
	latKeys *keyFilter // the keys of latIdx
	zhIdx   map[string]zhNode
	zhFirst *runeSet
	// zhLong holds the first characters of the forms of two or more
	// characters, zhPair (a Bloom filter) their first two characters.
	zhLong *runeSet
	zhPair *pairSet
	errs   []error
}

// zhNode is what a Chinese string is in the Chinese forms index.
type zhNode struct {
	entry  *Entry // the entry it is a form of, or nil
	prefix bool   // whether it starts a longer form
}

// latinNode is what a folded word sequence is in the Latin forms index.
type latinNode struct {
	form   *latinForm // the form it is, or nil
	prefix bool       // whether it starts a longer form
}

// latinForm is a French or English surface form, indexed by its Fold.
type latinForm struct {
	entry *Entry
	form  string // as written in the glossary
	lang  string // "fr" or "en"
	// inFr, inEn: whether the entry has a French (English) form whose Fold
	// is this form's, set once the glossary is loaded.
	inFr, inEn bool
	// acronym: two or more capitals and no lower case; capital: starts
	// with a capital (see caseCompatible).
	acronym, capital bool
}

var glossaryOnce = sync.OnceValue(loadGlossary)

func loadGlossary() *glossary {
	g := &glossary{byID: map[string]*Entry{}, zh: map[string]*Entry{}, latin: map[string]*latinForm{},
		zhPre: map[string]bool{}, latPre: map[string]bool{}}
	add := func(name string, gaz bool) {
		es, err := parseGlossary(name, bytes.NewReader(readData(name)))
		if err != nil {
			g.errs = append(g.errs, err)
		}
		for _, e := range es {
			e.Gazetteer = gaz
			g.add(e)
		}
	}
	// Hand-made glossary first, so its surface forms win.
	for _, name := range dataFiles("glossary/*.tsv") {
		add(name, false)
	}
	add("places.tsv", true)
	add("countries.tsv", true)
	g.latIdx = make(map[string]latinNode, len(g.latin)+len(g.latPre))
	g.latKeys = new(keyFilter)
	for k, lf := range g.latin {
		lf.inFr = sameFormBothLangs(lf.entry, "fr", k)
		lf.inEn = sameFormBothLangs(lf.entry, "en", k)
		g.latIdx[k] = latinNode{form: lf, prefix: g.latPre[k]}
		g.latKeys.add(k)
	}
	for k := range g.latPre {
		if g.latin[k] == nil {
			g.latIdx[k] = latinNode{prefix: true}
			g.latKeys.add(k)
		}
	}
	g.zhIdx = make(map[string]zhNode, len(g.zh)+len(g.zhPre))
	g.zhFirst, g.zhLong, g.zhPair = new(runeSet), new(runeSet), new(pairSet)
	for k, e := range g.zh {
		g.zhIdx[k] = zhNode{entry: e, prefix: g.zhPre[k]}
		r, n := utf8.DecodeRuneInString(k)
		g.zhFirst.add(r)
		if n < len(k) {
			g.zhLong.add(r)
			r2, _ := utf8.DecodeRuneInString(k[n:])
			g.zhPair.add(r, r2)
		}
	}
	for k := range g.zhPre {
		if g.zh[k] == nil {
			g.zhIdx[k] = zhNode{prefix: true}
		}
	}
	return g
}

// add merges e into g: a known ID gains the new variants (and a parent if
// it had none); surface forms already taken keep their first entry.
func (g *glossary) add(e *Entry) {
	if old := g.byID[e.ID]; old != nil {
		old.Zh = appendNew(old.Zh, e.Zh...)
		old.Fr = appendNew(old.Fr, e.Fr...)
		old.En = appendNew(old.En, e.En...)
		if old.Parent == "" {
			old.Parent = e.Parent
		}
		old.Gazetteer = old.Gazetteer && e.Gazetteer
		e = old
	} else {
		g.byID[e.ID] = e
		g.entries = append(g.entries, e)
	}
	for _, z := range e.Zh {
		if _, ok := g.zh[z]; !ok {
			g.zh[z] = e
			if n := runeLen(z); n > g.maxZh {
				g.maxZh = n
			}
			for i := range z {
				if i > 0 {
					g.zhPre[z[:i]] = true
				}
			}
		}
	}
	for _, lf := range []struct {
		lang  string
		forms []string
	}{{"fr", e.Fr}, {"en", e.En}} {
		lang := lf.lang
		for _, f := range lf.forms {
			k := Fold(f)
			if k == "" {
				continue
			}
			if _, ok := g.latin[k]; !ok {
				lf := &latinForm{entry: e, form: f, lang: lang}
				lf.acronym, lf.capital = formCase(f)
				g.latin[k] = lf
				for i := 0; i < len(k); i++ {
					if k[i] == ' ' {
						g.latPre[k[:i]] = true
					}
				}
			}
		}
	}
}

func appendNew(dst []string, src ...string) []string {
	for _, s := range src {
		dup := false
		for _, d := range dst {
			if d == s {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, s)
		}
	}
	return dst
}

// ErrGlossary is wrapped by the errors [CheckData] returns for malformed
// glossary lines.
var ErrGlossary = errors.New("lexicon: malformed glossary line")

// parseGlossary reads the glossary format (see data/glossary/README.md):
// "id<TAB>kind<TAB>zh<TAB>fr<TAB>en[<TAB>parent]", '|' between variants,
// '#' comments and blank lines ignored. Malformed lines are skipped and
// reported, joined, in the error, each as "name:line: reason".
func parseGlossary(name string, r io.Reader) ([]*Entry, error) {
	var out []*Entry
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 || len(f) > 6 {
			errs = append(errs, fmt.Errorf("%s:%d: %d columns, want 5 or 6: %w", name, n, len(f), ErrGlossary))
			continue
		}
		e := &Entry{ID: strings.TrimSpace(f[0]), Kind: strings.TrimSpace(f[1])}
		if !entryKinds[e.Kind] {
			errs = append(errs, fmt.Errorf("%s:%d: unknown kind %q: %w", name, n, e.Kind, ErrGlossary))
			continue
		}
		if !strings.HasPrefix(e.ID, e.Kind+":") || len(e.ID) == len(e.Kind)+1 {
			errs = append(errs, fmt.Errorf("%s:%d: id %q does not start with %q: %w", name, n, e.ID, e.Kind+":", ErrGlossary))
			continue
		}
		e.Zh, e.Fr, e.En = variants3(f[2]), variants3(f[3]), variants3(f[4])
		if len(f) == 6 {
			e.Parent = strings.TrimSpace(f[5])
		}
		if len(e.Zh)+len(e.Fr)+len(e.En) == 0 {
			errs = append(errs, fmt.Errorf("%s:%d: %s has no name: %w", name, n, e.ID, ErrGlossary))
			continue
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s:%d: %w", name, n+1, err))
	}
	return out, errors.Join(errs...)
}

func variants3(cell string) []string {
	var out []string
	for _, v := range strings.Split(cell, "|") {
		if v = strings.TrimSpace(v); v != "" && utf8.ValidString(v) {
			out = appendNew(out, v)
		}
	}
	return out
}

// CheckData reports the problems of the embedded glossary and gazetteer
// files (malformed lines, parents that name no entry), nil if there are
// none. The lookups skip bad lines, so this is for tests and editors.
func CheckData() error {
	g := glossaryOnce()
	errs := append([]error(nil), g.errs...)
	for _, e := range g.entries {
		if e.Parent != "" && g.byID[e.Parent] == nil {
			errs = append(errs, fmt.Errorf("%s: parent %q of %s is not an entry: %w", "glossary", e.Parent, e.ID, ErrGlossary))
		}
	}
	return errors.Join(errs...)
}

// Lookup returns the entry with the given ID, or nil.
func Lookup(id string) *Entry { return glossaryOnce().byID[id] }

// Entries returns every glossary and gazetteer entry, hand-made glossary
// first, in file order. The entries are shared: do not modify them.
func Entries() []*Entry { return glossaryOnce().entries }

// Find returns the non-overlapping mentions of glossary and gazetteer
// entries in s, leftmost-longest first, in text order. Chinese forms match
// exactly; French and English forms match on whole words, folded (case
// and diacritics ignored), except that a form written with a capital
// must be capitalised in s and an acronym must match exactly.
func Find(lang language.Tag, s string) []Mention {
	g := glossaryOnce()
	if isChinese(lang) {
		return g.findZh(s)
	}
	return g.findLatin(lang, s)
}

func (g *glossary) findZh(orig string) []Mention {
	s := simplifiedSameLen(orig)
	same := s == orig // then look every candidate up once
	var out []Mention
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			i += size
			continue
		}
		// Extend the candidate while it is a prefix of some form; keep the
		// longest form of two or more characters.
		var best *Entry
		bestEnd := 0
		r0, _ := utf8.DecodeRuneInString(orig[i:])
		if !g.zhFirst.has(r) && !g.zhFirst.has(r0) {
			i += size
			continue
		}
		for j, n := i+size, 1; ; n++ {
			var on, sn zhNode
			switch {
			case n == 1:
				// A single character is no form of interest and a prefix
				// when it starts a longer form.
				on.prefix, sn.prefix = g.zhLong.has(r0), g.zhLong.has(r)
			case n == 2 && !g.zhPair.has(r0, lastRune(orig[:j])) && (same || !g.zhPair.has(r, lastRune(s[:j]))):
				// Neither two-character candidate starts a form.
			default:
				on = g.zhIdx[orig[i:j]]
				sn = on
				if !same {
					sn = g.zhIdx[s[i:j]]
				}
			}
			if n >= 2 {
				e := on.entry
				if e == nil {
					e = sn.entry
				}
				if e != nil {
					best, bestEnd = e, j
				}
			}
			if j >= len(s) || !on.prefix && !sn.prefix {
				break
			}
			_, sz := utf8.DecodeRuneInString(s[j:])
			j += sz
		}
		if best != nil {
			out = append(out, Mention{best, i, bestEnd})
			i = bestEnd
		} else {
			i += size
		}
	}
	return out
}

func (g *glossary) findLatin(lang language.Tag, s string) []Mention {
	words := Tokenize(lang, s)
	n := 0
	for _, t := range words {
		if t.Kind != Punct || t.Text == "'" || t.Text == "’" {
			words[n] = t
			n++
		}
	}
	words = words[:n]
	en := baseLang(lang) == enLang
	// The folded words, one after the other in fb: word i is
	// fb[fo[i]:fo[i+1]].
	fb := make([]byte, 0, len(s)+len(s)/8)
	fo := make([]int, len(words)+1)
	for i, w := range words {
		fb = appendFold(fb, w.Text)
		fo[i+1] = len(fb)
	}
	var out []Mention
	var keyBuf [128]byte
	for i := 0; i < len(words); {
		best := 0
		var bestE *Entry
		key := append(keyBuf[:0], fb[fo[i]:fo[i+1]]...)
		if !g.latKeys.has(key) {
			i++ // no form starts with this word
			continue
		}
		for n := 1; i+n <= len(words); n++ {
			if n > 1 {
				gap := s[words[i+n-2].End:words[i+n-1].Start]
				if gap != " " && (len(gap) > 3 || strings.TrimLeft(gap, " -'’\u00a0") != "") {
					break
				}
				if gap != "" {
					key = append(key, ' ')
				}
				key = append(key, fb[fo[i+n-1]:fo[i+n]]...)
			}
			node := g.latIdx[string(key)]
			if lf := node.form; lf != nil && lf.forLang(en) && lf.caseCompatible(s[words[i].Start:words[i+n-1].End]) {
				best, bestE = n, lf.entry
			}
			if !node.prefix {
				break
			}
		}
		if best > 0 {
			out = append(out, Mention{bestE, words[i].Start, words[i+best-1].End})
			i += best
		} else {
			i++
		}
	}
	return out
}

// sameFormBothLangs reports whether entry e also has key among its forms
// in language want (forms indexed under the other language first).
func sameFormBothLangs(e *Entry, want, key string) bool {
	forms := e.Fr
	if want == "en" {
		forms = e.En
	}
	for _, f := range forms {
		if Fold(f) == key {
			return true
		}
	}
	return false
}

// caseCompatible reports whether text may be an occurrence of the glossary
// form: acronyms (two or more capitals, no lower case) must match exactly,
// and a capitalised form needs a capitalised text.
func caseCompatible(form, text string) bool {
	acronym, capital := formCase(form)
	return caseCompatibleWith(form, acronym, capital, text)
}

// forLang reports whether the form may be found in English (en) or
// French text: it is a form of that language, or the entry has a form of
// that language with the same Fold.
func (lf *latinForm) forLang(en bool) bool {
	if en {
		return lf.lang == "en" || lf.inEn
	}
	return lf.lang == "fr" || lf.inFr
}

func (lf *latinForm) caseCompatible(text string) bool {
	return caseCompatibleWith(lf.form, lf.acronym, lf.capital, text)
}

func caseCompatibleWith(form string, acronym, capital bool, text string) bool {
	if acronym {
		return form == text
	}
	if capital {
		t, _ := utf8.DecodeRuneInString(text)
		return unicode.IsUpper(t)
	}
	return true
}

// formCase tells whether form is an acronym (two or more capitals, no
// lower case) and whether it starts with a capital.
func formCase(form string) (acronym, capital bool) {
	upper, lower := 0, 0
	for _, r := range form {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	f, _ := utf8.DecodeRuneInString(form)
	return upper >= 2 && lower == 0, unicode.IsUpper(f)
}

// sortedIDs returns the IDs of es, sorted, without duplicates.
func sortedIDs(es []*Entry) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return uniq(ids)
}
