package align

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func mustBeads(t *testing.T, s string) []Bead {
	t.Helper()
	b, err := ReadBeads(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEval(t *testing.T) {
	tests := []struct {
		name       string
		gold, test string
		want       Scores
	}{
		{
			// Worked by hand: test beads [0]:[0] (strict), [1]:[1] (lax,
			// gold has [1]:[1,2]), []:[2] (wrong), [2]:[] (strict),
			// [3]:[3,4] (lax through gold [3]:[4]).
			name: "mixed",
			gold: "[0]:[0]\n[1]:[1,2]\n[2]:[]\n[]:[3]\n[3]:[4]\n",
			test: "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[3]:[3, 4]\n",
			want: Scores{
				Precision: 0.4, Recall: 1.0 / 3, F1: 2 * 0.4 / 3 / (0.4 + 1.0/3),
				LaxPrecision: 0.8, LaxRecall: 1, LaxF1: 1.6 / 1.8,
				TruePositives: 2, FalsePositives: 3, LaxTruePositives: 4, LaxFalsePositives: 1,
				RecallHits: 1, RecallMisses: 2, LaxRecallHits: 3, LaxRecallMisses: 0,
			},
		},
		{
			name: "perfect",
			gold: "[0]:[0]\n[1,2]:[1]\n[]:[2]\n",
			test: "[0]:[0]\n[1,2]:[1]\n[]:[2]\n",
			want: Scores{
				Precision: 1, Recall: 1, F1: 1, LaxPrecision: 1, LaxRecall: 1, LaxF1: 1,
				TruePositives: 3, LaxTruePositives: 3, RecallHits: 2, LaxRecallHits: 2,
			},
		},
		{
			name: "nothing right",
			gold: "[0]:[0]\n[1]:[1]\n",
			test: "[0]:[1]\n[1]:[0]\n",
			want: Scores{FalsePositives: 2, LaxFalsePositives: 2, RecallMisses: 2, LaxRecallMisses: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Eval(mustBeads(t, tt.gold), mustBeads(t, tt.test))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Eval mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBeadsRoundTrip(t *testing.T) {
	in := []Bead{{Left: []int{0}, Right: []int{0, 1}}, {Left: []int{1}, Right: []int{}}, {Left: []int{}, Right: []int{2}}}
	var buf bytes.Buffer
	if err := WriteBeads(&buf, in); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "[0]:[0,1]\n[1]:[]\n[]:[2]\n"; got != want {
		t.Errorf("WriteBeads = %q, want %q", got, want)
	}
	out, err := ReadBeads(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestReadBeadsErrors(t *testing.T) {
	for _, in := range []string{"[0]:[1]\n[0]\n", "[a]:[1]", "0:1", "[0]:[1] x", "[-1]:[2]", "[0:[1]"} {
		_, err := ReadBeads(strings.NewReader(in))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ReadBeads(%q) error = %v, want *ParseError", in, err)
		}
	}
}

func FuzzReadBeads(f *testing.F) {
	f.Add("[0]:[0]\n[1,2]:[]\n")
	f.Add("[0, 1]:[2]\n# comment\n\n[]:[3]")
	f.Fuzz(func(t *testing.T, s string) {
		beads, err := ReadBeads(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteBeads(&buf, beads); err != nil {
			t.Fatal(err)
		}
		again, err := ReadBeads(&buf)
		if err != nil {
			t.Fatalf("re-reading %q: %v", buf.String(), err)
		}
		if diff := cmp.Diff(beads, again, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip mismatch (-want +got):\n%s", diff)
		}
	})
}
