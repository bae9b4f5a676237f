package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

// wordView is a view for synthetic tests: every word is its own key, so two
// sentences overlap exactly when they share words.
func wordView(_ language.Tag, s string) []Word {
	var out []Word
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,")
		out = append(out, Word{Form: w, Keys: []string{"k:" + w}})
	}
	return out
}

func shapesOf(beads []Bead) [][2][]int {
	var out [][2][]int
	for _, b := range beads {
		out = append(out, [2][]int{b.Left, b.Right})
	}
	return out
}

func TestAlignSynthetic(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		want        [][2][]int
	}{
		{
			name:  "one to one",
			left:  []string{"alpha beta gamma delta.", "epsilon zeta eta theta.", "iota kappa lambda mu."},
			right: []string{"alpha beta gamma delta.", "epsilon zeta eta theta.", "iota kappa lambda mu."},
			want:  [][2][]int{{{0}, {0}}, {{1}, {1}}, {{2}, {2}}},
		},
		{
			name:  "one to two",
			left:  []string{"alpha beta gamma delta.", "epsilon zeta eta theta iota kappa lambda mu.", "nu xi omicron pi."},
			right: []string{"alpha beta gamma delta.", "epsilon zeta eta theta.", "iota kappa lambda mu.", "nu xi omicron pi."},
			want:  [][2][]int{{{0}, {0}}, {{1}, {1, 2}}, {{2}, {3}}},
		},
		{
			name:  "two to one",
			left:  []string{"alpha beta gamma delta.", "epsilon zeta eta theta.", "iota kappa lambda mu.", "nu xi omicron pi."},
			right: []string{"alpha beta gamma delta.", "epsilon zeta eta theta iota kappa lambda mu.", "nu xi omicron pi."},
			want:  [][2][]int{{{0}, {0}}, {{1, 2}, {1}}, {{3}, {2}}},
		},
		{
			name:  "deletion and insertion",
			left:  []string{"alpha beta gamma delta.", "unrelated words only here.", "epsilon zeta eta theta.", "iota kappa lambda mu."},
			right: []string{"alpha beta gamma delta.", "epsilon zeta eta theta.", "something else entirely new.", "iota kappa lambda mu."},
			want:  [][2][]int{{{0}, {0}}, {{1}, {}}, {{2}, {1}}, {{}, {2}}, {{3}, {3}}},
		},
		{
			name:  "one to three",
			left:  []string{"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.", "nu xi omicron pi."},
			right: []string{"alpha beta gamma delta.", "epsilon zeta eta theta.", "iota kappa lambda mu.", "nu xi omicron pi."},
			want:  [][2][]int{{{0}, {0, 1, 2}}, {{1}, {3}}},
		},
		{
			name:  "empty left",
			left:  nil,
			right: []string{"alpha.", "beta."},
			want:  [][2][]int{{{}, {0}}, {{}, {1}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Aligner{LeftLang: language.English, RightLang: language.English, View: wordView}
			got := shapesOf(a.Align(tt.left, tt.right))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Align mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAlignCovers checks the invariant on a mixed case: every sentence of
// both sides once, in order.
func TestAlignCovers(t *testing.T) {
	left := []string{"a b c.", "d e f.", "g h i.", "j k l.", "m n o."}
	right := []string{"x y.", "a b c.", "g h i j k l.", "z.", "m n o.", "w."}
	var a Aligner
	a.View = wordView
	beads := a.Align(left, right)
	li, rj := 0, 0
	for _, b := range beads {
		for _, i := range b.Left {
			if i != li {
				t.Fatalf("left index %d, want %d in %v", i, li, beads)
			}
			li++
		}
		for _, j := range b.Right {
			if j != rj {
				t.Fatalf("right index %d, want %d in %v", j, rj, beads)
			}
			rj++
		}
	}
	if li != len(left) || rj != len(right) {
		t.Fatalf("covered %d/%d left, %d/%d right", li, len(left), rj, len(right))
	}
}

func TestLengthOnly(t *testing.T) {
	// Lengths alone: a long left sentence matches two right halves.
	left := []string{strings.Repeat("a", 40), strings.Repeat("b", 200), strings.Repeat("c", 60)}
	right := []string{strings.Repeat("a", 42), strings.Repeat("b", 95), strings.Repeat("b", 100), strings.Repeat("c", 58)}
	a := Aligner{LeftLang: language.English, RightLang: language.English, LengthOnly: true, View: wordView}
	got := shapesOf(a.Align(left, right))
	want := [][2][]int{{{0}, {0}}, {{1}, {1, 2}}, {{2}, {3}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Align mismatch (-want +got):\n%s", diff)
	}
}
