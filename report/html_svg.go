package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/aligner/aligner/align"
)

// esc escapes text for SVG markup (text content and quoted attributes).
func esc(s string) string { return template.HTMLEscapeString(s) }

// ladderSVG draws the alignment as a ladder: left sentences along x, right
// ones along y, one segment per bead from its first corner to its last.
// Aligned beads are drawn in the theme colour, sentences without
// counterpart in red; every segment links to its row (for the mouse: the
// keyboard walks the rows themselves).
func ladderSVG(beads []align.Bead, n, m int, ll, rl string) template.HTML {
	const size, pad = 150.0, 28.0
	n1, m1 := math.Max(float64(n), 1), math.Max(float64(m), 1)
	sx, sy := size/n1, size/m1
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="ladder" role="img" aria-labelledby="ladder-title" viewBox="0 0 %g %g" width="%g" height="%g" xmlns="http://www.w3.org/2000/svg">`,
		size+pad+8, size+pad+8, size+pad+8, size+pad+8)
	fmt.Fprintf(&b, `<title id="ladder-title">Alignment ladder: %d %s sentences (across) against %d %s sentences (down), %d beads</title>`, n, esc(ll), m, esc(rl), len(beads))
	fmt.Fprintf(&b, `<g transform="translate(%g,%g)">`, pad, pad)
	fmt.Fprintf(&b, `<rect class="frame" x="0" y="0" width="%g" height="%g" fill="none" stroke="#bbb"/>`, size, size)
	fmt.Fprintf(&b, `<line x1="0" y1="0" x2="%g" y2="%g" stroke="#ddd" stroke-dasharray="3 3"/>`, size, size)
	i, j := 0, 0
	for k, bd := range beads {
		x0, y0 := float64(i)*sx, float64(j)*sy
		i += len(bd.Left)
		j += len(bd.Right)
		x1, y1 := float64(i)*sx, float64(j)*sy
		colour, w := "#1f5fa8", 2.0
		what := fmt.Sprintf("bead %d: %s %s ↔ %s %s, score %.2f", k+1, ll, span(bd.Left), rl, span(bd.Right), bd.Score)
		if len(bd.Left) == 0 || len(bd.Right) == 0 {
			colour, w = "#c0392b", 3
			if len(bd.Left) == 0 {
				what = fmt.Sprintf("bead %d: %s %s without counterpart", k+1, rl, span(bd.Right))
			} else {
				what = fmt.Sprintf("bead %d: %s %s without counterpart", k+1, ll, span(bd.Left))
			}
		}
		fmt.Fprintf(&b, `<a href="#b%d" tabindex="-1"><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%g" stroke-linecap="round"><title>%s</title></line></a>`,
			k+1, x0, y0, x1, y1, colour, w, esc(what))
	}
	fmt.Fprintf(&b, `<text x="%g" y="-8" text-anchor="middle" font-size="11" fill="#333">%s →</text>`, size/2, esc(ll))
	fmt.Fprintf(&b, `<text x="-8" y="%g" text-anchor="middle" font-size="11" fill="#333" transform="rotate(-90 -8 %g)">%s →</text>`, size/2, size/2, esc(rl))
	b.WriteString(`</g></svg>`)
	return template.HTML(b.String())
}

// span describes sentence indices 1-based: "3", "3–4", "–".
func span(ids []int) string {
	switch len(ids) {
	case 0:
		return "–"
	case 1:
		return fmt.Sprintf("%d", ids[0]+1)
	}
	return fmt.Sprintf("%d–%d", ids[0]+1, ids[len(ids)-1]+1)
}

// heatColour maps p in [0, 1] to a sequential white-to-blue scale.
func heatColour(p float64) string {
	p = math.Max(0, math.Min(1, p))
	// Interpolate between #f7fbff and #08306b through #6baed6.
	stops := [][3]float64{{247, 251, 255}, {107, 174, 214}, {8, 48, 107}}
	t := p * 2
	k := 0
	if t > 1 {
		k, t = 1, t-1
	}
	var c [3]int
	for i := range c {
		c[i] = int(math.Round(stops[k][i] + (stops[k+1][i]-stops[k][i])*t))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// heatSVG draws the similarity matrix: one row per left document, one column
// per right one, each cell tinted by p(same) and linking to the pair page
// when there is one; same pairs are outlined.
func heatSVG(m *Matrix, pages map[[2]string]string, relations map[[2]string]string, labels, titles map[string]string) template.HTML {
	if m == nil || len(m.Rows) == 0 || len(m.Cols) == 0 {
		return ""
	}
	n := max(len(m.Rows), len(m.Cols))
	cell := math.Max(9, math.Min(36, math.Floor(620/float64(n))))
	font := math.Max(8, math.Min(12, cell-1))
	// Margins fit the longest labels: about 0.62 font sizes per character;
	// column labels rise at 60°.
	longest := func(ids []string, limit int) float64 {
		k := 0
		for _, id := range ids {
			k = max(k, min(utf8.RuneCountInString(labels[id]), limit))
		}
		return float64(k) * font * 0.62
	}
	left := math.Max(60, longest(m.Rows, 28)+12)
	colText := longest(m.Cols, 22)
	top := math.Max(30, colText*0.87+12)
	w := math.Max(left+cell*float64(len(m.Cols))+colText*0.5+10, left+5*52+40)
	h := top + cell*float64(len(m.Rows)) + 40
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="heat" role="img" aria-labelledby="heat-title" viewBox="0 0 %g %g" width="%g" height="%g" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">`, w, h, w, h)
	fmt.Fprintf(&b, `<title id="heat-title">Similarity matrix, p(same) for %d × %d documents</title>`, len(m.Rows), len(m.Cols))
	for i, id := range m.Rows {
		y := top + cell*float64(i) + cell/2 + font/3
		fmt.Fprintf(&b, `<text x="%g" y="%.1f" text-anchor="end" font-size="%g" fill="#222">%s<title>%s</title></text>`,
			left-6, y, font, esc(clip(labels[id], 28)), esc(id+" "+titles[id]))
	}
	for j, id := range m.Cols {
		x := left + cell*float64(j) + cell/2 + font/3
		fmt.Fprintf(&b, `<text x="%.1f" y="%g" font-size="%g" fill="#222" transform="rotate(-60 %.1f %g)">%s<title>%s</title></text>`,
			x, top-6, font, x, top-6, esc(clip(labels[id], 22)), esc(id+" "+titles[id]))
	}
	for i, row := range m.Rows {
		for j, col := range m.Cols {
			p := m.PSame[i][j]
			x, y := left+cell*float64(j), top+cell*float64(i)
			key := [2]string{row, col}
			rel := relations[key]
			tip := fmt.Sprintf("%s × %s: p(same) %.2f", labels[row], labels[col], p)
			if rel != "" {
				tip += " · " + rel
			}
			rect := fmt.Sprintf(`<rect x="%g" y="%g" width="%g" height="%g" fill="%s"`, x, y, cell, cell, heatColour(p))
			switch rel {
			case "same":
				rect += ` stroke="#e67e22" stroke-width="2"`
			case "related":
				rect += ` stroke="#e67e22" stroke-width="1" stroke-dasharray="2 2"`
			default:
				rect += ` stroke="#fff" stroke-width="0.5"`
			}
			rect += `><title>` + esc(tip) + `</title></rect>`
			if page := pages[key]; page != "" {
				// Not a tab stop: the pair table holds the same links.
				fmt.Fprintf(&b, `<a href="%s" tabindex="-1">%s</a>`, esc(page), rect)
			} else {
				b.WriteString(rect)
			}
		}
	}
	// Legend.
	ly := top + cell*float64(len(m.Rows)) + 14
	for k := 0; k <= 4; k++ {
		p := float64(k) / 4
		fmt.Fprintf(&b, `<rect x="%g" y="%g" width="22" height="12" fill="%s" stroke="#999" stroke-width="0.5"/>`, left+float64(k)*52, ly, heatColour(p))
		fmt.Fprintf(&b, `<text x="%g" y="%g" font-size="11" fill="#222">%.2f</text>`, left+float64(k)*52+25, ly+10, p)
	}
	fmt.Fprintf(&b, `<text x="%g" y="%g" font-size="11" text-anchor="end" fill="#222">p(same)</text>`, left-6, ly+10)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
