package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	out, errs, code := runCmd(t, "report", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, filepath.Join(dir, "index.html")) {
		t.Errorf("stdout %q does not name the index", out)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var pages int
	seen := map[string]bool{}
	for _, e := range entries {
		seen[e.Name()] = true
		if strings.HasPrefix(e.Name(), "pair-") && strings.HasSuffix(e.Name(), ".html") {
			pages++
		}
	}
	if !seen["index.html"] || !seen["report.json"] {
		t.Errorf("site lacks index.html or report.json: %v", seen)
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"000_f996f5f846c92957", "001_59da1d6b125e0273", "002_4f8aef830649d4df", "003_68dd66d7231c2937", "004_918320b94566cfc1"} {
		if !strings.Contains(string(index), id) {
			t.Errorf("index does not list seed %s", id)
		}
	}
	if got := strings.Count(string(index), `<tr class="finding row-`); got != pages {
		t.Errorf("index lists %d pairs, %d pages written", got, pages)
	}
}

func TestReportUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no output directory", []string{"report"}},
		{"missing input", []string{"report", "-o", t.TempDir(), filepath.Join(t.TempDir(), "nope")}},
		{"bad langs", []string{"report", "-o", t.TempDir(), "--langs", "zh"}},
		{"bad severity", []string{"report", "-o", t.TempDir(), "--severity", "nonsense=error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, errs, code := runCmd(t, tt.args...); code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, errs)
			}
		})
	}
}
