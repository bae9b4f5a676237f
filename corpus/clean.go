package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Removal reasons recorded in Document.Removed.
const (
	ReasonCaption      = "caption"
	ReasonDateline     = "dateline"
	ReasonSignature    = "signature"
	ReasonRelated      = "related-headlines"
	ReasonRelatedLink  = "related-link"
	ReasonDuplicate    = "duplicate"
	ReasonDupLead      = "duplicate-lead"
	ReasonDupTitle     = "duplicate-title"
	ReasonDateStamp    = "date-stamp"
	ReasonBoilerplate  = "boilerplate"
	ReasonMenu         = "menu"
	ReasonLink         = "link"
	ReasonNotParagraph = "not-text"
	ReasonAnnotation   = "annotation"
)

// pinyinRuby matches pronunciation notes printed after rare characters by
// some reposting sites: "農(nóng)業(yè)".
var pinyinRuby = regexp.MustCompile(`\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)`)

// A line is one input line with its 1-based number in the source.
type line struct {
	text string
	n    int
}

// A paragraph is cleaned body text; marks map byte offsets to source lines
// when wrapped lines were joined.
type paragraph struct {
	text  string
	marks []mark // sorted by off; marks[0].off == 0
}

type mark struct{ off, line int }

func (p paragraph) lineAt(off int) int {
	l := 0
	for _, m := range p.marks {
		if m.off > off {
			break
		}
		l = m.line
	}
	return l
}

// cleaned is the result of cleaning an article body.
type cleaned struct {
	paras   []paragraph
	removed []Removal
	repairs []Repair
	date    string
}

// Clean returns the cleaned paragraphs of an article body in language lang
// (one paragraph per line of the result), without its captions, datelines,
// agency signatures, related-headline lists, menus, link lines and
// duplicated lead; French words glued by lost line breaks are split. It is
// the cleaning [Load] applies after the title line. Clean is safe for
// concurrent use.
func Clean(lang language.Tag, body string) string {
	c := clean(lang, "", splitLines(body, 1))
	texts := make([]string, len(c.paras))
	for i, p := range c.paras {
		texts[i] = p.text
	}
	return strings.Join(texts, "\n")
}

// splitLines splits text into lines numbered from first.
func splitLines(text string, first int) []line {
	raw := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
	out := make([]line, len(raw))
	for i, r := range raw {
		out[i] = line{r, first + i}
	}
	return out
}

// mapRune is normalize's mapping of one character: zero-width characters,
// the byte-order mark, soft hyphens and other control characters dropped,
// tabs made spaces.
func mapRune(r rune) rune {
	switch {
	case r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\u00AD':
		return -1
	case r == '\t':
		return ' '
	case unicode.IsControl(r):
		return -1
	}
	return r
}

// normalize applies NFKC (full-width forms, ligatures, no-break spaces),
// drops control and zero-width characters and collapses white space.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	if !needsMap(s) {
		if !needsFields(s) {
			return s
		}
		return strings.Join(strings.Fields(s), " ")
	}
	s = strings.Map(mapRune, s)
	if !needsFields(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsMap reports whether the mapping of normalize may change s: s holds
// a control character (C0, DEL, C1; tab included), U+00AD, U+200B to
// U+200D, U+2060 or U+FEFF, or is not valid UTF-8.
func needsMap(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7F:
			return true
		case c == 0xC2: // U+0080 to U+00BF
			if i+1 < len(s) && (s[i+1] <= 0x9F || s[i+1] == 0xAD) {
				return true
			}
		case c == 0xE2: // U+2000 to U+2FFF
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0x8B && s[i+2] <= 0x8D || s[i+1] == 0x81 && s[i+2] == 0xA0) {
				return true
			}
		case c == 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return !utf8.ValidString(s)
}

// needsFields reports whether strings.Join(strings.Fields(s), " ") differs
// from s: s has white space at either end, or other than single spaces.
func needsFields(s string) bool {
	prevSpace := true // at the start, any space is one too many
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] && (c != ' ' || prevSpace) {
				return true
			}
			prevSpace = asciiSpace[c]
			i++
			continue
		}
		// Non-ASCII white space starts with one of these bytes: U+0085
		// and U+00A0 (C2), U+1680 (E1), U+2000 to U+205F (E2), U+3000 (E3).
		if c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return true
			}
			i += n
		} else {
			i++
		}
		prevSpace = false
	}
	return prevSpace && s != ""
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func clean(lang language.Tag, title string, lines []line) cleaned {
	var c cleaned
	zh := isChinese(lang)
	normTitle := squeeze(title)
	remove := func(n int, text, reason string) {
		if strings.TrimSpace(text) != "" {
			c.removed = append(c.removed, Removal{Line: n, Text: strings.TrimSpace(text), Reason: reason})
		}
	}

	type kept struct {
		text  string
		n     int
		blank bool   // a blank line came before it
		sq    string // squeeze(text)
	}
	var body []kept
	cut := false
	blank := true
	bodyRunes := 0
	for _, l := range lines {
		t := normalize(l.text)
		if t == "" {
			blank = true
			continue
		}
		if cut {
			remove(l.n, t, ReasonRelated)
			continue
		}
		// A leading " date YYYY-MM" stamp.
		if m := dateStampPrefix.FindStringSubmatch(t); m != nil {
			if c.date == "" {
				c.date = m[1]
			}
			remove(l.n, m[0], ReasonDateStamp)
			t = strings.TrimSpace(t[len(m[0]):])
			if t == "" {
				continue
			}
		}
		if relatedMarker(t) {
			if bodyRunes >= 15 {
				cut = true
				remove(l.n, t, ReasonRelated)
			} else {
				remove(l.n, t, ReasonMenu)
			}
			continue
		}
		if strings.HasPrefix(t, ">>") || strings.HasPrefix(t, "»»") || strings.HasPrefix(t, "→") {
			remove(l.n, t, ReasonRelatedLink)
			continue
		}
		if d, ok := dateOnly(t); ok {
			if c.date == "" {
				c.date = d
			}
			remove(l.n, t, ReasonDateStamp)
			continue
		}
		if reason := boilerplate(t); reason != "" {
			remove(l.n, t, reason)
			continue
		}
		// Captions: "<title> ảnh 1<caption>", "<caption>. Photo: VNA",
		// "<caption>。图自越通社"; body text glued after the credit stays.
		for k := 0; k < 3 && t != ""; k++ {
			start, end, ok := caption(t)
			if !ok {
				break
			}
			remove(l.n, t[start:end], ReasonCaption)
			t = strings.TrimSpace(t[:start] + " " + t[end:])
		}
		if t == "" {
			continue
		}
		if zh {
			if ms := pinyinRuby.FindAllString(t, -1); ms != nil {
				remove(l.n, strings.Join(ms, " "), ReasonAnnotation)
				t = pinyinRuby.ReplaceAllString(t, "")
			}
		}
		if signatureLine(t) {
			remove(l.n, t, ReasonSignature)
			continue
		}
		for k := 0; k < 2; k++ { // sometimes printed twice
			m := datelineRe(zh).FindString(t)
			if m == "" || len(m) == len(t) {
				break
			}
			remove(l.n, m, ReasonDateline)
			t = strings.TrimSpace(t[len(m):])
		}
		if m := findReporter(t); m != "" && len(m) < len(t) {
			remove(l.n, m, ReasonDateline)
			t = strings.TrimSpace(t[len(m):])
		}
		for mayEndInSignature(zh, t) {
			// The signature regexps end in $: match them on the tail only.
			base := 0
			if len(t) > 160 {
				base = len(t) - 160
				for base < len(t) && !utf8.RuneStart(t[base]) {
					base++
				}
			}
			m := signatureEnd(zh).FindStringSubmatchIndex(t[base:])
			if m == nil {
				break
			}
			for g := range m {
				if m[g] >= 0 {
					m[g] += base
				}
			}
			from := -1
			for g := 2; g < len(m); g += 2 {
				if m[g] >= 0 {
					from = m[g]
					break
				}
			}
			if from <= 0 {
				break
			}
			remove(l.n, t[from:], ReasonSignature)
			t = strings.TrimSpace(t[:from])
		}
		if t == "" {
			continue
		}
		st := squeeze(t)
		if st == normTitle && normTitle != "" {
			remove(l.n, t, ReasonDupTitle)
			continue
		}
		if len(body) > 0 && body[len(body)-1].sq == st {
			reason := ReasonDuplicate
			if len(body) <= 3 {
				reason = ReasonDupLead
			}
			remove(l.n, t, reason)
			continue
		}
		body = append(body, kept{t, l.n, blank, st})
		if bodyRunes < 15 { // only compared with 15
			bodyRunes += utf8.RuneCountInString(t)
		}
		blank = false
	}

	// French glued words.
	if b, _ := lang.Base(); b.String() == "fr" && len(body) > 0 {
		texts := make([]string, len(body))
		for i, k := range body {
			texts[i] = k.text
		}
		texts = append(texts, title)
		g := newGlueFixer(texts)
		for i := range body {
			t, ch := g.fixText(body[i].text, i)
			for _, x := range ch {
				c.repairs = append(c.repairs, Repair{Line: body[i].n, Old: x[0], New: x[1]})
			}
			body[i].text = t
		}
	}

	// Lines wrapped inside a paragraph are joined back. A page whose lines
	// were hard-wrapped (many lines continuing in lower case) has every
	// line without final punctuation joined to the next.
	pairs, lowerNext := 0, 0
	for i := 1; i < len(body); i++ {
		if body[i].blank {
			continue
		}
		pairs++
		first, _ := utf8.DecodeRuneInString(body[i].text)
		if !endsSentence(body[i-1].text) && unicode.IsLower(first) {
			lowerNext++
		}
	}
	hard := !zh && pairs >= 4 && lowerNext*3 >= pairs
	for i, k := range body {
		if i > 0 && !k.blank && (wrapped(zh, body[i-1].text, k.text, c.paras) || hard && !endsSentence(body[i-1].text)) {
			p := &c.paras[len(c.paras)-1]
			sep := " "
			if zh {
				sep = ""
			}
			p.marks = append(p.marks, mark{len(p.text) + len(sep), k.n})
			p.text += sep + k.text
			continue
		}
		c.paras = append(c.paras, paragraph{text: k.text, marks: []mark{{0, k.n}}})
	}

	// The lead printed twice: once as a summary, once after the dateline,
	// sometimes with a different ending.
	// sq[i] is squeeze(c.paras[i].text), computed once; n[i] its length
	// in runes.
	sq := make([]string, min(len(c.paras), 9))
	n := make([]int, len(sq))
	for i := range sq {
		sq[i] = squeeze(c.paras[i].text)
		n[i] = utf8.RuneCountInString(sq[i])
	}
	drop := func(i int) {
		c.paras = append(c.paras[:i], c.paras[i+1:]...)
		sq = append(sq[:i], sq[i+1:]...)
		n = append(n[:i], n[i+1:]...)
		if len(sq) < min(len(c.paras), 9) {
			k := len(sq)
			sq = append(sq, squeeze(c.paras[k].text))
			n = append(n, utf8.RuneCountInString(sq[k]))
		}
	}
	for i := 0; i < len(c.paras) && i < 6; i++ {
		a := sq[i]
		if n[i] < 15 {
			continue
		}
		for j := i + 1; j < len(c.paras) && j <= i+3; j++ {
			b := sq[j]
			if n[j] < 15 {
				continue
			}
			if strings.Contains(b, a) || sameLead(a, b, n[i], n[j]) {
				remove(c.paras[i].marks[0].line, c.paras[i].text, ReasonDupLead)
				drop(i)
				i--
				break
			}
			if strings.Contains(a, b) {
				remove(c.paras[j].marks[0].line, c.paras[j].text, ReasonDupLead)
				drop(j)
				j--
			}
		}
	}
	sort.SliceStable(c.removed, func(i, j int) bool { return c.removed[i].Line < c.removed[j].Line })
	return c
}

// squeeze lower-cases s and keeps only its letters and digits, for
// comparing paragraphs that differ in spacing or punctuation.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// CJK Unified Ideographs (caseless letters, three bytes with lead
		// bytes E4 to E9) are copied as they are.
		if c := s[i]; c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x4E00 {
				b.WriteString(s[i : i+3])
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				b.WriteByte(byte(r))
			case 'A' <= r && r <= 'Z':
				b.WriteByte(byte(r) + 'a' - 'A')
			}
			continue
		}
		if 0x4E00 <= r && r <= 0x9FFF { // CJK Unified Ideographs: caseless letters
			b.WriteRune(r)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// sameLead reports whether squeezed paragraphs a and b, of na and nb runes,
// are the same lead told twice: a common beginning covering most of the
// shorter one.
func sameLead(a, b string, na, nb int) bool {
	p := 0 // common prefix in bytes
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	// Back off to the start of a rune that differs (squeeze writes valid
	// UTF-8, so equal bytes up to a rune boundary are equal runes).
	for p < len(a) && p > 0 && !utf8.RuneStart(a[p]) {
		p--
	}
	n := utf8.RuneCountInString(a[:p])
	return n >= 40 && n*10 >= 7*min(na, nb)
}

// endsSentence reports whether line t ends with final punctuation.
func endsSentence(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	return isTerminator(last) || isCloser(last) && last != ')' || last == ':' || last == ';'
}

// wrapped reports whether next continues prev, a line broken inside a
// sentence.
func wrapped(zh bool, prev, next string, paras []paragraph) bool {
	if len(paras) == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if isTerminator(last) || isCloser(last) && last != ')' || last == ':' {
		return false
	}
	if zh {
		return false
	}
	return unicode.IsLower(first) || last == ',' || last == '-' && unicode.IsLetter(first)
}

var dateStampPrefix = regexp.MustCompile(`^date (\d{4}-\d{2}(?:-\d{2})?)\b\s*`)

var dateRes = []*regexp.Regexp{
	regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`),
	regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`),
}

var stampNoise = regexp.MustCompile(`(?i)\d{1,2}:\d{2}(?::\d{2})?|星期.|周.|礼拜.|GMT|UTC|[+]\d+|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(?:thứ|chủ nhật)\b|更新|发布|發佈|发表|时间|時間|日期|publié|mis à jour|updated|published`)

// dateOnly reports whether t is nothing but a publication time stamp
// ("2018-12-15 22:42", "星期四, 21/11/2024 15:47 (GMT +7)"), and its date.
func dateOnly(t string) (string, bool) {
	if utf8.RuneCountInString(t) > 60 || !strings.ContainsAny(t, "0123456789") {
		return "", false // both dateRes need ASCII digits
	}
	for i, re := range dateRes {
		m := re.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		rest := t[:m[0]] + " " + t[m[1]:]
		rest = stampNoise.ReplaceAllString(rest, " ")
		letters := 0
		for _, r := range rest {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
			}
		}
		if letters > 3 {
			return "", false
		}
		g := func(k int) string { return t[m[2*k]:m[2*k+1]] }
		var y, mo, d string
		if i == 0 {
			y, mo, d = g(1), g(2), g(3)
		} else {
			y, mo, d = g(3), g(2), g(1)
		}
		return fmt.Sprintf("%s-%02s-%02s", y, mo, d), true
	}
	return "", false
}

// relatedMarkers start the list of unrelated headlines at the end of a page.
var relatedMarkers = map[string]bool{
	"更多": true, "更多新闻": true, "更多新聞": true, "相关新闻": true, "相關新聞": true, "相关阅读": true,
	"相關閱讀": true, "延伸阅读": true, "延伸閱讀": true, "推荐阅读": true, "推薦閱讀": true, "相关文章": true,
	"相關文章": true, "相关报道": true, "相關報導": true, "热点文章": true, "热评文章": true, "热赞文章": true,
	"其他新闻": true, "往期回顾": true, "热门文章": true, "熱門文章": true, "推荐文章": true, "猜你喜欢": true, "精彩推荐": true, "阅读更多": true,
	"voir plus": true, "voir aussi": true, "lire aussi": true, "à lire aussi": true, "a lire aussi": true,
	"sur le même sujet": true, "articles liés": true, "articles similaires": true, "dans la même rubrique": true,
	"autres articles": true, "source": true, "sources": true, "related": true, "related news": true,
	"related articles": true, "read more": true, "more": true, "see also": true, "more stories": true,
	"xem thêm": true, "tin liên quan": true, "tin khác": true, "bài liên quan": true,
}

// maxRelatedRunes is the length of the longest relatedMarkers key, in runes.
var maxRelatedRunes = func() int {
	n := 0
	for k := range relatedMarkers {
		n = max(n, utf8.RuneCountInString(k))
	}
	return n
}()

// endMarkers start the furniture after an article: donation boxes, comment
// sections, reading lists.
var endMarkers = []string{
	"支持红色网站", "支持我们", "打赏", "赞赏支持", "我要评论", "我来说两句", "发表评论", "發表評論", "网友评论", "網友評論",
	"读者意见", "讀者意見", "评论(", "評論(", "大家都在看", "猜你喜欢", "热门推荐", "熱門推薦", "相关推荐", "相關推薦",
	"réagir", "laisser un commentaire", "vos commentaires", "leave a comment",
}

// relatedMarker reports whether line t announces a related-headline list
// or the page furniture that follows an article.
func relatedMarker(t string) bool {
	s := strings.TrimFunc(t, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	// Lower-casing keeps the number of runes: a line longer than any
	// marker is none.
	if n := utf8.RuneCountInString(s); n > 20 && n > maxRelatedRunes {
		return false
	}
	s = strings.ToLower(s)
	if relatedMarkers[s] {
		return true
	}
	if utf8.RuneCountInString(s) > 20 {
		return false
	}
	for _, m := range endMarkers {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// uiLines are page furniture that is never article text.
var uiLines = map[string]bool{
	"advertisement": true, "publicité": true, "publicite": true, "annonce": true, "广告": true, "廣告": true,
	"chia sẻ": true, "quay lên trên": true, "bình luận": true, "in bài": true, "lưu": true,
	"反馈": true, "反饋": true, "网友评论": true, "網友評論": true, "分享": true, "打印": true, "列印": true,
	"赞赏": true, "赞赏备注": true, "确认赞赏": true, "收藏": true, "点赞": true, "返回顶部": true, "其他": true,
	"app store": true, "google play": true, "download on the": true, "get it on": true,
	"partager": true, "imprimer": true, "tweet": true, "facebook": true, "twitter": true, "zalo": true,
	"share": true, "print": true, "email": true, "e-mail": true, "commentaires": true, "comments": true,
	"feedback": true, "leftcenterrightdel": true, "nouvelles": true, "actualités": true, "news": true, "新闻": true, "新聞": true,
	"haut de page": true, "retour en haut": true, "back to top": true,
}

// uiLineRunes is the length of the longest uiLines key in runes,
// uiPrefixBytes that of the longest uiPrefixes entry in bytes.
var uiLineRunes, uiPrefixBytes = func() (int, int) {
	n, b := 0, 0
	for k := range uiLines {
		n = max(n, utf8.RuneCountInString(k))
	}
	for _, p := range uiPrefixes {
		b = max(b, len(p))
	}
	return n, b
}()

// runeOffset returns the byte offset of the n-th rune of s (0-based), or
// len(s) when s has at most n runes.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

var uiPrefixes = []string{
	"评论(", "評論(", "读者意见", "讀者意見", "感谢您的支持", "您的打赏", "在『", "「 支持", "*本網站", "*本网站",
	"下載", "下载", "立即預購", "立即预购", "扫描二维码", "掃描二維碼", "关注我们", "關注我們", "版权所有", "版權所有",
	"copyright", "©", "suivez-nous", "abonnez-vous", "follow us", "subscribe",
}

// codeLine matches script debris such as "intNumViewTotal=502".
var codeLine = regexp.MustCompile(`^[A-Za-z_$][\w.$]*\s*=\s*\S*;?$`)

var urlRe = regexp.MustCompile(`(?i)https?://|www\.|bit\.ly/|\.(?:com|vn|cn|net|org)/`)

// mayHaveURL is a quick test that must hold for urlRe to match t: all its
// alternatives have a slash or "www." in any case.
func mayHaveURL(t string) bool {
	if strings.IndexByte(t, '/') >= 0 {
		return true
	}
	for i := 3; i < len(t); i++ {
		if t[i] == '.' && (t[i-3]|0x20) == 'w' && (t[i-2]|0x20) == 'w' && (t[i-1]|0x20) == 'w' {
			return true
		}
	}
	return false
}

// boilerplate returns the reason line t is page furniture, or "".
func boilerplate(t string) string {
	plain := strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || isBullet(r) || r == '|' || r == '·' || r == '-'
	})
	if plain == "" || !strings.ContainsFunc(plain, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ReasonNotParagraph
	}
	// Lower-casing maps rune by rune: a line of more runes than any
	// uiLines key is none, and the prefixes are decided by the lower case
	// of the first uiPrefixBytes runes (each at least one byte).
	head, whole := plain, true
	if k := runeOffset(plain, max(uiLineRunes, uiPrefixBytes)); k < len(plain) {
		head, whole = plain[:k], false
	}
	lower := strings.ToLower(head)
	if whole && uiLines[lower] {
		return ReasonBoilerplate
	}
	for _, p := range uiPrefixes {
		if strings.HasPrefix(lower, p) {
			return ReasonBoilerplate
		}
	}
	n := utf8.RuneCountInString(t)
	if strings.IndexByte(t, '=') >= 0 && codeLine.MatchString(t) {
		return ReasonBoilerplate
	}
	if n <= 120 && mayHaveURL(t) && urlRe.MatchString(t) {
		return ReasonLink
	}
	// Emoji-led banners ("🔔下載…App").
	if r, _ := utf8.DecodeRuneInString(t); r >= 0x1F000 || r >= 0x2600 && r <= 0x27BF {
		return ReasonBoilerplate
	}
	// Menus: "Vietnamese | English | 中文", "• 告别式".
	if strings.Count(t, "|") >= 2 {
		short := true
		for p := range strings.SplitSeq(t, "|") {
			if utf8.RuneCountInString(strings.TrimSpace(p)) > 25 {
				short = false
				break
			}
		}
		if short {
			return ReasonMenu
		}
	}
	if r, _ := utf8.DecodeRuneInString(t); isBullet(r) && n <= 25 {
		return ReasonMenu
	}
	// Short Vietnamese-language lines inside a Chinese or French page are
	// the site's own menu ("Chia sẻ", "Quay lên trên").
	if n <= 40 && !strings.ContainsAny(t, ".。!?") && strings.ContainsFunc(t, isVietnameseLetter) &&
		!strings.ContainsFunc(t, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		if lang, _ := Detect(t); lang == language.Und {
			return ReasonMenu
		}
	}
	return ""
}

func isVietnameseLetter(r rune) bool {
	return strings.ContainsRune("ăơưđĂƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", unicode.ToLower(r))
}

// Captions.
var (
	// "<title> ảnh 1<caption>": the agency's photo marker (Vietnamese
	// "picture 1"), with the page title before it.
	photoMarker = regexp.MustCompile(`(?i)(?:^|\s)(?:-\s*)?(?:hình ảnh|hinh anh|ảnh|anh)\s*\d{1,2}(?:\s|$|[\p{L}(])`)
	// Latin-script credits: "Photo: VNA", "Photo : Nhan Sang/VNA/CVN",
	// "(Photo: VNA)", "- Photo TTXVN", "Photo . VNA".
	latinCredit = regexp.MustCompile(`(?:^|[\s.(]|-\s?)\(?(?:Photos?|PHOTO|Ảnh|Crédit photo|Crédits photo|Source photo|Image)\s*[:.]?\s*`)
	creditTail  = regexp.MustCompile(`^(?:(?:[\p{Lu}][\p{L}.'-]*\s+){0,4}[\p{L}0-9.'-]*(?:/[\p{L}0-9.]+(?: [\p{L}0-9.]+)?)+|[\p{Lu}0-9]{2,}|Getty Images|AFP|Reuters|EPA|AP|internet|Internet|DR|X|[\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+)\)?\s*`)
	// Han-script credits: "图自越通社", "(图片来源:越通社)", "(圖源:智勇)",
	// "——图片:VGP/日北", "(陈海 摄)", "(法新社)".
	hanCredit = regexp.MustCompile(`(?:图自|圖自|图片来自|圖片來自|图源[::]|圖源[::])[^\s。,,]{0,16}[。.]?` +
		`|[((](?:图片|照片|圖片|圖|图)?(?:来源|來源|源|提供)[::][^))]{1,40}[))][。.]?` +
		`|(?:——|—|-)\s*(?:图片|圖片|图|圖)[::]\S{1,40}` +
		`|[((][^()()]{1,16}\s*(?:摄|攝|供图|供圖)[))]` +
		`|[((](?:法新社|路透社|美联社|美聯社|新华社|新華社|越通社|中新社|欧新社|歐新社)[))]$`)
)

// caption finds a photo caption in line t and returns the byte span to
// remove: from the start of the line to the end of the credit, or to the end
// of the line.
func caption(t string) (start, end int, ok bool) {
	if loc := findPhotoMarker(t); loc != nil {
		// The caption runs to its credit; body text may follow it.
		rest := t[loc[1]:]
		if _, e, ok := credit(rest); ok && utf8.RuneCountInString(rest[e:]) >= 30 {
			return 0, loc[1] + e, true
		}
		return 0, len(t), true
	}
	if len(t) > 400 && utf8.RuneCountInString(t) > 400 {
		return 0, 0, false
	}
	s, e, ok := credit(t)
	if !ok {
		return 0, 0, false
	}
	after := strings.TrimSpace(t[e:])
	before := t[:s]
	if after == "" {
		// A credit ending the line: the whole line is a caption when it is
		// short, else the credit is a signature on a paragraph.
		if utf8.RuneCountInString(before) <= 160 || len(Split(language.Und, before)) <= 2 {
			return 0, len(t), true
		}
		return s, len(t), true
	}
	if utf8.RuneCountInString(before) > 300 {
		return 0, 0, false
	}
	if utf8.RuneCountInString(after) < 20 {
		return 0, len(t), true // debris after the credit ("| ")
	}
	// Text after the credit is body glued to the caption.
	return 0, e, true
}

// findPhotoMarker locates the "ảnh 1" marker, or returns nil.
func findPhotoMarker(t string) []int {
	if !strings.Contains(t, "nh") || // all three end in "nh"
		!strings.Contains(t, "ảnh") && !strings.Contains(t, "anh") && !strings.Contains(t, "Ảnh") {
		return nil // fast path
	}
	return photoMarker.FindStringIndex(t)
}

// credit finds the first photo credit in t.
func credit(t string) (start, end int, ok bool) {
	best := -1
	if strings.ContainsFunc(t, func(r rune) bool {
		switch r {
		case '图', '圖', '摄', '攝', '社', '源', '供':
			return true
		}
		return false
	}) {
		if loc := hanCredit.FindStringIndex(t); loc != nil {
			start, end, best = loc[0], loc[1], loc[0]
		}
	}
	if !strings.Contains(t, "Photo") && !strings.Contains(t, "PHOTO") && !strings.Contains(t, "Ảnh") &&
		!strings.Contains(t, "Crédit") && !strings.Contains(t, "Source photo") && !strings.Contains(t, "Image") {
		return start, end, best >= 0
	}
	if loc := latinCredit.FindStringIndex(t); loc != nil && (best < 0 || loc[0] < best) {
		e := loc[1]
		if tail := creditTail.FindString(t[e:]); tail != "" {
			e += len(tail)
		} else if utf8.RuneCountInString(t[e:]) > 40 {
			return start, end, best >= 0
		} else {
			e = len(t)
		}
		start, end, best = loc[0], e, loc[0]
	}
	return start, end, best >= 0
}

// Datelines.
var (
	latinDateline = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}'’.-]*(?:[ -][\p{Lu}][\p{L}'’.-]*){0,3})?\s*(?:,\s*(?:(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*)?[((]\s*(?:[\p{Lu}][\p{L}/]{1,15}|[\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+)\s*[))]\s*[-–—:]+\s*`)
	zhDateline    = regexp.MustCompile(`^[((]?\s*(?:` +
		// 越通社河内 ——, 越通社东京8月7日——, (VOVWORLD) -
		`(?:\p{Han}{1,4}(?:社|报|報|网|網|台|之声|之聲)|[A-Z][A-Za-z]{1,12})[\p{Han}.·\s]{0,10}?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:电|電)?[))]?\s*(?:——|—|–|--|-)` +
		// 越通社河内2月20日电, (越南.河内15日综合电)
		`|[\p{Han}A-Za-z.·\s]{0,12}?(?:\d{1,2}月)?\d{1,2}日(?:综合|綜合)?(?:电|電)[))]?\s*(?:——|—|–|--|-|:|:)?` +
		`|(?:\p{Han}{1,4}(?:社|报|報))[\p{Han}.·]{0,8}(?:电|電)[))]?\s*(?:——|—|–|--|-|:|:)?` +
		`)\s*`)
	// 越通社驻东京记者报道, 越通社特派记者报道:
	reporterRe = regexp.MustCompile(`^[((](?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*[^()]{1,12}[))]\s*|^(?:\p{Han}{1,4}(?:社|报|報|台))?(?:驻|駐)?\p{Han}{0,8}?(?:特派|前方)?(?:记者|記者)\p{Han}{0,4}?(?:报道|報導|報道|消息)\s*[,,::]\s*`)
)

// findReporter returns the reporter credit starting t, or "". Both
// alternatives of reporterRe name a reporter (记者) or correspondent (通讯员).
func findReporter(t string) string {
	if !strings.Contains(t, "记者") && !strings.Contains(t, "記者") && !strings.Contains(t, "通讯员") && !strings.Contains(t, "通訊員") {
		return ""
	}
	return reporterRe.FindString(t)
}

func datelineRe(zh bool) *regexp.Regexp {
	if zh {
		return zhDateline
	}
	return latinDateline
}

// Signatures.
var (
	// Each has one group: the signature to remove from the end of a line.
	zhSignatureEnd = regexp.MustCompile(`(\s*[((](?:完|完\)|[\p{Han}]{1,4}社(?:\s*[-–—/]\s*[A-Z]{2,6})?|[A-Z]{2,8}(?:\s*[-/—–]\s*[A-Z]{2,8})*|(?:来源|來源|编辑|編輯|责编|責編|编译|編譯)[::][^()()]{1,20}|(?:转自|轉自|转载自|轉載自)[^()()]{1,20})[))][。.]?\s*)$` +
		`|[。.!?)」”](\s*(?:越通社|新华社|新華社|中新社)\s*)$`)
	latinSignatureEnd = regexp.MustCompile(`(?:[.!?»"”)]|\s)(\s*[-–—]\s*[A-Z]{2,8}(?:/[A-Z]{2,8})*\s*)$` +
		`|\s((?:VNA|CVN|VOV|AFP|TTXVN|VNS|VOVWORLD|Belga|Reuters|Xinhua)(?:/[A-Z]{2,8})*\s*)$` +
		`|(\s*\((?:VNA|CVN|VOV|AFP|Belga|Reuters|AP|Xinhua|[A-Z]{2,6}/[A-Z]{2,6})\)\s*)$` +
		`|(\s*\((?:Reporting|Writing|Editing|Additional reporting|Rédigé|Édité) (?:by|par) [^()]{1,120}\)\s*)$`)
	signatureOnly = regexp.MustCompile(`^(?:(?:本报|本報)?(?:编译员|編譯員|记者|記者|通讯员|通訊員|编辑|編輯)\s+\p{Han}{2,4}|[((《]?\s*(?:[\p{Han}]{1,4}社(?:\s*[-–—/]\s*[A-Z]{2,6})?|[A-Z]{2,8}(?:/[A-Z]{2,8})*|完|(?:转自|轉自|转载自|轉載自)[^()]{1,20})\s*[))》]?[。.]?|[《((]?(?:来源|來源|责任编辑|責任編輯|编辑|編輯|责编|責編|作者|撰文|编译|編譯|Source|Auteur|Rédaction)\s*[::].{0,40}?[》))]?)$`)
)

func signatureEnd(zh bool) *regexp.Regexp {
	if zh {
		return zhSignatureEnd
	}
	return latinSignatureEnd
}

// mayEndInSignature is a quick test that must hold for signatureEnd(zh) to
// match t: the last characters its alternatives require. Chinese ones end
// in ")" or ")", possibly followed by "。" or ".", or in "社"; Latin ones
// in an ASCII letter or ")". White space (\s) may follow.
func mayEndInSignature(zh bool, t string) bool {
	t = strings.TrimRight(t, "\t\n\f\r ")
	if zh {
		if strings.HasSuffix(t, "社") {
			return true
		}
		if u, ok := strings.CutSuffix(t, "。"); ok {
			t = u
		} else {
			t = strings.TrimSuffix(t, ".")
		}
		return strings.HasSuffix(t, ")") || strings.HasSuffix(t, ")")
	}
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return c == ')' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func signatureLine(t string) bool {
	return utf8.RuneCountInString(t) <= 50 && signatureOnly.MatchString(t)
}
