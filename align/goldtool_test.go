package align

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aligner/aligner/corpus"
)

// Tools for building and checking the gold files; see
// testdata/gold/README.md. They print development-corpus text to the
// terminal only, never to a file of the repository.
var (
	goldShow  = flag.String("gold.show", "", "print the gold beads of the files matching this glob beside the aligner's")
	goldDraft = flag.String("gold.draft", "", "turn this draft (non-empty beads, current indices) into a gold file on stdout")
	goldLeft  = flag.String("gold.left", "", "left reference of -gold.draft (dev/FILE or seeds/FILE)")
	goldRight = flag.String("gold.right", "", "right reference of -gold.draft")
	goldLOO   = flag.Bool("gold.loo", false, "run the leave-one-out measure of the dev parameters (TestGoldLeaveOneOut)")
	goldList  = flag.String("gold.list", "", "print the sentences of these documents (comma-separated dev/FILE or seeds/FILE) with their indices")
)

// TestGoldList prints the sentences of documents as corpus.Load splits
// them, one per line after its index: what an annotator reads, side by
// side, to write a draft for TestGoldDraft.
func TestGoldList(t *testing.T) {
	if *goldList == "" {
		t.Skip("no -gold.list")
	}
	for _, ref := range strings.Split(*goldList, ",") {
		p, ok := goldSource(t, ref)
		if !ok {
			t.Fatalf("%s absent", ref)
		}
		docs, _, err := corpus.Load([]string{p}, corpus.Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("load %s: %v (%d documents)", p, err, len(docs))
		}
		fmt.Printf("# %s\n", ref)
		for i, s := range docs[0].Sentences {
			fmt.Printf("%d\t%s\n", i, s.Text)
		}
	}
}

// TestGoldShow prints, for each gold file, the beads the aligner misses and
// every bead it outputs, marked ok or BAD, with the sentences' beginnings.
func TestGoldShow(t *testing.T) {
	if *goldShow == "" {
		t.Skip("no -gold.show")
	}
	gps := loadGold(t, *goldShow)
	gold, test := alignGold(Aligner{}, gps)
	for k, gp := range gps {
		fmt.Printf("=== %s strict F1 %.3f\n", gp.name, Eval(gold[k], test[k]).F1)
		in := func(bs []Bead) map[string]bool {
			m := make(map[string]bool)
			for _, b := range bs {
				m[beadKey(b)] = true
			}
			return m
		}
		gs, ts := in(gold[k]), in(test[k])
		for _, b := range gold[k] {
			if !ts[beadKey(b)] && len(b.Left) > 0 && len(b.Right) > 0 {
				fmt.Printf("  MISS gold %v:%v\n", b.Left, b.Right)
			}
		}
		for _, b := range test[k] {
			mark := "ok  "
			if !gs[beadKey(b)] {
				mark = "BAD "
			}
			var l, r []string
			for _, i := range b.Left {
				l = append(l, truncate(gp.left.Sentences[i].Text, 25))
			}
			for _, j := range b.Right {
				r = append(r, truncate(gp.right.Sentences[j].Text, 50))
			}
			fmt.Printf("  %s %v:%v %.3f  %s  %s\n", mark, b.Left, b.Right, b.Score, strings.Join(l, "|"), strings.Join(r, "|"))
		}
	}
}

// TestGoldDraft converts a draft — the non-empty beads, "[i,j]:[k]" with
// the indices corpus.Load gives now — into a gold file: fingerprints added
// and every sentence left out written as a 1-0 or 0-1 bead.
func TestGoldDraft(t *testing.T) {
	if *goldDraft == "" {
		t.Skip("no -gold.draft")
	}
	load := func(ref string) *corpus.Document {
		p, ok := goldSource(t, ref)
		if !ok {
			t.Fatalf("%s absent", ref)
		}
		docs, _, err := corpus.Load([]string{p}, corpus.Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("load %s: %v (%d documents)", p, err, len(docs))
		}
		return docs[0]
	}
	l, r := load(*goldLeft), load(*goldRight)
	f, err := os.Open(*goldDraft)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	draft, err := ReadBeads(f)
	if err != nil {
		t.Fatal(err)
	}
	side := func(ids []int, d *corpus.Document) string {
		var parts []string
		for _, i := range ids {
			if i >= len(d.Sentences) {
				t.Fatalf("index %d out of range (%d sentences)", i, len(d.Sentences))
			}
			parts = append(parts, fmt.Sprintf("%d@%s", i, Fingerprint(d.Sentences[i].Text)))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	fmt.Printf("# left %s\n# right %s\n", *goldLeft, *goldRight)
	li, rj := 0, 0
	end := Bead{Left: []int{len(l.Sentences)}, Right: []int{len(r.Sentences)}}
	for _, b := range append(draft, end) {
		if len(b.Left) == 0 || len(b.Right) == 0 {
			t.Fatalf("draft bead %v:%v: drafts list non-empty beads only", b.Left, b.Right)
		}
		for ; li < b.Left[0]; li++ {
			fmt.Printf("%s:[]\n", side([]int{li}, l))
		}
		for ; rj < b.Right[0]; rj++ {
			fmt.Printf("[]:%s\n", side([]int{rj}, r))
		}
		if b.Left[0] == len(l.Sentences) {
			break
		}
		fmt.Printf("%s:%s\n", side(b.Left, l), side(b.Right, r))
		li, rj = b.Left[len(b.Left)-1]+1, b.Right[len(b.Right)-1]+1
	}
}

// TestGoldLeaveOneOut measures how well the dev parameters carry to pairs
// they were not chosen on: the skip cost and the coverage floor (absMid)
// are chosen, on a grid around the defaults, to maximise strict F1 on all
// pairs but one, and the one left out is aligned with them; the figure is
// the strict F1 over the pairs so scored, once over the 15 pairs of
// testdata/gold and once with the 8 of testdata/gold/heldout added. It
// also prints the defaults' F1 on both sets. It sets the package's absMid
// while it runs (the tests of the package do not run in parallel).
func TestGoldLeaveOneOut(t *testing.T) {
	if !*goldLOO {
		t.Skip("no -gold.loo")
	}
	tune := loadGold(t, "zh_*.beads")
	all := append(slices.Clone(tune), loadGold(t, filepath.Join("heldout", "zh_*.beads"))...)
	type setting struct{ skip, mid float64 }
	var settings []setting
	var tests [][][]Bead // per setting, per pair
	gold := make([][]Bead, len(all))
	for k, gp := range all {
		gold[k] = gp.beads
	}
	defaultMid := absMid
	defer func() { absMid = defaultMid }()
	def := -1
	for _, skip := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
		for _, mid := range []float64{0.15, 0.2, 0.25, 0.3, 0.35, 0.4} {
			if skip == 0.7 && mid == defaultMid {
				def = len(settings)
			}
			absMid = mid
			_, tb := alignGold(Aligner{SkipCost: skip}, all)
			settings = append(settings, setting{skip, mid})
			tests = append(tests, tb)
		}
	}
	f1 := func(c int, pairs []int) float64 {
		var g, tt [][]Bead
		for _, k := range pairs {
			g, tt = append(g, gold[k]), append(tt, tests[c][k])
		}
		return EvalMany(g, tt).F1
	}
	upTo := func(a, b int) []int {
		var out []int
		for k := a; k < b; k++ {
			out = append(out, k)
		}
		return out
	}
	nt := len(tune)
	fmt.Printf("defaults: %d pairs %.4f, %d held out %.4f, all %.4f\n", nt, f1(def, upTo(0, nt)), len(all)-nt, f1(def, upTo(nt, len(all))), f1(def, upTo(0, len(all))))
	for _, n := range []int{nt, len(all)} {
		var g, tt [][]Bead
		for k := 0; k < n; k++ {
			others := slices.DeleteFunc(upTo(0, n), func(o int) bool { return o == k })
			best := 0
			for c := range settings {
				if f1(c, others) > f1(best, others)+1e-9 {
					best = c
				}
			}
			g, tt = append(g, gold[k]), append(tt, tests[best][k])
		}
		fmt.Printf("leave-one-out over %d pairs: %.4f\n", n, EvalMany(g, tt).F1)
	}
}
