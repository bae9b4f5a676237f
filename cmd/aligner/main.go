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
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return exitCode(root.Execute(), stderr)
}
