package align

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/aligner/aligner/extract"
)

// Off is the level of a finding that is not reported: its FactDiff or
// Unaligned still appears in a [Comparison], with an empty Severity, and is
// not counted in [Summary.BySeverity].
const Off = "off"

// ErrSeverity is returned (wrapped) for a malformed severity setting.
var ErrSeverity = errors.New("align: bad severity setting")

// Severities maps finding keys to levels ([Error], [Warning], [Info] or
// [Off]). The keys are stable, for configuration files:
//
//	changed.<kind>   a fact whose slot carries another value in the other version
//	missing.<kind>   a fact the other version lacks
//	unaligned        a sentence without counterpart that carries no fact
//	unaligned.facts  a sentence without counterpart that carries facts
//
// where <kind> is date, number, person, place or org. A key without kind,
// "changed" or "missing", sets every kind not set on its own. A nil or
// empty Severities means [DefaultSeverities]; keys it lacks take their
// default level.
type Severities map[string]string

// severityKinds are the fact kinds a severity key may name.
var severityKinds = []extract.Kind{extract.Date, extract.Number, extract.Person, extract.Place, extract.Org}

// DefaultSeverities returns the default levels: changed numbers and dates
// are errors, other changes and missing facts warnings, sentences without
// counterpart warnings when they carry facts and info otherwise.
func DefaultSeverities() Severities {
	return Severities{
		"changed.date":    Error,
		"changed.number":  Error,
		"changed.person":  Warning,
		"changed.place":   Warning,
		"changed.org":     Warning,
		"missing.date":    Warning,
		"missing.number":  Warning,
		"missing.person":  Warning,
		"missing.place":   Warning,
		"missing.org":     Warning,
		"unaligned":       Info,
		"unaligned.facts": Warning,
	}
}

// SeverityKeys returns every key a [Severities] accepts, sorted.
func SeverityKeys() []string {
	keys := []string{"changed", "missing", "unaligned", "unaligned.facts"}
	for _, k := range severityKinds {
		keys = append(keys, "changed."+string(k), "missing."+string(k))
	}
	sort.Strings(keys)
	return keys
}

func validSeverityKey(key string) bool {
	for _, k := range SeverityKeys() {
		if k == key {
			return true
		}
	}
	return false
}

func validLevel(level string) bool {
	switch level {
	case Error, Warning, Info, Off:
		return true
	}
	return false
}

// ParseSeverities returns [DefaultSeverities] with the settings of spec
// applied, see [Severities.Set].
func ParseSeverities(spec string) (Severities, error) {
	s := DefaultSeverities()
	if err := s.Set(spec); err != nil {
		return nil, err
	}
	return s, nil
}

// Set applies a comma-separated list of KEY=LEVEL settings, such as
// "changed.number=error,missing.person=warning,unaligned=off". Blanks
// around items are ignored, and so is an empty spec. A setting without kind
// ("missing=info") applies to every kind. It returns an error wrapping
// [ErrSeverity] naming the first bad item, and then changes nothing. It
// panics if s is nil and spec is not empty.
func (s Severities) Set(spec string) error {
	type kv struct{ k, v string }
	var items []kv
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		k, v, ok := strings.Cut(item, "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.ToLower(strings.TrimSpace(v))
		switch {
		case !ok:
			return fmt.Errorf("%w: %q: want KEY=LEVEL", ErrSeverity, item)
		case !validSeverityKey(k):
			return fmt.Errorf("%w: %q: unknown key %q (want one of %s)", ErrSeverity, item, k, strings.Join(SeverityKeys(), ", "))
		case !validLevel(v):
			return fmt.Errorf("%w: %q: unknown level %q (want error, warning, info or off)", ErrSeverity, item, v)
		}
		items = append(items, kv{k, v})
	}
	for _, it := range items {
		if it.k == "changed" || it.k == "missing" {
			for _, kind := range severityKinds {
				s[it.k+"."+string(kind)] = it.v
			}
		}
		s[it.k] = it.v
	}
	return nil
}

// Level returns the level of key: its own setting, else that of its
// kind-less prefix ("missing" for "missing.date"), else the default. An
// [Off] level is returned as "". Unknown keys are [Warning].
func (s Severities) Level(key string) string {
	lv, ok := s[key]
	if !ok {
		if i := strings.IndexByte(key, '.'); i > 0 && key != "unaligned.facts" {
			lv, ok = s[key[:i]]
		}
	}
	if !ok {
		lv, ok = defaultSeverities[key]
	}
	switch {
	case !ok:
		return Warning
	case lv == Off:
		return ""
	}
	return lv
}

// String formats s as a spec [Severities.Set] reads, keys sorted.
func (s Severities) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(k + "=" + s[k])
	}
	return b.String()
}

var defaultSeverities = DefaultSeverities()
