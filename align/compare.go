package align

import (
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

// Statuses of a compared fact.
const (
	Matched      = "matched"       // both versions carry the fact
	MissingLeft  = "missing-left"  // only the right version has it
	MissingRight = "missing-right" // only the left version has it
	Changed      = "changed"       // the same slot carries another value
)

// Severities of a finding, from the most to the least serious.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info"
)

// A FactRef is one side of a compared fact.
type FactRef struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Unit     string `json:"unit,omitempty"`
	Sentence int    `json:"sentence"` // 0-based sentence index in its document
	Start    int    `json:"start"`    // byte offsets in the sentence text
	End      int    `json:"end"`
	Line     int    `json:"line,omitempty"` // 1-based line of the sentence in its file, 0 if unknown
	// Kind is the kind of the fact; it matters in [Unaligned.Facts], where
	// facts of every kind are listed together.
	Kind extract.Kind `json:"kind,omitempty"`
}

// A FactDiff is one fact of either version and what became of it in the
// other.
type FactDiff struct {
	Kind     extract.Kind `json:"kind"`
	Status   string       `json:"status"`
	Severity string       `json:"severity"`
	Left     *FactRef     `json:"left"`
	Right    *FactRef     `json:"right"`
	// Note says which tolerance made two values match ("rounded",
	// "partial name", "province", "repeated mention", …), "" for an exact
	// match or another status.
	Note string `json:"note,omitempty"`
}

// An Unaligned sentence has no counterpart in the other version.
type Unaligned struct {
	Side     string    `json:"side"` // "left" or "right"
	Sentence int       `json:"sentence"`
	Text     string    `json:"text"`
	Line     int       `json:"line,omitempty"`
	Severity string    `json:"severity"`
	Facts    []FactRef `json:"facts"`
}

// Summary counts the findings of a comparison.
type Summary struct {
	Matched      int            `json:"matched"`
	MissingLeft  int            `json:"missing_left"`
	MissingRight int            `json:"missing_right"`
	Changed      int            `json:"changed"`
	Unaligned    int            `json:"unaligned"`
	BySeverity   map[string]int `json:"by_severity"`
}

// A Comparison is the fact comparison of two versions of one report.
type Comparison struct {
	Left, Right *corpus.Document `json:"-"`
	Beads       []Bead           `json:"-"`
	Facts       []FactDiff       `json:"facts"`
	Unaligned   []Unaligned      `json:"unaligned"`
	Summary     Summary          `json:"summary"`
}
