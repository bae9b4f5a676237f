package similarity

import (
	"errors"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// An Example is a labelled pair for [Fit].
type Example struct {
	X     Features
	Label bool
}

// Fit fits a logistic model to examples by minimising the negative
// log-likelihood plus lambda/2·|w|² (the intercept is not penalised) with
// gonum's BFGS. Positives are weighted so that both classes weigh the same,
// since same pairs are rare among all pairs.
func Fit(examples []Example, lambda float64) (Model, error) {
	if len(examples) == 0 {
		return Model{}, errors.New("similarity: no examples to fit")
	}
	pos := 0
	for _, e := range examples {
		if e.Label {
			pos++
		}
	}
	if pos == 0 || pos == len(examples) {
		return Model{}, errors.New("similarity: fit needs positive and negative examples")
	}
	wPos := 1.0
	loss := func(w []float64, grad []float64) float64 {
		if grad != nil {
			for i := range grad {
				grad[i] = 0
			}
		}
		total := 0.0
		for _, e := range examples {
			z := floats.Dot(w, e.X[:])
			p := sigmoid(z)
			c, y := 1.0, 0.0
			if e.Label {
				c, y = wPos, 1
			}
			// Stable log-loss: log(1+exp(z)) - y z.
			total += c * (softplus(z) - y*z)
			if grad != nil {
				floats.AddScaled(grad, c*(p-y), e.X[:])
			}
		}
		for i := 1; i < len(w); i++ {
			total += lambda / 2 * w[i] * w[i]
			if grad != nil {
				grad[i] += lambda * w[i]
			}
		}
		return total
	}
	p := optimize.Problem{
		Func: func(w []float64) float64 { return loss(w, nil) },
		Grad: func(grad, w []float64) { loss(w, grad) },
	}
	res, err := optimize.Minimize(p, make([]float64, numFeatures), nil, &optimize.BFGS{})
	if err != nil && res == nil {
		return Model{}, err
	}
	var m Model
	copy(m.W[:], res.X)
	for i := range m.W {
		m.W[i] = math.Round(m.W[i]*1000) / 1000
	}
	return m, nil
}

func softplus(z float64) float64 {
	if z > 30 {
		return z
	}
	return math.Log1p(math.Exp(z))
}
