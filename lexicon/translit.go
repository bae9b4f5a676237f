package lexicon

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// A Candidate is a Latin spelling proposed for a Chinese-written name.
type Candidate struct {
	Latin string  // e.g. "Mai Tiến Dũng", "Ishida Masatoshi", "Mamonov"
	Kind  string  // vietnamese, japanese, phonetic, gazetteer or glossary
	Score float64 // 0..1, higher is more likely
}

// Candidate kinds.
const (
	KindVietnamese = "vietnamese"
	KindJapanese   = "japanese"
	KindPhonetic   = "phonetic"
	KindGazetteer  = "gazetteer"
	KindGlossary   = "glossary"
)

// Translit returns ranked Latin candidates for the Chinese-written name,
// best first: glossary and gazetteer names (河内 → Hanoï; the gazetteer
// includes CC-CEDICT's proper nouns, 普京 → Vladimir Putin), Hán-Việt
// readings (梅进勇 → Mai Tiến Dũng), ENAMDICT romanisations, family name
// first (石田真敏 → Ishida Masatoshi), and a pinyin-based phonetic spelling
// for transliterated foreign names (马莫诺夫 → Mamonov). Parts joined by
// "•" or "·" are transliterated separately. It returns nil for a name
// without Han characters. It is safe for concurrent use.
//
// The same names recur from article to article: Translit remembers the
// candidates of up to translitCacheMax names.
func Translit(name string) []Candidate {
	if len(name) > 64 {
		return translit(name, true)
	}
	translitCache.mu.RLock()
	cs, ok := translitCache.m[name]
	translitCache.mu.RUnlock()
	if !ok {
		cs = translit(name, true)
		translitCache.mu.Lock()
		if translitCache.m == nil {
			translitCache.m = make(map[string][]Candidate)
		}
		if len(translitCache.m) < translitCacheMax {
			translitCache.m[strings.Clone(name)] = cs
		}
		translitCache.mu.Unlock()
	}
	return slices.Clone(cs) // the caller may modify it
}

const translitCacheMax = 1 << 14

var translitCache struct {
	mu sync.RWMutex
	m  map[string][]Candidate
}

// translit is [Translit], with or without the glossary and gazetteer
// (without them, it shows what the rules alone find).
func translit(name string, useGlossary bool) []Candidate {
	name = strings.TrimSpace(name)
	if !strings.ContainsFunc(name, isHan) {
		return nil
	}
	var cs []Candidate
	add := func(c Candidate) {
		for i, o := range cs {
			if o.Latin == c.Latin {
				if c.Score > o.Score {
					cs[i] = c
				}
				return
			}
		}
		cs = append(cs, c)
	}
	if useGlossary {
		for _, c := range glossaryCandidates(name) {
			add(c)
		}
	}
	for _, c := range cedictNames(name) {
		add(c)
	}
	parts := nameParts(name)
	if len(parts) == 1 {
		for _, c := range vietCandidates(parts[0]) {
			add(c)
		}
		if maybeJapanese(parts[0]) {
			for _, c := range japaneseCandidates(parts[0]) {
				add(c)
			}
		}
	}
	if c, ok := phoneticCandidate(parts); ok {
		add(c)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Score != cs[j].Score {
			return cs[i].Score > cs[j].Score
		}
		return cs[i].Latin < cs[j].Latin
	})
	return cs
}

// nameParts splits a name on middle dots and spaces.
func nameParts(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool {
		return r == '•' || r == '·' || r == '・' || r == '.' || r == '‧' || unicode.IsSpace(r) || r == '-'
	})
}

// glossaryCandidates returns the French and English names of the glossary
// entry name (or name without its 省/市 suffix) denotes.
func glossaryCandidates(name string) []Candidate {
	e := glossaryEntry(name)
	if e == nil {
		return nil
	}
	kind := KindGlossary
	if e.Gazetteer {
		kind = KindGazetteer
	}
	var cs []Candidate
	score := 1.0
	for _, f := range append(append([]string(nil), e.Fr...), e.En...) {
		if strings.HasPrefix(f, "Province de ") {
			continue
		}
		cs = append(cs, Candidate{f, kind, score})
		score -= 0.01
	}
	return cs
}

// cedictNames returns the Latin names CC-CEDICT gives for name when it is
// a proper noun there: 罗伯特 → Robert, 普京 → Vladimir Putin.
func cedictNames(name string) []Candidate {
	rows := ceNamesOnce().find(Simplified(name))
	if len(rows) == 0 || len(rows[0]) != 2 {
		return nil
	}
	score := 0.92
	if string(rows[0][0]) == "p" {
		score = 0.7 // also a common word
	}
	var cs []Candidate
	for _, n := range strings.Split(string(rows[0][1]), "/") {
		cs = append(cs, Candidate{n, KindGazetteer, score})
		score -= 0.02
	}
	return cs
}

// glossaryEntry returns the entry the Chinese name (or its simplified
// form, or the name without its 省/市 suffix) denotes, or nil.
func glossaryEntry(name string) *Entry {
	g := glossaryOnce()
	e := g.zh[name]
	if e == nil {
		e = g.zh[Simplified(name)]
	}
	if e == nil {
		for _, suf := range []string{"省", "市", "县", "郡", "坊", "社"} {
			if s := strings.TrimSuffix(name, suf); s != name && runeLen(s) >= 2 {
				if e = g.zh[s]; e != nil {
					break
				}
			}
		}
	}
	return e
}

// vietCandidates combines the Hán-Việt readings of each character, the
// most likely combinations first.
func vietCandidates(name string) []Candidate {
	rs := []rune(name)
	if len(rs) < 1 || len(rs) > 5 {
		return nil
	}
	hv := hanvietOnce()
	type partial struct {
		syl   []string
		score float64
	}
	beam := []partial{{nil, 1}}
	for _, r := range rs {
		reads := hv[r]
		if len(reads) == 0 {
			return nil
		}
		var nb []partial
		for _, p := range beam {
			for k, rd := range reads {
				if k >= 3 {
					break
				}
				nb = append(nb, partial{append(append([]string(nil), p.syl...), rd), p.score * []float64{1, 0.7, 0.5}[k]})
			}
		}
		sort.SliceStable(nb, func(i, j int) bool { return nb[i].score > nb[j].score })
		if len(nb) > 6 {
			nb = nb[:6]
		}
		beam = nb
	}
	base := 0.6
	switch {
	case allTranslit(name) && (len(rs) >= 4 || !vietSurname(rs[0])):
		base = 0.5
	case vietSurname(rs[0]) && len(rs) >= 2 && len(rs) <= 4:
		base = 0.9
	case Surname(rs[0]) && len(rs) >= 2 && len(rs) <= 4:
		base = 0.75
	}
	var cs []Candidate
	for _, p := range beam {
		for i, s := range p.syl {
			p.syl[i] = capitalize(s)
		}
		cs = append(cs, Candidate{strings.Join(p.syl, " "), KindVietnamese, round3(base * p.score)})
	}
	return cs
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// jpForms returns name and the forms obtained by replacing simplified
// characters with their traditional (Japanese) variants, at most 8.
func jpForms(name string) []string {
	v := variantsOnce()
	forms := []string{""}
	for _, r := range name {
		alts := []rune{r}
		for _, t := range v.s2t[r] {
			alts = append(alts, t)
			if j, ok := shinjitai[t]; ok {
				alts = append(alts, j)
			}
		}
		if j, ok := shinjitai[r]; ok {
			alts = append(alts, j)
		}
		var nf []string
		for _, f := range forms {
			for _, a := range alts {
				if len(nf) < 8 {
					nf = append(nf, f+string(a))
				}
			}
		}
		forms = nf
	}
	return forms
}

// shinjitai maps traditional characters to the simplified forms Japan
// uses in names where they differ from both the traditional and the
// Chinese simplified form (our own list): 廣 → 広 (Chinese 广), 澤 → 沢.
var shinjitai = map[rune]rune{
	'廣': '広', '澤': '沢', '濱': '浜', '齋': '斎', '齊': '斉', '邊': '辺', '邉': '辺', '縣': '県', '瀧': '滝', '榮': '栄',
	'關': '関', '惠': '恵', '實': '実', '豐': '豊', '德': '徳', '黑': '黒', '櫻': '桜', '龍': '竜', '龜': '亀', '來': '来',
	'條': '条', '佛': '仏', '藝': '芸', '圓': '円', '團': '団', '國': '国', '會': '会', '學': '学', '寶': '宝', '驛': '駅',
	'鐵': '鉄', '壽': '寿', '堯': '尭', '彌': '弥', '淺': '浅', '戶': '戸', '嶋': '島', '眞': '真', '靜': '静',
	'晉': '晋', '與': '与', '應': '応', '萬': '万', '擔': '担', '轉': '転', '傳': '伝', '繼': '継', '讀': '読', '辯': '弁',
	'瀨': '瀬', '莊': '荘', '兒': '児', '將': '将', '獎': '奨', '壯': '壮', '髙': '高', '嶽': '岳', '巖': '巌',
}

// jpLookup returns the romanisations of kanji as a surname (typ "s") or
// given name ("g"), trying simplified→traditional variants.
func jpLookup(kanji, typ string) []string {
	t := jpNamesOnce()
	var out []string
	for _, f := range jpForms(kanji) {
		for _, row := range t.find(f) {
			if len(row) == 2 && string(row[0]) == typ {
				out = appendNew(out, strings.Fields(string(row[1]))...)
			}
		}
	}
	return out
}

// japaneseCandidates splits name into surname + given name found in
// ENAMDICT: "Surname Given" (the order of the Chinese text).
func japaneseCandidates(name string) []Candidate {
	rs := []rune(name)
	var cs []Candidate
	jpSplits(rs, func(i int, sur, giv []string) {
		if len(giv) == 0 {
			return
		}
		score := 0.5
		if len(rs) == 4 && i == 2 {
			score = 0.95
		} else if !Surname(rs[0]) {
			score = 0.7
		}
		for a, s := range sur {
			for b, g := range giv {
				if a >= 3 || b >= 2 {
					continue
				}
				cs = append(cs, Candidate{capitalize(s) + " " + capitalize(g), KindJapanese, round3(score * []float64{1, 0.9, 0.8}[a] * []float64{1, 0.8}[b])})
			}
		}
	})
	return cs
}

// jpSplits calls f for every split of a 2- to 6-character name into a
// surname and a given name of at most three characters each whose surname
// ENAMDICT knows, with the romanisations of both parts (giv may be empty).
func jpSplits(rs []rune, f func(i int, sur, giv []string)) {
	if len(rs) < 2 || len(rs) > 6 {
		return
	}
	for i := 1; i < len(rs); i++ {
		if i > 3 || len(rs)-i > 3 {
			continue
		}
		sur := jpLookup(string(rs[:i]), "s")
		if len(sur) == 0 {
			continue
		}
		f(i, sur, jpLookup(string(rs[i:]), "g"))
	}
}

var pinyinArgs = func() pinyin.Args {
	a := pinyin.NewArgs()
	a.Style = pinyin.Normal
	return a
}()

// syllables returns the toneless pinyin of each Han character of s.
func syllables(s string) []string {
	var out []string
	for _, r := range s {
		if p := pinyin.SinglePinyin(r, pinyinArgs); len(p) > 0 {
			out = append(out, p[0])
		}
	}
	return out
}

// phoneticCandidate renders each part's pinyin with the usual values of
// transcription syllables: 马莫诺夫 → Mamonov, 米哈伊尔 → Mihair.
func phoneticCandidate(parts []string) (Candidate, bool) {
	var words []string
	for _, p := range parts {
		syl := syllables(p)
		if len(syl) == 0 {
			continue
		}
		var b strings.Builder
		for i, s := range syl {
			l := latinSyllable(s, i == len(syl)-1)
			// A final -n before an n- initial is one n: 伊万诺夫 Ivanov.
			if cur := b.String(); strings.HasSuffix(cur, "n") && strings.HasPrefix(l, "n") {
				l = l[1:]
			}
			b.WriteString(l)
		}
		words = append(words, capitalize(b.String()))
	}
	if len(words) == 0 {
		return Candidate{}, false
	}
	score := 0.4
	if len(parts) > 1 || allTranslit(strings.Join(parts, "")) {
		score = 0.85
	}
	return Candidate{strings.Join(words, " "), KindPhonetic, score}, true
}

// latinSyllable maps a pinyin syllable of a transcription to Latin.
func latinSyllable(s string, last bool) string {
	if last {
		switch s {
		case "fu":
			return "v"
		case "si":
			return "s"
		case "ke":
			return "k"
		case "te":
			return "t"
		case "de":
			return "d"
		case "ge":
			return "g"
		case "er":
			return "r"
		case "mu":
			return "m"
		case "bu":
			return "b"
		case "zi":
			return "z"
		case "ci":
			return "ts"
		case "ye":
			return "e"
		}
	}
	if v, ok := sylMap[s]; ok {
		return v
	}
	// Initial + final with simple rewrites.
	for _, ini := range []string{"zh", "ch", "sh"} {
		if strings.HasPrefix(s, ini) {
			return map[string]string{"zh": "j", "ch": "ch", "sh": "sh"}[ini] + finalLatin(s[2:])
		}
	}
	if s == "" {
		return ""
	}
	ini := map[byte]string{'x': "s", 'q': "ch", 'j': "j", 'z': "z", 'c': "ts", 'r': "r", 'w': "v", 'y': "y", 'h': "h"}[s[0]]
	if ini == "" {
		ini = s[:1]
	}
	return ini + finalLatin(s[1:])
}

func finalLatin(f string) string {
	switch f {
	case "ao":
		return "o"
	case "ou":
		return "u"
	case "uo":
		return "o"
	case "ang":
		return "an"
	case "eng":
		return "en"
	case "ong":
		return "on"
	case "ing":
		return "in"
	case "ui":
		return "ui"
	case "iu":
		return "iu"
	}
	return f
}

// sylMap holds syllables whose transcription value is not their spelling.
var sylMap = map[string]string{
	"er": "r", "yi": "i", "wu": "u", "ai": "e", "ao": "o", "ou": "o", "e": "e", "a": "a",
	"si": "s", "ke": "k", "te": "t", "de": "de", "ge": "g", "le": "l", "luo": "ro", "li": "li",
	"fu": "f", "wei": "vi", "wa": "va", "hua": "wa", "nuo": "no", "mo": "mo", "ya": "ya", "ye": "ye",
	"sai": "se", "lai": "le", "mai": "me", "kai": "ke", "bei": "be", "pei": "pe", "mei": "me", "lei": "le",
	"xi": "si", "qi": "chi", "ji": "gi", "ka": "ka", "ha": "kha", "he": "khe", "hu": "khu", "qiao": "cho",
	"zi": "z", "ci": "ts", "ta": "ta", "na": "na", "la": "la", "ma": "ma", "ba": "ba", "pa": "pa", "sa": "sa",
	"tuo": "to", "duo": "do", "guo": "go", "kuo": "ko", "suo": "so", "zhuo": "jo", "ruo": "ro",
}

// allTranslit reports whether s has three or more characters, all of them
// used in transcriptions of foreign names.
func allTranslit(s string) bool {
	if runeLen(s) < 3 {
		return false
	}
	for _, r := range s {
		if !translitCharSet.has(r) {
			return false
		}
	}
	return true
}

// maybeJapanese reports whether name may be a Japanese name: not a
// transcription, and not a Vietnamese surname followed by one or two
// characters (the usual Vietnamese pattern), which spares loading ENAMDICT.
func maybeJapanese(name string) bool {
	rs := []rune(name)
	if len(rs) < 2 || allTranslit(name) {
		return false
	}
	return !(vietSurname(rs[0]) && len(rs) <= 3)
}
