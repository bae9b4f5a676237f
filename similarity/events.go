package similarity

// eventKinds group the concepts of words that say what kind of event a
// news title reports: an arrival is not a departure, talks are not a press
// conference. Two titles of one story (the same visit, the same congress)
// that name different kinds of event report different moments of it. The
// keys are lexicon concepts (English stems and glossary ids), so that the
// table holds for Chinese, French and English alike.
var eventKinds = map[string]uint16{
	"en:arriv":                      1 << 0,
	"en:depart":                     1 << 1,
	"en:leav":                       1 << 1,
	"g:term:see-off":                1 << 1,
	"g:term:conclude-visit":         1 << 2,
	"en:finish":                     1 << 2,
	"en:end":                        1 << 2,
	"en:conclud":                    1 << 2,
	"en:close":                      1 << 2,
	"en:termin":                     1 << 2,
	"en:open":                       1 << 3,
	"en:inaugur":                    1 << 3,
	"en:talk":                       1 << 4,
	"en:receiv":                     1 << 5,
	"g:term:meeting-reception":      1 << 5,
	"en:welcom":                     1 << 6,
	"g:term:press-conference":       1 << 7,
	"en:interview":                  1 << 8,
	"en:elect":                      1 << 9,
	"g:term:signing-ceremony":       1 << 10,
	"en:sign":                       1 << 10,
	"en:banquet":                    1 << 11,
	"g:term:phone-call":             1 << 12,
	"g:term:launch-ceremony":        1 << 13,
	"en:launch":                     1 << 13,
	"g:term:joint-press-conference": 1 << 7,
}

// titleEvents returns the event kinds of a title's concepts.
func titleEvents(concepts map[string]float64) uint16 {
	var k uint16
	for c := range concepts {
		k |= eventKinds[c]
	}
	return k
}
