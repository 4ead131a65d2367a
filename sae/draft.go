package sae

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/internal/numeric"
)

// DraftLoss is the draft's linearised tied objective (§4)
//
//	Σ_i ‖WᵀW x_i − x_i‖² + β‖ρ − W x̄‖²,
//
// the sigmoid sparse autoencoder with f = identity, tied weights, no biases
// and the ℓ2 sparsity penalty on the mean code ρ̂ = W x̄. The parameters are
// the p×n W, row-major (Dim = pn). It implements Objective and
// BatchObjective.
//
// On centred data x̄ = 0 and the β term is the constant β‖ρ‖² with zero
// gradient: the objective is then exactly the tied linear autoencoder. On
// uncentred data it pulls W x̄ towards ρ at the expense of reconstruction.
//
// The draft says its authors derived the gradient but prints no formula; the
// gradient here is this project's derivation (see LossGrad and
// ExplicitGradient). With C = Σ_i x_i x_iᵀ and P = WᵀW its reconstruction
// part is
//
//	∇_W Σ_i ‖WᵀW x_i − x_i‖² = −2[W C (I − P) + W (I − P) C],
//
// so minus half of it is Xu's (1993) LMSER update summed over the samples,
// whose first term W C (I − P) is Oja's subspace rule summed likewise; the
// other LMSER term W (I − P) C = (I − WWᵀ) W C vanishes when the rows of W
// are orthonormal.
// Gradient descent with step η on the loss therefore moves W by 2η times
// the LMSER update.
//
// LossGrad uses the Gram form described under LinearLoss (the data enter
// only through their scatter matrix, or a factor of it, and x̄), with the
// same accuracy; ExplicitGradient evaluates the same formula on the data, at
// O(pnm), to verify it.
//
// A DraftLoss is safe for concurrent use.
type DraftLoss struct {
	shape linShape
	data  *linData
	cfg   DraftConfig // Rho is a copy, owned by the loss
}

// DraftConfig configures a DraftLoss.
type DraftConfig struct {
	// Hidden is the number p of hidden units, 1 ≤ p ≤ n.
	Hidden int
	// Beta is the sparsity weight β ≥ 0.
	Beta float64
	// Rho is the target mean code ρ, of length Hidden.
	Rho []float64
	// InitScale is the standard deviation of the weights InitParams draws
	// from N(0, InitScale²); 0 means 0.01, as for LinearConfig.
	InitScale float64
}

// NewDraftLoss returns the draft's objective on the m×n data X (one sample
// per row) with the configuration cfg. A *mat.Dense X is retained, not
// copied, as in NewLinearLoss.
//
// It returns the errors of NewLinearLoss for X (nil, empty, not finite or
// overflowing), and an error if cfg.Hidden is not in [1, n], if cfg.Beta or cfg.InitScale is negative or
// not finite, or if len(cfg.Rho) != cfg.Hidden or cfg.Rho holds a NaN or
// infinite value.
func NewDraftLoss(X mat.Matrix, cfg DraftConfig) (*DraftLoss, error) {
	const who = "sae: NewDraftLoss"
	d, err := newLinData(X, who)
	if err != nil {
		return nil, err
	}
	return newDraftLoss(d, cfg, who)
}

// WithConfig returns the draft's objective with the configuration cfg on
// the same data as d. It shares d's data, their scatter matrix and its
// factor (formed once, when first needed) instead of forming them again, so
// a sweep over β costs one of each, not one per β:
//
//	cfg := base.Config()
//	cfg.Beta = beta
//	loss, err := base.WithConfig(cfg)
//
// The shared data are only read, so both losses may be used concurrently.
//
// It returns the errors NewDraftLoss returns for cfg.
func (d *DraftLoss) WithConfig(cfg DraftConfig) (*DraftLoss, error) {
	return newDraftLoss(d.data, cfg, "sae: DraftLoss.WithConfig")
}

// newDraftLoss validates cfg against the data d and builds the loss.
func newDraftLoss(d *linData, cfg DraftConfig, who string) (*DraftLoss, error) {
	if err := d.checkScatter(who); err != nil {
		return nil, err
	}
	p := cfg.Hidden
	if err := checkConfig(who, d.n, p, cfg.InitScale, namedValue{"Beta", cfg.Beta}); err != nil {
		return nil, err
	}
	if len(cfg.Rho) != p {
		return nil, fmt.Errorf("%s: len(Rho) = %d, want Hidden = %d", who, len(cfg.Rho), p)
	}
	if j := numeric.NonFiniteIndex(cfg.Rho); j >= 0 {
		return nil, fmt.Errorf("%s: Rho[%d] = %v, want a finite value", who, j, cfg.Rho[j])
	}
	cfg.Rho = slices.Clone(cfg.Rho)
	return &DraftLoss{shape: linShape{p: p, n: d.n, tied: true}, data: d, cfg: cfg}, nil
}

// Config returns the configuration the loss was built with (with a copy of
// Rho).
func (d *DraftLoss) Config() DraftConfig {
	cfg := d.cfg
	cfg.Rho = slices.Clone(cfg.Rho)
	return cfg
}

// MeanCode returns W x̄, the mean code ρ̂ that the β term pulls towards ρ:
// the model's code of the mean sample, which is also the mean of the codes.
// On centred data it is 0. It panics if len(params) != Dim.
func (d *DraftLoss) MeanCode(params []float64) []float64 {
	d.shape.checkLen(nil, params)
	n := d.shape.n
	c := make([]float64, d.shape.p)
	for j := range c {
		var s float64
		for k, v := range params[j*n : (j+1)*n] {
			s += v * d.data.mean[k]
		}
		c[j] = s
	}
	return c
}

// Dim returns the number pn of parameters.
func (d *DraftLoss) Dim() int { return d.shape.dim() }

// NumSamples returns the number m of samples.
func (d *DraftLoss) NumSamples() int { return d.data.m }

// LossGrad returns the objective at params and, when grad is not nil, stores
// the gradient
//
//	2[W(WᵀW − I)C + W C (WᵀW − I)] − 2β(ρ − W x̄) x̄ᵀ,  C = Σ_i x_i x_iᵀ,
//
// in grad, at a cost independent of m (see LinearLoss). It panics if params
// or a non-nil grad does not have length Dim.
func (d *DraftLoss) LossGrad(grad, params []float64) float64 {
	d.shape.checkLen(grad, params)
	clear(grad)
	f := d.shape.gramTerm(grad, params, d.data)
	return f + d.sparsity(grad, params, d.data.mean)
}

// BatchLossGrad evaluates the objective on the samples with indices in rows:
// the reconstruction term is multiplied by m/len(rows), and the β term,
// added once, uses the mean x̄_B of those samples. Because ‖ρ − W x̄_B‖² is
// not linear in the samples, that β term is only a (biased) stochastic
// estimate of the full one; over all rows it is exact. It panics if rows is
// empty or holds an index out of range, or on a length mismatch.
func (d *DraftLoss) BatchLossGrad(grad, params []float64, rows []int) float64 {
	d.shape.checkLen(grad, params)
	clear(grad)
	f := d.shape.rowsTerm(grad, params, d.data, rows)
	n := d.data.n
	mean := make([]float64, n)
	x := d.data.x
	for _, i := range rows {
		for j, v := range x.Data[i*x.Stride : i*x.Stride+n] {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(len(rows))
	}
	return f + d.sparsity(grad, params, mean)
}

// sparsity returns β‖ρ − W x̄‖² for the given mean and adds its gradient
// −2β(ρ − W x̄) x̄ᵀ to grad when grad is not nil.
func (d *DraftLoss) sparsity(grad, params, mean []float64) float64 {
	beta := d.cfg.Beta
	if beta == 0 {
		return 0
	}
	u := d.gap(params, mean)
	var f float64
	for _, v := range u {
		f += v * v
	}
	if grad != nil {
		n := d.shape.n
		for j, uj := range u {
			g := grad[j*n : (j+1)*n]
			for k, xk := range mean {
				g[k] -= 2 * beta * uj * xk
			}
		}
	}
	return beta * f
}

// gap returns ρ − W x̄.
func (d *DraftLoss) gap(params, mean []float64) []float64 {
	n := d.shape.n
	u := make([]float64, d.shape.p)
	for j := range u {
		var s float64
		for k, v := range params[j*n : (j+1)*n] {
			s += v * mean[k]
		}
		u[j] = d.cfg.Rho[j] - s
	}
	return u
}

// explicitBlockRows is ExplicitGradient's block of samples: the block
// size it was written with, kept when rowsTerm's blocks became smaller, so
// that the gradient notebook 03 compares with LossGrad keeps its bits.
const explicitBlockRows = 2560

// ExplicitGradient stores in grad the gradient, this project's derivation
// (the draft prints none), written on the data with the draft's n×m data
// matrix 𝐗 = Xᵀ (samples as columns) and R = WᵀW𝐗 − 𝐗:
//
//	2W(R𝐗ᵀ + 𝐗Rᵀ) − 2β(ρ − W x̄) x̄ᵀ,
//
// evaluated as 2[(WR)𝐗ᵀ + (W𝐗)Rᵀ] in blocks of samples, O(pnm). It is slow
// for large m and exists to verify LossGrad. It panics if len(grad) or
// len(params) is not Dim.
func (d *DraftLoss) ExplicitGradient(grad, params []float64) {
	if grad == nil {
		panic("sae: ExplicitGradient: nil grad")
	}
	d.shape.checkLen(grad, params)
	d.data.needSamples("ExplicitGradient")
	p, n, m := d.shape.p, d.shape.n, d.data.m
	W := mat.NewDense(p, n, params)
	G := mat.NewDense(p, n, grad)
	G.Zero()
	mean := make([]float64, n)
	var X, xb, r, wr, wx, t mat.Dense
	X.SetRawMatrix(d.data.x)
	for lo := 0; lo < m; lo += explicitBlockRows {
		hi := min(lo+explicitBlockRows, m)
		// 𝐗 block, n×(hi−lo), samples as columns.
		xb.Reset()
		xb.CloneFrom(X.Slice(lo, hi, 0, n).T())
		for j := 0; j < hi-lo; j++ {
			for i := 0; i < n; i++ {
				mean[i] += xb.At(i, j)
			}
		}
		// R = Wᵀ(W𝐗) − 𝐗.
		wx.Reset()
		wx.Mul(W, &xb)
		r.Reset()
		r.Mul(W.T(), &wx)
		r.Sub(&r, &xb)
		// G += 2[(WR)𝐗ᵀ + (W𝐗)Rᵀ].
		wr.Reset()
		wr.Mul(W, &r)
		t.Reset()
		t.Mul(&wr, xb.T())
		G.Add(G, &t)
		t.Reset()
		t.Mul(&wx, r.T())
		G.Add(G, &t)
	}
	G.Scale(2, G)
	for i := range mean {
		mean[i] /= float64(m)
	}
	// −2β(ρ − W x̄) x̄ᵀ.
	u := mat.NewVecDense(p, d.gap(params, mean))
	G.RankOne(G, -2*d.cfg.Beta, u, mat.NewVecDense(n, mean))
}

// Reconstruction returns the reconstruction term Σ_i ‖WᵀW x_i − x_i‖². It
// panics if len(params) != Dim.
func (d *DraftLoss) Reconstruction(params []float64) float64 {
	d.shape.checkLen(nil, params)
	return d.shape.gramTerm(nil, params, d.data)
}

// SparsityGap returns ‖ρ − W x̄‖, the distance of the mean code from its
// target. It panics if len(params) != Dim.
func (d *DraftLoss) SparsityGap(params []float64) float64 {
	d.shape.checkLen(nil, params)
	var s float64
	for _, v := range d.gap(params, d.data.mean) {
		s += v * v
	}
	return math.Sqrt(s)
}

// InitParams fills dst (allocated when nil) with weights drawn from
// N(0, s²), s the configured InitScale (0.01 by default), from a generator
// seeded with seed, and returns it. It panics if dst is not nil and
// len(dst) != Dim.
func (d *DraftLoss) InitParams(dst []float64, seed uint64) []float64 {
	return d.shape.initParams(dst, linInitScale(d.cfg.InitScale), seed)
}

// Model returns the tied autoencoder with W1 = W (a view of params) and
// W2 = Wᵀ (a copy). It panics if len(params) != Dim.
func (d *DraftLoss) Model(params []float64) *LinearAE {
	d.shape.checkLen(nil, params)
	return d.shape.model(params)
}
