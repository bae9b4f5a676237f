package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/report"
)

// checkConfigName is the file `aligner check` looks for, from the working
// directory upwards.
const checkConfigName = ".aligner.yaml"

// checkConfig is the configuration of `aligner check`, as read from
// .aligner.yaml and overridden by flags. Its YAML form is the file format.
type checkConfig struct {
	// FailOn is the least severity that fails the check: error, warning or
	// info.
	FailOn string `yaml:"fail-on"`
	// Severity maps finding keys (changed.<kind>, missing.<kind>,
	// unaligned, unaligned.facts, unpaired) to error, warning, info or off.
	Severity map[string]string `yaml:"severity"`
	// Langs are the two languages to pair, left first.
	Langs []string `yaml:"langs,flow"`
	// Pairing holds the pairing thresholds.
	Pairing pairingConfig `yaml:"pairing"`
	// Paths are checked when no PATH is given; relative paths are relative
	// to the directory of the configuration file.
	Paths []string `yaml:"paths"`
	// Ignore holds glob patterns of documents to leave out.
	Ignore []string `yaml:"ignore"`
	// Skipped says what an input that gives no document is: an input error
	// (error, exit 2), a finding (warning or info), or nothing (ignore).
	Skipped string `yaml:"skipped"`
}

type pairingConfig struct {
	SameThreshold    *float64 `yaml:"same-threshold"`
	RelatedThreshold *float64 `yaml:"related-threshold"`
	Margin           *float64 `yaml:"margin"`
	Window           *int     `yaml:"window"`
	OneToOne         *bool    `yaml:"one-to-one"`
}

// severityLevels are the values of a severity key; off drops the finding.
var severityLevels = []string{report.SeverityError, report.SeverityWarning, report.SeverityInfo, "off"}

var failOnLevels = []string{report.SeverityError, report.SeverityWarning, report.SeverityInfo}

var skippedModes = []string{"error", report.SeverityWarning, report.SeverityInfo, "ignore"}

// A configError is a mistake in a configuration file, positioned at its
// line when known.
type configError struct {
	File string
	Line int
	Msg  string
}

func (e *configError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("config %s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("config %s: %s", e.File, e.Msg)
}

// findCheckConfig looks for .aligner.yaml in dir and its parents up to the
// filesystem root and returns its path, or "" when there is none.
func findCheckConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, checkConfigName)
		fi, err := os.Stat(p)
		switch {
		case err == nil && !fi.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("look for %s: %w", checkConfigName, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// readCheckConfig reads and validates the configuration file name; name is
// used in error messages as given.
func readCheckConfig(name string) (*checkConfig, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return parseCheckConfig(name, data)
}

var yamlTypeSuffix = regexp.MustCompile(` in type main\.\w+`)
var yamlLinePrefix = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// parseCheckConfig decodes data, the content of file name. Unknown keys and
// invalid values are errors naming the file and line.
func parseCheckConfig(name string, data []byte) (*checkConfig, error) {
	cfg := &checkConfig{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			return nil, yamlError(name, yamlTypeSuffix.ReplaceAllString(te.Errors[0], ""))
		}
		return nil, yamlError(name, err.Error())
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, err.Error())
	}
	if err := cfg.validate(func(keys ...string) int { return yamlLine(&root, keys) }); err != nil {
		var ce *configError
		if errors.As(err, &ce) {
			ce.File = name
		}
		return nil, err
	}
	return cfg, nil
}

// yamlError turns a yaml.v3 message ("yaml: line 3: …", "line 3: field x
// not found") into a positioned configError.
func yamlError(name, msg string) error {
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := yamlLinePrefix.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		msg = m[2]
		if f, ok := strings.CutPrefix(msg, "field "); ok {
			if k, ok := strings.CutSuffix(f, " not found"); ok {
				msg = fmt.Sprintf("unknown key %q", k)
			}
		}
		return &configError{File: name, Line: line, Msg: msg}
	}
	return &configError{File: name, Msg: msg}
}

// yamlLine returns the line of the value at keys in the YAML document root
// (the line of the deepest key found), or 0.
func yamlLine(root *yaml.Node, keys []string) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, k := range keys {
		if n.Kind != yaml.MappingNode {
			return line
		}
		found := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				line = n.Content[i].Line
				n = n.Content[i+1]
				found = true
				break
			}
		}
		if !found {
			return line
		}
	}
	return line
}

// validate checks the values of c; lineOf gives the line of a key path in
// the file (nil when c does not come from a file).
func (c *checkConfig) validate(lineOf func(keys ...string) int) error {
	if lineOf == nil {
		lineOf = func(...string) int { return 0 }
	}
	bad := func(msg string, keys ...string) error {
		return &configError{Line: lineOf(keys...), Msg: msg}
	}
	if c.FailOn != "" && !slices.Contains(failOnLevels, c.FailOn) {
		return bad(fmt.Sprintf("fail-on: unknown severity %q (want %s)", c.FailOn, strings.Join(failOnLevels, ", ")), "fail-on")
	}
	for _, k := range sortedKeys(c.Severity) {
		if err := checkSeverityKey(k); err != nil {
			return bad("severity: "+err.Error(), "severity", k)
		}
		if v := c.Severity[k]; !slices.Contains(severityLevels, v) {
			return bad(fmt.Sprintf("severity: %s: unknown level %q (want %s)", k, v, strings.Join(severityLevels, ", ")), "severity", k)
		}
	}
	if len(c.Langs) > 0 {
		if _, err := parseLangs(strings.Join(c.Langs, ",")); err != nil {
			return bad("langs: "+strings.TrimPrefix(err.Error(), "--langs: "), "langs")
		}
	}
	p := c.Pairing
	for _, t := range []struct {
		name string
		v    *float64
	}{{"same-threshold", p.SameThreshold}, {"related-threshold", p.RelatedThreshold}} {
		if t.v != nil && (*t.v <= 0 || *t.v > 1) {
			return bad(fmt.Sprintf("pairing: %s: %v is not in (0, 1]", t.name, *t.v), "pairing", t.name)
		}
	}
	if p.Margin != nil && *p.Margin <= 0 {
		return bad(fmt.Sprintf("pairing: margin: %v is not positive", *p.Margin), "pairing", "margin")
	}
	if p.Window != nil && *p.Window <= 0 {
		return bad(fmt.Sprintf("pairing: window: %d is not positive", *p.Window), "pairing", "window")
	}
	for _, g := range c.Ignore {
		if _, err := compileGlob(g); err != nil {
			return bad("ignore: "+err.Error(), "ignore")
		}
	}
	if c.Skipped != "" && !slices.Contains(skippedModes, c.Skipped) {
		return bad(fmt.Sprintf("skipped: unknown mode %q (want %s)", c.Skipped, strings.Join(skippedModes, ", ")), "skipped")
	}
	return nil
}

// severityKeys are the keys of severity: those of align.Severities and
// unpaired.
func severityKeys() []string {
	return append(align.SeverityKeys(), "unpaired")
}

// checkSeverityKey reports whether key names a kind of finding.
func checkSeverityKey(key string) error {
	if !slices.Contains(severityKeys(), key) {
		hint := ""
		if key == "skipped" {
			hint = "; skipped inputs are set by the top-level skipped:"
		}
		return fmt.Errorf("unknown key %q (want one of %s%s)", key, strings.Join(severityKeys(), ", "), hint)
	}
	return nil
}

// parseSeverityFlag reads "KEY=LEVEL,KEY=LEVEL" into m.
func parseSeverityFlag(s string, m map[string]string) error {
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		k, v, ok := strings.Cut(f, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok {
			return usageErrorf("--severity: %q is not KEY=LEVEL", f)
		}
		if err := checkSeverityKey(k); err != nil {
			return usageErrorf("--severity: %v", err)
		}
		if !slices.Contains(severityLevels, v) {
			return usageErrorf("--severity: %s: unknown level %q (want %s)", k, v, strings.Join(severityLevels, ", "))
		}
		m[k] = v
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// A glob is a compiled ignore pattern. Patterns use path.Match syntax on
// slash-separated paths, plus "**" for any number of directories; a pattern
// without "/" matches the last element (the file name), as in .gitignore.
type glob struct {
	pattern string
	re      *regexp.Regexp
	base    bool
}

func compileGlob(pattern string) (*glob, error) {
	p := strings.TrimPrefix(filepath.ToSlash(pattern), "./")
	if p == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	if _, err := path.Match(strings.ReplaceAll(p, "**", "*"), ""); err != nil {
		return nil, fmt.Errorf("bad pattern %q: %w", pattern, err)
	}
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '*' && i+1 < len(p) && p[i+1] == '*':
			i++
			if i+1 < len(p) && p[i+1] == '/' {
				i++
				b.WriteString("(?:.*/)?") // "**/" : zero or more directories
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '[':
			j := strings.IndexByte(p[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("bad pattern %q: unclosed [", pattern)
			}
			class := p[i+1 : i+j]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + class + "]")
			i += j
		case c == '\\' && i+1 < len(p):
			r, size := utf8.DecodeRuneInString(p[i+1:])
			b.WriteString(regexp.QuoteMeta(string(r)))
			i += size
		default:
			r, size := utf8.DecodeRuneInString(p[i:])
			b.WriteString(regexp.QuoteMeta(string(r)))
			i += size - 1
		}
	}
	b.WriteString("(?:/.*)?$") // a directory pattern matches everything below it
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("bad pattern %q: %w", pattern, err)
	}
	return &glob{pattern: pattern, re: re, base: !strings.Contains(strings.TrimSuffix(p, "/"), "/")}, nil
}

// match reports whether any of names (slash or OS paths) matches g.
func (g *glob) match(names ...string) bool {
	for _, n := range names {
		if n == "" {
			continue
		}
		n = strings.TrimPrefix(filepath.ToSlash(n), "./")
		if g.re.MatchString(n) {
			return true
		}
		if g.base {
			for _, el := range strings.Split(n, "/") {
				if g.re.MatchString(el) {
					return true
				}
			}
		}
	}
	return false
}
