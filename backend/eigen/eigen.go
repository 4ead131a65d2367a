package eigen

import (
	"math"
	"runtime"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"

	"github.com/linae/linae/backend/par"
)

// Implementation is gonum's LAPACK with Dsyev replaced.
type Implementation struct {
	gonum.Implementation
}

// minOrder is the order below which gonum's Dsyev is used: the divide and
// conquer and the batched rotations of its QL leaves pay off only on
// matrices larger than its leaves.
const minOrder = 64

// Dsyev computes the eigenvalues (ascending, in w) and, with
// lapack.EVCompute, the orthonormal eigenvectors (in the columns of a) of
// the symmetric n×n row-major matrix a, of which the triangle uplo is
// referenced, with gonum's contract: the workspace query (lwork == -1), its
// panics for bad arguments, and ok = false when the iteration does not
// converge. Eigenvalues only, small matrices, and matrices whose entries
// are so large or small that gonum would scale them go to gonum's Dsyev.
func (impl Implementation) Dsyev(jobz lapack.EVJob, uplo blas.Uplo, n int, a []float64, lda int, w, work []float64, lwork int) (ok bool) {
	if jobz != lapack.EVCompute || n < minOrder || lwork == -1 {
		return impl.Implementation.Dsyev(jobz, uplo, n, a, lda, w, work, lwork)
	}
	if uplo != blas.Upper && uplo != blas.Lower || lda < n || lwork < 3*n-1 ||
		len(work) < lwork || len(a) < (n-1)*lda+n || len(w) < n {
		// Bad arguments: gonum's Dsyev panics with its message.
		return impl.Implementation.Dsyev(jobz, uplo, n, a, lda, w, work, lwork)
	}
	// gonum scales a matrix whose largest entry is outside [rmin, rmax]
	// (about 1e-146 to 1e146); such matrices go to gonum unchanged.
	anrm := impl.Dlansy(lapack.MaxAbs, uplo, n, a, lda, work)
	if anrm > 0 && anrm < 1e-140 || anrm > 1e140 || math.IsNaN(anrm) {
		return impl.Implementation.Dsyev(jobz, uplo, n, a, lda, w, work, lwork)
	}
	e := make([]float64, n)
	tau := make([]float64, n)
	impl.Dsytrd(uplo, n, a, lda, w, e, tau, work, lwork)
	impl.Dorgtr(uplo, n, a, lda, tau, work, lwork)
	// The tridiagonal matrix's eigenvectors by divide and conquer, then
	// their product with the reduction's orthogonal matrix: one call of
	// the BLAS's fastest routine.
	buf := make([]float64, 2*n*n)
	qt, z := buf[:n*n], buf[n*n:]
	if !tridiagonalDC(w, e[:n-1], qt, n, n, z) {
		return false
	}
	blas64.Implementation().Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, lda, qt, n, 0, z, n)
	for i := range n {
		copy(a[i*lda:i*lda+n], z[i*n:i*n+n])
	}
	return true
}

// rotation is a plane rotation of columns i and i+1 of the eigenvector
// matrix: (z_i, z_{i+1}) ← (c·z_i − s·z_{i+1}, s·z_i + c·z_{i+1}).
type rotation struct {
	c, s float64
	i    int
}

// batchSize is the number of rotations recorded before they are applied:
// 24 B each, 768 KiB a batch, which stays in L2 cache while every row of
// the eigenvector matrix goes through it.
const batchSize = 1 << 15

// tridiagonalQL finds the eigenvalues (in d) of the symmetric tridiagonal
// matrix with diagonal d and off-diagonal e (e is overwritten) by the
// implicit QL algorithm with Wilkinson shifts, and multiplies the rotations
// into the n columns of the row-major z. It reports false when the sweeps
// number more than 30·n in all, as LAPACK's dsteqr does: the budget is
// shared because an eigenvalue in a cluster can take many more than 30
// sweeps while rounding noise in its off-diagonal element, a few times the
// deflation threshold, happens to fall below it.
func tridiagonalQL(d, e, z []float64, n, ldz int) bool {
	const eps = 0x1p-53
	off := make([]float64, n) // e with a zero appended: off[n-1] = 0
	copy(off, e)
	// An off-diagonal element is negligible beside its neighbours on the
	// diagonal (relative accuracy where the matrix allows it), or beside
	// the whole matrix: a change of eps·‖T‖ is within what the reduction to
	// tridiagonal form has already made, and without it the tiny
	// eigenvalues of a rank-deficient matrix (noise of order eps·‖T‖)
	// would never pass the relative test.
	tnorm := 0.0
	for i := range n {
		tnorm = max(tnorm, math.Abs(d[i])+math.Abs(off[i])+math.Abs(off[max(i-1, 0)]))
	}
	floor := eps * tnorm
	sweeps := 30 * n
	// A batch's worth of rotations, or about as many as the iteration
	// needs on a small matrix (the leaves of the divide and conquer).
	rots := make([]rotation, 0, min(batchSize, 2*n*n))
	flush := func() {
		applyRotations(rots, z, n, ldz)
		rots = rots[:0]
	}
	for l := 0; l < n; l++ {
		for {
			// The first negligible off-diagonal element at or after l
			// ends the unreduced block l..m.
			m := l
			for ; m < n-1; m++ {
				if a := math.Abs(off[m]); a <= floor || a <= eps*(math.Abs(d[m])+math.Abs(d[m+1])) {
					off[m] = 0
					break
				}
			}
			if m == l {
				break
			}
			if sweeps == 0 {
				return false
			}
			sweeps--
			if len(rots)+(m-l) > batchSize {
				flush()
			}
			// Wilkinson shift from the leading 2×2 block, then one QL
			// sweep from the bottom of the block up, chasing the bulge.
			g := (d[l+1] - d[l]) / (2 * off[l])
			r := math.Hypot(g, 1)
			g = d[m] - d[l] + off[l]/(g+math.Copysign(r, g))
			s, c, p := 1.0, 1.0, 0.0
			underflow := false
			for i := m - 1; i >= l; i-- {
				f := s * off[i]
				b := c * off[i]
				r = math.Hypot(f, g)
				off[i+1] = r
				if r == 0 {
					// The rotation underflowed: the block splits here.
					d[i+1] -= p
					off[m] = 0
					underflow = true
					break
				}
				s = f / r
				c = g / r
				g = d[i+1] - p
				r = (d[i]-g)*s + 2*c*b
				p = s * r
				d[i+1] = g + p
				g = c*r - b
				rots = append(rots, rotation{c: c, s: s, i: i})
			}
			if underflow {
				continue
			}
			d[l] -= p
			off[l] = g
			off[m] = 0
		}
	}
	flush()
	return true
}

// rowGroup is the number of rows a goroutine carries through a batch of
// rotations together: the rows' updates are independent, so the processor
// overlaps them instead of waiting on one row's chain of dependent
// multiply-adds. With AVX2 the 16 rows are interleaved into a buffer
// (t[i·16+r] = z[r][i]) and rotated four to a register (rotate16), with
// AVX-512 32 rows eight to a register (rotate32); otherwise four rows at a
// time in Go.
func rowGroup() int {
	if haveRotate16 && wide {
		return 32
	}
	return 16
}

// applyRotations applies rots in order to the columns of the n×n row-major
// z, rows spread over GOMAXPROCS goroutines.
func applyRotations(rots []rotation, z []float64, n, ldz int) {
	if len(rots) == 0 {
		return
	}
	size := rowGroup() // rows a group
	groups := (n + size - 1) / size
	do := func(g0, g1 int) {
		var t []float64
		if haveRotate16 {
			t = make([]float64, n*size)
		}
		for g := g0; g < g1; g++ {
			r0 := g * size
			r1 := min(r0+size, n)
			if haveRotate16 && r1-r0 == size {
				for r := r0; r < r1; r++ {
					for i, v := range z[r*ldz : r*ldz+n] {
						t[i*size+r-r0] = v
					}
				}
				if size == 32 {
					rotate32(&rots[0], len(rots), &t[0])
				} else {
					rotate16(&rots[0], len(rots), &t[0])
				}
				for r := r0; r < r1; r++ {
					row := z[r*ldz : r*ldz+n]
					for i := range row {
						row[i] = t[i*size+r-r0]
					}
				}
				continue
			}
			r := r0
			for ; r+4 <= r1; r += 4 {
				rotateRows4(rots, z[r*ldz:r*ldz+n], z[(r+1)*ldz:(r+1)*ldz+n], z[(r+2)*ldz:(r+2)*ldz+n], z[(r+3)*ldz:(r+3)*ldz+n])
			}
			for ; r < r1; r++ {
				rotateRow(rots, z[r*ldz:r*ldz+n])
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if len(rots)*n < 1<<16 {
		workers = 1
	}
	par.Split(workers, groups, do)
}

func rotateRow(rots []rotation, z []float64) {
	for _, q := range rots {
		x, y := z[q.i], z[q.i+1]
		z[q.i] = q.c*x - q.s*y
		z[q.i+1] = q.s*x + q.c*y
	}
}

func rotateRows4(rots []rotation, z0, z1, z2, z3 []float64) {
	n := len(z0)
	z1, z2, z3 = z1[:n], z2[:n], z3[:n]
	for _, q := range rots {
		i := q.i
		if i+1 >= n {
			panic("eigen: rotation out of range")
		}
		c, s := q.c, q.s
		x0, y0 := z0[i], z0[i+1]
		x1, y1 := z1[i], z1[i+1]
		x2, y2 := z2[i], z2[i+1]
		x3, y3 := z3[i], z3[i+1]
		z0[i], z0[i+1] = c*x0-s*y0, s*x0+c*y0
		z1[i], z1[i+1] = c*x1-s*y1, s*x1+c*y1
		z2[i], z2[i+1] = c*x2-s*y2, s*x2+c*y2
		z3[i], z3[i+1] = c*x3-s*y3, s*x3+c*y3
	}
}

// sortAscending sorts the eigenvalues d ascending, permuting the columns of
// z alike (selection sort, as LAPACK: at most n−1 column swaps).
func sortAscending(d, z []float64, n, ldz int) {
	for i := 0; i < n-1; i++ {
		k := i
		for j := i + 1; j < n; j++ {
			if d[j] < d[k] {
				k = j
			}
		}
		if k == i {
			continue
		}
		d[i], d[k] = d[k], d[i]
		for r := range n {
			row := z[r*ldz:]
			row[i], row[k] = row[k], row[i]
		}
	}
}
