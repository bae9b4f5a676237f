package corpus

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// squeezeRef is squeeze without the fast path.
func squeezeRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				b.WriteByte(byte(r))
			case 'A' <= r && r <= 'Z':
				b.WriteByte(byte(r) + 'a' - 'A')
			}
			continue
		}
		if 0x4E00 <= r && r <= 0x9FFF {
			b.WriteRune(r)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func FuzzSqueeze(f *testing.F) {
	for _, s := range []string{"越南 國會", "\u4dc0\u4e00\u9fff", "\xe4\xb8", "Éa1", "\xe9\xbf\xbf\xe4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := squeeze(s), squeezeRef(s); got != want {
			t.Fatalf("squeeze(%q) = %q, want %q", s, got, want)
		}
	})
}
