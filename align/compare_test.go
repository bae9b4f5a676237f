package align

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/extract"
)

// cmpDoc makes a document of one sentence per line, line numbers from 1.
func cmpDoc(id string, lang language.Tag, sents ...string) *corpus.Document {
	d := &corpus.Document{ID: id, Path: id, Lang: lang}
	for i, s := range sents {
		d.Sentences = append(d.Sentences, corpus.Sentence{Text: s, Para: i, Line: i + 1})
	}
	return d
}

// person makes a person fact for the text of sentence i of d.
func person(d *corpus.Document, i int, text, value string, variants ...string) extract.Fact {
	s := d.Sentences[i].Text
	start := strings.Index(s, text)
	if start < 0 {
		panic(fmt.Sprintf("%q not in %q", text, s))
	}
	return extract.Fact{Kind: extract.Person, Text: text, Value: value, Sentence: i, Start: start, End: start + len(text), Variants: variants}
}

func place(d *corpus.Document, i int, text, id string) extract.Fact {
	f := person(d, i, text, id)
	f.Kind = extract.Place
	return f
}

func briefs(c *Comparison) []string {
	var out []string
	for _, d := range c.Facts {
		l, r := "-", "-"
		if d.Left != nil {
			l = fmt.Sprintf("%s@%d", d.Left.Text, d.Left.Sentence)
		}
		if d.Right != nil {
			r = fmt.Sprintf("%s@%d", d.Right.Text, d.Right.Sentence)
		}
		s := fmt.Sprintf("%s %s %s | %s", d.Status, d.Kind, l, r)
		if d.Severity != "" {
			s += " !" + d.Severity
		}
		out = append(out, s)
	}
	return out
}

// datesNumbers returns the facts of d extract gives, dates and numbers
// only: the tests give people and places by hand, so that they test the
// comparison and not the recognition of names.
func datesNumbers(d *corpus.Document) []extract.Fact {
	var out []extract.Fact
	for _, f := range extract.Document(d) {
		if f.Kind == extract.Date || f.Kind == extract.Number {
			out = append(out, f)
		}
	}
	return out
}

func TestCompare(t *testing.T) {
	zh, fr, en := language.Chinese, language.French, language.English
	one := []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.8}}
	tests := []struct {
		name        string
		left, right *corpus.Document
		extraL      func(*corpus.Document) []extract.Fact
		extraR      func(*corpus.Document) []extract.Fact
		beads       []Bead
		want        []string
	}{
		{
			name:  "multiplier and unit change",
			left:  cmpDoc("zh", zh, "越南对俄出口额达1.17亿美元。"),
			right: cmpDoc("fr", fr, "Les exportations vers la Russie ont atteint 117 millions de dollars."),
			beads: one,
			want:  []string{"matched number 1.17亿美元@0 | 117 millions de dollars@0"},
		},
		{
			name:  "rounding",
			left:  cmpDoc("zh", zh, "共有91.6万人参加。"),
			right: cmpDoc("fr", fr, "Au total, 915 800 personnes y ont participé."),
			beads: one,
			want:  []string{"matched number 91.6万人@0 | 915 800 personnes@0"},
		},
		{
			name:  "approximation",
			left:  cmpDoc("fr", fr, "Près de 1 000 personnes ont été évacuées."),
			right: cmpDoc("en", en, "Some 960 people were evacuated."),
			beads: one,
			want:  []string{"matched number 1 000 personnes@0 | 960 people@0"},
		},
		{
			name:  "changed number",
			left:  cmpDoc("zh", zh, "越南对俄出口额达1.17亿美元。"),
			right: cmpDoc("fr", fr, "Les exportations vers la Russie ont atteint 11,7 millions de dollars."),
			beads: one,
			want:  []string{"changed number 1.17亿美元@0 | 11,7 millions de dollars@0 !error"},
		},
		{
			name:  "changed date, matched person across scripts",
			left:  cmpDoc("zh", zh, "越南政府办公厅主任梅进勇2月18日会见了俄罗斯代表团。"),
			right: cmpDoc("fr", fr, "Le chef du Bureau du gouvernement, Mai Tien Dung, a reçu le 20 février la délégation russe."),
			extraL: func(d *corpus.Document) []extract.Fact {
				return []extract.Fact{person(d, 0, "梅进勇", "mei jin yong")}
			},
			extraR: func(d *corpus.Document) []extract.Fact {
				return []extract.Fact{person(d, 0, "Mai Tien Dung", "mai tien dung")}
			},
			beads: one,
			want: []string{
				"matched person 梅进勇@0 | Mai Tien Dung@0",
				"changed date 2月18日@0 | 20 février@0 !error",
			},
		},
		{
			name:  "date range and a day inside, unknown year",
			left:  cmpDoc("zh", zh, "会议于2月18日至20日举行。"),
			right: cmpDoc("fr", fr, "La conférence s'est ouverte le 19 février 2019."),
			beads: one,
			want:  []string{"matched date 2月18日至20日@0 | 19 février 2019@0"},
		},
		{
			name:  "partial name, name order, place in its province",
			left:  cmpDoc("fr", fr, "Mikhail Mamonov et Nguyen Van An ont visité la baie d'Ha Long."),
			right: cmpDoc("en", en, "Mamonov and An Nguyen Van toured Quang Ninh."),
			extraL: func(d *corpus.Document) []extract.Fact {
				return []extract.Fact{
					person(d, 0, "Mikhail Mamonov", "mikhail mamonov"),
					person(d, 0, "Nguyen Van An", "nguyen van an"),
					place(d, 0, "baie d'Ha Long", "place:ha-long-bay"),
				}
			},
			extraR: func(d *corpus.Document) []extract.Fact {
				return []extract.Fact{
					person(d, 0, "Mamonov", "mamonov"),
					person(d, 0, "An Nguyen Van", "an nguyen van"),
					place(d, 0, "Quang Ninh", "place:quang-ninh"),
				}
			},
			beads: one,
			want: []string{
				"matched person Mikhail Mamonov@0 | Mamonov@0",
				"matched person Nguyen Van An@0 | An Nguyen Van@0",
				"matched place baie d'Ha Long@0 | Quang Ninh@0",
			},
		},
		{
			name:  "two places of one country do not match",
			left:  cmpDoc("fr", fr, "Il a visité Hanoï."),
			right: cmpDoc("en", en, "He visited Hai Phong."),
			extraL: func(d *corpus.Document) []extract.Fact {
				return []extract.Fact{place(d, 0, "Hanoï", "place:ha-noi")}
			},
			extraR: func(d *corpus.Document) []extract.Fact {
				return []extract.Fact{place(d, 0, "Hai Phong", "place:hai-phong")}
			},
			beads: one,
			want: []string{
				"missing-right place Hanoï@0 | - !warning",
				"missing-left place - | Hai Phong@0 !warning",
			},
		},
		{
			name:  "fact in another sentence, repeated mention",
			left:  cmpDoc("fr", fr, "Le 20 février, la délégation est arrivée.", "Les entretiens ont eu lieu le 20 février."),
			right: cmpDoc("en", en, "Talks were held.", "The delegation arrived on February 20."),
			beads: []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.5}, {Left: []int{1}, Right: []int{1}, Score: 0.5}},
			want: []string{
				"matched date 20 février@0 | February 20@1",
				"matched date 20 février@1 | February 20@1",
			},
		},
		{
			name:  "deleted sentence",
			left:  cmpDoc("zh", zh, "梅进勇会见了代表团。", "共有3名代表出席。"),
			right: cmpDoc("fr", fr, "Mai Tien Dung a reçu la délégation."),
			beads: []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.6}, {Left: []int{1}}},
			want:  []string{"missing-right number 3名@1 | - !warning"},
		},
		{
			name:  "ambiguous unmatched numbers stay missing",
			left:  cmpDoc("en", en, "It cost 5 dollars and 7 dollars."),
			right: cmpDoc("fr", fr, "Cela a coûté 6 dollars."),
			beads: one,
			want: []string{
				"missing-right number 5 dollars@0 | - !warning",
				"missing-right number 7 dollars@0 | - !warning",
				"missing-left number - | 6 dollars@0 !warning",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lf, rf := datesNumbers(tt.left), datesNumbers(tt.right)
			if tt.extraL != nil {
				lf = append(lf, tt.extraL(tt.left)...)
			}
			if tt.extraR != nil {
				rf = append(rf, tt.extraR(tt.right)...)
			}
			c := Compare(tt.left, tt.right, lf, rf, tt.beads, nil)
			if diff := cmp.Diff(tt.want, briefs(c)); diff != "" {
				t.Errorf("facts mismatch (-want +got):\n%s\nleft facts %v\nright facts %v", diff, lf, rf)
			}
		})
	}
}

func TestCompareUnaligned(t *testing.T) {
	left := cmpDoc("zh", language.Chinese, "梅进勇会见了代表团。", "共有3名代表出席。", "会谈气氛友好。")
	right := cmpDoc("fr", language.French, "Mai Tien Dung a reçu la délégation.")
	beads := []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.6}, {Left: []int{1}}, {Left: []int{2}}}
	c := Compare(left, right, datesNumbers(left), datesNumbers(right), beads, nil)
	want := []Unaligned{
		{Side: "left", Sentence: 1, Text: "共有3名代表出席。", Line: 2, Severity: Warning, Facts: []FactRef{
			{Text: "3名", Value: "3", Unit: "person", Sentence: 1, Start: 6, End: 10, Line: 2, Kind: extract.Number},
		}},
		{Side: "left", Sentence: 2, Text: "会谈气氛友好。", Line: 3, Severity: Info, Facts: []FactRef{}},
	}
	// The unit extract gives 项 is not the point here.
	opt := cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Unit" }, cmp.Ignore())
	if diff := cmp.Diff(want, c.Unaligned, opt); diff != "" {
		t.Errorf("unaligned mismatch (-want +got):\n%s", diff)
	}
	wantSum := Summary{MissingRight: 1, Unaligned: 2, BySeverity: map[string]int{Warning: 2, Info: 1}}
	if diff := cmp.Diff(wantSum, c.Summary); diff != "" {
		t.Errorf("summary mismatch (-want +got):\n%s", diff)
	}
	var lines []string
	for _, f := range c.Findings() {
		lines = append(lines, f.String())
	}
	wantLines := []string{
		`zh:2: warning: missing in right: number "3名" (3)`,
		`zh:2: warning: sentence without counterpart in right, 1 fact (number 3): "共有3名代表出席。"`,
		`zh:3: info: sentence without counterpart in right: "会谈气氛友好。"`,
	}
	if diff := cmp.Diff(wantLines, lines); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
}

func TestCompareSeverities(t *testing.T) {
	left := cmpDoc("zh", language.Chinese, "越南对俄出口额达1.17亿美元。", "双方签署了协议。")
	right := cmpDoc("fr", language.French, "Les exportations ont atteint 11,7 millions de dollars.")
	beads := []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.6}, {Left: []int{1}}}
	sev, err := ParseSeverities("changed.number=warning, unaligned=off")
	if err != nil {
		t.Fatal(err)
	}
	c := Compare(left, right, datesNumbers(left), datesNumbers(right), beads, sev)
	if got := c.Facts[0].Severity; got != Warning {
		t.Errorf("changed number severity = %q, want warning", got)
	}
	if got := c.Unaligned[0].Severity; got != "" {
		t.Errorf("unaligned severity = %q, want \"\" (off)", got)
	}
	if diff := cmp.Diff(map[string]int{Warning: 1}, c.Summary.BySeverity); diff != "" {
		t.Errorf("by severity mismatch (-want +got):\n%s", diff)
	}
	if c.Errors() != 0 {
		t.Errorf("Errors() = %d, want 0", c.Errors())
	}
}

func TestParseSeverities(t *testing.T) {
	tests := []struct {
		spec    string
		key     string
		want    string
		wantErr bool
	}{
		{"", "changed.number", Error, false},
		{"", "changed.date", Error, false},
		{"", "missing.person", Warning, false},
		{"", "unaligned", Info, false},
		{"", "unaligned.facts", Warning, false},
		{"changed.number=warning", "changed.number", Warning, false},
		{"missing=info", "missing.org", Info, false},
		{"missing=info,missing.date=error", "missing.date", Error, false},
		{" Unaligned = OFF ", "unaligned", "", false},
		{"changed.colour=error", "", "", true},
		{"changed.number=fatal", "", "", true},
		{"changed.number", "", "", true},
	}
	for _, tt := range tests {
		s, err := ParseSeverities(tt.spec)
		if tt.wantErr {
			if !errors.Is(err, ErrSeverity) {
				t.Errorf("ParseSeverities(%q) error = %v, want ErrSeverity", tt.spec, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseSeverities(%q): %v", tt.spec, err)
			continue
		}
		if got := s.Level(tt.key); got != tt.want {
			t.Errorf("ParseSeverities(%q).Level(%q) = %q, want %q", tt.spec, tt.key, got, tt.want)
		}
	}
	var zero Severities
	if got := zero.Level("changed.date"); got != Error {
		t.Errorf("nil Severities Level(changed.date) = %q, want error", got)
	}
	s := Severities{"missing": Info}
	if got := s.Level("missing.place"); got != Info {
		t.Errorf("Level falls back to the kind-less key: got %q, want info", got)
	}
}

func TestCompareJSON(t *testing.T) {
	left := cmpDoc("zh", language.Chinese, "越南对俄出口额达1.17亿美元。", "双方签署了协议。")
	right := cmpDoc("fr", language.French, "Les exportations ont atteint 117 millions de dollars.")
	beads := []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.6}, {Left: []int{1}}}
	c := Compare(left, right, datesNumbers(left), datesNumbers(right), beads, nil)
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Left, Right string
		Facts       []struct {
			Kind, Status, Severity string
			Left, Right            *struct {
				Text, Value string
				Sentence    int
			}
		}
		Unaligned []struct {
			Side     string
			Sentence int
			Facts    []json.RawMessage
		}
		Summary map[string]any
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if got.Left != "zh" || got.Right != "fr" || len(got.Facts) != 1 || got.Facts[0].Status != Matched ||
		got.Facts[0].Left == nil || got.Facts[0].Right == nil || got.Facts[0].Right.Value != "117000000" ||
		len(got.Unaligned) != 1 || got.Unaligned[0].Side != "left" || got.Unaligned[0].Facts == nil {
		t.Errorf("unexpected JSON:\n%s", buf.String())
	}
	for _, k := range []string{"matched", "missing_left", "missing_right", "changed", "unaligned", "by_severity"} {
		if _, ok := got.Summary[k]; !ok {
			t.Errorf("summary lacks %q:\n%s", k, buf.String())
		}
	}
}

func ExampleCompare() {
	left := &corpus.Document{ID: "zh.txt", Path: "zh.txt", Lang: language.Chinese,
		Sentences: []corpus.Sentence{{Text: "出口额达1.17亿美元,2月18日公布。", Line: 3}}}
	right := &corpus.Document{ID: "fr.txt", Path: "fr.txt", Lang: language.French,
		Sentences: []corpus.Sentence{{Text: "Les exportations, publiées le 20 février, ont atteint 117 millions de dollars.", Line: 5}}}
	beads := []Bead{{Left: []int{0}, Right: []int{0}, Score: 0.7}}
	c := Compare(left, right, extract.Document(left), extract.Document(right), beads, nil)
	c.WriteText(os.Stdout)
	// Output:
	// left  zh.txt (zh, 1 sentences)
	// right fr.txt (fr, 1 sentences)
	// zh.txt:3: error: changed date: "2月18日" (--02-18) vs "20 février" (--02-20) at right line 5
	// matched 1, changed 1, missing-left 0, missing-right 0, unaligned 0; error 1
}

func BenchmarkCompareDev(b *testing.B) {
	pairs, err := SamePairs(devDir(b))
	if err != nil {
		b.Fatal(err)
	}
	type in struct {
		l, r   []extract.Fact
		beads  []Bead
		ld, rd *corpus.Document
	}
	var ins []in
	for _, p := range pairs {
		a := Aligner{LeftLang: p[0].Lang, RightLang: p[1].Lang}
		ins = append(ins, in{extract.Document(p[0]), extract.Document(p[1]), a.Align(perturbTexts(p[0]), perturbTexts(p[1])), p[0], p[1]})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			Compare(x.ld, x.rd, x.l, x.r, x.beads, nil)
		}
	}
}
