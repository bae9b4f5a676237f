package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestNumberKeys(t *testing.T) {
	tests := []struct {
		in, key, round string
	}{
		{"1,200", "n:1200", "n~1e3"},
		{"1 200", "n:1200", "n~1e3"},
		{"3,5", "n:3.5", ""},
		{"5600000", "n:5600000", "n~5e6"},
		{"２０１９", "n:2019", "n~2e3"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			k := numberKey(tt.in)
			if k != tt.key {
				t.Errorf("numberKey(%q) = %q, want %q", tt.in, k, tt.key)
			}
			if r := roundKey(k[2:]); r != tt.round {
				t.Errorf("roundKey(%q) = %q, want %q", k[2:], r, tt.round)
			}
		})
	}
}

func TestGuessLang(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  language.Tag
	}{
		{"zh", []string{"越南政府办公厅主任梅进勇会见了俄罗斯代表团。"}, language.Chinese},
		{"fr", []string{"Le vice-ministre a été reçu par le chef du Bureau du gouvernement."}, language.French},
		{"en", []string{"The vice minister was received by the head of the Government Office."}, language.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := guessLang(tt.sents); got != tt.want {
				t.Errorf("guessLang = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDefaultViewAnchors(t *testing.T) {
	has := func(ws []Word, key string) bool {
		for _, w := range ws {
			for _, k := range w.Keys {
				if k == key {
					return true
				}
			}
		}
		return false
	}
	zh := DefaultView(language.Chinese, "越南政府办公厅主任梅进勇2月20日会见了马莫诺夫(Mikhail Mamonov)。")
	fr := DefaultView(language.French, "Le vice-ministre Mikhail Mamonov a été reçu le 20 février par Mai Tien Dung.")
	var got []string
	for _, key := range []string{"d:--02-20", "w:mamonov", "w:mai", "w:dung"} {
		if has(zh, key) && has(fr, key) {
			got = append(got, key)
		}
	}
	want := []string{"d:--02-20", "w:mamonov", "w:mai", "w:dung"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("anchors shared by both views (-want +got):\n%s", diff)
	}
}
