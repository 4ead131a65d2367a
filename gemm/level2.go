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
	if incX <= 0 || incY <= 0 || alpha == 0 || n == 0 {
		impl.Implementation.Dsymv(ul, n, alpha, a, lda, x, incX, beta, y, incY)
		return
	}
	// gonum's checks of the arguments, with its panic messages (alpha = 0
	// and beta = 1 return right after them).
	impl.Implementation.Dsymv(ul, n, 0, a, lda, x, incX, 1, y, incY)
	if incX != 1 || incY != 1 {
		// The reduction to tridiagonal form multiplies by a column of A
		// into a column of its work matrix, both strided in row-major
		// storage: gathered into contiguous vectors, O(n) beside the
		// O(n²) product.
		xc := make([]float64, 2*n)
		yc := xc[n:]
		for i := range n {
			xc[i], yc[i] = x[i*incX], y[i*incY]
		}
		impl.Dsymv(ul, n, alpha, a, lda, xc[:n], 1, beta, yc, 1)
		for i, v := range yc {
			y[i*incY] = v
		}
		return
	}
	if n < minSymvOrder {
		symvTriangle(ul, n, alpha, a, lda, x, beta, y)
		return
	}
	g := impl.Implementation
	s := n / 2
	x1, x2 := x[:s], x[s:n]
	y1, y2 := y[:s], y[s:n]
	a11, a22 := a, a[s*lda+s:]
	top := func() {
		symvTriangle(ul, s, alpha, a11, lda, x1, beta, y1)
		if ul == blas.Upper {
			g.Dgemv(blas.NoTrans, s, n-s, alpha, a[s:], lda, x2, 1, 1, y1, 1) // A12 x2
		} else {
			g.Dgemv(blas.Trans, n-s, s, alpha, a[s*lda:], lda, x2, 1, 1, y1, 1) // A21ᵀ x2
		}
	}
	bottom := func() {
		symvTriangle(ul, n-s, alpha, a22, lda, x2, beta, y2)
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

// symvTriangle sets y = beta·y + alpha·A·x for the n×n symmetric A of
// which the triangle ul is stored, row by row of the triangle: each stored
// row is read once for its own element of y (a dot product) and for the
// elements of y it stands for in the other triangle (an axpy). gonum's
// Dsymv does the same in scalar Go, about 25 times slower per element than
// its assembly Dgemv, and was 40 % of a 784×784 eigendecomposition.
func symvTriangle(ul blas.Uplo, n int, alpha float64, a []float64, lda int, x []float64, beta float64, y []float64) {
	x, y = x[:n], y[:n]
	switch beta {
	case 0:
		clear(y)
	case 1:
	default:
		for i := range y {
			y[i] *= beta
		}
	}
	for i := range n {
		xi := alpha * x[i]
		var d float64
		if ul == blas.Upper {
			d = dotAxpy(a[i*lda+i+1:i*lda+n], x[i+1:], y[i+1:], xi)
		} else {
			d = dotAxpy(a[i*lda:i*lda+i], x[:i], y[:i], xi)
		}
		y[i] += xi*a[i*lda+i] + alpha*d
	}
}

// dotAxpy returns Σ a[j]·x[j] and adds alpha·a[j] to y[j], j < len(a).
func dotAxpy(a, x, y []float64, alpha float64) float64 {
	n := len(a)
	x, y = x[:n], y[:n]
	var d float64
	j := 0
	if haveKernel && n >= 8 {
		j = n &^ 7
		d = dotAxpy8(j, &a[0], &x[0], &y[0], alpha)
	}
	for ; j < n; j++ {
		d += a[j] * x[j]
		y[j] += alpha * a[j]
	}
	return d
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
	checkRankK(ul, tA, n, k, a, lda, b, ldb, c, ldc, true)
	trans := tA != blas.NoTrans
	tri := upper
	if ul == blas.Lower {
		tri = lower
	}
	product(tri, trans, !trans, n, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	product(tri, trans, !trans, n, n, k, alpha, b, ldb, a, lda, 1, c, ldc)
}
