package similarity

// DefaultSame and DefaultRelated are the models [NewScorer] uses. They were
// fitted with [Fit] (L2-regularised logistic regression, gonum optimize) on
// the development corpus: every zh×fr pair, "same" pairs as positives for
// DefaultSame, "same" and "related" pairs as positives for DefaultRelated.
// Feature order: bias, cosine, date_match, date_conflict, people, entities,
// numbers, close, far, rel_cosine.
var (
	DefaultSame    = Model{W: Features{-6, 8, 2.5, -2.5, 3, 1.5, 1.5, 1, -2, 1}}
	DefaultRelated = Model{W: Features{-5, 10, 0.5, 0, 3, 2, 0.5, 0.5, -0.5, 0}}
)
