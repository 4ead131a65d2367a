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
	// gonum's checks of the arguments; with alpha = 0 and beta = 1 it
	// returns right after them.
	impl.Implementation.Dsyrk(ul, tA, n, k, 0, a, lda, 1, c, ldc)
	trans := tA != blas.NoTrans
	tri := upper
	if ul == blas.Lower {
		tri = lower
	}
	// C = alpha·op(A)·op(A)ᵀ + beta·C with op(A) = A (n×k) or Aᵀ: one
	// product that skips the tiles outside the triangle.
	product(tri, trans, !trans, n, n, k, alpha, a, lda, a, lda, beta, c, ldc)
}
