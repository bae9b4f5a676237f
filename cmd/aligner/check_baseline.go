package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/aligner/aligner/lexicon"
	"github.com/aligner/aligner/report"
)

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// A baseline is the set of findings a team has accepted, by fingerprint.
// Its JSON form is sorted and holds no line numbers or timestamps, so that
// rewriting it changes only what changed.
type baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []baselineEntry `json:"findings"`
}

// A baselineEntry is one accepted finding. Only Fingerprint is compared;
// the other fields are there for the people reading the file.
type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Message     string `json:"message"`
}

// fingerprint returns the stable id of a finding: the hex SHA-256 (first
// 16 bytes) of its parts joined by NUL bytes.
func fingerprint(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:16])
}

// foldSentence is the form of a sentence fingerprints use: folded with
// lexicon.Fold and stripped of everything but letters and digits, so that
// spacing, punctuation and case changes keep the fingerprint.
func foldSentence(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, lexicon.Fold(s))
}

// writeBaseline records findings in file name.
func writeBaseline(name string, findings []report.Finding) error {
	b := baseline{Version: baselineVersion, Tool: "aligner check", Findings: []baselineEntry{}}
	for _, f := range findings {
		b.Findings = append(b.Findings, baselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, File: f.File, Message: f.Message})
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return cmp.Or(cmp.Compare(x.Fingerprint, y.Fingerprint), cmp.Compare(x.File, y.File), cmp.Compare(x.Message, y.Message))
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&b); err != nil {
		return err
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// readBaseline reads a baseline file.
func readBaseline(name string) (*baseline, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", name, jsonErrorAt(data, err))
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, want %d", name, b.Version, baselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: finding %d has no fingerprint", name, i+1)
		}
	}
	return &b, nil
}

// jsonErrorAt adds the line of a JSON syntax error.
func jsonErrorAt(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && int(se.Offset) <= len(data) {
		line := 1 + bytes.Count(data[:se.Offset], []byte("\n"))
		return fmt.Errorf("line %d: %w", line, err)
	}
	return err
}

// filter returns the findings the baseline does not hold, and how many it
// held. A fingerprint recorded n times accepts n findings: a finding that
// appears once more than before is new.
func (b *baseline) filter(findings []report.Finding) ([]report.Finding, int) {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Fingerprint]++
	}
	out := []report.Finding{}
	n := 0
	for _, f := range findings {
		if left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			n++
			continue
		}
		out = append(out, f)
	}
	return out, n
}
