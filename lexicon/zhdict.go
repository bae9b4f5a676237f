package lexicon

import (
	"bytes"
	"math"
	"strconv"
	"sync"
	"unicode/utf8"
)

// zhDict is the segmentation dictionary: the decompressed, bytewise sorted
// "word\tfreq\n" blob and the offset of each line. Lookups binary-search it,
// so loading costs one gunzip and one scan, with no map to build.
type zhDict struct {
	blob     []byte
	lines    []uint32 // start offset of each line
	logTotal float64  // log of the sum of all frequencies
	maxLen   int      // longest word, in runes
}

var zhDictOnce = sync.OnceValue(func() *zhDict {
	d := &zhDict{blob: readData("zhdict.tsv.gz")}
	d.lines = make([]uint32, 0, 400000)
	var total float64
	off := 0
	eachLine(d.blob, func(line []byte) {
		d.lines = append(d.lines, uint32(off))
		off += len(line) + 1
		if tab := bytes.IndexByte(line, '\t'); tab > 0 {
			if n, err := strconv.Atoi(string(line[tab+1:])); err == nil {
				total += float64(n)
			}
			if l := utf8.RuneCount(line[:tab]); l > d.maxLen {
				d.maxLen = l
			}
		}
	})
	d.logTotal = math.Log(total)
	return d
})

// word returns the word of line i.
func (d *zhDict) word(i int) []byte {
	line := d.blob[d.lines[i]:]
	return line[:bytes.IndexByte(line, '\t')]
}

// freq returns the frequency of line i.
func (d *zhDict) freq(i int) int {
	line := d.blob[d.lines[i]:]
	tab := bytes.IndexByte(line, '\t')
	end := bytes.IndexByte(line, '\n')
	if end < 0 {
		end = len(line)
	}
	n, _ := strconv.Atoi(string(line[tab+1 : end]))
	return n
}

// Freq returns the frequency of word w, 0 if it is not in the dictionary.
func (d *zhDict) Freq(w string) int {
	lo, hi := d.prefixRange(0, len(d.lines), []byte(w))
	if lo < hi && string(d.word(lo)) == w {
		return d.freq(lo)
	}
	return 0
}

// prefixRange narrows [lo, hi), a range of lines whose words share a prefix
// shorter than p, to the lines whose words start with p.
func (d *zhDict) prefixRange(lo, hi int, p []byte) (int, int) {
	// first line with word >= p
	a, b := lo, hi
	for a < b {
		m := int(uint(a+b) >> 1)
		if bytes.Compare(d.word(m), p) < 0 {
			a = m + 1
		} else {
			b = m
		}
	}
	start := a
	// first line whose word does not start with p
	b = hi
	for a < b {
		m := int(uint(a+b) >> 1)
		w := d.word(m)
		if bytes.HasPrefix(w, p) || bytes.Compare(w, p) < 0 {
			a = m + 1
		} else {
			b = m
		}
	}
	return start, a
}

// prefixes calls fn(end, freq) for every dictionary word that starts at
// byte 0 of s, shortest first; end is its length in bytes.
func (d *zhDict) prefixes(s string, fn func(end, freq int)) {
	lo, hi := 0, len(d.lines)
	n := 0
	for i, r := range s {
		if n >= d.maxLen || !isHan(r) && r != '·' {
			return
		}
		n++
		end := i + utf8.RuneLen(r)
		lo, hi = d.prefixRange(lo, hi, []byte(s[:end]))
		if lo >= hi {
			return
		}
		if len(d.word(lo)) == end {
			fn(end, d.freq(lo))
		}
	}
}

func ln(x float64) float64 { return math.Log(x) }
