package sae

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// RAGConfig configures a RAGLoss.
type RAGConfig struct {
	// Hidden is the number p of hidden units, 1 ≤ p ≤ n.
	Hidden int
	// Tied makes the decoder Wᵀ; the parameters are then the single p×n W.
	Tied bool
	// Weight scales the rotation term; 0 means 1, Bao et al.'s choice.
	Weight float64
	// InitScale is the standard deviation of the weights InitParams draws
	// from N(0, InitScale²); 0 means 0.01.
	InitScale float64
}

// RAGLoss is the unregularised linear autoencoder loss Σ_i ‖x_i − W2W1x_i‖²
// (no biases) together with the rotation-augmented gradient (RAG) of Bao,
// Lucas, Sachdeva and Grosse, "Regularized linear autoencoders recover the
// principal components, eventually", NeurIPS 2020, §4. It implements
// Objective: LossGrad returns the loss and, in place of its gradient, the
// RAG update direction, so that Train's GradientDescent (or full-batch
// Adam) performs RAG. That direction is not the gradient of any function:
// do not use it with LBFGS (its line search assumes a gradient) or
// CheckGradient.
//
// The direction. Let Y = W1 Xᵀ be the codes (p×m, samples as columns as in
// the paper) and M = Y Yᵀ = W1 (Σ_i x_i x_iᵀ) W1ᵀ their p×p second-moment
// matrix. Let U be the strictly upper triangle of M and Γ = ½(U − Uᵀ), a
// skew-symmetric matrix. The direction is
//
//	d_W1 = ∇_W1 L − w Γ W1,   d_W2 = ∇_W2 L − w W2 Γᵀ,
//
// w the configured Weight, and a tied W gets d_W = ∇_W L − w Γ W. This is
// what the authors' code (XuchanBao/linear-ae, utils/train.py) adds to the
// gradient of the mean reconstruction loss with M the mean of y yᵀ; our loss
// and M are both sums over samples, so the ratio of the two terms is the
// same.
//
// Why it works (our derivation, as we understand the paper). A step
// −η d moves W1 to (I + ηwΓ)W1 and W2 to W2(I − ηwΓ) besides the gradient
// step; since Γ is skew, I + ηwΓ is an orthogonal matrix to first order and
// the product W2W1 (hence the loss) does not change: the rotation term moves
// the weights only along the O(p) orbit that leaves the reconstruction
// invariant, where the plain gradient is zero and non-uniform L2 is weak.
// On it the term is the skew part of the difference between Sanger's
// generalised Hebbian rule W C − LT[W C Wᵀ] W and Oja's subspace rule
// W C − W C Wᵀ W (C the second-moment matrix, LT the lower triangle), the
// part that breaks the symmetry. For p = 2 with orthonormal rows rotated
// by θ away from the eigenvectors u_1, u_2 of C, M₁₂ = −½ sin 2θ (λ₁ − λ₂)
// and the step changes θ by ηwM₁₂/2: θ = 0 (unit 1 on the larger
// eigenvalue) is the stable fixed point. At a fixed point both parts
// vanish: W2W1 is the projector on the top-p principal subspace and
// W1CW1ᵀ is diagonal, which for balanced weights (W1 ≈ W2ᵀ, kept by
// gradient descent from a small start) makes the rows of W1 the principal
// directions in the order of their eigenvalues. We have not proved global
// convergence; the tests check it on synthetic spectra.
//
// Parameter layout as LinearLoss without biases: untied [W1 row-major p×n |
// W2 row-major n×p], tied [W row-major p×n]. A RAGLoss is safe for
// concurrent use.
type RAGLoss struct {
	lin *LinearLoss
	cfg RAGConfig
}

// NewRAGLoss returns the RAG objective of a linear autoencoder on the m×n
// data X (one sample per row), which should be centred: the model has no
// biases. X is retained or copied as by NewLinearLoss.
//
// It returns the errors NewLinearLoss returns, and an error if Weight is
// negative or not finite.
func NewRAGLoss(X mat.Matrix, cfg RAGConfig) (*RAGLoss, error) {
	const who = "sae: NewRAGLoss"
	d, err := newLinData(X, who)
	if err != nil {
		return nil, err
	}
	return newRAGLoss(d, cfg, who)
}

// RAGFromLinear returns the RAG objective on the data of the linear loss l,
// sharing them (and their scatter matrix) instead of forming them again, so
// that a notebook can compare RAG with l's configuration at the cost of one
// data set. It returns the errors NewRAGLoss returns for cfg.
func RAGFromLinear(l *LinearLoss, cfg RAGConfig) (*RAGLoss, error) {
	return newRAGLoss(l.data, cfg, "sae: RAGFromLinear")
}

// WithConfig returns the RAG objective with another configuration on the
// same data as r, sharing them. It returns the errors NewRAGLoss returns.
func (r *RAGLoss) WithConfig(cfg RAGConfig) (*RAGLoss, error) {
	return newRAGLoss(r.lin.data, cfg, "sae: RAGLoss.WithConfig")
}

func newRAGLoss(d *linData, cfg RAGConfig, who string) (*RAGLoss, error) {
	if err := checkConfig(who, d.n, cfg.Hidden, cfg.InitScale, namedValue{"Weight", cfg.Weight}); err != nil {
		return nil, err
	}
	lin, err := newLinearLoss(d, LinearConfig{Hidden: cfg.Hidden, Tied: cfg.Tied, InitScale: cfg.InitScale}, who)
	if err != nil {
		return nil, err
	}
	return &RAGLoss{lin: lin, cfg: cfg}, nil
}

// Config returns the configuration the objective was built with.
func (r *RAGLoss) Config() RAGConfig { return r.cfg }

// Linear returns the plain (unregularised) linear loss on the same data and
// with the same parameter layout, for its Reconstruction and gradient.
func (r *RAGLoss) Linear() *LinearLoss { return r.lin }

// Dim returns the number of parameters.
func (r *RAGLoss) Dim() int { return r.lin.Dim() }

// InitParams fills dst (allocated when nil) with weights drawn from
// N(0, s²), s the configured InitScale (0.01 by default), from a generator
// seeded with seed, and returns it. It panics if dst is not nil and
// len(dst) != Dim.
func (r *RAGLoss) InitParams(dst []float64, seed uint64) []float64 {
	return r.lin.InitParams(dst, seed)
}

// Model returns the autoencoder with parameters params (see
// LinearLoss.Model). It panics if len(params) != Dim.
func (r *RAGLoss) Model(params []float64) *LinearAE { return r.lin.Model(params) }

// LossGrad returns the reconstruction loss Σ_i ‖x_i − W2W1x_i‖² at params
// and, when grad is not nil, stores the RAG direction (see RAGLoss) in grad.
// It panics if params or a non-nil grad does not have length Dim.
func (r *RAGLoss) LossGrad(grad, params []float64) float64 {
	f := r.lin.LossGrad(grad, params)
	if grad == nil {
		return f
	}
	w := r.cfg.Weight
	if w == 0 {
		w = 1
	}
	s := r.lin.shape
	p, n := s.p, s.n
	gamma := ragGamma(params[:p*n], p, n, r.lin.data)
	w1 := blas64.General{Rows: p, Cols: n, Stride: n, Data: params[:p*n]}
	g1 := blas64.General{Rows: p, Cols: n, Stride: n, Data: grad[:p*n]}
	// d_W1 −= w Γ W1.
	blas64.Gemm(blas.NoTrans, blas.NoTrans, -w, gamma, w1, 1, g1)
	if !s.tied {
		// d_W2 −= w W2 Γᵀ.
		w2 := blas64.General{Rows: n, Cols: p, Stride: p, Data: params[p*n : 2*p*n]}
		g2 := blas64.General{Rows: n, Cols: p, Stride: p, Data: grad[p*n : 2*p*n]}
		blas64.Gemm(blas.NoTrans, blas.Trans, -w, w2, gamma, 1, g2)
	}
	return f
}

// Gamma returns the p×p skew-symmetric rotation generator Γ = ½(U − Uᵀ) of
// the RAG direction at params, U the strictly upper triangle of the codes'
// second-moment matrix W1 (Σ_i x_i x_iᵀ) W1ᵀ. It is 0 exactly when that
// matrix is diagonal. It panics if len(params) != Dim.
func (r *RAGLoss) Gamma(params []float64) *mat.Dense {
	r.lin.shape.checkLen(nil, params)
	p, n := r.lin.shape.p, r.lin.shape.n
	g := ragGamma(params[:p*n], p, n, r.lin.data)
	return mat.NewDense(p, p, g.Data)
}

// ragGamma returns Γ for the p×n encoder w1 (row-major) on the data d: the
// skew part of the strict upper triangle of M = W1 (S + m x̄x̄ᵀ) W1ᵀ, S the
// centred scatter matrix.
func ragGamma(w1data []float64, p, n int, d *linData) blas64.General {
	w1 := blas64.General{Rows: p, Cols: n, Stride: n, Data: w1data}
	t := blas64.General{Rows: p, Cols: n, Stride: n, Data: make([]float64, p*n)}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, w1, d.s, 0, t)
	m := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, t, w1, 0, m)
	// The mean's part: m (W1 x̄)(W1 x̄)ᵀ, exactly 0 on centred data.
	if anyNonZero(d.mean) {
		c := make([]float64, p)
		blas64.Gemv(blas.NoTrans, 1, w1, blas64.Vector{N: n, Inc: 1, Data: d.mean}, 0, blas64.Vector{N: p, Inc: 1, Data: c})
		for i := 0; i < p; i++ {
			for j := 0; j < p; j++ {
				m.Data[i*p+j] += float64(d.m) * c[i] * c[j]
			}
		}
	}
	g := blas64.General{Rows: p, Cols: p, Stride: p, Data: make([]float64, p*p)}
	for i := 0; i < p; i++ {
		for j := i + 1; j < p; j++ {
			v := 0.5 * m.Data[i*p+j]
			g.Data[i*p+j] = v
			g.Data[j*p+i] = -v
		}
	}
	return g
}

// anyNonZero reports whether some element of s is not 0.
func anyNonZero(s []float64) bool {
	for _, v := range s {
		if v != 0 {
			return true
		}
	}
	return false
}

var _ Objective = (*RAGLoss)(nil)
