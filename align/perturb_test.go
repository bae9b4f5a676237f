package align

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

func devDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(filepath.Join(dir, "gold.tsv")); err != nil {
		t.Skip("dev corpus absent")
	}
	return dir
}

// TestPerturbDev runs the perturbation harness on the dev "same" pairs
// (make eval prints its figures with -v). Targets of issue 7: changed
// facts reported in 99 % of cases, deleted sentences in 95 %, fewer than
// one changed finding per 10 untouched pairs.
func TestPerturbDev(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	pairs, err := SamePairs(devDir(t))
	if err != nil {
		t.Fatal(err)
	}
	sc := newPerturbScores()
	for _, p := range pairs {
		sc.Add(Perturb(p[0], p[1], nil))
	}
	t.Logf("\n%s", sc)
	for _, c := range sc.Cases {
		if !c.Detected && (c.Op != "unchangeable" || testing.Verbose()) {
			t.Logf("%s", c)
		}
	}
	for _, s := range sc.FalseChanged {
		t.Logf("changed on untouched pair: %s", s)
	}
	if n := sc.Changes[extract.Number] + sc.Changes[extract.Date] + sc.Changes[extract.Person]; n < 300 {
		t.Errorf("only %d facts changed; the harness lost its cases", n)
	}
	if r := sc.ChangeRate(); r < 0.99 {
		t.Errorf("changed facts reported in %.1f%% of cases, want ≥ 99%%", 100*r)
	}
	if sc.Deletions < 50 {
		t.Errorf("only %d sentences deleted; the harness lost its cases", sc.Deletions)
	}
	if r := sc.DeletionRate(); r < 0.95 {
		t.Errorf("deleted sentences reported in %.1f%% of cases, want ≥ 95%%", 100*r)
	}
	if 10*len(sc.FalseChanged) >= sc.Pairs {
		t.Errorf("%d changed findings on %d untouched pairs, want fewer than 1 per 10", len(sc.FalseChanged), sc.Pairs)
	}
}

func TestPerturbFact(t *testing.T) {
	tests := []struct {
		lang     language.Tag
		sentence string
		fact     string // the text of the fact to change
		want     string // the sentence after
	}{
		{language.Chinese, "梅进勇2月20日会见了代表团。", "2月20日", "梅进勇2月18日会见了代表团。"},
		{language.French, "Il a reçu le 20 février la délégation.", "20 février", "Il a reçu le 18 février la délégation."},
		{language.English, "It cost 117 dollars.", "117 dollars", "It cost 118 dollars."},
		{language.French, "Ils ont reçu 415 000 doses de vaccin.", "415 000 doses", "Ils ont reçu 416 000 doses de vaccin."},
		{language.Chinese, "会议于二月二十日举行。", "二月二十日", "会议于二月十八日举行。"},
		{language.French, "Les deux pays ont signé un accord.", "deux pays", "Les trois pays ont signé un accord."},
	}
	for _, tt := range tests {
		d := &corpus.Document{ID: "t", Lang: tt.lang, Sentences: []corpus.Sentence{{Text: tt.sentence}}}
		var f *extract.Fact
		for _, g := range extract.Document(d) {
			if g.Text == tt.fact {
				f = &g
			}
		}
		if f == nil {
			t.Errorf("%q: extract finds no fact %q in %v", tt.sentence, tt.fact, extract.Document(d))
			continue
		}
		nd, nf, ok := PerturbFact(d, *f, nil, nil)
		if !ok {
			t.Errorf("%q: no rewrite of %q", tt.sentence, tt.fact)
			continue
		}
		if diff := cmp.Diff(tt.want, nd.Sentences[0].Text); diff != "" {
			t.Errorf("%q: rewrite mismatch (-want +got):\n%s", tt.sentence, diff)
		}
		if nf.Value == f.Value || d.Sentences[0].Text != tt.sentence {
			t.Errorf("%q: new value %q, old %q; the input must stay untouched", tt.sentence, nf.Value, f.Value)
		}
	}
}

func TestPerturbFactAvoidsOtherValues(t *testing.T) {
	d := &corpus.Document{ID: "l", Lang: language.English, Sentences: []corpus.Sentence{{Text: "It cost 117 dollars."}}}
	o := &corpus.Document{ID: "r", Lang: language.English, Sentences: []corpus.Sentence{{Text: "It cost 118 dollars."}}}
	f := extract.Document(d)[0]
	nd, _, ok := PerturbFact(d, f, o, extract.Document(o))
	if !ok || nd.Sentences[0].Text != "It cost 116 dollars." {
		t.Errorf("got %v, %v; want 117 → 116 since the other version says 118", nd, ok)
	}
}

func TestPertHanNumeral(t *testing.T) {
	for _, tt := range []struct {
		s         string
		n         int
		digitwise bool
	}{{"十八", 18, false}, {"二十", 20, false}, {"三百零五", 305, false}, {"二〇一九", 2019, true}, {"五", 5, false}} {
		n, dw, ok := pertParseHan(tt.s)
		if !ok || n != tt.n || dw != tt.digitwise {
			t.Errorf("pertParseHan(%q) = %d, %v, %v; want %d, %v", tt.s, n, dw, ok, tt.n, tt.digitwise)
		}
		if got := pertHanNumeral(tt.n, tt.digitwise); got != tt.s {
			t.Errorf("pertHanNumeral(%d) = %q, want %q", tt.n, got, tt.s)
		}
	}
}

func TestDeleteSentence(t *testing.T) {
	d := cmpDoc("d", language.French, "a", "b", "c")
	nd := DeleteSentence(d, 1)
	var got []string
	for _, s := range nd.Sentences {
		got = append(got, s.Text)
	}
	if diff := cmp.Diff([]string{"a", "c"}, got); diff != "" || len(d.Sentences) != 3 {
		t.Errorf("DeleteSentence mismatch (-want +got):\n%s", diff)
	}
}
