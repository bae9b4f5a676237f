package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var updateFindings = flag.Bool("update-findings", false, "rewrite testdata/findings.golden.* from testdata/findings.json")

var _ FindingWriter = FindingsText

// findingsFixture reads the shared fixture every finding format renders.
func findingsFixture(t *testing.T) *Findings {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "findings.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f Findings
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("testdata/findings.json: %v", err)
	}
	return &f
}

var findingsGoldenExt = map[string]string{"text": "txt", "json": "json", "junit": "xml", "sarif": "sarif", "github": "github"}

func TestFindingFormatsGolden(t *testing.T) {
	f := findingsFixture(t)
	for name, write := range FindingFormats {
		t.Run(name, func(t *testing.T) {
			ext, ok := findingsGoldenExt[name]
			if !ok {
				t.Fatalf("format %s has no golden file extension", name)
			}
			var buf bytes.Buffer
			if err := write(&buf, f); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "findings.golden."+ext)
			if *updateFindings {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update-findings)", err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s output mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestFindingsJSONRoundTrip(t *testing.T) {
	f := findingsFixture(t)
	var buf bytes.Buffer
	if err := FindingsJSON(&buf, f); err != nil {
		t.Fatal(err)
	}
	var got Findings
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, &got); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	// Empty lists are [], never null.
	buf.Reset()
	if err := FindingsJSON(&buf, &Findings{FailOn: "error"}); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); !strings.Contains(s, `"checks": []`) || !strings.Contains(s, `"findings": []`) {
		t.Errorf("empty findings as JSON:\n%s", s)
	}
}

func TestFindingsJUnit(t *testing.T) {
	f := findingsFixture(t)
	var buf bytes.Buffer
	if err := FindingsJUnit(&buf, f); err != nil {
		t.Fatal(err)
	}
	var got junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	type tc struct {
		Name    string
		Failed  bool
		Out     bool
		Failure string
	}
	var cases []tc
	for _, c := range got.Suites[0].Cases {
		x := tc{Name: c.Name, Failed: c.Failure != nil, Out: c.SystemOut != nil}
		if c.Failure != nil {
			x.Failure = c.Failure.Message
		}
		cases = append(cases, x)
	}
	want := []tc{
		{Name: "news/zh/000.txt <-> news/fr/004.txt", Failed: true, Out: true, Failure: "2 findings at or above warning"},
		{Name: "news/zh/010.txt <-> news/fr/011.txt"},
		{Name: "news/zh/001 draft, v2.txt", Failed: true, Failure: "1 finding at or above warning"},
		{Name: "news/fr/broken.html", Failed: true, Failure: "1 finding at or above warning"},
	}
	if diff := cmp.Diff(want, cases); diff != "" {
		t.Errorf("test cases mismatch (-want +got):\n%s", diff)
	}
	if len(got.Suites) != 1 || got.Tests != 4 || got.Failures != 3 || got.Suites[0].Failures != 3 {
		t.Errorf("suites %d, tests %d, failures %d/%d; want 1, 4, 3/3", len(got.Suites), got.Tests, got.Failures, got.Suites[0].Failures)
	}
}

func TestFindingsJUnitHostileText(t *testing.T) {
	f := &Findings{FailOn: SeverityInfo,
		Checks: []Check{{Kind: CheckUnpaired, Left: "a\x01b.txt", LeftFile: "a\x01b.txt"}},
		Findings: []Finding{
			{Location: Location{File: "a\x01b.txt"}, Severity: SeverityInfo, Rule: "r", Message: "x ]]> y \x00 <z>", Left: "a\x01b.txt", Fail: true},
		}}
	var buf bytes.Buffer
	if err := FindingsJUnit(&buf, f); err != nil {
		t.Fatal(err)
	}
	var got junitSuites
	if err := xml.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	if c := got.Suites[0].Cases[0]; c.Failure == nil || !strings.Contains(c.Failure.Text, "x ]]> y \uFFFD <z>") {
		t.Errorf("failure text lost: %+v", c.Failure)
	}
}

func TestFindingsSARIF(t *testing.T) {
	f := findingsFixture(t)
	var buf bytes.Buffer
	if err := FindingsSARIF(&buf, f); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || log.Schema == "" || len(log.Runs) != 1 {
		t.Fatalf("version %q, schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	type res struct {
		Rule, Level, URI string
		Line             int
		Fingerprint      string
	}
	var got []res
	for _, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s: ruleIndex %d does not point at its rule", r.RuleID, r.RuleIndex)
		}
		p := r.Locations[0].PhysicalLocation
		x := res{Rule: r.RuleID, Level: r.Level, URI: p.ArtifactLocation.URI, Fingerprint: r.PartialFingerprints[SARIFFingerprintKey]}
		if p.Region != nil {
			x.Line = p.Region.StartLine
		}
		got = append(got, x)
	}
	want := []res{
		{"changed-number", "error", "news/fr/004.txt", 8, "0f3b6c1d2e4a59687a8b9c0d1e2f3a4b"},
		{"missing-person", "warning", "news/zh/000.txt", 23, "1a2b3c4d5e6f708192a3b4c5d6e7f809"},
		{"unaligned-sentence", "note", "news/zh/000.txt", 30, "2b3c4d5e6f708192a3b4c5d6e7f8091a"},
		{"unpaired-document", "warning", "news/zh/001%20draft%2C%20v2.txt", 1, "3c4d5e6f708192a3b4c5d6e7f8091a2b"},
		{"skipped-input", "warning", "news/fr/broken.html", 0, "4d5e6f708192a3b4c5d6e7f8091a2b3c"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results mismatch (-want +got):\n%s", diff)
	}
	if r := run.Results[0]; len(r.RelatedLocations) != 1 || r.RelatedLocations[0].PhysicalLocation.Region.StartLine != 5 {
		t.Errorf("changed fact: related locations %+v, want news/zh/000.txt:5", r.RelatedLocations)
	}
	if len(run.Tool.Driver.Rules) != len(Rules) {
		t.Errorf("%d rules, want the %d of Rules", len(run.Tool.Driver.Rules), len(Rules))
	}
}

func TestFindingsGitHub(t *testing.T) {
	tests := []struct {
		name string
		f    Finding
		want string
	}{
		{"plain", Finding{Location: Location{File: "a/b.txt", Line: 3}, Severity: "error", Rule: "changed-date", Message: "date changed"},
			"::error file=a/b.txt,line=3,title=aligner changed-date::date changed\n"},
		{"escapes", Finding{Location: Location{File: "C:\\x,y%.txt", Line: 0}, Severity: "info", Rule: "unaligned-sentence",
			Message: "50% done:\r\nnext, line"},
			"::notice file=C%3A\\x%2Cy%25.txt,title=aligner unaligned-sentence::50%25 done:%0D%0Anext, line\n"},
		{"related", Finding{Location: Location{File: "f.txt", Line: 1}, Severity: "warning", Rule: "changed-number", Message: "m",
			Related: &Location{File: "g.txt", Line: 2}},
			"::warning file=f.txt,line=1,title=aligner changed-number::m (other: g.txt:2)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := FindingsGitHub(&buf, &Findings{Findings: []Finding{tt.f}}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// Every line of the fixture is one well-formed command.
	var buf bytes.Buffer
	if err := FindingsGitHub(&buf, findingsFixture(t)); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^::(error|warning|notice) file=[^,:\r\n]+(,line=[1-9][0-9]*)?,title=[^,:\r\n]+::[^\r\n]*$`)
	for _, l := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		if !re.MatchString(l) {
			t.Errorf("malformed workflow command %q", l)
		}
	}
}

func TestFindingsSort(t *testing.T) {
	f := findingsFixture(t)
	f.Findings = append(f.Findings, Finding{Location: Location{File: "news/zh/000.txt", Line: 23}, Severity: "error", Rule: "changed-date"})
	f.Sort()
	var got []string
	for _, x := range f.Findings {
		got = append(got, x.Location.String()+" "+x.Severity+" "+x.Rule)
	}
	want := []string{
		"news/fr/004.txt:8 error changed-number",
		"news/fr/broken.html warning skipped-input",
		"news/zh/000.txt:23 error changed-date",
		"news/zh/000.txt:23 warning missing-person",
		"news/zh/000.txt:30 info unaligned-sentence",
		"news/zh/001 draft, v2.txt:1 warning unpaired-document",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sort mismatch (-want +got):\n%s", diff)
	}
}

func TestRuleID(t *testing.T) {
	for key, want := range map[string]string{
		"changed.number": "changed-number", "missing.person": "missing-person", "unaligned": "unaligned-sentence",
		"unaligned.facts": "unaligned-facts", "unpaired": "unpaired-document", "changed": "", "missing.colour": "",
	} {
		if got := RuleID(key); got != want {
			t.Errorf("RuleID(%q) = %q, want %q", key, got, want)
		}
	}
}

func ExampleFindingsText() {
	f := &Findings{
		FailOn: SeverityWarning,
		Checks: []Check{{Kind: CheckPair, Left: "zh/000.txt", Right: "fr/004.txt"}},
		Findings: []Finding{{
			Location: Location{File: "zh/000.txt", Line: 23}, Severity: SeverityWarning,
			Rule: "missing-person", Message: `person "阮春成" (nguyen xuan thanh) is missing from fr/004.txt`, Fail: true,
		}},
	}
	FindingsText(os.Stdout, f)
	// Output:
	// zh/000.txt:23: warning: person "阮春成" (nguyen xuan thanh) is missing from fr/004.txt [missing-person]
	// 1 finding (0 errors, 1 warning, 0 info) in 1 pair; 1 at or above warning
}
