package lexicon

import (
	"bytes"
	"sync"
)

// sortedTable is a decompressed, bytewise sorted "key\t…\n" table searched
// in place: loading it costs one gunzip and one scan for line starts.
type sortedTable struct {
	blob  []byte
	lines []uint32
}

func loadSorted(name string) *sortedTable {
	t := &sortedTable{blob: readData(name)}
	off := 0
	eachLine(t.blob, func(line []byte) {
		t.lines = append(t.lines, uint32(off))
		off += len(line) + 1
	})
	return t
}

func (t *sortedTable) line(i int) []byte {
	l := t.blob[t.lines[i]:]
	if j := bytes.IndexByte(l, '\n'); j >= 0 {
		l = l[:j]
	}
	return l
}

func (t *sortedTable) key(i int) []byte {
	l := t.line(i)
	if j := bytes.IndexByte(l, '\t'); j >= 0 {
		l = l[:j]
	}
	return l
}

// find returns the lines whose key is k, split on tabs (key excluded).
func (t *sortedTable) find(k string) [][][]byte {
	kb := []byte(k)
	lo, hi := 0, len(t.lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if bytes.Compare(t.key(m), kb) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var out [][][]byte
	for i := lo; i < len(t.lines) && bytes.Equal(t.key(i), kb); i++ {
		out = append(out, bytes.Split(t.line(i), []byte{'\t'})[1:])
	}
	return out
}

var jpNamesOnce = sync.OnceValue(loadJpNames)

func loadJpNames() *sortedTable { return loadSorted("jpnames.tsv.gz") }

var ceNamesOnce = sync.OnceValue(loadCeNames)

func loadCeNames() *sortedTable { return loadSorted("cenames.tsv.gz") }
