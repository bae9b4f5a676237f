// Aligner pairs Chinese, French and English news reports of the same event,
// aligns their sentences and reports the facts one version lacks or changed.
//
// Usage:
//
//	aligner pair [PATH...]        which reports tell the same event
//	aligner inspect [PATH...]     what was read: cleaned sentences, facts
//	aligner align LEFT RIGHT      sentence alignment of two versions
//	aligner diff LEFT RIGHT       facts one version lacks or changed
//	aligner report [PATH...] -o DIR   side-by-side HTML review site
//	aligner check [PATH...]       CI gate: exit 1 when facts were dropped
//	aligner translit NAME...      Latin spellings of a Chinese name
//
// With no PATH, commands read the embedded seed articles.
package main

import (
	"io"
	"os"
	"runtime/debug"
)

func main() {
	// Pairing a large collection keeps every document's facts and vectors
	// in memory; a soft limit makes the collector work harder before the
	// process grows past what a laptop or a CI runner gives it. GOMEMLIMIT
	// overrides it.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// defaultMemoryLimit is the soft memory limit of the process (1.5 GiB).
const defaultMemoryLimit = 1536 << 20

// run executes the command line args and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return exitCode(root.Execute(), stderr)
}
