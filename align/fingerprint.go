package align

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/aligner/aligner/lexicon"
)

// Fingerprint returns a short, stable identifier of a sentence: the first 8
// hex digits of the SHA-256 of the sentence folded with [lexicon.Fold] and
// stripped of everything but letters and digits. Gold alignments store it
// beside each sentence index so that they survive changes of the sentence
// splitter or cleaner without holding the text.
func Fingerprint(s string) string {
	f := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, lexicon.Fold(s))
	h := sha256.Sum256([]byte(f))
	return hex.EncodeToString(h[:4])
}
