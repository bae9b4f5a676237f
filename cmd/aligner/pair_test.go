package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runAligner(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

type pairJSON struct {
	Documents []struct{ ID, Lang, Title string } `json:"documents"`
	Pairs     []struct {
		Left, Right, Relation string
		Score                 float64
		Evidence              map[string]any
	} `json:"pairs"`
	Unpaired []string                      `json:"unpaired"`
	Skipped  []struct{ ID, Reason string } `json:"skipped"`
}

// Every input document ends up paired, unpaired or skipped, and the seeds
// have exactly one same pair: 000 and 004.
func TestPairJSONSeeds(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_f996f5f846c92957.txt", "003_68dd66d7231c2937.txt", "004_918320b94566cfc1.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// An English article is outside --langs zh,fr and an empty file is
	// unreadable: both must be accounted for as skipped.
	os.WriteFile(filepath.Join(dir, "en.txt"), []byte("Vietnam and Russia\n\nThe two countries signed an agreement on Monday in Hanoi. It covers e-government and cybersecurity.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)

	for _, args := range [][]string{{"pair", "--format", "json"}, {"pair", "--format", "json", dir}} {
		out, stderr, code := runAligner(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", args, code, stderr)
		}
		var got pairJSON
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		var same []string
		seen := map[string]bool{}
		for _, p := range got.Pairs {
			seen[p.Left], seen[p.Right] = true, true
			if p.Relation != "same" && p.Relation != "related" {
				t.Errorf("relation %q", p.Relation)
			}
			if p.Relation == "same" {
				same = append(same, filepath.Base(p.Left)[:3]+"-"+filepath.Base(p.Right)[:3])
			}
			if _, ok := p.Evidence["cosine"]; !ok {
				t.Errorf("pair %s %s has no cosine in its evidence", p.Left, p.Right)
			}
		}
		if diff := cmp.Diff([]string{"000-004"}, same); diff != "" {
			t.Errorf("%v: same pairs mismatch (-want +got):\n%s", args, diff)
		}
		for _, id := range got.Unpaired {
			seen[id] = true
		}
		var docs []string
		for _, d := range got.Documents {
			docs = append(docs, d.ID)
			if !seen[d.ID] {
				t.Errorf("%v: document %s is neither paired nor unpaired", args, d.ID)
			}
		}
		if len(args) == 4 {
			var skipped []string
			for _, s := range got.Skipped {
				skipped = append(skipped, filepath.Base(s.ID))
				if s.Reason == "" {
					t.Errorf("skip %s has no reason", s.ID)
				}
			}
			sort.Strings(skipped)
			if diff := cmp.Diff([]string{"empty.txt", "en.txt"}, skipped); diff != "" {
				t.Errorf("skipped mismatch (-want +got):\n%s", diff)
			}
			if len(docs) != 3 {
				t.Errorf("documents = %v, want the three zh/fr seeds", docs)
			}
		}
	}
}

func TestPairFormats(t *testing.T) {
	out, _, code := runAligner(t, "pair", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 2 || recs[0][0] != "left" || recs[0][2] != "relation" {
		t.Errorf("csv header/rows: %q", recs)
	}
	out, _, _ = runAligner(t, "pair", "--format", "tsv")
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := strings.Count(line, "\t"); n != len(recs[0])-1 {
			t.Errorf("tsv line %d has %d tabs, want %d", i+1, n, len(recs[0])-1)
		}
	}
	out, _, _ = runAligner(t, "pair")
	if !strings.Contains(out, "same") || !strings.Contains(out, "004_918320b94566cfc1.txt") {
		t.Errorf("text output lacks the same pair:\n%s", out)
	}
	// Same input, byte-identical output.
	again, _, _ := runAligner(t, "pair")
	if again != out {
		t.Error("two runs on the same input differ")
	}
}

func TestPairUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"pair", "--format", "yaml"},
		{"pair", "--langs", "zh"},
		{"pair", "--langs", "zh,vi"},
		{"pair", "no/such/path"},
		{"pair", "--no-such-flag"},
		{"eval", "some/path"},
	} {
		_, stderr, code := runAligner(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if stderr == "" {
			t.Errorf("%v: no message on stderr", args)
		}
	}
}

func TestEvalSeeds(t *testing.T) {
	out, stderr, code := runAligner(t, "eval", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var sc struct {
		Same          struct{ F1 float64 }
		RelatedAsSame int `json:"related_as_same"`
	}
	if err := json.Unmarshal([]byte(out), &sc); err != nil {
		t.Fatal(err)
	}
	if sc.Same.F1 != 1 || sc.RelatedAsSame != 0 {
		t.Errorf("eval on the seeds: same F1 %.3f, related as same %d; want 1 and 0\n%s", sc.Same.F1, sc.RelatedAsSame, out)
	}
}

func TestInspectFacts(t *testing.T) {
	out, stderr, code := runAligner(t, "inspect", "--facts", "--format", "json", "../../seeds/000_f996f5f846c92957.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Documents []struct {
			Sentences []string
			Facts     []struct {
				Kind, Text, Value, Unit string
				Sentence, Start, End    int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != 1 {
		t.Fatalf("%d documents, want 1", len(got.Documents))
	}
	d := got.Documents[0]
	have := map[string]bool{}
	for _, f := range d.Facts {
		have[f.Kind+" "+f.Value] = true
		if s := d.Sentences[f.Sentence]; f.Start < 0 || f.End > len(s) || s[f.Start:f.End] != f.Text {
			t.Errorf("fact %+v: span does not give its text in sentence %q", f, s)
		}
	}
	for _, want := range []string{"date --02-20", "person mai tien dung", "person mikhail mamonov"} {
		if !have[want] {
			t.Errorf("facts lack %q; have %v", want, have)
		}
	}
	// Without --facts, no facts field.
	out, _, _ = runAligner(t, "inspect", "--format", "json", "../../seeds/000_f996f5f846c92957.txt")
	if strings.Contains(out, `"facts"`) {
		t.Error("facts shown without --facts")
	}
}

func TestDiffHTML(t *testing.T) {
	out, stderr, code := runAligner(t, "diff", "--format", "html", "../../seeds/000_f996f5f846c92957.txt", "../../seeds/004_918320b94566cfc1.txt")
	if code != 0 && code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"<!DOCTYPE html>", "Content-Security-Policy", `lang="zh-Hans"`, `lang="fr"`, "梅进勇", "Mai Tien Dung"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff --format html lacks %q", want)
		}
	}
}
