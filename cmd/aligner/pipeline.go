package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"
	"golang.org/x/term"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/align"
	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
	"github.com/aligner/aligner/internal/par"
	"github.com/aligner/aligner/lexicon"
	"github.com/aligner/aligner/similarity"
)

// inputOptions are the flags every command that reads articles shares.
type inputOptions struct {
	Encoding string
	MaxSize  int64
}

func (o *inputOptions) register(fs *pflag.FlagSet) {
	fs.StringVar(&o.Encoding, "encoding", "auto", "input encoding: auto, utf-8 or gb18030")
	fs.Int64Var(&o.MaxSize, "max-size", 20<<20, "skip files larger than this many bytes")
}

// load reads the documents named by paths (the embedded seeds when none);
// a path that does not exist is a usage error.
func (o *inputOptions) load(paths []string) ([]*corpus.Document, []corpus.Skip, error) {
	// The lexicon's tables load while the articles are read rather than,
	// one at a time, when extraction first needs them.
	go lexicon.Preload()
	docs, skipped, err := corpus.Load(paths, corpus.Options{Encoding: o.Encoding, MaxSize: o.MaxSize})
	if err != nil {
		if errors.Is(err, corpus.ErrNotExist) {
			return nil, nil, &usageError{err}
		}
		return nil, nil, err
	}
	return docs, skipped, nil
}

// parseLangs reads a comma-separated list of two language codes.
func parseLangs(s string) ([]language.Tag, error) {
	var tags []language.Tag
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		switch f {
		case "zh":
			tags = append(tags, language.Chinese)
		case "fr":
			tags = append(tags, language.French)
		case "en":
			tags = append(tags, language.English)
		default:
			return nil, usageErrorf("--langs: unknown language %q (want zh, fr or en)", f)
		}
	}
	if len(tags) != 2 || tags[0] == tags[1] {
		return nil, usageErrorf("--langs: want two different languages, e.g. zh,fr")
	}
	return tags, nil
}

// splitByLang keeps the documents in langs and turns the others into
// skips, so that every input stays accounted for.
func splitByLang(docs []*corpus.Document, langs []language.Tag) ([]*corpus.Document, []corpus.Skip) {
	var keep []*corpus.Document
	var skip []corpus.Skip
	for _, d := range docs {
		if d.Lang == langs[0] || d.Lang == langs[1] {
			keep = append(keep, d)
			continue
		}
		skip = append(skip, corpus.Skip{ID: d.ID, Reason: fmt.Sprintf("language %s not among --langs %s,%s", d.LangCode(), langs[0], langs[1])})
	}
	return keep, skip
}

// extractAll returns the facts of every document, computed in parallel and
// returned in input order.
func extractAll(docs []*corpus.Document) [][]extract.Fact {
	facts := make([][]extract.Fact, len(docs))
	par.Do(len(docs), func(i int) { facts[i] = extract.Document(docs[i]) })
	return facts
}

// compareDocs aligns the sentences of two documents whose facts are given
// and compares their facts.
func compareDocs(l, r *corpus.Document, lf, rf []extract.Fact, sev align.Severities) *align.Comparison {
	a := align.Aligner{LeftLang: l.Lang, RightLang: r.Lang}
	return align.Compare(l, r, lf, rf, a.Align(sentenceTexts(l), sentenceTexts(r)), sev)
}

// pairing holds the outcome of pairing a collection.
type pairing struct {
	docs     []*corpus.Document
	facts    [][]extract.Fact
	profiles []*similarity.Profile
	scorer   *similarity.Scorer
	matches  []similarity.Match
}

// pairDocuments runs facts, profiles and pairing over docs.
func pairDocuments(docs []*corpus.Document, langs []language.Tag, opt similarity.Options) *pairing {
	facts := extractAll(docs)
	ps, voc := similarity.NewProfiles(docs, facts)
	sc := similarity.NewScorer(ps, voc)
	ms := similarity.Pair(sc, ps, langs[0], langs[1], opt)
	return &pairing{docs: docs, facts: facts, profiles: ps, scorer: sc, matches: ms}
}

// progressBar returns a progress callback drawing on w when w is a
// terminal, and nil (quiet) otherwise.
func progressBar(w io.Writer, label string) func(done, total int) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	last := -1
	return func(done, total int) {
		pct := 100 * done / max(total, 1)
		if pct == last && done != total {
			return
		}
		last = pct
		n := pct / 4
		fmt.Fprintf(w, "\r%s [%s%s] %3d%% %d/%d", label, strings.Repeat("#", n), strings.Repeat(" ", 25-n), pct, done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}
