package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// presplitPair writes a small zh–fr pair, one sentence per line.
func presplitPair(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	// Each pair of sentences shares anchors (dates, numbers, names) the
	// others lack, so the expected beads do not hang on fine lexicon
	// details.
	zh := "越南政府办公厅主任梅进勇2月20日会见了俄罗斯代表团。\n越南已有63个省市开通电子政务。\n俄方将于2020年协助越南培训500名网络安全专家。\n"
	fr := "Mai Tien Dung a reçu le 20 février la délégation russe.\nLe Vietnam compte 63 provinces et villes reliées à l'e-gouvernement.\nPhoto : VNA\nLa Russie formera 500 experts vietnamiens en cybersécurité en 2020.\n"
	l, r := filepath.Join(dir, "zh.txt"), filepath.Join(dir, "fr.txt")
	if err := os.WriteFile(l, []byte(zh), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(r, []byte(fr), 0o644); err != nil {
		t.Fatal(err)
	}
	return l, r
}

func runCmd(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestAlignFormats(t *testing.T) {
	l, r := presplitPair(t)
	wantBeads := "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n"
	t.Run("beads", func(t *testing.T) {
		out, errs, code := runCmd(t, "align", "--presplit", "--format", "beads", l, r)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if diff := cmp.Diff(wantBeads, out); diff != "" {
			t.Errorf("beads mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("json", func(t *testing.T) {
		out, errs, code := runCmd(t, "align", "--presplit", "--format", "json", l, r)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var v struct {
			Left, Right    string
			LeftSentences  []string `json:"left_sentences"`
			RightSentences []string `json:"right_sentences"`
			Beads          []struct {
				Left, Right []int
				Score       float64
			}
		}
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatal(err)
		}
		if len(v.LeftSentences) != 3 || len(v.RightSentences) != 4 || len(v.Beads) != 4 || v.Left != l {
			t.Errorf("json: %d/%d sentences, %d beads, left %q", len(v.LeftSentences), len(v.RightSentences), len(v.Beads), v.Left)
		}
		if v.Beads[0].Score <= 0 || v.Beads[2].Score != 0 {
			t.Errorf("scores %v", v.Beads)
		}
	})
	t.Run("tsv", func(t *testing.T) {
		out, _, code := runCmd(t, "align", "--presplit", "--format", "tsv", l, r)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if code != 0 || len(lines) != 4 {
			t.Fatalf("exit %d, %d lines:\n%s", code, len(lines), out)
		}
		for _, line := range lines {
			if n := strings.Count(line, "\t"); n != 2 {
				t.Errorf("line %q has %d tabs, want 2", line, n)
			}
		}
		if !strings.HasPrefix(lines[2], "\tPhoto : VNA\t") {
			t.Errorf("third line %q, want the unaligned photo credit", lines[2])
		}
	})
	t.Run("tmx", func(t *testing.T) {
		out, _, code := runCmd(t, "align", "--presplit", "--format", "tmx", l, r)
		var doc struct {
			Header struct {
				SrcLang string `xml:"srclang,attr"`
			} `xml:"header"`
			TUs []struct{} `xml:"body>tu"`
		}
		if err := xml.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
			t.Fatalf("exit %d, %v", code, err)
		}
		if doc.Header.SrcLang != "zh" || len(doc.TUs) != 3 {
			t.Errorf("srclang %q, %d tu; want zh, 3", doc.Header.SrcLang, len(doc.TUs))
		}
	})
	t.Run("ladder", func(t *testing.T) {
		out, _, code := runCmd(t, "align", "--presplit", "--format", "ladder", l, r)
		var rungs []string
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			f := strings.Split(line, "\t")
			rungs = append(rungs, f[0]+","+f[1])
		}
		want := []string{"0,0", "1,1", "2,2", "2,3", "3,4"}
		if diff := cmp.Diff(want, rungs); code != 0 || diff != "" {
			t.Errorf("exit %d, rungs mismatch (-want +got):\n%s", code, diff)
		}
	})
	t.Run("text", func(t *testing.T) {
		out, _, code := runCmd(t, "align", "--presplit", l, r)
		if code != 0 || !strings.Contains(out, "0-1 []:[2]") || !strings.Contains(out, "  > Photo : VNA") {
			t.Errorf("exit %d, text output:\n%s", code, out)
		}
	})
}

func TestAlignErrors(t *testing.T) {
	l, r := presplitPair(t)
	tests := []struct {
		name string
		args []string
	}{
		{"one file", []string{"align", l}},
		{"bad format", []string{"align", "--format", "xml", l, r}},
		{"missing file", []string{"align", l, filepath.Join(t.TempDir(), "none.txt")}},
		{"missing presplit file", []string{"align", "--presplit", l, filepath.Join(t.TempDir(), "none.txt")}},
		{"eval without test", []string{"eval-align", "--gold", l}},
		{"eval bad file", []string{"eval-align", "--gold", l, "--test", l}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runCmd(t, tt.args...)
			if code != 2 || errs == "" {
				t.Errorf("exit %d, stderr %q; want 2 and a message", code, errs)
			}
		})
	}
}

func TestEvalAlignChain(t *testing.T) {
	l, r := presplitPair(t)
	dir := t.TempDir()
	test := filepath.Join(dir, "test.beads")
	out, _, _ := runCmd(t, "align", "--presplit", "--format", "beads", l, r)
	if err := os.WriteFile(test, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.beads")
	// Gold merges the first two sentences: one strict miss, lax hits.
	if err := os.WriteFile(gold, []byte("[0,1]:[0,1]\n[]:[2]\n[2]:[3]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, errs, code := runCmd(t, "eval-align", "--gold", gold, "--test", test)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "gold 3 beads, test 4 beads\n" +
		"strict precision 0.5000 recall 0.5000 F1 0.5000\n" +
		"lax    precision 1.0000 recall 1.0000 F1 1.0000\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("eval-align mismatch (-want +got):\n%s", diff)
	}
}
