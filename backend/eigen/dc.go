package eigen

import (
	"math"
	"runtime"
	"slices"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/linae/linae/backend/par"
)

// leafOrder is the largest block the divide and conquer hands to the QL
// iteration instead of tearing it further, as LAPACK's smlsiz (25).
const leafOrder = 32

// tridiagonalDC finds the eigenvalues (ascending, in d) and the
// eigenvectors (the columns of the n×n row-major q, overwritten) of the
// symmetric tridiagonal matrix with diagonal d and off-diagonal e, by
// Cuppen's divide and conquer as LAPACK's dstedc: the matrix is split where
// an off-diagonal element is negligible, each block is torn in two by a
// rank-one change, the halves are solved recursively (by the QL iteration
// below leafOrder), and each merge solves the secular equation of a
// diagonal matrix plus a rank-one change, with deflation (dlaed2), roots
// in shifted coordinates (dlaed4) and the rank-one vector recomputed from
// the roots (Gu and Eisenstat, dlaed3) so that the eigenvectors come out
// orthogonal; they are multiplied into the halves' by matrix products.
// scratch, if it has n·n elements, is used and overwritten; otherwise the
// function allocates its own. It reports false when a QL iteration does
// not converge.
func tridiagonalDC(d, e, q []float64, n, ldq int, scratch []float64) bool {
	const eps = 0x1p-53
	for i := range n {
		row := q[i*ldq : i*ldq+n]
		clear(row)
	}
	tnorm := 0.0
	for i := range n {
		tnorm = max(tnorm, math.Abs(d[i]))
		if i < n-1 {
			tnorm = max(tnorm, math.Abs(e[i]))
		}
	}
	if tnorm == 0 {
		for i := range n {
			q[i*ldq+i] = 1
		}
		return true
	}
	// Scaled to norm one, as dstedc: the secular equation's sums and
	// products then stay far from overflow and underflow.
	dd := make([]float64, n)
	ee := make([]float64, max(n-1, 0))
	for i := range n {
		dd[i] = d[i] / tnorm
	}
	for i := range n - 1 {
		ee[i] = e[i] / tnorm
	}
	w := newDCWork(n, scratch)
	start := 0
	for start < n {
		// The unreduced block start..end: an off-diagonal element
		// negligible beside its neighbours, or beside the matrix, ends it
		// (the QL iteration's test).
		end := start
		for ; end < n-1; end++ {
			a := math.Abs(ee[end])
			if a <= eps || a <= eps*math.Sqrt(math.Abs(dd[end]))*math.Sqrt(math.Abs(dd[end+1])) {
				break
			}
		}
		m := end - start + 1
		if !w.solve(dd[start:end+1], ee[start:end], q[start*ldq+start:], m, ldq) {
			return false
		}
		start = end + 1
	}
	for i := range n {
		d[i] = dd[i] * tnorm
	}
	sortAscending(d, q, n, ldq)
	return true
}

// dcWork holds the buffers of the merges, sized for the whole matrix.
type dcWork struct {
	z, dl, zl, lam, norm []float64
	delta                []float64 // k×k
	a, out               []float64 // n×n
	perm, cols, defl     []int
	kind                 []uint8
	origin               []int
}

func newDCWork(n int, scratch []float64) *dcWork {
	if len(scratch) < n*n {
		scratch = make([]float64, n*n)
	}
	return &dcWork{
		z: make([]float64, n), dl: make([]float64, n), zl: make([]float64, n),
		lam: make([]float64, n), norm: make([]float64, n),
		delta: make([]float64, n*n),
		a:     make([]float64, n*n), out: scratch[:n*n],
		perm: make([]int, n), cols: make([]int, n), defl: make([]int, n),
		kind: make([]uint8, n), origin: make([]int, n),
	}
}

// solve finds the eigenvalues (ascending, in d) and eigenvectors (in the
// n×n block at q, stride ldq) of the unreduced tridiagonal matrix (d, e).
func (w *dcWork) solve(d, e, q []float64, n, ldq int) bool {
	if n <= leafOrder {
		for i := range n {
			row := q[i*ldq : i*ldq+n]
			clear(row)
			row[i] = 1
		}
		if n == 1 {
			return true
		}
		if !tridiagonalQL(d, e, q, n, ldq) {
			return false
		}
		sortAscending(d, q, n, ldq)
		return true
	}
	n1 := n / 2
	rho := e[n1-1]
	d[n1-1] -= math.Abs(rho)
	d[n1] -= math.Abs(rho)
	// The off-diagonal blocks of q are zero while the halves are solved.
	for i := range n1 {
		clear(q[i*ldq+n1 : i*ldq+n])
	}
	for i := n1; i < n; i++ {
		clear(q[i*ldq : i*ldq+n1])
	}
	if !w.solve(d[:n1], e[:n1-1], q, n1, ldq) || !w.solve(d[n1:], e[n1:], q[n1*ldq+n1:], n-n1, ldq) {
		return false
	}
	w.merge(d, q, n, n1, ldq, rho)
	return true
}

// Column kinds: where a column of the merged halves' eigenvector matrix
// is not zero.
const (
	kindTop    = 1 // rows 0..n1 only
	kindBottom = 2 // rows n1..n only
	kindBoth   = kindTop | kindBottom
)

// merge finds the eigensystem of diag(T₁, T₂) + ρ·vvᵀ, v = e_{n1−1} +
// sign(ρ)·e_{n1}, from the halves' eigenvalues d[:n1], d[n1:] (each
// ascending) and eigenvectors (the diagonal blocks of q).
func (w *dcWork) merge(d, q []float64, n, n1, ldq int, rho float64) {
	const eps = 0x1p-53
	z := w.z[:n]
	// z = Qᵀv/√2: the last row of Q₁ and the first of Q₂; then
	// ρ·vvᵀ = 2|ρ|·(Qz)(Qz)ᵀ with ‖z‖ = 1.
	for j := range n1 {
		z[j] = q[(n1-1)*ldq+j] / math.Sqrt2
	}
	sg := math.Copysign(1/math.Sqrt2, rho)
	for j := n1; j < n; j++ {
		z[j] = q[n1*ldq+j] * sg
	}
	rho = 2 * math.Abs(rho)
	kind := w.kind[:n]
	for j := range n {
		if j < n1 {
			kind[j] = kindTop
		} else {
			kind[j] = kindBottom
		}
	}
	// perm: the columns in ascending order of d (a merge of two sorted
	// lists).
	perm := w.perm[:n]
	i1, i2 := 0, n1
	for p := range n {
		if i2 >= n || i1 < n1 && d[i1] <= d[i2] {
			perm[p] = i1
			i1++
		} else {
			perm[p] = i2
			i2++
		}
	}
	dmax, zmax := 0.0, 0.0
	for j := range n {
		dmax = max(dmax, math.Abs(d[j]))
		zmax = max(zmax, math.Abs(z[j]))
	}
	tol := 8 * eps * max(dmax, zmax)
	// Deflation (dlaed2): a column whose z is negligible keeps its
	// eigenpair; of two columns whose eigenvalues are close, a rotation
	// puts all of their z in one and deflates the other.
	cols := w.cols[:0] // non-deflated columns, ascending d
	defl := w.defl[:0] // deflated columns
	pj := -1
	for _, nj := range perm {
		if rho*math.Abs(z[nj]) <= tol {
			defl = append(defl, nj)
			continue
		}
		if pj < 0 {
			pj = nj
			continue
		}
		s, c := z[pj], z[nj]
		tau := math.Hypot(c, s)
		t := d[nj] - d[pj]
		c /= tau
		s = -s / tau
		if math.Abs(t*c*s) <= tol {
			z[nj], z[pj] = tau, 0
			// Columns pj, nj ← (c·pj + s·nj, c·nj − s·pj).
			kind[pj] |= kind[nj]
			kind[nj] = kind[pj]
			for r := range n {
				row := q[r*ldq:]
				x, y := row[pj], row[nj]
				row[pj] = c*x + s*y
				row[nj] = c*y - s*x
			}
			t = d[pj]*c*c + d[nj]*s*s
			d[nj] = d[pj]*s*s + d[nj]*c*c
			d[pj] = t
			defl = append(defl, pj)
			pj = nj
			continue
		}
		cols = append(cols, pj)
		pj = nj
	}
	if pj >= 0 {
		cols = append(cols, pj)
	}
	k := len(cols)
	out := w.out[:n*n]
	lam := w.lam[:n]
	if k > 0 {
		dl, zl := w.dl[:k], w.zl[:k]
		for i, c := range cols {
			dl[i], zl[i] = d[c], z[c]
		}
		delta := w.delta[:k*k]
		// The roots, each in its own interval, independent of each other.
		workers := 1
		if k >= 128 {
			workers = runtime.GOMAXPROCS(0)
		}
		par.Split(workers, k, func(lo, hi int) {
			for j := lo; j < hi; j++ {
				o, tau := secularRoot(j, dl, zl, rho, delta[j*k:(j+1)*k])
				lam[j] = dl[o] + tau
			}
		})
		// Gu and Eisenstat: the z for which the computed roots are exact
		// eigenvalues of diag(dl) + ρ·zzᵀ (to rounding), from
		// z_i² = Π_j (λ_j − d_i) / (ρ Π_{j≠i} (d_j − d_i)).
		zh := w.norm[:k]
		for i := range k {
			p := delta[i*k+i] // d_i − λ_i
			for j := range k {
				if j != i {
					p *= delta[j*k+i] / (dl[i] - dl[j])
				}
			}
			zh[i] = math.Copysign(math.Sqrt(-p), zl[i])
		}
		// The rows of U are put in the order of the columns of Q[:, cols]
		// gathered into a: first those with a top part only, then those
		// with both, then those with a bottom part only, so that the top
		// rows of the product need only the first two groups and the
		// bottom rows the last two, as LAPACK's dlaed2 arranges them.
		pos := w.origin[:k]
		var count [4]int
		for _, c := range cols {
			count[kind[c]]++
		}
		kt, kb := count[kindTop], count[kindBoth]
		next := [4]int{kindTop: 0, kindBoth: kt, kindBottom: kt + kb}
		for i, c := range cols {
			pos[i] = next[kind[c]]
			next[kind[c]]++
		}
		// U[i][j] = ẑ_i / (d_i − λ_j), columns normalised; row j of delta
		// becomes column j of U with its rows in the order pos.
		row := w.dl[:k] // dl is not needed any more
		for j := range k {
			dj := delta[j*k : (j+1)*k]
			s := 0.0
			for i := range k {
				v := zh[i] / dj[i]
				row[i] = v
				s += v * v
			}
			s = 1 / math.Sqrt(s)
			for i := range k {
				dj[pos[i]] = row[i] * s
			}
		}
		a := w.a[:n*k]
		for r := range n {
			row, dst := q[r*ldq:r*ldq+n], a[r*k:(r+1)*k]
			for i, c := range cols {
				dst[pos[i]] = row[c]
			}
		}
		gemm := blas64.Implementation().Dgemm
		if kt+kb > 0 {
			gemm(blas.NoTrans, blas.Trans, n1, k, kt+kb, 1, a, k, delta, k, 0, out, n)
		} else {
			for r := range n1 {
				clear(out[r*n : r*n+k])
			}
		}
		if k-kt > 0 {
			gemm(blas.NoTrans, blas.Trans, n-n1, k, k-kt, 1, a[n1*k+kt:], k, delta[kt:], k, 0, out[n1*n:], n)
		} else {
			for r := n1; r < n; r++ {
				clear(out[r*n : r*n+k])
			}
		}
	}
	for m, c := range defl {
		lam[k+m] = d[c]
		for r := range n {
			out[r*n+k+m] = q[r*ldq+c]
		}
	}
	// Ascending order, written back.
	order := w.perm[:n]
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		switch {
		case lam[x] < lam[y]:
			return -1
		case lam[x] > lam[y]:
			return 1
		}
		return 0
	})
	for j, o := range order {
		d[j] = lam[o]
	}
	for r := range n {
		row := q[r*ldq : r*ldq+n]
		src := out[r*n : r*n+n]
		for j, o := range order {
			row[j] = src[o]
		}
	}
}

// secularRoot finds the j-th root (ascending) of the secular equation
// f(λ) = 1/ρ + Σ_i z_i²/(d_i − λ) = 0, d ascending and distinct, ρ > 0,
// ‖z‖ = 1, as LAPACK's dlaed4: λ = d_o + τ, with the origin o the pole
// nearer the root, and delta_i = (d_i − d_o) − τ, which is d_i − λ to high
// relative accuracy. Each step fits f by the two poles around the root
// (Li's middle way) and falls back to bisection when the step leaves the
// bracket.
func secularRoot(j int, d, z []float64, rho float64, delta []float64) (o int, tau float64) {
	const eps = 0x1p-53
	k := len(d)
	rhoinv := 1 / rho
	// f at λ = d_o + t, with derivative and error bound, filling delta.
	eval := func(o int, t float64) (f, df, errBound float64) {
		f = rhoinv
		sumAbs := 0.0
		for i := range k {
			di := (d[i] - d[o]) - t
			delta[i] = di
			v := z[i] / di
			term := z[i] * v
			f += term
			df += v * v
			sumAbs += math.Abs(term)
		}
		errBound = eps * (8*sumAbs + 2*rhoinv + 3*math.Abs(t)*df)
		return f, df, errBound
	}
	// The first point: the middle of the root's interval (of the half of
	// (d_{k−1}, d_{k−1} + ρ] for the last root), whose sign also tells
	// which pole is nearer.
	var lo, hi, f, df, errBound float64
	var p0, p1 int // the two poles of the fit
	if j == k-1 {
		o, lo, hi, tau = k-1, 0, rho, rho/2
		p0, p1 = max(k-2, 0), k-1
		f, df, errBound = eval(o, tau)
	} else {
		gap := d[j+1] - d[j]
		p0, p1 = j, j+1
		o, lo, hi, tau = j, 0, gap, gap/2
		f, df, errBound = eval(o, tau)
		if f < 0 {
			// The root is nearer d_{j+1}: the same point from there.
			o, lo, hi, tau = j+1, -gap, 0, -gap/2
			f, df, errBound = eval(o, tau)
		}
	}
	middle, prevF := false, 0.0
	for iter := 0; ; iter++ {
		if iter > 0 {
			f, df, errBound = eval(o, tau)
		}
		if math.Abs(f) <= errBound || iter >= 100 {
			return o, tau
		}
		if f < 0 {
			lo = max(lo, tau)
		} else {
			hi = min(hi, tau)
		}
		// The fit c + s/(δ_{p0} − η) + S/(δ_{p1} − η) matches f and f′
		// at τ. Fixed weight (Li): the pole at the origin, which
		// dominates near the root, keeps its own weight z_o², the other
		// takes the rest of f′. Middle way, when that converges slowly:
		// the poles at and below p0 take ψ′, those above φ′.
		d0, d1 := delta[p0], delta[p1]
		var s0, s1 float64
		switch {
		case p0 == p1:
			s0 = z[p0] * z[p0]
		case middle:
			var dpsi float64
			for i := 0; i <= p0; i++ {
				v := z[i] / delta[i]
				dpsi += v * v
			}
			s0, s1 = d0*d0*dpsi, d1*d1*(df-dpsi)
		case o == p0:
			s0 = z[p0] * z[p0]
			s1 = d1 * d1 * (df - s0/(d0*d0))
		default:
			s1 = z[p1] * z[p1]
			s0 = d0 * d0 * (df - s1/(d1*d1))
		}
		var eta float64
		if p0 == p1 {
			// c + s0/(δ − η) = 0.
			eta = d0 + s0/(f-s0/d0)
		} else {
			c := f - s0/d0 - s1/d1
			// The roots of cη² − aη + b = 0, stably.
			a := c*(d0+d1) + s0 + s1
			b := c*d0*d1 + s0*d1 + s1*d0
			disc := math.Sqrt(math.Abs(a*a - 4*b*c))
			qq := (a + math.Copysign(disc, a)) / 2
			r1, r2 := math.Inf(1), math.Inf(1)
			if c != 0 {
				r1 = qq / c
			}
			if qq != 0 {
				r2 = b / qq
			}
			in := func(x float64) bool { return tau+x > lo && tau+x < hi }
			switch {
			case in(r1) && in(r2):
				if math.Abs(r1) < math.Abs(r2) {
					eta = r1
				} else {
					eta = r2
				}
			case in(r1):
				eta = r1
			case in(r2):
				eta = r2
			default:
				eta = -f / df
			}
		}
		if iter > 0 && f*prevF > 0 && math.Abs(f) > math.Abs(prevF)/10 {
			middle = !middle
		}
		prevF = f
		next := tau + eta
		if !(next > lo && next < hi) {
			next = (lo + hi) / 2
		}
		if next == tau || hi-lo <= 2*eps*max(math.Abs(lo), math.Abs(hi)) {
			// No representable progress: the root is found to rounding.
			eval(o, next)
			return o, next
		}
		tau = next
	}
}
