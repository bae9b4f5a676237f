package align

import (
	"flag"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
)

// The handbook test pairs (testdata/handbook) are close translations: the
// prose chapters of The Debian Administrator's Handbook in its Simplified
// Chinese translation and in English (zh.txt, en.txt) or French
// (zhfr.zh.txt, zhfr.fr.txt) (CC BY-SA 3.0, see NOTICE there).
// TestHandbookBuild rebuilds them from the HTML of the Debian package
// debian-handbook; TestGoldHandbook aligns them.

var handbookBuild = flag.String("handbook.build", "", "rebuild testdata/handbook from this debian-handbook html directory (containing en-US, fr-FR and zh-CN)")

// handbookPages are the prose pages of the handbook used for the pair, in
// book order.
var handbookPages = strings.Fields(`foreword preface sect.who-is-this-book-for
	sect.book-structure sect.acknowledgments the-debian-project
	sect.foundation-documents sect.debian-internals sect.follow-debian-news
	sect.role-of-distributions sect.release-lifecycle case-study
	sect.master-plan sect.selected-approach sect.how-to-migrate
	sect.computer-layers sect.user-space sect.kernel-role-and-tasks
	derivative-distributions sect.ubuntu sect.linux-mint sect.knoppix
	sect.aptosid sect.grml sect.tails sect.kali sect.devuan sect.doudoulinux
	sect.raspbian sect.pureos sect.steamos sect.other-derivatives conclusion
	sect.future-of-debian sect.future-of-this-book sect.contributing
	sect.becoming-package-maintainer sect.quality-of-service`)

var (
	paraRE = regexp.MustCompile(`(?s)<div class="para">(.*?)</div>`)
	tagRE  = regexp.MustCompile(`<[^>]+>`)
)

// handbookParas returns the text of the paragraphs of an HTML page.
func handbookParas(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range paraRE.FindAllStringSubmatch(string(b), -1) {
		s, _, _ := strings.Cut(m[1], "<div")
		s = html.UnescapeString(tagRE.ReplaceAllString(s, ""))
		out = append(out, strings.Join(strings.Fields(s), " "))
	}
	return out
}

// TestHandbookBuild builds testdata/handbook from the handbook's HTML.
// Paragraphs correspond one to one in both languages (the translation is
// made paragraph by paragraph); the ones left untranslated are skipped.
// Each paragraph is split into sentences with corpus.Split, and its gold
// beads are drawn mechanically: with as many sentences on both sides, one
// 1-1 bead per sentence (when every pair's length ratio is plausible); with
// one sentence on one side and at most three on the other, one bead; any
// other paragraph is left out of the pair, its alignment being unknown.
func TestHandbookBuild(t *testing.T) {
	if *handbookBuild == "" {
		t.Skip("no -handbook.build")
	}
	dir := filepath.Join("testdata", "handbook")
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range []struct {
		locale, prefix, ext string
		lang                language.Tag
	}{
		{"en-US", "", "en", language.English},
		{"fr-FR", "zhfr.", "fr", language.French},
	} {
		zh, other, gold := buildHandbook(t, o.locale, o.lang)
		write(o.prefix+"zh.txt", strings.Join(zh, "\n")+"\n")
		write(o.prefix+o.ext+".txt", strings.Join(other, "\n")+"\n")
		var sb strings.Builder
		if err := WriteBeads(&sb, gold); err != nil {
			t.Fatal(err)
		}
		write(o.prefix+"gold.beads", sb.String())
	}
}

// buildHandbook builds the pair of the Chinese edition and the one of
// locale (in language lang), as TestHandbookBuild describes. A page whose
// paragraphs do not correspond one to one is left out.
func buildHandbook(t *testing.T, locale string, lang language.Tag) (zh, other []string, gold []Bead) {
	kept, dropped := 0, 0
	for _, page := range handbookPages {
		zp := handbookParas(t, filepath.Join(*handbookBuild, "zh-CN", page+".html"))
		op := handbookParas(t, filepath.Join(*handbookBuild, locale, page+".html"))
		if len(zp) != len(op) {
			t.Logf("%s: %d Chinese and %d %s paragraphs; page left out", page, len(zp), len(op), locale)
			continue
		}
		for k := range zp {
			if hanShare(zp[k]) < 0.3 {
				continue // untranslated
			}
			zs, ts := corpus.Split(language.Chinese, zp[k]), corpus.Split(lang, op[k])
			var beads []Bead
			switch {
			case len(zs) == len(ts):
				ok := true
				for x := range zs {
					r := charLength(lang, ts[x]) / max(charLength(language.Chinese, zs[x]), 1)
					ok = ok && r > 1 && r < 8
					beads = append(beads, Bead{Left: []int{len(zh) + x}, Right: []int{len(other) + x}})
				}
				if !ok {
					beads = nil
				}
			case min(len(zs), len(ts)) == 1 && max(len(zs), len(ts)) <= 3:
				b := Bead{}
				for x := range zs {
					b.Left = append(b.Left, len(zh)+x)
				}
				for y := range ts {
					b.Right = append(b.Right, len(other)+y)
				}
				beads = []Bead{b}
			}
			if beads == nil {
				dropped++
				continue
			}
			kept++
			zh, other, gold = append(zh, zs...), append(other, ts...), append(gold, beads...)
		}
	}
	t.Logf("zh-CN–%s: %d paragraphs kept, %d dropped; %d × %d sentences, %d beads", locale, kept, dropped, len(zh), len(other), len(gold))
	return zh, other, gold
}

func hanShare(s string) float64 {
	var h, n int
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if unicode.Is(unicode.Han, r) {
			h++
		}
	}
	return float64(h) / float64(max(n, 1))
}

// readHandbook returns the zh–en handbook pair and its gold beads.
func readHandbook(t testing.TB) (zh, en []string, gold []Bead) {
	return readPair(t, "zh.txt", "en.txt", "gold.beads")
}

// readPair reads a pre-split pair of testdata/handbook and its gold beads.
func readPair(t testing.TB, left, right, beads string) (l, r []string, gold []Bead) {
	t.Helper()
	read := func(name string) []string {
		b, err := os.ReadFile(filepath.Join("testdata", "handbook", name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	l, r = read(left), read(right)
	f, err := os.Open(filepath.Join("testdata", "handbook", beads))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err = ReadBeads(f)
	if err != nil {
		t.Fatal(err)
	}
	return l, r, gold
}

// TestGoldHandbook aligns the handbook pair as it is, with half, 30 % or
// none of the dictionary keys (a free translation the dictionary covers
// poorly, as literary ones are), with sentences merged on either side
// (mergeHandbook, hardHandbook), with the sides swapped, and the zh–fr
// pair likewise, against floors set about 0.02 below the measured strict
// F1 (see testdata/gold/README.md).
func TestGoldHandbook(t *testing.T) {
	zh, en, gold := readHandbook(t)
	mz, me, mg := mergeHandbook(zh, en, gold, 0.15, 0.15)
	hz, he, hg := hardHandbook(zh, en, gold, 1)
	fz, ff, fg := readPair(t, "zhfr.zh.txt", "zhfr.fr.txt", "zhfr.gold.beads")
	swap := func(bs []Bead) []Bead {
		out := make([]Bead, len(bs))
		for k, b := range bs {
			out[k] = Bead{Left: b.Right, Right: b.Left}
		}
		return out
	}
	zhen := func(v ViewFunc) Aligner {
		return Aligner{LeftLang: language.Chinese, RightLang: language.English, View: v}
	}
	enzh := func(v ViewFunc) Aligner {
		return Aligner{LeftLang: language.English, RightLang: language.Chinese, View: v}
	}
	zhfrA := func(v ViewFunc) Aligner {
		return Aligner{LeftLang: language.Chinese, RightLang: language.French, View: v}
	}
	lengthOnly := Aligner{LeftLang: language.Chinese, RightLang: language.English, LengthOnly: true}
	const (
		plain = iota
		merged
		reversed // English on the left
		hard     // see hardHandbook
		zhfr     // the zh–fr pair
	)
	for _, tt := range []struct {
		name string
		a    Aligner
		pair int
		min  float64
	}{
		{"aligner", zhen(nil), plain, 0.97},
		{"half the dictionary", zhen(weakView(50)), plain, 0.96},
		{"30% of the dictionary", zhen(weakView(30)), plain, 0.97},
		{"merged", zhen(nil), merged, 0.95},
		{"merged, half the dictionary", zhen(weakView(50)), merged, 0.92},
		{"merged, 30% of the dictionary", zhen(weakView(30)), merged, 0.92},
		{"en–zh", enzh(nil), reversed, 0.97},
		{"en–zh, 30% of the dictionary", enzh(weakView(30)), reversed, 0.97},
		// With no dictionary at all the first pass aligns nothing; the
		// text is recognised as a translation by its lengths alone.
		{"no dictionary", zhen(weakView(0)), plain, 0.97},
		{"merged, no dictionary", zhen(weakView(0)), merged, 0.90},
		{"en–zh, no dictionary", enzh(weakView(0)), reversed, 0.97},
		{"hard", zhen(nil), hard, 0.91},
		{"hard, no dictionary", zhen(weakView(0)), hard, 0.84},
		{"zh–fr", zhfrA(nil), zhfr, 0.96},
		{"zh–fr, 30% of the dictionary", zhfrA(weakView(30)), zhfr, 0.95},
		{"zh–fr, no dictionary", zhfrA(weakView(0)), zhfr, 0.96},
		// The Gale–Church baseline, for comparison.
		{"length only", lengthOnly, plain, 0.95},
		{"merged, length only", lengthOnly, merged, 0.72},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, r, g := zh, en, gold
			switch tt.pair {
			case merged:
				l, r, g = mz, me, mg
			case reversed:
				l, r, g = en, zh, swap(gold)
			case hard:
				l, r, g = hz, he, hg
			case zhfr:
				l, r, g = fz, ff, fg
			}
			s := Eval(g, tt.a.Align(l, r))
			t.Logf("%d × %d sentences:\n%s", len(l), len(r), s)
			if s.F1 < tt.min {
				t.Errorf("strict F1 %.4f < %.2f", s.F1, tt.min)
			}
		})
	}
}

// variant builds a changed copy of a pair: its sentences and gold beads.
type variant struct {
	zh, en []string // the sentences of the original pair
	mz, me []string // the variant's sentences
	mg     []Bead   // the variant's gold beads
}

// add appends a bead. Each group of left lists original Chinese sentences
// joined into one sentence of the variant, each group of right original
// English ones (joined with a space).
func (v *variant) add(left, right [][]int) {
	nb := Bead{Left: []int{}, Right: []int{}}
	for _, g := range left {
		nb.Left = append(nb.Left, len(v.mz))
		s := ""
		for _, i := range g {
			s += v.zh[i]
		}
		v.mz = append(v.mz, s)
	}
	for _, g := range right {
		nb.Right = append(nb.Right, len(v.me))
		parts := make([]string, len(g))
		for k, j := range g {
			parts[k] = v.en[j]
		}
		v.me = append(v.me, strings.Join(parts, " "))
	}
	v.mg = append(v.mg, nb)
}

// keep appends bead b as it is.
func (v *variant) keep(b Bead) {
	var left, right [][]int
	for _, i := range b.Left {
		left = append(left, []int{i})
	}
	for _, j := range b.Right {
		right = append(right, []int{j})
	}
	v.add(left, right)
}

func oneToOne(b Bead) bool { return len(b.Left) == 1 && len(b.Right) == 1 }

// mergeHandbook makes the handbook pair freer, as literary translations
// are: with probability pz two consecutive 1-1 beads have their Chinese
// sentences joined into one (a 1-2 bead), with probability pe their English
// ones (a 2-1 bead). The RNG is seeded, so the result is fixed.
func mergeHandbook(zh, en []string, gold []Bead, pz, pe float64) (mz, me []string, mg []Bead) {
	rng := rand.New(rand.NewPCG(2026, 11))
	v := &variant{zh: zh, en: en}
	for k := 0; k < len(gold); k++ {
		b := gold[k]
		if k+1 < len(gold) && oneToOne(b) && oneToOne(gold[k+1]) {
			l0, l1, r0, r1 := b.Left[0], gold[k+1].Left[0], b.Right[0], gold[k+1].Right[0]
			switch x := rng.Float64(); {
			case x < pz:
				v.add([][]int{{l0, l1}}, [][]int{{r0}, {r1}})
				k++
				continue
			case x < pz+pe:
				v.add([][]int{{l0}, {l1}}, [][]int{{r0, r1}})
				k++
				continue
			}
		}
		v.keep(b)
	}
	return v.mz, v.me, v.mg
}

// hardHandbook makes the handbook pair freer still: runs of consecutive
// 1-1 beads become 1-2 and 2-1 beads (10 % of the beads each), 1-3 and
// 2-2 beads (5 % each; in a 2-2 the Chinese joins its first two
// sentences, the English its last two) and 2 % of the English sentences
// are dropped (1-0 beads), with an RNG seeded by seed.
func hardHandbook(zh, en []string, gold []Bead, seed uint64) (mz, me []string, mg []Bead) {
	rng := rand.New(rand.NewPCG(seed, 7))
	v := &variant{zh: zh, en: en}
	for k := 0; k < len(gold); k++ {
		x := rng.Float64()
		run := 1
		for run < 3 && k+run < len(gold) && oneToOne(gold[k+run-1]) && oneToOne(gold[k+run]) {
			run++
		}
		b := gold[k]
		// l[n], r[n]: the sentences of the n-th 1-1 bead of the run.
		var l, r []int
		for n := 0; n < run; n++ {
			if oneToOne(gold[k+n]) {
				l, r = append(l, gold[k+n].Left[0]), append(r, gold[k+n].Right[0])
			}
		}
		switch {
		case x < 0.1 && run >= 2: // 1-2
			v.add([][]int{{l[0], l[1]}}, [][]int{{r[0]}, {r[1]}})
			k++
		case x < 0.2 && run >= 2: // 2-1
			v.add([][]int{{l[0]}, {l[1]}}, [][]int{{r[0], r[1]}})
			k++
		case x < 0.25 && run >= 3: // 1-3
			v.add([][]int{{l[0], l[1], l[2]}}, [][]int{{r[0]}, {r[1]}, {r[2]}})
			k += 2
		case x < 0.3 && run >= 3: // 2-2: zh 1+2 joined, 3 separate; en 1 separate, 2+3 joined
			v.add([][]int{{l[0], l[1]}, {l[2]}}, [][]int{{r[0]}, {r[1], r[2]}})
			k += 2
		case x < 0.32 && oneToOne(b): // English omits the sentence
			v.add([][]int{{b.Left[0]}}, nil)
		default:
			v.keep(b)
		}
	}
	return v.mz, v.me, v.mg
}
