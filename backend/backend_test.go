package backend

import (
	"math"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/lapack"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/gemm"
)

// TestBackend checks that the backend installed is the build's default
// (without LINAE_BACKEND), that blas64 uses its BLAS, that Name agrees, and
// that the BLAS multiplies correctly, so that a broken link is caught by the
// test run of any build.
func TestBackend(t *testing.T) {
	if env := os.Getenv(EnvVar); env == "" && Installed() != Default {
		t.Fatalf("Installed() = %v without %s, want the default %v", Installed(), EnvVar, Default)
	}
	checkInstalled(t)
}

// checkInstalled checks that blas64 uses the BLAS of the backend Installed
// reports, that Name agrees, and that it multiplies correctly.
func checkInstalled(t *testing.T) {
	t.Helper()
	impl := blas64.Implementation()
	var ok bool
	switch Installed() {
	case Gonum:
		_, ok = impl.(gonum.Implementation)
		ok = ok && Name() == "gonum"
	case Linae:
		_, ok = impl.(gemm.Implementation)
		ok = ok && strings.HasPrefix(Name(), "linae (")
	case OpenBLAS:
		_, ok = impl.(netlibImpl)
		ok = ok && strings.HasPrefix(Name(), "OpenBLAS (")
	}
	if !ok {
		t.Fatalf("Installed() = %v, Name() = %q, but blas64 uses %T", Installed(), Name(), impl)
	}

	const m, k, n = 70, 90, 80 // above gonum's 64-block and OpenBLAS's small-size paths
	a := blas64.General{Rows: m, Cols: k, Stride: k, Data: make([]float64, m*k)}
	b := blas64.General{Rows: k, Cols: n, Stride: n, Data: make([]float64, k*n)}
	c := blas64.General{Rows: m, Cols: n, Stride: n, Data: make([]float64, m*n)}
	for i := range a.Data {
		a.Data[i] = float64(i%7) - 3
	}
	for i := range b.Data {
		b.Data[i] = float64(i%5) - 2
	}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, b, 0, c)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var want float64
			for l := 0; l < k; l++ {
				want += a.Data[i*k+l] * b.Data[l*n+j]
			}
			if got := c.Data[i*n+j]; math.Abs(got-want) > 1e-9 {
				t.Fatalf("%s Gemm: C[%d,%d] = %v, want %v", Name(), i, j, got, want)
			}
		}
	}
}

// TestEigenSym checks the symmetric eigensolver in use (package eigen's, or
// OpenBLAS's dsyevd with the tag) against gonum's pure-Go one, and A v = λ v, on a matrix
// with a non-trivial stride, for both triangles.
func TestEigenSym(t *testing.T) {
	const n = 70
	a := mat.NewSymDense(n, nil)
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			a.SetSym(i, j, math.Sin(float64(3*i+5*j+1)))
		}
	}
	var es mat.EigenSym
	if !es.Factorize(a, true) {
		t.Fatal("EigenSym failed")
	}
	got := es.Values(nil)
	var v mat.Dense
	es.VectorsTo(&v)

	// Reference: gonum's own Dsyev on a copy, whatever lapack64 uses.
	ref := mat.DenseCopyOf(a)
	raw := ref.RawMatrix()
	want := make([]float64, n)
	work := make([]float64, 1)
	impl := gonumlapack.Implementation{}
	impl.Dsyev(lapack.EVNone, blas.Upper, n, raw.Data, raw.Stride, want, work, -1)
	work = make([]float64, int(work[0]))
	if !impl.Dsyev(lapack.EVNone, blas.Upper, n, raw.Data, raw.Stride, want, work, len(work)) {
		t.Fatal("gonum Dsyev failed")
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > 1e-12*math.Abs(want[n-1]) {
			t.Fatalf("%s: eigenvalue %d = %v, gonum gives %v", Name(), i, got[i], want[i])
		}
	}
	var av, vl mat.Dense
	av.Mul(a, &v)
	vl.Apply(func(_, j int, x float64) float64 { return x * got[j] }, &v)
	av.Sub(&av, &vl)
	if e := mat.Norm(&av, 2); e > 1e-12*math.Abs(want[n-1]) {
		t.Errorf("%s: ‖AV − VΛ‖ = %v", Name(), e)
	}
}

// BenchmarkEigenSym784 times the eigendecomposition of a 784×784 symmetric
// matrix (MNIST's covariance size) with the LAPACK in use.
func BenchmarkEigenSym784(b *testing.B) {
	const n = 784
	a := mat.NewSymDense(n, nil)
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			a.SetSym(i, j, math.Sin(float64(3*i+5*j+1)))
		}
	}
	var es mat.EigenSym
	for b.Loop() {
		if !es.Factorize(a, true) {
			b.Fatal("EigenSym failed")
		}
	}
}
