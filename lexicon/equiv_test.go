package lexicon

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// The fast paths of the tokenizer and the dictionary are checked against
// their straightforward definitions below.

func elisionRef(w string) int {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || i > 7 {
		return 0
	}
	switch strings.ToLower(w[:i]) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		_, n := utf8.DecodeRuneInString(w[i:])
		return i + n
	}
	return 0
}

func scanWordRef(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isHan(r) {
			break
		}
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || isDigit(r) {
			j += n
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && unicode.IsLetter(r2) && !isHan(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func FuzzScanWord(f *testing.F) {
	for _, s := range []string{"l'État", "jusqu’à", "aujourd'hui", "Xuan-Phuc 3", "e\u0301té-", "qu'\xff", "abcdefgh'i", "a’b'c", "Hà Nội越南"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := elision(s), elisionRef(s); got != want {
			t.Errorf("elision(%q) = %d, want %d", s, got, want)
		}
		if got, want := scanWord(s, 0), scanWordRef(s, 0); got != want {
			t.Errorf("scanWord(%q) = %d, want %d", s, got, want)
		}
	})
}

// prefixesRef lists the dictionary words starting s by testing every
// prefix of s with Freq.
func prefixesRef(d *zhDict, s string) []prefixWord {
	var out []prefixWord
	for i, r := range s {
		end := i + utf8.RuneLen(r)
		if i > 0 && (end > d.maxLen || !isHan(r) && r != '·') {
			break
		}
		if line := d.line(s[:end]); line >= 0 {
			out = append(out, prefixWord{end, line})
		}
	}
	return out
}

// line returns the first line of dictionary word w, -1 if there is none.
func (d *zhDict) line(w string) int {
	for i := range d.start {
		if string(d.word(i)) == w {
			return i
		}
	}
	return -1
}

func TestAppendPrefixes(t *testing.T) {
	d := zhDictOnce()
	for _, s := range []string{"越南社会主义共和国", "中华人民共和国国务院总理", "胡志明市人民委员会", "阿·马莫诺夫", "一", "\U00020000中"} {
		for i := range s {
			got := d.appendPrefixes(nil, s[i:])
			if diff := cmp.Diff(prefixesRef(d, s[i:]), got, cmp.AllowUnexported(prefixWord{})); diff != "" {
				t.Errorf("appendPrefixes(%q) (-want +got):\n%s", s[i:], diff)
			}
		}
	}
}

// TestConceptsCache checks that cached results are those computed afresh,
// for every word of the dev corpus.
func TestConceptsCache(t *testing.T) {
	lines := readCorpus(t, corpusDirs[0].dir)
	if len(lines) == 0 {
		t.Skip("dev corpus not found")
	}
	for _, w := range corpusWords(lines) {
		first := Concepts(w.lang, w.text)
		again := Concepts(w.lang, w.text)
		fresh := concepts(w.lang, baseLang(w.lang), w.text)
		if !cmp.Equal(first, fresh) || !cmp.Equal(again, fresh) {
			t.Fatalf("Concepts(%v, %q) = %q then %q, computed afresh %q", w.lang, w.text, first, again, fresh)
		}
	}
	if got := Concepts(language.Make("de"), "Regierung"); got != nil {
		t.Errorf("Concepts(de) = %q, want nil", got)
	}
}

func simplifiedRef(s string) string {
	v := variantsOnce()
	var b strings.Builder
	for _, r := range s {
		if ss := v.t2s[r]; len(ss) > 0 {
			if _, isTrad := v.s2t[r]; !isTrad {
				r = ss[0]
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzSimplified(f *testing.F) {
	for _, s := range []string{"越南國會", "越南国会", "\xff國", "a\U00020000b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Simplified(s), simplifiedRef(s); got != want {
			t.Errorf("Simplified(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTranslitCache checks that remembered candidates are those computed
// afresh and that a caller changing its copy does not change them.
func TestTranslitCache(t *testing.T) {
	for _, name := range []string{"梅进勇", "石田真敏", "米哈伊尔•马莫诺夫", "河内", "普京", "abc", ""} {
		fresh := translit(name, true)
		first := Translit(name)
		if len(first) > 0 {
			first[0].Latin = "changed"
		}
		again := Translit(name)
		if !cmp.Equal(again, fresh) {
			t.Errorf("Translit(%q) = %v after a first call, computed afresh %v", name, again, fresh)
		}
	}
}

// TestSegmentCache checks that remembered segmentations of the Han runs of
// the dev corpus are those computed afresh, on a first and a second call.
func TestSegmentCache(t *testing.T) {
	lines := readCorpus(t, corpusDirs[0].dir)
	if len(lines) == 0 {
		t.Skip("dev corpus not found")
	}
	runs := 0
	for _, l := range lines {
		s := l.text
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isHan(r) && r != '〇' {
				i += n
				continue
			}
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isHan(r2) && r2 != '〇' {
					break
				}
				j += n2
			}
			want := segmentHan(nil, s, i, j)
			for call := 1; call <= 2; call++ {
				if got := segmentHanCached(nil, s, i, j); !cmp.Equal(got, want) {
					t.Fatalf("segmentHanCached(%q) call %d = %v, want %v", s[i:j], call, got, want)
				}
			}
			runs++
			i = j
		}
	}
	if runs < 1000 {
		t.Errorf("only %d Han runs in the dev corpus", runs)
	}
}
