package extract

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// This file holds the low-level scanning helpers shared by the date and
// number grammars: rune access by byte offset, digit values and the
// language switch.

type langKind int

const (
	langZh langKind = iota
	langFr
	langEn
)

func kindOf(lang language.Tag) langKind {
	b, _ := lang.Base()
	switch b.String() {
	case "zh":
		return langZh
	case "en":
		return langEn
	}
	return langFr
}

// runeAt returns the rune starting at byte i of s and its width; (0, 0) at
// the end of s.
func runeAt(s string, i int) (rune, int) {
	if uint(i) >= uint(len(s)) {
		return 0, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Three bytes (CJK text) without a call: what utf8.DecodeRuneInString
	// returns for a valid sequence (not overlong, not a surrogate).
	if c&0xF0 == 0xE0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore returns the rune ending at byte i of s and its width; (0, 0) at
// the start of s.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// digitVal returns the value of an ASCII or full-width decimal digit, or -1.
func digitVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

func isDigit(r rune) bool { return digitVal(r) >= 0 }

// isSpace reports whether r is a space that may separate digit groups or a
// number from its unit: ASCII space, no-break space, narrow no-break space,
// thin space.
func isSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return isLetterSlow(r)
}

func isLetterSlow(r rune) bool {
	if r >= 0x4e00 && r <= 0x9fff {
		return false // CJK Unified Ideographs: Han or unassigned
	}
	return unicode.IsLetter(r) && !isHan(r)
}

// isHan reports whether r is a Han character; the script starts at
// U+2E80.
func isHan(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0x2e80 && unicode.Is(unicode.Han, r)
}

// skipSpaces returns the offset after any spaces at byte i of s.
func skipSpaces(s string, i int) int {
	for {
		r, w := runeAt(s, i)
		if w == 0 || !isSpace(r) {
			return i
		}
		i += w
	}
}

// hasPrefixFold reports whether s[i:] starts with p, ignoring case, and
// returns the end offset.
func hasPrefixFold(s string, i int, p string) (int, bool) {
	if i+len(p) > len(s) {
		// Case folding can change byte lengths (e.g. É/é are both 2 bytes,
		// so this is safe for our word lists).
		return 0, false
	}
	// Fast path: most calls fail on the first byte, and two ASCII bytes
	// that differ other than by case cannot fold together.
	if a, b := s[i], p[0]; a != b && a < utf8.RuneSelf && b < utf8.RuneSelf && a|0x20 != b|0x20 {
		return 0, false
	}
	if strings.EqualFold(s[i:i+len(p)], p) {
		return i + len(p), true
	}
	return 0, false
}

// wordEnd reports whether byte i of s is not inside a Latin word (end of
// string, or the next rune is not a letter or digit).
func wordEnd(s string, i int) bool {
	r, w := runeAt(s, i)
	return w == 0 || !(isLetter(r) || isDigit(r))
}

// wordStart reports whether byte i of s starts a word (start of string or
// the previous rune is not a letter or digit).
func wordStart(s string, i int) bool {
	r, w := runeBefore(s, i)
	return w == 0 || !(isLetter(r) || isDigit(r))
}

// matchWord tries the words of list (longest first is the caller's duty) at
// byte i of s as whole words, ignoring case. It returns the index in list
// and the end offset, or -1.
func matchWord(s string, i int, list []string) (int, int) {
	for k, p := range list {
		if end, ok := hasPrefixFold(s, i, p); ok {
			last, _ := utf8.DecodeLastRuneInString(p)
			if !isLetter(last) || wordEnd(s, end) {
				return k, end
			}
		}
	}
	return -1, i
}

// foldKey appends to buf a key for w such that two strings have the same
// key exactly when [strings.EqualFold] reports them equal: each rune is
// replaced by the smallest rune of its case-folding orbit.
func foldKey(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		buf = utf8.AppendRune(buf, foldMin(r))
	}
	return buf
}

// foldMin returns the smallest rune of the case-folding orbit of r.
func foldMin(r rune) rune {
	low := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		low = min(low, f)
	}
	return low
}

// A wordSet holds words compared as [strings.EqualFold] does. It serves as
// a cheap test before the grammars that start with a word of a list.
type wordSet struct {
	keys   map[string]bool // foldKey of the words
	maxLen int             // of the keys, in bytes
	// fold maps the non-ASCII runes that fold to a rune of a key (é, É,
	// and ſ for S) to the smallest rune of their orbit. A word with another
	// non-ASCII rune is not in the set.
	fold map[rune]rune
}

// newWordSet makes a set of the leading letters of each word of the lists:
// "janv" for "janv.", "du" for "du ".
func newWordSet(lists ...[]string) *wordSet {
	ws := &wordSet{keys: map[string]bool{}, fold: map[rune]rune{}}
	for _, l := range lists {
		for _, w := range l {
			e := 0
			for e < len(w) {
				r, n := utf8.DecodeRuneInString(w[e:])
				if !isLetter(r) {
					break
				}
				e += n
			}
			ws.add(w[:e])
		}
	}
	return ws
}

func (ws *wordSet) add(w string) {
	k := string(foldKey(nil, w))
	ws.keys[k] = true
	ws.maxLen = max(ws.maxLen, len(k))
	for _, r := range k {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				ws.fold[f] = r
			}
		}
		if r >= utf8.RuneSelf {
			ws.fold[r] = r
		}
	}
}

// has reports whether w is in the set.
func (ws *wordSet) has(w string) bool {
	var buf [64]byte
	k := buf[:0]
	for i := 0; i < len(w); {
		if len(k) >= ws.maxLen {
			return false // longer than any key
		}
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			k = append(k, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		m, ok := ws.fold[r]
		if !ok {
			return false // no key has a rune of its orbit
		}
		k = utf8.AppendRune(k, m)
		i += n
	}
	return ws.keys[string(k)]
}

// at reports whether the run of letters at byte i of s is in the set. A
// word of the set that matches at i as a whole word, or followed by its
// non-letters ("janv." "du "), is exactly that run.
func (ws *wordSet) at(s string, i int) bool {
	var buf [64]byte
	k := buf[:0]
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			if len(k) >= ws.maxLen {
				return false // longer than any key
			}
			k = append(k, c&^0x20)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if m, ok := ws.fold[r]; ok {
			if len(k) >= ws.maxLen {
				return false
			}
			k = utf8.AppendRune(k, m)
		} else if isLetter(r) {
			return false // no key has a rune of its orbit
		} else {
			break
		}
		i += n
	}
	return len(k) > 0 && ws.keys[string(k)]
}

// ratString formats r as a plain decimal: an integer when r is one, else at
// most six decimals with trailing zeros removed.
func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	s := r.FloatString(6)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

// span is a half-open byte range.
type span struct{ start, end int }

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

func overlapsAny(a span, list []span) bool {
	for _, b := range list {
		if overlaps(a, b) {
			return true
		}
	}
	return false
}
