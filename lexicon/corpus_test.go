package lexicon

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// corpusLine is one non-empty line (a title or a paragraph) of a corpus
// document.
type corpusLine struct {
	lang language.Tag
	text string
}

// corpusDirs are the directories of documents the corpus benchmarks and
// the dump read, by name; absent ones are skipped. /tmp/synth2k is the
// synthetic sample of `go run ./internal/synth/synthgen`.
var corpusDirs = []struct{ name, dir string }{
	{"dev", filepath.Join("..", "..", "shared", "corpus", "dev", "docs")},
	{"synth2k", "/tmp/synth2k"},
}

// readCorpus returns the lines of the zh_*.txt and fr_*.txt files of dir
// in file name order, or nil if dir has none.
func readCorpus(t testing.TB, dir string) []corpusLine {
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	var out []corpusLine
	for _, n := range names {
		var lang language.Tag
		switch base := filepath.Base(n); {
		case strings.HasPrefix(base, "zh_"):
			lang = language.Chinese
		case strings.HasPrefix(base, "fr_"):
			lang = language.French
		default:
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, corpusLine{lang, l})
			}
		}
	}
	return out
}

// corpusWord is a token of a corpus line with the language its concepts
// are looked up in (English for Latin words inside Chinese, as the
// similarity package does).
type corpusWord struct {
	lang language.Tag
	text string
}

func corpusWords(lines []corpusLine) []corpusWord {
	var out []corpusWord
	for _, l := range lines {
		for _, t := range Tokenize(l.lang, l.text) {
			switch t.Kind {
			case Punct:
				continue
			case Latin:
				out = append(out, corpusWord{language.English, t.Text})
			default:
				out = append(out, corpusWord{l.lang, t.Text})
			}
		}
	}
	return out
}

// forCorpora runs a sub-benchmark per present corpus directory.
func forCorpora(b *testing.B, fn func(b *testing.B, lines []corpusLine)) {
	for _, c := range corpusDirs {
		b.Run(c.name, func(b *testing.B) {
			lines := readCorpus(b, c.dir)
			if len(lines) == 0 {
				b.Skipf("no documents in %s", c.dir)
			}
			Tokenize(language.Chinese, "越南政府") // load the tables
			Find(language.French, "Vietnam")
			Concepts(language.French, "gouvernement")
			Concepts(language.Chinese, "政府")
			fn(b, lines)
		})
	}
}

// textBytes returns the length of the lines' text, for b.SetBytes.
func textBytes(lines []corpusLine) int64 {
	n := 0
	for _, l := range lines {
		n += len(l.text)
	}
	return int64(n)
}

// BenchmarkCorpusTokenize tokenises every line of the corpora.
func BenchmarkCorpusTokenize(b *testing.B) {
	forCorpora(b, func(b *testing.B, lines []corpusLine) {
		b.SetBytes(textBytes(lines))
		for b.Loop() {
			for _, l := range lines {
				Tokenize(l.lang, l.text)
			}
		}
	})
}

// BenchmarkCorpusFind looks for glossary mentions in every line of the
// corpora.
func BenchmarkCorpusFind(b *testing.B) {
	forCorpora(b, func(b *testing.B, lines []corpusLine) {
		b.SetBytes(textBytes(lines))
		for b.Loop() {
			for _, l := range lines {
				Find(l.lang, l.text)
			}
		}
	})
}

// BenchmarkCorpusConcepts looks up the concepts of every word of the
// corpora.
func BenchmarkCorpusConcepts(b *testing.B) {
	forCorpora(b, func(b *testing.B, lines []corpusLine) {
		words := corpusWords(lines)
		b.ResetTimer()
		for b.Loop() {
			for _, w := range words {
				Concepts(w.lang, w.text)
			}
		}
	})
}

// BenchmarkCorpusStopword checks every word of the corpora against the
// stop lists.
func BenchmarkCorpusStopword(b *testing.B) {
	forCorpora(b, func(b *testing.B, lines []corpusLine) {
		words := corpusWords(lines)
		b.ResetTimer()
		for b.Loop() {
			for _, w := range words {
				Stopword(w.lang, w.text)
			}
		}
	})
}

var dumpFile = flag.String("dump", "", "write Tokenize, Find and Concepts results on the corpora to this `file` (TestDumpCorpus)")

// TestDumpCorpus writes, with -dump FILE, what Tokenize, Find, Stopword
// and Concepts return for every line and word of the corpora (plus the
// directories in $LEXICON_DUMP_DIRS, colon-separated), so that two
// versions of the package can be compared with cmp(1).
func TestDumpCorpus(t *testing.T) {
	if *dumpFile == "" {
		t.Skip("no -dump file")
	}
	f, err := os.Create(*dumpFile)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	dirs := corpusDirs
	for _, d := range filepath.SplitList(os.Getenv("LEXICON_DUMP_DIRS")) {
		dirs = append(dirs, struct{ name, dir string }{d, d})
	}
	for _, c := range dirs {
		lines := readCorpus(t, c.dir)
		fmt.Fprintf(w, "## %s: %d lines\n", c.name, len(lines))
		for _, l := range lines {
			dumpLine(w, l)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func dumpLine(w io.Writer, l corpusLine) {
	fmt.Fprintf(w, "# %s %q\n", l.lang, l.text)
	for _, t := range Tokenize(l.lang, l.text) {
		lang := l.lang
		if t.Kind == Latin {
			lang = language.English
		}
		fmt.Fprintf(w, "t %d %d %s %q stop=%v %q\n", t.Start, t.End, t.Kind, t.Text,
			Stopword(lang, t.Text), Concepts(lang, t.Text))
	}
	for _, m := range Find(l.lang, l.text) {
		fmt.Fprintf(w, "m %d %d %s\n", m.Start, m.End, m.Entry.ID)
	}
	if l.lang == language.French {
		// The words of French text looked up as English too (names.go of
		// extract does), and Chinese runs' Latin words.
		for _, m := range Find(language.English, l.text) {
			fmt.Fprintf(w, "e %d %d %s\n", m.Start, m.End, m.Entry.ID)
		}
	}
}

// resetConceptCache empties the caches of Concepts.
func resetConceptCache() {
	enKeys.m = nil
	for l := range conceptCache {
		for i := range conceptCache[l] {
			conceptCache[l][i].m = nil
		}
	}
}

// BenchmarkCorpusConceptsCold looks up the concepts of the distinct words
// of the corpora with an empty cache: the cost of words seen once.
func BenchmarkCorpusConceptsCold(b *testing.B) {
	forCorpora(b, func(b *testing.B, lines []corpusLine) {
		seen := map[corpusWord]bool{}
		var words []corpusWord
		for _, w := range corpusWords(lines) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
		b.ResetTimer()
		for b.Loop() {
			resetConceptCache()
			for _, w := range words {
				Concepts(w.lang, w.text)
			}
		}
	})
}
