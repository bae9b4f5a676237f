package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"github.com/aligner/aligner/report"
)

const (
	seedZh = "000_f996f5f846c92957.txt"
	seedFr = "004_918320b94566cfc1.txt"
)

// copySeeds copies the named seed articles into a new temporary directory
// and returns it.
func copySeeds(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("..", "..", "seeds", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeFile(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkJSON runs check with --format json and decodes its output.
func checkJSON(t *testing.T, args ...string) (*report.Findings, string, int) {
	t.Helper()
	out, errs, code := runCmd(t, append([]string{"check", "--format", "json"}, args...)...)
	if code == exitError {
		return nil, errs, code
	}
	var f report.Findings
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("check %v: output is not JSON: %v\n%s", args, err, out)
	}
	return &f, errs, code
}

func TestCheckSeeds(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	out, errs, code := runCmd(t, "check", "--no-config", "seeds/")
	if code != exitFindings {
		t.Fatalf("check seeds/: exit %d, want 1\nstderr: %s\nstdout: %s", code, errs, out)
	}
	f, _, _ := checkJSON(t, "--no-config", "seeds/")
	pair := report.Check{Kind: report.CheckPair, Left: "seeds/" + seedZh, Right: "seeds/" + seedFr,
		LeftFile: "seeds/" + seedZh, RightFile: "seeds/" + seedFr}
	if !slices.Contains(f.Checks, pair) {
		t.Fatalf("checks %+v lack the pair 000-004", f.Checks)
	}
	// Every fact finding of the pair is printed as file:line: severity:
	// message, and names the fact in quotes.
	sides := map[string]bool{}
	for _, x := range f.Findings {
		if x.Left != pair.Left || x.Right != pair.Right || !strings.HasPrefix(x.Rule, "missing-") && !strings.HasPrefix(x.Rule, "changed-") {
			continue
		}
		sides[x.File] = true
		if !regexp.MustCompile(`^\w+ (changed: )?"[^"]+"`).MatchString(x.Message) {
			t.Errorf("finding %q does not name its fact", x.Message)
		}
		line := x.String()
		if !strings.Contains(out, line+"\n") {
			t.Errorf("text output lacks %q", line)
		}
		if x.Line <= 0 {
			t.Errorf("finding %q has no line", line)
		}
	}
	if len(sides) == 0 {
		t.Errorf("no missing or changed fact reported for 000-004:\n%s", out)
	}
	// The embedded seeds give the same findings as the seeds directory.
	out2, _, code2 := runCmd(t, "check", "--no-config")
	if code2 != exitFindings || out2 != out {
		t.Errorf("check (embedded seeds): exit %d, output differs from check seeds/:\n%s", code2, cmp.Diff(out, out2))
	}
}

func TestCheckExitCodes(t *testing.T) {
	seeds := copySeeds(t, seedZh, seedFr)
	cfgDir := t.TempDir()
	lenient := filepath.Join(cfgDir, "lenient.yaml")
	// Every kind of finding a warning at most, and the check fails on errors.
	writeFile(t, lenient, "fail-on: error\nseverity:\n  changed: warning\n  missing: warning\n  unpaired: warning\n")
	bad := filepath.Join(cfgDir, "bad.yaml")
	writeFile(t, bad, "fail-on: error\nseverity:\n  changed.number: error\nfial-on: warning\n")
	badLevel := filepath.Join(cfgDir, "badlevel.yaml")
	writeFile(t, badLevel, "severity:\n  changed.number: fatal\n")
	skipDir := copySeeds(t, seedZh, seedFr)
	writeFile(t, filepath.Join(skipDir, "empty.txt"), "")
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	if _, errs, code := runCmd(t, "check", "--no-config", "--write-baseline", baseline, seeds); code != 0 {
		t.Fatalf("--write-baseline: exit %d: %s", code, errs)
	}

	tests := []struct {
		name    string
		args    []string
		want    int
		wantErr string // in stderr
	}{
		{"findings", []string{"--no-config", seeds}, exitFindings, ""},
		{"only warnings, fail on errors", []string{"--config", lenient, seeds}, exitOK, ""},
		{"baseline", []string{"--no-config", "--baseline", baseline, seeds}, exitOK, ""},
		{"bad flag", []string{"--no-config", "--no-such-flag", seeds}, exitError, "unknown flag"},
		{"bad format", []string{"--no-config", "--format", "xml", seeds}, exitError, `--format: unknown format "xml"`},
		{"bad fail-on", []string{"--no-config", "--fail-on", "fatal", seeds}, exitError, "--fail-on"},
		{"bad severity flag", []string{"--no-config", "--severity", "changed.colour=error", seeds}, exitError, "changed.colour"},
		{"missing path", []string{"--no-config", filepath.Join(seeds, "nope")}, exitError, "nope"},
		{"missing config", []string{"--config", filepath.Join(cfgDir, "nope.yaml"), seeds}, exitError, "nope.yaml"},
		{"unknown config key", []string{"--config", bad, seeds}, exitError, bad + `:4: unknown key "fial-on"`},
		{"bad config level", []string{"--config", badLevel, seeds}, exitError, badLevel + `:2: severity: changed.number: unknown level "fatal"`},
		{"skipped input", []string{"--no-config", skipDir}, exitError, "empty.txt"},
		{"skipped input as warning", []string{"--no-config", "--skipped", "warning", "--fail-on", "error", "--severity", "changed=warning", skipDir}, exitOK, ""},
		{"skipped input ignored by pattern", []string{"--no-config", "--ignore", "empty.*", "--fail-on", "error", "--severity", "changed=warning", skipDir}, exitOK, ""},
		{"missing baseline", []string{"--no-config", "--baseline", filepath.Join(cfgDir, "nope.json"), seeds}, exitError, "nope.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runCmd(t, append([]string{"check"}, tt.args...)...)
			if code != tt.want {
				t.Fatalf("check %v: exit %d, want %d\nstderr: %s", tt.args, code, tt.want, errs)
			}
			if tt.wantErr != "" && !strings.Contains(errs, tt.wantErr) {
				t.Errorf("check %v: stderr %q lacks %q", tt.args, errs, tt.wantErr)
			}
		})
	}
}

func TestCheckSkippedWarning(t *testing.T) {
	dir := copySeeds(t, seedZh, seedFr)
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	f, errs, code := checkJSON(t, "--no-config", "--skipped", "warning", dir)
	if code == exitError {
		t.Fatalf("exit 2: %s", errs)
	}
	var got []string
	for _, x := range f.Findings {
		if x.Rule == "skipped-input" {
			got = append(got, filepath.Base(x.File)+" "+x.Severity)
		}
	}
	if diff := cmp.Diff([]string{"empty.txt warning"}, got); diff != "" {
		t.Errorf("skipped findings mismatch (-want +got):\n%s", diff)
	}
}

func TestCheckConfigLookup(t *testing.T) {
	root := t.TempDir()
	seeds := copySeeds(t, seedZh, seedFr)
	// The file at the root lets everything pass; from a subdirectory two
	// levels down the check must find it.
	writeFile(t, filepath.Join(root, checkConfigName), "fail-on: error\nseverity: {changed: info, missing: info, unaligned: off, unaligned.facts: info}\n")
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(filepath.Join(sub, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)

	f, errs, code := checkJSON(t, seeds)
	if code != exitOK {
		t.Fatalf("exit %d, want 0 with %s found upwards: %s", code, checkConfigName, errs)
	}
	for _, x := range f.Findings {
		if strings.HasPrefix(x.Rule, "unaligned-sentence") || (x.Rule != "unpaired-document" && x.Severity != "info") {
			t.Errorf("finding %s not set by the configuration found upwards", x)
		}
	}
	// --no-config ignores it.
	if _, _, code := runCmd(t, "check", "--no-config", seeds); code != exitFindings {
		t.Errorf("--no-config: exit %d, want 1", code)
	}
	// --print-config names the file it read.
	out, _, code := runCmd(t, "check", "--print-config")
	if code != exitOK || !strings.Contains(out, filepath.Join(root, checkConfigName)) {
		t.Errorf("--print-config: exit %d, output does not name the file found:\n%s", code, out)
	}
}

func TestCheckFlagsOverrideFile(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "check.yaml")
	writeFile(t, cfg, `fail-on: error
severity:
  changed.number: warning
  missing.person: info
  unpaired: off
langs: [fr, zh]
pairing:
  same-threshold: 0.7
  window: 5
paths: [articles/]
ignore: ["drafts/**"]
skipped: warning
`)
	out, errs, code := runCmd(t, "check", "--config", cfg, "--print-config",
		"--fail-on", "info", "--severity", "missing.person=error,unaligned=off", "--langs", "zh,fr",
		"--window", "3", "--ignore", "*.html", "--skipped", "ignore")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got checkConfig
	if err := yaml.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--print-config output is not YAML: %v\n%s", err, out)
	}
	wd, _ := os.Getwd()
	rel, _ := filepath.Rel(wd, filepath.Join(dir, "articles"))
	defaultMargin, err := strconv.ParseFloat(newCheckCmd(nil).Flags().Lookup("margin").DefValue, 64)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"fail-on":                 "info",        // flag
		"severity.changed.number": "warning",     // file
		"severity.missing.person": "error",       // flag over file
		"severity.unaligned":      "off",         // flag
		"severity.unpaired":       "off",         // file
		"severity.changed.date":   "error",       // default
		"langs":                   "zh,fr",       // flag over file
		"same-threshold":          0.7,           // file
		"window":                  3,             // flag over file
		"margin":                  defaultMargin, // default
		"paths":                   rel + "/",     // file, relative to the file
		"ignore":                  "drafts/**,*.html",
		"skipped":                 "ignore",
	}
	gotMap := map[string]any{
		"fail-on":                 got.FailOn,
		"severity.changed.number": got.Severity["changed.number"],
		"severity.missing.person": got.Severity["missing.person"],
		"severity.unaligned":      got.Severity["unaligned"],
		"severity.unpaired":       got.Severity["unpaired"],
		"severity.changed.date":   got.Severity["changed.date"],
		"langs":                   strings.Join(got.Langs, ","),
		"same-threshold":          *got.Pairing.SameThreshold,
		"window":                  *got.Pairing.Window,
		"margin":                  *got.Pairing.Margin,
		"paths":                   strings.Join(got.Paths, ","),
		"ignore":                  strings.Join(got.Ignore, ","),
		"skipped":                 got.Skipped,
	}
	if diff := cmp.Diff(want, gotMap); diff != "" {
		t.Errorf("effective configuration mismatch (-want +got):\n%s", diff)
	}
	// The printed configuration is itself a valid configuration file.
	printed := filepath.Join(dir, "printed.yaml")
	writeFile(t, printed, out)
	if _, err := readCheckConfig(printed); err != nil {
		t.Errorf("--print-config output does not read back: %v", err)
	}
}

func TestCheckBaselineRoundTrip(t *testing.T) {
	dir := copySeeds(t, seedZh, seedFr)
	base := filepath.Join(t.TempDir(), "baseline.json")
	if _, errs, code := runCmd(t, "check", "--no-config", "--write-baseline", base, dir); code != exitOK {
		t.Fatalf("--write-baseline: exit %d: %s", code, errs)
	}
	first, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	// Deterministic: writing again gives the same bytes.
	if _, _, code := runCmd(t, "check", "--no-config", "--write-baseline", base, dir); code != exitOK {
		t.Fatalf("second --write-baseline: exit %d", code)
	}
	if second, _ := os.ReadFile(base); string(second) != string(first) {
		t.Errorf("baseline not deterministic:\n%s", cmp.Diff(string(first), string(second)))
	}
	var b baseline
	if err := json.Unmarshal(first, &b); err != nil || len(b.Findings) == 0 {
		t.Fatalf("baseline %s: %v, %d findings", first, err, len(b.Findings))
	}
	if strings.Contains(string(first), `"line"`) {
		t.Errorf("baseline holds line numbers:\n%s", first)
	}

	f, errs, code := checkJSON(t, "--no-config", "--baseline", base, dir)
	if code != exitOK || len(f.Findings) != 0 || f.Baselined != len(b.Findings) {
		t.Fatalf("with its own baseline: exit %d, %d findings, %d baselined (want 0, 0, %d): %s", code, len(f.Findings), f.Baselined, len(b.Findings), errs)
	}

	// Insert lines at the top of 000: line numbers move, fingerprints stay.
	zh := filepath.Join(dir, seedZh)
	data, _ := os.ReadFile(zh)
	title, body, _ := strings.Cut(string(data), "\n")
	writeFile(t, zh, title+"\n\n\n"+body)
	if f, errs, code := checkJSON(t, "--no-config", "--baseline", base, dir); code != exitOK {
		t.Fatalf("after moving lines: exit %d, findings %v: %s", code, f.Findings, errs)
	}

	// Change a date in 004: only findings about it are new.
	fr := filepath.Join(dir, seedFr)
	data, _ = os.ReadFile(fr)
	changed := strings.Replace(string(data), "reçu le 20 février", "reçu le 21 février", 1)
	if changed == string(data) {
		t.Fatal("seed 004 no longer holds the date this test changes")
	}
	writeFile(t, fr, changed)
	f, errs, code = checkJSON(t, "--no-config", "--baseline", base, dir)
	if code != exitFindings || len(f.Findings) == 0 {
		t.Fatalf("after changing a date: exit %d, %d findings, want 1 and some: %s", code, len(f.Findings), errs)
	}
	for _, x := range f.Findings {
		if !strings.HasSuffix(x.Rule, "-date") && !strings.Contains(x.Message, "21 février") {
			t.Errorf("new finding %s is not about the changed date", x)
		}
	}
}

func TestCheckFormats(t *testing.T) {
	dir := copySeeds(t, seedZh, seedFr, "001_59da1d6b125e0273.txt")
	f, errs, code := checkJSON(t, "--no-config", dir)
	if code != exitFindings {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	pairs, unpaired := 0, 0
	for _, c := range f.Checks {
		switch c.Kind {
		case report.CheckPair:
			pairs++
		case report.CheckUnpaired:
			unpaired++
		}
	}
	if pairs != 1 || unpaired != 1 {
		t.Fatalf("checks %+v: want one pair and one unpaired document", f.Checks)
	}

	t.Run("junit", func(t *testing.T) {
		out, _, code := runCmd(t, "check", "--no-config", "--format", "junit", dir)
		if code != exitFindings {
			t.Fatalf("exit %d", code)
		}
		var suites struct {
			Suites []struct {
				Tests int `xml:"tests,attr"`
				Cases []struct {
					Name    string `xml:"name,attr"`
					Failure *struct {
						Text string `xml:",chardata"`
					} `xml:"failure"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal([]byte(out), &suites); err != nil {
			t.Fatalf("not XML: %v\n%s", err, out)
		}
		if len(suites.Suites) != 1 || len(suites.Suites[0].Cases) != pairs+unpaired || suites.Suites[0].Tests != pairs+unpaired {
			t.Fatalf("want one testsuite with %d testcases, got %+v", pairs+unpaired, suites)
		}
		for _, c := range suites.Suites[0].Cases {
			if c.Failure == nil || !strings.Contains(c.Failure.Text, "warning:") {
				t.Errorf("testcase %q has no failure listing its findings", c.Name)
			}
		}
	})
	t.Run("sarif", func(t *testing.T) {
		out, _, code := runCmd(t, "check", "--no-config", "--format", "sarif", dir)
		if code != exitFindings {
			t.Fatalf("exit %d", code)
		}
		var log struct {
			Version string `json:"version"`
			Runs    []struct {
				Tool struct {
					Driver struct {
						Name  string
						Rules []struct{ ID string }
					}
				}
				Results []struct {
					RuleID    string
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
							Region           struct{ StartLine int }
						}
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "aligner" {
			t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
		}
		rules := map[string]bool{}
		for _, r := range log.Runs[0].Tool.Driver.Rules {
			rules[r.ID] = true
		}
		for _, id := range []string{"changed-number", "missing-person", "unaligned-sentence", "unpaired-document"} {
			if !rules[id] {
				t.Errorf("rule %s missing", id)
			}
		}
		if len(log.Runs[0].Results) != len(f.Findings) {
			t.Fatalf("%d results, want %d", len(log.Runs[0].Results), len(f.Findings))
		}
		for i, r := range log.Runs[0].Results {
			loc := r.Locations[0].PhysicalLocation
			if !rules[r.RuleID] || loc.ArtifactLocation.URI == "" || loc.Region.StartLine != f.Findings[i].Line {
				t.Errorf("result %d: rule %q, location %+v; want the rule and location of %s", i, r.RuleID, loc, f.Findings[i])
			}
		}
	})
	t.Run("github", func(t *testing.T) {
		out, _, code := runCmd(t, "check", "--no-config", "--format", "github", dir)
		if code != exitFindings {
			t.Fatalf("exit %d", code)
		}
		line := regexp.MustCompile(`^::(error|warning|notice) file=[^,:]+(,line=[1-9][0-9]*)?,title=[^,:]+::[^\r\n]+$`)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != len(f.Findings) {
			t.Fatalf("%d lines, want %d", len(lines), len(f.Findings))
		}
		for _, l := range lines {
			if !line.MatchString(l) {
				t.Errorf("malformed workflow command %q", l)
			}
		}
	})
}

func TestCheckConfigPathsAndIgnore(t *testing.T) {
	root := t.TempDir()
	for _, n := range []string{seedZh, seedFr, "001_59da1d6b125e0273.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "seeds", n))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(root, "articles", n), string(data))
	}
	// paths: and ignore: are relative to the configuration file, wherever
	// the check runs from.
	writeFile(t, filepath.Join(root, checkConfigName), "paths: [articles/]\nignore: [\"articles/001_*\"]\n")
	sub := filepath.Join(root, "tools", "ci")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	f, errs, code := checkJSON(t)
	if code == exitError {
		t.Fatalf("exit 2: %s", errs)
	}
	var got []string
	for _, c := range f.Checks {
		got = append(got, c.Kind+" "+filepath.Base(c.Left)+" "+filepath.Base(c.Right))
	}
	want := []string{"pair " + seedZh + " " + seedFr}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checks mismatch (-want +got):\n%s", diff)
	}
	for _, x := range f.Findings {
		if !strings.HasPrefix(x.File, filepath.Join("..", "..", "articles")+string(filepath.Separator)) {
			t.Errorf("finding file %q is not relative to the working directory", x.File)
		}
	}
	// A PATH argument replaces paths:.
	f, _, _ = checkJSON(t, filepath.Join(root, "articles", seedZh))
	if len(f.Checks) != 1 || f.Checks[0].Kind != report.CheckUnpaired {
		t.Errorf("check PATH: checks %+v, want the one unpaired document", f.Checks)
	}
}

func TestGlob(t *testing.T) {
	tests := []struct {
		pattern string
		name    string
		want    bool
	}{
		{"*.html", "news/fr/a.html", true},
		{"*.html", "news/fr/a.txt", false},
		{"drafts/**", "drafts/a/b.txt", true},
		{"drafts/**", "news/drafts/b.txt", false},
		{"**/drafts/*", "news/drafts/b.txt", true},
		{"**/drafts/*", "drafts/b.txt", true},
		{"news/*.txt", "news/a.txt", true},
		{"news/*.txt", "news/zh/a.txt", false},
		{"news", "news/zh/a.txt", true},
		{"drafts", "news/drafts/a.txt", true},
		{"00[0-2]_*", "seeds/001_x.txt", true},
		{"00[!0-2]_*", "seeds/001_x.txt", false},
		{"./seeds/00?_*", "seeds/004_x.txt", true},
	}
	for _, tt := range tests {
		g, err := compileGlob(tt.pattern)
		if err != nil {
			t.Fatalf("compileGlob(%q): %v", tt.pattern, err)
		}
		if got := g.match(tt.name); got != tt.want {
			t.Errorf("glob %q match %q = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
	for _, bad := range []string{"", "[a-", "a/[b"} {
		if _, err := compileGlob(bad); err == nil {
			t.Errorf("compileGlob(%q) accepted a bad pattern", bad)
		}
	}
}

func FuzzParseCheckConfig(f *testing.F) {
	f.Add([]byte("fail-on: error\nseverity:\n  changed.number: error\n  missing: info\nlangs: [zh, fr]\n"))
	f.Add([]byte("pairing: {same-threshold: 0.7, window: 5, one-to-one: true}\npaths: [a/]\nignore: [\"**/x\"]\nskipped: ignore\n"))
	f.Add([]byte("fial-on: x\n"))
	f.Add([]byte("severity: [1, 2]\n"))
	f.Add([]byte("ignore: [\"[\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := parseCheckConfig("fuzz.yaml", data)
		if err != nil {
			var ce *configError
			if !errors.As(err, &ce) || !strings.HasPrefix(err.Error(), "config fuzz.yaml") {
				t.Fatalf("error %v (%T) does not name the file", err, err)
			}
			return
		}
		// A configuration that parses validates and prints back to itself.
		if err := cfg.validate(nil); err != nil {
			t.Fatalf("parsed configuration does not validate: %v", err)
		}
		out, err := yaml.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := parseCheckConfig("fuzz.yaml", out); err != nil {
			t.Fatalf("printed configuration does not parse: %v\n%s", err, out)
		}
	})
}

// BenchmarkCheckDev runs the whole gate (load, pair, align, compare,
// render) over the dev corpus.
func BenchmarkCheckDev(b *testing.B) {
	dev := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dev); err != nil {
		b.Skip("dev corpus absent")
	}
	for b.Loop() {
		var out, errb strings.Builder
		if code := run([]string{"check", "--no-config", "--format", "json", dev}, strings.NewReader(""), &out, &errb); code == exitError {
			b.Fatalf("exit 2: %s", errb.String())
		}
	}
}

func TestCheckFlagParsing(t *testing.T) {
	var got *checkOptions
	cmd := newCheckCmd(func(o *checkOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--format", "sarif", "--severity", "changed.number=error", "--severity", "unaligned=off",
		"--ignore", "a/**", "--ignore", "*.html", "--baseline", "b.json", "--fail-on", "error", "x/", "y.txt"})
	cmd.SetOut(&strings.Builder{})
	cmd.SetErr(&strings.Builder{})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	type view struct {
		Paths, Severity, Ignore []string
		Format, Baseline        string
		FailOn                  string
		FailOnSet, LangsSet     bool
	}
	want := view{Paths: []string{"x/", "y.txt"}, Severity: []string{"changed.number=error", "unaligned=off"},
		Ignore: []string{"a/**", "*.html"}, Format: "sarif", Baseline: "b.json", FailOn: "error", FailOnSet: true}
	gotView := view{Paths: got.Paths, Severity: got.Severity, Ignore: got.Ignore, Format: got.Format, Baseline: got.Baseline,
		FailOn: got.FailOn, FailOnSet: got.changed("fail-on"), LangsSet: got.changed("langs")}
	if diff := cmp.Diff(want, gotView); diff != "" {
		t.Errorf("options mismatch (-want +got):\n%s", diff)
	}
}

func FuzzGlob(f *testing.F) {
	for _, s := range []string{"*.html", "drafts/**", "**/x/*", "00[!0-2]_?", "a\\*b", "[]a]", "./a/"} {
		f.Add(s, "news/drafts/a.html")
	}
	f.Fuzz(func(t *testing.T, pattern, name string) {
		g, err := compileGlob(pattern)
		if err != nil {
			return
		}
		g.match(name)
		// A pattern without wildcards or classes matches itself.
		if !strings.ContainsAny(pattern, "*?[\\") && strings.Trim(pattern, "./") != "" && !strings.Contains(pattern, "//") &&
			!strings.HasPrefix(pattern, "/") && !strings.Contains(pattern, "/./") && !strings.Contains(pattern, "/../") &&
			!g.match(pattern) {
			t.Errorf("glob %q does not match itself", pattern)
		}
	})
}
