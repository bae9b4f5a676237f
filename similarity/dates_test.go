package similarity

import "testing"

func TestParseSpanDayOfMonth(t *testing.T) {
	tests := []struct {
		v    string
		want span
		ok   bool
	}{
		{"---08", span{lo: 8, hi: 8, day: true, noMonth: true}, true},
		{"---08/---09", span{lo: 8, hi: 9, day: true, noMonth: true}, true},
		{"---32", span{}, false},
		{"---08/--12-09", span{}, false},
		{"2022-12-08", span{year: 2022, lo: 1208, hi: 1208, day: true}, true},
	}
	for _, tt := range tests {
		got, ok := parseSpan(tt.v)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseSpan(%q) = %+v, %v; want %+v, %v", tt.v, got, ok, tt.want, tt.ok)
		}
		if ok && got.String() != tt.v {
			t.Errorf("parseSpan(%q).String() = %q", tt.v, got.String())
		}
	}
}

// A bare day of the month (8日) meets a full date on the same day of the
// month and conflicts with another day.
func TestDayOfMonthAgainstDates(t *testing.T) {
	day8, _ := parseSpan("---08")
	tests := []struct {
		other   string
		overlap bool
		gap     int
	}{
		{"2022-12-08", true, 0},
		{"--12-08", true, 0},
		{"2022-12-09", false, 1},
		{"---08/---09", true, 0},
		{"---11", false, 3},
	}
	for _, tt := range tests {
		o, ok := parseSpan(tt.other)
		if !ok {
			t.Fatalf("parseSpan(%q) failed", tt.other)
		}
		if got := day8.overlaps(o); got != tt.overlap {
			t.Errorf("---08 overlaps %s = %v, want %v", tt.other, got, tt.overlap)
		}
		if got := o.overlaps(day8); got != tt.overlap {
			t.Errorf("%s overlaps ---08 = %v, want %v", tt.other, got, tt.overlap)
		}
		if g, ok := gap(day8, o); !ok || g != tt.gap {
			t.Errorf("gap(---08, %s) = %d, %v; want %d", tt.other, g, ok, tt.gap)
		}
	}
	if _, _, ok := day8.days(); ok {
		t.Error("a day of an unknown month has no absolute days (it must not block candidates)")
	}
}
