package similarity

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// A GoldPair is one labelled pair of a gold file.
type GoldPair struct {
	Left, Right string // file names as written in the gold file
	Relation    string // Same or Related
	Line        int
}

// ReadGold reads a gold file: tab-separated lines "left right relation
// [evidence]", a header line starting with a column name is skipped, as are
// blank lines and lines starting with '#'. name is used in error messages.
func ReadGold(r io.Reader, name string) ([]GoldPair, error) {
	var out []GoldPair
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("%s:%d: want at least 3 tab-separated fields, got %d", name, line, len(f))
		}
		rel := strings.TrimSpace(f[2])
		if line == 1 && rel == "relation" {
			continue
		}
		if rel != Same && rel != Related {
			return nil, fmt.Errorf("%s:%d: relation %q is neither %q nor %q", name, line, rel, Same, Related)
		}
		out = append(out, GoldPair{Left: strings.TrimSpace(f[0]), Right: strings.TrimSpace(f[1]), Relation: rel, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// PRF holds precision, recall and F1 with the counts behind them.
type PRF struct {
	TP, FP, FN int
	Precision  float64 `json:"precision"`
	Recall     float64 `json:"recall"`
	F1         float64 `json:"f1"`
}

func newPRF(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		p.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		p.Recall = float64(tp) / float64(tp+fn)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Scores is the outcome of [Evaluate].
type Scores struct {
	Same    PRF `json:"same"`
	Related PRF `json:"related"`
	// RelatedAsSame counts gold related pairs predicted same: the near
	// misses pairing must avoid.
	RelatedAsSame int `json:"related_as_same"`
	// Unmatched lists gold pairs naming a document that was not read.
	Unmatched []string `json:"unmatched,omitempty"`
	// Errors lists the wrong predictions and the misses, for reading.
	Errors []string `json:"errors,omitempty"`
}

// A Predicted pair is a pair reported by pairing, by document id.
type Predicted struct {
	Left, Right, Relation string
}

// Evaluate scores predicted pairs against gold. Gold names are matched with
// document ids by base name, so a gold file naming "zh_002.txt" matches the
// document "corpus/docs/zh_002.txt"; ids are all the documents read.
func Evaluate(gold []GoldPair, pred []Predicted, ids []string) Scores {
	byBase := map[string]string{}
	for _, id := range ids {
		byBase[path.Base(id)] = id
	}
	key := func(a, b string) string {
		if a > b {
			a, b = b, a
		}
		return a + "\x00" + b
	}
	var sc Scores
	goldRel := map[string]string{}
	for _, g := range gold {
		a, ok1 := byBase[path.Base(g.Left)]
		b, ok2 := byBase[path.Base(g.Right)]
		if !ok1 || !ok2 {
			sc.Unmatched = append(sc.Unmatched, g.Left+" "+g.Right)
			continue
		}
		goldRel[key(a, b)] = g.Relation
	}
	predRel := map[string]string{}
	for _, p := range pred {
		predRel[key(p.Left, p.Right)] = p.Relation
	}
	count := func(rel string) PRF {
		tp, fp, fn := 0, 0, 0
		for k, r := range predRel {
			if r != rel {
				continue
			}
			if goldRel[k] == rel {
				tp++
			} else {
				fp++
				sc.Errors = append(sc.Errors, fmt.Sprintf("false %s: %s (gold: %s)", rel, strings.Replace(k, "\x00", " ", 1), orNone(goldRel[k])))
			}
		}
		for k, r := range goldRel {
			if r == rel && predRel[k] != rel {
				fn++
				sc.Errors = append(sc.Errors, fmt.Sprintf("missed %s: %s (predicted: %s)", rel, strings.Replace(k, "\x00", " ", 1), orNone(predRel[k])))
			}
		}
		return newPRF(tp, fp, fn)
	}
	sc.Same = count(Same)
	sc.Related = count(Related)
	for k, r := range goldRel {
		if r == Related && predRel[k] == Same {
			sc.RelatedAsSame++
		}
	}
	sort.Strings(sc.Errors)
	sort.Strings(sc.Unmatched)
	return sc
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
