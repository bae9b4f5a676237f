package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// JUnit XML, as read by Jenkins, GitLab and most CI dashboards: one
// <testsuite> in a <testsuites> root.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Classname string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Failure   *junitFailure `xml:"failure"`
	SystemOut *junitText    `xml:"system-out"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

type junitText struct {
	Text string `xml:",cdata"`
}

// FindingsJUnit writes f as JUnit XML: one test suite, one test case per
// check (each same pair, each unpaired document, each skipped input
// reported as a finding). A case fails when it has findings at or above
// FailOn; they are listed in the failure text, one "file:line: …" line
// each, and the case's other findings go to its system-out.
func FindingsJUnit(w io.Writer, f *Findings) error {
	suite := junitSuite{Name: "aligner check"}
	for _, c := range f.Checks {
		jc := junitCase{Classname: "aligner.check." + c.Kind, Name: xmlSafe(c.Name()), File: xmlSafe(c.LeftFile)}
		var fail, other strings.Builder
		nfail := 0
		rule := ""
		for _, x := range f.of(c) {
			if x.Fail {
				nfail++
				if rule == "" {
					rule = x.Rule
				}
				fmt.Fprintln(&fail, xmlSafe(x.String()))
			} else {
				fmt.Fprintln(&other, xmlSafe(x.String()))
			}
		}
		if nfail > 0 {
			jc.Failure = &junitFailure{
				Message: fmt.Sprintf("%d %s at or above %s", nfail, plural(nfail, "finding", "findings"), f.FailOn),
				Type:    rule,
				Text:    fail.String(),
			}
			suite.Failures++
		}
		if other.Len() > 0 {
			jc.SystemOut = &junitText{other.String()}
		}
		suite.Cases = append(suite.Cases, jc)
	}
	suite.Tests = len(suite.Cases)
	root := junitSuites{Name: "aligner check", Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlSafe replaces the characters XML 1.0 cannot hold (most C0 controls,
// surrogates, U+FFFE and U+FFFF) with U+FFFD; CDATA sections are written
// as they are.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}
