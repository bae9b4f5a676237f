package align

import (
	"bufio"
	"fmt"
	"golang.org/x/text/language"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/aligner/aligner/corpus"
)

// A goldPair is one gold alignment of testdata/gold, with its indices
// mapped to the sentences the current loader and splitter produce.
type goldPair struct {
	name        string
	left, right *corpus.Document
	beads       []Bead
}

// goldSource resolves a gold file's "# left"/"# right" reference: "dev/F"
// names a file of the development corpus (beside the repository),
// "seeds/F" a seed article. ok is false when the file is absent.
func goldSource(t *testing.T, ref string) (string, bool) {
	t.Helper()
	var p string
	switch {
	case strings.HasPrefix(ref, "dev/"):
		p = filepath.Join("..", "..", "shared", "corpus", "dev", "docs", strings.TrimPrefix(ref, "dev/"))
	case strings.HasPrefix(ref, "seeds/"):
		p = filepath.Join("..", "seeds", strings.TrimPrefix(ref, "seeds/"))
	default:
		t.Fatalf("gold reference %q: want dev/FILE or seeds/FILE", ref)
	}
	_, err := os.Stat(p)
	return p, err == nil
}

// loadGold reads the gold files matching glob. Each holds "# left REF" and
// "# right REF" headers, then one bead per line with a fingerprint after
// every index ("[3@1a2b3c4d]:[]"). Indices are re-derived from the
// fingerprints, so the files survive splitter changes that do not touch the
// sentences; a fingerprint that no longer exists fails the test.
func loadGold(t *testing.T, glob string) []goldPair {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "gold", glob))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files %s: %v", glob, err)
	}
	sort.Strings(files)
	var out []goldPair
	for _, f := range files {
		gp, ok := readGold(t, f)
		if ok {
			out = append(out, gp)
		}
	}
	return out
}

func readGold(t *testing.T, file string) (goldPair, bool) {
	t.Helper()
	fh, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	gp := goldPair{name: strings.TrimSuffix(filepath.Base(file), ".beads")}
	var docs [2]*corpus.Document
	var fps [2]map[string][]int
	sc := bufio.NewScanner(fh)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "#") {
			f := strings.Fields(strings.TrimPrefix(text, "#"))
			if len(f) == 2 && (f[0] == "left" || f[0] == "right") {
				side := 0
				if f[0] == "right" {
					side = 1
				}
				p, ok := goldSource(t, f[1])
				if !ok {
					t.Logf("%s: %s absent, skipped", file, f[1])
					return gp, false
				}
				ds, _, err := corpus.Load([]string{p}, corpus.Options{})
				if err != nil || len(ds) != 1 {
					t.Fatalf("%s: loading %s: %v (%d documents)", file, p, err, len(ds))
				}
				docs[side] = ds[0]
				fps[side] = make(map[string][]int)
				for i, s := range ds[0].Sentences {
					fp := Fingerprint(s.Text)
					fps[side][fp] = append(fps[side][fp], i)
				}
			}
			continue
		}
		if docs[0] == nil || docs[1] == nil {
			t.Fatalf("%s:%d: bead before the # left and # right headers", file, line)
		}
		sides := strings.SplitN(text, ":", 2)
		if len(sides) != 2 {
			t.Fatalf("%s:%d: malformed bead %q", file, line, text)
		}
		var b Bead
		empty := strings.TrimSpace(sides[0]) == "[]" || strings.TrimSpace(sides[1]) == "[]"
		dropped := false
		for k, s := range sides {
			ids, err := mapSide(s, fps[k])
			if err != nil && empty {
				// An unaligned sentence the cleaner now removes changes
				// no alignment.
				t.Logf("%s:%d: %v; unaligned, dropped", file, line, err)
				dropped = true
				break
			}
			if err != nil {
				t.Fatalf("%s:%d: %v (did the splitter or cleaner change? rebuild the gold with the README's procedure)", file, line, err)
			}
			if k == 0 {
				b.Left = ids
			} else {
				b.Right = ids
			}
		}
		if !dropped {
			gp.beads = append(gp.beads, b)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	gp.left, gp.right = docs[0], docs[1]
	checkCover(t, file, &gp)
	return gp, true
}

// mapSide maps "[3@1a2b3c4d,4@…]" to current indices: the sentence with the
// fingerprint, the one nearest the stored index when several share it.
func mapSide(s string, fps map[string][]int) ([]int, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return nil, fmt.Errorf("malformed side %q", s)
	}
	ids := []int{}
	body := strings.TrimSpace(s[1 : len(s)-1])
	if body == "" {
		return ids, nil
	}
	for _, item := range strings.Split(body, ",") {
		idx, fp, ok := strings.Cut(strings.TrimSpace(item), "@")
		n, err := strconv.Atoi(idx)
		if !ok || err != nil {
			return nil, fmt.Errorf("malformed item %q, want INDEX@FINGERPRINT", item)
		}
		cands := fps[fp]
		if len(cands) == 0 {
			return nil, fmt.Errorf("sentence %d@%s no longer exists", n, fp)
		}
		best := cands[0]
		for _, c := range cands {
			if abs(c-n) < abs(best-n) {
				best = c
			}
		}
		ids = append(ids, best)
	}
	return ids, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// checkCover fails unless the gold beads use every sentence of both sides
// at most once; sentences the gold does not know (new text from a cleaner
// change) become unaligned beads, logged.
func checkCover(t *testing.T, file string, gp *goldPair) {
	t.Helper()
	for side, n := range []int{len(gp.left.Sentences), len(gp.right.Sentences)} {
		seen := make([]int, n)
		for _, b := range gp.beads {
			ids := b.Left
			if side == 1 {
				ids = b.Right
			}
			for _, i := range ids {
				seen[i]++
			}
		}
		for i, c := range seen {
			switch {
			case c > 1:
				t.Fatalf("%s: side %d sentence %d is in %d gold beads, want 1 (splitter changed?)", file, side, i, c)
			case c == 0:
				t.Logf("%s: side %d sentence %d is new; counted as unaligned", file, side, i)
				b := Bead{Left: []int{}, Right: []int{}}
				if side == 0 {
					b.Left = []int{i}
				} else {
					b.Right = []int{i}
				}
				gp.beads = append(gp.beads, b)
			}
		}
	}
}

func alignGold(a Aligner, gps []goldPair) (gold, test [][]Bead) {
	for _, gp := range gps {
		a.LeftLang, a.RightLang = gp.left.Lang, gp.right.Lang
		test = append(test, a.Align(texts(gp.left), texts(gp.right)))
		gold = append(gold, gp.beads)
	}
	return gold, test
}

func texts(d *corpus.Document) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Text
	}
	return out
}

// TestGoldDev measures the aligner on the zh–fr gold of the development
// corpus and holds it to strict F1 ≥ minGoldF1; it also reports the
// length-only baseline.
func TestGoldDev(t *testing.T) {
	if _, ok := goldSource(t, "dev/zh_002.txt"); !ok {
		t.Skip("development corpus absent")
	}
	gps := loadGold(t, "zh_*.beads")
	if len(gps) < 12 {
		t.Fatalf("%d dev gold pairs, want at least 12", len(gps))
	}
	gold, test := alignGold(Aligner{}, gps)
	s := EvalMany(gold, test)
	var base Aligner
	base.LengthOnly = true
	bg, bt := alignGold(base, gps)
	bs := EvalMany(bg, bt)
	t.Logf("%d pairs\naligner:\n%slength-only baseline:\n%s", len(gps), s, bs)
	for k, gp := range gps {
		t.Logf("%-16s strict F1 %.3f", gp.name, Eval(gold[k], test[k]).F1)
	}
	if s.F1 < minGoldF1 {
		t.Errorf("dev strict F1 %.4f < %.2f", s.F1, minGoldF1)
	}
	// The held-out pairs were annotated after the parameters were set and
	// are not used to choose them.
	hps := loadGold(t, filepath.Join("heldout", "zh_*.beads"))
	hg, ht := alignGold(Aligner{}, hps)
	hs := EvalMany(hg, ht)
	t.Logf("%d held-out pairs:\n%s", len(hps), hs)
	for k, gp := range hps {
		t.Logf("%-16s strict F1 %.3f", gp.name, Eval(hg[k], ht[k]).F1)
	}
	if hs.F1 < minHeldOutF1 {
		t.Errorf("held-out strict F1 %.4f < %.2f", hs.F1, minHeldOutF1)
	}
	if s.F1 <= bs.F1 {
		t.Errorf("dev strict F1 %.4f not above the length-only baseline %.4f", s.F1, bs.F1)
	}
}

// TestGoldDevLong joins the dev gold pairs into one long pair of
// independent reports (161 × 133 sentences): long enough for the tests
// that tell a translation from two reports (lengthFit, lengthPath) to
// run, which must not take it for a translation. Aligned as one text it
// scores below the pairs aligned separately (0.78 against 0.85): its
// words' weights and backgrounds are those of the whole.
func TestGoldDevLong(t *testing.T) {
	if _, ok := goldSource(t, "dev/zh_002.txt"); !ok {
		t.Skip("development corpus absent")
	}
	gps := loadGold(t, "zh_*.beads")
	var l, r []string
	var gold []Bead
	for _, gp := range gps {
		for _, b := range gp.beads {
			nb := Bead{Left: []int{}, Right: []int{}}
			for _, i := range b.Left {
				nb.Left = append(nb.Left, i+len(l))
			}
			for _, j := range b.Right {
				nb.Right = append(nb.Right, j+len(r))
			}
			gold = append(gold, nb)
		}
		l, r = append(l, texts(gp.left)...), append(r, texts(gp.right)...)
	}
	a := Aligner{LeftLang: language.Chinese, RightLang: language.French}
	s := Eval(gold, a.Align(l, r))
	t.Logf("%d × %d sentences:\n%s", len(l), len(r), s)
	if s.F1 < 0.67 {
		t.Errorf("strict F1 %.4f < 0.67", s.F1)
	}
}

// TestGoldSeed checks the seed pair 000 ↔ 004, whose text ships with the
// repository.
func TestGoldSeed(t *testing.T) {
	gps := loadGold(t, "seed_*.beads")
	gold, test := alignGold(Aligner{}, gps)
	s := EvalMany(gold, test)
	t.Logf("seed 000↔004:\n%s", s)
	if s.F1 < minSeedF1 {
		t.Errorf("seed strict F1 %.4f < %.2f", s.F1, minSeedF1)
	}
}

// Quality floors of the gold tests (strict F1), set about 0.02 below the
// measured figures (dev 0.83, held-out 0.75, seed 0.39; see
// testdata/gold/README.md), so that a regression cannot pass silently. The
// seed pair has six aligned beads: one bead more or less moves it by about
// 0.15, so a change of the lexicon or extractor may need it re-measured.
const (
	minGoldF1    = 0.83
	minHeldOutF1 = 0.73
	minSeedF1    = 0.50
)

// TestGoldZhEn aligns a Chinese text with an English translation made for
// the tests (testdata/zhen: seeds 000 and 001 translated with sentences
// split, merged and dropped as translators do).
func TestGoldZhEn(t *testing.T) {
	read := func(p string) []string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	zh := read(filepath.Join("testdata", "zhen", "seeds-000-001.zh.txt"))
	en := read(filepath.Join("testdata", "zhen", "seeds-000-001.en.txt"))
	f, err := os.Open(filepath.Join("testdata", "zhen", "seeds-000-001.beads"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadBeads(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		a    Aligner
		min  float64
	}{
		{"aligner", Aligner{LeftLang: language.Chinese, RightLang: language.English}, 0.98},
		// Half the words lose their dictionary keys, as in a free literary
		// translation: the length model must carry the rest.
		{"half the dictionary", Aligner{LeftLang: language.Chinese, RightLang: language.English, View: weakView(50)}, 0.98},
		{"length only", Aligner{LeftLang: language.Chinese, RightLang: language.English, LengthOnly: true}, 0},
	} {
		s := Eval(gold, tt.a.Align(zh, en))
		t.Logf("%s:\n%s", tt.name, s)
		if s.F1 < tt.min {
			t.Errorf("%s: strict F1 %.4f < %.2f", tt.name, s.F1, tt.min)
		}
	}
}

// weakView is DefaultView with the keys of the words removed but for keep
// percent of the forms, chosen by a hash of the form.
func weakView(keep int) ViewFunc {
	return func(lang language.Tag, s string) []Word {
		ws := DefaultView(lang, s)
		out := make([]Word, len(ws))
		for k, w := range ws {
			out[k] = w
			h := 0
			for _, r := range w.Form {
				h = h*31 + int(r)
			}
			if (h%100+100)%100 >= keep {
				out[k].Keys = nil
			}
		}
		return out
	}
}
