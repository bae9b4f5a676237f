package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/seeds"
)

// DefaultMaxSize is the size limit of an input file when Options.MaxSize is 0.
const DefaultMaxSize = 20 << 20

// ErrNotExist is wrapped by the error Load returns for a path that does not
// exist.
var ErrNotExist = errors.New("corpus: no such file or directory")

// Options control Load. The zero value works: automatic encoding detection
// and a 20 MB size limit.
type Options struct {
	// Encoding is "", "auto", "utf-8" or "gb18030" ("gbk" is read as
	// gb18030). With "auto" (or ""), UTF-8 is used when the bytes are valid
	// UTF-8 (a BOM is dropped), UTF-16 when a UTF-16 BOM starts the file,
	// and GB18030 when the bytes are not UTF-8 but decode to Chinese text.
	Encoding string
	// MaxSize is the largest file read, in bytes; larger files are skipped.
	// 0 means DefaultMaxSize.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Formats maps the file extensions Load reads to Document.Format.
var Formats = map[string]string{".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

// Load reads the articles named by paths: files and directories, walked
// recursively in lexical order. It returns the documents in input order and
// a Skip for every input that gave no document (empty, binary, not UTF-8 or
// GB18030, unknown language, too large, unreadable, bad JSON line, file of
// another format named explicitly). Inside directories only .txt, .html,
// .htm and .jsonl files are read; other files (gold.tsv, README.md) are
// ignored without a Skip, and so are hidden files and directories.
//
// With no paths, Load reads the embedded seed articles (package seeds),
// whose IDs are "seeds/<file>.txt".
//
// A path that does not exist is an error wrapping [ErrNotExist]; no other
// input problem is an error. The documents and skips found before that
// path are returned with the error.
//
// Files are read and cleaned on up to GOMAXPROCS goroutines; the result
// does not depend on their number. Load is safe for concurrent use.
func Load(paths []string, opt Options) ([]*Document, []Skip, error) {
	var l loader
	l.opt = opt
	if err := l.checkEncoding(); err != nil {
		return nil, nil, err
	}
	if len(paths) == 0 {
		err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || Formats[path.Ext(p)] == "" {
				return err
			}
			data, err := fs.ReadFile(seeds.FS, p)
			if err != nil {
				return err
			}
			id := seeds.Dir + "/" + p
			l.jobs = append(l.jobs, job{id: id, path: id, data: data})
			return nil
		})
		docs, skips := l.run()
		return docs, skips, err
	}
	// The French word list (about 0.1 s to load) is read while the paths
	// are walked, not when the first French article waits for it.
	go frWordSet()
	var err error
	for _, p := range paths {
		if err = l.path(p); err != nil {
			break
		}
	}
	docs, skips := l.run()
	return docs, skips, err
}

// A loader collects the inputs of one Load call as jobs while it walks the
// paths, then runs the jobs.
type loader struct {
	opt  Options
	jobs []job
}

// A job is one input: a file to read, the bytes of an embedded seed, or a
// problem found while walking that makes a Skip.
type job struct {
	id     string
	path   string      // file name in the OS's form; the ID for seeds
	info   fs.FileInfo // set for files named on the command line
	dirEnt fs.DirEntry // set for files found in a directory: Info is read by the worker
	data   []byte      // set for seeds
	skip   string      // the reason of a Skip found while walking
}

// An output is what one job gives, in input order.
type output struct {
	docs  []*Document
	skips []Skip
}

func (o *output) skip(id, format string, args ...any) {
	o.skips = append(o.skips, Skip{ID: id, Reason: fmt.Sprintf(format, args...)})
}

// run does the jobs on up to GOMAXPROCS goroutines and returns their
// documents and skips in job order.
func (l *loader) run() ([]*Document, []Skip) {
	outs := make([]output, len(l.jobs))
	workers := min(runtime.GOMAXPROCS(0), len(l.jobs))
	if workers <= 1 {
		for i := range l.jobs {
			outs[i] = l.do(&l.jobs[i])
		}
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1) - 1)
					if i >= len(l.jobs) {
						return
					}
					outs[i] = l.do(&l.jobs[i])
				}
			})
		}
		wg.Wait()
	}
	var docs []*Document
	var skips []Skip
	for _, o := range outs {
		docs = append(docs, o.docs...)
		skips = append(skips, o.skips...)
	}
	return docs, skips
}

// do turns one job into documents or skips.
func (l *loader) do(j *job) output {
	var o output
	switch {
	case j.skip != "":
		o.skip(j.id, "%s", j.skip)
	case j.dirEnt != nil:
		info, err := j.dirEnt.Info()
		if err != nil {
			o.skip(j.id, "unreadable: %v", unwrapPath(err))
			break
		}
		l.file(&o, j.id, j.path, info)
	case j.info != nil:
		l.file(&o, j.id, j.path, j.info)
	default:
		l.add(&o, j.id, j.path, j.data)
	}
	return o
}

func (l *loader) checkEncoding() error {
	switch strings.ToLower(l.opt.Encoding) {
	case "", "auto", "utf-8", "utf8", "gb18030", "gbk", "gb2312":
		return nil
	}
	return fmt.Errorf("corpus: unknown encoding %q (want auto, utf-8 or gb18030)", l.opt.Encoding)
}

// skip records a Skip found while walking.
func (l *loader) skip(id, format string, args ...any) {
	l.jobs = append(l.jobs, job{id: id, skip: fmt.Sprintf(format, args...)})
}

func (l *loader) path(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("load %s: %w", p, ErrNotExist)
		}
		l.skip(filepath.ToSlash(p), "unreadable: %v", unwrapPath(err))
		return nil
	}
	if !st.IsDir() {
		id := filepath.ToSlash(p)
		if Formats[strings.ToLower(filepath.Ext(p))] == "" {
			l.skip(id, "unsupported file type %q (want .txt, .html, .htm or .jsonl)", filepath.Ext(p))
			return nil
		}
		l.jobs = append(l.jobs, job{id: id, path: p, info: st})
		return nil
	}
	return filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(p, fp)
		id := path.Join(filepath.ToSlash(p), filepath.ToSlash(rel))
		if err != nil {
			l.skip(id, "unreadable: %v", unwrapPath(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if fp != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || Formats[strings.ToLower(filepath.Ext(fp))] == "" {
			return nil
		}
		// The worker reads the file's information (one lstat per file).
		l.jobs = append(l.jobs, job{id: id, path: fp, dirEnt: d})
		return nil
	})
}

// unwrapPath drops the path from an *fs.PathError: the Skip names it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (l *loader) file(o *output, id, p string, info fs.FileInfo) {
	if !info.Mode().IsRegular() {
		o.skip(id, "not a regular file")
		return
	}
	if info.Size() > l.opt.maxSize() {
		o.skip(id, "too large: %d bytes, limit %d", info.Size(), l.opt.maxSize())
		return
	}
	data, err := os.ReadFile(p)
	if err != nil {
		o.skip(id, "unreadable: %v", unwrapPath(err))
		return
	}
	if int64(len(data)) > l.opt.maxSize() {
		o.skip(id, "too large: %d bytes, limit %d", len(data), l.opt.maxSize())
		return
	}
	l.add(o, id, filepath.ToSlash(p), data)
}

// add turns the bytes of one file into documents or skips.
func (l *loader) add(o *output, id, p string, data []byte) {
	format := Formats[strings.ToLower(path.Ext(p))]
	text, err := decode(data, l.opt.Encoding)
	if err != nil {
		o.skip(id, "%v", err)
		return
	}
	if strings.TrimSpace(text) == "" {
		o.skip(id, "empty file")
		return
	}
	switch format {
	case "jsonl":
		o.docs, o.skips = parseJSONL(id, p, text)
		return
	case "html":
		page := parseHTML(text)
		doc, reason := build(id, p, format, page.title, page.titleLine, page.title == "", page.lines, "")
		if doc == nil {
			o.skip(id, "%s", reason)
			return
		}
		if doc.Date == "" {
			doc.Date = page.date
		}
		doc.URL = page.url
		o.docs = append(o.docs, doc)
		return
	}
	doc, reason := build(id, p, format, "", 0, true, splitLines(text, 1), "")
	if doc == nil {
		o.skip(id, "%s", reason)
		return
	}
	o.docs = append(o.docs, doc)
}

// decode returns data as UTF-8 text, or an error saying why it cannot.
func decode(data []byte, enc string) (string, error) {
	enc = strings.ToLower(enc)
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		if enc == "" || enc == "auto" {
			b, err := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewDecoder().Bytes(data)
			if err != nil {
				return "", fmt.Errorf("invalid UTF-16: %v", err)
			}
			return string(b), nil
		}
	}
	if enc == "gb18030" || enc == "gbk" || enc == "gb2312" {
		b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("invalid GB18030: %v", err)
		}
		return string(b), nil
	}
	if binary(data) {
		return "", errors.New("binary file")
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(data) {
		return string(data), nil
	}
	off := invalidOffset(data)
	if enc == "" || enc == "auto" {
		if s, ok := gbText(data); ok {
			return s, nil
		}
	}
	return "", fmt.Errorf("invalid UTF-8 at byte offset %d", off)
}

// binary reports whether data looks like a binary file: NUL bytes or many
// control characters near the start.
func binary(data []byte) bool {
	head := data[:min(len(data), 8000)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

func invalidOffset(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// gbText decodes data as GB18030 and accepts the result when it reads as
// Chinese: no replacement characters and mostly Han among non-ASCII runes.
func gbText(data []byte) (string, bool) {
	b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	s := string(b)
	var han, other int
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			return "", false
		case r < 0x80:
		case isHanOrCJKPunct(r):
			han++
		default:
			other++
		}
	}
	return s, han > 0 && han >= 4*other
}

func isHanOrCJKPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF || r == '·' || r == '—' || r == '“' || r == '”' || r == '…' ||
		r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}

// build makes a document from the lines of one article. With findTitle, the
// first non-empty line is the title; else title is given (HTML, JSON Lines). It returns
// nil and the reason when the article gives no document.
func build(id, p, format, title string, titleLine int, findTitle bool, lines []line, lang string) (*Document, string) {
	if findTitle {
		for i, l := range lines {
			if t := normalize(l.text); t != "" {
				title, titleLine = t, l.n
				lines = lines[i+1:]
				break
			}
		}
	}
	title = cleanTitle(normalize(title))
	if title == "" {
		titleLine = 0
	}
	// The language of the title and lines, as if joined by line breaks.
	all := make([]string, 0, len(lines)+1)
	all = append(all, title)
	for _, l := range lines {
		all = append(all, l.text)
	}
	doc := &Document{ID: id, Path: p, Format: format, Title: title, TitleLine: titleLine}
	switch lang {
	case "zh", "fr", "en":
		doc.Lang = language.Make(lang)
		_, doc.Script = detect(all)
		if lang != "zh" {
			doc.Script = "Latn"
		} else if doc.Script != "Hant" {
			doc.Script = "Hans"
		}
	case "":
		tag, script := detect(all)
		if tag == language.Und {
			return nil, script
		}
		doc.Lang, doc.Script = tag, script
	default:
		return nil, "language: " + lang
	}
	c := clean(doc.Lang, title, lines)
	doc.Removed, doc.Repairs, doc.Date = c.removed, c.repairs, c.date
	for i, par := range c.paras {
		off := 0
		for _, s := range Split(doc.Lang, par.text) {
			at := strings.Index(par.text[off:], s)
			if at < 0 {
				at = 0
			}
			line := par.lineAt(off + at)
			if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				doc.Removed = append(doc.Removed, Removal{Line: line, Text: s, Reason: ReasonNotParagraph})
			} else {
				doc.Sentences = append(doc.Sentences, Sentence{Text: s, Para: i, Line: line})
			}
			off += at + len(s)
		}
	}
	if len(doc.Sentences) == 0 {
		return nil, "no article text left after cleaning"
	}
	return doc, ""
}

// cleanTitle drops a site name after the title ("… | 中國報 China Press").
func cleanTitle(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", "_"} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		site := t[i+len(sep):]
		if utf8.RuneCountInString(site) <= 30 && utf8.RuneCountInString(t[:i]) >= 10 && siteLike(site) {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// siteLike reports whether s names a site rather than ending a headline.
func siteLike(s string) bool {
	lower := strings.ToLower(s)
	for _, w := range []string{"news", "press", "times", "post", "daily", "online", ".com", ".vn", ".cn", "网", "網", "报", "報", "vov", "vna", "courrier", "vietnamplus", "journal", "tribune", "world", "tv", "台"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// LoadPresplit reads a file holding one sentence per line, taken as is: no
// cleaning and no title. Every line is a sentence, empty ones included, so
// that sentence indexes equal 0-based line numbers; Sentence.Line is the
// 1-based line. The language is detected from the whole text; the document
// ID is the path. Errors: a path that does not exist wraps [ErrNotExist];
// unreadable, binary, not UTF-8/GB18030, or unknown-language input is an
// error naming the file.
func LoadPresplit(p string) (*Document, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("load %s: %w", p, ErrNotExist)
		}
		return nil, fmt.Errorf("load %s: %w", p, err)
	}
	text, err := decode(data, "")
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", p, err)
	}
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	lang, script := Detect(text)
	if lang == language.Und {
		return nil, fmt.Errorf("load %s: %s", p, script)
	}
	id := filepath.ToSlash(p)
	doc := &Document{ID: id, Path: id, Format: "presplit", Lang: lang, Script: script}
	for i, s := range strings.Split(text, "\n") {
		doc.Sentences = append(doc.Sentences, Sentence{Text: s, Para: i, Line: i + 1})
	}
	return doc, nil
}
