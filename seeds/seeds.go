// Package seeds holds the five seed articles the project was created from
// (three Chinese and two French reports of the Vietnam News Agency) and their
// gold pairs. Commands given no path read them from [FS].
package seeds

import "embed"

// FS holds the seed articles (*.txt) and gold.tsv at its root.
//
//go:embed *.txt gold.tsv
var FS embed.FS

// Dir is the name under which the embedded seeds are presented as input:
// document ids of the embedded seeds read "seeds/000_….txt".
const Dir = "seeds"
