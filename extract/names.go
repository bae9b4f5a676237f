package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/aligner/aligner/lexicon"
	"golang.org/x/text/language"
)

// Names returns the people, places and organisations of s, a sentence in
// lang, in order of position, with Sentence 0.
//
// Places (kind [Place], countries included) and organisations ([Org]) are
// the glossary and gazetteer mentions of [lexicon.Find]; their Value is the
// entry id ("place:ha-noi", "country:fr", "org:vna"). Places and
// organisations inside a title ("越南国会主席", "ambassadeur du Vietnam")
// are found too, and so are Chinese organisations built on a place or a
// title and a suffix the glossary does not list (法国雇主协会,
// 越南驻法国大使馆), with Value "name:" and their simplified text. An
// acronym in parentheses that the glossary does not know, "(AIFB)", is an
// organisation with Value "acronym:AIFB". In Chinese text, a Latin form in
// parentheses right after a mention (廣寧省(Quang Ninh)) is not a fact of
// its own: its folded form joins the mention's Variants.
//
// People ([Person]) have as Value a folded Latin key ("mai tien dung") and
// in Variants other keys: the glossary id ("person:mai-tien-dung") and other
// spellings or readings. They are found as glossary entries; in Chinese, as
// names joined by a middle dot (米哈伊尔•马莫诺夫), names followed by their
// Latin form in parentheses (the Latin form becomes the Value), and
// Vietnamese names (a surname of [lexicon.Surname] and one to three
// characters that [lexicon.IsName] accepts) next to a title or a cue
// (主席, 部长, 同志, 女士, 表示 …), read with [lexicon.Translit]; in French
// and English, capitalised word sequences after a title or a civility
// (M., Mme, le Premier ministre, President), and sequences of two or more
// capitalised words that are neither vocabulary nor glossary entries.
// It is safe for concurrent use.
func Names(lang language.Tag, s string) []Fact {
	lk := kindOf(lang)
	var cover []span
	for _, d := range scanDates(s, lk) {
		cover = append(cover, span{d.Start, d.End})
	}
	return names(lang, s, cover)
}

func names(lang language.Tag, s string, cover []span) []Fact {
	lk := kindOf(lang)
	ms := lexicon.Find(lang, s)
	var out []Fact
	var taken []span  // spans of all mentions, titles included
	var titles []span // spans of title mentions
	for _, m := range ms {
		sp := span{m.Start, m.End}
		if k := m.Entry.Kind; lk != langZh && (k == "place" || k == "country") && inVietName(lang, s, m) {
			continue // Tran Vinh Thang: Vinh is a given name here, not the city
		}
		taken = append(taken, sp)
		switch m.Entry.Kind {
		case "place", "country":
			if lk != langZh && !placeMention(lang, s, m) {
				continue
			}
			out = append(out, entryFact(s, m, Place))
		case "org":
			out = append(out, entryFact(s, m, Org))
		case "person":
			out = append(out, personEntryFact(s, m))
		case "title", "term":
			if m.Entry.Kind == "title" {
				titles = append(titles, sp)
			}
			out = append(out, innerMentions(lang, s, m)...)
		}
	}
	if lk != langZh {
		// Institution names may contain terms ("Affaires étrangères") and
		// places ("ambassade du Vietnam"), not other institutions or people.
		var named []span
		for _, m := range ms {
			if k := m.Entry.Kind; k == "org" || k == "person" {
				named = append(named, span{m.Start, m.End})
			}
		}
		for _, f := range latinOrgs(lang, s, named) {
			out = append(out, f)
			taken = append(taken, span{f.Start, f.End})
		}
	}
	var people []Fact
	if lk == langZh {
		var notPeople []span
		for _, m := range ms {
			if m.Entry.Kind != "person" {
				notPeople = append(notPeople, span{m.Start, m.End})
			}
		}
		people = zhDotted(s, notPeople)
		people = append(people, zhPeople(s, ms, taken, titles)...)
		// Latin names inside Chinese text: 参赞David McNaught.
		people = append(people, latinPeople(language.French, s, ms, taken, titles)...)
	} else {
		people = latinPeople(lang, s, ms, taken, titles)
	}
	for _, p := range people {
		sp := span{p.Start, p.End}
		if overlapsAny(sp, cover) {
			continue
		}
		// A longer name around a glossary person (路易斯‧…‧貝爾特拉米諾):
		// widen the glossary fact, keep its value.
		merged := false
		for i := range out {
			o := &out[i]
			if o.Kind == Person && p.Start <= o.Start && p.End >= o.End && (p.Start < o.Start || p.End > o.End) {
				o.Start, o.End, o.Text = p.Start, p.End, p.Text
				addVariant(o, p.Value)
				for _, v := range p.Variants {
					addVariant(o, v)
				}
				taken = append(taken, sp)
				merged = true
			}
		}
		if merged {
			continue
		}
		if !overlapsAny(sp, taken) {
			out = append(out, p)
			taken = append(taken, sp)
		}
	}
	if lk == langZh {
		// Latin-script mentions inside Chinese text: (越通社—VNA), COVAX.
		for _, m := range latinMentions(s) {
			k := m.Entry.Kind
			sp := span{m.Start, m.End}
			if (k == "org" || k == "place" || k == "country") && !strings.ContainsFunc(s[m.Start:m.End], isHan) && !overlapsAny(sp, taken) {
				kind := Org
				if k != "org" {
					kind = Place
				}
				out = append(out, entryFact(s, m, kind))
				taken = append(taken, sp)
			}
		}
		for _, f := range zhOrgs(s, ms, taken) {
			out = append(out, f)
			taken = append(taken, span{f.Start, f.End})
		}
	}
	for _, a := range acronyms(s, ms) {
		if !overlapsAny(span{a.Start, a.End}, taken) {
			out = append(out, a)
		}
	}
	// Latin forms in parentheses after a known person: keep them as
	// variants.
	for i := range out {
		if out[i].Kind == Person {
			if lat, _, ok := parenLatin(s, out[i].End); ok {
				addVariant(&out[i], lexicon.Fold(lat))
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End < out[b].End
	})
	if lk == langZh {
		out = foldGlosses(s, out)
	}
	return out
}

// foldGlosses drops the Latin facts that only gloss the Chinese mention
// before them, 廣寧省(Quang Ninh), 劳尔·卡斯特罗(Raúl Castro Ruz), keeping
// their values as variants of that mention. It filters fs in place.
func foldGlosses(s string, fs []Fact) []Fact {
	out := fs[:0] // in place: out[len(out)] is written after fs[i] is read, len(out) <= i
	for _, f := range fs {
		if len(out) > 0 && !strings.ContainsFunc(f.Text, isHan) {
			prev := &out[len(out)-1]
			between := ""
			if prev.End <= f.Start {
				between = s[prev.End:f.Start]
			}
			glued := between == "" && prev.End == f.Start && f.Kind == prev.Kind && f.Value == prev.Value // 国际劳工组织ILO
			if strings.ContainsFunc(prev.Text, isHan) && (between == "(" || between == "（" || glued) {
				addVariant(prev, lexicon.Fold(f.Text))
				if f.Kind == prev.Kind && f.Value != prev.Value {
					addVariant(prev, f.Value)
				}
				continue
			}
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func addVariant(f *Fact, v string) {
	if v == "" || v == f.Value {
		return
	}
	for _, w := range f.Variants {
		if w == v {
			return
		}
	}
	f.Variants = append(f.Variants, v)
}

func entryFact(s string, m lexicon.Mention, kind Kind) Fact {
	return Fact{Kind: kind, Text: s[m.Start:m.End], Value: m.Entry.ID, Start: m.Start, End: m.End}
}

// personEntryFact makes a person fact from a glossary person: the Value is
// the folded first Latin name, the Variants the id and the other names.
func personEntryFact(s string, m lexicon.Mention) Fact {
	f := Fact{Kind: Person, Text: s[m.Start:m.End], Start: m.Start, End: m.End}
	var latin []string
	latin = append(latin, m.Entry.En...)
	latin = append(latin, m.Entry.Fr...)
	for _, l := range latin {
		k := lexicon.Fold(l)
		if f.Value == "" {
			f.Value = k
		} else {
			addVariant(&f, k)
		}
	}
	if f.Value == "" {
		f.Value = lexicon.Fold(f.Text)
	}
	addVariant(&f, m.Entry.ID)
	return f
}

// findShort is [lexicon.Find] on the short texts that recur from article
// to article: the inside of title and term mentions, the Latin runs of
// Chinese text. For Chinese, French and English it remembers up to
// findCacheMax of them; the glossary never changes once loaded. The caller
// must not modify the result.
func findShort(lang language.Tag, text string) []lexicon.Mention {
	var c *findMemo
	for k, l := range findLangs {
		if l == lang {
			c = &findCache[k]
		}
	}
	if c == nil || len(text) > 200 {
		return lexicon.Find(lang, text)
	}
	c.mu.RLock()
	ms, ok := c.m[text]
	c.mu.RUnlock()
	if ok {
		return ms
	}
	ms = lexicon.Find(lang, text)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string][]lexicon.Mention{}
	}
	if len(c.m) < findCacheMax {
		c.m[strings.Clone(text)] = ms
	}
	c.mu.Unlock()
	return ms
}

const findCacheMax = 1 << 15

type findMemo struct {
	mu sync.RWMutex
	m  map[string][]lexicon.Mention
}

var (
	findLangs = [...]language.Tag{language.Chinese, language.French, language.English}
	findCache [len(findLangs)]findMemo
)

// innerMentions finds places and organisations inside a title or term
// mention: 越南 in 越南国会主席, Vietnam in "ambassadeur du Vietnam".
func innerMentions(lang language.Tag, s string, m lexicon.Mention) []Fact {
	var out []Fact
	var seen []span
	try := func(lo, hi int) {
		if lo >= hi {
			return
		}
		for _, in := range findShort(lang, s[lo:hi]) {
			k := in.Entry.Kind
			if k != "place" && k != "country" && k != "org" {
				continue
			}
			sp := span{lo + in.Start, lo + in.End}
			if sp == (span{m.Start, m.End}) || overlapsAny(sp, seen) {
				continue
			}
			seen = append(seen, sp)
			kind := Place
			if k == "org" {
				kind = Org
			}
			out = append(out, Fact{Kind: kind, Text: s[sp.start:sp.end], Value: in.Entry.ID, Start: sp.start, End: sp.end})
		}
	}
	_, lw := utf8.DecodeLastRuneInString(s[m.Start:m.End])
	_, fw := utf8.DecodeRuneInString(s[m.Start:m.End])
	try(m.Start, m.End-lw)
	try(m.Start+fw, m.End)
	return out
}

// parenLatin reads "(Latin Name)" or "（Latin Name，音译）" at byte i of s
// (spaces allowed before): a name of capitalised words, not an acronym.
// It returns the name and the end of the parenthesis.
func parenLatin(s string, i int) (string, int, bool) {
	j := skipSpaces(s, i)
	r, w := runeAt(s, j)
	if r != '(' && r != '（' {
		return "", 0, false
	}
	k := j + w
	end := strings.IndexAny(s[k:], ")）")
	if end < 0 || end > 80 {
		return "", 0, false
	}
	inner := s[k : k+end]
	_, cw := runeAt(s, k+end)
	close := k + end + cw
	if c := strings.IndexAny(inner, ",，;；"); c >= 0 {
		inner = inner[:c]
	}
	inner = strings.TrimSpace(inner)
	if inner == "" || strings.ContainsFunc(inner, func(r rune) bool { return isHan(r) || isDigit(r) }) {
		return "", 0, false
	}
	words := strings.Fields(inner)
	upper := 0
	for _, wd := range words {
		first, _ := utf8.DecodeRuneInString(wd)
		if !unicode.IsUpper(first) && !isParticle(wd) {
			return "", 0, false
		}
		if isAllCaps(wd) {
			upper++
		}
	}
	if upper == len(words) && len(words) == 1 {
		return "", 0, false // an acronym
	}
	return inner, close, true
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

func isParticle(w string) bool {
	switch w {
	case "de", "du", "van", "von", "der", "da", "di", "del", "bin", "al", "el", "le", "la", "y", "dos", "das":
		return true
	}
	return false
}

// acronyms finds "(AIFB)": upper-case letters in parentheses that the
// glossary does not know.
func acronyms(s string, ms []lexicon.Mention) []Fact {
	var out []Fact
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if r != '(' && r != '（' {
			i += w
			continue
		}
		k := i + w
		j := k
		for j < len(s) && ((s[j] >= 'A' && s[j] <= 'Z') || (j > k && (s[j] == '-' || s[j] == '&'))) {
			j++
		}
		c, cw := runeAt(s, j)
		if j-k >= 2 && j-k <= 10 && (c == ')' || c == '）') && !namesAgreement(s, i) {
			known := false
			for _, m := range ms {
				if m.Start <= k && m.End >= j {
					known = true
				}
			}
			if !known {
				out = append(out, Fact{Kind: Org, Text: s[k:j], Value: "acronym:" + s[k:j], Start: k, End: j})
			}
			i = j + cw
			continue
		}
		i += w
	}
	return out
}

// Chinese people.

// zhStop are characters that do not occur in transliterated names and end
// a name run on the left.
const zhStop = "了的与及对向在是被把将并从于给让跟而或也都还又就已请据说、，。：；！？“”《》「」"

var zhDots = "•·‧・"

var zhCuesAfter = []string{"同志", "女士", "先生", "夫人", "夫妇", "主席", "总理", "总书记", "书记", "部长", "副部长", "大使",
	"主任", "会长", "院长", "市长", "省长", "议长", "总统", "首相", "将军", "上将", "教授", "博士", "表示", "强调", "指出",
	"认为", "介绍", "一行", "会见", "会晤", "出席", "主持", "发表", "透露", "祝贺", "感谢", "表示", "說", "表示"}

func isHanAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isHan(r)
}

// hanRunBack returns the start of the Han run ending at byte end, stopping
// at stop characters, non-Han runes and the end of a taken span.
func hanRunBack(s string, end int, taken []span) int {
	i := end
	for i > 0 {
		r, w := runeBefore(s, i)
		if !isHan(r) || strings.ContainsRune(zhStop, r) {
			break
		}
		stop := false
		for _, t := range taken {
			if t.end == i {
				stop = true
			}
		}
		if stop {
			break
		}
		i -= w
	}
	return i
}

// hanRunFwd returns the end of the Han run starting at byte start.
func hanRunFwd(s string, start int, taken []span) int {
	i := start
	for i < len(s) {
		r, w := runeAt(s, i)
		if !isHan(r) || strings.ContainsRune(zhStop, r) {
			break
		}
		stop := false
		for _, t := range taken {
			if t.start == i {
				stop = true
			}
		}
		if stop {
			break
		}
		i += w
	}
	return i
}

func translitFact(s string, start, end int, latin string) Fact {
	f := Fact{Kind: Person, Text: s[start:end], Start: start, End: end}
	cands := lexicon.Translit(f.Text)
	if latin != "" {
		f.Value = lexicon.Fold(latin)
	}
	for k, c := range cands {
		if k >= 3 {
			break
		}
		if f.Value == "" {
			f.Value = lexicon.Fold(c.Latin)
		} else {
			addVariant(&f, lexicon.Fold(c.Latin))
		}
	}
	if f.Value == "" {
		f.Value = f.Text
	}
	return f
}

func zhPeople(s string, ms []lexicon.Mention, taken, titles []span) []Fact {
	var out []Fact
	add := func(f Fact) {
		sp := span{f.Start, f.End}
		if f.End > f.Start && !overlapsAny(sp, taken) {
			out = append(out, f)
			taken = append(taken, sp)
		}
	}
	// Names followed by their Latin form: 帕特里斯(Patrice Bessas).
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if r != '(' && r != '（' {
			i += w
			continue
		}
		lat, _, ok := parenLatin(s, i)
		if !ok || !isHanBefore(s, i) {
			i += w
			continue
		}
		runStart := hanRunBack(s, i, taken)
		best, bestStart := 0.0, -1
		for st := runStart; st < i; {
			n := utf8.RuneCountInString(s[st:i])
			if n >= 2 && n <= 12 {
				if sc := lexicon.Match(s[st:i], lat); sc > best+0.02 || (sc >= best-0.02 && sc > 0 && bestStart < 0) {
					best, bestStart = sc, st
				}
			}
			_, w2 := runeAt(s, st)
			st += w2
		}
		if bestStart >= 0 && best >= 0.5 {
			add(translitFact(s, bestStart, i, lat))
		} else if runStart < i && utf8.RuneCountInString(s[runStart:i]) <= 8 && len(strings.Fields(lat)) >= 2 {
			// Right after a title, a Latin name in parentheses names the
			// run even when the transliteration is loose or partial
			// (市长帕特里斯(Patrice Bessas)).
			for _, t := range titles {
				if t.end == runStart {
					add(translitFact(s, runStart, i, lat))
					break
				}
			}
		}
		i += w
	}
	// Vietnamese names by surname, with a cue next to them.
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if !lexicon.Surname(r) || overlapsAny(span{i, i + w}, taken) {
			i += w
			continue
		}
		titleBefore := false
		for _, t := range titles {
			if t.end == i {
				titleBefore = true
			}
		}
		if p, _ := runeBefore(s, i); p == '、' && !titleBefore {
			// 陪同…的有：部长甲、部长乙 — a list after a title.
			titleBefore = len(out) > 0 && out[len(out)-1].Kind == Person
		}
		found := false
		for _, n := range []int{3, 2, 4} {
			if n == 4 && !strings.HasPrefix(s[i+w:], "氏") {
				continue
			}
			end := i
			ok := true
			for k := 0; k < n; k++ {
				r2, w2 := runeAt(s, end)
				if !isHan(r2) || strings.ContainsRune(zhStop, r2) {
					ok = false
					break
				}
				end += w2
			}
			if !ok || overlapsAny(span{i, end}, taken) {
				continue
			}
			name := s[i:end]
			if !lexicon.IsName(name) || hasTitleWord(name) {
				continue
			}
			if titleBefore || cueAfter(s, end, titles) {
				add(translitFact(s, i, end, ""))
				i = end
				found = true
				break
			}
		}
		if !found {
			i += w
		}
	}
	return out
}

func isHanBefore(s string, i int) bool {
	r, _ := runeBefore(s, i)
	return isHan(r)
}

func cueAfter(s string, end int, titles []span) bool {
	for _, t := range titles {
		if t.start == end {
			return true // a title right after
		}
	}
	for _, c := range zhCuesAfter {
		if strings.HasPrefix(s[end:], c) {
			return true
		}
	}
	return false
}

// trimNameEnd cuts a cue glued after a transliterated name, or a
// conjunction that joins it to the next noun (米哈伊尔•马莫诺夫和越南…),
// when at least two characters of the last part remain.
func trimNameEnd(s string, start, end int) int {
	for _, c := range zhCuesAfter {
		if len(c) > 3 && end-len(c) > start && strings.HasSuffix(s[:end], c) {
			return end - len(c)
		}
	}
	if r, w := runeBefore(s, end); strings.ContainsRune(zhJoiners, r) {
		last := s[start : end-w]
		if k := strings.LastIndexAny(last, zhDots); k >= 0 {
			_, dw := utf8.DecodeRuneInString(last[k:])
			last = last[k+dw:]
		}
		if utf8.RuneCountInString(last) >= 2 {
			return end - w
		}
	}
	return end
}

// zhJoiners are conjunctions and prepositions that follow a name without
// belonging to it.
const zhJoiners = "和同跟"

// Latin people.

var civilities = []string{"M.", "Mme", "Mlle", "MM.", "Mmes", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Pr."}

// calendarWords are the month names (without their abbreviation dot) and
// weekdays, which are not names.
var calendarWords = func() *wordSet {
	ws := &wordSet{keys: map[string]bool{}, fold: map[rune]rune{}}
	for _, l := range [][]string{frMonths, enMonths, frWeekdays, enWeekdays} {
		for _, w := range l {
			ws.add(strings.TrimSuffix(w, "."))
		}
	}
	return ws
}()

// latinToken is one word of a capitalised sequence.
type latinToken struct {
	start, end int
	text       string
}

func latinPeople(lang language.Tag, s string, ms []lexicon.Mention, taken, titles []span) []Fact {
	lk := kindOf(lang)
	var out []Fact
	// Words of s.
	var words []latinToken // allocated at the first word: Chinese has few
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if !isLetter(r) {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := runeAt(s, j)
			if isLetter(r2) || ((r2 == '-' || r2 == '\'' || r2 == '’') && j > i) {
				if (r2 == '-' || r2 == '\'' || r2 == '’') && !isLetterAt(s, j+w2) {
					break
				}
				j += w2
				continue
			}
			break
		}
		if words == nil {
			words = make([]latinToken, 0, len(s)/6+1)
		}
		words = append(words, latinToken{i, j, s[i:j]})
		i = j
	}
	isCap := func(t latinToken) bool {
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.IsUpper(r) && !isAllCaps(t.text)
	}
	inTaken := func(t latinToken) bool { return overlapsAny(span{t.start, t.end}, taken) }
	isCalendar := func(t latinToken) bool { return calendarWords.has(t.text) }
	// adjacent reports whether only spaces separate words a and b.
	adjacent := func(a, b latinToken) bool {
		return strings.TrimFunc(s[a.end:b.start], isSpace) == ""
	}
	for k := 0; k < len(words); k++ {
		t := words[k]
		if !isCap(t) || inTaken(t) || isCalendar(t) {
			continue
		}
		// Extend a capitalised sequence (particles allowed inside).
		end := k
		for n := k + 1; n < len(words); n++ {
			u := words[n]
			if !adjacent(words[n-1], u) || inTaken(u) || isCalendar(u) {
				break
			}
			if isCap(u) {
				end = n
				continue
			}
			if isParticle(u.text) && n+1 < len(words) && isCap(words[n+1]) && adjacent(u, words[n+1]) {
				continue
			}
			break
		}
		seq := words[k : end+1]
		// Drop leading stopwords and sentence-initial common words, but not
		// the surname that begins a Vietnamese name of three words or more
		// (Le Van Vinh, Tran Vinh Thang).
		for len(seq) > 0 && !titleBeforeLatin(s, seq[0].start, titles, lk) &&
			!(len(seq) >= 3 && vietSurnames[lexicon.Fold(seq[0].text)]) &&
			(lexicon.Stopword(lang, seq[0].text) || (sentenceStart(s, seq[0].start) && known(lang, seq[0].text))) {
			seq = seq[1:]
		}
		k = end
		if len(seq) == 0 {
			continue
		}
		cue := titleBeforeLatin(s, seq[0].start, titles, lk)
		if len(seq) < 2 && !cue {
			continue
		}
		if !cue {
			allKnown := true
			for _, w := range seq {
				if !known(lang, w.text) {
					allKnown = false
					break
				}
			}
			if allKnown {
				continue
			}
		}
		text := s[seq[0].start:seq[len(seq)-1].end]
		kind := Person
		if !cue && placeCueBefore(s, seq[0].start) {
			kind = Place // rue Bac Son, province de Quang Ninh
		}
		f := Fact{Kind: kind, Text: text, Value: lexicon.Fold(text), Start: seq[0].start, End: seq[len(seq)-1].end}
		if kind == Place {
			f.Value = "name:" + f.Value
		}
		out = append(out, f)
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isLetter(r)
}

// known reports whether w is a vocabulary word of lang (or a stopword).
func known(lang language.Tag, w string) bool {
	l := strings.ToLower(w)
	if lexicon.Stopword(lang, l) {
		return true
	}
	// English concepts are stems of any word; the French table only knows
	// vocabulary, so it serves for English too.
	return len(lexicon.Concepts(language.French, l)) > 0
}

// titleBeforeLatin reports whether a civility or a title (possibly with a
// nationality adjective and commas) ends right before byte i.
func titleBeforeLatin(s string, i int, titles []span, lk langKind) bool {
	before := strings.TrimRight(s[:i], " \u00a0,")
	for _, c := range civilities {
		if strings.HasSuffix(before, c) {
			k := len(before) - len(c)
			if r, _ := runeBefore(s, k); !isLetter(r) {
				return true
			}
		}
	}
	for _, t := range titles {
		if t.end == len(before) {
			return true
		}
		// "le Premier ministre japonais Kishida Fumio": one lowercase
		// adjective between the title and the name.
		gap := strings.TrimSpace(s[min(t.end, len(before)):len(before)])
		if t.end <= len(before) && gap != "" && !strings.ContainsAny(gap, " ,.;") && !lexicon.Stopword(language.French, gap) && !lexicon.Stopword(language.English, gap) {
			r, _ := utf8.DecodeRuneInString(gap)
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// zhTitleWords are parts of titles that a name does not contain (阮部长,
// "Minister Nguyen").
var zhTitleWords = []string{"部长", "主席", "总理", "大使", "书记", "先生", "女士", "同志", "总统", "议长", "主任", "长官",
	"部", "省", "市", "国"}

func hasTitleWord(name string) bool {
	n := lexicon.Simplified(name)
	for _, w := range zhTitleWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// zhDotted finds names whose parts are joined by a middle dot
// (米哈伊尔•马莫诺夫), with their Latin form when it follows in
// parentheses. Runs stop at the mentions in stops.
func zhDotted(s string, stops []span) []Fact {
	var out []Fact
	taken := stops
	add := func(f Fact) {
		out = append(out, f)
	}
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if !strings.ContainsRune(zhDots, r) || !isHanAt(s, i+w) {
			i += w
			continue
		}
		start := hanRunBack(s, i, taken)
		if start == i {
			i += w
			continue
		}
		end := i
		for {
			r2, w2 := runeAt(s, end)
			if end == i || strings.ContainsRune(zhDots, r2) {
				if end != i {
					end += w2
				} else {
					end += w
				}
				e := hanRunFwd(s, end, taken)
				if e == end {
					break
				}
				end = e
				if r3, _ := runeAt(s, end); !strings.ContainsRune(zhDots, r3) {
					break
				}
				continue
			}
			break
		}
		// Trim a verb or title glued after the last part (马莫诺夫表示)
		// and a common word glued before the first (作者阿卜杜勒·…).
		end = trimNameEnd(s, start, end)
		start = trimNameStart(s, start, i)
		lat, _, _ := parenLatin(s, end)
		add(translitFact(s, start, end, lat))
		i = end
	}
	return out
}

// zhOrgSuffixes end organisation names built on a place, an organisation
// or a title: 法国雇主协会, 越南驻法国大使馆, 中国人力资源和社会保障部.
var zhOrgSuffixes = []string{"大使馆", "大使館", "总领事馆", "總領事館", "领事馆", "領事館", "协会", "協會", "中心", "委员会",
	"委員會", "集团", "集團", "公司", "银行", "銀行", "议会", "議會", "大学", "大學", "学院", "學院", "研究院", "研究所", "基金会",
	"基金會", "电视台", "電視台", "通讯社", "通訊社", "报社", "報社", "俱乐部", "联合会", "聯合會", "办公厅", "辦公廳", "部"}

// zhOrgs finds organisations named by a place, organisation or title
// mention followed by at most ten characters and an organisation suffix.
// Their Value is "name:" and the simplified text.
func zhOrgs(s string, ms []lexicon.Mention, taken []span) []Fact {
	var out []Fact
	for _, m := range ms {
		k := m.Entry.Kind
		if k != "place" && k != "country" && k != "org" && k != "title" {
			continue
		}
		j := m.End
		for n := 0; n < 10 && j < len(s); n++ {
			r, w := runeAt(s, j)
			if !isHan(r) || strings.ContainsRune(zhStop+"和各等们們", r) {
				break
			}
			end := 0
			for _, suf := range zhOrgSuffixes {
				if strings.HasPrefix(s[j:], suf) && (suf != "部" || n >= 2) {
					end = j + len(suf)
					break
				}
			}
			if end > 0 {
				sp := span{m.Start, end}
				inside := false
				for _, o := range ms {
					if o.Start <= sp.start && o.End >= sp.end {
						inside = true
					}
				}
				covered := false
				for _, t := range taken {
					if t.start < sp.end && t.end > m.End && (t.start < m.End || t.end > sp.end) {
						covered = true // a mention crosses the end
					}
				}
				if !inside && !covered && !overlapsAny(sp, spansOf(out)) {
					text := s[sp.start:sp.end]
					out = append(out, Fact{Kind: Org, Text: text, Value: "name:" + lexicon.Simplified(text), Start: sp.start, End: sp.end})
				}
				break
			}
			j += w
		}
	}
	return out
}

func spansOf(fs []Fact) []span {
	out := make([]span, len(fs))
	for i, f := range fs {
		out[i] = span{f.Start, f.End}
	}
	return out
}

// placeMention rejects French and English place mentions that are common
// words here: a lone lower-case noun ("le monde") or a region name that
// starts an institution's name ("Centre national de …").
// vietSurnames are the commonest Vietnamese surnames, folded.
var vietSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh mai " +
		"truong trinh doan lam luong ha phung cao ta chu lai kieu quach thai tong trieu vuong nong luu dao to") {
		m[w] = true
	}
	return m
}()

// inVietName reports whether the one-word place mention m follows one or
// two capitalised words, the first a Vietnamese surname: a given name
// that is also a place (Tran Vinh Thang, Le Van Vinh). A surname that is
// also a stopword (Le, La) must begin three words, so that "Le Vinh" at
// the start of a French sentence stays the city.
func inVietName(lang language.Tag, s string, m lexicon.Mention) bool {
	if strings.ContainsAny(s[m.Start:m.End], " -") {
		return false
	}
	i := m.Start
	for n := 0; n < 2; n++ {
		// The word before byte i, separated from it by exactly one space.
		if i < 2 || s[i-1] != ' ' || s[i-2] == ' ' {
			return false
		}
		j := i - 1
		k := strings.LastIndexFunc(s[:j], func(r rune) bool { return !isLetter(r) }) + 1
		w := s[k:j]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || isAllCaps(w) {
			return false
		}
		if vietSurnames[lexicon.Fold(w)] && (n == 1 || !lexicon.Stopword(lang, strings.ToLower(w))) {
			return true
		}
		i = k
	}
	return false
}

func placeMention(lang language.Tag, s string, m lexicon.Mention) bool {
	text := s[m.Start:m.End]
	if m.Entry.Kind == "place" && !strings.ContainsAny(text, " -") {
		r, _ := utf8.DecodeRuneInString(text)
		if unicode.IsLower(r) {
			return false
		}
		next := strings.TrimLeft(s[m.End:], " ")
		for _, adj := range []string{"national", "nationale", "international", "internationale", "provincial", "provinciale", "de la ", "des "} {
			if strings.HasPrefix(next, adj) {
				return false
			}
		}
	}
	return true
}

// latinMentions finds glossary mentions in the Latin-script runs of a
// Chinese text.
func latinMentions(s string) []lexicon.Mention {
	var out []lexicon.Mention
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if !isLetter(r) {
			i += w
			continue
		}
		j := i
		letters := 0
		for j < len(s) {
			r2, w2 := runeAt(s, j)
			if isLetter(r2) {
				letters++
			} else if !(r2 == ' ' || r2 == '-' || r2 == '\'' || r2 == '.' || isDigit(r2)) {
				break
			}
			j += w2
		}
		if letters >= 2 {
			for _, m := range findShort(language.English, s[i:j]) {
				m.Start += i
				m.End += i
				out = append(out, m)
			}
		}
		i = j
	}
	return out
}

// placeCueWords announce a place name: "rue Bac Son", "la province de Ha
// Giang", "street", "province".
var placeCueWords = []string{"rue", "avenue", "boulevard", "quartier", "province", "ville", "district", "commune",
	"village", "arrondissement", "région", "street", "road", "avenue", "city", "town", "district", "village",
	"stade", "stadium", "pagode", "pagoda", "lac", "lake", "fleuve", "river", "mont", "mount", "île", "island", "baie",
	"bay", "port"}

// placeCueBefore reports whether a place word, possibly followed by "de",
// "d'" or "of", ends right before byte i of s.
func placeCueBefore(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \u00a0")
	low := strings.ToLower(before)
	for _, p := range []string{" de", " d'", " d’", " of", " du", " national de", " nationale de"} {
		if strings.HasSuffix(low, p) {
			low = strings.TrimRight(low[:len(low)-len(p)], " ")
			break
		}
	}
	for _, w := range placeCueWords {
		if strings.HasSuffix(low, w) {
			k := len(low) - len(w)
			if r, _ := runeBefore(low, k); !isLetter(r) {
				return true
			}
		}
	}
	return false
}

// namesAgreement reports whether the words before the parenthesis at byte i
// name an agreement or a document rather than an organisation:
// 《…协定》(EVFTA), "l'accord de libre-échange … (EVFTA)".
func namesAgreement(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	if strings.HasSuffix(before, "》") || strings.HasSuffix(before, "»") || strings.HasSuffix(before, "\"") {
		return true
	}
	k := max(0, len(before)-90)
	for k > 0 && !utf8.RuneStart(before[k]) {
		k--
	}
	// Only the clause the parenthesis closes.
	if c := strings.LastIndexAny(before[k:], "),;，、；。）"); c >= 0 {
		k += c + 1
	}
	low := strings.ToLower(before[k:])
	for _, w := range []string{"accord", "agreement", "traité", "treaty", "convention", "pacte", "pact", "协定", "協定", "公约", "公約", "条约", "條約"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// trimNameStart drops dictionary words at the left of the first part of a
// dotted name, s[start:dot], keeping at least two characters.
func trimNameStart(s string, start, dot int) int {
	for start < dot {
		best := 0
		for _, t := range lexicon.Tokenize(language.Chinese, s[start:dot]) {
			if t.Start != 0 {
				break
			}
			w := t.Text
			if utf8.RuneCountInString(w) >= 2 && t.End < dot-start && utf8.RuneCountInString(s[start+t.End:dot]) >= 2 &&
				len(lexicon.Glosses(lexicon.Simplified(w))) > 0 && !lexicon.IsName(w) {
				best = t.End
			}
		}
		if best == 0 {
			break
		}
		start += best
	}
	return start
}

// Heads of French and English institution names the glossary may lack.
var (
	orgHeadsLower = []string{"ministère", "ministères", "ambassade", "ambassades", "consulat", "ministry", "embassy"}
	orgHeadsUpper = []string{"Commission", "Commissions", "Comité", "Comités", "Conseil", "Agence", "Autorité", "Institut",
		"Académie", "Fonds", "Fédération", "Association", "Union", "Banque", "Département", "Office", "Direction",
		"Tribunal", "Cour", "Université", "École", "Organisation", "Société", "Groupe", "Fondation", "Ministère",
		"Ministry", "Committee", "Council", "Agency", "Authority", "Institute", "Academy", "Fund", "Federation",
		"Association", "Bank", "Department", "Office", "University", "Organisation", "Organization", "Foundation"}
	orgPreps = []string{"de la", "de l'", "de l’", "des", "du", "de", "d'", "d’", "pour la", "pour le", "pour les", "of the", "of",
		"for the", "for"}
	adjSuffixes = []string{"al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "iens", "iennes", "ais", "aise",
		"aises", "ois", "oise", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives", "aire", "aires", "ier", "ière",
		"iers", "ières", "eur", "ure", "ieure", "ieures", "ieur", "ieurs", "ain", "aine", "ains", "aines", "e", "es",
		"an", "ic", "ical", "ial", "ian", "ese", "ish"}
)

var (
	orgHeadsLowerSet = newWordSet(orgHeadsLower)
	orgHeadsAnyCase  = newWordSet(orgHeadsLower, orgHeadsUpper)
	orgHeadsUpperSet = func() map[string]bool {
		m := map[string]bool{}
		for _, h := range orgHeadsUpper {
			m[h] = true
		}
		return m
	}()
)

// latinOrgs finds institution names built on a head noun: "Commission
// centrale des affaires intérieures", "ministères des Affaires
// étrangères", "ambassade du Vietnam", "Comités populaires de niveau
// provincial". The name goes on with adjectives, and with "de", "des", "du"
// … each followed by one noun and its adjectives, or by capitalised words;
// "et" joins two such groups. Names that overlap a glossary mention are
// left to it. Value is "name:" and the folded text.
func latinOrgs(lang language.Tag, s string, taken []span) []Fact {
	var out []Fact
	isAdj := func(w string) bool {
		if w == "" || unicode.IsUpper([]rune(w)[0]) || lexicon.Stopword(lang, strings.ToLower(w)) {
			return false
		}
		for _, sf := range adjSuffixes {
			if strings.HasSuffix(w, sf) && len(w) > len(sf)+2 {
				return true
			}
		}
		return false
	}
	wordAt := func(i int) (string, int) {
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if 'a' <= c|0x20 && c|0x20 <= 'z' || (c == '-' && j > i && isLetterAt(s, j+1)) {
					j++
					continue
				}
				break
			}
			r, w := runeAt(s, j)
			if !isLetter(r) {
				break
			}
			j += w
		}
		return s[i:j], j
	}
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if !isLetter(r) || !wordStart(s, i) {
			i += w
			continue
		}
		head, e := wordAt(i)
		isHead := orgHeadsAnyCase.has(head) && (orgHeadsLowerSet.has(head) || orgHeadsUpperSet[head])
		if !isHead || overlapsAny(span{i, e}, taken) {
			i = e
			continue
		}
		end := e
		j := e
		// Adjectives right after the head.
		for {
			k := skipSpaces(s, j)
			wd, e2 := wordAt(k)
			if k == j || !isAdj(wd) {
				break
			}
			j, end = e2, e2
		}
		groups := 0
		for {
			k := skipSpaces(s, j)
			joined := false
			if strings.HasPrefix(s[k:], "et ") && groups > 0 {
				k = skipSpaces(s, k+len("et "))
				joined = true
			}
			prep := ""
			for _, p := range orgPreps {
				if e2, ok := hasPrefixFold(s, k, p); ok {
					last, _ := utf8.DecodeLastRuneInString(p)
					if !isLetter(last) || !isLetterAt(s, e2) {
						prep = p
						k = e2
						break
					}
				}
			}
			if prep == "" {
				break
			}
			k = skipSpaces(s, k)
			wd, e2 := wordAt(k)
			if wd == "" || lexicon.Stopword(lang, strings.ToLower(wd)) {
				break
			}
			_ = joined
			// A noun, or a run of capitalised words (Vu A Dinh).
			j = e2
			if unicode.IsUpper([]rune(wd)[0]) {
				for {
					k2 := skipSpaces(s, j)
					w2, e3 := wordAt(k2)
					if k2 == j || w2 == "" || !unicode.IsUpper([]rune(w2)[0]) {
						break
					}
					j = e3
				}
			}
			for {
				k2 := skipSpaces(s, j)
				w2, e3 := wordAt(k2)
				if k2 == j || !isAdj(w2) {
					break
				}
				j = e3
			}
			end = j
			groups++
		}
		sp := span{i, end}
		if (groups > 0 || end > e) && !overlapsAny(sp, taken) {
			text := s[i:end]
			out = append(out, Fact{Kind: Org, Text: text, Value: "name:" + lexicon.Fold(text), Start: i, End: end})
			taken = append(taken, sp)
		}
		i = max(end, e)
	}
	return out
}
