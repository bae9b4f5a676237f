package main

import (
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The package layout is a statement of policy (see STYLE.md): data flows
// cmd/aligner → corpus → extract → similarity → align → report, and imports
// point only backwards along that flow; lexicon and seeds are leaves that
// import nothing of ours. Each third-party library stays in the packages
// that own it.
const module = "github.com/aligner/aligner"

// flow lists the packages in data-flow order: each may import the leaves
// and the packages before it, never one after it. cmd/aligner drives them
// all and may import every package; nothing imports it.
var flow = []string{"corpus", "extract", "similarity", "align", "report"}

var leaves = map[string]bool{"lexicon": true, "seeds": true}

// thirdParty maps an import path prefix to the packages allowed to import
// it directly ("" = none outside tests).
var thirdParty = map[string][]string{
	"github.com/spf13/cobra":   {"cmd/aligner"},
	"github.com/spf13/pflag":   {"cmd/aligner"},
	"gonum.org/v1/gonum":       {"similarity", "align"},
	"github.com/sergi/go-diff": {"align", "report"},
	"github.com/google/go-cmp": {},
}

// allowed reports whether our package from may import our package to.
func allowed(from, to string) bool {
	if to == "cmd/aligner" || strings.HasPrefix(to, "cmd/") {
		return false
	}
	if from == "cmd/aligner" || strings.HasPrefix(from, "cmd/") {
		return true
	}
	if leaves[from] {
		return false
	}
	if leaves[to] {
		return true
	}
	fi, ti := index(from), index(to)
	if fi < 0 || ti < 0 {
		return true // a package outside the policy: only the cmd rule applies
	}
	return ti < fi
}

func index(p string) int {
	for i, f := range flow {
		if f == p {
			return i
		}
	}
	return -1
}

// top returns our package's path relative to the module, with subpackages
// folded into their top package ("lexicon/internal/x" → "lexicon").
func top(p string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
	if strings.HasPrefix(rel, "cmd/") {
		parts := strings.SplitN(rel, "/", 3)
		return strings.Join(parts[:min(2, len(parts))], "/")
	}
	first, _, _ := strings.Cut(rel, "/")
	return first
}

func TestDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-e", "-deps", "-f", "{{.ImportPath}}\t{{join .Imports \" \"}}", "./...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var bad []string
	ours := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, "\t")
		if pkg != module && !strings.HasPrefix(pkg, module+"/") {
			continue
		}
		from := top(pkg)
		ours[from] = true
		for _, imp := range strings.Fields(imports) {
			if imp == module || strings.HasPrefix(imp, module+"/") {
				if to := top(imp); to != from && !allowed(from, to) {
					bad = append(bad, pkg+" imports "+imp+": against the package flow")
				}
				continue
			}
			for prefix, owners := range thirdParty {
				if imp != prefix && !strings.HasPrefix(imp, prefix+"/") {
					continue
				}
				ok := false
				for _, o := range owners {
					ok = ok || o == from
				}
				if !ok {
					bad = append(bad, pkg+" imports "+imp+": allowed only in "+strings.Join(owners, ", ")+" (or tests)")
				}
			}
		}
	}
	for _, p := range []string{"cmd/aligner", "corpus", "seeds"} {
		if !ours[p] {
			t.Errorf("go list did not report package %s", p)
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
}

func TestDependencyPolicy(t *testing.T) {
	tests := []struct {
		from, to string
		want     bool
	}{
		{"extract", "corpus", true},
		{"corpus", "extract", false},
		{"report", "align", true},
		{"align", "report", false},
		{"similarity", "lexicon", true},
		{"lexicon", "corpus", false},
		{"seeds", "lexicon", false},
		{"corpus", "seeds", true},
		{"cmd/aligner", "report", true},
		{"report", "cmd/aligner", false},
	}
	for _, tt := range tests {
		if got := allowed(tt.from, tt.to); got != tt.want {
			t.Errorf("allowed(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}
