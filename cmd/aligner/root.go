package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Exit codes, the contract scripts rely on.
const (
	exitOK       = 0 // consistent, nothing to report
	exitFindings = 1 // inconsistencies found
	exitError    = 2 // usage or input error
)

// errFindings is returned by a command that ran correctly and found
// inconsistencies; run maps it to exit code 1 without printing anything.
var errFindings = errors.New("findings reported")

// A usageError is a mistake in the command line: run prints it and exits 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

const exitStatusHelp = `
EXIT STATUS
  0  ok, nothing to report
  1  inconsistencies found (facts missing or changed, per the command)
  2  usage or input error`

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "aligner",
		Short: "Pair, align and compare Chinese, French and English news reports",
		Long: `aligner pairs Chinese, French and English reports of the same event, aligns
their sentences and reports the facts (names, places, organisations, dates,
numbers) one version lacks or changed. With no PATH, commands read the
embedded seed articles.` + exitStatusHelp,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		// Each command has its own constructor and options struct.
		newInspectCmd(nil),
		newPairCmd(nil),
		newEvalCmd(nil),
		newTranslitCmd(nil),
		newAlignCmd(nil),
		newEvalAlignCmd(nil),
		newCheckCmd(nil),
		newReportCmd(nil),
		newDiffCmd(nil),
	)
	return root
}

// exitCode maps the error a command returned to the process exit code,
// printing it to stderr where it is meant for the user.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	default:
		fmt.Fprintf(stderr, "aligner: %v\n", err)
		return exitError
	}
}
