package eigen

import (
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// TestTop checks Top's eigenvalues against gonum's Dsyev and its
// eigenvectors by the residual ‖Av − λv‖ and orthonormality ‖ZᵀZ − I‖, on
// the spectra of TestDsyev (clusters of all n eigenvalues, repeated ones,
// many zeros) and for k from none to all.
func TestTop(t *testing.T) {
	rnd := rand.New(rand.NewPCG(4, 4))
	for _, n := range []int{1, 2, 5, 64, 97, 300} {
		s := spectra(n, rnd)
		for _, name := range slices.Sorted(maps.Keys(s)) {
			vals := s[name]
			lda := n + 3
			orig := symmetric(rnd, vals, lda)
			norm := 0.0
			for _, v := range vals {
				norm = max(norm, math.Abs(v))
			}
			tol := 1e-13 * float64(max(n, 64)) / 64
			ref := append([]float64(nil), orig...)
			wref := make([]float64, n)
			work := make([]float64, 64*n+64)
			if !(gonum.Implementation{}).Dsyev(lapack.EVNone, blas.Upper, n, ref, lda, wref, work, len(work)) {
				t.Fatalf("n=%d %s: gonum did not converge", n, name)
			}
			for _, k := range []int{0, 1, min(3, n), n / 4, n} {
				a := append([]float64(nil), orig...)
				// Only the upper triangle is referenced.
				for i := range n {
					for j := range i {
						a[i*lda+j] = math.NaN()
					}
				}
				ldz := k + 2
				w := make([]float64, n)
				z := make([]float64, n*ldz)
				if !Top(n, a, lda, k, w, z, ldz) {
					t.Fatalf("n=%d %s k=%d: no convergence", n, name, k)
				}
				for i := range n {
					if math.Abs(w[i]-wref[i]) > tol*norm {
						t.Fatalf("n=%d %s k=%d: eigenvalue %d = %v, gonum %v", n, name, k, i, w[i], wref[i])
					}
				}
				var res, orth float64
				for c := range k {
					lambda := w[n-1-c]
					for i := range n {
						var av float64
						for j := range n {
							av += orig[min(i, j)*lda+max(i, j)] * z[j*ldz+c]
						}
						res = max(res, math.Abs(av-lambda*z[i*ldz+c]))
					}
					for c2 := range k {
						var dot float64
						for i := range n {
							dot += z[i*ldz+c] * z[i*ldz+c2]
						}
						if c == c2 {
							dot--
						}
						orth = max(orth, math.Abs(dot))
					}
				}
				if res > tol*norm || orth > tol || math.IsNaN(res+orth) {
					t.Fatalf("n=%d %s k=%d: residual %.3g (norm %.3g), orthonormality %.3g", n, name, k, res, norm, orth)
				}
			}
		}
	}
}

// TestTopScaled checks that a matrix with tiny or huge elements (scaled
// inside Top by a power of 2) gives the scaled eigenvalues and the same
// eigenvectors as the unscaled one.
func TestTopScaled(t *testing.T) {
	const n, k = 80, 5
	rnd := rand.New(rand.NewPCG(6, 6))
	vals := make([]float64, n)
	for i := range vals {
		vals[i] = float64(i + 1)
	}
	orig := symmetric(rnd, vals, n)
	w0, z0 := make([]float64, n), make([]float64, n*k)
	if !Top(n, append([]float64(nil), orig...), n, k, w0, z0, k) {
		t.Fatal("no convergence")
	}
	for _, f := range []float64{1e-200, 1e-150, 1e150, 1e200} {
		a := append([]float64(nil), orig...)
		for i := range a {
			a[i] *= f
		}
		w, z := make([]float64, n), make([]float64, n*k)
		if !Top(n, a, n, k, w, z, k) {
			t.Fatalf("scale %g: no convergence", f)
		}
		for i := range n {
			if math.Abs(w[i]/f-w0[i]) > 1e-13*float64(n) {
				t.Fatalf("scale %g: eigenvalue %d = %v, want %v", f, i, w[i]/f, w0[i])
			}
		}
		for i := range z {
			if math.Abs(math.Abs(z[i])-math.Abs(z0[i])) > 1e-12 {
				t.Fatalf("scale %g: eigenvector element %d = %v, unscaled %v", f, i, z[i], z0[i])
			}
		}
	}
}
