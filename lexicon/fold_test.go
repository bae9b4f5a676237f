package lexicon

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldRef is the straightforward definition of [Fold]: decompose, drop
// marks and apostrophes, map separators to single spaces, lower-case.
func foldRef(s string) string {
	var b strings.Builder
	space := true
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

// TestFoldFastPath checks the table-driven Fold against foldRef on every
// rune below U+0300, alone and between letters.
func TestFoldFastPath(t *testing.T) {
	for r := rune(0); r < 0x300; r++ {
		for _, s := range []string{string(r), "A" + string(r) + "b", " " + string(r) + "-É", string(r) + "\u0301x"} {
			if got, want := Fold(s), foldRef(s); got != want {
				t.Errorf("Fold(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nguyễn Xuân-Phúc", "Hô-Chi-Minh-Ville", "l’État", "  A_B  ", "Œuvre ß", "\xff", "e\u0301\u0323", "ǅa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := foldRef(s)
		for call := 1; call <= 2; call++ { // the second may be remembered
			if got := Fold(s); got != want {
				t.Errorf("Fold(%q) call %d = %q, want %q", s, call, got, want)
			}
		}
	})
}
