package corpus

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		title string
		lines []string
		date  string
		url   string
	}{
		{
			name: "no article element",
			src: `<html><head><title>越南与法国加强合作_新闻网</title><link rel="canonical" href="https://example.cn/a"></head>
<body><div class="menu"><a>首页</a><a>国际</a></div>
<div id="content"><h1>越南与法国加强合作</h1><time datetime="2023-11-26">2023年11月26日</time>
<p>越南政府总理会见了法国代表团。</p><p>双方同意加强合作。<br>会谈在河内举行。</p>
<div class="share-bar">分享到微信</div></div>
<div class="footer">版权所有</div></body></html>`,
			title: "越南与法国加强合作",
			lines: []string{"2023年11月26日", "越南政府总理会见了法国代表团。", "双方同意加强合作。", "会谈在河内举行。"},
			date:  "2023-11-26",
			url:   "https://example.cn/a",
		},
		{
			name:  "og title and entities",
			src:   `<meta property="og:title" content="L&#39;APEC &amp; le Vietnam"><article><p>Le Vietnam&nbsp;participe.</p><script>alert(1)</script><p hidden>caché</p></article><p>hors article</p>`,
			title: "L'APEC & le Vietnam",
			lines: []string{"Le Vietnam\u00a0participe."},
		},
		{
			name:  "unclosed tags",
			src:   `<body><article><p>Premier paragraphe.<p>Second <b>paragraphe</p><div class="related"><li>Autre titre`,
			lines: []string{"Premier paragraphe.", "Second paragraphe"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := parseHTML(tt.src)
			var lines []string
			for _, l := range pg.lines {
				lines = append(lines, l.text)
			}
			if diff := cmp.Diff(tt.lines, lines); diff != "" {
				t.Errorf("lines mismatch (-want +got):\n%s", diff)
			}
			if pg.title != tt.title || pg.date != tt.date || pg.url != tt.url {
				t.Errorf("title %q date %q url %q; want %q %q %q", pg.title, pg.date, pg.url, tt.title, tt.date, tt.url)
			}
		})
	}
}
