package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Detect identifies the language of text: language.Chinese (script "Hans"
// or "Hant"), language.French or language.English (script "Latn"). For
// anything else it returns language.Und and, as script, a short reason
// such as "language: vi" or "unknown language".
//
// Han and Latin letters are counted first; Latin text is then decided by a
// vote of frequent function words (French, English, and the Latin-script
// languages it must not be mistaken for: Vietnamese, Spanish, Portuguese,
// Italian, German). Detect is safe for concurrent use.
func Detect(text string) (lang language.Tag, script string) {
	return detect([]string{text})
}

// detect is [Detect] of the texts joined by line breaks, without joining
// them: no count or word spans a line break.
func detect(texts []string) (lang language.Tag, script string) {
	var han, latin, kana, hangul, other, hans, hant int
	for _, text := range texts {
		han, latin, kana, hangul, other, hans, hant = countScripts(text, han, latin, kana, hangul, other, hans, hant)
	}
	letters := han + latin + kana + hangul + other
	switch {
	case letters == 0:
		return language.Und, "unknown language: no letters"
	case kana >= 3 && kana*5 >= han:
		return language.Und, "language: ja"
	case hangul*2 > letters:
		return language.Und, "language: ko"
	case han > 0 && han*10 >= letters*3:
		if hant > hans {
			return language.Chinese, "Hant"
		}
		return language.Chinese, "Hans"
	case other > latin:
		return language.Und, "unknown language (not Latin or Han script)"
	}
	best, score := latinVote(texts)
	switch {
	case score == 0:
		return language.Und, "unknown language"
	case best == "fr":
		return language.French, "Latn"
	case best == "en":
		return language.English, "Latn"
	}
	return language.Und, "language: " + best
}

// countScripts adds the letters of text to the counts of detect.
func countScripts(text string, han, latin, kana, hangul, other, hans, hant int) (int, int, int, int, int, int, int) {
	for _, r := range text {
		if r < utf8.RuneSelf { // ASCII letters are Latin; nothing else counts
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				latin++
			}
			continue
		}
		if r >= 0x4E00 && r <= 0x9FFF { // CJK Unified Ideographs, all Han
			han++
			switch k := r - 0x4E00; {
			case simplifiedBits[k>>6]&(1<<(k&63)) != 0:
				hans++
			case traditionalBits[k>>6]&(1<<(k&63)) != 0:
				hant++
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			switch {
			case simplifiedOnly[r]:
				hans++
			case traditionalOnly[r]:
				hant++
			}
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return han, latin, kana, hangul, other, hans, hant
}

// functionWords are a few dozen of the most frequent words per language,
// chosen to separate the languages from each other (own list).
var functionWords = map[string][]string{
	"fr": strings.Fields("le la les des du de un une et est sont dans pour par sur avec au aux qui que ce cette ces il ils elle nous vous ont été a à son sa ses leur leurs pas plus ne selon entre après avant lors"),
	"en": strings.Fields("the of and to in is are was were for on with that this by from at as be has have had it its an which who will would not or but their they he she after before"),
	"vi": strings.Fields("của và là các những được trong có cho với này người một không đã sẽ để từ khi đến về như nhiều năm theo tại ông bà cũng đó nhưng vào ra"),
	"es": strings.Fields("el los las del y por con para es se su al como más pero sus una fue han este esta entre sobre también"),
	"pt": strings.Fields("o os da do das dos em não uma com para ao é foi pelo pela mais como seu sua também"),
	"it": strings.Fields("il di che della delle dei gli per non sono nel nella alla una è stato anche come più ha"),
	"de": strings.Fields("der die das und ist nicht mit den von zu ein eine auf für dem sich des im auch wird wurde"),
}

// voteLangs are the languages of functionWords in the order that breaks
// ties in latinVote.
var voteLangs = [...]string{"fr", "en", "vi", "es", "pt", "it", "de"}

// functionLangs maps each function word to the set of voteLangs (bit i for
// voteLangs[i]) it belongs to.
var functionLangs = func() map[string]uint8 {
	m := make(map[string]uint8)
	for i, l := range voteLangs {
		for _, w := range functionWords[l] {
			m[w] |= 1 << i
		}
	}
	return m
}()

const viLetters = "ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"

// isVietnameseLower reports whether r is one of the lower-case letters only
// Vietnamese uses (all above U+00FF).
func isVietnameseLower(r rune) bool {
	return r > 0xFF && strings.ContainsRune(viLetters, r)
}

// latinVote returns the language whose function words are most frequent in
// text, and their count.
func latinVote(texts []string) (string, int) {
	var counts [len(voteLangs)]int
	words, viWords := 0, 0
	for _, text := range texts {
		words, viWords = voteWords(text, &counts, words, viWords)
	}
	return voteResult(texts, &counts, words, viWords)
}

// voteWords counts the words of text, those with Vietnamese letters and
// the function words of each language, for latinVote.
func voteWords(text string, counts *[len(voteLangs)]int, words, viWords int) (int, int) {
	lower := strings.ToLower(text)
	// The words are the maximal runs of letters.
	for i := 0; i < len(lower); {
		r, n := rune(lower[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(lower[i:])
		}
		if !isLetter(r) {
			i += n
			continue
		}
		start, vi := i, false
		for i < len(lower) {
			r, n = rune(lower[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(lower[i:])
			}
			if !isLetter(r) {
				break
			}
			vi = vi || isVietnameseLower(r)
			i += n
		}
		words++
		if vi {
			viWords++
		}
		if set := functionLangs[lower[start:i]]; set != 0 {
			for k := range counts {
				if set&(1<<k) != 0 {
					counts[k]++
				}
			}
		}
	}
	return words, viWords
}

// voteResult decides latinVote from the counts.
func voteResult(texts []string, counts *[len(voteLangs)]int, words, viWords int) (string, int) {
	// Vietnamese words carry letters no other language here uses; names in
	// French text carry a few of them, so they count only in bulk.
	if viWords*3 > words {
		counts[2] += viWords
	}
	best, score := "", 0
	for k, l := range voteLangs {
		if counts[k] > score {
			best, score = l, counts[k]
		}
	}
	if score < 2 && words > 3 {
		return best, 0
	}
	if score == 0 && words > 0 {
		// Too short for a vote: French diacritics still tell.
		for _, text := range texts {
			if strings.ContainsAny(text, "éèêàçùûôîœ") {
				return "fr", 1
			}
		}
	}
	return best, score
}

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// simplifiedOnly and traditionalOnly are frequent characters written
// differently in the two scripts (pairs from the standard simplification
// table); their counts decide Document.Script.
var simplifiedOnly, traditionalOnly = func() (map[rune]bool, map[rune]bool) {
	const pairs = "这這们們个個来來时時会會说說国國发發对對经經过過进進动動还還长長问問门門关關书書间間后後为為与與实實现現论論东東边邊车車见見马馬记記让讓总總统統议議员員区區应應开開党黨领領导導们們华華济濟报報体體学學议議众眾战戰争爭权權军軍历歷庆慶访訪谈談达達纪紀红紅网網语語页頁术術机機农農业業电電乐樂义義乡鄉亚亞从從仪儀传傳伤傷优優价價亿億"
	s, t := make(map[rune]bool), make(map[rune]bool)
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		s[rs[i]] = true
		t[rs[i+1]] = true
	}
	return s, t
}()

// simplifiedBits and traditionalBits hold simplifiedOnly and
// traditionalOnly for the characters from U+4E00 to U+9FFF, bit r-0x4E00.
var simplifiedBits, traditionalBits = func() (s, t *[(0x9FFF - 0x4E00 + 64) / 64]uint64) {
	s, t = new([(0x9FFF - 0x4E00 + 64) / 64]uint64), new([(0x9FFF - 0x4E00 + 64) / 64]uint64)
	for _, x := range []struct {
		m    map[rune]bool
		bits *[(0x9FFF - 0x4E00 + 64) / 64]uint64
	}{{simplifiedOnly, s}, {traditionalOnly, t}} {
		for r := range x.m {
			if r >= 0x4E00 && r <= 0x9FFF {
				k := r - 0x4E00
				x.bits[k>>6] |= 1 << (k & 63)
			}
		}
	}
	return s, t
}()
