package lexicon

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

type goldName struct {
	zh, latin, typ, entity, zhFile, frFile string
}

func readGoldNames(t *testing.T) []goldName {
	f, err := os.Open("testdata/names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldName
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("testdata/names.tsv:%d: %d columns, want 6", n, len(c))
		}
		out = append(out, goldName{c[0], c[1], c[2], c[3], c[4], c[5]})
	}
	return out
}

// capitalisedSpans returns the candidate names of a French text: every run
// of one to four adjacent capitalised words on one line (no punctuation
// between them), and each of its sub-runs.
func capitalisedSpans(fr string) []string {
	toks := Tokenize(language.French, fr)
	seen := map[string]bool{}
	var out []string
	for i := range toks {
		for n := 1; n <= 4 && i+n <= len(toks); n++ {
			last := toks[i+n-1]
			r := []rune(last.Text)
			if last.Kind != Word || !unicode.IsUpper(r[0]) {
				break
			}
			if n > 1 && strings.TrimLeft(fr[toks[i+n-2].End:last.Start], " ") != "" {
				break
			}
			s := fr[toks[i].Start:last.End]
			if n == 1 && Stopword(language.French, s) {
				continue
			}
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// sameName reports whether the chosen span names what gold names: equal
// once folded, or one contained in the other as whole words.
func sameName(chosen, gold string) bool {
	a, b := Fold(latinJoin(chosen)), Fold(latinJoin(gold))
	return a == b || containsWords(a, b) || containsWords(b, a)
}

func latinJoin(s string) string { return strings.Join(latinTokens(s), " ") }

// TestDevNames ranks, for each Chinese name of testdata/names.tsv, the
// capitalised names of the paired French article by Match and checks the
// best one is the spelling the article uses. It reports Match without our
// hand-made glossary and generated gazetteer (Hán-Việt readings, ENAMDICT,
// CC-CEDICT proper nouns, phonetic rules), since the glossary lists many
// names of the dev corpus, and the full Match.
func TestDevNames(t *testing.T) {
	dir := devDir(t)
	names := readGoldNames(t)
	type tally struct{ ok, n int }
	rules := map[string]*tally{}
	full := map[string]*tally{}
	for _, g := range names {
		b, err := os.ReadFile(filepath.Join(dir, "docs", g.frFile))
		if err != nil {
			t.Fatal(err)
		}
		spans := capitalisedSpans(string(b))
		for _, mode := range []struct {
			m           map[string]*tally
			useGlossary bool
		}{{rules, false}, {full, true}} {
			best, bestScore := "", 0.0
			for _, s := range spans {
				if v := match(g.zh, s, mode.useGlossary); v > bestScore {
					best, bestScore = s, v
				}
			}
			k := g.typ + "/" + g.entity
			if mode.m[k] == nil {
				mode.m[k] = &tally{}
			}
			mode.m[k].n++
			if sameName(best, g.latin) {
				mode.m[k].ok++
			} else {
				t.Logf("glossary=%v %s %s: best %q (%.2f), want %q (%.2f)", mode.useGlossary, g.frFile, g.zh, best, bestScore, g.latin, match(g.zh, g.latin, mode.useGlossary))
			}
		}
	}
	// False positives at the 0.6 threshold other packages use: wrong
	// capitalised names of the article scoring >= 0.6.
	var wrongHigh, wrongN int
	for _, g := range names {
		b, _ := os.ReadFile(filepath.Join(dir, "docs", g.frFile))
		for _, s := range capitalisedSpans(string(b)) {
			if sameName(s, g.latin) {
				continue
			}
			wrongN++
			if v := Match(g.zh, s); v >= 0.6 {
				wrongHigh++
				t.Logf("false positive: Match(%q, %q) = %.2f", g.zh, s, v)
			}
		}
	}
	t.Logf("wrong candidates scoring >= 0.6: %d/%d", wrongHigh, wrongN)
	if wrongHigh*100 > wrongN {
		t.Errorf("%d of %d wrong candidates score >= 0.6 (more than 1%%)", wrongHigh, wrongN)
	}
	rate := func(m map[string]*tally, keys ...string) (int, int, float64) {
		ok, n := 0, 0
		for _, k := range keys {
			if m[k] != nil {
				ok += m[k].ok
				n += m[k].n
			}
		}
		if n == 0 {
			return 0, 0, 1
		}
		return ok, n, float64(ok) / float64(n)
	}
	for _, mode := range []struct {
		name string
		m    map[string]*tally
	}{{"without glossary", rules}, {"with glossary", full}} {
		vo, vn, vr := rate(mode.m, "vietnamese/person")
		po, pn, pr := rate(mode.m, "vietnamese/place")
		fo, fn, fr := rate(mode.m, "foreign/person", "foreign/place")
		t.Logf("%s: Vietnamese persons %d/%d = %.1f%%, Vietnamese places %d/%d = %.1f%%, foreign %d/%d = %.1f%%",
			mode.name, vo, vn, 100*vr, po, pn, 100*pr, fo, fn, 100*fr)
	}
	if _, _, r := rate(rules, "vietnamese/person"); r < 0.98 {
		t.Errorf("Vietnamese person names right at rank 1 (without glossary): %.1f%% < 98%%", 100*r)
	}
	if _, _, r := rate(full, "vietnamese/person", "vietnamese/place"); r < 0.98 {
		t.Errorf("Vietnamese names right at rank 1: %.1f%% < 98%%", 100*r)
	}
	if _, _, r := rate(rules, "foreign/person", "foreign/place"); r < 0.90 {
		t.Errorf("foreign names right at rank 1 (without glossary): %.1f%% < 90%%", 100*r)
	}
}

// TestDevTranslitRank1 measures Translit alone (no French candidates, no
// glossary): how often its first Vietnamese-person candidate folds to the
// spelling of the French article.
func TestDevTranslitRank1(t *testing.T) {
	devDir(t)
	ok, n := 0, 0
	seen := map[string]bool{}
	for _, g := range readGoldNames(t) {
		if g.typ != "vietnamese" || g.entity != "person" || seen[g.zh+g.latin] || strings.Count(g.latin, " ") < 2 {
			continue
		}
		seen[g.zh+g.latin] = true
		n++
		cs := translit(g.zh, false)
		if len(cs) > 0 && Fold(cs[0].Latin) == Fold(g.latin) {
			ok++
		} else if len(cs) > 0 {
			t.Logf("Translit(%q)[0] = %q, article has %q", g.zh, cs[0].Latin, g.latin)
		}
	}
	t.Logf("Vietnamese full names, Translit rank 1 without glossary: %d/%d", ok, n)
}
