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
func pcaRandomized(xc *mat.Dense, k int, s *PCASettings) (comps *mat.Dense, vars []float64, err error) {
	m, n := xc.Dims()
	r := min(m, n)
	over := s.Oversamples
	switch {
	case over == 0:
		over = 10
	case over < 0:
		over = 0
	}
	l := min(k+over, r)
	q := s.PowerIterations
	switch {
	case q == 0:
		q = 4
		if float64(k) < 0.1*float64(r) {
			q = 7
		}
	case q < 0:
		q = 0
	}

	rnd := rand.New(rand.NewPCG(s.Seed, pcaSeedStream))
	omega := blas64.General{Rows: n, Cols: l, Stride: l, Data: make([]float64, n*l)}
	for i := range omega.Data {
		omega.Data[i] = rnd.NormFloat64()
	}
	a := xc.RawMatrix()
	y := blas64.General{Rows: m, Cols: l, Stride: l, Data: make([]float64, m*l)}
	z := blas64.General{Rows: n, Cols: l, Stride: l, Data: omega.Data}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, z, 0, y) // Y = Xc Ω
	var ws qrWorkspace
	ws.orthonormalize(y)
	for it := 0; it < q; it++ {
		blas64.Gemm(blas.Trans, blas.NoTrans, 1, a, y, 0, z) // Z = Xcᵀ Q
		ws.orthonormalize(z)
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, z, 0, y) // Y = Xc Z
		ws.orthonormalize(y)
	}
	// B = Qᵀ Xc (l×n); its SVD gives Xc ≈ Q B = (Q Ũ) Σ Vᵀ.
	b := blas64.General{Rows: l, Cols: n, Stride: n, Data: make([]float64, l*n)}
	blas64.Gemm(blas.Trans, blas.NoTrans, 1, y, a, 0, b)
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

// qrWorkspace holds the scratch space of repeated thin QR factorisations.
type qrWorkspace struct {
	tau, work []float64
}

// orthonormalize overwrites the r×c matrix g (r ≥ c) with the thin factor Q
// of its QR factorisation, an orthonormal basis of its column space when g
// has full column rank. It never forms the r×r Q that mat.QR builds, which
// for a 60000-row sketch would not fit in memory.
func (ws *qrWorkspace) orthonormalize(g blas64.General) {
	ws.factor(g)
	ws.formQ(g)
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
