package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
)

// record is one JSON Lines article.
type record struct {
	ID    string  `json:"id"`
	Title string  `json:"title"`
	Text  *string `json:"text"`
	Lang  string  `json:"lang"`
	Date  string  `json:"date"`
	URL   string  `json:"url"`
}

// parseJSONL reads one article per line. Blank lines are ignored; a line
// that is not a JSON object with a "text" string is a Skip naming FILE:LINE.
// All sentences of a record carry the record's line number.
func parseJSONL(id, p, text string) ([]*Document, []Skip) {
	var docs []*Document
	var skips []Skip
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", id, n)
		var r record
		if err := json.Unmarshal([]byte(raw), &r); err != nil {
			skips = append(skips, Skip{ID: where, Reason: "invalid JSON: " + err.Error()})
			continue
		}
		if r.Text == nil {
			skips = append(skips, Skip{ID: where, Reason: `missing "text"`})
			continue
		}
		if strings.TrimSpace(*r.Text) == "" {
			skips = append(skips, Skip{ID: where, Reason: `empty "text"`})
			continue
		}
		docID := r.ID
		if docID == "" {
			docID = where
		}
		lines := splitLines(*r.Text, n)
		for k := range lines {
			lines[k].n = n
		}
		// Without a title, the first line of the text is the title when
		// more text follows it.
		_, rest, multi := strings.Cut(strings.TrimSpace(*r.Text), "\n")
		findTitle := r.Title == "" && multi && strings.TrimSpace(rest) != ""
		lang := strings.ToLower(r.Lang)
		if b, _, ok := strings.Cut(lang, "-"); ok {
			lang = b
		}
		doc, reason := build(docID, p, "jsonl", r.Title, n, findTitle, lines, lang)
		if doc == nil {
			skips = append(skips, Skip{ID: where, Reason: reason})
			continue
		}
		if r.Date != "" {
			doc.Date = r.Date
		}
		doc.URL = r.URL
		docs = append(docs, doc)
	}
	return docs, skips
}
