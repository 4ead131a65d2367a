package gemm

import (
	"runtime"

	"gonum.org/v1/gonum/blas"

	"github.com/linae/linae/internal/par"
)

// minSymvOrder is the order from which Dsymv is split over two
// goroutines; below it the product is too short to pay for them.
const minSymvOrder = 256

// Dsymv performs y = alpha·A·x + beta·y for the n×n symmetric A of which the
// triangle ul is stored, as gonum's Dsymv (and with its panics). For large
// A with unit increments it splits A at s = n/2 into A11, A12 (= A21ᵀ) and
// A22 and computes the two halves of y on two goroutines with gonum's
// kernels, y1 = A11 x1 + A12 x2 and y2 = A12ᵀ x1 + A22 x2: the product is
// bound by reading A, and this reads it on both cores. The split does not
// depend on GOMAXPROCS, so neither do the results.
//
// It is the matrix-vector half of gonum's reduction to tridiagonal form
// (Dsytrd), the other half being Dsyr2k.
func (impl Implementation) Dsymv(ul blas.Uplo, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	if n < minSymvOrder || incX != 1 || incY != 1 || alpha == 0 {
		impl.Implementation.Dsymv(ul, n, alpha, a, lda, x, incX, beta, y, incY)
		return
	}
	// gonum's checks of the arguments, with its panic messages (alpha = 0
	// and beta = 1 return right after them).
	impl.Implementation.Dsymv(ul, n, 0, a, lda, x, incX, 1, y, incY)
	g := impl.Implementation
	s := n / 2
	x1, x2 := x[:s], x[s:n]
	y1, y2 := y[:s], y[s:n]
	a11, a22 := a, a[s*lda+s:]
	top := func() {
		g.Dsymv(ul, s, alpha, a11, lda, x1, 1, beta, y1, 1)
		if ul == blas.Upper {
			g.Dgemv(blas.NoTrans, s, n-s, alpha, a[s:], lda, x2, 1, 1, y1, 1) // A12 x2
		} else {
			g.Dgemv(blas.Trans, n-s, s, alpha, a[s*lda:], lda, x2, 1, 1, y1, 1) // A21ᵀ x2
		}
	}
	bottom := func() {
		g.Dsymv(ul, n-s, alpha, a22, lda, x2, 1, beta, y2, 1)
		if ul == blas.Upper {
			g.Dgemv(blas.Trans, s, n-s, alpha, a[s:], lda, x1, 1, 1, y2, 1) // A12ᵀ x1
		} else {
			g.Dgemv(blas.NoTrans, n-s, s, alpha, a[s*lda:], lda, x1, 1, 1, y2, 1) // A21 x1
		}
	}
	par.Each(min(2, runtime.GOMAXPROCS(0)), 2, func(half int) {
		if half == 0 {
			top()
		} else {
			bottom()
		}
	})
}

// Dsyr2k performs one of the symmetric rank-2k operations
//
//	C = alpha·A·Bᵀ + alpha·B·Aᵀ + beta·C   if tA == blas.NoTrans (A, B n×k)
//	C = alpha·Aᵀ·B + alpha·Bᵀ·A + beta·C   if tA == blas.Trans (A, B k×n)
//
// on the triangle ul of the n×n symmetric C, as gonum's Dsyr2k (and with its
// panics): two of Dgemm's blocked products, each skipping the micro-tiles
// outside the triangle.
func (impl Implementation) Dsyr2k(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if !haveKernel || n*n*k < 2*minFlops || n < 2*nr {
		impl.Implementation.Dsyr2k(ul, tA, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	// gonum's checks of the arguments, with its panic messages.
	impl.Implementation.Dsyr2k(ul, tA, n, k, 0, a, lda, b, ldb, 1, c, ldc)
	trans := tA != blas.NoTrans
	tri := upper
	if ul == blas.Lower {
		tri = lower
	}
	product(tri, trans, !trans, n, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	product(tri, trans, !trans, n, n, k, alpha, b, ldb, a, lda, 1, c, ldc)
}
