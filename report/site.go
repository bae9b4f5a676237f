package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path"
	"sort"
	"strings"
	"unicode"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/internal/par"
	"github.com/aligner/aligner/lexicon"
	"github.com/aligner/aligner/similarity"
)

// A Site is a static review site of one pairing run: an index of what was
// read and paired with a heat map of document similarity, one page per
// pair (see [PairPage]) and report.json with everything the pages show.
type Site struct {
	// Pairing is the pairing run, from [NewPairing].
	Pairing *Pairing
	// Documents are the documents read, whose texts go into report.json.
	Documents []*corpus.Document
	// Pairs get one page each, in this order.
	Pairs []*PairInput
	// Matrix is the similarity matrix drawn on the index, or nil.
	Matrix *Matrix
}

// Matrix holds p(same) for left × right documents.
type Matrix struct {
	Rows  []string    `json:"rows"` // left document ids
	Cols  []string    `json:"cols"` // right document ids
	PSame [][]float64 `json:"p_same"`
	// RowsTotal and ColsTotal are the numbers of documents of each side
	// before the matrix was cut down to its limit.
	RowsTotal int `json:"rows_total"`
	ColsTotal int `json:"cols_total"`
}

// NewMatrix scores the left × right documents of a pairing run with the
// same-event model of sc. When one side has more than limit documents
// (limit > 0), only the limit documents of that side with the best pairs
// in matches are kept. Rows keep their input order; columns are ordered by
// their best row, so that same pairs line up along the diagonal.
func NewMatrix(sc *similarity.Scorer, left, right []*similarity.Profile, matches []similarity.Match, limit int) *Matrix {
	best := map[*similarity.Profile]float64{} // best match score, same pairs above related ones
	bestRow := map[*similarity.Profile]int{}  // right profile → row of its best match
	rowOf := map[*similarity.Profile]int{}
	for i, p := range left {
		rowOf[p] = i
	}
	for _, m := range matches {
		s := m.Score
		if m.Relation == similarity.Same {
			s++
		}
		if v, ok := best[m.Left]; !ok || s > v {
			best[m.Left] = s
		}
		r, ok := rowOf[m.Left]
		if !ok {
			continue
		}
		if v, seen := best[m.Right]; !seen || s > v || s == v && r < bestRow[m.Right] {
			best[m.Right] = s
			bestRow[m.Right] = r
		}
	}
	m := &Matrix{RowsTotal: len(left), ColsTotal: len(right)}
	rows := keepBest(left, best, limit)
	cols := keepBest(right, best, limit)
	// Columns by the row of their best match, then input order.
	colIndex := map[*similarity.Profile]int{}
	for i, p := range right {
		colIndex[p] = i
	}
	key := func(p *similarity.Profile) int {
		if r, ok := bestRow[p]; ok {
			return r
		}
		return len(left)
	}
	sort.SliceStable(cols, func(a, b int) bool {
		ka, kb := key(cols[a]), key(cols[b])
		if ka != kb {
			return ka < kb
		}
		return colIndex[cols[a]] < colIndex[cols[b]]
	})
	for _, p := range rows {
		m.Rows = append(m.Rows, p.Doc.ID)
	}
	for _, p := range cols {
		m.Cols = append(m.Cols, p.Doc.ID)
	}
	m.PSame = make([][]float64, len(rows))
	for i, a := range rows {
		m.PSame[i] = make([]float64, len(cols))
		for j, b := range cols {
			m.PSame[i][j] = round4(sc.Same.Prob(sc.Features(a, b)))
		}
	}
	return m
}

// keepBest returns ps, or when it is longer than limit, the limit profiles
// of best score, in their input order.
func keepBest(ps []*similarity.Profile, best map[*similarity.Profile]float64, limit int) []*similarity.Profile {
	if limit <= 0 || len(ps) <= limit {
		return append([]*similarity.Profile(nil), ps...)
	}
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return best[ps[idx[a]]] > best[ps[idx[b]]] })
	idx = idx[:limit]
	sort.Ints(idx)
	out := make([]*similarity.Profile, len(idx))
	for k, i := range idx {
		out[k] = ps[i]
	}
	return out
}

// PageName returns the file name of the page of the pair (left, right):
// both base names reduced to [a-z0-9_-] and clipped, and a short hash of
// both ids, so that distinct pairs never share a file and no name leaves
// the site's directory.
func PageName(left, right string) string {
	h := sha256.Sum256([]byte(left + "\x00" + right))
	return "pair-" + slug(left) + "--" + slug(right) + "-" + hex.EncodeToString(h[:4]) + ".html"
}

// slug reduces the base name of id, without extension, to at most 32
// characters of [a-z0-9_-], diacritics removed (Hà Nội → ha-noi).
func slug(id string) string {
	base := path.Base(strings.ReplaceAll(id, "\\", "/"))
	if ext := path.Ext(base); ext != "" && len(ext) < len(base) {
		base = strings.TrimSuffix(base, ext)
	}
	var b strings.Builder
	dash := false
	var folded strings.Builder
	for _, r := range base {
		if r < 0x80 {
			folded.WriteRune(unicode.ToLower(r))
		} else {
			folded.WriteString(lexicon.Fold(string(r)))
		}
	}
	for _, r := range folded.String() {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_'
		if ok {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 32 {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		s = "doc"
	}
	return s
}

// Files renders the site: file name → content. Names are flat (no
// directory), and the same site always gives the same bytes.
func (s *Site) Files() (map[string][]byte, error) {
	files := map[string][]byte{}
	pages := make([]*pairPage, len(s.Pairs))
	names := make([]string, len(s.Pairs))
	for i, in := range s.Pairs {
		r, err := in.resolve()
		if err != nil {
			return nil, fmt.Errorf("pair %d: %w", i+1, err)
		}
		names[i] = PageName(r.Left.ID, r.Right.ID)
	}
	// Render pair pages in parallel; results stay in input order.
	out := make([][]byte, len(s.Pairs))
	errs := make([]error, len(s.Pairs))
	par.Do(len(s.Pairs), func(i int) {
		p, err := newPairPage(s.Pairs[i], "index.html")
		if err != nil {
			errs[i] = err
			return
		}
		pages[i] = p
		var buf bytes.Buffer
		errs[i] = tmpl.ExecuteTemplate(&buf, "pair", p)
		out[i] = buf.Bytes()
	})
	for i := range out {
		if errs[i] != nil {
			return nil, fmt.Errorf("pair %d: %w", i+1, errs[i])
		}
		if _, dup := files[names[i]]; dup {
			continue // the same pair twice
		}
		files[names[i]] = out[i]
	}

	idx := s.index(names)
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "index", idx); err != nil {
		return nil, err
	}
	files["index.html"] = buf.Bytes()

	js, err := s.json(names)
	if err != nil {
		return nil, err
	}
	files["report.json"] = js
	return files, nil
}

// Write writes the site into dir, creating it if needed. Files are written
// only inside dir, through an [os.Root].
func (s *Site) Write(dir string) error {
	files, err := s.Files()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	for _, name := range sortedKeys(files) {
		if err := root.WriteFile(name, files[name], 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path.Join(dir, name), err)
		}
	}
	return nil
}

// indexPage is the view model of index.html.
type indexPage struct {
	Chrome    chrome
	Langs     string
	Docs      int
	PerLang   []kv
	Same      int
	Related   int
	Pairs     []indexPair
	Unpaired  []docRow
	Skipped   []SkipInfo
	Documents []docRow
	Heat      template.HTML
	HeatNote  string
}

type indexPair struct {
	Page, Relation                      string
	Score                               float64
	Left, Right                         docRow
	Matched, Changed, Missing, Unpaired int
	Compared                            bool
}

type docRow struct {
	ID, Short, Lang, Title, Date string
	Sentences                    int
	Page                         string // a page of the document's best pair
}

func (s *Site) index(names []string) *indexPage {
	p := &indexPage{Chrome: newChrome("aligner report", "")}
	pr := s.Pairing
	if pr == nil {
		pr = &Pairing{}
	}
	p.Langs = strings.Join(pr.Langs, " ↔ ")
	docs := map[string]docRow{}
	perLang := map[string]int{}
	langOf := map[string]string{}
	for _, d := range s.Documents {
		langOf[d.ID] = htmlLang(d)
	}
	for _, d := range pr.Documents {
		lang := langOf[d.ID]
		if lang == "" {
			lang = d.Lang
		}
		row := docRow{ID: d.ID, Short: shortID(d.ID), Lang: lang, Title: d.Title, Date: d.Date, Sentences: d.Sentences}
		docs[d.ID] = row
		perLang[d.Lang]++
	}
	for _, k := range pr.Langs {
		if n, ok := perLang[k]; ok {
			p.PerLang = append(p.PerLang, kv{k, n})
			delete(perLang, k)
		}
	}
	for _, k := range sortedKeys(perLang) {
		p.PerLang = append(p.PerLang, kv{k, perLang[k]})
	}
	p.Docs = len(pr.Documents)
	pages := map[[2]string]string{}
	relations := map[[2]string]string{}
	docPage := map[string]string{}
	docSame := map[string]bool{}
	for i, in := range s.Pairs {
		r, _ := in.resolve()
		ip := indexPair{Page: names[i], Relation: r.Relation, Score: r.Score, Left: docs[r.Left.ID], Right: docs[r.Right.ID]}
		if ip.Left.ID == "" {
			ip.Left = docRow{ID: r.Left.ID, Short: shortID(r.Left.ID), Lang: htmlLang(r.Left), Title: r.Left.Title}
		}
		if ip.Right.ID == "" {
			ip.Right = docRow{ID: r.Right.ID, Short: shortID(r.Right.ID), Lang: htmlLang(r.Right), Title: r.Right.Title}
		}
		if c := r.Comparison; c != nil {
			ip.Compared = true
			ip.Matched, ip.Changed = c.Summary.Matched, c.Summary.Changed
			ip.Missing = c.Summary.MissingLeft + c.Summary.MissingRight
			ip.Unpaired = c.Summary.Unaligned
		} else {
			for _, b := range r.Beads {
				if len(b.Left) == 0 || len(b.Right) == 0 {
					ip.Unpaired += len(b.Left) + len(b.Right)
				}
			}
		}
		switch r.Relation {
		case similarity.Same:
			p.Same++
		case similarity.Related:
			p.Related++
		}
		key := [2]string{r.Left.ID, r.Right.ID}
		pages[key] = names[i]
		relations[key] = r.Relation
		for _, id := range key {
			if docPage[id] == "" || r.Relation == similarity.Same && !docSame[id] {
				docPage[id] = names[i]
				docSame[id] = r.Relation == similarity.Same
			}
		}
		p.Pairs = append(p.Pairs, ip)
	}
	// Relations of pairs without a page (when pages were limited).
	for _, m := range pr.Pairs {
		key := [2]string{m.Left, m.Right}
		if relations[key] == "" {
			relations[key] = m.Relation
		}
	}
	for _, d := range pr.Documents {
		row := docs[d.ID]
		row.Page = docPage[d.ID]
		p.Documents = append(p.Documents, row)
	}
	for _, id := range pr.Unpaired {
		row := docs[id]
		row.Page = docPage[id]
		p.Unpaired = append(p.Unpaired, row)
	}
	p.Skipped = pr.Skipped
	if m := s.Matrix; m != nil {
		labels, titles := map[string]string{}, map[string]string{}
		for _, id := range append(append([]string{}, m.Rows...), m.Cols...) {
			labels[id] = shortID(id)
			titles[id] = docs[id].Title
		}
		p.Heat = heatSVG(m, pages, relations, labels, titles)
		if len(m.Rows) < m.RowsTotal || len(m.Cols) < m.ColsTotal {
			p.HeatNote = fmt.Sprintf("Showing the %d × %d documents with the best pairs, of %d × %d.", len(m.Rows), len(m.Cols), m.RowsTotal, m.ColsTotal)
		}
	}
	return p
}

// shortID is the base name of an id without its extension.
func shortID(id string) string {
	base := path.Base(strings.ReplaceAll(id, "\\", "/"))
	if ext := path.Ext(base); ext != "" && len(ext) < len(base) {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// siteJSON is report.json.
type siteJSON struct {
	Pairing *Pairing   `json:"pairing"`
	Texts   []docText  `json:"texts"`
	Pages   []pageJSON `json:"pages"`
	Matrix  *Matrix    `json:"matrix,omitempty"`
}

type docText struct {
	ID        string   `json:"id"`
	Lang      string   `json:"lang"`
	Title     string   `json:"title"`
	URL       string   `json:"url,omitempty"`
	Sentences []string `json:"sentences"`
}

type pageJSON struct {
	Page       string               `json:"page"`
	Left       string               `json:"left"`
	Right      string               `json:"right"`
	Relation   string               `json:"relation,omitempty"`
	Score      float64              `json:"score,omitempty"`
	Evidence   *similarity.Evidence `json:"evidence,omitempty"`
	Beads      []align.Bead         `json:"beads"`
	Comparison *align.Comparison    `json:"comparison,omitempty"`
}

func (s *Site) json(names []string) ([]byte, error) {
	v := siteJSON{Pairing: s.Pairing, Texts: []docText{}, Pages: []pageJSON{}, Matrix: s.Matrix}
	for _, d := range s.Documents {
		t := docText{ID: d.ID, Lang: htmlLang(d), Title: d.Title, URL: d.URL, Sentences: make([]string, len(d.Sentences))}
		for i, st := range d.Sentences {
			t.Sentences[i] = st.Text
		}
		v.Texts = append(v.Texts, t)
	}
	for i, in := range s.Pairs {
		r, _ := in.resolve()
		beads := r.Beads
		if beads == nil {
			beads = []align.Bead{}
		}
		v.Pages = append(v.Pages, pageJSON{Page: names[i], Left: r.Left.ID, Right: r.Right.ID, Relation: r.Relation,
			Score: r.Score, Evidence: r.Evidence, Beads: beads, Comparison: r.Comparison})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // compact: the file is large, and jq indents
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func round4(v float64) float64 {
	return float64(int64(v*1e4+0.5)) / 1e4
}
