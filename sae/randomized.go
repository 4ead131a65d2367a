package sae

import (
	"errors"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"
)

// pcaSeedStream is the PCG stream constant of the randomized PCA.
const pcaSeedStream = 0x9ca0_5eed

// pcaRandomized returns the top k right singular vectors (as rows) of the
// centred m×n matrix xc and the corresponding covariance eigenvalues, by the
// randomized range finder with power iterations (Halko, Martinsson & Tropp
// 2011, Algorithms 4.4 and 5.1). Every product involving xc is one large
// Gemm, which is where the time goes.
//
// xc is the m×n data x minus 1·meanᵀ; with a nil mean x is xc. With a mean
// the products are those with x, corrected by a rank-one term (Xc Z =
// X Z − 1 (meanᵀZ), Qᵀ Xc = Qᵀ X − (Qᵀ1) meanᵀ), so that no centred copy of
// the data is made; the caller passes a mean only when it is not large
// beside the spread of the data, where the correction would cancel digits.
func pcaRandomized(x blas64.General, mean []float64, k int, s PCASettings) (comps *mat.Dense, vars []float64, err error) {
	m, n := x.Rows, x.Cols
	l, q := randomizedSizes(s, k, min(m, n))

	rnd := rand.New(rand.NewPCG(s.Seed, pcaSeedStream))
	omega := blas64.General{Rows: n, Cols: l, Stride: l, Data: make([]float64, n*l)}
	for i := range omega.Data {
		omega.Data[i] = rnd.NormFloat64()
	}
	a := x
	y := blas64.General{Rows: m, Cols: l, Stride: l, Data: make([]float64, m*l)}
	z := blas64.General{Rows: n, Cols: l, Stride: l, Data: omega.Data}
	// right sets y = Xc z; left sets t = yᵀ Xc (l×n).
	muZ, colSums := make([]float64, l), make([]float64, l)
	right := func() {
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, z, 0, y)
		if mean == nil {
			return
		}
		clear(muZ)
		for j, mu := range mean {
			for c, v := range z.Data[j*l : (j+1)*l] {
				muZ[c] += mu * v
			}
		}
		for i := range m {
			for c := range muZ {
				y.Data[i*l+c] -= muZ[c]
			}
		}
	}
	left := func(t blas64.General) {
		blas64.Gemm(blas.Trans, blas.NoTrans, 1, y, a, 0, t)
		if mean == nil {
			return
		}
		clear(colSums)
		for i := range m {
			for c, v := range y.Data[i*l : (i+1)*l] {
				colSums[c] += v
			}
		}
		for c, sc := range colSums {
			for j, mu := range mean {
				t.Data[c*n+j] -= sc * mu
			}
		}
	}
	right() // Y = Xc Ω
	var ws qrWorkspace
	ws.orthonormalize(y)
	// Z = Xcᵀ Q is formed as its transpose Qᵀ Xc: that product reads Xc in
	// place, where Xcᵀ Q would pack (copy) all of Xc on each iteration.
	zt := blas64.General{Rows: l, Cols: n, Stride: n, Data: make([]float64, l*n)}
	for it := 0; it < q; it++ {
		left(zt) // Zᵀ = Qᵀ Xc
		for i := range l {
			for j, v := range zt.Data[i*n : (i+1)*n] {
				z.Data[j*l+i] = v
			}
		}
		ws.orthonormalize(z)
		right() // Y = Xc Z
		ws.orthonormalize(y)
	}
	// B = Qᵀ Xc (l×n); its SVD gives Xc ≈ Q B = (Q Ũ) Σ Vᵀ.
	b := blas64.General{Rows: l, Cols: n, Stride: n, Data: make([]float64, l*n)}
	left(b)
	sv := make([]float64, l)
	vt := blas64.General{Rows: l, Cols: n, Stride: n, Data: make([]float64, l*n)}
	var u blas64.General
	work := []float64{0}
	lapack64.Gesvd(lapack.SVDNone, lapack.SVDStore, b, u, vt, sv, work, -1)
	work = make([]float64, int(work[0]))
	if !lapack64.Gesvd(lapack.SVDNone, lapack.SVDStore, b, u, vt, sv, work, len(work)) {
		return nil, nil, errors.New("sae: FitPCA: SVD of the randomized sketch did not converge")
	}
	comps = mat.NewDense(k, n, slices.Clone(vt.Data[:k*n]))
	vars = make([]float64, k)
	for i := range vars {
		vars[i] = sv[i] * sv[i] / float64(m-1)
	}
	return comps, vars, nil
}

// randomizedSizes returns the width l = min(k + oversamples, r) of the
// randomized method's sketch and its number q of power iterations, with
// the defaults of PCASettings, for k components of data of rank at most r.
func randomizedSizes(s PCASettings, k, r int) (l, q int) {
	over := s.Oversamples
	switch {
	case over == 0:
		over = 10
	case over < 0:
		over = 0
	}
	q = s.PowerIterations
	switch {
	case q == 0:
		q = 4
		if float64(k) < 0.1*float64(r) {
			q = 7
		}
	case q < 0:
		q = 0
	}
	return min(k+over, r), q
}

// qrWorkspace holds the scratch space of repeated thin QR factorisations.
type qrWorkspace struct {
	tau, work, gram, prod []float64
}

// orthonormalize overwrites the r×c matrix g (r ≥ c) with the thin factor Q
// of its QR factorisation, an orthonormal basis of its column space when g
// has full column rank. It never forms the r×r Q that mat.QR builds, which
// for a 60000-row sketch would not fit in memory.
//
// It uses CholeskyQR2 (Fukaya et al. 2014: twice G = gᵀg = RᵀR, g ← g R⁻¹),
// all matrix products, where Householder QR of a tall matrix is mostly
// matrix-vector work, bound by memory bandwidth where products are bound by
// arithmetic. Its orthogonality is that of Householder QR

// when g's condition number is below about 1/√ε; when the first pass shows
// a worse one (a ratio of R's diagonal above 1e6) or the Cholesky
// factorisation fails, Householder QR is used.
func (ws *qrWorkspace) orthonormalize(g blas64.General) {
	if ws.choleskyQR(g, 1e6) && ws.choleskyQR(g, 0) {
		return
	}
	ws.factor(g)
	ws.formQ(g)
}

// choleskyQR replaces g by g R⁻¹, where gᵀg = RᵀR, and reports true, or
// leaves g unchanged and reports false if the Cholesky factorisation fails
// or, when maxRatio > 0, the ratio of the largest to the smallest diagonal
// element of R exceeds it (a lower bound on g's condition number).
func (ws *qrWorkspace) choleskyQR(g blas64.General, maxRatio float64) bool {
	c := g.Cols
	ws.gram = slices.Grow(ws.gram[:0], c*c)[:c*c]
	gram := blas64.Symmetric{N: c, Stride: c, Uplo: blas.Upper, Data: ws.gram}
	blas64.Syrk(blas.Trans, 1, g, 0, gram)
	if _, ok := lapack64.Potrf(gram); !ok {
		return false
	}
	dmin, dmax := gram.Data[0], gram.Data[0]
	for i := range c {
		dmin, dmax = min(dmin, gram.Data[i*c+i]), max(dmax, gram.Data[i*c+i])
	}
	if !(dmin > 0) || maxRatio > 0 && dmax > maxRatio*dmin {
		return false
	}
	r := blas64.Triangular{N: c, Stride: c, Uplo: blas.Upper, Diag: blas.NonUnit, Data: ws.gram}
	if !lapack64.Trtri(r) {
		return false
	}
	for i := 1; i < c; i++ {
		clear(ws.gram[i*c : i*c+i]) // the lower triangle is stale
	}
	ws.prod = slices.Grow(ws.prod[:0], g.Rows*c)[:g.Rows*c]
	prod := blas64.General{Rows: g.Rows, Cols: c, Stride: c, Data: ws.prod}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, g, blas64.General{Rows: c, Cols: c, Stride: c, Data: ws.gram}, 0, prod)
	for i := range g.Rows {
		copy(g.Data[i*g.Stride:i*g.Stride+c], prod.Data[i*c:(i+1)*c])
	}
	return true
}

// factor computes the Householder QR factorisation of g in place, leaving
// R in its upper triangle.
func (ws *qrWorkspace) factor(g blas64.General) {
	c := g.Cols
	ws.tau = slices.Grow(ws.tau[:0], c)[:c]
	query := []float64{0}
	lapack64.Geqrf(g, ws.tau, query, -1)
	ws.grow(int(query[0]))
	lapack64.Geqrf(g, ws.tau, ws.work, len(ws.work))
}

// formQ overwrites a matrix factored by factor with its thin Q.
func (ws *qrWorkspace) formQ(g blas64.General) {
	query := []float64{0}
	lapack64.Orgqr(g, ws.tau, query, -1)
	ws.grow(int(query[0]))
	lapack64.Orgqr(g, ws.tau, ws.work, len(ws.work))
}

func (ws *qrWorkspace) grow(n int) {
	if cap(ws.work) < n {
		ws.work = make([]float64, n)
	}
	ws.work = ws.work[:cap(ws.work)]
}
