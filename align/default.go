package align

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"

	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/lexicon"
)

// DefaultView is the [ViewFunc] an Aligner uses when its View is nil. It
// converts Chinese to simplified characters, tokenizes with
// [lexicon.Tokenize] and drops stop words and punctuation.
// Each remaining word gets:
//
//   - its concepts from [lexicon.Concepts] (English stems of CC-CEDICT
//     glosses for Chinese, of the French word list for French; glossary ids);
//   - the facts [extract.Sentence] finds in it: dates ("d:2019-02-20", and
//     "d:--02-20" so that a date given without its year still meets it),
//     numbers ("n:117000000", and "n~1e8" cut to the first significant
//     digit so that an exact figure meets a round one), people, places and
//     organisations by their canonical values, as anchors;
//   - for digits, the normalised value ("n:1200") as an anchor;
//   - for Latin words inside Chinese and capitalised French or English
//     words that do not start the sentence, the folded word ("w:hanoi") as an
//     anchor;
//   - for Chinese words that look like personal names ([lexicon.IsName]),
//     the Hán-Việt readings of their characters ("w:mai", "w:tien",
//     "w:dung"), as an anchor, so that 梅进勇 meets "Mai Tien Dung".
//
// The form Model 1 learns from is the word itself for Chinese and the first
// six letters of the folded word otherwise. Word analyses are cached; the
// function is safe for concurrent use.
func DefaultView(lang language.Tag, s string) []Word {
	return view(lang, s, extract.Sentence)
}

// FastView is [DefaultView] without the extraction of people, places and
// organisations (dates and numbers only), about twice as fast; names still
// meet through Latin words, capitalised words and Hán-Việt readings. An
// Aligner whose View is nil uses it for texts of more than
// [FastViewSentences] sentences in all.
func FastView(lang language.Tag, s string) []Word {
	return view(lang, s, datesAndNumbers)
}

// FastViewSentences is the size, in sentences of both sides, above which
// an Aligner with a nil View uses [FastView].
const FastViewSentences = 4000

func datesAndNumbers(lang language.Tag, s string) []extract.Fact {
	return append(extract.Dates(lang, s), extract.Numbers(lang, s)...)
}

func view(lang language.Tag, s string, extractFacts func(language.Tag, string) []extract.Fact) []Word {
	zh := base(lang) == "zh"
	if zh {
		s = lexicon.Simplified(s)
	}
	toks := lexicon.Tokenize(lang, s)
	facts := extractFacts(lang, s)
	factUsed := make([]bool, len(facts))
	var words []Word
	first := true
	for _, t := range toks {
		var w Word
		switch t.Kind {
		case lexicon.Punct:
			continue
		case lexicon.Number:
			k := numberKey(t.Text)
			if k == "n:" {
				continue
			}
			w = Word{Form: k, Keys: []string{k}, Anchor: true}
		case lexicon.Latin:
			f := lexicon.Fold(t.Text)
			w = Word{Form: "w:" + f, Keys: append([]string{"w:" + f}, cachedConcepts(language.English, t.Text)...), Anchor: true}
		default:
			initial := first
			first = false
			c := cachedWord(lang, t.Text)
			if c.stop {
				continue
			}
			w = Word{Form: c.form, Keys: c.keys, Anchor: c.name}
			if !zh && !initial && unicode.IsUpper([]rune(t.Text)[0]) && len(t.Text) > 2 {
				w.Keys = append(w.Keys[:len(w.Keys):len(w.Keys)], "w:"+c.folded)
				w.Anchor = true
			}
		}
		first = false
		for k, f := range facts {
			if f.Start < t.End && t.Start < f.End && !factUsed[k] {
				// The first content word of a fact carries its keys.
				factUsed[k] = true
				w.Keys = append(w.Keys[:len(w.Keys):len(w.Keys)], factKeys(f)...)
				w.Anchor = true
			}
		}
		words = append(words, w)
	}
	// Facts whose words were all stop words ("un", "deux") still count.
	for k, f := range facts {
		if !factUsed[k] {
			k := factKeys(f)
			words = append(words, Word{Form: k[0], Keys: k, Anchor: true})
		}
	}
	return words
}

// factKeys returns the keys of a date or number fact: "d:2019-02-20" and
// "d:--02-20" for a full date (the other version may omit the year),
// "n:1200" for a number.
func factKeys(f extract.Fact) []string {
	switch f.Kind {
	case extract.Date:
		k := []string{"d:" + f.Value}
		if len(f.Value) == 10 && f.Value[4] == '-' && f.Value[7] == '-' {
			k = append(k, "d:--"+f.Value[5:])
		}
		return k
	case extract.Number:
		k := []string{"n:" + f.Value}
		if r := roundKey(f.Value); r != "" {
			k = append(k, r)
		}
		return k
	}
	return []string{string(f.Kind) + ":" + f.Value}
}

// wordInfo is the cached analysis of one word.
type wordInfo struct {
	stop   bool
	form   string
	folded string
	keys   []string
	name   bool
}

// wordCache maps a word to its analysis, per language code.
var wordCache = struct {
	sync.RWMutex
	m map[wordKey]*wordInfo
}{m: make(map[wordKey]*wordInfo)}

type wordKey struct {
	lang language.Base
	text string
}

const wordCacheMax = 200000

func cachedWord(lang language.Tag, text string) *wordInfo {
	b, _ := lang.Base()
	key := wordKey{b, text}
	wordCache.RLock()
	c := wordCache.m[key]
	wordCache.RUnlock()
	if c != nil {
		return c
	}
	c = analyse(lang, text)
	wordCache.Lock()
	if len(wordCache.m) >= wordCacheMax {
		wordCache.m = make(map[wordKey]*wordInfo)
	}
	wordCache.m[key] = c
	wordCache.Unlock()
	return c
}

func cachedConcepts(lang language.Tag, text string) []string {
	return cachedWord(lang, text).keys
}

func analyse(lang language.Tag, text string) *wordInfo {
	zh := base(lang) == "zh"
	c := &wordInfo{}
	if lexicon.Stopword(lang, text) || lexicon.Stopword(lang, strings.ToLower(text)) {
		c.stop = true
		return c
	}
	c.folded = lexicon.Fold(text)
	if zh {
		c.form = text
	} else {
		c.form = truncate(c.folded, 6)
	}
	c.keys = slices.Clone(lexicon.Concepts(lang, text))
	if !zh && len(c.keys) == 0 {
		// Plurals and capitalised forms the lexicon may lack.
		for _, f := range singulars(strings.ToLower(text)) {
			if c.keys = slices.Clone(lexicon.Concepts(lang, f)); len(c.keys) > 0 {
				break
			}
		}
	}
	if zh && lexicon.IsName(text) {
		c.name = true
		for _, r := range text {
			for _, rd := range lexicon.Readings(r) {
				c.keys = append(c.keys, "w:"+lexicon.Fold(rd))
			}
		}
	}
	return c
}

// singulars returns w and the singular forms it may have: "secteurs" →
// "secteur", "journaux" → "journal", "études" → "étude".
func singulars(w string) []string {
	out := []string{w}
	switch {
	case strings.HasSuffix(w, "aux") && len(w) > 4:
		out = append(out, w[:len(w)-3]+"al", w[:len(w)-1])
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		out = append(out, w[:len(w)-3]+"y", w[:len(w)-1])
	case strings.HasSuffix(w, "es") && len(w) > 3:
		out = append(out, w[:len(w)-1], w[:len(w)-2])
	case (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && len(w) > 3:
		out = append(out, w[:len(w)-1])
	}
	return out
}

// roundKey returns a key for a number of 1,000 or more cut to its first
// significant digit ("n~5e6" for 5,600,000 and for "cinq millions"), so that
// one report's exact figure meets another's round one; "" otherwise.
func roundKey(v string) string {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || x < 1000 || math.IsInf(x, 0) {
		return ""
	}
	e := int(math.Floor(math.Log10(x)))
	d := int(x / math.Pow(10, float64(e)))
	return "n~" + strconv.Itoa(d) + "e" + strconv.Itoa(e)
}
