package sae

// Objective is a differentiable scalar function of a flat parameter vector:
// what Train minimises and CheckGradient verifies.
type Objective interface {
	// Dim returns the number of parameters.
	Dim() int
	// LossGrad returns the loss at params and, when grad is not nil,
	// stores the gradient in grad, which has length Dim.
	LossGrad(grad, params []float64) float64
}

// BatchObjective is an Objective that is a sum over samples, so that it can
// be evaluated on a subset of them for minibatch training.
type BatchObjective interface {
	Objective
	// NumSamples returns the number of samples m.
	NumSamples() int
	// BatchLossGrad is LossGrad restricted to the samples whose row
	// indices are in rows, scaled so that its expectation over uniformly
	// drawn rows equals the full loss (each term multiplied by m/len(rows)).
	BatchLossGrad(grad, params []float64, rows []int) float64
}

// FuncObjective adapts a function to the Objective interface. It is the way
// to train or check a loss written in a notebook cell: the interpreter's own
// types cannot implement Go interfaces, but a func value can be passed.
type FuncObjective struct {
	// N is the number of parameters.
	N int
	// F returns the loss at x and, when grad is not nil, stores the
	// gradient in grad.
	F func(grad, x []float64) float64
}

// Dim returns f.N.
func (f FuncObjective) Dim() int { return f.N }

// LossGrad calls f.F.
func (f FuncObjective) LossGrad(grad, params []float64) float64 { return f.F(grad, params) }
