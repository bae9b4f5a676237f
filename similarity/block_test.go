package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Blocking compares documents whose dates lie within the window; when a
// date has no year, by the day of the year (across the year end too) and
// only if the two share a distinctive term; a document without a date is
// compared with those that share a distinctive term with it.
func TestBlocked(t *testing.T) {
	mk := func(v string, terms ...int32) *Profile {
		p := &Profile{vec: Vector{IDs: terms, Weights: make([]float64, len(terms))}}
		for i := range terms {
			p.vec.Weights[i] = 1
		}
		if v == "" {
			return p
		}
		s, ok := parseSpan(v)
		if !ok {
			t.Fatalf("parseSpan(%q)", v)
		}
		p.anchor, p.anchorOK = s, true
		return p
	}
	type doc struct {
		date  string
		terms []int32
	}
	right := []doc{
		{"2019-02-20", []int32{1}}, // 0
		{"2019-03-20", []int32{2}}, // 1
		{"2020-02-21", []int32{1}}, // 2: another year, same time of year
		{"--02-22", []int32{1}},    // 3: no year, shares term 1
		{"--08-01", []int32{5}},    // 4: no year, far
		{"", []int32{1, 3}},        // 5: no date, shares term 1
		{"--01-02", []int32{6}},    // 6: no year, after the year end
		{"2019-12-31", nil},        // 7
		{"", []int32{4}},           // 8: no date
		{"--02-20", []int32{7}},    // 9: no year, near 18 February
	}
	tests := []struct {
		left doc
		want []int
	}{
		{doc{"2019-02-18", []int32{1}}, []int{0, 3, 5}}, // dated within 7 days; without a year or undated, if sharing a term
		{doc{"2019-02-18", []int32{9}}, []int{0}},       // nothing shares a term
		{doc{"--02-19", []int32{1}}, []int{0, 2, 3, 5}}, // no year: the dates near 19 February of any year, sharing a term
		{doc{"--02-19", []int32{7}}, []int{9}},          //
		{doc{"--12-29", []int32{6}}, []int{6}},          // across the year end
		{doc{"2019-12-30", []int32{6}}, []int{6, 7}},    //
		{doc{"2019-08-05", []int32{5}}, []int{4}},       //
		{doc{"", []int32{1}}, []int{0, 2, 3, 5}},        // undated: the documents sharing a term, dated or not
		{doc{"", []int32{4}}, []int{8}},                 //
		{doc{"---08", []int32{3}}, []int{5}},            // a day of an unknown month does not block by date
	}
	for _, tt := range tests {
		ps := []*Profile{mk(tt.left.date, tt.left.terms...)}
		var R []int
		for _, d := range right {
			R = append(R, len(ps))
			ps = append(ps, mk(d.date, d.terms...))
		}
		var got []int
		for _, r := range blocked(ps, []int{0}, R, Options{}.withDefaults())[0] {
			got = append(got, r-1) // back to indices of right
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("left %+v: candidates mismatch (-want +got):\n%s", tt.left, diff)
		}
	}
}
