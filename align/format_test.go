package align

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture is one small alignment rendered by every format.
var fixture = &Result{
	Left:      "zh.txt",
	Right:     "fr.txt",
	LeftLang:  language.Chinese,
	RightLang: language.French,
	LeftSentences: []string{
		"越南政府办公厅主任梅进勇2月20日会见了俄罗斯代表团。",
		"双方讨论了电子政务合作。",
		"他表示,越南正在推进\t数字政府建设。",
	},
	RightSentences: []string{
		"Mai Tien Dung a reçu le 20 février la délégation russe.",
		"Les deux parties ont discuté de l'e-gouvernement.",
		"Le Vietnam construit un gouvernement <numérique> & ouvert.",
		"Photo : VNA",
	},
	Beads: []Bead{
		{Left: []int{0}, Right: []int{0}, Score: 0.61},
		{Left: []int{1, 2}, Right: []int{1, 2}, Score: 0.4},
		{Left: []int{}, Right: []int{3}},
	},
}

func TestFormats(t *testing.T) {
	for _, name := range FormatNames() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Formats[name](&buf, fixture); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden."+name)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestTMXWellFormed(t *testing.T) {
	var buf bytes.Buffer
	if err := TMX(&buf, fixture); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Header struct {
			SrcLang string `xml:"srclang,attr"`
		} `xml:"header"`
		TUs []struct {
			TUVs []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("TMX is not well-formed XML: %v", err)
	}
	if doc.Header.SrcLang != "zh" || len(doc.TUs) != 2 {
		t.Fatalf("srclang %q, %d tu; want zh, 2", doc.Header.SrcLang, len(doc.TUs))
	}
	if got, want := doc.TUs[1].TUVs[1].Seg, "Les deux parties ont discuté de l'e-gouvernement. Le Vietnam construit un gouvernement <numérique> & ouvert."; got != want {
		t.Errorf("second tu fr seg = %q, want %q", got, want)
	}
}
