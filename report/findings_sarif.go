package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// SARIF 2.1.0, the format of GitHub code scanning and most static analysis
// dashboards. https://docs.oasis-open.org/sarif/sarif/v2.1.0/
const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration *sarifConfig `json:"defaultConfiguration,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

// SARIFFingerprintKey is the key of the baseline fingerprint among a
// result's partialFingerprints.
const SARIFFingerprintKey = "alignerFinding/v1"

// FindingsSARIF writes f as a SARIF 2.1.0 log with one run: the tool
// "aligner" with every rule of [Rules], and one result per finding with its
// rule, level (error, warning or note), message, location (file URI and
// start line) and, for a changed fact, the other side as a related
// location. The finding's fingerprint is the partial fingerprint
// [SARIFFingerprintKey].
func FindingsSARIF(w io.Writer, f *Findings) error {
	driver := sarifDriver{Name: "aligner", Rules: []sarifRule{}}
	index := map[string]int{}
	for i, r := range Rules {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRule{ID: r.ID, Name: r.Key, ShortDescription: sarifMessage{Text: r.Description}})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}
	for _, x := range f.Findings {
		i, ok := index[x.Rule]
		if !ok {
			// A rule outside the catalogue: add it so that ruleIndex stays valid.
			i = len(run.Tool.Driver.Rules)
			index[x.Rule] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: x.Rule, Name: x.Key, ShortDescription: sarifMessage{Text: x.Rule}})
		}
		res := sarifResult{
			RuleID:    x.Rule,
			RuleIndex: i,
			Level:     sarifLevel(x.Severity),
			Message:   sarifMessage{Text: x.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical(x.Location)}},
		}
		if x.Related != nil {
			id := 1
			res.RelatedLocations = []sarifLocation{{ID: &id, PhysicalLocation: sarifPhysical(*x.Related)}}
		}
		if x.Fingerprint != "" {
			res.PartialFingerprints = map[string]string{SARIFFingerprintKey: x.Fingerprint}
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func sarifLevel(sev string) string {
	switch sev {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "note"
}

func sarifPhysical(l Location) sarifPhysicalLocation {
	p := sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: sarifURI(l.File)}}
	if l.Line > 0 {
		p.Region = &sarifRegion{StartLine: l.Line}
	}
	return p
}

// sarifURI turns a file path into a URI reference: relative paths stay
// relative (resolved against the repository root by code scanning), with
// forward slashes and each segment percent-encoded; absolute paths become
// file:// URIs.
func sarifURI(file string) string {
	p := filepath.ToSlash(file)
	abs := filepath.IsAbs(file)
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	p = strings.Join(segs, "/")
	if abs {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // Windows drive letter
		}
		return "file://" + p
	}
	return strings.TrimPrefix(p, "./")
}
