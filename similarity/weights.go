package similarity

// DefaultSame and DefaultRelated are the models [NewScorer] uses. They were
// fitted with [Fit] (logistic regression, L2 penalty 0.01, gonum's BFGS) on
// the development corpus (101 articles): every zh×fr pair, the 26 "same"
// pairs as positives for DefaultSame, the 146 "same" or "related" pairs as
// positives for DefaultRelated. Refit with
//
//	go test ./similarity -run 'TestFitDev|TestCrossValidateDev' -fit -lambda 0.01 -v
//
// Feature order: bias, cosine, date_match, date_conflict, people, entities,
// numbers, close, far, rel_cosine, lead_cosine, lead_people.
//
// What the weights say. The story model (DefaultRelated) leans on the
// TF-IDF cosine (13.5), on shared places and organisations (9.3), on being
// among the best candidates of both documents (rel_cosine, 5.5), on a date
// of one lead found in the other (4.0) and on the title/lead cosine (2.5);
// event days more than three days apart count against (-3.4). The event
// model (DefaultSame), which separates one meeting from the next meeting of
// the same people, puts most weight on being the best candidate of both
// documents (rel_cosine, 9.3); a conflict between lead dates (-3.5) or event
// days more than three days apart (-2.8) rule a pair out, and event days at
// most a day apart (+1.8), shared numbers (+1.7) and the lead cosine (+1.8)
// confirm it. Its raw cosine weight is negative: once the candidates are
// ranked, more shared topic words point to background, not to the event.
// The intercepts are low because same pairs are 1 % of all pairs.
//
// The decision thresholds of [Options] (same 0.4, margin 3 logits) were
// chosen on the same corpus: in-sample same-pair F1 0.69 (P 0.74, R 0.65),
// 6 of 120 related pairs taken for same. Five-fold cross-validation over the
// Chinese documents (weights refitted on four fifths each time) gives same
// F1 between 0.35 and 0.51 depending on the thresholds: the 26 positives
// are too few for stable estimates, and same and related pairs (another
// meeting of the same visit, often on the same day) look much alike.
var (
	DefaultSame    = Model{W: Features{-14.686, 0.078, -1.503, -5.646, 0.124, 0.257, 0.904, 3.119, -2.275, 11.346, 5.318, -1.935, 1.959, 0.204, 2.648, -1.147}}
	DefaultRelated = Model{W: Features{-7.917, 18.208, 2.521, 0.822, -1.265, 4.221, 0.325, 0.579, -3.333, 5.425, 4.673, -1.61, 1.753, 0.24, -2.109, -0.273}}
)
