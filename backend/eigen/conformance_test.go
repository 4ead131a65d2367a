package eigen

import (
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/testlapack"
)

// TestDsyevConformance runs gonum's own test of Dsyev: its 100×100
// matrices, with and without padded strides, are above minOrder, so they
// go through the divide and conquer, whose leaves of 25 rows go through
// tridiagonalQL and the batched rotations (rotate16 on a group of 16 rows
// where it runs; rotate32 needs leaves of 32, as TestDsyev's n = 64 has),
// not only gonum's fallback.
func TestDsyevConformance(t *testing.T) { forEachPath(t, testDsyevConformance) }

func testDsyevConformance(t *testing.T) {
	testlapack.DsyevTest(t, Implementation{})
}

// TestDsyevPanics checks that bad arguments panic with gonum's messages,
// for a matrix large enough for the package's own path.
func TestDsyevPanics(t *testing.T) {
	const n = 2 * minOrder
	recovered := func(f func()) (r any) {
		defer func() { r = recover() }()
		f()
		return nil
	}
	type args struct {
		uplo               blas.Uplo
		lda, la, lw, lwork int
	}
	good := args{blas.Upper, n, n * n, n, 3 * n}
	for name, edit := range map[string]func(*args){
		"uplo":       func(x *args) { x.uplo = 'X' },
		"lda":        func(x *args) { x.lda = n - 1 },
		"lwork":      func(x *args) { x.lwork = 3*n - 2 },
		"short work": func(x *args) { x.lwork = 3*n + 1 },
		"short a":    func(x *args) { x.la-- },
		"short w":    func(x *args) { x.lw-- },
	} {
		x := good
		edit(&x)
		call := func(impl lapack.Float64) func() {
			return func() {
				a, w, work := make([]float64, x.la), make([]float64, x.lw), make([]float64, 3*n)
				impl.Dsyev(lapack.EVCompute, x.uplo, n, a, x.lda, w, work, x.lwork)
			}
		}
		want := recovered(call(gonum.Implementation{}))
		if got := recovered(call(Implementation{})); got != want || want == nil {
			t.Errorf("bad %s: panic %v, gonum's %v", name, got, want)
		}
	}
}
