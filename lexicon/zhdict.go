package lexicon

import (
	"bytes"
	"math"
	"sync"
	"unicode/utf8"
)

// zhDict is the segmentation dictionary: the decompressed, bytewise sorted
// "word\tfreq\n" blob with, per line, the word's offsets and frequency.
// Lookups binary-search it within the range of the word's first
// character, so loading costs one gunzip and one scan, with no string map.
type zhDict struct {
	blob     []byte
	start    []uint32 // word i is blob[start[i]:end[i]]
	end      []uint32
	freqs    []uint32
	first    map[rune][2]uint32 // first character → range of lines
	logTotal float64            // log of the sum of all frequencies
	maxLen   int                // longest word, in bytes
}

var zhDictOnce = sync.OnceValue(loadZhDict)

func loadZhDict() *zhDict {
	d := &zhDict{blob: readData("zhdict.tsv.gz"), first: make(map[rune][2]uint32, 16000)}
	n := bytes.Count(d.blob, []byte{'\n'}) + 1
	d.start = make([]uint32, 0, n)
	d.end = make([]uint32, 0, n)
	d.freqs = make([]uint32, 0, n)
	var total float64
	off := 0
	var cur rune = -1
	var curStart uint32
	eachLine(d.blob, func(line []byte) {
		tab := bytes.IndexByte(line, '\t')
		if tab > 0 {
			f := uint32(0)
			for _, c := range line[tab+1:] {
				if c >= '0' && c <= '9' {
					f = f*10 + uint32(c-'0')
				}
			}
			i := uint32(len(d.start))
			d.start = append(d.start, uint32(off))
			d.end = append(d.end, uint32(off+tab))
			d.freqs = append(d.freqs, f)
			total += float64(f)
			if tab > d.maxLen {
				d.maxLen = tab
			}
			r := rune(line[0])
			if r >= utf8.RuneSelf {
				r, _ = utf8.DecodeRune(line)
			}
			if r != cur {
				if cur >= 0 {
					d.first[cur] = [2]uint32{curStart, i}
				}
				cur, curStart = r, i
			}
		}
		off += len(line) + 1
	})
	if cur >= 0 {
		d.first[cur] = [2]uint32{curStart, uint32(len(d.start))}
	}
	d.logTotal = math.Log(total)
	return d
}

// word returns the word of line i.
func (d *zhDict) word(i int) []byte { return d.blob[d.start[i]:d.end[i]] }

// Freq returns the frequency of word w, 0 if it is not in the dictionary.
func (d *zhDict) Freq(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	rg, ok := d.first[r]
	if !ok {
		return 0
	}
	lo, hi := int(rg[0]), int(rg[1])
	lo = d.lowerBound(lo, hi, w)
	if lo < hi && string(d.word(lo)) == w {
		return int(d.freqs[lo])
	}
	return 0
}

// A prefixWord is a dictionary word at the start of a string: its length
// in bytes and its frequency.
type prefixWord struct{ end, freq int }

// appendPrefixes appends to dst every dictionary word that starts at byte
// 0 of s, shortest first.
func (d *zhDict) appendPrefixes(dst []prefixWord, s string) []prefixWord {
	r, size := utf8.DecodeRuneInString(s)
	rg, ok := d.first[r]
	if !ok {
		return dst
	}
	lo, hi := int(rg[0]), int(rg[1])
	if len(d.word(lo)) == size {
		dst = append(dst, prefixWord{size, int(d.freqs[lo])})
	}
	for i, r := range s[size:] {
		end := size + i + utf8.RuneLen(r)
		if end > d.maxLen || !isHan(r) && r != '·' {
			return dst
		}
		// The words starting with p are [lo, hi) after narrowing; the
		// range is empty unless the first word >= p starts with p, and
		// then its end is near: look for it by galloping.
		p := s[:end]
		lo = d.lowerBound(lo, hi, p)
		if lo >= hi {
			return dst
		}
		w := d.word(lo)
		if len(w) < len(p) || string(w[:len(p)]) != p {
			return dst
		}
		if len(w) == end {
			dst = append(dst, prefixWord{end, int(d.freqs[lo])})
		}
		hi = d.prefixEnd(lo, hi, p)
	}
	return dst
}

// lowerBound returns the first line of [lo, hi) whose word is >= p, or hi.
func (d *zhDict) lowerBound(lo, hi int, p string) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if string(d.word(m)) < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// prefixEnd returns the first line of [lo, hi) whose word does not start
// with p, given that the word of line lo does and the lines are sorted.
func (d *zhDict) prefixEnd(lo, hi int, p string) int {
	has := func(i int) bool {
		w := d.word(i)
		return len(w) >= len(p) && string(w[:len(p)]) == p
	}
	// Gallop: find a line that does not start with p.
	a, step := lo+1, 1
	for a < hi && has(a) {
		lo = a
		a += step
		step *= 2
	}
	b := min(a, hi)
	// Binary search in (lo, b]: lo has the prefix, b does not (or is hi).
	a = lo + 1
	for a < b {
		m := int(uint(a+b) >> 1)
		if has(m) {
			a = m + 1
		} else {
			b = m
		}
	}
	return a
}

func ln(x float64) float64 { return math.Log(x) }
