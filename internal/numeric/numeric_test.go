package numeric

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestNonFinite(t *testing.T) {
	x := mat.NewDense(3, 2, []float64{1, 2, 3, math.Inf(-1), math.NaN(), 6})
	if i, j, found := NonFinite(x.RawMatrix()); !found || i != 1 || j != 1 {
		t.Errorf("NonFinite = %d, %d, %v; want 1, 1, true", i, j, found)
	}
	if _, _, found := NonFinite(mat.NewDense(2, 2, nil).RawMatrix()); found {
		t.Error("NonFinite found a non-finite zero")
	}
	if k := NonFiniteIndex([]float64{0, 1, math.NaN()}); k != 2 {
		t.Errorf("NonFiniteIndex = %d, want 2", k)
	}
	if k := NonFiniteIndex(nil); k != -1 {
		t.Errorf("NonFiniteIndex(nil) = %d, want -1", k)
	}
	err := CheckFinite(Raw(x.T()), "pkg: F", "X")
	if err == nil || !strings.Contains(err.Error(), "pkg: F: X[0,2] is NaN") {
		t.Errorf("CheckFinite of a transpose: %v", err)
	}
}

func TestAddToRowsFixSign(t *testing.T) {
	x := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	AddToRows(x.RawMatrix(), []float64{1, 2}, -1)
	if !mat.Equal(x, mat.NewDense(2, 2, []float64{0, 0, 2, 2})) {
		t.Errorf("AddToRows: %v", mat.Formatted(x))
	}
	v := []float64{1, -3, 3}
	FixSign(v)
	if v[0] != -1 || v[1] != 3 || v[2] != -3 {
		t.Errorf("FixSign: %v, want the first largest entry positive", v)
	}
	FixSign(nil)
}

// TestNonFiniteIndexEveryPlace checks NonFiniteIndex against its definition
// with one or two NaNs or infinities at every place of slices up to 19 long
// (every place in and after the blocks of four that allFinite sums), among
// finite values from subnormal to the largest.
func TestNonFiniteIndexEveryPlace(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	finite := []float64{0, math.Copysign(0, -1), 5e-324, -1, math.MaxFloat64, -math.MaxFloat64, 1e300}
	bad := []float64{math.NaN(), math.Inf(1), math.Inf(-1)}
	for n := range 20 {
		s := make([]float64, n)
		for i := range s {
			s[i] = finite[rnd.IntN(len(finite))]
		}
		if k := NonFiniteIndex(s); k != -1 {
			t.Fatalf("n = %d, all finite: NonFiniteIndex = %d", n, k)
		}
		for p := range n {
			for _, b := range bad {
				s[p] = b
				if k := NonFiniteIndex(s); k != p {
					t.Fatalf("n = %d, %v at %d: NonFiniteIndex = %d", n, b, p, k)
				}
				if p+1 < n {
					s[n-1] = bad[rnd.IntN(len(bad))]
					if k := NonFiniteIndex(s); k != p {
						t.Fatalf("n = %d, %v at %d and %d: NonFiniteIndex = %d", n, b, p, n-1, k)
					}
					s[n-1] = finite[rnd.IntN(len(finite))]
				}
				s[p] = finite[rnd.IntN(len(finite))]
			}
		}
	}
}

// BenchmarkNonFinite times NonFinite on a finite matrix of MNIST's size
// (60000×784), which the science packages check before they fit.
func BenchmarkNonFinite(b *testing.B) {
	x := mat.NewDense(60000, 784, nil)
	raw := x.RawMatrix()
	for i := range raw.Data {
		raw.Data[i] = float64(i%255) / 255
	}
	for b.Loop() {
		if _, _, found := NonFinite(raw); found {
			b.Fatal("found a non-finite element")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(raw.Data)), "ns/elem")
}
