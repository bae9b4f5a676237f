package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Blocking compares documents whose dates lie within the window, by the
// day of the year when a date has no year (across the year end too), and
// compares documents without a date with everything.
func TestBlocked(t *testing.T) {
	mk := func(v string) *Profile {
		if v == "" {
			return &Profile{}
		}
		s, ok := parseSpan(v)
		if !ok {
			t.Fatalf("parseSpan(%q)", v)
		}
		return &Profile{anchor: s, anchorOK: true}
	}
	right := []string{
		"2019-02-20", // 0
		"2019-03-20", // 1
		"2020-02-21", // 2: another year, same time of year
		"--02-22",    // 3: no year
		"--08-01",    // 4: no year, far
		"",           // 5: no date
		"--01-02",    // 6: no year, after the year end
		"2019-12-31", // 7
	}
	tests := []struct {
		left string
		want []int
	}{
		{"2019-02-18", []int{0, 3, 5}},           // dated: dated within 7 days, yearless by day of year, undated
		{"--02-19", []int{0, 2, 3, 5}},           // yearless: every date near 19 February, whatever its year
		{"--12-29", []int{5, 6, 7}},              // across the year end
		{"2019-12-30", []int{5, 6, 7}},           //
		{"", []int{0, 1, 2, 3, 4, 5, 6, 7}},      // undated: everything
		{"2019-08-05", []int{4, 5}},              //
		{"---08", []int{0, 1, 2, 3, 4, 5, 6, 7}}, // a day of an unknown month does not block
	}
	for _, tt := range tests {
		ps := []*Profile{mk(tt.left)}
		var R []int
		for _, v := range right {
			R = append(R, len(ps))
			ps = append(ps, mk(v))
		}
		got := blocked(ps, []int{0}, R, Options{}.withDefaults())[0]
		for k := range got {
			got[k]-- // back to indices of right
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("left %q: candidates mismatch (-want +got):\n%s", tt.left, diff)
		}
	}
}
