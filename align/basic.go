package align

import (
	"strings"
	"unicode"

	"golang.org/x/text/language"
)

// BasicView is a [ViewFunc] that needs no language data: Chinese is cut into
// single Han characters, French and English into words truncated to six
// letters after folding, minus a short list of function words. Keys are only
// anchors: numbers, Latin-script words inside Chinese, and capitalised words
// that do not start the sentence. It is a baseline for [DefaultView] and a
// view for tests that must not depend on the language data.
func BasicView(lang language.Tag, s string) []Word {
	zh := base(lang) == "zh"
	var words []Word
	rs := []rune(s)
	first := true
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			j := i
			for j < len(rs) && (isDigit(rs[j]) || (rs[j] == ',' || rs[j] == '.' || rs[j] == ' ' || rs[j] == '\u00a0' || rs[j] == '\u202f') && j+1 < len(rs) && isDigit(rs[j+1])) {
				j++
			}
			k := numberKey(string(rs[i:j]))
			words = append(words, Word{Form: k, Keys: []string{k}, Anchor: true})
			i = j
			first = false
		case zh && isHan(r):
			words = append(words, Word{Form: string(r)})
			i++
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) && !isHan(rs[j]) || unicode.Is(unicode.Mn, rs[j])) {
				j++
			}
			w := string(rs[i:j])
			i = j
			f := fold(w)
			upper := unicode.IsUpper([]rune(w)[0])
			if zh {
				words = append(words, Word{Form: f, Keys: []string{"w:" + f}, Anchor: true})
				continue
			}
			if basicStop[f] || len(f) < 2 {
				first = false
				continue
			}
			word := Word{Form: truncate(f, 6)}
			if upper && !first && len(f) > 2 {
				word.Keys = []string{"w:" + f}
				word.Anchor = true
			}
			words = append(words, word)
			first = false
		default:
			i++
		}
	}
	return words
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// truncate returns the first n runes of s.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

var basicStop = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		le la les l un une des du de d au aux et ou en dans par pour sur avec sans sous
		ce cet cette ces se sa son ses leur leurs qui que qu quoi dont il elle ils elles
		on nous vous je tu ne pas plus est sont a ont ete etre avoir fait été à y
		the a an and or of to in on at by for with from as is are was were be been
		this that these those it its he she they his her their we you i not but
		has have had will would which who whom also than then there`) {
		m[w] = true
	}
	return m
}()
