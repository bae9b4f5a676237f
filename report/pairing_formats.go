package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/aligner/aligner/lexicon"
)

// A PairingWriter renders a pairing run.
type PairingWriter func(w io.Writer, p *Pairing) error

// PairingFormats lists the formats of `aligner pair`, by --format name.
var PairingFormats = map[string]PairingWriter{
	"text": PairingText,
	"json": PairingJSON,
	"tsv":  PairingTSV,
	"csv":  PairingCSV,
}

// PairingJSON writes p as indented JSON.
func PairingJSON(w io.Writer, p *Pairing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(p)
}

// PairingText writes p for a person reading a terminal.
func PairingText(w io.Writer, p *Pairing) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents read", len(p.Documents))
	if len(p.Skipped) > 0 {
		fmt.Fprintf(&b, ", %d skipped", len(p.Skipped))
	}
	b.WriteString("\n")
	titles := map[string]string{}
	for _, d := range p.Documents {
		titles[d.ID] = d.Title
	}
	for _, pr := range p.Pairs {
		fmt.Fprintf(&b, "\n%-7s %.2f  %s  <->  %s\n", pr.Relation, pr.Score, pr.Left, pr.Right)
		fmt.Fprintf(&b, "        %s\n        %s\n", clip(titles[pr.Left], 70), clip(titles[pr.Right], 70))
		ev := pr.Evidence
		var parts []string
		if len(ev.People) > 0 {
			var ps []string
			for _, n := range ev.People {
				if n.Left == n.Right {
					ps = append(ps, n.Left)
				} else {
					ps = append(ps, n.Left+" = "+n.Right)
				}
			}
			parts = append(parts, "people: "+strings.Join(ps, "; "))
		}
		if len(ev.Dates) > 0 {
			parts = append(parts, "dates: "+strings.Join(ev.Dates, ", "))
		}
		if ev.DateConflict {
			parts = append(parts, "lead dates differ")
		}
		if len(ev.Places)+len(ev.Orgs) > 0 {
			var names []string
			for _, id := range append(append([]string{}, ev.Places...), ev.Orgs...) {
				names = append(names, entityName(id, latinLang(p.Langs...)))
			}
			parts = append(parts, "places/orgs: "+strings.Join(names, ", "))
		}
		if len(ev.Numbers) > 0 {
			parts = append(parts, "numbers: "+strings.Join(ev.Numbers, ", "))
		}
		parts = append(parts, "cosine "+strconv.FormatFloat(ev.Cosine, 'f', 2, 64))
		for _, s := range parts {
			fmt.Fprintf(&b, "        %s\n", s)
		}
	}
	if len(p.Unpaired) > 0 {
		b.WriteString("\nno same-event counterpart:\n")
		for _, id := range p.Unpaired {
			fmt.Fprintf(&b, "  %s  %s\n", id, clip(titles[id], 60))
		}
	}
	if len(p.Skipped) > 0 {
		b.WriteString("\nskipped:\n")
		for _, s := range p.Skipped {
			fmt.Fprintf(&b, "  %s: %s\n", s.ID, s.Reason)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

var pairingHeader = []string{"left", "right", "relation", "score", "cosine", "people", "dates", "numbers"}

func pairingRows(p *Pairing) [][]string {
	rows := [][]string{pairingHeader}
	for _, pr := range p.Pairs {
		var ps []string
		for _, n := range pr.Evidence.People {
			ps = append(ps, n.Left+"="+n.Right)
		}
		rows = append(rows, []string{pr.Left, pr.Right, pr.Relation,
			strconv.FormatFloat(pr.Score, 'f', 4, 64), strconv.FormatFloat(pr.Evidence.Cosine, 'f', 4, 64),
			strings.Join(ps, "; "), strings.Join(pr.Evidence.Dates, " "), strings.Join(pr.Evidence.Numbers, " ")})
	}
	return rows
}

// PairingTSV writes one line per pair, tab-separated, with a header; tabs
// and newlines inside fields become spaces.
func PairingTSV(w io.Writer, p *Pairing) error {
	var b strings.Builder
	for _, row := range pairingRows(p) {
		for i, f := range row {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(f))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// PairingCSV writes one RFC 4180 record per pair, with a header.
func PairingCSV(w io.Writer, p *Pairing) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(pairingRows(p)); err != nil {
		return err
	}
	return cw.Error()
}

// entityName returns a readable name of a glossary or gazetteer id in
// language lang ("fr", "en" or "zh"), else in English, French or Chinese,
// else the id itself.
func entityName(id, lang string) string {
	e := lexicon.Lookup(id)
	if e == nil {
		return id
	}
	byLang := map[string][]string{"fr": e.Fr, "en": e.En, "zh": e.Zh}
	for _, l := range []string{lang, "en", "fr", "zh"} {
		if names := byLang[l]; len(names) > 0 {
			return names[0]
		}
	}
	return id
}

// latinLang returns the first of langs that is not Chinese, so that names
// are shown in the script of the Latin-script side ("fr" by default).
func latinLang(langs ...string) string {
	for _, l := range langs {
		if l != "" && l != "zh" {
			return l
		}
	}
	return "fr"
}
