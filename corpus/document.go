package corpus

import "golang.org/x/text/language"

// A Document is one cleaned article.
type Document struct {
	// ID is the path as the user wrote it joined with the file's path
	// inside a given directory, e.g. "seeds/000_f996f5f846c92957.txt".
	// For JSON Lines input it is the record's "id", or FILE:LINE.
	ID string
	// Path is the file the document was read from, relative to how the user
	// named it; Line numbers in Sentences refer to it. For embedded seeds it
	// is the same as ID.
	Path string
	// Format is "txt", "html" or "jsonl".
	Format string
	// Lang is language.Chinese, language.French or language.English.
	Lang language.Tag
	// Script is "Hans" or "Hant" for Chinese, "Latn" otherwise.
	Script string
	Title  string
	// TitleLine is the 1-based line of the title in Path (0 if unknown).
	TitleLine int
	// Date is the publication date given by the input's metadata or found in
	// the page (ISO 8601, possibly partial: "2019-02", "2019-02-20"), or "".
	Date string
	URL  string
	// Sentences of the body, in reading order. The title is not among them.
	Sentences []Sentence
	// Removed lists what cleaning took out, for --show-removed.
	Removed []Removal
	// Repairs lists the glued words cleaning split, for --show-removed.
	Repairs []Repair
}

// A Sentence is one sentence of a document's body.
type Sentence struct {
	Text string
	// Para is the 0-based index of the paragraph the sentence belongs to.
	Para int
	// Line is the 1-based line of Path on which the sentence starts (0 when
	// unknown, e.g. JSON Lines text).
	Line int
}

// A Removal is a piece of input that cleaning left out of the document.
type Removal struct {
	Line   int    // 1-based line in Path, 0 when unknown
	Text   string // the removed text
	Reason string // e.g. "caption", "dateline", "signature", "related-headlines", "duplicate-lead"
}

// A Skip records an input that produced no document, and why.
type Skip struct {
	ID     string
	Reason string
}

// LangCode returns the short code of the document's language ("zh", "fr",
// "en").
func (d *Document) LangCode() string {
	b, _ := d.Lang.Base()
	return b.String()
}
