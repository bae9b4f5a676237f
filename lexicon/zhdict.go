package lexicon

import (
	"bytes"
	"math"
	"sync"
	"unicode/utf8"
)

// zhDict is the segmentation dictionary: the decompressed, bytewise sorted
// "word\tfreq\n" blob with, per line, the word's offsets and frequency.
// Lookups find the range of lines of the word's first two characters
// (first, hanFirst, pair) and binary-search it, so loading costs one
// gunzip and one scan, with no string map.
type zhDict struct {
	blob  []byte
	start []uint32 // word i is blob[start[i]:end[i]]
	end   []uint32
	freqs []uint32
	// logP[i] is log(freqs[i]) - logTotal, the word's log probability.
	logP  []float64
	first map[rune][2]uint32 // first character → range of lines
	// hanFirst is first for the characters from hanBase to hanEnd, in an
	// array: segmentation looks one up at every character. An entry is
	// the range of lines and whether its first line is the character alone.
	hanFirst []firstRange
	// pair maps the first two characters of the words of two or more
	// characters (pairKey) to their range of lines: most candidate
	// extensions end there, with one look-up instead of a binary search.
	pair     map[uint64][2]uint32
	logTotal float64 // log of the sum of all frequencies
	maxLen   int     // longest word, in bytes
}

var zhDictOnce = sync.OnceValue(loadZhDict)

// The characters of zhDict.hanFirst: CJK Unified Ideographs and
// Extension A.
const hanBase, hanEnd = 0x3400, 0xA000

// firstRange is the range of lines [lo, hi) of the words starting with
// one character; single tells whether line lo is that character alone.
// hi == 0 when no word starts with it.
type firstRange struct {
	lo, hi uint32
	single bool
}

// firstOf returns the lines of the words starting with r and whether the
// first of them is r alone.
func (d *zhDict) firstOf(r rune, size int) (lo, hi int, single, ok bool) {
	if r >= hanBase && r < hanEnd {
		f := d.hanFirst[r-hanBase]
		return int(f.lo), int(f.hi), f.single, f.hi > 0
	}
	rg, ok := d.first[r]
	if !ok {
		return 0, 0, false, false
	}
	lo, hi = int(rg[0]), int(rg[1])
	return lo, hi, len(d.word(lo)) == size, true
}

func loadZhDict() *zhDict {
	d := &zhDict{blob: readData("zhdict.tsv.gz"), first: make(map[rune][2]uint32, 16000), pair: make(map[uint64][2]uint32, 1<<18)}
	n := bytes.Count(d.blob, []byte{'\n'}) + 1
	d.start = make([]uint32, 0, n)
	d.end = make([]uint32, 0, n)
	d.freqs = make([]uint32, 0, n)
	var total float64
	off := 0
	var cur rune = -1
	var curStart uint32
	var curPair uint64 // 0: none (no rune pair has key 0)
	var pairStart uint32
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
			var pk uint64
			if _, n := utf8.DecodeRune(line); n < tab {
				r2, _ := utf8.DecodeRune(line[n:tab])
				pk = pairKey(r, r2)
			}
			if pk != curPair {
				if curPair != 0 {
					d.pair[curPair] = [2]uint32{pairStart, i}
				}
				curPair, pairStart = pk, i
			}
		}
		off += len(line) + 1
	})
	if cur >= 0 {
		d.first[cur] = [2]uint32{curStart, uint32(len(d.start))}
	}
	if curPair != 0 {
		d.pair[curPair] = [2]uint32{pairStart, uint32(len(d.start))}
	}
	d.logTotal = math.Log(total)
	d.logP = make([]float64, len(d.freqs))
	for i, f := range d.freqs {
		d.logP[i] = math.Log(float64(f)) - d.logTotal
	}
	d.hanFirst = make([]firstRange, hanEnd-hanBase)
	for r, rg := range d.first {
		if r >= hanBase && r < hanEnd {
			d.hanFirst[r-hanBase] = firstRange{rg[0], rg[1], len(d.word(int(rg[0]))) == utf8.RuneLen(r)}
		}
	}
	return d
}

// pairKey is the key of two characters in zhDict.pair.
func pairKey(r1, r2 rune) uint64 { return uint64(uint32(r1))<<32 | uint64(uint32(r2)) }

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
// in bytes and its line.
type prefixWord struct{ end, line int }

// appendPrefixes appends to dst every dictionary word that starts at byte
// 0 of s, shortest first.
func (d *zhDict) appendPrefixes(dst []prefixWord, s string) []prefixWord {
	rune0, size := utf8.DecodeRuneInString(s)
	lo, hi, single, ok := d.firstOf(rune0, size)
	if !ok {
		return dst
	}
	if single {
		dst = append(dst, prefixWord{size, lo})
	}
	for i, r := range s[size:] {
		end := size + i + utf8.RuneLen(r)
		if end > d.maxLen || !isHan(r) && r != '·' {
			return dst
		}
		// The words starting with p are [lo, hi) after narrowing; the
		// range is empty unless the first word >= p starts with p, and
		// then its end is near: look for it by galloping.
		if i == 0 {
			// The words starting with the first two characters, if any,
			// shortest first.
			rg, ok := d.pair[pairKey(rune0, r)]
			if !ok {
				return dst
			}
			lo, hi = int(rg[0]), int(rg[1])
			if len(d.word(lo)) == end {
				dst = append(dst, prefixWord{end, lo})
			}
			continue
		}
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
			dst = append(dst, prefixWord{end, lo})
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
