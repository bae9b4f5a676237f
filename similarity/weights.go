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
// numbers, close, far, rel_cosine, lead_cosine.
//
// What the weights say. The story model (DefaultRelated) leans on the
// TF-IDF cosine (12.2), on shared places and organisations (10.2), on shared
// distinctive numbers (3.9), on the title/lead cosine (5.9) and on being
// among the best candidates of both documents (rel_cosine, 4.3). The event
// model (DefaultSame) is what separates one meeting from the next meeting
// of the same people: being the best candidate of both documents
// (rel_cosine, 9.6) matters most, a conflict between the lead dates (-4.3)
// or document dates more than three days apart (-3.5) rule a pair out, and
// dates a day apart (+1.7), shared numbers (+1.6) and the lead cosine (+1.6)
// confirm it. Its raw cosine weight is about zero: once the story model has
// ranked the candidates, topic words say nothing more about the event.
// The intercepts are low because same pairs are 1 % of all pairs; [Pair]
// therefore uses a low same threshold and lets competition decide.
var (
	DefaultSame    = Model{W: Features{-10.759, -0.149, 0.63, -4.252, 0.782, 0.195, 1.575, 1.719, -3.489, 9.632, 1.602}}
	DefaultRelated = Model{W: Features{-7.241, 12.222, 2.574, -1.244, -0.011, 10.195, 3.932, 0.082, -1.253, 4.291, 5.881}}
)
