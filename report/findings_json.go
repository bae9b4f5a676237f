package report

import (
	"encoding/json"
	"io"
)

// FindingsJSON writes f as indented JSON: {"fail_on", "checks": [{"kind",
// "left", "right", "left_file", "right_file"}], "findings": [{"file",
// "line", "severity", "rule", "key", "message", "left", "right",
// "related": {"file", "line"}, "fingerprint", "fail"}], "baselined"}.
// Empty lists are written as [], never null.
func FindingsJSON(w io.Writer, f *Findings) error {
	out := *f
	if out.Checks == nil {
		out.Checks = []Check{}
	}
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(&out)
}
