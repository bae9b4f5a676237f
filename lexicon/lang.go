package lexicon

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// langID is the base language of a tag, as the lookups distinguish them.
type langID uint8

const (
	otherLang langID = iota
	zhLang
	frLang
	enLang
)

// baseLang returns the base language of t. The tags callers use
// (language.Chinese, French, English) are recognised without asking
// [language.Tag.Base], which is slow enough to matter once per word.
func baseLang(t language.Tag) langID {
	switch t {
	case language.Chinese:
		return zhLang
	case language.French:
		return frLang
	case language.English:
		return enLang
	}
	b, _ := t.Base()
	switch b.String() {
	case "zh":
		return zhLang
	case "fr":
		return frLang
	case "en":
		return enLang
	}
	return otherLang
}

// lookupLower returns m[strings.ToLower(w)] without allocating when w is
// short ASCII.
func lookupLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// runeSet is a set of Basic Multilingual Plane characters, a bit each.
type runeSet [0x10000 / 64]uint64

func newRuneSet(chars string) *runeSet {
	s := new(runeSet)
	for _, r := range chars {
		s.add(r)
	}
	return s
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s[r>>6] |= 1 << (r & 63)
	}
}

// has reports whether r is in s.
func (s *runeSet) has(r rune) bool { return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(r&63)) != 0 }

// hasAny reports whether a character of w is in s.
func (s *runeSet) hasAny(w string) bool {
	for _, r := range w {
		if s.has(r) {
			return true
		}
	}
	return false
}

// pairSet is a Bloom filter of character pairs: has may report a pair
// that was not added, never the reverse.
type pairSet [1 << 18 / 64]uint64

func pairHash(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)) * 0x85EBCA6B >> (32 - 18)
}

func (s *pairSet) add(a, b rune) {
	h := pairHash(a, b)
	s[h>>6] |= 1 << (h & 63)
}

func (s *pairSet) has(a, b rune) bool {
	h := pairHash(a, b)
	return s[h>>6]&(1<<(h&63)) != 0
}

// keyFilter is a Bloom filter of strings: has may report a string that
// was not added, never the reverse.
type keyFilter [1 << 20 / 64]uint64

func keyHash(k []byte) uint32 {
	h := uint32(2166136261) // FNV-1a
	for _, c := range k {
		h = (h ^ uint32(c)) * 16777619
	}
	return h >> (32 - 20)
}

func (f *keyFilter) add(k string) {
	h := keyHash([]byte(k))
	f[h>>6] |= 1 << (h & 63)
}

func (f *keyFilter) has(k []byte) bool {
	h := keyHash(k)
	return f[h>>6]&(1<<(h&63)) != 0
}

// lastRune returns the last character of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// Character sets of the constant strings, for the per-character tests of
// segmentation and name detection.
var (
	surnameSet      = newRuneSet(surnames)
	vietSurnameSet  = newRuneSet(surnames[:vietSurnames])
	notGivenSet     = newRuneSet(notGiven)
	translitCharSet = newRuneSet(translitChars)
)
