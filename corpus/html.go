package corpus

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what parseHTML keeps of a saved news page.
type page struct {
	title     string
	titleLine int
	date, url string
	lines     []line // text blocks of the article body, with their source lines
}

// skipElements never hold article text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Template: true, atom.Object: true, atom.Menu: true,
	atom.Figcaption: true, atom.Head: true, atom.Textarea: true,
}

// blockElements end a line of text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Td: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Figure: true,
	atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Pre: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

var voidElements = map[atom.Atom]bool{
	atom.Br: true, atom.Img: true, atom.Meta: true, atom.Link: true, atom.Input: true, atom.Hr: true,
	atom.Source: true, atom.Wbr: true, atom.Area: true, atom.Base: true, atom.Col: true, atom.Embed: true,
	atom.Param: true, atom.Track: true,
}

// boilerClass matches class or id values of page furniture.
var boilerClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:nav|navbar|menu|footer|header|sidebar|side-bar|related|relate|recommend|share|sharing|social|comment|comments|breadcrumbs?|ads?|advert\w*|banner|promo|tags?|widget|popup|modal|cookie|newsletter|subscribe|most-?read|trending|hot-?news|caption|photo-?caption|author-box|toolbar|pagination|login|search)(?:$|[\s_-])`)

// articleClass matches class, id or itemprop values of the article body.
var articleClass = regexp.MustCompile(`(?i)articlebody|article-body|article__body|article-content|articlecontent|post-content|entry-content|story-body|detail-content|content-detail|cms-body|news-content|main-content`)

type openElem struct {
	a       atom.Atom
	name    string
	skip    bool
	article bool
}

// parseHTML extracts title, date, URL and the body text blocks of a saved
// news page. Navigation, scripts, menus, forms, captions and elements whose
// class or id names page furniture (related lists, share bars) are left
// out. When the page marks its article (<article>, <main> or an
// articleBody-like class), only text inside it is kept.
func parseHTML(src string) page {
	var pg page
	z := html.NewTokenizer(strings.NewReader(src))
	lineNo := 1
	var stack []openElem
	var cur strings.Builder
	curLine := 0
	type block struct {
		line
		article bool
	}
	var blocks []block
	var h1 string
	var h1Buf strings.Builder
	h1Line := 0
	var titleTag strings.Builder
	inTitle, inH1 := false, false
	skipping := func() bool {
		for _, e := range stack {
			if e.skip {
				return true
			}
		}
		return false
	}
	inArticle := func() bool {
		for _, e := range stack {
			if e.article {
				return true
			}
		}
		return false
	}
	flush := func() {
		t := strings.TrimSpace(cur.String())
		if t != "" {
			blocks = append(blocks, block{line{t, curLine}, inArticle()})
		}
		cur.Reset()
		curLine = 0
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		startLine := lineNo
		lineNo += strings.Count(string(raw), "\n")
		switch tt {
		case html.ErrorToken:
			flush()
			hasArticle := false
			for _, b := range blocks {
				hasArticle = hasArticle || b.article
			}
			for _, b := range blocks {
				if !hasArticle || b.article {
					pg.lines = append(pg.lines, b.line)
				}
			}
			pg.title = strings.TrimSpace(pg.title)
			if pg.title == "" {
				pg.title, pg.titleLine = h1, h1Line
			}
			if pg.title == "" {
				pg.title = strings.TrimSpace(titleTag.String())
			}
			// The headline repeated as the first body block is the title.
			if len(pg.lines) > 0 && normalize(pg.lines[0].text) == normalize(pg.title) {
				pg.titleLine = pg.lines[0].n
				pg.lines = pg.lines[1:]
			}
			return pg
		case html.TextToken:
			text := html.UnescapeString(string(raw))
			if inTitle {
				titleTag.WriteString(text)
			}
			if inH1 && h1 == "" {
				if h1Buf.Len() == 0 {
					h1Line = startLine + leadingNewlines(text)
				}
				h1Buf.WriteString(text)
			}
			if skipping() {
				continue
			}
			if strings.TrimSpace(text) != "" && curLine == 0 {
				curLine = startLine + leadingNewlines(text)
			}
			cur.WriteString(text)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			switch a {
			case atom.Meta:
				prop := strings.ToLower(attrs["property"] + attrs["name"] + attrs["itemprop"])
				switch {
				case strings.Contains(prop, "og:title") && pg.title == "":
					pg.title = html.UnescapeString(attrs["content"])
				case strings.Contains(prop, "og:url") && pg.url == "":
					pg.url = attrs["content"]
				case (strings.Contains(prop, "published_time") || strings.Contains(prop, "datepublished") || prop == "pubdate" || prop == "date") && pg.date == "":
					pg.date = isoDate(attrs["content"])
				}
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && pg.url == "" {
					pg.url = attrs["href"]
				}
			case atom.Time:
				if pg.date == "" && attrs["datetime"] != "" {
					pg.date = isoDate(attrs["datetime"])
				}
			case atom.Title:
				inTitle = tt == html.StartTagToken
			case atom.H1:
				inH1 = tt == html.StartTagToken
			}
			if blockElements[a] {
				flush()
			}
			if voidElements[a] || tt == html.SelfClosingTagToken {
				continue
			}
			classes := attrs["class"] + " " + attrs["id"] + " " + attrs["role"]
			e := openElem{a: a, name: string(name)}
			_, hidden := attrs["hidden"]
			e.skip = skipElements[a] || hidden || attrs["aria-hidden"] == "true" || strings.Contains(attrs["style"], "display:none") ||
				boilerClass.MatchString(classes) && !articleClass.MatchString(classes)
			e.article = a == atom.Article || a == atom.Main || articleClass.MatchString(classes+" "+attrs["itemprop"])
			if a == atom.H1 {
				e.skip = true // the headline is the title, not body text
			}
			stack = append(stack, e)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Title:
				inTitle = false
			case atom.H1:
				inH1 = false
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].name == string(name) {
					if a == atom.H1 && h1 == "" {
						h1 = strings.TrimSpace(h1Buf.String())
					}
					stack = stack[:k]
					break
				}
			}
			if blockElements[a] {
				flush()
			}
		}
	}
}

func leadingNewlines(s string) int {
	return strings.Count(s[:len(s)-len(strings.TrimLeft(s, " \t\r\n"))], "\n")
}

var isoDateRe = regexp.MustCompile(`^(\d{4}-\d{2}(?:-\d{2})?)`)

// isoDate keeps the date part of an ISO 8601 time stamp.
func isoDate(s string) string {
	return isoDateRe.FindString(strings.TrimSpace(s))
}
