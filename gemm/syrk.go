package gemm

import (
	"gonum.org/v1/gonum/blas"
)

// syrkBlock is the width of the diagonal blocks of Dsyrk: the off-diagonal
// part of each block row is one Dgemm, wide enough to spread over the cores,
// and the diagonal blocks (computed whole, then one triangle kept) add
// about syrkBlock/n of extra work.
const syrkBlock = 128

// Dsyrk performs one of the symmetric rank-k operations
//
//	C = alpha * A * Aᵀ + beta * C   if tA == blas.NoTrans (A n×k)
//	C = alpha * Aᵀ * A + beta * C   if tA == blas.Trans (A k×n)
//
// on the triangle ul of the n×n symmetric matrix C, as gonum's Dsyrk (and
// with its panics); the other triangle is not referenced. Large updates are
// computed as Dgemms of the block rows of the triangle.
func (impl Implementation) Dsyrk(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	if !haveKernel || n*n*k < 2*minFlops || n < 2*syrkBlock {
		impl.Implementation.Dsyrk(ul, tA, n, k, alpha, a, lda, beta, c, ldc)
		return
	}
	// gonum's checks of the arguments; with alpha = 0 and beta = 1 it
	// returns right after them.
	impl.Implementation.Dsyrk(ul, tA, n, k, 0, a, lda, 1, c, ldc)
	trans := tA != blas.NoTrans
	// rows returns the data of op(A)[i0:, :], op(A) = A or Aᵀ being n×k.
	rows := func(i0 int) []float64 {
		if trans {
			return a[i0:]
		}
		return a[i0*lda:]
	}
	var diag []float64
	for i0 := 0; i0 < n; i0 += syrkBlock {
		i1 := min(i0+syrkBlock, n)
		bi := i1 - i0
		// The block's triangle, through a full bi×bi product.
		if cap(diag) < bi*bi {
			diag = make([]float64, bi*bi)
		}
		diag = diag[:bi*bi]
		dgemm(trans, !trans, bi, bi, k, alpha, rows(i0), lda, rows(i0), lda, 0, diag, bi)
		for r := range bi {
			lo, hi := r, bi // upper: columns r..bi-1 of row r
			if ul == blas.Lower {
				lo, hi = 0, r+1
			}
			crow := c[(i0+r)*ldc+i0:]
			for q := lo; q < hi; q++ {
				if beta == 0 {
					crow[q] = diag[r*bi+q]
				} else {
					crow[q] = diag[r*bi+q] + beta*crow[q]
				}
			}
		}
		// The rest of the block row inside the triangle.
		j0, j1 := i1, n
		if ul == blas.Lower {
			j0, j1 = 0, i0
		}
		if j1 > j0 {
			dgemm(trans, !trans, bi, j1-j0, k, alpha, rows(i0), lda, rows(j0), lda, beta, c[i0*ldc+j0:], ldc)
		}
	}
}
