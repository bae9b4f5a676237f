package similarity

import (
	"path"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

func seedProfiles(t *testing.T) ([]*Profile, *Scorer) {
	t.Helper()
	docs, _, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	facts := make([][]extract.Fact, len(docs))
	for i, d := range docs {
		facts[i] = extract.Document(d)
	}
	ps, voc := NewProfiles(docs, facts)
	return ps, NewScorer(ps, voc)
}

// On the seeds, 000 and 004 report the same meeting; 003 is the same
// delegation at another meeting and must not be taken for it.
func TestPairSeeds(t *testing.T) {
	ps, sc := seedProfiles(t)
	for _, oneToOne := range []bool{false, true} {
		var same []string
		for _, m := range Pair(sc, ps, language.Chinese, language.French, Options{OneToOne: oneToOne}) {
			t.Logf("%s %.3f %s %s %+v", m.Relation, m.Score, path.Base(m.Left.Doc.ID), path.Base(m.Right.Doc.ID), m.Evidence)
			if m.Relation == Same {
				same = append(same, path.Base(m.Left.Doc.ID)[:3]+"-"+path.Base(m.Right.Doc.ID)[:3])
			}
		}
		if diff := cmp.Diff([]string{"000-004"}, same); diff != "" {
			t.Errorf("same pairs (one-to-one %v) mismatch (-want +got):\n%s", oneToOne, diff)
		}
	}
}

// Same input, same output: term ids, evidence and order do not depend on
// map iteration or scheduling.
func TestPairDeterministic(t *testing.T) {
	var runs [][]Match
	for i := 0; i < 3; i++ {
		ps, sc := seedProfiles(t)
		runs = append(runs, Pair(sc, ps, language.Chinese, language.French, Options{}))
	}
	type flat struct {
		Left, Right, Relation string
		Score                 float64
		Evidence              Evidence
	}
	view := func(ms []Match) []flat {
		var out []flat
		for _, m := range ms {
			out = append(out, flat{m.Left.Doc.ID, m.Right.Doc.ID, m.Relation, m.Score, m.Evidence})
		}
		return out
	}
	for i := 1; i < len(runs); i++ {
		if diff := cmp.Diff(view(runs[0]), view(runs[i])); diff != "" {
			t.Errorf("run %d differs from run 0 (-first +run):\n%s", i, diff)
		}
	}
}

// English is a third language: two short English reports written for the
// tests (testdata/en, see its NOTICE) are paired with the Chinese seeds and
// with the French ones. office.txt reports the meeting of seeds 000 and 004
// and must pair with them as same; hanoi.txt reports another meeting of the
// same delegation, with Hanoi's mayor, and must not. That meeting is the
// one of French seed 003, which gives no date: 003 and hanoi.txt are the
// same event, which pairing misses (p(same) 0.11; see TestPairDev for the
// figures on undated reports), so this test asserts nothing of that pair.
func TestPairEnglish(t *testing.T) {
	seeds, _, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	en, _, err := corpus.Load([]string{"testdata/en"}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(en) != 2 || en[0].Lang != language.English || en[1].Lang != language.English {
		t.Fatalf("testdata/en: %d documents, want 2 in English", len(en))
	}
	tests := []struct {
		left language.Tag
		same []string // must be same
		not  []string // must not be same
	}{
		{language.Chinese, []string{"000-office.txt"}, []string{"000-hanoi.txt", "001-office.txt", "001-hanoi.txt", "002-office.txt", "002-hanoi.txt"}},
		{language.French, []string{"004-office.txt"}, []string{"004-hanoi.txt", "003-office.txt"}},
	}
	for _, tt := range tests {
		docs := append(append([]*corpus.Document(nil), seeds...), en...)
		facts := make([][]extract.Fact, len(docs))
		for i, d := range docs {
			facts[i] = extract.Document(d)
		}
		ps, voc := NewProfiles(docs, facts)
		got := map[string]bool{}
		for _, m := range Pair(NewScorer(ps, voc), ps, tt.left, language.English, Options{}) {
			if m.Relation == Same {
				got[path.Base(m.Left.Doc.ID)[:3]+"-"+path.Base(m.Right.Doc.ID)] = true
			}
		}
		for _, k := range tt.same {
			if !got[k] {
				t.Errorf("%v–en: %s is not paired as same", tt.left, k)
			}
		}
		for _, k := range tt.not {
			if got[k] {
				t.Errorf("%v–en: %s is paired as same", tt.left, k)
			}
		}
	}
}
