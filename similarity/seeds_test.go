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
