package openblas

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestBackend checks that the BLAS in use is the one Name reports (gonum
// without the openblas tag, OpenBLAS with it) and that it multiplies
// correctly, so that a broken link is caught by the test run of either
// build.
func TestBackend(t *testing.T) {
	_, pure := blas64.Implementation().(gonum.Implementation)
	if pure != (Name() == "gonum") {
		t.Fatalf("Name() = %q but blas64 uses %T", Name(), blas64.Implementation())
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
