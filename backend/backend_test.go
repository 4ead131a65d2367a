package backend

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/lapack"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/gemm"
)

// TestBackend checks that the BLAS in use is the one Name reports (package
// gemm's, or gonum's where its kernel cannot run, without the openblas tag;
// OpenBLAS with it) and that it multiplies correctly, so that a broken link is caught
// by the test run of either build.
func TestBackend(t *testing.T) {
	impl := blas64.Implementation()
	_, pure := impl.(gonum.Implementation)
	_, fast := impl.(gemm.Implementation)
	switch {
	case Name() == "OpenBLAS":
		if pure || fast {
			t.Fatalf("Name() = %q but blas64 uses %T", Name(), impl)
		}
	case gemm.Available():
		if !fast {
			t.Fatalf("Name() = %q, AVX2 and FMA present, but blas64 uses %T", Name(), impl)
		}
	default:
		if !pure || Name() != "gonum" {
			t.Fatalf("Name() = %q, no AVX2/FMA, blas64 uses %T", Name(), impl)
		}
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
