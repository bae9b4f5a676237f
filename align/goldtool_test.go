package align

import (
	"flag"
	"fmt"
	"os"
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
)

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
