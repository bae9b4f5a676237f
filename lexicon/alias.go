package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// An Alias is a Latin form a Chinese text gives for a name in parentheses,
// as in 米哈伊尔•马莫诺夫(Mikhail Mamonov) or 日本国际协力机构（JICA）:
// s[Start:End] is the Chinese name, Latin the parenthesised form.
type Alias struct {
	Zh, Latin  string
	Start, End int // byte offsets of Zh in the text
}

// Aliases returns the Chinese names of s followed by a Latin form in
// parentheses, in text order. The left end of the name is where the Latin
// form matches best ([Match] without the glossary): 信息传媒部部长石田真敏
// (MasatoshiIshida) gives 石田真敏. For acronyms (JICA) it is the longest
// glossary entry or the last word before the parenthesis.
func Aliases(s string) []Alias {
	var out []Alias
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '(' && r != '（' {
			i += size
			continue
		}
		open, inner := i, i+size
		end := strings.IndexAny(s[inner:], ")）")
		if end < 0 {
			break
		}
		latin := strings.TrimSpace(s[inner : inner+end])
		i = inner + end + 1
		if !latinName(latin) {
			continue
		}
		// The Han run before the parenthesis, with middle dots.
		start := open
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:start])
			if !isHan(r) && r != '•' && r != '·' && r != '・' {
				break
			}
			start -= n
		}
		if start == open {
			continue
		}
		if a, ok := bestAlias(s, start, open, latin); ok {
			out = append(out, a)
		}
	}
	return out
}

// latinName reports whether p looks like a Latin name or acronym: letters
// (at least one upper-case), spaces, hyphens, dots and apostrophes, and
// not a whole phrase.
func latinName(p string) bool {
	if p == "" || len(p) > 60 {
		return false
	}
	upper := false
	for _, r := range p {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLetter(r) && !isHan(r), r == ' ', r == '-', r == '.', r == '\'', r == '’':
		default:
			return false
		}
	}
	return upper && strings.Count(p, " ") <= 4
}

func bestAlias(s string, start, end int, latin string) (Alias, bool) {
	run := s[start:end]
	acronym := strings.ToUpper(latin) == latin && !strings.Contains(latin, " ")
	if acronym {
		// Longest glossary entry ending at the parenthesis, else the last word.
		ms := Find(language.Chinese, run)
		if len(ms) > 0 && ms[len(ms)-1].End == len(run) {
			m := ms[len(ms)-1]
			for _, f := range append(append([]string(nil), m.Entry.Fr...), m.Entry.En...) {
				if f == latin {
					return Alias{run[m.Start:m.End], latin, start + m.Start, start + m.End}, true
				}
			}
		}
		toks := Tokenize(language.Chinese, run)
		if len(toks) == 0 || toks[len(toks)-1].Kind != Word {
			return Alias{}, false
		}
		t := toks[len(toks)-1]
		if runeLen(t.Text) < 4 {
			return Alias{}, false // a common word (会议) is no name
		}
		return Alias{t.Text, latin, start + t.Start, start + t.End}, true
	}
	// Names: the suffix of the run (whole •-joined parts, or up to six
	// characters of the last part) that matches best.
	// Among the suffixes within 0.05 of the best score, the longest wins:
	// 埃马纽埃尔·马克龙, not 马纽埃尔·马克龙.
	type cand struct {
		k     int
		score float64
	}
	var cands []cand
	for _, t := range Tokenize(language.Chinese, run) {
		k := t.Start
		suffix := run[k:]
		last := suffix
		if j := strings.LastIndexAny(suffix, "•·・"); j >= 0 {
			last = suffix[j:]
		}
		if runeLen(last) <= 7 && !strings.ContainsAny(suffix[:1], "•·・") {
			cands = append(cands, cand{k, match(suffix, latin, false)})
		}
	}
	best, bestScore := -1, 0.0
	for _, c := range cands {
		bestScore = max(bestScore, c.score)
	}
	for _, c := range cands {
		if c.score >= bestScore-0.05 {
			best = c.k
			break
		}
	}
	if best < 0 || bestScore < 0.5 {
		return Alias{}, false
	}
	return Alias{run[best:], latin, start + best, end}, true
}
