package sae

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// NestedDropoutConfig configures a NestedDropoutLoss.
type NestedDropoutConfig struct {
	// Hidden is the number p of hidden units, 1 ≤ p ≤ n.
	Hidden int
	// Rho is the parameter ρ ∈ (0, 1) of the truncated geometric
	// distribution of the number b of units kept: P(b) = ρ^(b−1)(1 − ρ) for
	// b < p and P(p) = ρ^(p−1), so that unit j is kept with probability
	// ρ^(j−1). 0 means 0.9, the value of Bao et al.'s code.
	Rho float64
	// Seed drives the truncation indices BatchLossGrad draws.
	Seed uint64
	// InitScale is the standard deviation of the weights InitParams draws
	// from N(0, InitScale²); 0 means 0.01.
	InitScale float64
}

// NestedDropoutLoss is the nested-dropout objective of a linear
// autoencoder without biases (Rippel, Gelbart and Adams, "Learning ordered
// representations with nested dropout", ICML 2014), in the form Bao,
// Lucas, Sachdeva and Grosse (NeurIPS 2020) compare with non-uniform L2 and
// RAG: each sample's code y = W1 x is truncated to its first b units, b
// drawn from the truncated geometric distribution of
// NestedDropoutConfig.Rho, and the loss is ‖x − W2 (y_1, …, y_b, 0, …)‖²,
// summed over samples. It implements Objective and BatchObjective.
//
// LossGrad is the expectation over b (Bao et al.'s "nd_expectation"), in
// closed form: with S = Σ_i x_i x_iᵀ, c_j = P(b ≥ j) = ρ^(j−1), D = diag(c),
// G = W1 S W1ᵀ, B = W2ᵀW2 and K_jl = c_max(j,l),
//
//	E L = tr S − 2 tr(D W2ᵀ S W1ᵀ) + Σ_jl K_jl G_jl B_jl,
//
// a deterministic function with an exact gradient, O(pn²) per call. Its
// minimisers are the ordered principal components: unit j of the decoder
// is ±u_j, the j-th principal direction, with W1 = W2ᵀ (Rippel et al.,
// Theorem 1, for distinct eigenvalues), and its minimum is
// Σ_{j≤p} σ_j²(1 − c_j) + Σ_{j>p} σ_j², σ_j² the eigenvalues of S.
//
// BatchLossGrad is the stochastic objective itself: each call draws a fresh
// b for every sample in rows from a generator seeded with (Seed, the call's
// sequence number), so a run that makes its calls in the same order (Train
// with SGD or Adam and a fixed TrainSettings.Seed) is reproducible. Its
// expectation over b and over uniformly drawn rows is LossGrad.
//
// Parameter layout: [W1 row-major p×n | W2 row-major n×p], Dim = 2pn. A
// NestedDropoutLoss is safe for concurrent use (concurrent calls draw their
// truncations in the order they are made).
type NestedDropoutLoss struct {
	shape linShape
	data  *linData
	cfg   NestedDropoutConfig
	keep  []float64 // c_j = ρ^(j−1)
	calls atomic.Uint64
}

// NewNestedDropoutLoss returns the nested-dropout objective of a linear
// autoencoder on the m×n data X (one sample per row), which should be
// centred: the model has no biases. X is retained or copied as by
// NewLinearLoss.
//
// It returns the errors of NewLinearLoss for X (nil, empty, not finite or
// overflowing), and an error if Hidden is not in [1, n], if InitScale is negative or not finite, or if
// Rho is not in [0, 1).
func NewNestedDropoutLoss(X mat.Matrix, cfg NestedDropoutConfig) (*NestedDropoutLoss, error) {
	const who = "sae: NewNestedDropoutLoss"
	d, err := newLinData(X, who)
	if err != nil {
		return nil, err
	}
	return newNestedDropoutLoss(d, cfg, who)
}

// WithConfig returns the nested-dropout objective with another
// configuration on the same data as l, sharing them. It returns the errors
// NewNestedDropoutLoss returns for cfg.
func (l *NestedDropoutLoss) WithConfig(cfg NestedDropoutConfig) (*NestedDropoutLoss, error) {
	return newNestedDropoutLoss(l.data, cfg, "sae: NestedDropoutLoss.WithConfig")
}

// NestedDropoutFromLinear returns the nested-dropout objective on the data
// of the linear loss l, sharing them. It returns the errors
// NewNestedDropoutLoss returns for cfg.
func NestedDropoutFromLinear(l *LinearLoss, cfg NestedDropoutConfig) (*NestedDropoutLoss, error) {
	return newNestedDropoutLoss(l.data, cfg, "sae: NestedDropoutFromLinear")
}

func newNestedDropoutLoss(d *linData, cfg NestedDropoutConfig, who string) (*NestedDropoutLoss, error) {
	if err := checkConfig(who, d.n, cfg.Hidden, cfg.InitScale); err != nil {
		return nil, err
	}
	if !(cfg.Rho >= 0 && cfg.Rho < 1) {
		return nil, fmt.Errorf("%s: Rho = %v, want a value in (0, 1) (0 for the default 0.9)", who, cfg.Rho)
	}
	rho := cfg.Rho
	if rho == 0 {
		rho = 0.9
	}
	keep := make([]float64, cfg.Hidden)
	for j := range keep {
		keep[j] = math.Pow(rho, float64(j))
	}
	return &NestedDropoutLoss{
		shape: linShape{p: cfg.Hidden, n: d.n},
		data:  d,
		cfg:   cfg,
		keep:  keep,
	}, nil
}

// Config returns the configuration the objective was built with.
func (l *NestedDropoutLoss) Config() NestedDropoutConfig { return l.cfg }

// KeepProbabilities returns c_j = P(b ≥ j) = ρ^(j−1), the probability that
// unit j (1-based; index j−1) is kept.
func (l *NestedDropoutLoss) KeepProbabilities() []float64 {
	return append([]float64(nil), l.keep...)
}

// Dim returns the number of parameters, 2pn.
func (l *NestedDropoutLoss) Dim() int { return l.shape.dim() }

// NumSamples returns the number m of samples.
func (l *NestedDropoutLoss) NumSamples() int { return l.data.m }

// InitParams fills dst (allocated when nil) with weights drawn from
// N(0, s²), s the configured InitScale (0.01 by default), from a generator
// seeded with seed, and returns it. It panics if dst is not nil and
// len(dst) != Dim.
func (l *NestedDropoutLoss) InitParams(dst []float64, seed uint64) []float64 {
	return l.shape.initParams(dst, linInitScale(l.cfg.InitScale), seed)
}

// Model returns the autoencoder with parameters params, all units kept.
// Its matrices are views of params. It panics if len(params) != Dim.
func (l *NestedDropoutLoss) Model(params []float64) *LinearAE {
	l.shape.checkLen(nil, params)
	return l.shape.model(params)
}

// secondMoment returns S = Σ_i x_i x_iᵀ (n×n, both triangles), the centred
// scatter matrix plus m x̄x̄ᵀ.
func (l *NestedDropoutLoss) secondMoment() blas64.General {
	d := l.data
	n := d.n
	if !anyNonZero(d.mean) {
		return d.s
	}
	s := blas64.General{Rows: n, Cols: n, Stride: n, Data: append([]float64(nil), d.s.Data...)}
	blas64.Ger(float64(d.m), blas64.Vector{N: n, Inc: 1, Data: d.mean}, blas64.Vector{N: n, Inc: 1, Data: d.mean}, s)
	return s
}

// LossGrad returns the expected loss over the truncation (see
// NestedDropoutLoss) at params and, when grad is not nil, stores its
// gradient in grad. It panics if params or a non-nil grad does not have
// length Dim.
func (l *NestedDropoutLoss) LossGrad(grad, params []float64) float64 {
	l.shape.checkLen(grad, params)
	p, n := l.shape.p, l.shape.n
	w1, w2, _, _ := l.shape.views(params)
	s := l.secondMoment()
	trS := 0.0
	for i := 0; i < n; i++ {
		trS += s.Data[i*n+i]
	}
	// T = W1 S (p×n), G = T W1ᵀ, B = W2ᵀ W2.
	t := blas64.General{Rows: p, Cols: n, Stride: n, Data: make([]float64, p*n)}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, w1, s, 0, t)
	g := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, t, w1, 0, g)
	b := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	blas64.Gemm(blas.Trans, blas.NoTrans, 1, w2, w2, 0, b)
	c := l.keep
	f := trS
	// −2 Σ_j c_j (W2ᵀ S W1ᵀ)_jj = −2 Σ_j c_j Σ_a W2_aj T_ja.
	for j := 0; j < p; j++ {
		var v float64
		for a := 0; a < n; a++ {
			v += w2.Data[a*p+j] * t.Data[j*n+a]
		}
		f -= 2 * c[j] * v
	}
	// KB = K∘B and KG = K∘G.
	kb := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	kg := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	for j := 0; j < p; j++ {
		for q := 0; q < p; q++ {
			kjq := c[max(j, q)]
			kb.Data[j*p+q] = kjq * b.Data[j*p+q]
			kg.Data[j*p+q] = kjq * g.Data[j*p+q]
			f += kjq * g.Data[j*p+q] * b.Data[j*p+q]
		}
	}
	if grad == nil {
		return f
	}
	g1, g2, _, _ := l.shape.views(grad)
	// ∇W1 = −2 D W2ᵀ S + 2 (K∘B) T.
	blas64.Gemm(blas.Trans, blas.NoTrans, -2, w2, s, 0, g1)
	for j := 0; j < p; j++ {
		row := g1.Data[j*n : (j+1)*n]
		for a := range row {
			row[a] *= c[j]
		}
	}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 2, kb, t, 1, g1)
	// ∇W2 = −2 Tᵀ D + 2 W2 (K∘G).
	for a := 0; a < n; a++ {
		for j := 0; j < p; j++ {
			g2.Data[a*p+j] = -2 * t.Data[j*n+a] * c[j]
		}
	}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 2, w2, kg, 1, g2)
	return f
}

// BatchLossGrad returns the nested-dropout loss over the samples with
// indices in rows, each truncated at its own freshly drawn b, multiplied by
// m/len(rows), and stores its gradient (for those draws) in grad when grad
// is not nil. Indices may repeat. It panics if rows is empty or holds an
// index out of [0, m), or on a length mismatch.
func (l *NestedDropoutLoss) BatchLossGrad(grad, params []float64, rows []int) float64 {
	l.shape.checkLen(grad, params)
	if len(rows) == 0 {
		panic("sae: NestedDropoutLoss.BatchLossGrad: no rows")
	}
	p, n, m := l.shape.p, l.shape.n, l.data.m
	call := l.calls.Add(1)
	rnd := rand.New(rand.NewPCG(l.cfg.Seed, call))
	w1, w2, _, _ := l.shape.views(params)
	var g1, g2 blas64.General
	if grad != nil {
		clear(grad)
		g1, g2, _, _ = l.shape.views(grad)
	}
	x := l.data.x
	y := make([]float64, p)
	e := make([]float64, n)
	ew := make([]float64, p)
	scale := float64(m) / float64(len(rows))
	var f float64
	for _, r := range rows {
		if r < 0 || r >= m {
			panic(fmt.Sprintf("sae: NestedDropoutLoss.BatchLossGrad: row %d out of range [0, %d)", r, m))
		}
		b := l.drawKeep(rnd)
		xr := x.Data[r*x.Stride : r*x.Stride+n]
		// y = (W1 x)_{1..b}, e = W2 y − x.
		blas64.Gemv(blas.NoTrans, 1, blas64.General{Rows: b, Cols: n, Stride: n, Data: w1.Data}, blas64.Vector{N: n, Inc: 1, Data: xr}, 0, blas64.Vector{N: b, Inc: 1, Data: y})
		copy(e, xr)
		blas64.Gemv(blas.NoTrans, 1, blas64.General{Rows: n, Cols: b, Stride: p, Data: w2.Data}, blas64.Vector{N: b, Inc: 1, Data: y}, -1, blas64.Vector{N: n, Inc: 1, Data: e})
		var sq float64
		for _, v := range e {
			sq += v * v
		}
		f += sq
		if grad == nil {
			continue
		}
		// ∇W2[:, :b] += 2 e yᵀ; ∇W1[:b, :] += 2 (W2[:, :b]ᵀ e) xᵀ.
		blas64.Ger(2*scale, blas64.Vector{N: n, Inc: 1, Data: e}, blas64.Vector{N: b, Inc: 1, Data: y}, blas64.General{Rows: n, Cols: b, Stride: p, Data: g2.Data})
		blas64.Gemv(blas.Trans, 1, blas64.General{Rows: n, Cols: b, Stride: p, Data: w2.Data}, blas64.Vector{N: n, Inc: 1, Data: e}, 0, blas64.Vector{N: b, Inc: 1, Data: ew})
		blas64.Ger(2*scale, blas64.Vector{N: b, Inc: 1, Data: ew}, blas64.Vector{N: n, Inc: 1, Data: xr}, blas64.General{Rows: b, Cols: n, Stride: n, Data: g1.Data})
	}
	return f * scale
}

// drawKeep draws the number b ∈ [1, p] of units kept: P(b ≥ j) = c_j.
func (l *NestedDropoutLoss) drawKeep(rnd *rand.Rand) int {
	u := rnd.Float64()
	b := 1
	for b < len(l.keep) && u < l.keep[b] {
		b++
	}
	return b
}

var _ BatchObjective = (*NestedDropoutLoss)(nil)
