package eigen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"

	"github.com/linae/linae/backend/gemm"
)

// tridiagonals are the test matrices of the divide and conquer: diagonal
// and off-diagonal of each, by name.
func tridiagonals(n int, rnd *rand.Rand) map[string][2][]float64 {
	m := map[string][2][]float64{}
	add := func(name string, d, e []float64) { m[name] = [2][]float64{d, e} }
	d, e := make([]float64, n), make([]float64, n-1)
	for i := range n {
		d[i] = rnd.NormFloat64()
		if i < n-1 {
			e[i] = rnd.NormFloat64()
		}
	}
	add("random", d, e)
	// Glued Wilkinson matrices W21⁺, glued by 1e-8: pairs of eigenvalues
	// agreeing to many digits.
	d, e = make([]float64, n), make([]float64, n-1)
	for i := range n {
		d[i] = math.Abs(float64(i%21 - 10))
		if i < n-1 {
			e[i] = 1
			if i%21 == 20 {
				e[i] = 1e-8
			}
		}
	}
	add("glued Wilkinson", d, e)
	// (1, 2, 1) tridiagonal: known spectrum 2 − 2cos(kπ/(n+1)).
	d, e = make([]float64, n), make([]float64, n-1)
	for i := range n {
		d[i] = 2
		if i < n-1 {
			e[i] = -1
		}
	}
	add("second difference", d, e)
	// Tiny off-diagonals and zero blocks: many deflations and splits.
	d, e = make([]float64, n), make([]float64, n-1)
	for i := range n {
		if i%7 < 3 {
			d[i] = 0
		} else {
			d[i] = float64(i % 5)
		}
		if i < n-1 {
			e[i] = 1e-15 * rnd.NormFloat64()
			if i%11 == 0 {
				e[i] = 0.5
			}
		}
	}
	add("tiny off-diagonals", d, e)
	// Graded: entries falling over twenty orders of magnitude.
	d, e = make([]float64, n), make([]float64, n-1)
	for i := range n {
		d[i] = math.Pow(10, -20*float64(i)/float64(n))
		if i < n-1 {
			e[i] = 0.5 * math.Pow(10, -20*(float64(i)+0.5)/float64(n))
		}
	}
	add("graded", d, e)
	// All equal: the identity.
	d, e = make([]float64, n), make([]float64, n-1)
	for i := range d {
		d[i] = 1
	}
	add("identity", d, e)
	// The random matrix scaled near the ends of the range Dsyev keeps.
	for _, scale := range []float64{1e-130, 1e130} {
		r := m["random"]
		d, e = make([]float64, n), make([]float64, n-1)
		for i := range d {
			d[i] = r[0][i] * scale
			if i < n-1 {
				e[i] = r[1][i] * scale
			}
		}
		add(fmt.Sprintf("random ×%g", scale), d, e)
	}
	return m
}

// tridiagonalOf returns the tridiagonal form (diagonal, off-diagonal) of
// the symmetric n×n matrix a (row-major, stride n) by gonum's Dsytrd.
func tridiagonalOf(a []float64, n int) (d, e []float64) {
	d, e = make([]float64, n), make([]float64, n-1)
	tau := make([]float64, n-1)
	work := make([]float64, 64*n)
	gonum.Implementation{}.Dsytrd('U', n, append([]float64(nil), a...), n, d, e, tau, work, len(work))
	return d, e
}

// checkTridiagonalEigen checks the eigenvalues w and eigenvectors z (n×n,
// stride ldz) of the tridiagonal (d, e): ascending, equal to gonum's
// Dsteqr's within tolerance, residual ‖TZ − ZΛ‖/(n‖T‖ε) and orthogonality
// ‖ZᵀZ − I‖/(nε) below bound.
func checkTridiagonalEigen(t *testing.T, name string, d, e, w, z []float64, n, ldz int) {
	t.Helper()
	const eps = 0x1p-53
	const bound = 10
	tnorm := 0.0
	for i := range n {
		s := math.Abs(d[i])
		if i > 0 {
			s += math.Abs(e[i-1])
		}
		if i < n-1 {
			s += math.Abs(e[i])
		}
		tnorm = max(tnorm, s)
	}
	ref := append([]float64(nil), d...)
	eref := append([]float64(nil), e...)
	zref := make([]float64, n*n)
	if !(gonum.Implementation{}).Dsteqr(lapack.EVTridiag, n, ref, eref, zref, n, make([]float64, 2*n)) {
		t.Fatalf("%s: gonum's Dsteqr did not converge", name)
	}
	for i := range n {
		if i > 0 && w[i] < w[i-1] {
			t.Fatalf("%s: eigenvalues not ascending at %d", name, i)
		}
		if math.Abs(w[i]-ref[i]) > bound*float64(n)*eps*tnorm {
			t.Fatalf("%s: eigenvalue %d = %v, Dsteqr %v", name, i, w[i], ref[i])
		}
	}
	var res, orth float64
	for j := range n {
		for i := range n {
			v := d[i]*z[i*ldz+j] - w[j]*z[i*ldz+j]
			if i > 0 {
				v += e[i-1] * z[(i-1)*ldz+j]
			}
			if i < n-1 {
				v += e[i] * z[(i+1)*ldz+j]
			}
			res = max(res, math.Abs(v))
		}
		for k := range n {
			s := 0.0
			for i := range n {
				s += z[i*ldz+j] * z[i*ldz+k]
			}
			if j == k {
				s--
			}
			orth = max(orth, math.Abs(s))
		}
	}
	if tnorm > 0 {
		res /= float64(n) * tnorm * eps
	}
	orth /= float64(n) * eps
	if res > bound || orth > bound || math.IsNaN(res+orth) {
		t.Errorf("%s: residual %.3g, orthogonality %.3g (units of nε)", name, res, orth)
	}
}

// TestTridiagonalDC checks the divide and conquer against gonum's Dsteqr
// and the package's QL iteration on tridiagonal matrices built to deflate, cluster and split, and on the
// tridiagonal forms of matrices with many equal eigenvalues.
func TestTridiagonalDC(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 7))
	for _, n := range []int{1, 2, 3, leafOrder + 1, 100, 257} {
		cases := map[string][2][]float64{}
		if n >= 3 {
			cases = tridiagonals(n, rnd)
		}
		// Identity plus rank one, and a rank-deficient covariance.
		u := make([]float64, n)
		for i := range u {
			u[i] = rnd.NormFloat64()
		}
		a := make([]float64, n*n)
		for i := range n {
			for j := range n {
				a[i*n+j] = u[i] * u[j]
			}
			a[i*n+i]++
		}
		d, e := tridiagonalOf(a, n)
		cases["identity plus rank one"] = [2][]float64{d, e}
		rank := max(n/4, 1)
		x := make([]float64, 3*n*rank)
		for i := range x {
			x[i] = rnd.NormFloat64()
		}
		for i := range n {
			for j := range n {
				s := 0.0
				if i%5 != 0 && j%5 != 0 { // constant columns
					for r := range 3 * n {
						s += x[r*rank+i%rank] * x[r*rank+j%rank]
					}
				}
				a[i*n+j] = s
			}
		}
		d, e = tridiagonalOf(a, n)
		cases["rank-deficient covariance"] = [2][]float64{d, e}
		for name, c := range cases {
			name = fmt.Sprintf("n=%d %s", n, name)
			d, e := c[0], c[1]
			w := append([]float64(nil), d...)
			ew := append([]float64(nil), e...)
			ldz := n + 2
			z := make([]float64, n*ldz)
			if !tridiagonalDC(w, ew, z, n, ldz, nil) {
				t.Fatalf("%s: no convergence", name)
			}
			checkTridiagonalEigen(t, name, d, e, w, z, n, ldz)
			// The same eigenvalues as the QL iteration's.
			wql := append([]float64(nil), d...)
			zql := make([]float64, n*n)
			for i := range n {
				zql[i*n+i] = 1
			}
			if !tridiagonalQL(wql, append([]float64(nil), e...), zql, n, n) {
				t.Fatalf("%s: QL did not converge", name)
			}
			sortAscending(wql, zql, n, n)
			tnorm := 0.0
			for _, v := range wql {
				tnorm = max(tnorm, math.Abs(v))
			}
			for i := range n {
				if math.Abs(w[i]-wql[i]) > 10*float64(n)*0x1p-53*tnorm {
					t.Fatalf("%s: eigenvalue %d = %v, QL %v", name, i, w[i], wql[i])
				}
			}
		}
	}
}

// BenchmarkTridiagonal times the eigenvector phase of Dsyev on gemm's
// BLAS (as package backend installs it), from the tridiagonal form and
// Dorgtr's Q: the QL iteration with its rotations batched into Q, and the
// divide and conquer followed by the product with Q.
func BenchmarkTridiagonal(b *testing.B) {
	defer blas64.Use(blas64.Implementation())
	blas64.Use(gemm.Implementation{})
	for _, n := range []int{64, 128, 256, 784} {
		rnd := rand.New(rand.NewPCG(3, 3))
		vals := make([]float64, n)
		for i := range vals {
			vals[i] = math.Pow(0.97, float64(i))
		}
		q := symmetric(rnd, vals, n)
		d, e, tau := make([]float64, n), make([]float64, n), make([]float64, n)
		work := make([]float64, 64*n)
		impl := gonum.Implementation{}
		impl.Dsytrd(blas.Upper, n, q, n, d, e, tau, work, len(work))
		impl.Dorgtr(blas.Upper, n, q, n, tau, work, len(work))
		w, off := make([]float64, n), make([]float64, n-1)
		z, qt := make([]float64, n*n), make([]float64, n*n)
		b.Run(fmt.Sprintf("n=%d/QL", n), func(b *testing.B) {
			for b.Loop() {
				copy(w, d)
				copy(off, e)
				copy(z, q)
				tridiagonalQL(w, off, z, n, n)
				sortAscending(w, z, n, n)
			}
		})
		b.Run(fmt.Sprintf("n=%d/DC", n), func(b *testing.B) {
			for b.Loop() {
				copy(w, d)
				copy(off, e)
				tridiagonalDC(w, off, qt, n, n, z)
				blas64.Implementation().Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, q, n, qt, n, 0, z, n)
			}
		})
	}
}
