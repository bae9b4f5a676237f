package align

import "golang.org/x/text/language"

// DefaultView is the [ViewFunc] an Aligner uses when its View is nil.
func DefaultView(lang language.Tag, s string) []Word { return BasicView(lang, s) }
