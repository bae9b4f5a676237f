package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runDiffCmd(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"diff"}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// diffPair writes a presplit zh–fr pair in which the French version
// changed a number and left out a sentence.
func diffPair(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	zh := "越南政府办公厅主任梅进勇2月20日会见了俄罗斯代表团。\n越南对俄出口额达1.17亿美元。\n双方签署了合作备忘录。\n"
	fr := "Mai Tien Dung a reçu le 20 février la délégation russe.\nLes exportations vers la Russie ont atteint 11,7 millions de dollars.\n"
	l, r := filepath.Join(dir, "zh.txt"), filepath.Join(dir, "fr.txt")
	for p, s := range map[string]string{l: zh, r: fr} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return l, r
}

func TestDiffText(t *testing.T) {
	l, r := diffPair(t)
	out, errs, code := runDiffCmd(t, "--presplit", l, r)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (a changed number is an error); stderr %s\n%s", code, exitFindings, errs, out)
	}
	want := []string{
		l + `:2: error: changed number: "1.17亿美元" (117000000) vs "11,7 millions de dollars" (11700000) at right line 2`,
		l + `:3: info: sentence without counterpart in right: "双方签署了合作备忘录。"`,
	}
	for _, w := range want {
		if !strings.Contains(out, w+"\n") {
			t.Errorf("output lacks the finding\n%s\nfull output:\n%s", w, out)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[2:] {
		if !strings.HasPrefix(line, l+":") && !strings.HasPrefix(line, r+":") && !strings.HasPrefix(line, "matched ") {
			t.Errorf("line %q is neither a file:line finding nor the summary", line)
		}
	}

	// The same finding as a warning does not fail the run.
	out, errs, code = runDiffCmd(t, "--presplit", "--severity", "changed.number=warning", l, r)
	if code != exitOK {
		t.Fatalf("exit %d with changed.number=warning, want 0; stderr %s\n%s", code, errs, out)
	}
	if !strings.Contains(out, "warning: changed number") {
		t.Errorf("output lacks the changed number as a warning:\n%s", out)
	}
}

func TestDiffJSONSeeds(t *testing.T) {
	l := filepath.Join("..", "..", "seeds", "000_f996f5f846c92957.txt")
	r := filepath.Join("..", "..", "seeds", "004_918320b94566cfc1.txt")
	out, errs, code := runDiffCmd(t, "--format", "json", l, r)
	if code != exitOK && code != exitFindings {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v struct {
		Left, Right string
		Facts       []struct {
			Kind, Status, Severity string
			Left, Right            *struct {
				Text, Value string
				Sentence    *int
			}
		}
		Unaligned []struct {
			Side     string
			Sentence *int
			Facts    []json.RawMessage
		}
		Summary struct {
			Matched      *int
			MissingLeft  *int `json:"missing_left"`
			MissingRight *int `json:"missing_right"`
			Changed      *int
			Unaligned    *int
			BySeverity   map[string]int `json:"by_severity"`
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if !strings.HasSuffix(v.Left, "000_f996f5f846c92957.txt") || !strings.HasSuffix(v.Right, "004_918320b94566cfc1.txt") {
		t.Errorf("left, right = %q, %q; want the document ids", v.Left, v.Right)
	}
	s := v.Summary
	if s.Matched == nil || s.MissingLeft == nil || s.MissingRight == nil || s.Changed == nil || s.Unaligned == nil || s.BySeverity == nil {
		t.Fatalf("summary lacks a count:\n%s", out)
	}
	// Both versions give the date of the meeting (2月20日, le 20 février).
	matchedDate := false
	counts := map[string]int{}
	for _, f := range v.Facts {
		counts[f.Status]++
		switch f.Status {
		case "matched", "changed":
			if f.Left == nil || f.Right == nil || f.Left.Sentence == nil || f.Right.Sentence == nil {
				t.Errorf("%s fact without both sides: %+v", f.Status, f)
			}
		case "missing-right":
			if f.Left == nil || f.Right != nil || f.Severity == "" {
				t.Errorf("missing-right fact: %+v", f)
			}
		case "missing-left":
			if f.Left != nil || f.Right == nil || f.Severity == "" {
				t.Errorf("missing-left fact: %+v", f)
			}
		default:
			t.Errorf("unknown status %q", f.Status)
		}
		if f.Status == "matched" && f.Kind == "date" && strings.HasSuffix(f.Left.Value, "-02-20") && strings.HasSuffix(f.Right.Value, "-02-20") {
			matchedDate = true
		}
	}
	if !matchedDate {
		t.Errorf("the date 2月20日 = 20 février is not matched:\n%s", out)
	}
	if counts["matched"] != *s.Matched || counts["changed"] != *s.Changed || counts["missing-left"] != *s.MissingLeft ||
		counts["missing-right"] != *s.MissingRight || len(v.Unaligned) != *s.Unaligned {
		t.Errorf("summary %+v does not count the findings %v", s, counts)
	}
	for _, u := range v.Unaligned {
		if (u.Side != "left" && u.Side != "right") || u.Sentence == nil || u.Facts == nil {
			t.Errorf("unaligned entry %+v", u)
		}
	}
	if (s.BySeverity["error"] > 0) != (code == exitFindings) {
		t.Errorf("exit %d with %d error findings", code, s.BySeverity["error"])
	}
}

func TestDiffUsage(t *testing.T) {
	l, r := diffPair(t)
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"one file", []string{l}, "two files"},
		{"unknown format", []string{"--format", "xml", l, r}, "--format"},
		{"bad severity", []string{"--severity", "changed.colour=error", l, r}, "changed.colour"},
		{"missing file", []string{l, filepath.Join(t.TempDir(), "nope.txt")}, "nope.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runDiffCmd(t, tt.args...)
			if code != exitError {
				t.Fatalf("exit %d, want %d; stdout %s", code, exitError, out)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q lacks %q", errs, tt.want)
			}
		})
	}
}
