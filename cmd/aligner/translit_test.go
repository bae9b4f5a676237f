package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTranslitFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want translitOptions
		code int
	}{
		{"defaults", []string{"梅进勇"}, translitOptions{Names: []string{"梅进勇"}, Format: "text", Limit: 5}, 0},
		{"json and limit", []string{"--format", "json", "-n", "2", "河内", "高平省"},
			translitOptions{Names: []string{"河内", "高平省"}, Format: "json", Limit: 2}, 0},
		{"no name", nil, translitOptions{}, 2},
		{"bad format", []string{"--format", "xml", "河内"}, translitOptions{}, 2},
		{"bad limit", []string{"-n", "-1", "河内"}, translitOptions{}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *translitOptions
			cmd := newTranslitCmd(func(o *translitOptions) error { got = o; return nil })
			var stderr bytes.Buffer
			cmd.SetArgs(tt.args)
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&stderr)
			code := exitCode(cmd.Execute(), &stderr)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if tt.code != 0 {
				return
			}
			got.Out = nil
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("options mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTranslitJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"translit", "--format", "json", "梅进勇", "Hanoi"}, strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, stderr.String())
	}
	var got struct {
		Names []struct {
			Input      string `json:"input"`
			Candidates []struct {
				Latin string  `json:"latin"`
				Kind  string  `json:"kind"`
				Score float64 `json:"score"`
			} `json:"candidates"`
		} `json:"names"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
	}
	if len(got.Names) != 2 || got.Names[0].Input != "梅进勇" || got.Names[1].Input != "Hanoi" {
		t.Fatalf("names = %+v, want inputs 梅进勇 and Hanoi in order", got.Names)
	}
	c := got.Names[0].Candidates
	if len(c) == 0 || c[0].Latin != "Mai Tiến Dũng" || c[0].Score <= 0 || c[0].Score > 1 {
		t.Errorf("candidates of 梅进勇 = %+v, want Mai Tiến Dũng first", c)
	}
	for i := 1; i < len(c); i++ {
		if c[i].Score > c[i-1].Score {
			t.Errorf("candidates not sorted by score: %+v", c)
		}
	}
	if got.Names[1].Candidates == nil || len(got.Names[1].Candidates) != 0 {
		t.Errorf("Hanoi (no Han characters) candidates = %+v, want []", got.Names[1].Candidates)
	}
}

func TestTranslitText(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"translit", "-n", "1", "梅进勇"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, stderr.String())
	}
	want := "梅进勇\n  "
	if !strings.HasPrefix(stdout.String(), want) || !strings.Contains(stdout.String(), "Mai Tiến Dũng") || strings.Count(stdout.String(), "\n") != 2 {
		t.Errorf("output %q, want one candidate line for 梅进勇 with Mai Tiến Dũng", stdout.String())
	}
}
