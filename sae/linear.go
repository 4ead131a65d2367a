package sae

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/gemm"
	"github.com/linae/linae/backend/par"
	"github.com/linae/linae/internal/numeric"
)

// LinearAE is a linear autoencoder x ↦ W2 (W1 x + b1) + b2. The matrices and
// vectors returned by LinearLoss.Model and DraftLoss.Model are views of the
// flat parameter slice, so a model follows the parameters as they are
// trained; the one exception is the decoder of a tied model, which is a
// fresh copy of Wᵀ (gonum has no transposed view that is a *mat.Dense).
type LinearAE struct {
	W1 *mat.Dense // p×n encoder
	W2 *mat.Dense // n×p decoder; for a tied model a copy of W1ᵀ
	// B1 (length p) and B2 (length n) are the biases, nil without them.
	B1, B2 []float64
	// Tied reports that the decoder is the transpose of the encoder.
	Tied bool
}

// Encode stores the codes X W1ᵀ + b1 of the rows of the m×n matrix X in the
// m×p dst. A zero-value dst is resized; a shape mismatch panics.
func (a *LinearAE) Encode(dst *mat.Dense, X mat.Matrix) {
	dst.Mul(X, a.W1.T())
	linAddRowVector(dst, a.B1)
}

// Decode stores Z W2ᵀ + b2 for the m×p codes Z in the m×n dst. A zero-value
// dst is resized; a shape mismatch panics.
func (a *LinearAE) Decode(dst *mat.Dense, Z mat.Matrix) {
	dst.Mul(Z, a.W2.T())
	linAddRowVector(dst, a.B2)
}

// Reconstruct stores the reconstructions Decode(Encode(X)) of the rows of X
// in the m×n dst. A zero-value dst is resized; a shape mismatch panics.
func (a *LinearAE) Reconstruct(dst *mat.Dense, X mat.Matrix) {
	var z mat.Dense
	a.Encode(&z, X)
	a.Decode(dst, &z)
}

// linAddRowVector adds b to every row of m; b nil is a no-op.
func linAddRowVector(m *mat.Dense, b []float64) {
	if b != nil {
		numeric.AddToRows(m.RawMatrix(), b, 1)
	}
}

// LinearConfig configures a LinearLoss.
type LinearConfig struct {
	// Hidden is the number p of hidden units, 1 ≤ p ≤ n.
	Hidden int
	// Tied makes the decoder Wᵀ; the parameters are then the single p×n W.
	Tied bool
	// Bias adds b1 ∈ Rᵖ and b2 ∈ Rⁿ (untied models only: Tied && Bias is
	// an error). Without biases the model only fits centred data well.
	Bias bool
	// Lambda is the uniform L2 weight of Kunin et al. (2019): the loss gains
	// λ(‖W1‖²_F + ‖W2‖²_F), which for a tied model is 2λ‖W‖²_F.
	Lambda float64
	// Lambdas, when not nil, holds p non-uniform L2 weights (Bao et al.
	// 2020): the loss gains Σ_j λ_j (‖row j of W1‖² + ‖column j of W2‖²),
	// which for a tied model is 2 Σ_j λ_j ‖row j of W‖². Distinct λ_j break
	// the rotation symmetry so that the hidden units converge to the
	// individual principal components. It adds to Lambda.
	Lambdas []float64
	// ProductLambda is the weight λ of the product penalty of Kunin et al.
	// (2019), λ‖W2W1‖²_F (tied: λ‖WᵀW‖²_F), which penalises the map, not
	// the factors, and so leaves the GL(p) symmetry of the loss intact. On
	// centred data its minimum is W2W1 = Σ_{i≤p} σ_i²/(σ_i² + λ) u_i u_iᵀ,
	// σ_i² the eigenvalues of the centred scatter matrix and u_i their
	// eigenvectors (a ridge shrinkage of the top-p projector). It adds to
	// the other penalties.
	ProductLambda float64
	// InitScale is the standard deviation of the weights InitParams draws
	// from N(0, InitScale²); 0 means 0.01, small enough that training
	// starts near the saddle at 0, as in the draft's experiments.
	InitScale float64
}

// linInitScale returns the initial weights' standard deviation for the
// configured InitScale s of a linear or draft loss.
func linInitScale(s float64) float64 {
	if s == 0 {
		return 0.01
	}
	return s
}

// namedValue is a configuration value with its field's name, for
// checkConfig.
type namedValue struct {
	name string
	v    float64
}

// checkConfig returns the errors every loss's configuration shares: a
// number p of hidden units below 1 or, when maxP ≥ 0, above maxP, or an
// InitScale or one of vals that is negative or not finite.
func checkConfig(who string, maxP, p int, initScale float64, vals ...namedValue) error {
	if p < 1 {
		return fmt.Errorf("%s: Hidden = %d, want at least 1 hidden unit", who, p)
	}
	if maxP >= 0 && p > maxP {
		return fmt.Errorf("%s: Hidden = %d out of range [1, %d] (n features)", who, p, maxP)
	}
	for _, v := range append(vals, namedValue{"InitScale", initScale}) {
		if !(v.v >= 0) || math.IsInf(v.v, 0) {
			return fmt.Errorf("%s: %s = %v, want a finite value ≥ 0", who, v.name, v.v)
		}
	}
	return nil
}

// LinearLoss is the loss of a linear autoencoder on the m×n data X,
//
//	Σ_i ‖x_i − (W2 (W1 x_i + b1) + b2)‖² + penalties,
//
// a sum over samples, with the penalties of LinearConfig. It implements
// Objective and BatchObjective.
//
// Parameter layout. Untied: [W1 row-major p×n | W2 row-major n×p | b1 (p) |
// b2 (n)], the biases only with Bias, so Dim = 2pn (+ p + n). Tied: [W
// row-major p×n], Dim = pn.
//
// LossGrad never touches the m samples: NewLinearLoss forms the centred
// scatter matrix S = Σ_i (x_i − x̄)(x_i − x̄)ᵀ once (a SYRK, O(mn²)), and
// where the trace form below is not accurate enough LossGrad factors it,
// once, as S = F Fᵀ (eigendecomposition, O(n³), keeping the r ≤ n
// directions with eigenvalues above n·ε·λ_max). Since
//
//	Σ_i ‖(A − I) x_i + c‖² = ‖(A − I) F‖²_F + m ‖(A − I) x̄ + c‖²,  A = W2W1, c = W2b1 + b2,
//
// the data term is the same loss evaluated on r + 1 pseudo-samples (the
// columns of F, without bias, and √m x̄ with bias weight √m), so a call costs
// O(pnr) ≤ O(pn²), independent of m.
//
// Accuracy and speed. The centred part is first evaluated by the trace form
// tr S − 2 tr(W2W1S) + tr(W2ᵀW2 · W1SW1ᵀ), two products with S (one when
// tied), about 2pn² flops: for MNIST (n = 784, p = 30) 0.04 GFLOP instead of
// 0.18 for the pseudo-samples and 11 for the data form. Its terms are of the
// size of tr S and cancel down to the loss, losing about 4√n·ε·(tr S +
// terms)/loss of relative accuracy; when that could exceed 1e-11 (near the
// floor of data whose top p directions hold all but a sliver of the
// variance) the pseudo-samples are used instead. Their loss is a sum of
// squares of pseudo-residuals, and the data are centred before the scatter
// matrix is formed, so its absolute error is about ε·n·λ_max(S)·‖A − I‖²_F
// (the backward error of S and its factor); at the PCA optimum the relative
// error to the floor Σ_{i>p} λ_i is of order ε·n(n−p)·λ_1/Σ_{i>p} λ_i. For
// MNIST at p = 30 the trace form is accurate to about 1e-13 at the floor,
// far below the 1e-3 gap training is judged by. The tests check 1e-10
// against the exact floor, also with a mean of 1e4 added to the data, and
// the two forms against each other to 1e-12.
//
// Column means within n·ε·mean_i|x_ij| of zero, what rounding leaves of
// exactly centred data, are taken as exactly 0, so that on such data the
// draft's β term is exactly inert and zero biases exactly stationary.
//
// A LinearLoss is safe for concurrent use: its work space comes from a
// pool, and the data it shares with the losses WithConfig returns are only
// read.
type LinearLoss struct {
	shape linShape
	data  *linData
	cfg   LinearConfig // Lambdas is a copy, owned by the loss
}

// NewLinearLoss returns the loss of a linear autoencoder on the m×n data X
// (one sample per row). When X is a *mat.Dense it is retained, not copied
// (MNIST is 376 MB): do not modify it while the loss is in use. Other
// matrices are copied.
//
// It returns an error if X is nil (also a typed nil such as a nil
// *mat.Dense) or empty, holds a NaN or infinite value or values whose
// squares sum beyond the largest float64 (about 1.8e308: the loss would
// overflow; rescale such data), if Hidden is not in [1, n], if Lambda, ProductLambda, InitScale or an
// element of Lambdas is negative or not finite, if Lambdas is not nil and
// its length is not Hidden, or if Tied and Bias are both set.
func NewLinearLoss(X mat.Matrix, cfg LinearConfig) (*LinearLoss, error) {
	const who = "sae: NewLinearLoss"
	d, err := newLinData(X, who)
	if err != nil {
		return nil, err
	}
	return newLinearLoss(d, cfg, who)
}

// WithConfig returns the loss of another linear autoencoder on the same
// data as l: a different width, tying, biases or penalties. It shares l's
// data and the factor of their scatter matrix instead of forming them again
// (O(mn²) + O(n³)), so a notebook can

// train several configurations on one data set at the cost of one. The two
// losses are independent otherwise and may be used concurrently: the shared
// data are only read.
//
// It returns the errors NewLinearLoss returns for cfg.
func (l *LinearLoss) WithConfig(cfg LinearConfig) (*LinearLoss, error) {
	return newLinearLoss(l.data, cfg, "sae: LinearLoss.WithConfig")
}

// newLinearLoss validates cfg against the data d and builds the loss.
func newLinearLoss(d *linData, cfg LinearConfig, who string) (*LinearLoss, error) {
	if err := d.checkScatter(who); err != nil {
		return nil, err
	}
	p := cfg.Hidden
	if err := checkConfig(who, d.n, p, cfg.InitScale, namedValue{"Lambda", cfg.Lambda}, namedValue{"ProductLambda", cfg.ProductLambda}); err != nil {
		return nil, err
	}
	if cfg.Tied && cfg.Bias {
		return nil, fmt.Errorf("%s: Tied and Bias cannot both be set (a tied model has no biases)", who)
	}
	if cfg.Lambdas != nil {
		if len(cfg.Lambdas) != p {
			return nil, fmt.Errorf("%s: len(Lambdas) = %d, want Hidden = %d", who, len(cfg.Lambdas), p)
		}
		for j, v := range cfg.Lambdas {
			if !(v >= 0) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s: Lambdas[%d] = %v, want a finite value ≥ 0", who, j, v)
			}
		}
		cfg.Lambdas = slices.Clone(cfg.Lambdas)
	}
	return &LinearLoss{
		shape: linShape{p: p, n: d.n, tied: cfg.Tied, bias: cfg.Bias},
		data:  d,
		cfg:   cfg,
	}, nil
}

// Config returns the configuration the loss was built with (with a copy of
// Lambdas).
func (l *LinearLoss) Config() LinearConfig {
	cfg := l.cfg
	cfg.Lambdas = slices.Clone(cfg.Lambdas)
	return cfg
}

// Dim returns the number of parameters (see the layout in LinearLoss).
func (l *LinearLoss) Dim() int { return l.shape.dim() }

// NumSamples returns the number m of samples.
func (l *LinearLoss) NumSamples() int { return l.data.m }

// LossGrad returns the full loss at params and, when grad is not nil, stores
// its gradient in grad. It uses the precomputed factor of the scatter matrix
// (see LinearLoss), so its cost does not depend on m. It panics if params or
// a non-nil grad does not have length Dim.
func (l *LinearLoss) LossGrad(grad, params []float64) float64 {
	l.shape.checkLen(grad, params)
	clear(grad)
	f := l.shape.gramTerm(grad, params, l.data)
	return f + l.penalty(grad, params)
}

// BatchLossGrad returns the data term over the samples with indices in rows,
// multiplied by m/len(rows), plus the penalties (added once, not scaled), and
// stores its gradient in grad when grad is not nil. It evaluates the model on
// the samples themselves, O(pn·len(rows)). Indices may repeat. It panics if
// rows is empty or holds an index out of [0, m), or on a length mismatch.
func (l *LinearLoss) BatchLossGrad(grad, params []float64, rows []int) float64 {
	l.shape.checkLen(grad, params)
	clear(grad)
	f := l.shape.rowsTerm(grad, params, l.data, rows)
	return f + l.penalty(grad, params)
}

// Reconstruction returns the data term Σ_i ‖x_i − x̂_i‖² alone, the number
// compared with the PCA floor Σ_{i>p} σ_i². It panics if len(params) != Dim.
func (l *LinearLoss) Reconstruction(params []float64) float64 {
	l.shape.checkLen(nil, params)
	return l.shape.gramTerm(nil, params, l.data)
}

// InitParams fills dst (allocated when nil) with weights drawn from
// N(0, s²), s the configured InitScale (0.01 by default), and zero biases,
// from a generator seeded with seed, and returns it. It panics if dst is not
// nil and len(dst) != Dim.
func (l *LinearLoss) InitParams(dst []float64, seed uint64) []float64 {
	return l.shape.initParams(dst, linInitScale(l.cfg.InitScale), seed)
}

// Model returns the autoencoder with parameters params. Its matrices are
// views of params except for the decoder of a tied model, a copy of Wᵀ. It
// panics if len(params) != Dim.
func (l *LinearLoss) Model(params []float64) *LinearAE {
	l.shape.checkLen(nil, params)
	return l.shape.model(params)
}

// penalty adds the L2 and product penalties to grad (when not nil) and
// returns them.
func (l *LinearLoss) penalty(grad, params []float64) float64 {
	f := l.productPenalty(grad, params)
	lambda, lambdas := l.cfg.Lambda, l.cfg.Lambdas
	if lambda == 0 && lambdas == nil {
		return f
	}
	p, n := l.shape.p, l.shape.n
	// A tied W appears as both W1 and W2ᵀ: twice the untied penalty on W1.
	mult := 1.0
	if l.shape.tied {
		mult = 2
	}
	for j := 0; j < p; j++ {
		lam := lambda
		if lambdas != nil {
			lam += lambdas[j]
		}
		if lam == 0 {
			continue
		}
		// Row j of W1 (or W).
		row := params[j*n : (j+1)*n]
		var s float64
		for _, v := range row {
			s += v * v
		}
		f += mult * lam * s
		if grad != nil {
			g := grad[j*n : (j+1)*n]
			for k, v := range row {
				g[k] += 2 * mult * lam * v
			}
		}
		if l.shape.tied {
			continue
		}
		// Column j of W2 (n×p, row-major after W1).
		w2 := params[p*n : 2*p*n]
		s = 0
		for i := 0; i < n; i++ {
			v := w2[i*p+j]
			s += v * v
			if grad != nil {
				grad[p*n+i*p+j] += 2 * lam * v
			}
		}
		f += lam * s
	}
	return f
}

// productPenalty adds the gradient of λ‖W2W1‖²_F to grad (when not nil)
// and returns it. With M = W2ᵀW2 and N = W1W1ᵀ (p×p), ‖W2W1‖²_F = tr(MN),
// ∂/∂W1 = 2λ M W1 and ∂/∂W2 = 2λ W2 N; tied (W1 = W, W2 = Wᵀ, M = N =
// WWᵀ) the gradient is 4λ N W.
func (l *LinearLoss) productPenalty(grad, params []float64) float64 {
	lam := l.cfg.ProductLambda
	if lam == 0 {
		return 0
	}
	p := l.shape.p
	w1, w2, _, _ := l.shape.views(params)
	nm := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, w1, w1, 0, nm)
	mm := nm
	if !l.shape.tied {
		mm = blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
		blas64.Gemm(blas.Trans, blas.NoTrans, 1, w2, w2, 0, mm)
	}
	var f float64
	for i, v := range mm.Data {
		f += v * nm.Data[i] // both symmetric: tr(MN) = Σ M∘N
	}
	if grad != nil {
		g1, g2, _, _ := l.shape.views(grad)
		if l.shape.tied {
			blas64.Gemm(blas.NoTrans, blas.NoTrans, 4*lam, nm, w1, 1, g1)
		} else {
			blas64.Gemm(blas.NoTrans, blas.NoTrans, 2*lam, mm, w1, 1, g1)
			blas64.Gemm(blas.NoTrans, blas.NoTrans, 2*lam, w2, nm, 1, g2)
		}
	}
	return lam * f
}

// linData holds the data of a linear loss: the samples for the data form and
// the pseudo-samples of the Gram form.
type linData struct {
	m, n int
	x    blas64.General // the m×n samples (retained or copied)
	mean []float64      // x̄
	// zMean is the mean's pseudo-sample √m x̄ᵀ (1×n), with bias weight
	// wMean = √m.
	zMean blas64.General
	wMean float64
	// s is the centred scatter matrix, both triangles, and trS its trace,
	// for the trace form of the loss (linShape.traceTerm).
	s   blas64.General
	trS float64
	// factorOnce forms, when the trace form first declines, the r
	// pseudo-samples √λ_k q_kᵀ of the kept eigenpairs of s as the rows of
	// z (bias weights 0); ok is false if the eigendecomposition failed.
	factorOnce sync.Once
	z          blas64.General
	zWeights   []float64 // zeros: no bias on centred pseudo-samples
	factorOK   bool
}

// factor returns the pseudo-samples of the centred scatter matrix, forming
// them on the first call (an eigendecomposition, O(n³)), and false if the
// eigendecomposition did not converge.
func (d *linData) factor() (blas64.General, bool) {
	d.factorOnce.Do(func() {
		n := d.n
		var eig mat.EigenSym
		if !eig.Factorize(mat.NewSymDense(n, d.s.Data), true) {
			return
		}
		vals := eig.Values(nil) // ascending
		var q mat.Dense
		eig.VectorsTo(&q)
		lmax := vals[n-1]
		tol := float64(n) * 0x1p-52 * lmax
		var keep []int
		for k := n - 1; k >= 0; k-- {
			if vals[k] > tol && vals[k] > 0 {
				keep = append(keep, k)
			}
		}
		r := len(keep)
		d.z = blas64.General{Rows: r, Cols: n, Stride: n, Data: make([]float64, r*n)}
		for t, k := range keep {
			sq := math.Sqrt(vals[k])
			row := d.z.Data[t*n : (t+1)*n]
			for j := range row {
				row[j] = sq * q.At(j, k)
			}
		}
		d.zWeights = make([]float64, r)
		d.factorOK = true
	})
	return d.z, d.factorOK
}

// newLinData validates X and forms the Gram-form pseudo-samples.
func newLinData(X mat.Matrix, who string) (*linData, error) {
	fn := strings.TrimPrefix(who, "sae: ")
	m, n, err := dataDims(X, fn, "X")
	if err != nil {
		return nil, err
	}
	xd, ok := X.(*mat.Dense)
	if !ok {
		xd = mat.DenseCopyOf(X)
	}
	x := xd.RawMatrix()
	d := &linData{m: m, n: n, x: x}

	// One pass for the column sums, sums of |x| and sums of squares, which
	// also tell whether the data are finite (each pass over MNIST reads
	// 376 MB), then column means with one correction pass (the mean of the
	// residuals) so that the centred rows sum to zero to working accuracy.
	sums := sumRows(x, 3*n, func(acc, row []float64) {
		s, a, q := acc[:n], acc[n:2*n], acc[2*n:3*n]
		for j, v := range row {
			s[j] += v
			a[j] += math.Abs(v)
			q[j] += v * v
		}
	})
	mean, abs, sumsq := sums[:n], sums[n:2*n], sums[2*n:]
	for j := range mean {
		// A sum is finite exactly when the column's elements are, short of
		// overflow: only then are they searched for the culprit. A sum of
		// squares that overflows would make the scatter matrix, and so
		// every loss, infinite.
		if !numeric.IsFinite(abs[j]) || !numeric.IsFinite(sumsq[j]) {
			if err := checkFinite(x, fn, "X"); err != nil {
				return nil, err
			}
			return nil, fmt.Errorf("sae: %s: the sum of squares of column %d of X overflows: rescale the data", fn, j)
		}
		mean[j] /= float64(m)
	}
	// The loss of the zero model is the sum of all the squares.
	var total float64
	for _, v := range sumsq {
		total += v
	}
	if err := overflows(total, fn, "the sum of squares of X"); err != nil {
		return nil, err
	}
	corr := sumRows(x, n, func(acc, row []float64) {
		for j, v := range row {
			acc[j] += v - mean[j]
		}
	})
	for j := range mean {
		mean[j] += corr[j] / float64(m)
	}
	snapMean(mean, abs, m)
	d.mean = mean

	// Centred scatter matrix, from centred blocks of rows.
	s := blas64.General{Rows: n, Cols: n, Stride: n, Data: make([]float64, n*n)}
	centredScatterUpper(x, mean, sumsq, s)
	d.setScatter(s)
	return d, nil
}

// snapMean sets to exactly 0 each column mean within n·ε·mean_i |x_ij| of
// zero, abs holding the columns' sums of |x_ij| over m samples: that is
// what rounding leaves of exactly centred data (data.SyntheticSpectrum,
// X − x̄), and on such data the draft's β term is then exactly inert
// instead of adding a gradient of order βε‖ρ‖‖x‖ that gradient descent can
// amplify, and biases are exactly stationary at c = 0.
func snapMean(mean, abs []float64, m int) {
	n := len(mean)
	for j := range mean {
		if math.Abs(mean[j]) <= float64(n)*0x1p-52*abs[j]/float64(m) {
			mean[j] = 0
		}
	}
}

// setScatter sets the Gram-form data of d, whose m, n and mean are set,
// from the upper triangle of the n×n centred scatter matrix s (stride n),
// which d keeps and completes.
func (d *linData) setScatter(s blas64.General) {
	m, n, mean := d.m, d.n, d.mean
	sm := math.Sqrt(float64(m))
	d.zMean = blas64.General{Rows: 1, Cols: n, Stride: n, Data: make([]float64, n)}
	for j, v := range mean {
		d.zMean.Data[j] = sm * v
	}
	d.wMean = sm
	for i := range n {
		d.trS += s.Data[i*n+i]
		for j := i + 1; j < n; j++ {
			s.Data[j*n+i] = s.Data[i*n+j]
		}
	}
	d.s = s
}

// linShape describes the parameter layout of a linear autoencoder and holds
// the loss code shared by LinearLoss and DraftLoss.
type linShape struct {
	p, n       int
	tied, bias bool
}

func (s linShape) dim() int {
	if s.tied {
		return s.p * s.n
	}
	d := 2 * s.p * s.n
	if s.bias {
		d += s.p + s.n
	}
	return d
}

func (s linShape) checkLen(grad, params []float64) {
	d := s.dim()
	if len(params) != d {
		panic(fmt.Sprintf("sae: len(params) = %d, want %d", len(params), d))
	}
	if grad != nil && len(grad) != d {
		panic(fmt.Sprintf("sae: len(grad) = %d, want %d", len(grad), d))
	}
}

// views splits a flat vector (params or grad) into W1, W2, b1, b2. For a
// tied shape w2 is the zero General and b1, b2 are nil.
func (s linShape) views(v []float64) (w1, w2 blas64.General, b1, b2 []float64) {
	p, n := s.p, s.n
	w1 = blas64.General{Rows: p, Cols: n, Stride: n, Data: v[:p*n]}
	if s.tied {
		return w1, blas64.General{}, nil, nil
	}
	w2 = blas64.General{Rows: n, Cols: p, Stride: p, Data: v[p*n : 2*p*n]}
	if s.bias {
		b1 = v[2*p*n : 2*p*n+p]
		b2 = v[2*p*n+p : 2*p*n+p+n]
	}
	return w1, w2, b1, b2
}

func (s linShape) model(params []float64) *LinearAE {
	w1, w2, b1, b2 := s.views(params)
	a := &LinearAE{
		W1:   mat.NewDense(s.p, s.n, w1.Data),
		B1:   b1,
		B2:   b2,
		Tied: s.tied,
	}
	if s.tied {
		a.W2 = mat.DenseCopyOf(a.W1.T())
	} else {
		a.W2 = mat.NewDense(s.n, s.p, w2.Data)
	}
	return a
}

func (s linShape) initParams(dst []float64, std float64, seed uint64) []float64 {
	if dst == nil {
		dst = make([]float64, s.dim())
	}
	if len(dst) != s.dim() {
		panic(fmt.Sprintf("sae: len(dst) = %d, want %d", len(dst), s.dim()))
	}
	rnd := rand.New(rand.NewPCG(seed, 0x11ea4))
	nw := 2 * s.p * s.n
	if s.tied {
		nw = s.p * s.n
	}
	for i := range dst {
		if i < nw {
			dst[i] = std * rnd.NormFloat64()
		} else {
			dst[i] = 0
		}
	}
	return dst
}

// gramTerm returns the full data term, independent of m, and adds its
// gradient to grad when grad is not nil: the centred part by the trace form
// when that is accurate enough here, from the pseudo-samples otherwise, and
// the mean's part from its pseudo-sample.
func (s linShape) gramTerm(grad, params []float64, d *linData) float64 {
	ws := linScratchPool.Get().(*linScratch)
	defer linScratchPool.Put(ws)
	f := s.meanTerm(grad, params, d.zMean.Data, d.wMean)
	if fc, ok := s.traceTerm(grad, params, d, ws, false); ok {
		return f + fc
	}
	if z, ok := d.factor(); ok {
		return f + s.dataTerm(grad, params, z, d.zWeights, 1, ws)
	}
	// The eigendecomposition failed (it has not been seen to): the trace
	// form, with its larger rounding error, is still the loss.
	fc, _ := s.traceTerm(grad, params, d, ws, true)
	return f + fc
}

// meanTerm returns ‖W2 (W1 z + w b1) + w b2 − z‖² for the one pseudo-sample
// z with bias weight w and adds its gradient to grad when grad is not nil:
// dataTerm for a single row, in matrix–vector products (O(pn)) instead of
// matrix products and their set-up.
func (s linShape) meanTerm(grad, params, z []float64, w float64) float64 {
	n, p := s.n, s.p
	w1, w2, b1, b2 := s.views(params)
	zv := blas64.Vector{N: n, Inc: 1, Data: z}
	// h = W1 z + w b1 (p), r = W2 h + w b2 − z (n).
	h := blas64.Vector{N: p, Inc: 1, Data: make([]float64, p)}
	blas64.Gemv(blas.NoTrans, 1, w1, zv, 0, h)
	for k := range b1 { // nil without biases
		h.Data[k] += w * b1[k]
	}
	r := blas64.Vector{N: n, Inc: 1, Data: make([]float64, n)}
	if s.tied {
		blas64.Gemv(blas.Trans, 1, w1, h, 0, r)
	} else {
		blas64.Gemv(blas.NoTrans, 1, w2, h, 0, r)
	}
	var f float64
	for j, v := range r.Data {
		if b2 != nil {
			v += w * b2[j]
		}
		v -= z[j]
		r.Data[j] = v
		f += v * v
	}
	if grad == nil {
		return f
	}
	g1, g2, gb1, gb2 := s.views(grad)
	// g = W2ᵀ r (p): ½ ∂f/∂h.
	g := blas64.Vector{N: p, Inc: 1, Data: make([]float64, p)}
	if s.tied {
		blas64.Gemv(blas.NoTrans, 1, w1, r, 0, g)
	} else {
		blas64.Gemv(blas.Trans, 1, w2, r, 0, g)
	}
	// ∂/∂W1 = 2 g zᵀ, ∂/∂W2 = 2 r hᵀ (tied: added transposed to ∂/∂W).
	blas64.Ger(2, g, zv, g1)
	if s.tied {
		blas64.Ger(2, h, r, g1)
	} else {
		blas64.Ger(2, r, h, g2)
	}
	for k := range gb1 { // nil without biases
		gb1[k] += 2 * w * g.Data[k]
	}
	for j := range gb2 {
		gb2[j] += 2 * w * r.Data[j]
	}
	return f
}

// traceTermAccuracy is the relative rounding error the trace form may
// have for traceTerm to accept it.
const traceTermAccuracy = 1e-11

// traceTerm returns the centred data term by the trace form
//
//	tr((A − I) S (A − I)ᵀ) = tr S − 2 tr(W2 W1 S) + tr(W2ᵀW2 · W1 S W1ᵀ),  A = W2 W1,
//
// and adds its gradient to grad, in two products with the n×n scatter
// matrix S (one when tied) and a few with p×p and p×n matrices: about 2pn²
// flops against 10pn² for the pseudo-samples. Its terms are of the size of
// tr S and cancel down to the loss, so ok is false, and grad untouched,
// when the rounding error (about 4√n·ε times the sum of the terms' sizes)
// could exceed traceTermAccuracy of the loss: near the floor of data whose
// top p directions hold all but a sliver of the variance. There the
// pseudo-samples, a sum of squares, keep full accuracy. With force the trace
// form is used whatever its accuracy.
func (s linShape) traceTerm(grad, params []float64, d *linData, ws *linScratch, force bool) (f float64, ok bool) {
	n, p := s.n, s.p
	w1, w2, _, _ := s.views(params)
	// PT = S W1ᵀ (n×p), K = W1 S W1ᵀ, M = W2ᵀ W2 (p×p).
	ws.pt = linGrow(ws.pt, n*p)
	pt := blas64.General{Rows: n, Cols: p, Stride: p, Data: ws.pt}
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, d.s, w1, 0, pt)
	k := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, w1, pt, 0, k)
	m := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	var t2 float64 // tr(W2 W1 S) = Σ PT∘W2
	if s.tied {
		blas64.Gemm(blas.NoTrans, blas.Trans, 1, w1, w1, 0, m)
		for i := range p {
			t2 += k.Data[i*p+i]
		}
	} else {
		blas64.Gemm(blas.Trans, blas.NoTrans, 1, w2, w2, 0, m)
		for i := range n {
			for j, v := range pt.Data[i*p : (i+1)*p] {
				t2 += v * w2.Data[i*w2.Stride+j]
			}
		}
	}
	var t1 float64 // tr(M K)
	for i, v := range m.Data {
		t1 += v * k.Data[i]
	}
	f = d.trS - 2*t2 + t1
	bound := 4 * math.Sqrt(float64(n)) * 0x1p-53 * (d.trS + 2*math.Abs(t2) + math.Abs(t1))
	if !force && !(bound <= traceTermAccuracy*f) {
		return 0, false
	}
	if grad == nil {
		return f, true
	}
	g1, g2, _, _ := s.views(grad)
	if s.tied {
		// ∂/∂W = 2 (K W + (M − 2I) W S), W S = PTᵀ.
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 2, k, w1, 1, g1)
		for i := range p {
			m.Data[i*p+i] -= 2
		}
		blas64.Gemm(blas.NoTrans, blas.Trans, 2, m, pt, 1, g1)
		return f, true
	}
	// ∂/∂W2 = 2 (W2 K − S W1ᵀ).
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 2, w2, k, 1, g2)
	for i := range n {
		row := g2.Data[i*g2.Stride : i*g2.Stride+p]
		for j, v := range pt.Data[i*p : (i+1)*p] {
			row[j] -= 2 * v
		}
	}
	// ∂/∂W1 = 2 (M W1 S − W2ᵀ S), W1 S = PTᵀ and W2ᵀ S = (S W2)ᵀ.
	ws.qt = linGrow(ws.qt, n*p)
	qt := blas64.General{Rows: n, Cols: p, Stride: p, Data: ws.qt}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, d.s, w2, 0, qt)
	blas64.Gemm(blas.NoTrans, blas.Trans, 2, m, pt, 1, g1)
	for i := range n {
		for j, v := range qt.Data[i*p : (i+1)*p] {
			g1.Data[j*g1.Stride+i] -= 2 * v
		}
	}
	return f, true
}

// linScratch holds work space reused across the blocks of one evaluation.
type linScratch struct{ h, y, g2, w2t, pt, qt, partial, grad []float64 }

// linScratchPool keeps the Gram form's work space (two n×p buffers) from
// one evaluation to the next, in a training loop, instead of allocating it
// each time; a pool, because a loss may be evaluated on several goroutines.
var linScratchPool = sync.Pool{New: func() any { return new(linScratch) }}

// linGrow returns s resliced to length k, reallocated if too short.
func linGrow(s []float64, k int) []float64 {
	if cap(s) < k {
		return make([]float64, k)
	}
	return s[:k]
}

// linBatchRows is the number of samples per block in rowsTerm. A block's
// rows (3.2 MB for n = 784) and its residuals, as large, are read by the
// three products and the residual pass that follow their making: small
// enough that they are still in the caches then (with 2560 rows, 16 MB
// each, those passes went to memory and the data form ran at two thirds
// of this rate), large enough that every matrix product of a block is
// worth spreading over the cores.
const linBatchRows = 512

// numLanes is how many lanes a pass over many blocks of samples is split
// into (the linear losses' data form, the sparse autoencoder, the PCA's
// scatter matrix). Lane q takes blocks q, q+numLanes, … into sums of its
// own, on one core with serial products, and the lanes' sums are added in
// lane order: spreading each block's products over the cores instead had
// the cores contend for the block they read in place and wait for each
// other at the end of each product, and the second core added almost
// nothing. The lanes are fixed, not one per core, so the result does not
// depend on the number of cores.
const numLanes = 4

// rowsTerm returns m/len(rows) times the data term over the given samples
// and adds its gradient to grad when grad is not nil. A run of consecutive
// indices (a full batch, or a contiguous minibatch) is used in place;
// other blocks are gathered into a buffer first. Two blocks or more go in
// lanes (see numLanes) where the BLAS is this module's; one block, or
// another BLAS, goes block after block with each product on all cores.
func (s linShape) rowsTerm(grad, params []float64, d *linData, rows []int) float64 {
	if len(rows) == 0 {
		panic("sae: BatchLossGrad: no rows")
	}
	d.needSamples("BatchLossGrad")
	// Checked here, on the caller's goroutine: a panic in a lane's would
	// end the process.
	for _, i := range rows {
		if i < 0 || i >= d.m {
			panic(fmt.Sprintf("sae: BatchLossGrad: row index %d out of range [0, %d)", i, d.m))
		}
	}
	scale := float64(d.m) / float64(len(rows))
	blocks := (len(rows) + linBatchRows - 1) / linBatchRows
	impl, ours := blas64.Implementation().(gemm.Implementation)
	if blocks < 2 || !ours {
		var buf []float64
		var f float64
		var ws linScratch
		t := s.dataPass(grad, params, &ws)
		t.fastSum = true
		for b := range blocks {
			var z blas64.General
			z, buf = d.block(rows, b, buf)
			f += t.add(z, nil, scale)
		}
		t.finish()
		return f
	}
	lanes := min(numLanes, blocks)
	type lane struct {
		ws *linScratch
		f  float64
	}
	ls := make([]lane, lanes)
	par.Each(runtime.GOMAXPROCS(0), lanes, func(q int) {
		ws := linScratchPool.Get().(*linScratch)
		var g []float64
		if grad != nil {
			ws.grad = linGrow(ws.grad, len(grad))
			clear(ws.grad)
			g = ws.grad
		}
		t := s.dataPass(g, params, ws)
		t.fastSum = true
		t.impl = gemm.Serial{Implementation: impl}
		var buf []float64
		for b := q; b < blocks; b += lanes {
			var z blas64.General
			z, buf = d.block(rows, b, buf)
			ls[q].f += t.add(z, nil, scale)
		}
		t.finish()
		ls[q].ws = ws
	})
	var f float64
	for _, l := range ls {
		f += l.f
		if grad != nil {
			for i, v := range l.ws.grad {
				grad[i] += v
			}
		}
		linScratchPool.Put(l.ws)
	}
	return f
}

// block returns block b (linBatchRows of the given samples, fewer in the
// last; their indices in range) as a matrix: the data in place when the
// indices are consecutive, else the rows gathered into buf, which it
// returns, allocated if nil.
func (d *linData) block(rows []int, b int, buf []float64) (blas64.General, []float64) {
	n := d.n
	lo := b * linBatchRows
	hi := min(lo+linBatchRows, len(rows))
	contiguous := true
	for t, i := range rows[lo:hi] {
		if i != rows[lo]+t {
			contiguous = false
		}
	}
	if contiguous {
		i0 := rows[lo]
		return blas64.General{Rows: hi - lo, Cols: n, Stride: d.x.Stride, Data: d.x.Data[i0*d.x.Stride:]}, buf
	}
	if buf == nil {
		buf = make([]float64, min(linBatchRows, len(rows))*n)
	}
	for t, i := range rows[lo:hi] {
		copy(buf[t*n:(t+1)*n], d.x.Data[i*d.x.Stride:i*d.x.Stride+n])
	}
	return blas64.General{Rows: hi - lo, Cols: n, Stride: n, Data: buf[:(hi-lo)*n]}, buf
}

// dataTerm returns scale·Σ_k ‖W2 (W1 z_k + w_k b1) + w_k b2 − z_k‖² over the
// rows z_k of z, with bias weights w (nil means all 1), and adds the
// gradient of that to grad when grad is not nil. Both the data form
// (w = nil) and the Gram form (pseudo-samples) use it.
func (s linShape) dataTerm(grad, params []float64, z blas64.General, w []float64, scale float64, ws *linScratch) float64 {
	t := s.dataPass(grad, params, ws)
	f := t.add(z, w, scale)
	t.finish()
	return f
}

// linDataPass is dataTerm over a sequence of blocks of rows: the set-up
// that does not depend on the rows (the tied decoder Wᵀ, and its
// gradient's buffer) is done once, not once a block, and the tied
// decoder's gradient is added to the encoder's, transposed, once at the
// end. With one block it is dataTerm, operation for operation.
type linDataPass struct {
	s        linShape
	fastSum  bool         // see residuals
	impl     blas.Float64 // the products' BLAS, serial in a lane; nil: blas64's, on all cores
	grad     bool
	w1, w2   blas64.General
	b1, b2   []float64
	g1, g2   blas64.General
	gb1, gb2 []float64
	ws       *linScratch
}

// dataPass starts a pass; grad is nil when only the loss is wanted.
func (s linShape) dataPass(grad, params []float64, ws *linScratch) *linDataPass {
	t := &linDataPass{s: s, grad: grad != nil, ws: ws}
	t.w1, t.w2, t.b1, t.b2 = s.views(params)
	if s.tied {
		ws.w2t = linTransposeInto(ws.w2t, t.w1)
		t.w2 = blas64.General{Rows: t.w1.Cols, Cols: t.w1.Rows, Stride: t.w1.Rows, Data: ws.w2t}
	}
	if grad == nil {
		return t
	}
	t.g1, t.g2, t.gb1, t.gb2 = s.views(grad)
	if s.tied {
		// The decoder gradient is accumulated separately and added
		// transposed, since W2 = Wᵀ.
		ws.g2 = linGrow(ws.g2, s.n*s.p)
		clear(ws.g2)
		t.g2 = blas64.General{Rows: s.n, Cols: s.p, Stride: s.p, Data: ws.g2}
	}
	return t
}

// add adds the block z (rows weighted by w, nil meaning all 1) to the
// pass and returns its term, times scale.
func (t *linDataPass) add(z blas64.General, w []float64, scale float64) float64 {
	s, ws := t.s, t.ws
	k, n, p := z.Rows, s.n, s.p
	if k == 0 {
		return 0
	}
	w1, w2, b1, b2 := t.w1, t.w2, t.b1, t.b2
	weight := func(i int) float64 {
		if w == nil {
			return 1
		}
		return w[i]
	}
	// H = Z W1ᵀ + w b1ᵀ (k×p).
	ws.h = linGrow(ws.h, k*p)
	h := blas64.General{Rows: k, Cols: p, Stride: p, Data: ws.h}
	t.gemm(blas.NoTrans, blas.Trans, 1, z, w1, 0, h)
	if b1 != nil {
		for i := 0; i < k; i++ {
			wi := weight(i)
			for j, v := range b1 {
				h.Data[i*p+j] += wi * v
			}
		}
	}
	// Y = H W2ᵀ + w b2ᵀ − Z (k×n), the residuals.
	ws.y = linGrow(ws.y, k*n)
	y := blas64.General{Rows: k, Cols: n, Stride: n, Data: ws.y}
	t.gemm(blas.NoTrans, blas.Trans, 1, h, w2, 0, y)
	f := scale * t.residuals(y, z, w, b2)
	if !t.grad {
		return f
	}
	g1, g2, gb1, gb2 := t.g1, t.g2, t.gb1, t.gb2
	// ∂/∂W2 = 2 Yᵀ H, ∂/∂b2 = 2 Yᵀ w.
	t.gemm(blas.Trans, blas.NoTrans, 2*scale, y, h, 1, g2)
	if gb2 != nil {
		for i := 0; i < k; i++ {
			c := 2 * scale * weight(i)
			for j, v := range y.Data[i*n : (i+1)*n] {
				gb2[j] += c * v
			}
		}
	}
	// G = Y W2 = ½ ∂/∂H (k×p); ∂/∂W1 = 2 Gᵀ Z, ∂/∂b1 = 2 Gᵀ w.
	gh := h // H is no longer needed.
	t.gemm(blas.NoTrans, blas.NoTrans, 1, y, w2, 0, gh)
	t.gemm(blas.Trans, blas.NoTrans, 2*scale, gh, z, 1, g1)
	if gb1 != nil {
		for i := 0; i < k; i++ {
			c := 2 * scale * weight(i)
			for j, v := range gh.Data[i*p : (i+1)*p] {
				gb1[j] += c * v
			}
		}
	}
	return f
}

// gemm is blas64.Gemm on the pass's BLAS.
func (t *linDataPass) gemm(tA, tB blas.Transpose, alpha float64, a, b blas64.General, beta float64, c blas64.General) {
	gemmOn(t.impl, tA, tB, alpha, a, b, beta, c)
}

// gemmOn is blas64.Gemm on impl, or on blas64's BLAS when impl is nil: a
// lane's products go to a serial one.
func gemmOn(impl blas.Float64Level3, tA, tB blas.Transpose, alpha float64, a, b blas64.General, beta float64, c blas64.General) {
	if impl == nil {
		blas64.Gemm(tA, tB, alpha, a, b, beta, c)
		return
	}
	k := a.Cols
	if tA != blas.NoTrans {
		k = a.Rows
	}
	impl.Dgemm(tA, tB, c.Rows, c.Cols, k, alpha, a.Data, a.Stride, b.Data, b.Stride, beta, c.Data, c.Stride)
}

// residuals replaces the rows of y, H W2ᵀ, by the residuals y_k + w_k b2 −
// z_k (w nil meaning all 1, b2 nil none) and returns the sum of their
// squares. In the data form (fastSum) the rows are taken by chunks on the
// cores, each chunk's sum over four accumulators: with one running sum
// every add waits for the one before, and the pass took a sixth of the data
// form's time, a third more than with four. The chunks are fixed, so the
// sum does not depend on the number of cores. The Gram form's
// pseudo-samples keep the one running sum, and so their bits.
func (t *linDataPass) residuals(y, z blas64.General, w, b2 []float64) float64 {
	k, n := y.Rows, y.Cols
	weight := func(i int) float64 {
		if w == nil {
			return 1
		}
		return w[i]
	}
	if !t.fastSum {
		var f float64
		for i := 0; i < k; i++ {
			wi := weight(i)
			yr := y.Data[i*n : (i+1)*n]
			zr := z.Data[i*z.Stride : i*z.Stride+n]
			for j := range yr {
				v := yr[j] - zr[j]
				if b2 != nil {
					v += wi * b2[j]
				}
				yr[j] = v
				f += v * v
			}
		}
		return f
	}
	ws := t.ws
	ws.partial = linGrow(ws.partial, (k+chunkRows-1)/chunkRows)
	partial := ws.partial
	each := forChunks
	if t.impl != nil { // a lane: one core
		each = func(rows, _ int, fn func(c, lo, hi int)) { par.Chunks(1, rows, chunkRows, fn) }
	}
	each(k, n, func(c, lo, hi int) {
		var s0, s1, s2, s3 float64
		for i := lo; i < hi; i++ {
			wi := weight(i)
			yr := y.Data[i*n : (i+1)*n]
			zr := z.Data[i*z.Stride : i*z.Stride+n]
			j := 0
			if b2 == nil {
				for ; j+4 <= n; j += 4 {
					y4, z4 := yr[j:j+4:j+4], zr[j:j+4:j+4]
					v0, v1, v2, v3 := y4[0]-z4[0], y4[1]-z4[1], y4[2]-z4[2], y4[3]-z4[3]
					y4[0], y4[1], y4[2], y4[3] = v0, v1, v2, v3
					s0 += v0 * v0
					s1 += v1 * v1
					s2 += v2 * v2
					s3 += v3 * v3
				}
			}
			for ; j < n; j++ {
				v := yr[j] - zr[j]
				if b2 != nil {
					v += wi * b2[j]
				}
				yr[j] = v
				s0 += v * v
			}
		}
		partial[c] = (s0 + s1) + (s2 + s3)
	})
	var f float64
	for _, v := range partial {
		f += v
	}
	return f
}

// finish adds the tied decoder's gradient to the encoder's.
func (t *linDataPass) finish() {
	if !t.grad || !t.s.tied {
		return
	}
	n, p := t.s.n, t.s.p
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			t.g1.Data[j*n+i] += t.g2.Data[i*p+j]
		}
	}
}

// linTransposeInto stores aᵀ, row-major, in dst resliced (reallocated if
// too short) to a's size, and returns it.
func linTransposeInto(dst []float64, a blas64.General) []float64 {
	dst = linGrow(dst, a.Rows*a.Cols)
	for i := 0; i < a.Rows; i++ {
		for j, v := range a.Data[i*a.Stride : i*a.Stride+a.Cols] {
			dst[j*a.Rows+i] = v
		}
	}
	return dst
}
