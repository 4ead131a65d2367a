package sae

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestActivationSpreadAndRowNorms(t *testing.T) {
	// Unit 0 sees x₀, unit 1 has zero weights: its activation is the
	// constant f(b1) and its spread 0.
	X := mat.NewDense(4, 2, []float64{0, 1, 1, 1, 2, 1, 3, 1})
	l, err := NewSparseLoss(X, SparseConfig{Hidden: 2})
	if err != nil {
		t.Fatal(err)
	}
	a := l.Model(make([]float64, l.Dim()))
	a.W1.Set(0, 0, 1)
	a.B1[1] = -2
	got := a.ActivationSpread(nil, X)
	var want float64
	var mean float64
	for i := range 4 {
		mean += sigmoid(float64(i)) / 4
	}
	for i := range 4 {
		d := sigmoid(float64(i)) - mean
		want += d * d / 4
	}
	if math.Abs(got[0]-math.Sqrt(want)) > 1e-15 || got[1] != 0 {
		t.Errorf("spread %v, want [%g 0]", got, math.Sqrt(want))
	}
	n := RowNorms(nil, mat.NewDense(2, 2, []float64{3, 4, 0, 0}))
	if n[0] != 5 || n[1] != 0 {
		t.Errorf("row norms %v, want [5 0]", n)
	}
}

func TestLocalisation(t *testing.T) {
	w := make([]float64, 64)
	w[2*8+3], w[5*8+6] = 1, 1 // both fit in one 4×4 window
	if got, err := Localisation(w, 8, 8, 4); err != nil || got != 1 {
		t.Errorf("two nearby pixels: %g, %v; want 1", got, err)
	}
	for i := range w {
		w[i] = 1
	}
	if got, err := Localisation(w, 8, 8, 4); err != nil || math.Abs(got-0.25) > 1e-15 {
		t.Errorf("uniform filter: %g, %v; want 0.25", got, err)
	}
	for _, c := range []struct {
		w               []float64
		rows, cols, win int
		want            string
	}{
		{w, 8, 8, 9, "window"},
		{w[:10], 8, 8, 4, "10 weights"},
		{make([]float64, 4), 2, 2, 1, "all zero"},
		{[]float64{0, math.NaN(), 0, 0}, 2, 2, 1, "weight 1 is NaN"},
	} {
		if _, err := Localisation(c.w, c.rows, c.cols, c.win); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one containing %q", err, c.want)
		}
	}
}
