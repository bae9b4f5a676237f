package lexicon

import (
	"strings"
	"unicode"
)

// Match returns how likely the Chinese-written name and the Latin
// spelling name the same entity, from 0 (unrelated) to 1 (certain). It is
// tolerant of diacritics and hyphens ("Mai Tien Dung" for 梅进勇), word
// order (Japanese family name first or last), partial names ("Mamonov" or
// "M. Mamonov" for 米哈伊尔•马莫诺夫) and glued words ("MikhailMamonov").
func Match(chinese, latin string) float64 { return match(chinese, latin, true) }

// match is [Match], with or without the glossary and gazetteer.
func match(chinese, latin string, useGlossary bool) float64 {
	chinese = strings.TrimSpace(chinese)
	toks := latinTokens(latin)
	if len(toks) == 0 || !strings.ContainsFunc(chinese, isHan) {
		return 0
	}
	best := 0.0
	if useGlossary {
		best = matchGlossary(chinese, toks)
	}
	if best < 1 {
		joined := strings.Join(toks, " ")
		for _, c := range cedictNames(chinese) {
			f := Fold(c.Latin)
			switch {
			case f == joined || strings.ReplaceAll(f, " ", "") == strings.ReplaceAll(joined, " ", ""):
				best = max(best, 0.97*c.Score/0.92)
			case strings.HasSuffix(f, " "+joined):
				best = max(best, 0.8*c.Score/0.92) // family name alone
			}
		}
	}
	parts := nameParts(chinese)
	if len(parts) == 1 {
		if s := matchViet(parts[0], toks); s > best {
			best = s
		}
		if base := trimPlaceSuffix(parts[0]); base != parts[0] {
			best = max(best, matchViet(base, toks))
		}
		if best < 0.95 && maybeJapanese(parts[0]) {
			if s := matchJapanese(parts[0], toks); s > best {
				best = s
			}
		}
	}
	if best < 0.9 {
		s := matchPhonetic(parts, toks)
		if len(parts) == 1 && !allTranslit(parts[0]) {
			// A Vietnamese, Chinese or Japanese name: pinyin sounds are
			// weak evidence.
			s *= 0.6
		}
		best = max(best, s)
	}
	return round3(best)
}

// latinTokens folds latin into words, splitting glued CamelCase words
// ("MikhailMamonov") and keeping initials ("M.") as one-letter tokens.
func latinTokens(latin string) []string {
	var b strings.Builder
	var prev rune
	for _, r := range latin {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		if r == '.' {
			r = ' '
		}
		b.WriteRune(r)
		prev = r
	}
	return strings.Fields(Fold(b.String()))
}

func matchGlossary(chinese string, toks []string) float64 {
	e := glossaryEntry(chinese)
	if e == nil {
		return 0
	}
	joined := strings.Join(toks, " ")
	best := 0.0
	for _, form := range append(append([]string(nil), e.Fr...), e.En...) {
		f := Fold(form)
		switch {
		case f == joined:
			return 1
		case strings.ReplaceAll(f, " ", "") == strings.ReplaceAll(joined, " ", ""):
			best = max(best, 0.97)
		case containsWords(joined, f):
			best = max(best, 0.85) // "President Macron"
		case e.Kind == "person" && strings.HasSuffix(f, " "+joined):
			best = max(best, 0.8) // the family name alone: "Macron", "M. Macron"
		case containsWords(f, joined):
			best = max(best, 0.5) // a first name or part of a place name
		}
	}
	return best
}

// containsWords reports whether the words of sub appear contiguously in s.
func containsWords(s, sub string) bool {
	return sub != "" && strings.Contains(" "+s+" ", " "+sub+" ")
}

// matchViet matches the Hán-Việt readings of each character against the
// Latin syllables, in order; a Latin suffix of the name (the given name,
// "Dung" or "Tien Dung") scores lower.
func matchViet(name string, toks []string) float64 {
	// Titles and initials (M., Mme, Dr) say nothing about the syllables.
	for len(toks) > 1 && (len(toks[0]) == 1 || latinTitles[toks[0]]) {
		toks = toks[1:]
	}
	rs := []rune(name)
	hv := hanvietOnce()
	for _, r := range rs {
		if hv[r] == nil {
			return 0
		}
	}
	// Expand glued syllables: "Thanhhoa" cannot be split safely, so only
	// exact syllables count.
	has := func(r rune, syl string) bool {
		for _, rd := range hv[r] {
			if Fold(rd) == syl {
				return true
			}
		}
		return false
	}
	if len(toks) == 1 && len(rs) > 1 && gluedSyllables(rs, toks[0], has) {
		return 0.95 // Hanoi, Haiphong
	}
	if len(toks) == len(rs) {
		ok := 0
		for i, r := range rs {
			if has(r, toks[i]) {
				ok++
			}
		}
		if ok == len(rs) {
			return 1
		}
		if len(rs) >= 3 && ok == len(rs)-1 {
			return 0.7
		}
		return 0
	}
	if len(toks) < len(rs) && len(rs) >= 3 {
		// Partial: the last syllables (given name), or the family name alone
		// with an initial.
		off := len(rs) - len(toks)
		for i, t := range toks {
			if !has(rs[off+i], t) {
				return 0
			}
		}
		return 0.75
	}
	return 0
}

// trimPlaceSuffix removes a trailing administrative suffix (省 province,
// 市 city, 县 district, …) from a name of three or more characters.
func trimPlaceSuffix(name string) string {
	if runeLen(name) < 3 {
		return name
	}
	for _, suf := range []string{"省", "市", "县", "縣", "郡", "坊", "社", "乡", "鄉"} {
		if s, ok := strings.CutSuffix(name, suf); ok {
			return s
		}
	}
	return name
}

// latinTitles are French and English titles written before a name.
var latinTitles = map[string]bool{"m": true, "mme": true, "mlle": true, "mr": true, "mrs": true, "ms": true, "dr": true, "pr": true, "me": true}

// gluedSyllables reports whether w is the readings of rs written as one
// word.
func gluedSyllables(rs []rune, w string, has func(rune, string) bool) bool {
	if len(rs) == 0 {
		return w == ""
	}
	for i := 1; i <= len(w) && i <= 7; i++ {
		if has(rs[0], w[:i]) && gluedSyllables(rs[1:], w[i:], has) {
			return true
		}
	}
	return false
}

// matchJapanese matches ENAMDICT romanisations of a surname + given-name
// split, in either order.
func matchJapanese(name string, toks []string) float64 {
	if len(toks) == 0 || len(toks) > 2 {
		return 0
	}
	in := func(list []string, t string) bool {
		for _, x := range list {
			if x == t {
				return true
			}
		}
		return false
	}
	best := 0.0
	jpSplits([]rune(name), func(_ int, sur, giv []string) {
		switch {
		case len(toks) == 2 && (in(sur, toks[0]) && in(giv, toks[1]) || in(sur, toks[1]) && in(giv, toks[0])):
			best = max(best, 0.98)
		case len(toks) == 2:
			if in(sur, toks[0]) || in(sur, toks[1]) {
				best = max(best, 0.5)
			}
		case in(sur, toks[0]):
			best = max(best, 0.8)
		case in(giv, toks[0]):
			best = max(best, 0.5)
		}
	})
	return best
}

// matchPhonetic compares consonant skeletons of the parts' pinyin with the
// Latin words: all parts in order or reversed, a subset of the parts
// (partial names, initials), or all parts glued into one word.
func matchPhonetic(parts []string, toks []string) float64 {
	var cp []phon
	for _, p := range parts {
		cp = append(cp, chinesePhon(syllables(p)))
	}
	var lp []phon
	var initials []byte
	for _, t := range toks {
		if len(t) == 1 {
			initials = append(initials, t[0])
			continue
		}
		lp = append(lp, latinPhon(t))
	}
	if len(lp) == 0 {
		return 0
	}
	best := 0.0
	// One Latin word against all parts glued, or against one part.
	if len(lp) == 1 {
		best = max(best, phonSim(gluePhon(cp), lp[0]))
		for i, c := range cp {
			v := phonSim(c, lp[0])
			if len(cp) > 1 {
				v *= 0.9 // partial name
				if len(initials) > 0 && i > 0 && initialMatches(initials[0], parts[0]) {
					v = v / 0.9 * 0.95
				}
			}
			best = max(best, v)
		}
		return best
	}
	if len(lp) == len(cp) {
		fw, bw := 0.0, 0.0
		for i := range cp {
			fw += phonSim(cp[i], lp[i])
			bw += phonSim(cp[i], lp[len(lp)-1-i])
		}
		best = max(best, fw/float64(len(cp)), 0.95*bw/float64(len(cp)))
	}
	// All Latin words glued against all parts glued.
	best = max(best, 0.95*phonSim(gluePhon(cp), gluePhon(lp)))
	return best
}

// A phon is the sound outline of a name word: its consonant skeleton, the
// skeleton without a final silent consonant (Latin only), and its number
// of vowel-bearing syllables.
type phon struct {
	skel, alt string
	syl       int
}

func gluePhon(ps []phon) phon {
	var g phon
	for i, p := range ps {
		g.skel += p.skel
		if i == len(ps)-1 {
			g.alt = g.skel[:len(g.skel)-len(p.skel)] + p.alt
		}
		g.syl += p.syl
	}
	return g
}

// chinesePhon returns the phon of transcription syllables; syllables that
// stand for a bare consonant (尔 er, final 斯 si, 夫 fu, 克 ke, …, or one
// before another consonant) carry no vowel.
func chinesePhon(syl []string) phon {
	sk := pinyinSkeleton(syl)
	n := 0
	for i, s := range syl {
		bare := s == "er"
		if !bare && consonantSyllables[s] {
			bare = i == len(syl)-1
			if !bare {
				ini, _ := splitPinyin(syl[i+1])
				bare = ini != "" && ini != "y" && ini != "w"
			}
		}
		if !bare {
			n++
		}
	}
	return phon{sk, sk, n}
}

// consonantSyllables are syllables transcriptions use for a consonant
// alone at the end of a word or before another consonant.
var consonantSyllables = map[string]bool{"si": true, "ke": true, "te": true, "de": true, "ge": true, "fu": true,
	"bu": true, "pu": true, "mu": true, "ci": true, "zi": true, "le": true, "er": true, "ji": false}

// latinPhon returns the phon of a folded Latin word.
func latinPhon(w string) phon {
	p := phon{skel: latinSkeleton(w)}
	p.alt = p.skel
	if n := len(w); n > 3 && (strings.IndexByte("dtsx", w[n-1]) >= 0 && strings.IndexByte("aeiouy", w[n-2]) >= 0 || strings.HasSuffix(w, "er")) {
		p.alt = latinSkeleton(w[:n-1]) // silent final consonant: Gérard, Larcher
	}
	inVowel := false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !inVowel {
			p.syl++
		}
		inVowel = v
	}
	// A final mute e (Guillaume, Larche) is no syllable.
	if n := len(w); n > 3 && w[n-1] == 'e' && strings.IndexByte("aeiouy", w[n-2]) < 0 && p.syl > 1 {
		p.syl--
	}
	return p
}

// phonSim compares a Chinese and a Latin phon: skeleton similarity (the
// better of with and without a final silent consonant) times agreement of
// the syllable counts.
func phonSim(c, l phon) float64 {
	s := max(skelSim(c.skel, l.skel), skelSim(c.skel, l.alt))
	d := c.syl - l.syl
	if d < 0 {
		d = -d
	}
	switch {
	case d == 0:
	case d == 1:
		s *= 0.85
	default:
		s *= 0.6
	}
	if len(c.skel) <= 1 {
		s *= 0.65 // one consonant says little
	}
	return s
}

func initialMatches(initial byte, part string) bool {
	syl := syllables(part)
	if len(syl) == 0 {
		return false
	}
	sk := pinyinSkeleton(syl)
	lk := latinSkeleton(string(initial))
	return sk != "" && lk != "" && sk[0] == lk[0]
}

// Consonant classes: P (b p), T (d t), K (g k q c-hard h), F (f v w),
// S (s z x j ch sh zh ts c-soft), L (l r), M, N.

// pinyinSkeleton returns the consonant classes of toneless pinyin
// syllables.
func pinyinSkeleton(syl []string) string {
	var b strings.Builder
	for _, s := range syl {
		if s == "er" {
			b.WriteByte('L')
			continue
		}
		ini, fin := splitPinyin(s)
		switch ini {
		case "b", "p":
			b.WriteByte('P')
		case "d", "t":
			b.WriteByte('T')
		case "g", "k", "h":
			b.WriteByte('K')
		case "f":
			b.WriteByte('F')
		case "w":
			if !strings.HasPrefix(fin, "u") {
				b.WriteByte('F')
			}
		case "s", "z", "c", "x", "j", "q", "zh", "ch", "sh", "r":
			b.WriteByte('S') // r transcribes j/g as in Jérôme (热罗姆)
		case "l":
			b.WriteByte('L')
		case "m":
			b.WriteByte('M')
		case "n":
			b.WriteByte('N')
		}
		if strings.HasSuffix(fin, "n") || strings.HasSuffix(fin, "ng") {
			b.WriteByte('N')
		}
	}
	return b.String()
}

func splitPinyin(s string) (ini, fin string) {
	for _, p := range []string{"zh", "ch", "sh"} {
		if strings.HasPrefix(s, p) {
			return p, s[2:]
		}
	}
	if s != "" && strings.IndexByte("bpmfdtnlgkhjqxrzcsyw", s[0]) >= 0 {
		return s[:1], s[1:]
	}
	return "", s
}

// latinSkeleton returns the consonant classes of a folded Latin word.
func latinSkeleton(w string) string {
	var b strings.Builder
	last := byte(0)
	emit := func(c byte) {
		if c != last {
			b.WriteByte(c)
		}
		last = c
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'b', 'p':
			emit('P')
		case 'd', 't':
			if next == 'h' {
				i++
			}
			emit('T')
		case 'g', 'k', 'q':
			if c == 'g' && (next == 'e' || next == 'i' || next == 'y') {
				emit('S') // soft g: Gérard
				continue
			}
			if next == 'h' || c == 'q' && next == 'u' || c == 'g' && next == 'u' {
				i++
			}
			emit('K')
		case 'c':
			switch {
			case next == 'h':
				i++
				emit('S')
			case next == 'k':
				i++
				emit('K')
			case next == 'e' || next == 'i' || next == 'y':
				emit('S')
			default:
				emit('K')
			}
		case 'h':
			if i == 0 {
				emit('K')
			}
		case 'f', 'v', 'w':
			emit('F')
		case 's', 'z', 'j':
			if next == 'h' {
				i++
			}
			emit('S')
		case 'x':
			emit('K')
			emit('S')
		case 'l', 'r':
			emit('L')
		case 'm':
			emit('M')
		case 'n':
			emit('N')
		default:
			last = 0 // a vowel separates repeated consonants
		}
	}
	return b.String()
}

// skelSim is 1 - normalised edit distance between two skeletons, with
// cheap substitutions between close classes (K/S, T/S, L/N, P/F, M/N).
func skelSim(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	n, m := len(a), len(b)
	prev := make([]float64, m+1)
	cur := make([]float64, m+1)
	for j := range prev {
		prev[j] = float64(j)
	}
	for i := 1; i <= n; i++ {
		cur[0] = float64(i)
		for j := 1; j <= m; j++ {
			sub := prev[j-1] + subCost(a[i-1], b[j-1])
			del := prev[j] + 1
			ins := cur[j-1] + 1
			cur[j] = min(sub, del, ins)
		}
		prev, cur = cur, prev
	}
	d := prev[m]
	s := 1 - d/float64(max(n, m))
	if a[0] != b[0] && subCost(a[0], b[0]) > 0.5 {
		s -= 0.15 // the first consonant matters most
	}
	return max(s, 0)
}

func subCost(x, y byte) float64 {
	if x == y {
		return 0
	}
	pair := string([]byte{min(x, y), max(x, y)})
	switch pair {
	case "KS", "ST", "LN", "FP", "MN", "KT":
		return 0.5
	}
	return 1
}
