package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// maxBracketRunes bounds the bracketed spans inside which Split never cuts:
// a longer "bracket" is more likely an unbalanced one than a real aside.
const maxBracketRunes = 300

// Split splits one paragraph into sentences, in order.
//
// Chinese text is cut after 。!?…, French and English text after . ! ? … when
// the next word starts a sentence (upper-case letter, digit, quote, dash).
// Closing quotes and brackets stay with the sentence they end ("。”"), no cut
// is made inside (…), [...], 《…》 or 【…】 spans, abbreviations (M., Mme,
// Dr., St., Mr., U.S., p. ex., etc.), initials and numbers with separators
// (1.17亿, 1,5 million, 3 700, 3.700) do not end sentences, and bullets (•)
// start new ones.
//
// Sentences are trimmed of surrounding white space and never empty; joined
// together they give back the paragraph, white space aside. Any other
// language is split by the French and English rules. Split is safe for
// concurrent use.
func Split(lang language.Tag, paragraph string) []string {
	rs := []rune(paragraph)
	inside := bracketed(rs)
	zh := isChinese(lang)
	var cuts []int // rune indexes where a new sentence starts
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isBullet(r) && i > 0 && unicode.IsSpace(rs[i-1]) && !inside[i] {
			cuts = append(cuts, i)
			continue
		}
		if !isTerminator(r) || inside[i] {
			continue
		}
		// The run of terminators ("?!", "...", "……").
		j := i + 1
		for j < len(rs) && isTerminator(rs[j]) {
			j++
		}
		single := r == '.' && j == i+1
		// Closing quotes and brackets belong to the sentence they end, also
		// after a space in French typography ("prêt. »").
		for j < len(rs) {
			if isCloser(rs[j]) {
				j++
				continue
			}
			k := skipSpace(rs, j)
			if k > j && k < len(rs) && (rs[k] == '»' || rs[k] == '”' || rs[k] == '›') {
				j = k + 1
				continue
			}
			break
		}
		end := j
		if end >= len(rs) {
			break
		}
		if zh || isCJK(r) {
			if r == '.' {
				i = end - 1
				continue
			}
			k := skipSpace(rs, end)
			if k < len(rs) && !isContinuation(rs[k]) {
				cuts = append(cuts, k)
			}
			i = end - 1
			continue
		}
		// Latin rules: white space must follow, then a sentence start.
		if !unicode.IsSpace(rs[end]) {
			i = end - 1
			continue
		}
		k := skipSpace(rs, end)
		if k >= len(rs) || !startsSentence(rs[k]) {
			i = end - 1
			continue
		}
		if single && abbreviation(rs, i, rs[k]) {
			i = end - 1
			continue
		}
		cuts = append(cuts, k)
		i = end - 1
	}

	var out []string
	// The cuts ascend: walk the paragraph once to turn their rune indexes
	// into byte offsets (ri runes are before byte off).
	start, startOff := 0, 0
	ri, off := 0, 0
	for _, c := range append(cuts, len(rs)) {
		if c <= start {
			continue
		}
		for ri < c {
			_, n := utf8.DecodeRuneInString(paragraph[off:])
			off += n
			ri++
		}
		if s := strings.TrimSpace(paragraph[startOff:off]); s != "" {
			out = append(out, s)
		}
		start, startOff = c, off
	}
	return out
}

func isChinese(lang language.Tag) bool {
	b, _ := lang.Base()
	return b.String() == "zh"
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉', '｡':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', '）', ']', '】', '」', '』', '》', '〉', '›':
		return true
	}
	return false
}

func isBullet(r rune) bool {
	switch r {
	case '•', '▪', '●', '■', '◆', '►', '▶', '◦', '‣':
		return true
	}
	return false
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '。' || r == '！' || r == '？'
}

// isContinuation reports whether r cannot start a sentence: a cut before it
// would leave a comma or closing bracket at the start of the next sentence.
func isContinuation(r rune) bool {
	switch r {
	case ',', '，', '、', ';', '；', ':', '：', ')', '）', '”', '’', '»', '」', '』', '》':
		return true
	}
	return false
}

func skipSpace(rs []rune, i int) int {
	for i < len(rs) && unicode.IsSpace(rs[i]) {
		i++
	}
	return i
}

// startsSentence reports whether a French or English sentence may start with r.
func startsSentence(r rune) bool {
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r), unicode.Is(unicode.Han, r):
		return true
	}
	switch r {
	case '«', '"', '“', '‘', '\'', '(', '[', '¿', '¡', '–', '—', '-', '•', '…':
		return true
	}
	return false
}

// titles never end a sentence: a name follows them.
var titles = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true,
	"dr": true, "drs": true, "pr": true, "prof": true, "me": true, "mgr": true,
	"st": true, "ste": true, "mr": true, "mrs": true, "ms": true, "messrs": true,
	"gen": true, "gén": true, "col": true, "lt": true, "sgt": true, "capt": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "jr": true, "sr": true,
	"no": true, "nos": true, "n°": true, "vol": true, "art": true, "chap": true, "fig": true,
	"cf": true, "env": true, "ca": true, "approx": true, "vs": true, "av": true, "bd": true,
	"éd": true, "ed": true, "ex": true, "p": true, "pp": true, "réf": true, "tél": true,
	"janv": true, "févr": true, "avr": true, "juil": true, "oct": true, "déc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "nov": true, "dec": true, "inc": true, "ltd": true, "co": true, "corp": true,
}

// abbreviation reports whether the period at rs[i] ends an abbreviation or
// an initial rather than a sentence; next is the first letter after it.
func abbreviation(rs []rune, i int, next rune) bool {
	j := i
	for j > 0 && (unicode.IsLetter(rs[j-1]) || rs[j-1] == '°') {
		j--
	}
	word := strings.ToLower(string(rs[j:i]))
	if word == "" {
		return false
	}
	// Dotted abbreviations: U.S., J.-C., p. ex. (".x." before the word).
	if j > 0 && rs[j-1] == '.' || j > 1 && rs[j-1] == '-' && rs[j-2] == '.' {
		return true
	}
	if titles[word] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(rs[j]) {
		return true // an initial: G. Devarajan
	}
	if word == "etc" {
		return !unicode.IsUpper(next)
	}
	return false
}

// closerOf returns the closing bracket of opening bracket r, or 0 when r
// opens no bracket pair.
func closerOf(r rune) rune {
	switch r {
	case '(':
		return ')'
	case '（':
		return '）'
	case '[':
		return ']'
	case '【':
		return '】'
	case '《':
		return '》'
	case '〈':
		return '〉'
	case '［':
		return '］'
	}
	return 0
}

// bracketed marks the runes strictly inside balanced, short bracket spans.
func bracketed(rs []rune) []bool {
	inside := make([]bool, len(rs))
	type open struct {
		r rune
		i int
	}
	var stack []open
	for i, r := range rs {
		if closerOf(r) != 0 {
			stack = append(stack, open{r, i})
			continue
		}
		for k := len(stack) - 1; k >= 0; k-- {
			if closerOf(stack[k].r) != r {
				continue
			}
			start := stack[k].i
			stack = stack[:k]
			if i-start <= maxBracketRunes {
				for m := start + 1; m < i; m++ {
					inside[m] = true
				}
			}
			break
		}
	}
	return inside
}
