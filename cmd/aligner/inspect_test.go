package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runInspectArgs(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"inspect"}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// inspectJSON is the documented JSON contract of aligner inspect.
type inspectJSON struct {
	Documents []struct {
		ID        string   `json:"id"`
		Lang      string   `json:"lang"`
		Title     string   `json:"title"`
		Sentences []string `json:"sentences"`
		Lines     []int    `json:"lines"`
		Removed   []struct {
			Line   int    `json:"line"`
			Reason string `json:"reason"`
			Text   string `json:"text"`
		} `json:"removed"`
	} `json:"documents"`
	Skipped []struct {
		ID     string `json:"id"`
		Reason string `json:"reason"`
	} `json:"skipped"`
}

func TestInspectJSONSeeds(t *testing.T) {
	out, errs, code := runInspectArgs(t, "--format", "json", "--show-removed")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v inspectJSON
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if !strings.Contains(out, `"skipped": []`) {
		t.Errorf(`"skipped" is not an empty list`)
	}
	var ids, langs []string
	for _, d := range v.Documents {
		ids = append(ids, d.ID)
		langs = append(langs, d.Lang)
		if d.Title == "" || len(d.Sentences) < 5 || len(d.Lines) != len(d.Sentences) || len(d.Removed) == 0 {
			t.Errorf("%s: title %q, %d sentences, %d lines, %d removed", d.ID, d.Title, len(d.Sentences), len(d.Lines), len(d.Removed))
		}
	}
	wantIDs := []string{"seeds/000_f996f5f846c92957.txt", "seeds/001_59da1d6b125e0273.txt", "seeds/002_4f8aef830649d4df.txt", "seeds/003_68dd66d7231c2937.txt", "seeds/004_918320b94566cfc1.txt"}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("ids mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"zh", "zh", "zh", "fr", "fr"}, langs); diff != "" {
		t.Errorf("langs mismatch (-want +got):\n%s", diff)
	}

	// Deterministic, and --show-removed only adds.
	again, _, _ := runInspectArgs(t, "--format", "json", "--show-removed")
	if again != out {
		t.Error("two runs gave different output")
	}
	plain, _, _ := runInspectArgs(t, "--format", "json")
	if strings.Contains(plain, `"removed"`) {
		t.Error(`"removed" shown without --show-removed`)
	}
}

func TestInspectInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"fr.txt":    "Le Vietnam et la France\n\nLe Premier ministre a reçu une délégation française. Les deux pays ont signé un accord.\n",
		"empty.txt": "",
		"vi.txt":    "Việt Nam và Pháp\n\nThủ tướng Chính phủ đã tiếp đoàn đại biểu của Pháp. Hai nước nhất trí tăng cường hợp tác kinh tế.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := runInspectArgs(t, "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v inspectJSON
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	slash := filepath.ToSlash(dir)
	if len(v.Documents) != 1 || v.Documents[0].ID != slash+"/fr.txt" || v.Documents[0].Lang != "fr" {
		t.Errorf("documents = %+v", v.Documents)
	}
	var skipped []string
	for _, s := range v.Skipped {
		skipped = append(skipped, strings.TrimPrefix(s.ID, slash+"/")+": "+s.Reason)
	}
	if diff := cmp.Diff([]string{"empty.txt: empty file", "vi.txt: language: vi"}, skipped); diff != "" {
		t.Errorf("skipped mismatch (-want +got):\n%s", diff)
	}

	text, _, code := runInspectArgs(t, dir)
	if code != 0 || !strings.Contains(text, "title: Le Vietnam et la France") || !strings.Contains(text, "vi.txt: language: vi") {
		t.Errorf("text output (exit %d):\n%s", code, text)
	}
}

func TestInspectErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"missing path", []string{missing}, "missing.txt"},
		{"bad format", []string{"--format", "xml"}, "--format"},
		{"bad encoding", []string{"--encoding", "latin1"}, "--encoding"},
		{"bad flag", []string{"--nope"}, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runInspectArgs(t, tt.args...)
			if code != exitError {
				t.Errorf("exit %d, want %d", code, exitError)
			}
			if out != "" || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("stdout %q, stderr %q (want it to mention %q)", out, errs, tt.wantErr)
			}
		})
	}
}

func TestInspectFlags(t *testing.T) {
	var got *inspectOptions
	cmd := newInspectCmd(func(o *inspectOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--format", "json", "--show-removed", "--encoding", "gb18030", "--max-size", "100", "a", "b"})
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := inspectOptions{Paths: []string{"a", "b"}, Format: "json", ShowRemoved: true, Encoding: "gb18030", MaxSize: 100}
	got.Out = nil
	if diff := cmp.Diff(want, *got); diff != "" {
		t.Errorf("options mismatch (-want +got):\n%s", diff)
	}
}
