package lexicon

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

// devDir returns the dev corpus directory, skipping the test if absent.
func devDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(filepath.Join(dir, "gold.tsv")); err != nil {
		t.Skipf("dev corpus not found: %v", err)
	}
	return dir
}

func devDocs(t testing.TB, prefix string) map[string]string {
	dir := devDir(t)
	names, err := filepath.Glob(filepath.Join(dir, "docs", prefix+"_*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no %s documents in %s: %v", prefix, dir, err)
	}
	out := map[string]string{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(n)] = string(b)
	}
	return out
}

// numeral reports whether w is a Chinese or Arabic numeral, possibly an
// ordinal (第九) or with a classifier (三枚, 第十四次).
func numeral(w string) bool {
	w = strings.TrimPrefix(w, "第")
	rs := []rune(w)
	if len(rs) > 1 && strings.ContainsRune("次届个名位枚项倍年月日号人", rs[len(rs)-1]) {
		w = string(rs[:len(rs)-1])
	}
	for _, r := range w {
		if !strings.ContainsRune("〇零一二三四五六七八九十百千万亿两0123456789.,%", r) {
			return false
		}
	}
	return w != ""
}

// universe returns the set of concept keys of words.
func universe(lang language.Tag, words map[string]bool) map[string]bool {
	u := map[string]bool{}
	for w := range words {
		for _, k := range Concepts(lang, w) {
			u[k] = true
		}
	}
	return u
}

func covered(keys []string, u map[string]bool) bool {
	for _, k := range keys {
		if u[k] {
			return true
		}
	}
	return false
}

// TestDevCoverage measures the concept bridge on the dev corpus.
//
// A Chinese content-word token (a [Word] token that is not a stop word, a
// numeral or a name per [IsName]) has a French candidate when one of its
// [Concepts] is also a concept of some French word the bridge knows: a word
// of the French dev articles, a French lemma of data/fr_en.tsv or a French
// glossary form. A French content-word token (lower case, not a stop word,
// not a number) has a Chinese candidate when one of its concepts is a
// concept of some CC-CEDICT headword or Chinese glossary form. Capitalised
// French words and Chinese names are counted apart.
func TestDevCoverage(t *testing.T) {
	zhDocs := devDocs(t, "zh")
	frDocs := devDocs(t, "fr")

	frWords := map[string]bool{}
	for _, d := range frDocs {
		for _, tk := range Tokenize(language.French, d) {
			if tk.Kind == Word {
				frWords[tk.Text] = true
			}
		}
	}
	for w := range frEnOnce().exact {
		frWords[w] = true
	}
	zhWords := map[string]bool{}
	for w := range cedictOnce().glosses {
		zhWords[w] = true
	}
	for _, e := range Entries() {
		for _, f := range e.Fr {
			frWords[f] = true
		}
		for _, z := range e.Zh {
			zhWords[z] = true
		}
	}
	frU := universe(language.French, frWords)
	zhU := universe(language.Chinese, zhWords)

	var zhContent, zhCovered, zhNames, zhNumbers int
	missZh := map[string]int{}
	for _, d := range zhDocs {
		for _, tk := range Tokenize(language.Chinese, d) {
			if tk.Kind != Word || !hanOnly(tk.Text) {
				if tk.Kind == Number {
					zhNumbers++
				}
				continue
			}
			switch {
			case Stopword(language.Chinese, tk.Text):
			case numeral(tk.Text):
				zhNumbers++
			case IsName(tk.Text):
				zhNames++
			default:
				zhContent++
				if covered(Concepts(language.Chinese, tk.Text), frU) {
					zhCovered++
				} else {
					missZh[tk.Text]++
				}
			}
		}
	}
	var frContent, frCovered, frCap, frCapCovered int
	missFr := map[string]int{}
	for _, d := range frDocs {
		for _, tk := range Tokenize(language.French, d) {
			if tk.Kind != Word || Stopword(language.French, tk.Text) {
				continue
			}
			r := []rune(tk.Text)
			if !unicode.IsLetter(r[0]) || len(r) < 2 {
				continue
			}
			if frNumbers[strings.ToLower(tk.Text)] {
				continue
			}
			ok := covered(Concepts(language.French, tk.Text), zhU)
			if unicode.IsUpper(r[0]) {
				frCap++
				if ok {
					frCapCovered++
				}
				continue
			}
			frContent++
			if ok {
				frCovered++
			} else {
				missFr[strings.ToLower(tk.Text)]++
			}
		}
	}
	zhRate := float64(zhCovered) / float64(zhContent)
	frRate := float64(frCovered) / float64(frContent)
	t.Logf("zh content tokens with a French candidate: %d/%d = %.1f%% (names %d, numbers %d counted apart)",
		zhCovered, zhContent, 100*zhRate, zhNames, zhNumbers)
	t.Logf("fr content tokens with a Chinese candidate: %d/%d = %.1f%% (capitalised: %d/%d covered)",
		frCovered, frContent, 100*frRate, frCapCovered, frCap)
	t.Logf("most frequent zh misses: %s", top(missZh, 40))
	t.Logf("most frequent fr misses: %s", top(missFr, 40))
	if zhRate < 0.90 {
		t.Errorf("zh coverage %.1f%% < 90%%", 100*zhRate)
	}
	if frRate < 0.85 {
		t.Errorf("fr coverage %.1f%% < 85%%", 100*frRate)
	}
}

// frNumbers are French number words, counted apart like digits.
var frNumbers = set(`un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente
	quarante cinquante soixante cent cents mille million millions milliard milliards premier première second seconde
	deuxième troisième quatrième cinquième dixième`)

func top(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	var b strings.Builder
	for i, x := range kvs {
		if i >= n {
			break
		}
		b.WriteString(x.k)
		b.WriteByte(':')
		b.WriteString(strings.Repeat("", 0))
		b.WriteString(itoa(x.v))
		b.WriteByte(' ')
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

// TestDevPairCoverage is a stricter, informative measure: the share of
// Chinese content-word tokens of a gold `same` pair whose concepts meet a
// concept of some word of the paired French article (and the converse).
// Reports of one event only partly overlap, so this stays well below the
// dictionary-level coverage of [TestDevCoverage].
func TestDevPairCoverage(t *testing.T) {
	dir := devDir(t)
	gold, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var zhN, zhOK, frN, frOK int
	missZh, missFr := map[string]int{}, map[string]int{}
	for _, line := range strings.Split(string(gold), "\n") {
		c := strings.Split(line, "\t")
		if len(c) < 3 || c[2] != "same" {
			continue
		}
		zhKeys := map[string]bool{}
		var zhToks [][]string
		for _, tk := range Tokenize(language.Chinese, read(c[0])) {
			ks := Concepts(language.Chinese, tk.Text)
			for _, k := range ks {
				zhKeys[k] = true // names too: they meet capitalised French words
			}
			if tk.Kind != Word || !hanOnly(tk.Text) || Stopword(language.Chinese, tk.Text) || numeral(tk.Text) || IsName(tk.Text) {
				continue
			}
			zhToks = append(zhToks, append([]string{tk.Text}, ks...))
		}
		frKeys := map[string]bool{}
		var frToks [][]string
		for _, tk := range Tokenize(language.French, read(c[1])) {
			ks := Concepts(language.French, tk.Text)
			for _, k := range ks {
				frKeys[k] = true
			}
			r := []rune(tk.Text)
			if tk.Kind != Word || Stopword(language.French, tk.Text) || frNumbers[strings.ToLower(tk.Text)] || !unicode.IsLower(r[0]) {
				continue
			}
			frToks = append(frToks, append([]string{strings.ToLower(tk.Text)}, ks...))
		}
		for _, ks := range zhToks {
			zhN++
			if covered(ks[1:], frKeys) {
				zhOK++
			} else {
				missZh[ks[0]]++
			}
		}
		for _, ks := range frToks {
			frN++
			if covered(ks[1:], zhKeys) {
				frOK++
			} else {
				missFr[ks[0]]++
			}
		}
	}
	t.Logf("same pairs: zh content tokens with a concept in the paired French article: %d/%d = %.1f%%", zhOK, zhN, 100*float64(zhOK)/float64(zhN))
	t.Logf("same pairs: fr content tokens with a concept in the paired Chinese article: %d/%d = %.1f%%", frOK, frN, 100*float64(frOK)/float64(frN))
	t.Logf("most frequent zh tokens without a partner: %s", top(missZh, 40))
	t.Logf("most frequent fr tokens without a partner: %s", top(missFr, 40))
}
