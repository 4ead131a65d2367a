package numeric

import (
	"math"
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
