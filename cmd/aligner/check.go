package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/internal/par"
	"github.com/aligner/aligner/report"
	"github.com/aligner/aligner/similarity"
)

type checkOptions struct {
	Paths         []string
	Input         inputOptions
	Config        string
	NoConfig      bool
	PrintConfig   bool
	FailOn        string
	Severity      []string
	Langs         string
	Ignore        []string
	Skipped       string
	Format        string
	Baseline      string
	WriteBaseline string
	Pair          similarity.Options

	// changed reports whether a flag was given on the command line.
	changed func(name string) bool
}

const checkLong = `check is the CI gate: it pairs the articles of PATH (files or directories; the
paths: of the configuration, else the embedded seeds, when no PATH is given),
aligns the sentences of each same pair, compares their facts and reports every
finding as "file:line: severity: message [rule]", sorted by file and line.
Findings are facts one version lacks (missing-<kind>) or gives another value
(changed-<kind>), sentences without counterpart (unaligned-sentence, or
unaligned-facts when they carry facts) and documents without a counterpart in
the other language (unpaired-document).

A missing fact is reported at the sentence of the version that has it; a
changed fact at the sentence of the right version (the second language of
langs), with the left one as the other location.

CONFIGURATION
  The configuration is read from .aligner.yaml, looked for in the working
  directory and then in each parent up to the filesystem root (a .git
  directory does not stop the search), or from --config FILE; --no-config
  reads none. Keys (unknown keys are errors):

    fail-on: warning          # least severity that fails: error, warning, info
    severity:                 # error, warning, info or off, per kind of finding
      changed.number: error   # changed.<kind>, missing.<kind> (kind: date,
      missing.person: warning #   number, person, place, org; "changed" and
      unaligned: info         #   "missing" alone set every kind),
      unpaired: warning       #   unaligned, unaligned.facts, unpaired
    langs: [zh, fr]           # the two languages, left first
    pairing: {same-threshold: 0.4, related-threshold: 0.5, margin: 2, window: 7, one-to-one: false}
    paths: [articles/]        # checked when no PATH is given (relative to the file)
    ignore: ["drafts/**", "*.html"]  # documents left out (glob on ids and paths)
    skipped: error            # an unreadable input: error (exit 2), warning, info, ignore

  Flags override the file (--ignore adds patterns to it). --print-config
  shows the effective configuration and exits.

BASELINE
  --write-baseline FILE records every current finding by a fingerprint that
  does not depend on line numbers (rule, both document ids, kind, both
  values and texts; the folded text of an unaligned sentence) and exits 0.
  --baseline FILE then reports only the findings that are not in it.

FORMATS
  text    file:line: severity: message [rule], then a summary line
  json    {"fail_on","checks":[…],"findings":[{"file","line","severity","rule",…}],"baselined"}
  junit   JUnit XML: one test case per checked pair and per unpaired document
  sarif   SARIF 2.1.0 for code scanning
  github  GitHub Actions annotations (::error file=…,line=…::message)
` + exitStatusHelp + `
  (1 when a finding is at or above fail-on; 2 also when an input is skipped
  and skipped: is error, the default)`

func newCheckCmd(runF func(*checkOptions) error) *cobra.Command {
	opts := checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "CI gate: exit 1 when a version drops or changes facts",
		Long:  checkLong,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.changed = cmd.Flags().Changed
			if _, ok := report.FindingFormats[opts.Format]; !ok {
				return usageErrorf("--format: unknown format %q (want %s)", opts.Format, formatList(report.FindingFormats))
			}
			if opts.Baseline != "" && opts.WriteBaseline != "" && opts.Baseline == opts.WriteBaseline {
				// Allowed: rewriting a baseline in place records every current finding.
				opts.Baseline = ""
			}
			if runF != nil {
				return runF(&opts)
			}
			opts.Pair.Progress = progressBar(cmd.ErrOrStderr(), "pairing")
			return runCheck(cmd, &opts)
		},
	}
	fs := cmd.Flags()
	opts.Input.register(fs)
	fs.StringVar(&opts.Config, "config", "", "configuration file (default: "+checkConfigName+" in the working directory or a parent)")
	fs.BoolVar(&opts.NoConfig, "no-config", false, "read no configuration file")
	fs.BoolVar(&opts.PrintConfig, "print-config", false, "print the effective configuration (YAML) and exit")
	fs.StringVar(&opts.FailOn, "fail-on", report.SeverityWarning, "least severity that fails the check: error, warning or info")
	fs.StringArrayVar(&opts.Severity, "severity", nil, "severities as KEY=LEVEL,... (e.g. changed.number=error,unaligned=off); repeatable")
	fs.StringVar(&opts.Langs, "langs", "zh,fr", "the two languages to pair, left first")
	fs.StringArrayVar(&opts.Ignore, "ignore", nil, "glob of documents to leave out (ids or paths, ** for any directories); repeatable")
	fs.StringVar(&opts.Skipped, "skipped", "error", "what a skipped input is: error (exit 2), warning, info or ignore")
	fs.StringVar(&opts.Format, "format", "text", "output format: "+formatList(report.FindingFormats))
	fs.StringVar(&opts.Baseline, "baseline", "", "report only the findings not recorded in this baseline file")
	fs.StringVar(&opts.WriteBaseline, "write-baseline", "", "record the current findings in this baseline file and exit 0")
	registerPairFlags(fs, &opts.Pair)
	return cmd
}

// checkDefaults is the configuration when neither file nor flags set a key.
func checkDefaults(pair similarity.Options) *checkConfig {
	sev := map[string]string(align.DefaultSeverities())
	sev["unpaired"] = report.SeverityWarning
	return &checkConfig{
		FailOn:   report.SeverityWarning,
		Severity: sev,
		Langs:    []string{"zh", "fr"},
		Pairing: pairingConfig{
			SameThreshold: &pair.SameThreshold, RelatedThreshold: &pair.RelatedThreshold,
			Margin: &pair.Margin, Window: &pair.Window, OneToOne: &pair.OneToOne,
		},
		Ignore:  []string{},
		Paths:   []string{},
		Skipped: "error",
	}
}

// configuration returns the effective configuration: defaults, then the
// file, then the flags; and the path of the file read ("" when none).
func (o *checkOptions) configuration() (*checkConfig, string, error) {
	changed := o.changed
	if changed == nil {
		changed = func(string) bool { return false }
	}
	var file *checkConfig
	name := o.Config
	switch {
	case o.NoConfig && o.Config != "":
		return nil, "", usageErrorf("--config and --no-config exclude each other")
	case o.NoConfig:
	case name != "":
		if _, err := os.Stat(name); err != nil {
			return nil, "", usageErrorf("--config: %v", err)
		}
	default:
		var err error
		if name, err = findCheckConfig("."); err != nil {
			return nil, "", err
		}
	}
	if name != "" && !o.NoConfig {
		var err error
		if file, err = readCheckConfig(name); err != nil {
			return nil, "", &usageError{err}
		}
	}

	// The pair flags hold their defaults unless given; the file overrides
	// those that were not given.
	eff := checkDefaults(o.Pair)

	if file != nil {
		if file.FailOn != "" {
			eff.FailOn = file.FailOn
		}
		// Sorted, "missing" comes before "missing.date": the key of a
		// kind wins over the key of all kinds.
		for _, k := range sortedKeys(file.Severity) {
			applySeverity(eff.Severity, k, file.Severity[k])
		}
		if len(file.Langs) > 0 {
			eff.Langs = file.Langs
		}
		p := file.Pairing
		if p.SameThreshold != nil && !changed("same-threshold") {
			eff.Pairing.SameThreshold = p.SameThreshold
		}
		if p.RelatedThreshold != nil && !changed("related-threshold") {
			eff.Pairing.RelatedThreshold = p.RelatedThreshold
		}
		if p.Margin != nil && !changed("margin") {
			eff.Pairing.Margin = p.Margin
		}
		if p.Window != nil && !changed("window") {
			eff.Pairing.Window = p.Window
		}
		if p.OneToOne != nil && !changed("one-to-one") {
			eff.Pairing.OneToOne = p.OneToOne
		}
		eff.Paths = resolvePaths(filepath.Dir(name), file.Paths)
		eff.Ignore = append(eff.Ignore, file.Ignore...)
		if file.Skipped != "" {
			eff.Skipped = file.Skipped
		}
	}

	if changed("fail-on") {
		if !slices.Contains(failOnLevels, o.FailOn) {
			return nil, "", usageErrorf("--fail-on: unknown severity %q (want %s)", o.FailOn, strings.Join(failOnLevels, ", "))
		}
		eff.FailOn = o.FailOn
	}
	for _, s := range o.Severity {
		m := map[string]string{}
		if err := parseSeverityFlag(s, m); err != nil {
			return nil, "", err
		}
		// Apply in the order written: kind-less keys first would be lost
		// otherwise; parseSeverityFlag keeps the last setting of each key.
		for _, item := range strings.Split(s, ",") {
			k, _, _ := strings.Cut(strings.TrimSpace(item), "=")
			if k = strings.TrimSpace(k); k != "" {
				applySeverity(eff.Severity, k, m[k])
			}
		}
	}
	if changed("langs") {
		if _, err := parseLangs(o.Langs); err != nil {
			return nil, "", err
		}
		eff.Langs = strings.Split(strings.ReplaceAll(o.Langs, " ", ""), ",")
	}
	eff.Ignore = append(eff.Ignore, o.Ignore...)
	if changed("skipped") {
		if !slices.Contains(skippedModes, o.Skipped) {
			return nil, "", usageErrorf("--skipped: unknown mode %q (want %s)", o.Skipped, strings.Join(skippedModes, ", "))
		}
		eff.Skipped = o.Skipped
	}
	if err := eff.validate(nil); err != nil {
		var ce *configError
		if errors.As(err, &ce) {
			return nil, "", usageErrorf("%s", ce.Msg)
		}
		return nil, "", &usageError{err}
	}
	return eff, name, nil
}

// applySeverity sets key to level in m; a kind-less key ("missing") sets
// every kind, as align.Severities.Set does.
func applySeverity(m map[string]string, key, level string) {
	if key == "changed" || key == "missing" {
		for k := range m {
			if strings.HasPrefix(k, key+".") {
				m[k] = level
			}
		}
		return
	}
	m[key] = level
}

// resolvePaths makes the paths of a configuration file in dir relative to
// the working directory (absolute when that fails).
func resolvePaths(dir string, paths []string) []string {
	out := []string{}
	wd, _ := os.Getwd()
	for _, p := range paths {
		if filepath.IsAbs(p) {
			out = append(out, p)
			continue
		}
		abs, err := filepath.Abs(filepath.Join(dir, p))
		if err != nil {
			out = append(out, filepath.Join(dir, p))
			continue
		}
		if rel, err := filepath.Rel(wd, abs); err == nil && wd != "" {
			if strings.HasSuffix(p, "/") && !strings.HasSuffix(rel, "/") {
				rel += "/"
			}
			out = append(out, rel)
		} else {
			out = append(out, abs)
		}
	}
	return out
}

// pairOptions returns the pairing options of the configuration.
func (c *checkConfig) pairOptions() similarity.Options {
	p := c.Pairing
	return similarity.Options{SameThreshold: *p.SameThreshold, RelatedThreshold: *p.RelatedThreshold,
		Margin: *p.Margin, Window: *p.Window, OneToOne: *p.OneToOne}
}

// alignSeverities returns the severities of the configuration that align
// knows (all but unpaired).
func (c *checkConfig) alignSeverities() align.Severities {
	s := align.Severities{}
	for k, v := range c.Severity {
		if k != "unpaired" {
			s[k] = v
		}
	}
	return s
}

// printConfig writes the effective configuration as YAML.
func printConfig(cmd *cobra.Command, eff *checkConfig, file string) error {
	w := cmd.OutOrStdout()
	if file != "" {
		fmt.Fprintf(w, "# aligner check: effective configuration (file %s, then flags)\n", file)
	} else {
		fmt.Fprintf(w, "# aligner check: effective configuration (no %s found; defaults, then flags)\n", checkConfigName)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(eff); err != nil {
		return err
	}
	return enc.Close()
}

func runCheck(cmd *cobra.Command, opts *checkOptions) error {
	eff, cfgFile, err := opts.configuration()
	if err != nil {
		return err
	}
	if opts.PrintConfig {
		return printConfig(cmd, eff, cfgFile)
	}
	langs, err := parseLangs(strings.Join(eff.Langs, ","))
	if err != nil {
		return err
	}
	var ignore []*glob
	for _, p := range eff.Ignore {
		g, err := compileGlob(p)
		if err != nil {
			return usageErrorf("ignore: %v", err)
		}
		ignore = append(ignore, g)
	}
	root := "."
	if cfgFile != "" {
		root = filepath.Dir(cfgFile)
	}

	paths := opts.Paths
	if len(paths) == 0 {
		paths = eff.Paths
	}
	docs, skipped, err := opts.Input.load(paths)
	if err != nil {
		return err
	}
	docs, other := splitByLang(docs, langs)
	skipped = append(skipped, other...)
	docs = slices.DeleteFunc(docs, func(d *corpus.Document) bool { return ignored(ignore, root, d.ID, d.Path) })
	skipped = slices.DeleteFunc(skipped, func(s corpus.Skip) bool { return ignored(ignore, root, s.ID, "") })
	if len(skipped) > 0 && eff.Skipped == "error" {
		var b strings.Builder
		fmt.Fprintf(&b, "%d %s skipped (skipped: warning in %s, or --skipped=warning, reports them as findings instead):",
			len(skipped), pluralWord(len(skipped), "input", "inputs"), checkConfigName)
		for _, s := range skipped {
			fmt.Fprintf(&b, "\n  %s: %s", s.ID, s.Reason)
		}
		return errors.New(b.String())
	}

	pairOpt := eff.pairOptions()
	pairOpt.Progress = opts.Pair.Progress
	p := pairDocuments(docs, langs, pairOpt)
	fs := newCheckRun(eff, root, p, skipped).findings()
	if opts.WriteBaseline != "" {
		if err := writeBaseline(opts.WriteBaseline, fs.Findings); err != nil {
			return err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "aligner: %s: recorded %d %s\n", opts.WriteBaseline, len(fs.Findings), pluralWord(len(fs.Findings), "finding", "findings"))
		return nil
	}
	if opts.Baseline != "" {
		b, err := readBaseline(opts.Baseline)
		if err != nil {
			return &usageError{err}
		}
		fs.Findings, fs.Baselined = b.filter(fs.Findings)
	}
	if err := report.FindingFormats[opts.Format](cmd.OutOrStdout(), fs); err != nil {
		return err
	}
	if fs.Failing() > 0 {
		return errFindings
	}
	return nil
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ignored reports whether a document (its id and path, also taken relative
// to the configuration root) matches an ignore pattern.
func ignored(globs []*glob, root, id, path string) bool {
	if len(globs) == 0 {
		return false
	}
	names := []string{id, path}
	for _, n := range []string{id, path} {
		if n == "" {
			continue
		}
		if abs, err := filepath.Abs(n); err == nil {
			if rootAbs, err := filepath.Abs(root); err == nil {
				if rel, err := filepath.Rel(rootAbs, abs); err == nil && !strings.HasPrefix(rel, "..") {
					names = append(names, rel)
				}
			}
		}
	}
	for _, g := range globs {
		if g.match(names...) {
			return true
		}
	}
	return false
}

// checkRun turns a pairing into findings.
type checkRun struct {
	cfg     *checkConfig
	root    string // directory fingerprints take document ids relative to
	p       *pairing
	skipped []corpus.Skip
	index   map[*corpus.Document]int
}

func newCheckRun(cfg *checkConfig, root string, p *pairing, skipped []corpus.Skip) *checkRun {
	r := &checkRun{cfg: cfg, root: root, p: p, skipped: skipped, index: map[*corpus.Document]int{}}
	for i, d := range p.docs {
		r.index[d] = i
	}
	return r
}

// findings aligns and compares every same pair (in parallel, results in
// pairing order) and collects the findings.
func (r *checkRun) findings() *report.Findings {
	var same []similarity.Match
	paired := map[*corpus.Document]bool{}
	for _, m := range r.p.matches {
		if m.Relation == similarity.Same {
			same = append(same, m)
			paired[m.Left.Doc] = true
			paired[m.Right.Doc] = true
		}
	}
	cmps := make([]*align.Comparison, len(same))
	sev := r.cfg.alignSeverities()
	par.Do(len(same), func(i int) {
		l, rd := same[i].Left.Doc, same[i].Right.Doc
		cmps[i] = compareDocs(l, rd, r.facts(l), r.facts(rd), sev)
	})

	out := &report.Findings{FailOn: r.cfg.FailOn, Checks: []report.Check{}, Findings: []report.Finding{}}
	for _, c := range cmps {
		out.Checks = append(out.Checks, report.Check{Kind: report.CheckPair, Left: c.Left.ID, Right: c.Right.ID, LeftFile: c.Left.Path, RightFile: c.Right.Path})
		out.Findings = append(out.Findings, r.comparisonFindings(c)...)
	}
	unpairedSev := align.Severities{"unpaired": r.cfg.Severity["unpaired"]}.Level("unpaired")
	for _, d := range r.p.docs {
		if paired[d] {
			continue
		}
		out.Checks = append(out.Checks, report.Check{Kind: report.CheckUnpaired, Left: d.ID, LeftFile: d.Path})
		if unpairedSev == "" {
			continue
		}
		other := r.cfg.Langs[0]
		if d.LangCode() == other {
			other = r.cfg.Langs[1]
		}
		out.Findings = append(out.Findings, report.Finding{
			Location: report.Location{File: d.Path, Line: d.TitleLine},
			Severity: unpairedSev, Rule: "unpaired-document", Key: "unpaired",
			Message:     fmt.Sprintf("document has no %s counterpart reporting the same event", other),
			Left:        d.ID,
			Fingerprint: fingerprint("unpaired-document", r.docKey(d.ID)),
		})
	}
	if s := r.cfg.Skipped; s == report.SeverityWarning || s == report.SeverityInfo {
		for _, sk := range r.skipped {
			out.Checks = append(out.Checks, report.Check{Kind: report.CheckSkipped, Left: sk.ID, LeftFile: sk.ID})
			out.Findings = append(out.Findings, report.Finding{
				Location: report.Location{File: sk.ID},
				Severity: s, Rule: "skipped-input", Key: "skipped",
				Message:     "input skipped: " + sk.Reason,
				Left:        sk.ID,
				Fingerprint: fingerprint("skipped-input", r.docKey(sk.ID)),
			})
		}
	}
	for i := range out.Findings {
		out.Findings[i].Fail = report.SeverityRank(out.Findings[i].Severity) >= report.SeverityRank(out.FailOn)
	}
	out.Sort()
	return out
}

func (r *checkRun) facts(d *corpus.Document) []extract.Fact {
	if i, ok := r.index[d]; ok {
		return r.p.facts[i]
	}
	return extract.Document(d)
}

// comparisonFindings returns the findings of one compared pair.
func (r *checkRun) comparisonFindings(c *align.Comparison) []report.Finding {
	var out []report.Finding
	L, R := c.Left, c.Right
	lk, rk := r.docKey(L.ID), r.docKey(R.ID)
	for _, d := range c.Facts {
		if d.Severity == "" || d.Status == align.Matched {
			continue
		}
		kind := string(d.Kind)
		f := report.Finding{Severity: d.Severity, Left: L.ID, Right: R.ID}
		var lv, rv, lt, rt string
		if d.Left != nil {
			lv, lt = d.Left.Value, d.Left.Text
		}
		if d.Right != nil {
			rv, rt = d.Right.Value, d.Right.Text
		}
		switch d.Status {
		case align.MissingRight:
			f.Key, f.Location = "missing."+kind, refLocation(L, d.Left)
			f.Message = fmt.Sprintf("%s %s is missing from %s", kind, factLabel(d.Left), R.ID)
		case align.MissingLeft:
			f.Key, f.Location = "missing."+kind, refLocation(R, d.Right)
			f.Message = fmt.Sprintf("%s %s is missing from %s", kind, factLabel(d.Right), L.ID)
		case align.Changed:
			f.Key, f.Location = "changed."+kind, refLocation(R, d.Right)
			rel := refLocation(L, d.Left)
			f.Related = &rel
			f.Message = fmt.Sprintf("%s changed: %s here, %s in %s", kind, factLabel(d.Right), factLabel(d.Left), L.ID)
		default:
			continue
		}
		f.Rule = report.RuleID(f.Key)
		f.Fingerprint = fingerprint(f.Rule, lk, rk, kind, lv, rv, lt, rt)
		out = append(out, f)
	}
	for _, u := range c.Unaligned {
		if u.Severity == "" {
			continue
		}
		doc, other := L, R
		if u.Side == "right" {
			doc, other = R, L
		}
		f := report.Finding{Severity: u.Severity, Left: L.ID, Right: R.ID, Key: "unaligned"}
		f.Location = report.Location{File: doc.Path, Line: u.Line}
		if f.Line == 0 && u.Sentence >= 0 && u.Sentence < len(doc.Sentences) {
			f.Line = doc.Sentences[u.Sentence].Line
		}
		f.Message = fmt.Sprintf("sentence has no counterpart in %s: %q", other.ID, clipRunes(u.Text, 80))
		if len(u.Facts) > 0 {
			f.Key = "unaligned.facts"
			var fs []string
			for i := range u.Facts {
				if l := factLabel(&u.Facts[i]); !slices.Contains(fs, l) {
					fs = append(fs, l)
				}
			}
			f.Message += "; facts: " + strings.Join(fs, ", ")
		}
		f.Rule = report.RuleID(f.Key)
		f.Fingerprint = fingerprint(f.Rule, lk, rk, u.Side, foldSentence(u.Text))
		out = append(out, f)
	}
	return out
}

// refLocation is the file and line of a fact of d.
func refLocation(d *corpus.Document, ref *align.FactRef) report.Location {
	loc := report.Location{File: d.Path}
	if ref == nil {
		return loc
	}
	loc.Line = ref.Line
	if loc.Line == 0 && ref.Sentence >= 0 && ref.Sentence < len(d.Sentences) {
		loc.Line = d.Sentences[ref.Sentence].Line
	}
	return loc
}

// factLabel names a fact: its text in quotes, then its canonical value
// when that reads differently.
func factLabel(ref *align.FactRef) string {
	if ref == nil {
		return `""`
	}
	s := fmt.Sprintf("%q", ref.Text)
	v := ref.Value
	if ref.Unit != "" {
		v += " " + ref.Unit
	}
	if v != "" && v != ref.Text {
		s += " (" + v + ")"
	}
	return s
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// docKey is the document id fingerprints use: relative to the
// configuration root with forward slashes, so that a baseline holds
// whatever directory the check runs from.
func (r *checkRun) docKey(id string) string {
	key := filepath.Clean(id)
	if abs, err := filepath.Abs(id); err == nil {
		if root, err := filepath.Abs(r.root); err == nil {
			if rel, err := filepath.Rel(root, abs); err == nil {
				key = rel
			}
		}
	}
	return filepath.ToSlash(key)
}
