package report

import (
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"
)

// A FindingWriter renders the findings of one `aligner check` run.
type FindingWriter func(w io.Writer, f *Findings) error

// FindingFormats lists the formats of `aligner check`, by --format name.
var FindingFormats = map[string]FindingWriter{
	"text":   FindingsText,
	"json":   FindingsJSON,
	"junit":  FindingsJUnit,
	"sarif":  FindingsSARIF,
	"github": FindingsGitHub,
}

// Severities of a finding, from the most to the least serious. They are the
// same strings as align.Error, align.Warning and align.Info.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// SeverityRank orders severities: 3 for error, 2 for warning, 1 for info and
// 0 for anything else (an unknown or disabled severity).
func SeverityRank(s string) int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Kinds of [Check].
const (
	CheckPair     = "pair"     // a same pair that was aligned and compared
	CheckUnpaired = "unpaired" // a document without a same counterpart
	CheckSkipped  = "skipped"  // an input that gave no document
)

// Findings is the view of one `aligner check` run: what was checked, what
// was found, and the severity at which the run fails.
type Findings struct {
	// FailOn is the least severity that fails the run.
	FailOn string `json:"fail_on"`
	// Checks lists what was checked, in input order: each same pair, then
	// each unpaired document and each skipped input reported as a finding.
	Checks []Check `json:"checks"`
	// Findings are sorted with [Findings.Sort].
	Findings []Finding `json:"findings"`
	// Baselined counts the findings left out because a baseline holds them.
	Baselined int `json:"baselined"`
}

// A Check is one unit of a check run: a pair of documents, or one document
// on its own. JUnit renders each as a test case.
type Check struct {
	Kind  string `json:"kind"` // CheckPair, CheckUnpaired or CheckSkipped
	Left  string `json:"left"` // document id (the input id for a skip)
	Right string `json:"right,omitempty"`
	// LeftFile and RightFile are the files the documents were read from.
	LeftFile  string `json:"left_file"`
	RightFile string `json:"right_file,omitempty"`
}

// Name returns the check's display name: "LEFT <-> RIGHT" for a pair, the
// document id otherwise.
func (c Check) Name() string {
	if c.Kind == CheckPair {
		return c.Left + " <-> " + c.Right
	}
	return c.Left
}

// A Location is a line of a file; Line is 1-based, 0 when unknown.
type Location struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
}

// A Finding is one positioned diagnostic of a check run.
type Finding struct {
	Location
	// Severity is SeverityError, SeverityWarning or SeverityInfo.
	Severity string `json:"severity"`
	// Rule is the rule id, e.g. "changed-number" (see [Rules]).
	Rule string `json:"rule"`
	// Key is the configuration key that set the severity, e.g.
	// "changed.number".
	Key string `json:"key"`
	// Message says what was found, without the position.
	Message string `json:"message"`
	// Left and Right are the ids of the documents of the check the finding
	// belongs to (Right is empty for an unpaired document or a skip).
	Left  string `json:"left"`
	Right string `json:"right,omitempty"`
	// Related is the other side of a changed fact, when known.
	Related *Location `json:"related,omitempty"`
	// Fingerprint identifies the finding independently of line numbers;
	// baselines hold it.
	Fingerprint string `json:"fingerprint"`
	// Fail is true when Severity is at or above [Findings.FailOn].
	Fail bool `json:"fail"`
}

// String returns "file:line: severity: message [rule]" (without ":line"
// when the line is unknown).
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Location.String())
	b.WriteString(": ")
	b.WriteString(f.Severity)
	b.WriteString(": ")
	b.WriteString(f.Message)
	if f.Related != nil {
		b.WriteString(" (other: ")
		b.WriteString(f.Related.String())
		b.WriteString(")")
	}
	b.WriteString(" [")
	b.WriteString(f.Rule)
	b.WriteString("]")
	return b.String()
}

// String returns "file:line", or "file" when the line is unknown.
func (l Location) String() string {
	if l.Line > 0 {
		return l.File + ":" + strconv.Itoa(l.Line)
	}
	return l.File
}

// Sort orders the findings by file, line, decreasing severity, rule and
// message, then fingerprint, so that output is deterministic.
func (f *Findings) Sort() {
	slices.SortStableFunc(f.Findings, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			-cmp.Compare(SeverityRank(a.Severity), SeverityRank(b.Severity)),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
			cmp.Compare(a.Fingerprint, b.Fingerprint),
		)
	})
}

// Failing returns the number of findings at or above FailOn.
func (f *Findings) Failing() int {
	n := 0
	for _, x := range f.Findings {
		if x.Fail {
			n++
		}
	}
	return n
}

// Count returns the number of findings of severity sev.
func (f *Findings) Count(sev string) int {
	n := 0
	for _, x := range f.Findings {
		if x.Severity == sev {
			n++
		}
	}
	return n
}

// of returns the findings that belong to check c, in order.
func (f *Findings) of(c Check) []Finding {
	var out []Finding
	for _, x := range f.Findings {
		if x.Left == c.Left && x.Right == c.Right {
			out = append(out, x)
		}
	}
	return out
}

// A Rule describes one kind of finding.
type Rule struct {
	ID          string // e.g. "changed-number"
	Key         string // the severity key, e.g. "changed.number"
	Description string
}

// factKinds are the kinds of extract.Fact, in the order rules list them.
var factKinds = []string{"date", "number", "person", "place", "org"}

var factKindNames = map[string]string{
	"date": "a date", "number": "a number", "person": "a person's name",
	"place": "a place name", "org": "an organisation's name",
}

// Rules lists every rule of `aligner check`, sorted by id.
var Rules = func() []Rule {
	var rs []Rule
	for _, k := range factKinds {
		rs = append(rs,
			Rule{ID: "changed-" + k, Key: "changed." + k, Description: "The versions give " + factKindNames[k] + " different values."},
			Rule{ID: "missing-" + k, Key: "missing." + k, Description: "One version has " + factKindNames[k] + " the other lacks."})
	}
	rs = append(rs,
		Rule{ID: "unaligned-sentence", Key: "unaligned", Description: "A sentence has no counterpart in the other version."},
		Rule{ID: "unaligned-facts", Key: "unaligned.facts", Description: "A sentence carrying facts has no counterpart in the other version."},
		Rule{ID: "unpaired-document", Key: "unpaired", Description: "A document has no counterpart in the other language."},
		Rule{ID: "skipped-input", Key: "skipped", Description: "An input gave no document (unreadable, empty, or in another language)."},
	)
	slices.SortFunc(rs, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })
	return rs
}()

// RuleID returns the rule id of a severity key ("changed.number" →
// "changed-number"), or "" when the key names no rule.
func RuleID(key string) string {
	for _, r := range Rules {
		if r.Key == key {
			return r.ID
		}
	}
	return ""
}
