package report

import (
	"fmt"
	"io"
	"strings"
)

// FindingsText writes one "file:line: severity: message [rule]" line per
// finding (the format of go vet, golangci-lint and Vale's line output),
// then a summary line.
func FindingsText(w io.Writer, f *Findings) error {
	var b strings.Builder
	for _, x := range f.Findings {
		b.WriteString(x.String())
		b.WriteByte('\n')
	}
	pairs := 0
	for _, c := range f.Checks {
		if c.Kind == CheckPair {
			pairs++
		}
	}
	fmt.Fprintf(&b, "%d %s (%d %s, %d %s, %d info) in %d %s",
		len(f.Findings), plural(len(f.Findings), "finding", "findings"),
		f.Count(SeverityError), plural(f.Count(SeverityError), "error", "errors"),
		f.Count(SeverityWarning), plural(f.Count(SeverityWarning), "warning", "warnings"),
		f.Count(SeverityInfo), pairs, plural(pairs, "pair", "pairs"))
	if f.Baselined > 0 {
		fmt.Fprintf(&b, ", %d in the baseline", f.Baselined)
	}
	fmt.Fprintf(&b, "; %d at or above %s\n", f.Failing(), f.FailOn)
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
