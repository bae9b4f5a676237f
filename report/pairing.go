// Package report renders the results of aligner's commands: pairing lists,
// alignments, fact comparisons and review sites, one file per format.
package report

import (
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/similarity"
)

// Pairing is the view of one pairing run: every document read is in
// Documents and in Pairs, Unpaired or Skipped.
type Pairing struct {
	Documents []DocInfo  `json:"documents"`
	Pairs     []PairInfo `json:"pairs"`
	Unpaired  []string   `json:"unpaired"`
	Skipped   []SkipInfo `json:"skipped"`
	Langs     []string   `json:"langs"`
}

// DocInfo describes one document that was read.
type DocInfo struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Title     string `json:"title"`
	Date      string `json:"date,omitempty"`
	Sentences int    `json:"sentences"`
}

// PairInfo is one pair: Left is in the first language of the run.
type PairInfo struct {
	Left     string              `json:"left"`
	Right    string              `json:"right"`
	Relation string              `json:"relation"`
	Score    float64             `json:"score"`
	Evidence similarity.Evidence `json:"evidence"`
}

// SkipInfo is an input that gave no document.
type SkipInfo struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// NewPairing builds the view of a pairing run. Documents of docs that are in
// no same pair are listed as unpaired, in input order.
func NewPairing(docs []*corpus.Document, matches []similarity.Match, skipped []corpus.Skip, langs []string) *Pairing {
	p := &Pairing{Documents: []DocInfo{}, Pairs: []PairInfo{}, Unpaired: []string{}, Skipped: []SkipInfo{}, Langs: langs}
	paired := map[string]bool{}
	for _, m := range matches {
		p.Pairs = append(p.Pairs, PairInfo{Left: m.Left.Doc.ID, Right: m.Right.Doc.ID, Relation: m.Relation, Score: m.Score, Evidence: m.Evidence})
		if m.Relation == similarity.Same {
			paired[m.Left.Doc.ID] = true
			paired[m.Right.Doc.ID] = true
		}
	}
	for _, d := range docs {
		p.Documents = append(p.Documents, DocInfo{ID: d.ID, Lang: d.LangCode(), Title: d.Title, Date: d.Date, Sentences: len(d.Sentences)})
		if !paired[d.ID] {
			p.Unpaired = append(p.Unpaired, d.ID)
		}
	}
	for _, s := range skipped {
		p.Skipped = append(p.Skipped, SkipInfo{ID: s.ID, Reason: s.Reason})
	}
	return p
}
