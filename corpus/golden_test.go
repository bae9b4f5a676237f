package corpus

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aligner/aligner/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// render shows a document the way the golden files hold it.
func render(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\nlang: %s %s\ntitle: %s (line %d)\ndate: %s\n\n", d.ID, d.LangCode(), d.Script, d.Title, d.TitleLine, d.Date)
	for i, s := range d.Sentences {
		fmt.Fprintf(&b, "%d p%d L%d %s\n", i, s.Para, s.Line, s.Text)
	}
	b.WriteString("\nremoved:\n")
	for _, r := range d.Removed {
		fmt.Fprintf(&b, "L%d %s: %s\n", r.Line, r.Reason, r.Text)
	}
	b.WriteString("\nrepaired:\n")
	for _, r := range d.Repairs {
		fmt.Fprintf(&b, "L%d %s -> %s\n", r.Line, r.Old, r.New)
	}
	return b.String()
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", file, diff)
	}
}

// TestGoldenClean checks the cleaning and splitting of each seed article.
func TestGoldenClean(t *testing.T) {
	docs, skips, err := Load(nil, Options{})
	if err != nil || len(skips) > 0 {
		t.Fatalf("Load(seeds) = skips %v, err %v", skips, err)
	}
	for _, d := range docs {
		t.Run(path.Base(d.ID), func(t *testing.T) {
			golden(t, "clean/"+strings.TrimSuffix(path.Base(d.ID), ".txt")+".golden", render(d))
		})
	}
}

// TestGoldenSplit checks the splitter alone on every line of the raw seeds.
func TestGoldenSplit(t *testing.T) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				t.Fatal(err)
			}
			lang, _ := Detect(string(data))
			var b bytes.Buffer
			for i, l := range strings.Split(string(data), "\n") {
				l = normalize(l)
				if l == "" {
					continue
				}
				checkSplit(t, lang, l)
				fmt.Fprintf(&b, "L%d\n", i+1)
				for _, s := range Split(lang, l) {
					fmt.Fprintf(&b, "  | %s\n", s)
				}
			}
			golden(t, "split/"+strings.TrimSuffix(name, ".txt")+".golden", b.String())
		})
	}
}
