package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aligner/aligner/corpus"
)

// devDir is the development corpus, relative to this package.
var devDir = filepath.Join("..", "..", "shared", "corpus", "dev")

// A label is one hand-labelled fact of a dev article.
type label struct {
	kind              Kind
	text, value, unit string
}

type fileLabels struct {
	lines  map[int]bool // labelled body lines
	labels []label
}

// readLabels reads testdata/labels/*.tsv: file, kind, text, value[, unit];
// the kind "lines" lists the labelled lines ("2-4,7").
func readLabels(t *testing.T) map[string]*fileLabels { return readLabelDir(t, "labels") }

func readLabelDir(t *testing.T, dir string) map[string]*fileLabels {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", dir, "*.tsv"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no label files: %v", err)
	}
	out := map[string]*fileLabels{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 3 {
				t.Fatalf("%s:%d: want file, kind, text[, value[, unit]]", p, n+1)
			}
			fl := out[cols[0]]
			if fl == nil {
				fl = &fileLabels{lines: map[int]bool{}}
				out[cols[0]] = fl
			}
			if cols[1] == "lines" {
				for _, r := range strings.Split(cols[2], ",") {
					lo, hi, _ := strings.Cut(r, "-")
					a, err1 := strconv.Atoi(lo)
					b, err2 := a, error(nil)
					if hi != "" {
						b, err2 = strconv.Atoi(hi)
					}
					if err1 != nil || err2 != nil {
						t.Fatalf("%s:%d: bad line range %q", p, n+1, r)
					}
					for k := a; k <= b; k++ {
						fl.lines[k] = true
					}
				}
				continue
			}
			l := label{kind: Kind(cols[1]), text: cols[2]}
			if len(cols) > 3 {
				l.value = cols[3]
			}
			if len(cols) > 4 {
				l.unit = cols[4]
			}
			switch l.kind {
			case Date, Number, Person, Place, Org:
			default:
				t.Fatalf("%s:%d: unknown kind %q", p, n+1, l.kind)
			}
			fl.labels = append(fl.labels, l)
		}
	}
	return out
}

// keys returns the matching keys of a fact: the value (and unit) for
// dates and numbers, the value and variants for people, the text for
// places and organisations (whose ids belong to the lexicon).
func factKeys(f Fact) []string {
	switch f.Kind {
	case Date:
		return []string{f.Value}
	case Number:
		return []string{f.Value + "|" + f.Unit}
	case Person:
		return append([]string{f.Value}, f.Variants...)
	}
	return []string{f.Text}
}

func labelKey(l label) string {
	switch l.kind {
	case Date, Person:
		return l.value
	case Number:
		return l.value + "|" + l.unit
	}
	return l.text
}

type score struct{ tp, gold, pred, predOK int }

func (s score) recall() float64    { return ratio(s.tp, s.gold) }
func (s score) precision() float64 { return ratio(s.predOK, s.pred) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evaluate scores Document on the labelled dev articles, per kind, with
// set semantics per file: a gold fact is found when some extracted fact of
// its kind has its key; an extracted fact is right when one of its keys is
// a gold key.
func evaluate(t *testing.T, dir string, load func(path string) *corpus.Document) map[Kind]*score {
	labels := readLabelDir(t, dir)
	files := make([]string, 0, len(labels))
	for f := range labels {
		files = append(files, f)
	}
	sort.Strings(files)
	scores := map[Kind]*score{}
	for _, k := range []Kind{Date, Number, Person, Place, Org} {
		scores[k] = &score{}
	}
	for _, file := range files {
		fl := labels[file]
		d := load(filepath.Join(devDir, "docs", file))
		if d == nil {
			t.Fatalf("%s: cannot read", file)
		}
		var kept []corpus.Sentence
		for _, s := range d.Sentences {
			if fl.lines[s.Line] {
				kept = append(kept, s)
			}
		}
		d.Sentences = kept
		facts := Document(d)
		kinds := map[Kind]bool{}
		gold := map[Kind]map[string]bool{}
		for _, l := range fl.labels {
			kinds[l.kind] = true
			if gold[l.kind] == nil {
				gold[l.kind] = map[string]bool{}
			}
			gold[l.kind][labelKey(l)] = true
		}
		for kind := range scores {
			if !kinds[kind] && !labelsAllKinds(fl, kind) {
				continue
			}
			sc := scores[kind]
			found := map[string]bool{}
			predSeen := map[string]bool{}
			for _, f := range facts {
				if f.Kind != kind {
					continue
				}
				keys := factKeys(f)
				id := keys[0]
				if predSeen[id] {
					for _, k := range keys {
						found[k] = true
					}
					continue
				}
				predSeen[id] = true
				sc.pred++
				ok := false
				for _, k := range keys {
					if gold[kind][k] {
						ok = true
						found[k] = true
					}
				}
				if kind == Place || kind == Org {
					// A place or organisation matches a gold mention that
					// contains it or that it contains (蒙特勒伊市 and
					// 蒙特勒伊市政府), as spans are a matter of taste.
					for g := range gold[kind] {
						if contains(g, f.Text) || contains(f.Text, g) {
							ok = true
							found[g] = true
						}
					}
				}
				if ok {
					sc.predOK++
				} else if testing.Verbose() {
					t.Logf("%s: extra %s", file, f)
				}
			}
			for k := range gold[kind] {
				sc.gold++
				if found[k] {
					sc.tp++
				} else if testing.Verbose() {
					t.Logf("%s: missed %s %s", file, kind, k)
				}
			}
		}
	}
	return scores
}

// labelsAllKinds reports whether the file's labels cover kind even when
// none was found: dates and numbers are always labelled; names only in
// files that have at least one name label.
func labelsAllKinds(fl *fileLabels, kind Kind) bool {
	if kind == Date || kind == Number {
		return true
	}
	for _, l := range fl.labels {
		if l.kind == Person || l.kind == Place || l.kind == Org {
			return true
		}
	}
	return false
}

// corpusDoc reads a dev article through corpus.Load (cleaning, sentence
// splitting); sentences keep the line they start on.
func corpusDoc(path string) *corpus.Document {
	docs, _, err := corpus.Load([]string{path}, corpus.Options{})
	if err != nil || len(docs) != 1 {
		return nil
	}
	return docs[0]
}

func TestEvaluateDev(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDir, "docs")); err != nil {
		t.Skip("dev corpus absent")
	}
	// The labels follow the text corpus.Load keeps (datelines and
	// signatures removed, the page date in Document.Date).
	checkScores(t, evaluate(t, "labels", corpusDoc))
}

// TestEvaluateHeldout scores Document on articles labelled after the
// extractor was written, without looking at its output. It only logs:
// four articles per language are too few for a threshold.
func TestEvaluateHeldout(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDir, "docs")); err != nil {
		t.Skip("dev corpus absent")
	}
	scores := evaluate(t, "heldout", corpusDoc)
	for _, k := range []Kind{Date, Number, Person, Place, Org} {
		s := scores[k]
		t.Logf("%-6s recall %.3f (%d/%d) precision %.3f (%d/%d)", k, s.recall(), s.tp, s.gold, s.precision(), s.predOK, s.pred)
	}
}

func checkScores(t *testing.T, scores map[Kind]*score) {
	targets := map[Kind]float64{Date: 0.95, Number: 0.95, Person: 0.90, Place: 0.90, Org: 0.90}
	for _, k := range []Kind{Date, Number, Person, Place, Org} {
		s := scores[k]
		t.Logf("%-6s recall %.3f (%d/%d) precision %.3f (%d/%d)", k, s.recall(), s.tp, s.gold, s.precision(), s.predOK, s.pred)
		if s.gold == 0 {
			continue
		}
		if s.recall() < targets[k] || s.precision() < targets[k] {
			t.Errorf("%s below target %.2f: recall %.3f precision %.3f", k, targets[k], s.recall(), s.precision())
		}
	}
}

// contains reports whether a contains b and b is not trivially short.
func contains(a, b string) bool {
	return utf8.RuneCountInString(b) >= 2 && len(b) >= 3 && strings.Contains(a, b)
}

// BenchmarkDocument measures Document on the labelled dev articles
// (corpus reading excluded).
func BenchmarkDocument(b *testing.B) {
	if _, err := os.Stat(filepath.Join(devDir, "docs")); err != nil {
		b.Skip("dev corpus absent")
	}
	paths, _ := filepath.Glob(filepath.Join(devDir, "docs", "*.txt"))
	var docs []*corpus.Document
	bytes := 0
	for _, p := range paths {
		if d := corpusDoc(p); d != nil {
			docs = append(docs, d)
			for _, s := range d.Sentences {
				bytes += len(s.Text)
			}
		}
	}
	for _, d := range docs {
		Document(d) // load the lexicon tables outside the timing
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Document(d)
		}
	}
}

// BenchmarkDocumentSynth measures Document on the synthetic articles of
// /tmp/synth2k (written by internal/synth/synthgen; corpus reading
// excluded). It skips when they are absent.
func BenchmarkDocumentSynth(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("/tmp/synth2k", "*.txt"))
	if len(paths) == 0 {
		b.Skip("/tmp/synth2k absent")
	}
	docs, _, err := corpus.Load(paths, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	bytes := 0
	for _, d := range docs {
		Document(d) // load the lexicon tables outside the timing
		for _, s := range d.Sentences {
			bytes += len(s.Text)
		}
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Document(d)
		}
	}
}
