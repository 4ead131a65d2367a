package sae

import (
	"gonum.org/v1/gonum/mat"
)

// OrderedConfig configures an OrderedLoss.
type OrderedConfig struct {
	// Hidden is the number p of hidden units, 1 ≤ p ≤ n.
	Hidden int
	// InitScale is the standard deviation of the weights InitParams draws
	// from N(0, InitScale²); 0 means 0.01.
	InitScale float64
}

// OrderedLoss is the loss of Oftadeh, Shen, Wang & Shell (2020),
// "Eliminating the invariance on the loss landscape of linear
// autoencoders" (ICML 2020), in the project's conventions
// (samples as rows, encoder W1 p×n, decoder W2 n×p, sums over samples):
//
//	L(W1, W2) = Σ_{i=1..p} ‖X_c − X_c W1_iᵀ W2_iᵀ‖²_F,
//
// where X_c is the centred m×n data, W1_i the first i rows of W1 and W2_i
// the first i columns of W2: the reconstruction losses of the p nested
// autoencoders that use hidden units 1…i. Unit i enters the last p − i + 1
// of them, so the first unit carries the most weight. Their theorem: the
// global minima are W2 = U_p D and W1 = D⁻¹U_pᵀ with U_p the ordered top-p
// principal directions (as columns) and D diagonal and invertible (given
// distinct top p + 1 eigenvalues): the nested maps W2_iW1_i must all be the
// top-i projectors, which forces column i of W2 onto u_i. The loss
// identifies the components themselves, in order, not only their span;
// only the scale and sign of each unit are left free. Its least value is
// Σ_{i=1..p} Σ_{k>i} σ_k², σ_k the singular values of X_c.
//
// With S = X_cᵀX_c the centred scatter matrix, M = W2ᵀW2, K = W1 S W1ᵀ,
// c_j = p − j + 1 and Ω_jk = p − max(j, k) + 1 (1-based),
//
//	L = p tr S − 2 Σ_j c_j (W1 S W2)_jj + Σ_jk Ω_jk M_jk K_jk,
//	∂L/∂W1 = 2 (Ω∘M) W1 S − 2 diag(c) W2ᵀ S,
//	∂L/∂W2 = 2 W2 (Ω∘K) − 2 S W1ᵀ diag(c)
//
// (derived by the project; for p = 1 it is LinearLoss's trace form), so a
// call costs O(pn²), independent of m. The trace form's terms are of the
// size of p tr S, so the loss has an absolute rounding error of about
// √n·ε·p·tr S; it is meant for data whose discarded variance is not a tiny
// fraction of the total.
//
// Parameter layout: [W1 row-major p×n | W2 row-major n×p], Dim = 2pn, as
// an untied LinearLoss without biases. It implements Objective and is safe
// for concurrent use.
type OrderedLoss struct {
	shape linShape
	data  *linData
	cfg   OrderedConfig
}

// NewOrderedLoss returns Oftadeh et al.'s loss on the m×n data X (one
// sample per row; a *mat.Dense is retained, not copied). It returns the
// errors of NewLinearLoss for X (nil, empty, not finite or overflowing),
// and an error if Hidden is not in [1, n], or if InitScale is negative or
// not finite.
func NewOrderedLoss(X mat.Matrix, cfg OrderedConfig) (*OrderedLoss, error) {
	const who = "sae: NewOrderedLoss"
	d, err := newLinData(X, who)
	if err != nil {
		return nil, err
	}
	return newOrderedLoss(d, cfg, who)
}

// WithConfig returns the loss with another configuration on the same data,
// sharing them. It returns the errors NewOrderedLoss returns for cfg.
func (l *OrderedLoss) WithConfig(cfg OrderedConfig) (*OrderedLoss, error) {
	return newOrderedLoss(l.data, cfg, "sae: OrderedLoss.WithConfig")
}

func newOrderedLoss(d *linData, cfg OrderedConfig, who string) (*OrderedLoss, error) {
	if err := checkConfig(who, d.n, cfg.Hidden, cfg.InitScale); err != nil {
		return nil, err
	}
	return &OrderedLoss{shape: linShape{p: cfg.Hidden, n: d.n}, data: d, cfg: cfg}, nil
}

// Config returns the configuration the loss was built with.
func (l *OrderedLoss) Config() OrderedConfig { return l.cfg }

// Dim returns the number 2pn of parameters.
func (l *OrderedLoss) Dim() int { return l.shape.dim() }

// InitParams fills dst (allocated when nil) with weights drawn from
// N(0, s²), s the configured InitScale (0.01 by default), from a generator
// seeded with seed, and returns it. It panics if dst is not nil and
// len(dst) != Dim.
func (l *OrderedLoss) InitParams(dst []float64, seed uint64) []float64 {
	return l.shape.initParams(dst, linInitScale(l.cfg.InitScale), seed)
}

// Model returns the autoencoder with parameters params (views of params).
// It panics if len(params) != Dim.
func (l *OrderedLoss) Model(params []float64) *LinearAE {
	l.shape.checkLen(nil, params)
	return l.shape.model(params)
}

// Floor returns the least value of the loss, Σ_{i=1..p} Σ_{k>i} σ_k², from
// the sorted eigenvalues scatter of the centred scatter matrix S
// (descending, at least p of them; missing trailing ones count as 0): for a
// PCA fitted to the same data pass its Spectrum times m − 1.
func (l *OrderedLoss) Floor(scatter []float64) float64 {
	var total float64
	for _, v := range scatter {
		total += v
	}
	var f, head float64
	for i := 0; i < l.shape.p && i < len(scatter); i++ {
		head += scatter[i]
		f += total - head
	}
	return f
}

// LossGrad returns the loss at params and, when grad is not nil, stores its
// gradient in grad. It panics if params or a non-nil grad does not have
// length Dim.
func (l *OrderedLoss) LossGrad(grad, params []float64) float64 {
	l.shape.checkLen(grad, params)
	p, n := l.shape.p, l.shape.n
	w1 := mat.NewDense(p, n, params[:p*n])
	w2 := mat.NewDense(n, p, params[p*n:])
	s := mat.NewDense(n, n, l.data.s.Data)
	var pt, qt, k, m mat.Dense
	pt.Mul(w1, s)      // W1 S, p×n
	k.Mul(&pt, w1.T()) // W1 S W1ᵀ
	m.Mul(w2.T(), w2)  // W2ᵀ W2
	f := float64(p) * l.data.trS
	for j := range p {
		c := float64(p - j)
		f -= 2 * c * mat.Dot(pt.RowView(j), w2.ColView(j))
		for i := range p {
			om := float64(p - max(i, j))
			f += om * m.At(i, j) * k.At(i, j)
		}
	}
	if grad == nil {
		return f
	}
	// Ω∘M and Ω∘K in place.
	for i := range p {
		for j := range p {
			om := float64(p - max(i, j))
			m.Set(i, j, om*m.At(i, j))
			k.Set(i, j, om*k.At(i, j))
		}
	}
	g1 := mat.NewDense(p, n, grad[:p*n])
	g2 := mat.NewDense(n, p, grad[p*n:])
	qt.Mul(w2.T(), s) // W2ᵀ S, p×n
	g1.Mul(&m, &pt)
	g2.Mul(w2, &k)
	for j := range p {
		c := float64(p - j)
		for t := range n {
			g1.Set(j, t, 2*g1.At(j, t)-2*c*qt.At(j, t))
			g2.Set(t, j, 2*g2.At(t, j)-2*c*pt.At(j, t)) // S W1ᵀ = (W1 S)ᵀ
		}
	}
	return f
}
