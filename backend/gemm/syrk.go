package gemm

import (
	"gonum.org/v1/gonum/blas"
)

// Dsyrk performs one of the symmetric rank-k operations
//
//	C = alpha * A * Aᵀ + beta * C   if tA == blas.NoTrans (A n×k)
//	C = alpha * Aᵀ * A + beta * C   if tA == blas.Trans (A k×n)
//
// on the triangle ul of the n×n symmetric matrix C, as gonum's Dsyrk (and
// with its panics); the other triangle is not referenced. Large updates are
// Dgemm's blocked product with the micro-tiles outside the triangle skipped.
func (impl Implementation) Dsyrk(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	if !haveKernel || n*n*k < 2*minFlops || n < 2*nr {
		impl.Implementation.Dsyrk(ul, tA, n, k, alpha, a, lda, beta, c, ldc)
		return
	}
	checkRankK(ul, tA, n, k, a, lda, nil, 0, c, ldc, false)
	trans := tA != blas.NoTrans
	tri := upper
	if ul == blas.Lower {
		tri = lower
	}
	// C = alpha·op(A)·op(A)ᵀ + beta·C with op(A) = A (n×k) or Aᵀ: one
	// product that skips the tiles outside the triangle.
	product(tri, trans, !trans, n, n, k, alpha, a, lda, a, lda, beta, c, ldc)
}

// checkRankK panics where gonum's Dsyrk (two = false) or Dsyr2k (two = true)
// would, with its messages and in its order, for n > 0. Calling gonum's
// routine with alpha = 0 to check, as Dgemm does, would also multiply C's
// triangle by beta = 1: 20 ms of a PCA of MNIST, whose scatter matrix is
// accumulated in 30 updates.
func checkRankK(ul blas.Uplo, tA blas.Transpose, n, k int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int, two bool) {
	switch {
	case ul != blas.Lower && ul != blas.Upper:
		panic("blas: illegal triangle")
	case tA != blas.Trans && tA != blas.NoTrans && tA != blas.ConjTrans:
		panic("blas: illegal transpose")
	case n < 0:
		panic("blas: n < 0")
	case k < 0:
		panic("blas: k < 0")
	}
	row, col := k, n
	if tA == blas.NoTrans {
		row, col = n, k
	}
	switch {
	case lda < max(1, col):
		panic("blas: bad leading dimension of A")
	case two && ldb < max(1, col):
		panic("blas: bad leading dimension of B")
	case ldc < max(1, n):
		panic("blas: bad leading dimension of C")
	case len(a) < lda*(row-1)+col:
		panic("blas: insufficient length of a")
	case two && len(b) < ldb*(row-1)+col:
		panic("blas: insufficient length of b")
	case len(c) < ldc*(n-1)+n:
		panic("blas: insufficient length of c")
	}
}
