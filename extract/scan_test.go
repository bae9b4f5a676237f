package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// wordSetRef is what wordSet.at must answer: the run of letters at the
// start of s equals a word of words, ignoring case as strings.EqualFold
// does.
func wordSetRef(words []string, s string) bool {
	e := 0
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !isLetter(r) {
			break
		}
		e += n
	}
	for _, w := range words {
		if e > 0 && strings.EqualFold(s[:e], w) {
			return true
		}
	}
	return false
}

var wordSetTestWords = []string{"février", "mai", "Sept", "août", "du", "Ks", "quatrième"}

func TestWordSet(t *testing.T) {
	ws := newWordSet(wordSetTestWords)
	tests := []struct {
		s    string
		want bool
	}{
		{"février 2019", true},
		{"FÉVRIER", true},
		{"Février-", true},
		{"févriers", false},
		{"fevrier", false},
		{"mai.", true},
		{"MAI", true},
		{"maï", false},
		{"sept.", true},
		{"septembre", false},
		{"ſept", true},    // long s folds to s
		{"\u212As", true}, // Kelvin sign folds to k
		{"AOÛT", true},
		{"du 18", true},
		{"d", false},
		{"", false},
		{"Quatrième", true},
		{"quatrièmes", false},
		{"Nguyễn", false},
		{"2019", false},
		{"mai\xff", true},
	}
	for _, tt := range tests {
		if got := ws.at(tt.s, 0); got != tt.want {
			t.Errorf("at(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if ref := wordSetRef(wordSetTestWords, tt.s); ref != tt.want {
			t.Errorf("reference(%q) = %v, want %v (bad test)", tt.s, ref, tt.want)
		}
	}
}

func FuzzWordSetAt(f *testing.F) {
	for _, s := range []string{"février", "ſept", "MAI.", "Nguyễn", "\u212As", "quatrièmes", "du 18"} {
		f.Add(s)
	}
	ws := newWordSet(wordSetTestWords)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ws.at(s, 0), wordSetRef(wordSetTestWords, s); got != want {
			t.Errorf("at(%q) = %v, want %v", s, got, want)
		}
		e := strings.IndexFunc(s, func(r rune) bool { return !isLetter(r) })
		if e < 0 {
			e = len(s)
		}
		if got, want := ws.has(s[:e]), wordSetRef(wordSetTestWords, s); got != want {
			t.Errorf("has(%q) = %v, want %v", s[:e], got, want)
		}
	})
}

func FuzzRuneAt(f *testing.F) {
	for _, s := range []string{"越南", "a\xe0\x80\x80b", "\xed\xa0\x80", "\xef\xbf\xbd", "é\xe4\xb8", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range len(s) {
			r, n := runeAt(s, i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Fatalf("runeAt(%q, %d) = %q, %d; want %q, %d", s, i, r, n, wr, wn)
			}
		}
	})
}
