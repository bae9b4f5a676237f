package extract

// Kind is the kind of a fact.
type Kind string

// The kinds of facts.
const (
	Date   Kind = "date"
	Number Kind = "number"
	Person Kind = "person"
	Place  Kind = "place"
	Org    Kind = "org"
)

// A Fact is one fact found in a sentence of a document.
type Fact struct {
	Kind Kind   `json:"kind"`
	Text string `json:"text"` // the surface text, Sentence.Text[Start:End]
	// Value is the canonical value as a string: dates in ISO 8601
	// ("2019-02-20", "--02-20" when the year is unknown, "--02-18/--02-20"
	// for a range), numbers in plain decimal ("117000000", "0.75"), people
	// as a folded Latin key ("mai tien dung"), places and organisations as
	// their glossary or gazetteer id.
	Value string `json:"value"`
	// Unit is the unit class of a number ("%", "VND", "USD", "person",
	// "ordinal", …) or "" when none.
	Unit string `json:"unit,omitempty"`
	// Sentence is the 0-based index of the sentence in the document.
	Sentence int `json:"sentence"`
	// Start and End are byte offsets of Text in the sentence text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Variants are other keys the fact may be known by (other spellings or
	// readings of a name, a place's province), for matching.
	Variants []string `json:"variants,omitempty"`
	// Precision is, for a number written with a multiplier (1.17亿,
	// 91.6万, 3,5 millions), the number of significant digits written; 0
	// when the number is exact. See [Fact.Compatible].
	Precision int `json:"precision,omitempty"`
	// Time is the time of day given with a date: "morning", "afternoon",
	// "evening", "night", "noon" or "15:30"; "" when none. It is not part of
	// Value.
	Time string `json:"time,omitempty"`
}
