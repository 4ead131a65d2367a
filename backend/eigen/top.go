package eigen

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/lapack"
)

// Top computes all the eigenvalues of the symmetric n×n matrix whose upper
// triangle is in a (row-major, stride lda; a is overwritten), ascending in
// w, and orthonormal eigenvectors of the k largest in the columns of the
// n×k row-major z (stride ldz): column j belongs to w[n−1−j]. It reports
// false, as Dsyev, when the eigenvalue iteration does not converge.
//
// It is what LAPACK's dsyevx does for a few eigenvectors: the reduction to
// tridiagonal form T = QᵀAQ (gonum's Dsytrd), the eigenvalues of T without
// vectors (gonum's Dsterf, O(n²)), inverse iteration on T for the k
// eigenvectors wanted (O(kn), with the vectors of eigenvalues closer than
// 10⁻³‖T‖ orthogonalised against each other), and the k vectors multiplied
// by Q (gonum's Dormqr). Dsyev with eigenvectors also forms Q and applies
// every QL rotation to all n of them: for k = 30 of n = 784 this takes
// about half the time.
//
// The elements of a must be finite. It panics if k > n, a is too short for
// n and lda, or z for n, k and ldz.
func Top(n int, a []float64, lda int, k int, w, z []float64, ldz int) (ok bool) {
	switch {
	case n < 0 || k < 0 || k > n:
		panic("eigen: Top: bad n or k")
	case n == 0:
		return true
	case lda < n || len(a) < (n-1)*lda+n:
		panic("eigen: Top: a too short")
	case len(w) < n:
		panic("eigen: Top: w too short")
	case k > 0 && (ldz < k || len(z) < (n-1)*ldz+k):
		panic("eigen: Top: z too short")
	}
	if n == 1 {
		w[0] = a[0]
		if k == 1 {
			z[0] = 1
		}
		return true
	}
	var impl Implementation
	// The lower triangle from the upper: Dsytrd's lower form stores the
	// reflectors as Dormqr reads them. A matrix whose largest element is
	// outside about [1e-140, 1e140] is scaled by a power of 2 (exactly),
	// as gonum's Dsyev does, so that no square in the reduction underflows
	// or overflows; the eigenvalues are scaled back.
	anrm := impl.Dlansy(lapack.MaxAbs, blas.Upper, n, a, lda, nil)
	scale := 1.0
	if anrm > 0 && (anrm < 1e-140 || anrm > 1e140) {
		scale = math.Ldexp(1, -math.Ilogb(anrm))
	}
	for i := range n {
		for j := i; j < n; j++ {
			v := a[i*lda+j] * scale
			a[i*lda+j], a[j*lda+i] = v, v
		}
	}
	defer func() {
		if scale != 1 {
			for i := range n {
				w[i] /= scale
			}
		}
	}()
	d, e, tau := make([]float64, n), make([]float64, n-1), make([]float64, n-1)
	work := make([]float64, 1)
	impl.Dsytrd(blas.Lower, n, a, lda, d, e, tau, work, -1)
	lwork := max(int(work[0]), 64*n)
	work = make([]float64, lwork)
	impl.Dsytrd(blas.Lower, n, a, lda, d, e, tau, work, lwork)

	copy(w, d)
	ee := append([]float64(nil), e...)
	if !impl.Dsterf(n, w[:n], ee) {
		return false
	}
	if k == 0 {
		return true
	}
	inverseIteration(d, e, w[n-k:n], z, ldz)
	// z ← Q z, Q = 1 ⊕ Q' with Q' the product of Dsytrd's n−1 reflectors.
	impl.Dormqr(blas.Left, blas.NoTrans, n-1, k, n-1, a[lda:], lda, tau, z[ldz:], ldz, work, lwork)
	return true
}

// inverseIteration sets the columns of the n×k row-major z (stride ldz) to
// orthonormal eigenvectors of the symmetric tridiagonal matrix with
// diagonal d and off-diagonal e, column j for the eigenvalue vals[k−1−j]
// (vals ascending, as computed to working accuracy). It follows LAPACK's
// dstein: eigenvalues closer than 10⁻³‖T‖ form a cluster, whose vectors are
// orthogonalised against each other (modified Gram–Schmidt) after each
// solve; an eigenvalue equal to its neighbour within 10ε‖T‖ is moved by
// that much, so that the solves of a repeated eigenvalue differ; the start
// vectors are pseudo-random with a fixed seed.
func inverseIteration(d, e, vals, z []float64, ldz int) {
	n, k := len(d), len(vals)
	const eps = 0x1p-53
	tnorm := Implementation{}.Dlanst(lapack.MaxRowSum, n, d, e)
	if tnorm == 0 {
		// T = 0: any orthonormal vectors.
		for j := range k {
			for i := range n {
				z[i*ldz+j] = 0
			}
			z[j*ldz+j] = 1
		}
		return
	}
	ortol := 1e-3 * tnorm
	pertol := 10 * eps * tnorm
	rnd := rand.New(rand.NewPCG(1, 2))
	var lu tridiagLU
	x := make([]float64, n)
	// clusterStart is the first column of the current cluster.
	clusterStart := 0
	prev := math.Inf(1)
	for j := range k {
		lambda := vals[k-1-j]
		if j > 0 && prev-lambda > ortol {
			clusterStart = j
		}
		if j > 0 && prev-lambda < pertol {
			lambda = prev - pertol
		}
		prev = lambda
		for i := range x {
			x[i] = rnd.Float64()*2 - 1
		}
		lu.factor(d, e, lambda, pertol)
		// Three solves: the first amplifies the eigenvector's component by
		// about 1/(ε‖T‖) over the others', the next ones clean what
		// the cluster's orthogonalisation and rounding leave.
		for range 3 {
			scaleToUnit(x)
			lu.solve(x)
			for c := clusterStart; c < j; c++ {
				var dot float64
				for i := range n {
					dot += x[i] * z[i*ldz+c]
				}
				for i := range n {
					x[i] -= dot * z[i*ldz+c]
				}
			}
		}
		scaleToUnit(x)
		for i, v := range x {
			z[i*ldz+j] = v
		}
	}
}

// scaleToUnit scales x to unit Euclidean norm (leaving a zero x alone).
func scaleToUnit(x []float64) {
	if nrm := floats.Norm(x, 2); nrm > 0 {
		floats.Scale(1/nrm, x)
	}
}

// tridiagLU is the LU factorisation with partial pivoting of T − λI, T
// symmetric tridiagonal (LAPACK's dgttrf): L unit lower bidiagonal with
// multipliers l, U upper triangular with diagonal u0 and two
// super-diagonals u1, u2, and the row interchanges swap.
type tridiagLU struct {
	u0, u1, u2, l []float64
	swap          []bool
}

// factor factors T − λI, T with diagonal d and off-diagonal e; a pivot
// that comes out zero is replaced by tiny, as inverse iteration wants a
// large solution, not a failure, for an exact eigenvalue.
func (f *tridiagLU) factor(d, e []float64, lambda, tiny float64) {
	n := len(d)
	grow := func(s []float64, m int) []float64 {
		if cap(s) < m {
			return make([]float64, m)
		}
		return s[:m]
	}
	f.u0, f.u1, f.u2, f.l = grow(f.u0, n), grow(f.u1, n), grow(f.u2, n), grow(f.l, n)
	if cap(f.swap) < n {
		f.swap = make([]bool, n)
	}
	f.swap = f.swap[:n]
	u0, u1, u2, l := f.u0, f.u1, f.u2, f.l
	for i := range n {
		u0[i] = d[i] - lambda
		u1[i], u2[i] = 0, 0
		if i < n-1 {
			u1[i] = e[i]
		}
	}
	for i := 0; i < n-1; i++ {
		sub := e[i] // T[i+1, i]
		if math.Abs(u0[i]) >= math.Abs(sub) {
			f.swap[i] = false
			if u0[i] == 0 {
				u0[i] = tiny
			}
			m := sub / u0[i]
			l[i] = m
			u0[i+1] -= m * u1[i]
			continue
		}
		// Swap rows i and i+1: row i+1 is (sub, d[i+1]−λ, e[i+1]).
		f.swap[i] = true
		m := u0[i] / sub
		l[i] = m
		u0[i] = sub
		next1 := u0[i+1]
		u0[i+1] = u1[i] - m*next1
		u1[i] = next1
		if i < n-2 {
			u2[i] = u1[i+1]
			u1[i+1] = -m * u2[i]
		}
	}
	if u0[n-1] == 0 {
		u0[n-1] = tiny
	}
}

// solve overwrites x with (T − λI)⁻¹ x.
func (f *tridiagLU) solve(x []float64) {
	n := len(x)
	u0, u1, u2, l := f.u0, f.u1, f.u2, f.l
	// L y = P x.
	for i := 0; i < n-1; i++ {
		if f.swap[i] {
			x[i], x[i+1] = x[i+1], x[i]-l[i]*x[i+1]
		} else {
			x[i+1] -= l[i] * x[i]
		}
	}
	// U x = y, rescaling when the solution grows near overflow.
	for i := n - 1; i >= 0; i-- {
		v := x[i]
		if i < n-1 {
			v -= u1[i] * x[i+1]
		}
		if i < n-2 {
			v -= u2[i] * x[i+2]
		}
		x[i] = v / u0[i]
		if math.Abs(x[i]) > 1e150 {
			// The rows still to solve scale with the solution.
			for t := range x {
				x[t] *= 1e-150
			}
		}
	}
}
