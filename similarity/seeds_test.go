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
// tests (testdata/en, see its NOTICE), one of the meeting of seeds 000 and
// 004, one of a meeting of the same delegation two days later, are paired
// with the Chinese seeds and with the French ones.
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
		want []string
	}{
		{language.Chinese, []string{"000-office.txt"}},
		{language.French, []string{"004-office.txt"}},
	}
	for _, tt := range tests {
		docs := append(append([]*corpus.Document(nil), seeds...), en...)
		facts := make([][]extract.Fact, len(docs))
		for i, d := range docs {
			facts[i] = extract.Document(d)
		}
		ps, voc := NewProfiles(docs, facts)
		var same []string
		for _, m := range Pair(NewScorer(ps, voc), ps, tt.left, language.English, Options{}) {
			if m.Relation == Same {
				same = append(same, path.Base(m.Left.Doc.ID)[:3]+"-"+path.Base(m.Right.Doc.ID))
			}
		}
		if diff := cmp.Diff(tt.want, same); diff != "" {
			t.Errorf("%v–en same pairs mismatch (-want +got):\n%s", tt.left, diff)
		}
	}
}
