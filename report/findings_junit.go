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
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// FindingsJUnit writes f as JUnit XML: one test suite, one test case per
// check (each same pair, each unpaired document, each skipped input
// reported as a finding). A case fails when it has findings at or above
// FailOn; they are listed in the failure text, one "file:line: …" line
// each, and the case's other findings go to its system-out.
func FindingsJUnit(w io.Writer, f *Findings) error {
	suite := junitSuite{Name: "aligner check"}
	for _, c := range f.Checks {
		jc := junitCase{Classname: "aligner.check." + c.Kind, Name: c.Name(), File: c.LeftFile}
		var fail, other strings.Builder
		nfail := 0
		rule := ""
		for _, x := range f.of(c) {
			if x.Fail {
				nfail++
				if rule == "" {
					rule = x.Rule
				}
				fmt.Fprintln(&fail, x.String())
			} else {
				fmt.Fprintln(&other, x.String())
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
		jc.SystemOut = other.String()
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
