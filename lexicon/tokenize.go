package lexicon

import (
	"hash/maphash"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// A TokenKind tells what a [Token] is made of.
type TokenKind int

// Token kinds.
const (
	Word   TokenKind = iota // a word (for Chinese: a dictionary word, a name or an unknown character)
	Number                  // digits, with decimal and thousands separators ("3,5", "35 000", "2.5")
	Latin                   // a Latin-script word inside Chinese text
	Punct                   // punctuation or a symbol
)

// String returns the kind's name: word, number, latin or punct.
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Latin:
		return "latin"
	case Punct:
		return "punct"
	}
	return "TokenKind(" + strconv.Itoa(int(k)) + ")"
}

// A Token is a word, number or punctuation mark of a text: s[Start:End] == Text.
type Token struct {
	Text       string
	Start, End int // byte offsets in the input
	Kind       TokenKind
}

// Tokenize splits s into tokens, skipping white space. Chinese text
// (lang's base language zh) is segmented with the dictionary (maximum
// probability path over jieba and CC-CEDICT words), then runs that look
// like personal names (a surname and two given-name characters, or
// transliterated foreign names such as 马莫诺夫) are joined into one token;
// Latin-script runs inside Chinese become [Latin] tokens. Other languages
// are split into words, with French elisions split off ("l'", "qu'") and
// hyphenated words kept whole.
func Tokenize(lang language.Tag, s string) []Token {
	zh := isChinese(lang)
	// About one token per five bytes, in French as in Chinese: allocate
	// once instead of growing the slice.
	toks := make([]Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1:
			i += size
		case isHan(r) || r == '〇':
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isHan(r2) && r2 != '〇' {
					break
				}
				j += n
			}
			toks = segmentHanCached(toks, s, i, j)
			i = j
		case isDigit(r):
			j := scanNumber(s, i, zh)
			if !zh {
				j = frenchNumberSuffix(s, j)
			}
			toks = append(toks, Token{s[i:j], i, j, Number})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := scanWord(s, i)
			w := s[i:j]
			kind := Word
			if zh {
				kind = Latin
			} else if k := elision(w); k > 0 && k < len(w) {
				toks = append(toks, Token{w[:k], i, i + k, Word})
				i += k
				w = s[i:j]
			}
			toks = append(toks, Token{w, i, j, kind})
			i = j
		default:
			toks = append(toks, Token{s[i : i+size], i, i + size, Punct})
			i += size
		}
	}
	if len(toks) == 0 {
		return nil
	}
	return toks
}

func isChinese(lang language.Tag) bool { return baseLang(lang) == zhLang }

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// scanNumber returns the end of the number starting at i: digits with
// internal '.', ',' (before a digit) and, outside Chinese, groups of three
// digits after a space (French thousands).
func scanNumber(s string, i int, zh bool) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isDigit(r) {
			j += n
			continue
		}
		if r == '.' || r == ',' || r == '．' {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && isDigit(r2) {
				j += n
				continue
			}
		}
		if !zh && (r == ' ' || r == '\u00a0' || r == '\u202f') {
			k := j + n
			d := 0
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
				d++
			}
			if d == 3 && (k == len(s) || s[k] < '0' || s[k] > '9') {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// frenchNumberSuffix extends a number ending at j over an ordinal suffix
// (14e, 1er, 2ème, 1re) or an hour (15h00, 9h) when no letter follows.
func frenchNumberSuffix(s string, j int) int {
	for _, suf := range []string{"ème", "eme", "ère", "er", "re", "e", "h"} {
		if !strings.HasPrefix(s[j:], suf) {
			continue
		}
		k := j + len(suf)
		if suf == "h" {
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); k == len(s) || !unicode.IsLetter(r) && !isDigit(r) {
			return k
		}
	}
	return j
}

// scanWord returns the end of the word starting at i: letters, marks and
// digits, with internal hyphens and apostrophes.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && c != '-' && c != '\'' {
			// ASCII: letters and digits continue the word.
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if isHan(r) {
			break
		}
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || isDigit(r) {
			j += n
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && unicode.IsLetter(r2) && !isHan(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// elision returns the length of a French elided article or pronoun that
// starts w ("l'", "qu'", "jusqu'"), or 0.
func elision(w string) int {
	// i: the first apostrophe, if within the first 8 bytes.
	i := -1
	for k := 0; k < len(w) && k <= 7; k++ {
		if w[k] == '\'' || w[k] == 0xE2 && strings.HasPrefix(w[k:], "’") {
			i = k
			break
		}
	}
	if i <= 0 {
		return 0
	}
	switch strings.ToLower(w[:i]) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		_, n := utf8.DecodeRuneInString(w[i:])
		return i + n
	}
	return 0
}

// segScratch holds the buffers of one segmentation, reused through
// segPool.
type segScratch struct {
	pos, idx, next []int
	route          []float64
	words          []prefixWord
	toks           []Token
}

var segPool = sync.Pool{New: func() any { return new(segScratch) }}

// segmentHanCached is segmentHan remembering the segmentation of short
// runs: the phrases between punctuation marks and numbers recur from
// sentence to sentence and from article to article (这次访问, 双方同意,
// reposted wire copy). The tokens of a run are a function of the run alone:
// they cover it, all of kind Word, and are remembered as their ends.
func segmentHanCached(dst []Token, s string, start, end int) []Token {
	run := s[start:end]
	if len(run) > segCacheRunMax {
		return segmentHan(dst, s, start, end)
	}
	sh := &segCache[maphash.String(segCacheSeed, run)%uint64(len(segCache))]
	sh.mu.RLock()
	ends, ok := sh.m[run]
	sh.mu.RUnlock()
	if !ok {
		n := len(dst)
		dst = segmentHan(dst, s, start, end)
		ends = make([]uint8, len(dst)-n)
		for k, t := range dst[n:] {
			ends[k] = uint8(t.End - start)
		}
		sh.mu.Lock()
		if sh.m == nil || len(sh.m) >= segCacheShardMax {
			sh.m = make(map[string][]uint8, 256)
		}
		sh.m[strings.Clone(run)] = ends
		sh.mu.Unlock()
		return dst
	}
	from := start
	for _, e := range ends {
		to := start + int(e)
		dst = append(dst, Token{s[from:to], from, to, Word})
		from = to
	}
	return dst
}

// segCacheRunMax is the longest run remembered, in bytes (at most 255: the
// ends are bytes); segCacheShardMax bounds each shard of segCache, which is
// emptied when full (about 64 × 2048 runs in all), without changing results.
const (
	segCacheRunMax   = 90
	segCacheShardMax = 2048
)

var (
	segCache [64]struct {
		mu sync.RWMutex
		m  map[string][]uint8
	}
	segCacheSeed = maphash.MakeSeed()
)

// segmentHan appends the tokens of the Han run s[start:end] to dst.
func segmentHan(dst []Token, s string, start, end int) []Token {
	// Segment the simplified form of the run (traditional characters map
	// to simplified ones of the same byte length), keep the original text.
	run := simplifiedSameLen(s[start:end])
	d := zhDictOnce()
	g := glossaryOnce()
	sc := segPool.Get().(*segScratch)
	defer segPool.Put(sc)
	// Rune boundaries of run.
	pos := sc.pos[:0]
	for i := range run {
		pos = append(pos, i)
	}
	n := len(pos)
	pos = append(pos, len(run))
	idx := grow(sc.idx, len(run)+1)
	for k, p := range pos {
		idx[p] = k
	}
	// route[k]: best log probability of segmenting run[pos[k]:]; next[k]:
	// the index where the first word of that segmentation ends.
	route := grow(sc.route, n+1)
	next := grow(sc.next, n+1)
	route[n], next[n] = 0, 0
	words := sc.words
	for k := n - 1; k >= 0; k-- {
		best, bestNext := math.Inf(-1), k+1
		r, _ := utf8.DecodeRuneInString(run[pos[k]:])
		// An unknown single character.
		single := -d.logTotal + route[k+1]
		if single > best {
			best = single
		}
		words = d.appendPrefixes(words[:0], run[pos[k]:])
		for _, w := range words {
			j := idx[pos[k]+w.end]
			v := d.logP[w.line] + route[j]
			if v >= best {
				best, bestNext = v, j
			}
		}
		// Glossary terms and names are words too. Extend the candidate
		// while it is a prefix of some form.
		for j := k + 2; j <= n && j-k <= min(g.maxZh, 8) && g.zhLong.has(r) && g.zhPair.has(r, lastRune(run[:pos[k+2]])); j++ {
			node := g.zhIdx[run[pos[k]:pos[j]]]
			if node.entry != nil {
				v := math.Log(glossaryFreq) - d.logTotal + route[j]
				if v > best {
					best, bestNext = v, j
				}
			}
			if !node.prefix {
				break
			}
		}
		route[k], next[k] = best, bestNext
	}
	toks := sc.toks[:0]
	for k := 0; k < n; k = next[k] {
		toks = append(toks, Token{run[pos[k]:pos[next[k]]], pos[k], pos[next[k]], Word})
	}
	toks = joinNames(run, toks, d)
	for _, t := range toks {
		t.Start += start
		t.End += start
		t.Text = s[t.Start:t.End]
		dst = append(dst, t)
	}
	clear(toks) // drop the references to run
	sc.pos, sc.idx, sc.route, sc.next, sc.words, sc.toks = pos, idx, route, next, words, toks
	return dst
}

// grow returns b resliced (or reallocated) to length n.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, n+n/4)
	}
	return b[:n]
}

// glossaryFreq is the frequency a glossary term gets in segmentation.
const glossaryFreq = 500

// simplifiedSameLen returns s with traditional characters replaced by
// simplified ones when that keeps every character's byte length (so
// offsets stay valid), else s.
func simplifiedSameLen(s string) string {
	v := variantsOnce()
	var b []byte
	for i, r := range s {
		if r < 0x10000 && !v.trad.has(r) {
			continue // no traditional character: the common case
		}
		ss := v.t2s[r]
		if len(ss) == 0 {
			continue
		}
		if _, isSimp := v.s2t[r]; isSimp {
			continue
		}
		if utf8.RuneLen(ss[0]) != utf8.RuneLen(r) {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		utf8.EncodeRune(b[i:], ss[0])
	}
	if b == nil {
		return s
	}
	return string(b)
}

// weakFreq is the frequency under which a dictionary word inside a
// candidate name does not prevent joining it into the name.
const weakFreq = 300

// joinNames merges tokens that together look like a personal name: a
// surname token followed by two weak characters (阮|春|福 → 阮春福), or a run
// of transliteration characters (马|莫诺|夫 → 马莫诺夫).
//
// It reuses the memory of toks: out[i] is written after toks[i] is read.
func joinNames(s string, toks []Token, d *zhDict) []Token {
	out := toks[:0]
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		// Transliterated foreign name: a run of weak tokens made of
		// transliteration characters, at least 3 characters, 2 tokens.
		if translitToken(t.Text, d) {
			m := k + 1
			chars := runeLen(t.Text)
			for m < len(toks) && translitToken(toks[m].Text, d) {
				chars += runeLen(toks[m].Text)
				m++
			}
			if m-k >= 2 && chars >= 3 && (anySingle(toks[k:m]) || chars >= 4) {
				out = append(out, Token{s[t.Start:toks[m-1].End], t.Start, toks[m-1].End, Word})
				k = m - 1
				continue
			}
		}
		// Vietnamese or Chinese name: surname + two given-name characters.
		if r, _ := utf8.DecodeRuneInString(t.Text); runeLen(t.Text) == 1 && Surname(r) {
			m, chars, want := k+1, 0, 2
			for m < len(toks) && chars < want && givenToken(toks[m].Text, d) {
				if chars == 0 && (strings.HasPrefix(toks[m].Text, "氏") || strings.HasPrefix(toks[m].Text, "文")) {
					want = 3 // 阮氏金银, 阮文安: a middle name and two more
				}
				chars += runeLen(toks[m].Text)
				m++
			}
			if chars == want && m > k+1 || want == 3 && chars == 2 && m > k+1 {
				out = append(out, Token{s[t.Start:toks[m-1].End], t.Start, toks[m-1].End, Word})
				k = m - 1
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func anySingle(toks []Token) bool {
	for _, t := range toks {
		if runeLen(t.Text) == 1 {
			return true
		}
	}
	return false
}

// givenToken reports whether w can be (part of) a given name: a single
// character that is not a function word, or a rare two-character word.
func givenToken(w string, d *zhDict) bool {
	switch runeLen(w) {
	case 1:
		r, _ := utf8.DecodeRuneInString(w)
		return !notGivenSet.has(r) && hanvietOnce()[r] != nil
	case 2:
		return d.Freq(w) < weakFreq && !notGivenSet.hasAny(w)
	}
	return false
}

// translitToken reports whether w is made of transliteration characters
// and is rare or unknown as a word.
func translitToken(w string, d *zhDict) bool {
	for _, r := range w {
		if !translitCharSet.has(r) {
			return false
		}
	}
	return runeLen(w) == 1 || d.Freq(w) < weakFreq
}

// notGiven holds characters that end a name rather than continue it:
// particles, verbs of saying, titles, and place suffixes.
const notGiven = "的了在是和与及对将为向等说称指出表示会见同就也都已并但而又从到由把被让给于以之其这那此该各每中上下内外省市县区州国人们者时后前年月日号点说道讲谈问答曾再还作致率访抵赴任提请均仍即则亦乃正等届次"

// translitChars are the characters of Chinese transcriptions of foreign
// names (the common part of the Xinhua transcription tables).
const translitChars = "理查书易玛丽娅约瑟翰歇舍谢夫娃契茨蒂妮琪娅丽莲黛露薇伊凡谢廖沙娜亚瓦尔斯基科维奇耶夫诺阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕庇宾波伯博布蔡查达戴丹道德登迪蒂杜敦多厄恩尔法菲费芬丰冯弗伏福盖甘冈戈格根古瓜圭哈海汉豪赫亨洪胡华霍基吉纪加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉列林琳留卢鲁伦罗洛马玛迈麦曼芒毛梅门蒙米密缪摩莫姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕潘佩彭皮珀普齐奇恰乔切钦琴丘萨塞桑瑟森沙莎舍申什施史舒斯松苏索塔泰坦汤唐陶特滕提托瓦万旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊因尤约扎泽詹兹佐"
