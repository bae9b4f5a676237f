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
	parts := nameParts(chinese)
	if len(parts) == 1 {
		if s := matchViet(parts[0], toks); s > best {
			best = s
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
	cs := glossaryCandidates(chinese)
	joined := strings.Join(toks, " ")
	best := 0.0
	for _, c := range cs {
		f := Fold(c.Latin)
		switch {
		case f == joined:
			return 1
		case strings.ReplaceAll(f, " ", "") == strings.ReplaceAll(joined, " ", ""):
			best = max(best, 0.97)
		case containsWords(f, joined) || containsWords(joined, f):
			best = max(best, 0.8)
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

// matchJapanese matches ENAMDICT romanisations of a surname + given-name
// split, in either order.
func matchJapanese(name string, toks []string) float64 {
	rs := []rune(name)
	if len(rs) < 2 || len(rs) > 6 || len(toks) > 2 {
		return 0
	}
	best := 0.0
	for i := 1; i < len(rs); i++ {
		if i > 3 || len(rs)-i > 3 {
			continue
		}
		sur := jpLookup(string(rs[:i]), "s")
		if len(sur) == 0 {
			continue
		}
		giv := jpLookup(string(rs[i:]), "g")
		in := func(list []string, t string) bool {
			for _, x := range list {
				if x == t {
					return true
				}
			}
			return false
		}
		if len(toks) == 2 {
			if in(sur, toks[0]) && in(giv, toks[1]) || in(sur, toks[1]) && in(giv, toks[0]) {
				return 0.98
			}
			if in(sur, toks[0]) || in(sur, toks[1]) {
				best = max(best, 0.5)
			}
			continue
		}
		if in(sur, toks[0]) {
			best = max(best, 0.8)
		} else if in(giv, toks[0]) {
			best = max(best, 0.5)
		}
	}
	return best
}

// matchPhonetic compares consonant skeletons of the parts' pinyin with the
// Latin words: all parts in order or reversed, a subset of the parts
// (partial names, initials), or all parts glued into one word.
func matchPhonetic(parts []string, toks []string) float64 {
	var sk []string
	for _, p := range parts {
		sk = append(sk, pinyinSkeleton(syllables(p)))
	}
	var lk []string
	var initials []byte
	for _, t := range toks {
		if len(t) == 1 {
			initials = append(initials, t[0])
			continue
		}
		lk = append(lk, latinSkeleton(t))
	}
	if len(lk) == 0 {
		return 0
	}
	best := 0.0
	// One Latin word against all parts glued, or against one part.
	if len(lk) == 1 {
		best = max(best, skelSim(strings.Join(sk, ""), lk[0]))
		for i, s := range sk {
			v := skelSim(s, lk[0])
			if len(sk) > 1 {
				v *= 0.9 // partial name
				if len(initials) > 0 && i > 0 && initialMatches(initials[0], parts[0]) {
					v = v / 0.9 * 0.95
				}
			}
			best = max(best, v)
		}
		return best
	}
	if len(lk) == len(sk) {
		fw, bw := 0.0, 0.0
		for i := range sk {
			fw += skelSim(sk[i], lk[i])
			bw += skelSim(sk[i], lk[len(lk)-1-i])
		}
		best = max(best, fw/float64(len(sk)), 0.95*bw/float64(len(sk)))
	}
	// All Latin words glued against all parts glued.
	best = max(best, 0.95*skelSim(strings.Join(sk, ""), strings.Join(lk, "")))
	return best
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
		case "s", "z", "c", "x", "j", "q", "zh", "ch", "sh":
			b.WriteByte('S')
		case "l", "r":
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
			if next == 'h' || c == 'q' && next == 'u' {
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
