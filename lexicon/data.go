package lexicon

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// readData returns the content of data/name, gunzipped if name ends in .gz.
// A missing or corrupt embedded table is a build error, so it panics.
func readData(name string) []byte {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("lexicon: embedded table: %v", err))
	}
	if !strings.HasSuffix(name, ".gz") {
		return b
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic(fmt.Sprintf("lexicon: embedded table %s: %v", name, err))
	}
	// The gzip trailer holds the uncompressed size (mod 2^32): read into a
	// buffer of that size at once.
	size := int(binary.LittleEndian.Uint32(b[len(b)-4:]))
	out := make([]byte, size)
	if _, err = io.ReadFull(zr, out); err != nil {
		panic(fmt.Sprintf("lexicon: embedded table %s: %v", name, err))
	}
	return out
}

// eachLine calls fn for every line of b without copying.
func eachLine(b []byte, fn func(line []byte)) {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			fn(b)
			return
		}
		fn(b[:i])
		b = b[i+1:]
	}
}

// dataFiles lists the embedded files matching the glob pattern under data/,
// sorted.
func dataFiles(pattern string) []string {
	names, err := fs.Glob(dataFS, "data/"+pattern)
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	for i, n := range names {
		names[i] = strings.TrimPrefix(n, "data/")
	}
	return names
}

// Preload loads every embedded table now, each on its own goroutine, and
// returns when all are loaded. Tables otherwise load on first use, one at
// a time, while other goroutines needing the same table wait: a program
// about to read many articles can call it (typically with go) so that the
// tables load while it does other work. It is safe for concurrent use and
// never needed for correct results.
func Preload() {
	var wg sync.WaitGroup
	for _, load := range []func(){
		func() { zhDictOnce() }, func() { cedictOnce() }, func() { enVocabOnce() },
		func() { frEnOnce() }, func() { glossaryOnce() }, func() { hanvietOnce() },
		func() { variantsOnce() }, func() { jpNamesOnce() }, func() { ceNamesOnce() },
		func() { nfdLatinOnce() },
	} {
		wg.Go(load)
	}
	wg.Wait()
}
