package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case with diacritics removed (đ, Ð→d, œ→oe, æ→ae,
// ß→ss), apostrophes dropped, hyphens, underscores, dots between words and
// runs of spaces turned into single spaces, and no leading or trailing
// space: Fold("Nguyễn Xuân-Phúc") == "nguyen xuan phuc".
func Fold(s string) string {
	if isASCIIFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading spaces
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == 'ʼ' || r == '`':
			continue
		case unicode.IsSpace(r) || r == '-' || r == '_' || r == '‐' || r == '–' || r == '—' || r == '•' || r == '·' || r == '・':
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		switch r {
		case 'đ', 'Đ', 'ð', 'Ð':
			b.WriteByte('d')
		case 'œ', 'Œ':
			b.WriteString("oe")
		case 'æ', 'Æ':
			b.WriteString("ae")
		case 'ß':
			b.WriteString("ss")
		case 'ø', 'Ø':
			b.WriteByte('o')
		case 'ł', 'Ł':
			b.WriteByte('l')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// isASCIIFolded reports whether s is already folded: lower-case ASCII
// letters and digits separated by single spaces.
func isASCIIFolded(s string) bool {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' && prev != ' ':
		default:
			return false
		}
		prev = c
	}
	return prev != ' ' || s == ""
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool {
	return r >= 0x3400 && unicode.Is(unicode.Han, r)
}

// hanOnly reports whether s is non-empty and made of Han characters only.
func hanOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
