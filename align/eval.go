package align

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Scores are the precision, recall and F1 of a test alignment against a
// gold one, strict (beads must match exactly) and lax (beads need only
// overlap on both sides).
type Scores struct {
	Precision, Recall, F1               float64
	LaxPrecision, LaxRecall, LaxF1      float64
	TruePositives, FalsePositives       int // strict counts behind Precision
	LaxTruePositives, LaxFalsePositives int
	RecallHits, RecallMisses            int // strict counts behind Recall
	LaxRecallHits, LaxRecallMisses      int
}

// Eval scores test against gold as Sennrich and Volk (2011) define it, in
// the form of Vecalign's score.py (used by Bertalign's evaluation too):
//
//   - precision runs over the test beads that are not empty on both sides.
//     A bead is a strict true positive if gold has the same bead, a lax true
//     positive if some gold bead shares a left sentence with it and, through
//     the gold links of its left sentences, a right sentence; empty beads
//     (1-0, 0-1) count, so wrongly dropping a sentence costs precision;
//   - recall is the same computation with the roles swapped, over the beads
//     of both files that have sentences on both sides.
//
// F1 is the harmonic mean; a ratio with a zero denominator is 0. Pass
// several documents' beads concatenated per document with [EvalMany].
func Eval(gold, test []Bead) Scores {
	return EvalMany([][]Bead{gold}, [][]Bead{test})
}

// EvalMany scores several documents at once, summing the counts before
// computing the ratios (micro average). It panics if gold and test have
// different lengths.
func EvalMany(gold, test [][]Bead) Scores {
	if len(gold) != len(test) {
		panic("align: EvalMany: gold and test lists differ in length")
	}
	var s Scores
	for k := range gold {
		tp, fp, ltp, lfp := precision(gold[k], test[k])
		s.TruePositives += tp
		s.FalsePositives += fp
		s.LaxTruePositives += ltp
		s.LaxFalsePositives += lfp
		tp, fp, ltp, lfp = precision(nonEmpty(test[k]), nonEmpty(gold[k]))
		s.RecallHits += tp
		s.RecallMisses += fp
		s.LaxRecallHits += ltp
		s.LaxRecallMisses += lfp
	}
	s.Precision = ratio(s.TruePositives, s.TruePositives+s.FalsePositives)
	s.Recall = ratio(s.RecallHits, s.RecallHits+s.RecallMisses)
	s.LaxPrecision = ratio(s.LaxTruePositives, s.LaxTruePositives+s.LaxFalsePositives)
	s.LaxRecall = ratio(s.LaxRecallHits, s.LaxRecallHits+s.LaxRecallMisses)
	s.F1 = harmonic(s.Precision, s.Recall)
	s.LaxF1 = harmonic(s.LaxPrecision, s.LaxRecall)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func nonEmpty(bs []Bead) []Bead {
	var out []Bead
	for _, b := range bs {
		if len(b.Left) > 0 && len(b.Right) > 0 {
			out = append(out, b)
		}
	}
	return out
}

func beadKey(b Bead) string {
	return fmt.Sprint(b.Left, b.Right)
}

// precision counts strict and lax true and false positives of test against
// gold (vecalign's _precision).
func precision(gold, test []Bead) (tp, fp, ltp, lfp int) {
	goldSet := make(map[string]bool)
	links := make(map[int]map[int]bool) // left id → gold right ids
	for _, g := range gold {
		if len(g.Left) == 0 && len(g.Right) == 0 {
			continue
		}
		goldSet[beadKey(g)] = true
		for _, i := range g.Left {
			for _, j := range g.Right {
				if links[i] == nil {
					links[i] = make(map[int]bool)
				}
				links[i][j] = true
			}
		}
	}
	seen := make(map[string]bool)
	for _, b := range test {
		if len(b.Left) == 0 && len(b.Right) == 0 {
			continue
		}
		k := beadKey(b)
		if seen[k] {
			continue // test beads are a set
		}
		seen[k] = true
		if goldSet[k] {
			tp++
			ltp++
			continue
		}
		fp++
		lax := false
		for _, i := range b.Left {
			for _, j := range b.Right {
				if links[i][j] {
					lax = true
				}
			}
		}
		if lax {
			ltp++
		} else {
			lfp++
		}
	}
	return tp, fp, ltp, lfp
}

// String formats the scores on three lines.
func (s Scores) String() string {
	f := func(x float64) string { return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', 4, 64) }
	return fmt.Sprintf("strict precision %s recall %s F1 %s\nlax    precision %s recall %s F1 %s\n",
		f(s.Precision), f(s.Recall), f(s.F1), f(s.LaxPrecision), f(s.LaxRecall), f(s.LaxF1))
}

// WriteBeads writes beads one per line as "[i,j]:[k]" (0-based indices;
// an empty side is "[]"), the format of Bleualign's and Vecalign's
// evaluation scripts.
func WriteBeads(w io.Writer, beads []Bead) error {
	bw := bufio.NewWriter(w)
	for _, b := range beads {
		bw.WriteString(formatSide(b.Left))
		bw.WriteByte(':')
		bw.WriteString(formatSide(b.Right))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func formatSide(ids []int) string {
	var b strings.Builder
	b.WriteByte('[')
	for k, i := range ids {
		if k > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(i))
	}
	b.WriteByte(']')
	return b.String()
}

// A ParseError reports a malformed line of a bead file.
type ParseError struct {
	Line int // 1-based
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %q: %v", e.Line, e.Text, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var _ error = (*ParseError)(nil)

// ReadBeads reads a bead file: one bead per line, "[i,j]:[k]", with
// optional spaces ("[0, 1]:[2]" as Python writes lists). Blank lines and
// lines starting with "#" are skipped. Errors are *ParseError.
func ReadBeads(r io.Reader) ([]Bead, error) {
	var out []Bead
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		b, err := parseBead(text)
		if err != nil {
			return nil, &ParseError{Line: line, Text: text, Err: err}
		}
		out = append(out, b)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func parseBead(s string) (Bead, error) {
	l, rest, err := parseSide(s)
	if err != nil {
		return Bead{}, err
	}
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, ":") {
		return Bead{}, fmt.Errorf("want ':' between the sides")
	}
	r, rest, err := parseSide(strings.TrimSpace(rest[1:]))
	if err != nil {
		return Bead{}, err
	}
	if strings.TrimSpace(rest) != "" {
		return Bead{}, fmt.Errorf("trailing text %q", rest)
	}
	return Bead{Left: l, Right: r}, nil
}

// parseSide parses "[1, 2]" at the start of s and returns the rest.
func parseSide(s string) ([]int, string, error) {
	if !strings.HasPrefix(s, "[") {
		return nil, "", fmt.Errorf("want '['")
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return nil, "", fmt.Errorf("want ']'")
	}
	ids := []int{}
	body := strings.TrimSpace(s[1:end])
	if body != "" {
		for _, f := range strings.Split(body, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				return nil, "", fmt.Errorf("bad index %q", strings.TrimSpace(f))
			}
			ids = append(ids, n)
		}
	}
	return ids, s[end+1:], nil
}
