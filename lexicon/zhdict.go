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
	lo, hi := d.prefixRange(int(rg[0]), int(rg[1]), w)
	if lo < hi && string(d.word(lo)) == w {
		return int(d.freqs[lo])
	}
	return 0
}

// prefixRange narrows [lo, hi), a range of lines whose words share a prefix
// shorter than p, to the lines whose words start with p.
func (d *zhDict) prefixRange(lo, hi int, p string) (int, int) {
	// first line with word >= p
	a, b := lo, hi
	for a < b {
		m := int(uint(a+b) >> 1)
		if string(d.word(m)) < p {
			a = m + 1
		} else {
			b = m
		}
	}
	start := a
	// first line whose word does not start with p (words > p+"\xff…")
	b = hi
	for a < b {
		m := int(uint(a+b) >> 1)
		w := d.word(m)
		if len(w) >= len(p) && string(w[:len(p)]) == p || string(w) < p {
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
	r, size := utf8.DecodeRuneInString(s)
	rg, ok := d.first[r]
	if !ok {
		return
	}
	lo, hi := int(rg[0]), int(rg[1])
	if len(d.word(lo)) == size {
		fn(size, int(d.freqs[lo]))
	}
	for i, r := range s[size:] {
		end := size + i + utf8.RuneLen(r)
		if end > d.maxLen || !isHan(r) && r != '·' {
			return
		}
		lo, hi = d.prefixRange(lo, hi, s[:end])
		if lo >= hi {
			return
		}
		if len(d.word(lo)) == end {
			fn(end, int(d.freqs[lo]))
		}
	}
}

func ln(x float64) float64 { return math.Log(x) }
