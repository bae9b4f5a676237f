// Synthgen writes a synthetic corpus of Chinese and French reports of
// invented events, recombined from the seed articles (and from the
// development corpus when ../shared is present), for benchmarks.
//
// Usage:
//
//	go run ./internal/synth/synthgen -o DIR [-n EVENTS] [-seed N] [-pool DIR] [-yearless SHARE] [-undated SHARE]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/aligner/aligner/corpus"
	"github.com/aligner/aligner/internal/synth"
)

func main() {
	out := flag.String("o", "", "output directory")
	n := flag.Int("n", 1000, "number of events (each reported in zh and fr)")
	seed := flag.Int64("seed", 1, "random seed")
	yearless := flag.Float64("yearless", 0, "share of articles whose lead date has no year (and no document date), as in most agency leads")
	undated := flag.Float64("undated", 0, "share of articles that give no date at all")
	poolDir := flag.String("pool", "../shared/corpus/dev/docs", "extra articles to recombine (skipped when absent)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "synthgen: -o DIR is required")
		os.Exit(2)
	}
	pool, _, err := corpus.Load(nil, corpus.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
	if more, _, err := corpus.Load([]string{*poolDir}, corpus.Options{}); err == nil {
		pool = append(pool, more...)
	}
	docs, pairs := synth.Generate(pool, synth.Options{Events: *n, Seed: *seed, Yearless: *yearless, Undated: *undated})
	if err := synth.WriteDir(*out, docs, pairs); err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
}
