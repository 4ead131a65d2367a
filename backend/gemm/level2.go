package gemm

import (
	"math"
	"runtime"

	"gonum.org/v1/gonum/blas"

	"github.com/linae/linae/backend/par"
)

// minSymvOrder is the order from which Dsymv is split over two
// goroutines; below it the product is too short to pay for them.
const minSymvOrder = 256

// Dsymv performs y = alpha·A·x + beta·y for the n×n symmetric A of which the
// triangle ul is stored, as gonum's Dsymv (and with its panics), row by row
// of the stored triangle: each stored row is read once, for its own element
// of y (a dot product) and for the elements of y it stands for in the other
// triangle (an axpy), in AVX-512 or AVX2 where the processor has it. gonum's Dsymv does the
// same in scalar Go, and was 40 % of a 784×784 eigendecomposition. For
// large A the rows are split into two parts with as many stored elements,
// each part adding into its own copy of y on its own goroutine: the product
// is bound by reading A, and this reads it on both cores. The split does not
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
	x, y = x[:n], y[:n]
	if n < minSymvOrder {
		scale(full, 1, n, beta, y, n)
		symvRows(ul, n, alpha, a, lda, x, y, 0, n)
		return
	}
	// The first r rows of the upper triangle hold about half its elements
	// when (n − r)² = n²/2; of the lower, when r² = n²/2.
	r := int(float64(n) / math.Sqrt2)
	if ul == blas.Upper {
		r = n - r
	}
	parts := make([]float64, 2*n)
	par.Each(min(2, runtime.GOMAXPROCS(0)), 2, func(q int) {
		if q == 0 {
			symvRows(ul, n, alpha, a, lda, x, parts[:n], 0, r)
		} else {
			symvRows(ul, n, alpha, a, lda, x, parts[n:], r, n)
		}
	})
	scale(full, 1, n, beta, y, n)
	for i := range y {
		y[i] += parts[i] + parts[n+i]
	}
}

// symvRows adds to y alpha times the part of A·x that the stored rows
// r0:r1 of the triangle ul of the n×n symmetric A make up.
func symvRows(ul blas.Uplo, n int, alpha float64, a []float64, lda int, x, y []float64, r0, r1 int) {
	x, y = x[:n], y[:n]
	for i := r0; i < r1; i++ {
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
	switch {
	case haveKernel && wide && n >= 16:
		j = n &^ 15
		d = dotAxpy16(j, &a[0], &x[0], &y[0], alpha)
	case haveKernel && n >= 8:
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
	if !haveKernel || small(n, n, k, minFlopsRankK, 2*minNR, 2*minNR) ||
		!rankKValid(ul, tA, n, k, a, lda, b, ldb, c, ldc, true) {
		// Small updates, and bad arguments, which gonum's Dsyr2k panics
		// on with its messages.
		impl.Implementation.Dsyr2k(ul, tA, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	trans := tA != blas.NoTrans
	tri := upper
	if ul == blas.Lower {
		tri = lower
	}
	product(tri, trans, !trans, n, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
	product(tri, trans, !trans, n, n, k, alpha, b, ldb, a, lda, 1, c, ldc)
}
