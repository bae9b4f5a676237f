package lexicon

import (
	"hash/maphash"
	"strings"
	"sync"
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
	var buf [64]byte
	return string(appendFold(buf[:0], s))
}

// appendFold appends Fold(s) to b.
func appendFold(b []byte, s string) []byte {
	start := len(b)
	space := true // suppress leading spaces
	// Fast path: ASCII and the Latin letters below U+0250, whose canonical
	// decompositions (a base letter and combining marks, which are dropped)
	// are looked up in a table instead of normalising s.
	tab := (*[0x250]string)(nil)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\'' || c == '`':
				continue
			case c == ' ' || c == '-' || c == '_' || '\t' <= c && c <= '\r':
				if !space {
					b = append(b, ' ')
					space = true
				}
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			b = append(b, c)
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x250 {
			return appendFoldNFDCached(b[:start], s)
		}
		i += n
		if tab == nil {
			tab = nfdLatinOnce()
		}
		for _, d := range tab[r] {
			b = foldRune(b, d, &space)
		}
	}
	for len(b) > start && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// appendFoldNFDCached is appendFoldNFD remembering the folds of short
// strings: the text that needs decomposition is mostly names (Vietnamese
// spellings, Nguyễn Xuân Phúc), which recur from article to article.
func appendFoldNFDCached(b []byte, s string) []byte {
	if len(s) > foldCacheMax {
		return appendFoldNFD(b, s)
	}
	sh := &foldCache[maphash.String(foldCacheSeed, s)%uint64(len(foldCache))]
	sh.mu.RLock()
	f, ok := sh.m[s]
	sh.mu.RUnlock()
	if ok {
		return append(b, f...)
	}
	start := len(b)
	b = appendFoldNFD(b, s)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= foldCacheShardMax {
		sh.m = make(map[string]string, 256)
	}
	sh.m[strings.Clone(s)] = string(b[start:])
	sh.mu.Unlock()
	return b
}

// foldCacheMax is the longest string whose fold appendFoldNFDCached
// remembers, in bytes; foldCacheShardMax bounds each shard of foldCache,
// which is emptied when full, without changing results.
const (
	foldCacheMax      = 64
	foldCacheShardMax = 1024
)

var (
	foldCache [16]struct {
		mu sync.RWMutex
		m  map[string]string
	}
	foldCacheSeed = maphash.MakeSeed()
)

// appendFoldNFD appends Fold(s) to b, decomposing s first.
func appendFoldNFD(b []byte, s string) []byte {
	start := len(b)
	space := true
	for _, r := range norm.NFD.String(s) {
		b = foldRune(b, r, &space)
	}
	for len(b) > start && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// foldRune appends the folded form of r, a rune of a decomposed text, to
// b; *space tells whether b ends with a space (or the text's start).
func foldRune(b []byte, r rune, space *bool) []byte {
	switch {
	case unicode.Is(unicode.Mn, r):
		return b
	case r == '\'' || r == '’' || r == 'ʼ' || r == '`':
		return b
	case unicode.IsSpace(r) || r == '-' || r == '_' || r == '‐' || r == '–' || r == '—' || r == '•' || r == '·' || r == '・':
		if !*space {
			b = append(b, ' ')
			*space = true
		}
		return b
	}
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð':
		b = append(b, 'd')
	case 'œ', 'Œ':
		b = append(b, "oe"...)
	case 'æ', 'Æ':
		b = append(b, "ae"...)
	case 'ß':
		b = append(b, "ss"...)
	case 'ø', 'Ø':
		b = append(b, 'o')
	case 'ł', 'Ł':
		b = append(b, 'l')
	default:
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	*space = false
	return b
}

// nfdLatinOnce returns the canonical decompositions of the runes below
// U+0250 (ASCII, Latin-1 and Latin Extended-A and B). Decomposing a text of
// such runes rune by rune gives its NFD up to the order of combining marks,
// which Fold drops.
var nfdLatinOnce = sync.OnceValue(func() *[0x250]string {
	var t [0x250]string
	for r := range rune(len(t)) {
		t[r] = norm.NFD.String(string(r))
	}
	return &t
})

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
	if r >= 0x4E00 && r <= 0x9FFF { // CJK Unified Ideographs, all Han
		return true
	}
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
