package gemm

import (
	"runtime"

	"gonum.org/v1/gonum/blas"

	"github.com/linae/linae/backend/par"
)

// Dsyrk performs one of the symmetric rank-k operations
//
//	C = alpha * A * Aᵀ + beta * C   if tA == blas.NoTrans (A n×k)
//	C = alpha * Aᵀ * A + beta * C   if tA == blas.Trans (A k×n)
//
// on the triangle ul of the n×n symmetric matrix C, as gonum's Dsyrk (and
// with its panics); the other triangle is not referenced. Large updates are
// Dgemm's blocked product with the micro-tiles outside the triangle
// skipped; where the micro-kernel cannot run, they are tiles of gonum's
// Dgemm on GOMAXPROCS goroutines (see syrkTiled).
func (impl Implementation) Dsyrk(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	impl.dsyrkOn(runtime.GOMAXPROCS(0), ul, tA, n, k, alpha, a, lda, beta, c, ldc)
}

// dsyrkOn is Dsyrk on at most the given number of goroutines.
func (impl Implementation) dsyrkOn(workers int, ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	if gonumDsyrk(tA != blas.NoTrans, n, k) || alpha == 0 || k == 0 ||
		!rankKValid(ul, tA, n, k, a, lda, nil, 0, c, ldc, false) {
		// Small updates, those that only scale C, and bad arguments, which
		// gonum's Dsyrk panics on with its messages.
		impl.Implementation.Dsyrk(ul, tA, n, k, alpha, a, lda, beta, c, ldc)
		return
	}
	if !haveKernel {
		impl.syrkTiled(workers, ul, tA, n, k, alpha, a, lda, beta, c, ldc)
		return
	}
	trans := tA != blas.NoTrans
	tri := upper
	if ul == blas.Lower {
		tri = lower
	}
	// C = alpha·op(A)·op(A)ᵀ + beta·C with op(A) = A (n×k) or Aᵀ: one
	// product that skips the tiles outside the triangle.
	productWith(workers, tri, trans, !trans, n, n, k, alpha, a, lda, a, lda, beta, c, ldc)
}

// syrkTile is the order of syrkTiled's tiles: gonum's Dgemm runs a product
// whose output is one 64×64 block serially, so each tile is one
// cache-blocked serial Dgemm.
const syrkTile = 64

// syrkTiled is Dsyrk, with valid arguments, k > 0 and alpha ≠ 0, where the
// micro-kernel cannot run (the noasm build, processors without AVX2 and
// FMA, other architectures). gonum's own Dsyrk is unblocked and runs on one
// core, several times slower than the same work as Dgemm on MNIST-sized
// data, and a full Dgemm would do twice the work. Instead the tiles of the
// triangle are independent Dgemms spread over the cores. A diagonal tile is
// computed whole in a scratch tile and only its triangle is copied back, so
// that the other triangle of C is neither read nor written. Each element is
// computed by gonum's Dgemm on its tile, whatever the number of goroutines.
func (impl Implementation) syrkTiled(workers int, ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	// op(A) = A (n×k, tB = Trans for the right factor) or Aᵀ (A k×n); row
	// i of op(A) starts at a[i·lda] or a[i].
	if testHook.force {
		testHook.tiledCalls.Add(1)
	}
	tL, tR, step := blas.NoTrans, blas.Trans, lda
	if tA != blas.NoTrans {
		tL, tR, step = blas.Trans, blas.NoTrans, 1
	}
	type tile struct{ i0, j0 int }
	var tiles []tile
	for i0 := 0; i0 < n; i0 += syrkTile {
		lo, hi := i0, n // upper: tiles right of the diagonal
		if ul == blas.Lower {
			lo, hi = 0, i0+1
		}
		for j0 := lo - lo%syrkTile; j0 < hi; j0 += syrkTile {
			tiles = append(tiles, tile{i0, j0})
		}
	}
	if float64(n)*float64(n)*float64(k) < 1<<20 {
		workers = 1
	}
	par.Each(workers, len(tiles), func(q int) {
		i0, j0 := tiles[q].i0, tiles[q].j0
		ib, jb := min(syrkTile, n-i0), min(syrkTile, n-j0)
		ai, aj := a[i0*step:], a[j0*step:]
		if i0 != j0 {
			impl.Implementation.Dgemm(tL, tR, ib, jb, k, alpha, ai, lda, aj, lda, beta, c[i0*ldc+j0:], ldc)
			return
		}
		var t [syrkTile * syrkTile]float64
		for i := range ib {
			lo, hi := i, ib
			if ul == blas.Lower {
				lo, hi = 0, i+1
			}
			copy(t[i*ib+lo:i*ib+hi], c[(i0+i)*ldc+j0+lo:(i0+i)*ldc+j0+hi])
		}
		impl.Implementation.Dgemm(tL, tR, ib, ib, k, alpha, ai, lda, aj, lda, beta, t[:ib*ib], ib)
		for i := range ib {
			lo, hi := i, ib
			if ul == blas.Lower {
				lo, hi = 0, i+1
			}
			copy(c[(i0+i)*ldc+j0+lo:(i0+i)*ldc+j0+hi], t[i*ib+lo:i*ib+hi])
		}
	})
}

// rankKValid reports whether gonum's Dsyrk (two = false) or Dsyr2k (two =
// true) accepts the arguments, for n > 0. Where it does not, the routines
// call gonum's, which panics with its message: calling it to check, as
// Dgemm does, would with alpha = 0 and beta = 1 still pass over C's
// triangle, which for the covariance of MNIST, accumulated in 30 updates,
// is a pass over 2.4 MB each time.
func rankKValid(ul blas.Uplo, tA blas.Transpose, n, k int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int, two bool) bool {
	if ul != blas.Lower && ul != blas.Upper || tA != blas.Trans && tA != blas.NoTrans && tA != blas.ConjTrans || n < 0 || k < 0 {
		return false
	}
	row, col := k, n
	if tA == blas.NoTrans {
		row, col = n, k
	}
	return lda >= max(1, col) && (!two || ldb >= max(1, col)) && ldc >= max(1, n) &&
		len(a) >= lda*(row-1)+col && (!two || len(b) >= ldb*(row-1)+col) && len(c) >= ldc*(n-1)+n
}
