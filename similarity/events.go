package similarity

import "strings"

// eventKinds group the concepts of words that say what kind of event a
// news title reports: an arrival is not a departure, talks are not a press
// conference. Two titles of one story (the same visit, the same congress)
// that name different kinds of event report different moments of it. The
// keys are lexicon concepts, so that the table holds for Chinese, French
// and English alike: glossary ids first, and English stems for the words
// the glossary does not know (see wordEvents).
var eventKinds = map[string]uint16{
	"g:term:arrive":                         evArrive,
	"en:arriv":                              evArrive,
	"g:term:depart":                         evDepart,
	"g:term:see-off":                        evDepart,
	"en:depart":                             evDepart,
	"en:leav":                               evDepart,
	"g:term:close":                          evEnd,
	"g:term:conclude-visit":                 evEnd,
	"g:term:closing-session":                evEnd,
	"g:term:closing-speech":                 evEnd,
	"g:term:closing-ceremony-sport":         evEnd,
	"en:finish":                             evEnd,
	"en:end":                                evEnd,
	"en:conclud":                            evEnd,
	"en:close":                              evEnd,
	"en:termin":                             evEnd,
	"g:term:open":                           evOpen,
	"g:term:inauguration":                   evOpen,
	"g:term:opening-session":                evOpen,
	"g:term:opening-speech":                 evOpen,
	"en:open":                               evOpen,
	"en:inaugur":                            evOpen,
	"g:term:talks":                          evTalks,
	"en:talk":                               evTalks,
	"g:term:meeting-reception":              evReceive,
	"en:receiv":                             evReceive,
	"g:term:welcome":                        evWelcome,
	"g:term:welcome-ceremony":               evWelcome,
	"en:welcom":                             evWelcome,
	"g:term:press-conference":               evPress,
	"g:term:joint-press-conference":         evPress,
	"g:term:international-press-conference": evPress,
	"g:term:interview":                      evInterview,
	"en:interview":                          evInterview,
	"g:term:elected":                        evElect,
	"en:elect":                              evElect,
	"g:term:signing-ceremony":               evSign,
	"g:term:sign":                           evSign,
	"en:sign":                               evSign,
	"en:banquet":                            evBanquet,
	"g:term:phone-call":                     evPhone,
	"g:term:launch":                         evLaunch,
	"g:term:launch-ceremony":                evLaunch,
	"en:launch":                             evLaunch,
	"g:term:preparatory-session":            evPrepare,
	"en:preparatori":                        evPrepare,
}

// The kinds of event.
const (
	evArrive uint16 = 1 << iota
	evDepart
	evEnd
	evOpen
	evTalks
	evReceive
	evWelcome
	evPress
	evInterview
	evElect
	evSign
	evBanquet
	evPhone
	evLaunch
	evPrepare
)

// maxSenses is the most concepts a word the glossary does not know may
// have for its English stems to name kinds of event. Words with many
// senses are single characters and loose compounds, whose stray senses
// name events they do not (届 "to arrive", 号 "sign", and 部 "department",
// which stems like "depart").
const maxSenses = 8

// wordEvents returns the kinds of event one word's concepts name. A word
// the glossary knows is read through its glossary concepts only: the
// English stems of its dictionary senses include rarer ones (访问 "to
// visit" is also "to interview"), which would name events it does not.
func wordEvents(concepts []string) uint16 {
	glossary := false
	for _, c := range concepts {
		if strings.HasPrefix(c, "g:") {
			glossary = true
			break
		}
	}
	if !glossary && len(concepts) > maxSenses {
		return 0
	}
	var k uint16
	for _, c := range concepts {
		if !glossary || strings.HasPrefix(c, "g:") {
			k |= eventKinds[c]
		}
	}
	return k
}
