package sae

import (
	"fmt"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/floats"
)

// GradientCheck is the outcome of CheckGradient.
type GradientCheck struct {
	// RelErr is ‖num − ana‖ / ‖num + ana‖, the measure of the UFLDL
	// exercise (below 1e-9 for a correct sparse autoencoder gradient).
	RelErr float64
	// MaxAbsErr is the largest |num_i − ana_i| and Index its position.
	MaxAbsErr float64
	Index     int
	// Numeric and Analytic are the two gradients.
	Numeric, Analytic []float64
}

// String summarises the check.
func (c GradientCheck) String() string {
	return fmt.Sprintf("relative error %.3g, max abs error %.3g at parameter %d", c.RelErr, c.MaxAbsErr, c.Index)
}

// CheckGradient compares obj's analytic gradient at params with central
// differences of step h (0 means 1e-4, the exercise's ε) computed by
// gonum/diff/fd. It costs 2·Dim loss evaluations, so use it on small
// models. It does not modify params.
func CheckGradient(obj Objective, params []float64, h float64) GradientCheck {
	if len(params) != obj.Dim() {
		panic(fmt.Sprintf("sae: CheckGradient: len(params) = %d, objective has %d parameters", len(params), obj.Dim()))
	}
	if h == 0 {
		h = 1e-4
	}
	ana := make([]float64, len(params))
	obj.LossGrad(ana, params)
	// fd evaluates serially unless asked: the package's losses are safe
	// for concurrent use, but a FuncObjective need not be.

	num := fd.Gradient(nil, func(x []float64) float64 { return obj.LossGrad(nil, x) },
		params, &fd.Settings{Formula: fd.Central, Step: h})
	c := GradientCheck{Numeric: num, Analytic: ana}
	diff := make([]float64, len(num))
	sum := make([]float64, len(num))
	floats.SubTo(diff, num, ana)
	floats.AddTo(sum, num, ana)
	if d := floats.Norm(sum, 2); d > 0 {
		c.RelErr = floats.Norm(diff, 2) / d
	} else {
		c.RelErr = floats.Norm(diff, 2)
	}
	for i, d := range diff {
		if d < 0 {
			d = -d
		}
		if d > c.MaxAbsErr {
			c.MaxAbsErr, c.Index = d, i
		}
	}
	return c
}
