package sae

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/gemm"
	"github.com/linae/linae/backend/par"
)

// SparsityPenalty selects how a SparseLoss pulls the mean hidden activation
// ρ̂ towards the target ρ.
type SparsityPenalty int

const (
	// KLPenalty is the UFLDL/CS294A penalty β Σ_j KL(ρ‖ρ̂_j) with
	// KL(ρ‖q) = ρ log(ρ/q) + (1−ρ) log((1−ρ)/(1−q)). It grows without bound
	// as ρ̂_j approaches 0 or 1.
	KLPenalty SparsityPenalty = iota
	// L2Penalty is the draft's penalty β ‖ρ − ρ̂‖², bounded and defined for
	// every ρ̂.
	L2Penalty
)

var sparsityPenaltyNames = [...]string{
	KLPenalty: "KL",
	L2Penalty: "L2",
}

// String returns the penalty's name.
func (s SparsityPenalty) String() string {
	return enumString("SparsityPenalty", sparsityPenaltyNames[:], int(s))
}

// SparseConfig holds the hyper-parameters of a sigmoid sparse autoencoder.
// The UFLDL natural-image exercise uses Hidden 25 (for 8×8 patches),
// Lambda 1e-4, Beta 3, Rho 0.01; its MNIST exercise Hidden 196, Lambda 3e-3,
// Beta 3, Rho 0.1.
type SparseConfig struct {
	// Hidden is the number p of hidden units.
	Hidden int
	// Lambda is the weight decay λ; the loss adds (λ/2)(‖W1‖²_F + ‖W2‖²_F),
	// not the biases.
	Lambda float64
	// Beta is the sparsity weight β; 0 gives a plain (non-sparse)
	// sigmoid autoencoder and then Rho is ignored.
	Beta float64
	// Rho is the target mean activation ρ of every hidden unit, in (0, 1).
	Rho float64
	// Penalty selects the sparsity penalty.
	Penalty SparsityPenalty
	// InitScale is the half-width r of the interval [−r, r] from which
	// InitParams draws the weights uniformly; 0 means UFLDL's
	// r = sqrt(6/(n+p+1)), which keeps the sigmoids out of saturation.
	InitScale float64
}

// SigmoidAE is a single-layer sigmoid autoencoder
// h(x) = f(W2 f(W1 x + b1) + b2), f the logistic sigmoid, W1 p×n, W2 n×p.
//
// A SigmoidAE returned by SparseLoss.Model holds views of a flat parameter
// slice laid out as the θ of the UFLDL exercise:
//
//	θ = [ W1 (p×n, row-major) | W2 (n×p, row-major) | b1 (p) | b2 (n) ]
//
// of length 2pn + p + n, so writing to the matrices or bias slices writes to
// that slice and vice versa. Row-major W1 stores row j of W1, the input
// weights of hidden unit j, contiguously: the filter that UFLDL displays.
type SigmoidAE struct {
	// W1 is the p×n encoder.
	W1 *mat.Dense
	// W2 is the n×p decoder.
	W2 *mat.Dense
	// B1 is the hidden bias, of length p.
	B1 []float64
	// B2 is the output bias, of length n.
	B2 []float64
}

// sigmoid is the logistic function computed without overflow: exp is only
// taken of non-positive arguments, so large |z| gives exactly 0 or 1, never
// NaN. The sign only selects the result (a conditional move, not a branch
// that random signs would mispredict half the time).
func sigmoid(z float64) float64 {
	e := math.Exp(-math.Abs(z))
	r := 1 / (1 + e)
	if z < 0 {
		r *= e // e/(1+e)
	}
	return r
}

// addBiasSigmoid replaces every row r of m by f(r + b): its rows as one
// slice with b's tile when they are contiguous, else row by row.
func addBiasSigmoid(m *mat.Dense, b []float64) {
	raw := m.RawMatrix()
	if raw.Cols != len(b) {
		panic(mat.ErrShape)
	}
	if raw.Rows == 0 || raw.Cols == 0 {
		return
	}
	var t tile
	t.set(b)
	if raw.Stride == raw.Cols {
		sigmoidAddTile(raw.Data[:raw.Rows*raw.Cols], t, 0)
		return
	}
	for i := range raw.Rows {
		sigmoidAddTile(raw.Data[i*raw.Stride:i*raw.Stride+raw.Cols], t, 0)
	}
}

// Encode stores in dst the m×p hidden activations f(X W1ᵀ + 1 b1ᵀ) of the
// m×n data X, one sample per row: the features the autoencoder learned.
// A zero-value dst is resized; otherwise it must be m×p. Encode panics if
// X does not have n columns.
func (a *SigmoidAE) Encode(dst *mat.Dense, X mat.Matrix) {
	_, c := X.Dims()
	p, n := a.W1.Dims()
	if c != n || len(a.B1) != p {
		panic(mat.ErrShape)
	}
	dst.Mul(X, a.W1.T())
	addBiasSigmoid(dst, a.B1)
}

// Reconstruct stores in dst the m×n reconstructions h(x_i) of the rows of
// the m×n data X. A zero-value dst is resized; otherwise it must be m×n.
// Reconstruct panics if X does not have n columns.
func (a *SigmoidAE) Reconstruct(dst *mat.Dense, X mat.Matrix) {
	n, p := a.W2.Dims()
	if len(a.B2) != n {
		panic(mat.ErrShape)
	}
	var h mat.Dense
	a.Encode(&h, X)
	if _, hp := h.Dims(); hp != p {
		panic(mat.ErrShape)
	}
	dst.Mul(&h, a.W2.T())
	addBiasSigmoid(dst, a.B2)
}

// MeanActivation returns ρ̂, the mean over the rows of X of the hidden
// activations, which the sparsity penalty compares with ρ; after training
// every ρ̂_j should be near ρ. The result is stored in dst, which is
// allocated when nil and must otherwise have length p.
func (a *SigmoidAE) MeanActivation(dst []float64, X mat.Matrix) []float64 {
	p, _ := a.W1.Dims()
	if dst == nil {
		dst = make([]float64, p)
	}
	if len(dst) != p {
		panic(mat.ErrShape)
	}
	var h mat.Dense
	a.Encode(&h, X)
	raw := h.RawMatrix()
	for j := range dst {
		dst[j] = 0
	}
	for i := 0; i < raw.Rows; i++ {
		row := raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols]
		for j, v := range row {
			dst[j] += v
		}
	}
	inv := 1 / float64(raw.Rows)
	for j := range dst {
		dst[j] *= inv
	}
	return dst
}

// SparseLoss is the cost of the UFLDL/CS294A sparse autoencoder on fixed
// data X (m×n, one sample per row):
//
//	J(θ) = (1/m) Σ_i ½‖h(x_i) − x_i‖² + (λ/2)(‖W1‖²_F + ‖W2‖²_F) + β S(ρ̂),
//	ρ̂ = (1/m) Σ_i f(W1 x_i + b1),
//
// with S(ρ̂) = Σ_j KL(ρ‖ρ̂_j) or ‖ρ − ρ̂‖² according to the configured
// penalty. Unlike the linear losses of this package, the reconstruction term
// is a mean over samples, not a sum, as in the exercise, so that λ and β
// keep their published values whatever m is.
//
// The parameters are the flat θ described at SigmoidAE. The loss and its
// exact gradient (backpropagation) are computed for the whole batch at once
// with matrix products (blas64.Gemm, which gonum runs on several cores for
// large sizes) and the elementwise work is split across GOMAXPROCS
// goroutines in fixed chunks, so results do not depend on the number of
// cores.
//
// A SparseLoss is safe for concurrent use, like the linear losses: the data
// are only read, and each evaluation has its own work space (four b×p or
// b×n buffers for b samples). One work space is kept between evaluations,
// so that a training loop does not allocate megabytes at every call; a
// sync.Pool would drop it at every garbage collection, which a loop that
// allocates that much triggers often. Evaluations that overlap in time
// allocate their own.
//
// With the KL penalty, a hidden unit whose mean activation rounds to exactly
// 0 or 1 in float64 makes the loss +Inf (the penalty's limit), never NaN; the
// gradient then omits that unit's infinite sparsity term, and an optimiser's
// line search should step back.
type SparseLoss struct {
	x     *mat.Dense // m×n copy of the data, shared with WithConfig's losses
	m, n  int
	cfg   SparseConfig
	mu    sync.Mutex
	spare *sparseScratch // kept between evaluations; nil while one runs
}

// sparseScratch is the work space of one evaluation on b samples.
type sparseScratch struct {
	a2, d2, a3 []float64 // b×p, b×p, b×n (a3 only for lossGradWhole, which grows it)
	xb         []float64 // gathered batch rows
	rhoHat     []float64 // p
	sp         []float64 // p: derivative of the sparsity term wrt ρ̂
	partial    []float64 // per-chunk partial sums
	b1, b2     tile      // the biases' tiles
	spt        tile      // the tile of sp
	// lossGradLanes's
	colsum   []float64    // each block's column sums of A2
	blockSSE []float64    // each block's squared error
	lanes    []sparseLane // each lane's work space
}

// NewSparseLoss returns the sparse autoencoder cost on a copy of the m×n
// data X (one sample per row; for the sigmoid output the values should lie
// in (0, 1), as UFLDL's rescaling to [0.1, 0.9] ensures).
//
// It returns an error if X is nil (also a typed nil such as a nil
// *mat.Dense) or empty, holds a NaN or infinite value (the error names its
// row and column) or values whose squares sum beyond the largest float64
// (about 1.8e308: the reconstruction error would overflow; rescale such
// data), if cfg.Hidden < 1, if cfg.Lambda,
// cfg.Beta or cfg.InitScale is negative or not finite, if cfg.Beta > 0 and
// cfg.Rho is not in (0, 1), or if cfg.Penalty is unknown.
func NewSparseLoss(X mat.Matrix, cfg SparseConfig) (*SparseLoss, error) {
	const fn = "NewSparseLoss"
	m, n, err := dataDims(X, fn, "X")
	if err != nil {
		return nil, err
	}
	if err := checkSparseConfig(cfg, "sae: "+fn); err != nil {
		return nil, err
	}
	x := mat.DenseCopyOf(X)
	_, sumsq, err := finiteColumnStats(x.RawMatrix(), fn, "X")
	if err != nil {
		return nil, err
	}
	var total float64
	for _, v := range sumsq {
		total += v
	}
	if err := overflows(reconstructionBound(m, n, total), fn, "the sum of squares of X"); err != nil {
		return nil, err
	}
	return &SparseLoss{x: x, m: m, n: n, cfg: cfg}, nil
}

// WithConfig returns the sparse autoencoder cost with the configuration cfg
// on the same data as l, which it shares instead of copying them again.
// Both losses may be used concurrently: the shared data are only read.
//
// It returns the errors NewSparseLoss returns for cfg.
func (l *SparseLoss) WithConfig(cfg SparseConfig) (*SparseLoss, error) {
	if err := checkSparseConfig(cfg, "sae: SparseLoss.WithConfig"); err != nil {
		return nil, err
	}
	return &SparseLoss{x: l.x, m: l.m, n: l.n, cfg: cfg}, nil
}

// checkSparseConfig returns an error naming who if cfg is not valid.
func checkSparseConfig(cfg SparseConfig, who string) error {
	err := checkConfig(who, -1, cfg.Hidden, cfg.InitScale,
		namedValue{"Lambda", cfg.Lambda}, namedValue{"Beta", cfg.Beta})
	if err != nil {
		return err
	}
	if cfg.Penalty != KLPenalty && cfg.Penalty != L2Penalty {
		return fmt.Errorf("%s: unknown sparsity penalty %v", who, cfg.Penalty)
	}
	if cfg.Beta > 0 && !(cfg.Rho > 0 && cfg.Rho < 1) {
		return fmt.Errorf("%s: target activation Rho = %v, want a value in (0, 1) when Beta > 0", who, cfg.Rho)
	}
	return nil
}

// Dim returns the number of parameters 2pn + p + n.
func (l *SparseLoss) Dim() int {
	p := l.cfg.Hidden
	return 2*p*l.n + p + l.n
}

// NumSamples returns the number of samples m.
func (l *SparseLoss) NumSamples() int { return l.m }

// Config returns the configuration the loss was built with.
func (l *SparseLoss) Config() SparseConfig { return l.cfg }

// Model returns the autoencoder whose weights are views of params, laid out
// as described at SigmoidAE. It panics if len(params) != l.Dim().
func (l *SparseLoss) Model(params []float64) *SigmoidAE {
	if len(params) != l.Dim() {
		panic(fmt.Sprintf("sae: SparseLoss.Model: len(params) = %d, want %d", len(params), l.Dim()))
	}
	p, n := l.cfg.Hidden, l.n
	return &SigmoidAE{
		W1: mat.NewDense(p, n, params[:p*n:p*n]),
		W2: mat.NewDense(n, p, params[p*n:2*p*n:2*p*n]),
		B1: params[2*p*n : 2*p*n+p : 2*p*n+p],
		B2: params[2*p*n+p:],
	}
}

// InitParams fills dst with the UFLDL initialisation: weights uniform in
// [−r, r], r the configured InitScale (by default sqrt(6/(n+p+1))), biases
// zero, drawn from a PCG generator seeded with seed so that the same seed
// gives the same parameters. The random weights break the symmetry between
// hidden units; the scale keeps the sigmoids out of saturation. dst is
// allocated when nil and must otherwise have length Dim.
func (l *SparseLoss) InitParams(dst []float64, seed uint64) []float64 {
	d := l.Dim()
	if dst == nil {
		dst = make([]float64, d)
	}
	if len(dst) != d {
		panic(fmt.Sprintf("sae: SparseLoss.InitParams: len(dst) = %d, want %d", len(dst), d))
	}
	p, n := l.cfg.Hidden, l.n
	r := l.cfg.InitScale
	if r == 0 {
		r = math.Sqrt(6 / float64(n+p+1))
	}
	rnd := rand.New(rand.NewPCG(seed, 0x5ae1))
	nw := 2 * p * n
	for i := 0; i < nw; i++ {
		dst[i] = (2*rnd.Float64() - 1) * r
	}
	for i := nw; i < d; i++ {
		dst[i] = 0
	}
	return dst
}

// LossGrad returns the cost J at params on all m samples and, when grad is
// not nil, stores its gradient in grad (length Dim, not overlapping params).
// It panics if params or grad has the wrong length.
func (l *SparseLoss) LossGrad(grad, params []float64) float64 {
	ws := l.scratch(l.m)
	defer l.release(ws)
	return l.lossGrad(grad, params, l.x.RawMatrix(), ws)
}

// BatchLossGrad returns the same cost J, with the same averaging, computed
// on the samples X[rows[k]] only (ρ̂ is then the batch's mean activation),
// and stores its gradient in grad when grad is not nil. Rows may repeat.
//
// J is already a mean over samples, so no m/len(rows) scaling is applied:
// the batch reconstruction term is an unbiased estimate of the full one, as
// the BatchObjective contract asks, and the weight decay is exact. The
// sparsity term is evaluated at the batch's ρ̂, an unbiased estimate of ρ̂,
// but because the penalty is convex in ρ̂ its expectation is slightly larger
// than the full-data penalty for small batches (Jensen), as in every
// minibatch implementation of the sparse autoencoder.
//
// BatchLossGrad panics if rows is empty or holds an index outside [0, m).
func (l *SparseLoss) BatchLossGrad(grad, params []float64, rows []int) float64 {
	if len(rows) == 0 {
		panic("sae: SparseLoss.BatchLossGrad: empty batch")
	}
	return l.gatherLossGrad(grad, params, l.x.RawMatrix(), rows, "BatchLossGrad")
}

// gatherLossGrad evaluates the cost on the rows of src whose indices are
// in rows (not empty), gathered in that order: BatchLossGrad's minibatches
// from the loss's data, and TrainStream's from a block of a stream. It
// panics, naming fn, on an index outside src's rows.
func (l *SparseLoss) gatherLossGrad(grad, params []float64, src blas64.General, rows []int, fn string) float64 {
	b, n := len(rows), l.n
	// Sampling with replacement may give batches larger than m.
	ws := l.scratch(b)
	defer l.release(ws)
	if cap(ws.xb) < b*n {
		ws.xb = make([]float64, b*n)
	}
	xb := ws.xb[:b*n]
	for k, i := range rows {
		if i < 0 || i >= src.Rows {
			panic(fmt.Sprintf("sae: SparseLoss.%s: row index %d out of range [0, %d)", fn, i, src.Rows))
		}
		copy(xb[k*n:(k+1)*n], src.Data[i*src.Stride:i*src.Stride+n])
	}
	return l.lossGrad(grad, params, blas64.General{Rows: b, Cols: n, Stride: n, Data: xb}, ws)
}

// scratch returns a work space for b rows: the one kept between
// evaluations if no other evaluation holds it, else a new one.
func (l *SparseLoss) scratch(b int) *sparseScratch {
	l.mu.Lock()
	ws := l.spare
	l.spare = nil
	l.mu.Unlock()
	if ws == nil {
		p := l.cfg.Hidden
		ws = &sparseScratch{rhoHat: make([]float64, p), sp: make([]float64, p)}
	}
	p := l.cfg.Hidden
	if len(ws.a2) >= b*p {
		return ws
	}
	ws.a2 = make([]float64, b*p)
	ws.d2 = make([]float64, b*p)
	ws.partial = make([]float64, (b+chunkRows-1)/chunkRows)
	return ws
}

// release keeps ws for the next evaluation.
func (l *SparseLoss) release(ws *sparseScratch) {
	l.mu.Lock()
	l.spare = ws
	l.mu.Unlock()
}

// sparsityPenalty returns the sparsity term S(ρ̂), Σ_j KL(ρ‖ρ̂_j) or
// ‖ρ − ρ̂‖² according to penalty, and stores β·∂S/∂ρ̂_j in ds. A KL term
// whose ρ̂_j is 0 or 1 is left out of the sum, with a zero derivative, and
// reported by infinite: S is then +Inf. With beta = 0 it returns 0 and ds
// is all zero.
func sparsityPenalty(ds, rhoHat []float64, penalty SparsityPenalty, rho, beta float64) (s float64, infinite bool) {
	for j, q := range rhoHat {
		ds[j] = 0
		if beta == 0 {
			continue
		}
		switch penalty {
		case KLPenalty:
			if q <= 0 || q >= 1 {
				infinite = true
				continue
			}
			s += rho*math.Log(rho/q) + (1-rho)*math.Log((1-rho)/(1-q))
			ds[j] = beta * (-rho/q + (1-rho)/(1-q))
		case L2Penalty:
			s += (rho - q) * (rho - q)
			ds[j] = 2 * beta * (q - rho)
		}
	}
	return s, infinite
}

// chunkRows is the number of rows each goroutine handles at a time in the
// elementwise passes; fixed so that partial sums, and hence results, do not
// depend on the number of cores.
const chunkRows = 256

// parallelMinWork is the number of matrix elements below which the
// elementwise passes run on the calling goroutine.
const parallelMinWork = 1 << 15

// forChunks calls fn(c, lo, hi) for the rows [lo, hi) of chunk c (par.Chunks
// with chunkRows), on up to GOMAXPROCS goroutines when rows·cols is large.
func forChunks(rows, cols int, fn func(c, lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if rows*cols < parallelMinWork {
		workers = 1
	}
	par.Chunks(workers, rows, chunkRows, fn)
}

// lossGrad evaluates J and its gradient on the b×n samples x.
//
// With A1 = x (b×n), row-wise:
//
//	A2 = f(A1 W1ᵀ + 1 b1ᵀ)          (b×p)
//	A3 = f(A2 W2ᵀ + 1 b2ᵀ)          (b×n)
//	D3 = (A3 − A1) ⊙ A3 ⊙ (1 − A3)
//	D2 = (D3 W2 + 1 sᵀ) ⊙ A2 ⊙ (1 − A2),  s_j = β ∂S/∂ρ̂_j
//	∇W2 = D3ᵀ A2 / b + λ W2,  ∇W1 = D2ᵀ A1 / b + λ W1
//	∇b2 = D3ᵀ 1 / b,          ∇b1 = D2ᵀ 1 / b
func (l *SparseLoss) lossGrad(grad, params []float64, x blas64.General, ws *sparseScratch) float64 {
	d := l.Dim()
	if len(params) != d {
		panic(fmt.Sprintf("sae: SparseLoss: len(params) = %d, want %d", len(params), d))
	}
	if grad != nil && len(grad) != d {
		panic(fmt.Sprintf("sae: SparseLoss: len(grad) = %d, want %d", len(grad), d))
	}
	if impl, ours := blas64.Implementation().(gemm.Implementation); ours && x.Rows >= 2*sparseBlockRows {
		return l.lossGradLanes(grad, params, x, ws, gemm.Serial{Implementation: impl})
	}
	return l.lossGradWhole(grad, params, x, ws)
}

// lossGradWhole is lossGrad on the whole batch at once, each product and
// elementwise pass spread over the cores: for one block of samples, or a
// BLAS other than this module's (which spreads its products itself).
func (l *SparseLoss) lossGradWhole(grad, params []float64, x blas64.General, ws *sparseScratch) float64 {
	b, n, p := x.Rows, l.n, l.cfg.Hidden
	inv := 1 / float64(b)
	w1, w2, b1, b2 := l.views(params)
	a2 := blas64.General{Rows: b, Cols: p, Stride: p, Data: ws.a2[:b*p]}
	// A3 (b×n) is the whole path's alone: the lanes keep a block's each.
	ws.a3 = slices.Grow(ws.a3[:0], b*n)[:b*n]
	a3 := blas64.General{Rows: b, Cols: n, Stride: n, Data: ws.a3}
	rhoHatS, spS := ws.rhoHat, ws.sp

	// Hidden layer.
	ws.b1.set(b1)
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, x, w1, 0, a2)
	forChunks(b, p, func(_, lo, hi int) { hiddenRows(a2, ws.b1, lo, hi) })
	// Sum, then divide: a saturated unit then gives ρ̂_j = 1 exactly.
	clear(rhoHatS)
	addColSums(rhoHatS, rowsOf(a2, 0, b))
	for j := range rhoHatS {
		rhoHatS[j] /= float64(b)
	}

	// Sparsity penalty and its derivative s with respect to ρ̂.
	beta := l.cfg.Beta
	sparse, infinite := sparsityPenalty(spS, rhoHatS, l.cfg.Penalty, l.cfg.Rho, beta)
	sparse *= beta

	// Output layer, reconstruction error and D3 (in place of A3).
	ws.b2.set(b2)
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, a2, w2, 0, a3)
	partial := ws.partial[:(b+chunkRows-1)/chunkRows]
	forChunks(b, n, func(c, lo, hi int) { partial[c] = outputRows(a3, x, ws.b2, lo, hi) })
	var sse float64
	for _, s := range partial {
		sse += s
	}

	lambda := l.cfg.Lambda
	loss := l.total(params, 0.5*sse*inv, sparse, infinite)
	if grad == nil {
		return loss
	}

	gw1, gw2, gb1s, gb2s := l.views(grad)
	for i, w := range params[:2*p*n] {
		grad[i] = lambda * w
	}
	d3 := a3
	// ∇W2 = D3ᵀ A2 / b + λ W2.
	blas64.Gemm(blas.Trans, blas.NoTrans, inv, d3, a2, 1, gw2)
	clear(gb2s)
	addColSums(gb2s, rowsOf(d3, 0, b))
	floats.Scale(inv, gb2s)

	d2 := blas64.General{Rows: b, Cols: p, Stride: p, Data: ws.d2[:b*p]}
	ws.spt.set(spS)
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, d3, w2, 0, d2)
	forChunks(b, p, func(_, lo, hi int) { hiddenDeltaRows(d2, a2, ws.spt, lo, hi) })
	// ∇W1 = D2ᵀ X / b + λ W1.
	blas64.Gemm(blas.Trans, blas.NoTrans, inv, d2, x, 1, gw1)
	clear(gb1s)
	addColSums(gb1s, rowsOf(d2, 0, b))
	floats.Scale(inv, gb1s)
	return loss
}

// views returns W1 (p×n), W2 (n×p), b1 and b2 in the parameter (or
// gradient) vector v.
func (l *SparseLoss) views(v []float64) (w1, w2 blas64.General, b1, b2 []float64) {
	p, n := l.cfg.Hidden, l.n
	w1 = blas64.General{Rows: p, Cols: n, Stride: n, Data: v[:p*n]}
	w2 = blas64.General{Rows: n, Cols: p, Stride: p, Data: v[p*n : 2*p*n]}
	return w1, w2, v[2*p*n : 2*p*n+p], v[2*p*n+p:]
}

// total returns the loss from its reconstruction and sparsity terms: their
// sum with the weight decay, or +Inf when the sparsity term is infinite.
func (l *SparseLoss) total(params []float64, recon, sparse float64, infinite bool) float64 {
	if infinite {
		return math.Inf(1)
	}
	p, n := l.cfg.Hidden, l.n
	var decay float64
	if lambda := l.cfg.Lambda; lambda != 0 {
		for _, w := range params[:2*p*n] {
			decay += w * w
		}
		decay *= lambda / 2
	}
	return recon + decay + sparse
}

// tile is a row vector repeated end to end, the bias (or the sparsity
// term's derivative) of the elementwise passes, which run over a block's
// rows laid end to end as one slice: element j of the block has column j
// mod len(row), and its bias is v[j mod period]. One pass over the block
// keeps the assembly in its widest loop, where a call a row left rows as
// short as the UFLDL exercise's 25 hidden units three vectors and a scalar
// exponential each; adding the bias with the products instead (C set to it
// first) would cost a copy of every row.
type tile struct {
	// v holds period + tileAhead elements, v[i] = row[i mod len(row)]:
	// a loop step of the assembly reads up to tileAhead elements from an
	// offset below period before bringing the offset back by a period.
	v []float64
	// period is the smallest multiple of len(row) of at least tileAhead
	// elements, so that one step back keeps the offset below it.
	period int
}

// tileAhead is the longest loop step of the assembly that reads a tile,
// in elements.
const tileAhead = 64

// set makes t the tile of row, reusing its storage.
func (t *tile) set(row []float64) {
	c := len(row)
	t.period = (tileAhead + c - 1) / c * c
	n := t.period + tileAhead
	t.v = slices.Grow(t.v[:0], n)[:n]
	for i := range t.v {
		t.v[i] = row[i%c]
	}
}

// sigmoidAddTile replaces v[j] by f(v[j] + t.v[(off + j) mod t.period]) for
// every j: the rows of a block laid end to end, with t the tile of their
// bias and off the first element's column (or any offset by whole rows).
func sigmoidAddTile(v []float64, t tile, off int) {
	sigmoidRun(v, v, t.v, off, t.period)
}

// rowsOf returns rows [lo, hi) of m, whose rows are contiguous (Stride =
// Cols, as in every matrix the sparse loss builds), as one slice.
func rowsOf(m blas64.General, lo, hi int) []float64 {
	if m.Stride != m.Cols {
		panic("sae: rows not contiguous")
	}
	return m.Data[lo*m.Cols : hi*m.Cols]
}

// hiddenRows replaces rows [lo, hi) of a2, X W1ᵀ, by f(X W1ᵀ + 1 b1ᵀ), b1
// given by its tile.
func hiddenRows(a2 blas64.General, b1 tile, lo, hi int) {
	sigmoidAddTile(rowsOf(a2, lo, hi), b1, lo*a2.Cols)
}

// outputRows replaces rows [lo, hi) of a3, A2 W2ᵀ, by A3 = f(A2 W2ᵀ +
// 1 b2ᵀ), b2 given by its tile, then by D3 = (A3 − X) ⊙ A3 ⊙ (1 − A3),
// and returns the rows' sum of squared errors ‖A3 − X‖².
func outputRows(a3, x blas64.General, b2 tile, lo, hi int) float64 {
	return sigmoidDelta(rowsOf(a3, lo, hi), rowsOf(x, lo, hi), b2, lo*a3.Cols)
}

// sigmoidDelta is sigmoidAddTile(a, t, off) followed by outputDelta(a, x),
// in one pass over the prefix that the assembly takes (the activations go
// to the errors without a store and a load between), with the two passes'
// bits.
func sigmoidDelta(a, x []float64, t tile, off int) float64 {
	if len(x) != len(a) {
		panic(mat.ErrShape)
	}
	var acc [32]float64
	j := sigmoidDeltaAsm(a, x, t, off, &acc)
	sigmoidAddTile(a[j:], t, off+j)
	return addOutputDelta(a, x, j, &acc)
}

// outputDelta replaces a[j] by (a[j] − x[j])·a[j]·(1 − a[j]) and returns
// Σ (a[j] − x[j])², summed in 32 interleaved partial sums (j mod 32) that
// are added in order at the end: the order in which the assembly sums
// (eight lanes by four vectors with AVX-512, four lanes by eight with
// AVX2), so that the result does not depend on the path.
func outputDelta(a, x []float64) float64 {
	if len(x) != len(a) {
		panic(mat.ErrShape)
	}
	var acc [32]float64
	return addOutputDelta(a, x, 0, &acc)
}

// addOutputDelta is outputDelta's loop from element j (a multiple of 32)
// on, with the partial sums of the elements before it in acc.
func addOutputDelta(a, x []float64, j int, acc *[32]float64) float64 {
	j += outputDeltaAsm(a[j:], x[j:], acc)
	for ; j < len(a); j++ {
		v := a[j]
		e := v - x[j]
		acc[j&31] = math.FMA(e, e, acc[j&31])
		a[j] = e * v * (1 - v)
	}
	var s float64
	for _, v := range acc {
		s += v
	}
	return s
}

// hiddenDeltaRows replaces rows [lo, hi) of d2, D3 W2, by
// D2 = (D3 W2 + 1 sᵀ) ⊙ A2 ⊙ (1 − A2), s given by its tile.
func hiddenDeltaRows(d2, a2 blas64.General, s tile, lo, hi int) {
	derivMul(rowsOf(d2, lo, hi), rowsOf(a2, lo, hi), s, lo*d2.Cols)
}

// addColSums adds to dst the column sums of src, rows of len(dst) laid end
// to end: dst[j] += Σ_i src[i·len(dst) + j], each column summed in row
// order. It is the serial pass over a block in the caches (sumRows is the
// chunked one, on every core, over data in memory). It panics if len(src)
// is not a multiple of len(dst).
func addColSums(dst, src []float64) {
	cols := len(dst)
	if cols == 0 || len(src)%cols != 0 {
		panic(mat.ErrShape)
	}
	if len(src) == 0 {
		return
	}
	done := addColSumsAsm(dst, src)
	if done == cols {
		return
	}
	for i := 0; i < len(src); i += cols {
		for j, v := range src[i+done : i+cols] {
			dst[done+j] += v
		}
	}
}

// derivMul replaces d[j] by (d[j] + s)·a[j]·(1 − a[j]), s = t.v[(off + j)
// mod t.period]: the sigmoid's derivative at the activation a[j] times the
// error d[j] + s.
func derivMul(d, a []float64, t tile, off int) {
	if len(a) != len(d) {
		panic(mat.ErrShape)
	}
	off %= t.period
	j := derivMulAsm(d, a, t, off)
	for b := (off + j) % t.period; j < len(d); j++ { // t.v[b] is element j's
		v := a[j]
		d[j] = (d[j] + t.v[b]) * v * (1 - v)
		if b++; b == t.period {
			b = 0
		}
	}
}

// sparseBlockRows is the number of samples in a block of lossGradLanes,
// whose lanes (see numLanes) take blocks q, q+numLanes, …; what the blocks
// and lanes sum is added in their order.
const sparseBlockRows = 512

// sparseLane is a lane's work space: one block's output layer and hidden
// deltas, and its share of the gradient.
type sparseLane struct {
	a3, d2, grad []float64
	gw2t         []float64 // ∇W2ᵀ (p×n), summed over the lane's blocks
}

// lossGradLanes is lossGrad for two blocks of samples or more, in blocks
// and lanes with the products on serial. The hidden layer of every block
// comes first (ρ̂ needs all of them), spread over the cores block by
// block; then the lanes run the output layer and the gradient.
func (l *SparseLoss) lossGradLanes(grad, params []float64, x blas64.General, ws *sparseScratch, serial gemm.Serial) float64 {
	b, n, p := x.Rows, l.n, l.cfg.Hidden
	inv := 1 / float64(b)
	w1, w2, b1, b2 := l.views(params)
	a2 := blas64.General{Rows: b, Cols: p, Stride: p, Data: ws.a2[:b*p]}
	blocks := (b + sparseBlockRows - 1) / sparseBlockRows
	lanes := min(numLanes, blocks)
	rows := func(m blas64.General, q int) blas64.General {
		lo := q * sparseBlockRows
		hi := min(lo+sparseBlockRows, m.Rows)
		return blas64.General{Rows: hi - lo, Cols: m.Cols, Stride: m.Stride, Data: m.Data[lo*m.Stride:]}
	}
	workers := runtime.GOMAXPROCS(0)

	// Hidden layer, and each block's column sums of A2.
	ws.b1.set(b1)
	ws.b2.set(b2)
	ws.colsum = slices.Grow(ws.colsum[:0], blocks*p)[:blocks*p]
	ws.blockSSE = slices.Grow(ws.blockSSE[:0], blocks)[:blocks]
	par.Each(workers, blocks, func(q int) {
		xq, a2q := rows(x, q), rows(a2, q)
		gemmOn(serial, blas.NoTrans, blas.Trans, 1, xq, w1, 0, a2q)
		hiddenRows(a2q, ws.b1, 0, a2q.Rows)
		sum := ws.colsum[q*p : (q+1)*p]
		clear(sum)
		addColSums(sum, rowsOf(a2q, 0, a2q.Rows))
	})
	// Sum, then divide: a saturated unit then gives ρ̂_j = 1 exactly.
	rhoHat := ws.rhoHat
	clear(rhoHat)
	for q := range blocks {
		floats.Add(rhoHat, ws.colsum[q*p:(q+1)*p])
	}
	for j := range rhoHat {
		rhoHat[j] /= float64(b)
	}
	beta := l.cfg.Beta
	sparse, infinite := sparsityPenalty(ws.sp, rhoHat, l.cfg.Penalty, l.cfg.Rho, beta)
	sparse *= beta
	ws.spt.set(ws.sp)

	// Output layer, errors and gradient, lane by lane.
	if len(ws.lanes) < lanes {
		ws.lanes = make([]sparseLane, lanes)
	}
	d := len(params)
	par.Each(workers, lanes, func(ln int) {
		lw := &ws.lanes[ln]
		lw.a3 = slices.Grow(lw.a3[:0], sparseBlockRows*n)[:sparseBlockRows*n]
		lw.d2 = slices.Grow(lw.d2[:0], sparseBlockRows*p)[:sparseBlockRows*p]
		var gw1, gw2t blas64.General
		var gb1, gb2 []float64
		if grad != nil {
			lw.grad = slices.Grow(lw.grad[:0], d)[:d]
			clear(lw.grad)
			gw1, _, gb1, gb2 = l.views(lw.grad)
			lw.gw2t = slices.Grow(lw.gw2t[:0], p*n)[:p*n]
			clear(lw.gw2t)
			gw2t = blas64.General{Rows: p, Cols: n, Stride: n, Data: lw.gw2t}
		}
		for q := ln; q < blocks; q += lanes {
			xq, a2q := rows(x, q), rows(a2, q)
			k := xq.Rows
			a3 := blas64.General{Rows: k, Cols: n, Stride: n, Data: lw.a3[:k*n]}
			gemmOn(serial, blas.NoTrans, blas.Trans, 1, a2q, w2, 0, a3)
			ws.blockSSE[q] = outputRows(a3, xq, ws.b2, 0, k)
			if grad == nil {
				continue
			}
			d3 := a3
			// ∇W2ᵀ += A2ᵀ D3 / b, transposed into the gradient once the
			// lanes are added: with the hidden units on C's rows it has the
			// shape of ∇W1 += D2ᵀ X (p×n, a sum over the block's samples),
			// which the products compute without padding the 25 hidden
			// units of the UFLDL autoencoder to 32. The lane's ∇b2 and ∇b1
			// are sums, divided by b once the lanes are added.
			gemmOn(serial, blas.Trans, blas.NoTrans, inv, a2q, d3, 1, gw2t)
			addColSums(gb2, rowsOf(d3, 0, k))
			d2 := blas64.General{Rows: k, Cols: p, Stride: p, Data: lw.d2[:k*p]}
			gemmOn(serial, blas.NoTrans, blas.NoTrans, 1, d3, w2, 0, d2)
			hiddenDeltaRows(d2, a2q, ws.spt, 0, k)
			// ∇W1 += D2ᵀ X / b.
			gemmOn(serial, blas.Trans, blas.NoTrans, inv, d2, xq, 1, gw1)
			addColSums(gb1, rowsOf(d2, 0, k))
		}
	})
	var sse float64
	for _, v := range ws.blockSSE {
		sse += v
	}
	lambda := l.cfg.Lambda
	loss := l.total(params, 0.5*sse*inv, sparse, infinite)
	if grad == nil {
		return loss
	}
	for i, w := range params[:2*p*n] {
		grad[i] = lambda * w
	}
	clear(grad[2*p*n:])
	gw2 := grad[p*n : 2*p*n]
	for ln := range lanes {
		lw := &ws.lanes[ln]
		floats.Add(grad, lw.grad)
		for j := range p {
			for c, v := range lw.gw2t[j*n : (j+1)*n] {
				gw2[c*p+j] += v
			}
		}
	}
	floats.Scale(inv, grad[2*p*n:])
	return loss
}
