package report

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/aligner/aligner/corpus"
)

// findBrowser returns the path of a Chromium or Chrome, or "". The
// environment variable ALIGNER_CHROMIUM names one explicitly.
func findBrowser() string {
	if p := os.Getenv("ALIGNER_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// cspProbe records Content-Security-Policy violations in window.__csp. It is
// injected through the DevTools protocol before the page's own script runs,
// which the policy does not govern.
const cspProbe = `window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});`

// browserTab is one headless tab and the console messages it collected.
type browserTab struct {
	ctx  context.Context
	mu   sync.Mutex
	msgs []string
}

// newTab starts a headless Chromium at 1366×768 with a fresh profile and
// no network services. Without a browser the test is skipped, unless
// CI=true, where that is a failure.
func newTab(t *testing.T) *browserTab {
	t.Helper()
	path := findBrowser()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found (looked for /usr/bin/chromium, chromium, google-chrome; set ALIGNER_CHROMIUM) and CI=true")
		}
		t.Skip("browser test skipped: no Chromium found (install chromium or set ALIGNER_CHROMIUM)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1366, 768),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	tab := &browserTab{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil { // start the browser and the tab
		t.Fatalf("start %s: %v", path, err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspProbe}); err != nil {
		t.Fatal(err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tab.mu.Lock()
			tab.msgs = append(tab.msgs, m.String())
			tab.mu.Unlock()
		}
	}()
	return tab
}

func (b *browserTab) open(t *testing.T, file string) {
	t.Helper()
	u := url.URL{Scheme: "file", Path: file}
	if err := chromedp.Do(b.ctx, chromedp.Navigate(u.String()), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatalf("open %s: %v", file, err)
	}
}

// eval runs a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browserTab, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func (b *browserTab) key(t *testing.T, k string) {
	t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.KeyEvent(k)); err != nil {
		t.Fatal(err)
	}
}

// clean fails the test on any console message, exception or CSP
// violation seen so far.
func (b *browserTab) clean(t *testing.T) {
	t.Helper()
	time.Sleep(200 * time.Millisecond) // let late events arrive
	b.mu.Lock()
	msgs := append([]string(nil), b.msgs...)
	b.mu.Unlock()
	for _, m := range msgs {
		t.Errorf("console: %s", m)
	}
	if v := eval[[]string](t, b, `window.__csp || ["probe missing"]`); len(v) > 0 {
		t.Errorf("CSP violations: %q", v)
	}
}

// screenshot saves the viewport and the whole page as PNG files into
// $ALIGNER_SCREENSHOTS, or a temporary directory.
func (b *browserTab) screenshot(t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("ALIGNER_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	view, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	full, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	for suffix, data := range map[string][]byte{".png": view, "-full.png": full} {
		if err := os.WriteFile(filepath.Join(dir, name+suffix), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshots: %s", filepath.Join(dir, name+"*.png"))
}

func TestBrowserSeeds(t *testing.T) {
	site, pageName := seedSite(t)
	dir := t.TempDir()
	if err := site.Write(dir); err != nil {
		t.Fatal(err)
	}
	tab := newTab(t)

	t.Run("index", func(t *testing.T) {
		tab.open(t, filepath.Join(dir, "index.html"))
		if got := eval[string](t, tab, `document.title`); got != "aligner report" {
			t.Errorf("title %q", got)
		}
		rows := eval[int](t, tab, `document.querySelectorAll("#pair-table tbody tr").length`)
		if rows != len(site.Pairs) {
			t.Errorf("pair table has %d rows, want %d", rows, len(site.Pairs))
		}
		m := site.Matrix
		cells := eval[int](t, tab, `document.querySelectorAll("svg.heat a rect, svg.heat > rect").length`)
		if want := len(m.Rows)*len(m.Cols) + 5; cells != want {
			t.Errorf("heat map has %d rects, want %d cells and 5 legend swatches", cells, want)
		}
		if n := eval[int](t, tab, `document.querySelectorAll(".unpaired tbody tr, .skipped tbody tr").length`); n != len(site.Pairing.Unpaired)+len(site.Pairing.Skipped) {
			t.Errorf("%d unpaired and skipped rows, want %d", n, len(site.Pairing.Unpaired)+len(site.Pairing.Skipped))
		}
		tab.screenshot(t, "index")

		// Filtering hides rows; clearing shows them again.
		if err := chromedp.Do(tab.ctx, chromedp.SendKeys(chromedp.ID("filter"), "no such pair")); err != nil {
			t.Fatal(err)
		}
		if n := eval[int](t, tab, `[...document.querySelectorAll("#pair-table tbody tr")].filter(r => !r.hidden).length`); n != 0 {
			t.Errorf("filter left %d rows visible", n)
		}
		eval[bool](t, tab, `(() => { const f = document.getElementById("filter"); f.value = ""; f.dispatchEvent(new Event("input")); return true })()`)
		if n := eval[int](t, tab, `[...document.querySelectorAll("#pair-table tbody tr")].filter(r => !r.hidden).length`); n != rows {
			t.Errorf("after clearing the filter %d rows visible, want %d", n, rows)
		}
		// A click on score sorts by score, highest first; a second click
		// reverses the order.
		for _, dir := range []string{"descending", "ascending"} {
			if err := chromedp.Do(tab.ctx, chromedp.Click(chromedp.CSS(`th button[data-col="1"]`))); err != nil {
				t.Fatal(err)
			}
			if got := eval[string](t, tab, `document.querySelectorAll("#pair-table th")[1].getAttribute("aria-sort")`); got != dir {
				t.Errorf("score column aria-sort %q, want %s", got, dir)
			}
			cmp := map[string]string{"descending": ">=", "ascending": "<="}[dir]
			if ok := eval[bool](t, tab, `(() => { const v = [...document.querySelectorAll("#pair-table tbody tr")].map(r => parseFloat(r.cells[1].dataset.v)); return v.every((x, i) => i == 0 || v[i-1] `+cmp+` x) })()`); !ok {
				t.Errorf("rows not sorted by %s score", dir)
			}
		}
		// j focuses the first pair's link.
		eval[bool](t, tab, `document.activeElement.blur(), true`)
		tab.key(t, "j")
		if got := eval[string](t, tab, `document.activeElement.closest("#pair-table tbody tr") ? document.activeElement.tagName : "none"`); got != "A" {
			t.Errorf("after j the focus is on %q, want a pair link", got)
		}
		tab.clean(t)
	})

	t.Run("pair", func(t *testing.T) {
		tab.open(t, filepath.Join(dir, pageName))
		var beads int
		for _, in := range site.Pairs {
			r, _ := in.resolve()
			if PageName(r.Left.ID, r.Right.ID) == pageName {
				beads = len(r.Beads)
			}
		}
		if n := eval[int](t, tab, `document.querySelectorAll("table.sbs tbody tr").length`); n != beads {
			t.Errorf("%d rows, want %d beads", n, beads)
		}
		if n := eval[int](t, tab, `document.querySelectorAll("td[lang=zh-Hans] p.s").length`); n == 0 {
			t.Error("no Chinese sentence tagged zh-Hans")
		}
		if n := eval[int](t, tab, `document.querySelectorAll("td[lang=fr] p.s").length`); n == 0 {
			t.Error("no French sentence tagged fr")
		}
		if n := eval[int](t, tab, `document.querySelectorAll("mark.fact-matched").length`); n == 0 {
			t.Error("no matched fact marked")
		}
		if n := eval[int](t, tab, `document.querySelectorAll("svg.ladder line").length`); n < beads {
			t.Errorf("ladder has %d lines, want at least %d", n, beads)
		}
		// Text wraps: the table fits the window, nothing scrolls sideways.
		if w := eval[int](t, tab, `document.documentElement.scrollWidth`); w > 1366 {
			t.Errorf("page is %dpx wide, wider than the 1366px window", w)
		}
		tab.screenshot(t, "pair-000-004")

		findings := eval[int](t, tab, `document.querySelectorAll(".finding").length`)
		if findings > 0 {
			tab.key(t, "j")
			if ok := eval[bool](t, tab, `document.activeElement === document.querySelectorAll(".finding")[0]`); !ok {
				t.Error("j did not focus the first finding")
			}
			if findings > 1 {
				tab.key(t, "n")
				tab.key(t, "k")
			}
			if ok := eval[bool](t, tab, `document.activeElement === document.querySelectorAll(".finding")[0]`); !ok {
				t.Error("n then k did not come back to the first finding")
			}
			if got := eval[string](t, tab, `document.querySelector(".nav-status").textContent`); !strings.HasPrefix(got, "Finding 1 of ") {
				t.Errorf("status %q", got)
			}
			if tip := eval[string](t, tab, `(() => { const m = document.querySelector("mark.finding"); if (!m) return "none"; m.focus(); return getComputedStyle(m, "::after").content })()`); tip != "none" && !strings.Contains(tip, "value") {
				t.Errorf("focused fact shows tooltip %q", tip)
			}
			tab.screenshot(t, "pair-000-004-focus")
		}
		// The focus ring is visible.
		if got := eval[string](t, tab, `(() => { const a = document.querySelector("td.n a"); a.focus(); return getComputedStyle(a).outlineStyle })()`); got == "none" {
			t.Error("no focus ring on a focused link")
		}
		tab.clean(t)
	})

	t.Run("print", func(t *testing.T) {
		if _, err := chromedp.Call(tab.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Call(tab.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		if got := eval[string](t, tab, `getComputedStyle(document.querySelector(".foot")).display`); got != "none" {
			t.Errorf("footer display %q in print, want none", got)
		}
		if got := eval[string](t, tab, `getComputedStyle(document.querySelector("table.sbs th")).position`); got != "static" {
			t.Errorf("sticky header position %q in print, want static", got)
		}
	})

	t.Run("console listened to", func(t *testing.T) {
		// A positive control for clean: an error the page logs is seen.
		eval[bool](t, tab, `console.error("probe " + 42), true`)
		time.Sleep(300 * time.Millisecond)
		tab.mu.Lock()
		defer tab.mu.Unlock()
		if !slices.ContainsFunc(tab.msgs, func(m string) bool { return strings.Contains(m, "probe 42") }) {
			t.Errorf("console.error was not seen; messages %q", tab.msgs)
		}
	})

	t.Run("policy enforced", func(t *testing.T) {
		// A positive control: the policy is in force, so a network image is
		// blocked and reported.
		eval[bool](t, tab, `(() => { const i = new Image(); i.src = "https://example.invalid/x.png"; document.body.appendChild(i); return true })()`)
		time.Sleep(300 * time.Millisecond)
		if v := eval[[]string](t, tab, `window.__csp`); len(v) == 0 || !strings.HasPrefix(v[0], "img-src") {
			t.Errorf("a network image was not blocked by the policy: violations %q", v)
		}
	})
}

// TestBrowserHostile reads articles whose title and text carry markup and
// script URLs, and checks that the pages show them as text and run nothing.
func TestBrowserHostile(t *testing.T) {
	in := t.TempDir()
	zh := `<script>window.__pwned=1</script>俄罗斯愿协助越南培训电子政务专家

越南政府办公厅主任梅进勇2月20日会见了俄罗斯数字发展部副部长米哈伊尔•马莫诺夫率领的代表团。<img src=x onerror="window.__pwned=1">

双方签署了合作协议,俄方将协助越南培训网络安全专家。
`
	fr := `La Russie soutient le Vietnam <img src=x onerror="window.__pwned=1">

Hanoi, 20 février (VNA) - Le chef du Bureau gouvernemental Mai Tien Dung a reçu le 20 février à Hanoi une délégation russe conduite par Mikhail Mamonov, vice-ministre du Développement numérique.

Voir <a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a> et </td></tr></table><svg onload="window.__pwned=1"> pour les détails.

La Russie aidera le Vietnam à former des experts en cybersécurité.
`
	if err := os.WriteFile(filepath.Join(in, "a_zh.txt"), []byte(zh), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "b_fr.txt"), []byte(fr), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, skipped, err := corpus.Load([]string{in}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	site, pageName := pipelineSite(t, docs, skipped, "a_zh", "b_fr")
	// The hand-made hostile fixture, whose marks sit right next to the markup.
	site.Pairs = append(site.Pairs, fixture(true))
	out := t.TempDir()
	if err := site.Write(out); err != nil {
		t.Fatal(err)
	}
	tab := newTab(t)
	pages := []string{"index.html", pageName, PageName("zh/000.txt", "fr/004.txt")}
	for _, name := range pages {
		t.Run(name, func(t *testing.T) {
			tab.open(t, filepath.Join(out, name))
			if got := eval[string](t, tab, `typeof window.__pwned`); got != "undefined" {
				t.Fatalf("window.__pwned is %s: the article's markup ran", got)
			}
			if n := eval[int](t, tab, `document.querySelectorAll("main img, main script, main svg:not(.ladder):not(.heat), a[href^='javascript']").length`); n != 0 {
				t.Errorf("%d elements from the articles became markup", n)
			}
			text := eval[string](t, tab, `document.body.innerText`)
			for _, want := range []string{`<img src=x onerror="window.__pwned=1">`, `<script>window.__pwned=1</script>`} {
				if !strings.Contains(text, want) {
					t.Errorf("page text lacks %q", want)
				}
			}
			if name != "index.html" && !strings.Contains(text, "javascript:window.__pwned=1") {
				t.Error("page text lacks the javascript: link text")
			}
			tab.key(t, "j") // the page's own script still works
			if name == pages[2] {
				tab.screenshot(t, "hostile-pair")
			}
			tab.clean(t)
		})
	}
}
