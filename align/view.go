package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// A Word is one content word of a sentence as the aligner sees it.
type Word struct {
	// Form is the normalised surface form (folded, stemmed or truncated),
	// the unit Model 1 learns translations of. Forms of the two sides live
	// in separate vocabularies.
	Form string
	// Keys are language-neutral meaning keys shared by both sides: concept
	// ids ("en:meet", "g:vna"), numbers ("n:1200"), folded Latin words and
	// names ("w:hanoi"), quoted strings ("q:…"). Two words with a common key
	// are taken as translations of each other.
	Keys []string
	// Anchor marks a word whose keys are strong evidence (a number, a name,
	// a Latin word inside Chinese, a quotation); anchors weigh more.
	Anchor bool
}

// A ViewFunc turns a sentence into the content words the aligner scores.
// It must be safe for concurrent use.
type ViewFunc func(lang language.Tag, sentence string) []Word

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// guessLang guesses the language of a text from its script and its most
// common function words: Chinese when at least a fifth of the letters are
// Han, French or English otherwise.
func guessLang(sentences []string) language.Tag {
	var han, letters, fr, en int
	for _, s := range sentences {
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if isHan(r) {
					han++
				}
			}
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			switch w {
			case "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "au", "aux", "sur", "avec", "été":
				fr++
			case "the", "and", "of", "to", "is", "was", "that", "for", "with", "he", "she", "it", "his", "her", "had":
				en++
			}
		}
	}
	switch {
	case letters > 0 && han*5 >= letters:
		return language.Chinese
	case en > fr:
		return language.English
	default:
		return language.French
	}
}

// base returns the base language code of t: "zh", "fr", "en", ….
func base(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}

// numberKey normalises a run of digits with separators ("1 200", "1,200",
// "3,5", "3.5") to a key "n:1200" or "n:3.5".
func numberKey(s string) string {
	var b strings.Builder
	b.WriteString("n:")
	digitsAfter := func(i int) int {
		n := 0
		for _, r := range s[i:] {
			if r < '0' || r > '9' {
				break
			}
			n++
		}
		return n
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + r - '０')
		default:
			// A separator followed by exactly three digits groups
			// thousands; otherwise it is a decimal mark.
			if n := digitsAfter(i + size); n > 0 && n != 3 && (r == ',' || r == '.') {
				b.WriteByte('.')
			}
		}
		i += size
	}
	return strings.TrimSuffix(b.String(), ".")
}

// fold lower-cases s and removes diacritics from Latin letters.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var foldTable = func() map[rune]string {
	m := make(map[rune]string)
	add := func(to string, from string) {
		for _, r := range from {
			m[r] = to
		}
	}
	add("a", "àáâãäåāăąạảấầẩẫậắằẳẵặ")
	add("c", "çćč")
	add("d", "đď")
	add("e", "èéêëēĕėęěẹẻẽếềểễệ")
	add("i", "ìíîïĩīĭįıỉị")
	add("n", "ñńň")
	add("o", "òóôõöøōŏőơọỏốồổỗộớờởỡợ")
	add("u", "ùúûüũūŭůűųưụủứừửữự")
	add("y", "ýÿŷỳỵỷỹ")
	add("oe", "œ")
	add("ae", "æ")
	add("s", "šś")
	add("z", "žźż")
	add("'", "’‘")
	return m
}()
