package report

import (
	"io"
	"strconv"
	"strings"
)

// FindingsGitHub writes one GitHub Actions workflow command per finding,
// "::error file=F,line=L,title=T::message", which the runner shows as an
// annotation on the file. Errors become ::error, warnings ::warning and
// info ::notice. Data is escaped as the runner expects (%, CR, LF), and
// property values also escape ":" and ",".
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
func FindingsGitHub(w io.Writer, f *Findings) error {
	var b strings.Builder
	for _, x := range f.Findings {
		b.WriteString("::")
		b.WriteString(githubLevel(x.Severity))
		b.WriteString(" file=")
		b.WriteString(githubProperty(x.File))
		if x.Line > 0 {
			b.WriteString(",line=")
			b.WriteString(strconv.Itoa(x.Line))
		}
		b.WriteString(",title=")
		b.WriteString(githubProperty("aligner " + x.Rule))
		b.WriteString("::")
		msg := x.Message
		if x.Related != nil {
			msg += " (other: " + x.Related.String() + ")"
		}
		b.WriteString(githubData(msg))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func githubLevel(sev string) string {
	switch sev {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "notice"
}

var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func githubData(s string) string     { return githubDataEscaper.Replace(s) }
func githubProperty(s string) string { return githubPropertyEscaper.Replace(s) }
