package sae

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// LinearDecoderLoss is the cost of UFLDL's "linear decoder": the sparse
// autoencoder of SparseLoss with an identity output layer,
//
//	h(x) = W2 f(W1 x + b1) + b2,
//
// so that the output can reproduce data of any range, such as ZCA-whitened
// patches, which a sigmoid output cannot. The cost is SparseLoss's, with this
// h: J = (1/m) Σ_i ½‖h(x_i) − x_i‖² + (λ/2)(‖W1‖²_F + ‖W2‖²_F) + β S(ρ̂).
// The parameters are laid out as SparseLoss's θ, and InitParams draws them as
// SparseLoss does.
//
// It is written for clarity rather than speed (plain gonum matrix products)
// and is safe for concurrent use: the data are only read and every
// evaluation allocates its own work space.
type LinearDecoderLoss struct {
	x      *mat.Dense
	m, n   int
	cfg    SparseConfig
	layout *SparseLoss // for InitParams and Model, which share the layout
}

// NewLinearDecoderLoss returns the linear-decoder cost on the m×n data X (one
// sample per row) with the configuration cfg. It returns the errors
// NewSparseLoss returns.
func NewLinearDecoderLoss(X mat.Matrix, cfg SparseConfig) (*LinearDecoderLoss, error) {
	if _, _, err := dataDims(X, "NewLinearDecoderLoss", "X"); err != nil {
		return nil, err
	}
	layout, err := NewSparseLoss(X, cfg)
	if err != nil {
		return nil, fmt.Errorf("sae: NewLinearDecoderLoss: %w", err)
	}
	return &LinearDecoderLoss{x: layout.x, m: layout.m, n: layout.n, cfg: cfg, layout: layout}, nil
}

// Config returns the configuration.
func (l *LinearDecoderLoss) Config() SparseConfig { return l.cfg }

// Dim returns the number of parameters, 2pn + p + n.
func (l *LinearDecoderLoss) Dim() int { return l.layout.Dim() }

// InitParams stores in dst (allocated when nil) UFLDL's initialisation, as
// SparseLoss.InitParams does with the same seed.
func (l *LinearDecoderLoss) InitParams(dst []float64, seed uint64) []float64 {
	return l.layout.InitParams(dst, seed)
}

// Model returns views of params as a SigmoidAE: its W1, B1, Encode and
// MeanActivation are this model's, but its Reconstruct applies a sigmoid
// output and is not; use LinearDecoderLoss.Reconstruct.
func (l *LinearDecoderLoss) Model(params []float64) *SigmoidAE { return l.layout.Model(params) }

// Reconstruct stores in dst the reconstructions W2 f(W1 x + b1) + b2 of the
// rows of X. A zero-value dst is resized. It panics if X does not have n
// columns or params has the wrong length.
func (l *LinearDecoderLoss) Reconstruct(dst *mat.Dense, params []float64, X mat.Matrix) {
	a := l.Model(params)
	var h mat.Dense
	a.Encode(&h, X)
	dst.Mul(&h, a.W2.T())
	r, _ := dst.Dims()
	for i := 0; i < r; i++ {
		row := dst.RawRowView(i)
		for j := range row {
			row[j] += a.B2[j]
		}
	}
}

// LossGrad returns the cost J at params and, when grad is not nil, stores
// its gradient (backpropagation) in grad. With the KL penalty, a unit whose
// mean activation is exactly 0 or 1 makes the cost +Inf, as in SparseLoss.
func (l *LinearDecoderLoss) LossGrad(grad, params []float64) float64 {
	a := l.Model(params)
	p, n, m := l.cfg.Hidden, l.n, l.m
	var A, D mat.Dense
	a.Encode(&A, l.x) // m×p activations
	l.Reconstruct(&D, params, l.x)
	D.Sub(&D, l.x) // m×n errors
	e := mat.Norm(&D, 2)
	cost := e * e / (2 * float64(m))
	w1, w2 := mat.Norm(a.W1, 2), mat.Norm(a.W2, 2)
	cost += l.cfg.Lambda / 2 * (w1*w1 + w2*w2)

	rhoHat := a.MeanActivation(nil, l.x)
	ds := make([]float64, p) // derivative of β S with respect to ρ̂
	beta := l.cfg.Beta
	sparse, infinite := sparsityPenalty(ds, rhoHat, l.cfg.Penalty, l.cfg.Rho, beta)
	if infinite {
		sparse = math.Inf(1)
	}
	cost += beta * sparse
	if grad == nil {
		return cost
	}
	if len(grad) != l.Dim() {
		panic(fmt.Sprintf("sae: LinearDecoderLoss.LossGrad: len(grad) = %d, want %d", len(grad), l.Dim()))
	}
	g := l.Model(grad)
	D.Scale(1/float64(m), &D)
	// Decoder: ∂J/∂W2 = Dᵀ A / m + λ W2, ∂J/∂b2 = column sums of D / m.
	g.W2.Mul(D.T(), &A)
	g.W2.Add(g.W2, scaled(l.cfg.Lambda, a.W2))
	for j := 0; j < n; j++ {
		g.B2[j] = mat.Sum(D.ColView(j))
	}
	// Hidden layer: δ = (D W2 + s/m) ⊙ f'(z), s the sparsity derivative.
	var delta mat.Dense
	delta.Mul(&D, a.W2)
	for i := 0; i < m; i++ {
		row := delta.RawRowView(i)
		act := A.RawRowView(i)
		for j := range row {
			row[j] = (row[j] + ds[j]/float64(m)) * act[j] * (1 - act[j])
		}
	}
	g.W1.Mul(delta.T(), l.x)
	g.W1.Add(g.W1, scaled(l.cfg.Lambda, a.W1))
	for j := 0; j < p; j++ {
		g.B1[j] = mat.Sum(delta.ColView(j))
	}
	return cost
}

// scaled returns s·M as a new matrix.
func scaled(s float64, M *mat.Dense) *mat.Dense {
	var out mat.Dense
	out.Scale(s, M)
	return &out
}
