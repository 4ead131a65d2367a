package data

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestAddSubtractMean checks that AddMean undoes Center, that SubtractMean
// centres other data with the training mean, both out of place and in
// place, that shape errors panic with a message and that data errors
// (empty or non-finite X) are returned.
func TestAddSubtractMean(t *testing.T) {
	X := correlated(t, 200)
	orig := mat.DenseCopyOf(X)
	var c mat.Dense
	mean, err := Center(&c, X)
	if err != nil {
		t.Fatal(err)
	}

	var back mat.Dense
	if err := AddMean(&back, &c, mean); err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(&back, orig, 1e-12) {
		t.Error("AddMean(Center(X)) != X")
	}
	var again mat.Dense
	if err := SubtractMean(&again, orig, mean); err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(&again, &c, 1e-12) {
		t.Error("SubtractMean with the training mean != Center")
	}
	if !mat.Equal(X, orig) {
		t.Error("inputs modified")
	}
	// In place, and a mean that is not the data's own.
	Y := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	if err := AddMean(Y, Y, []float64{10, 20, 30}); err != nil {
		t.Fatal(err)
	}
	if want := mat.NewDense(2, 3, []float64{11, 22, 33, 14, 25, 36}); !mat.Equal(Y, want) {
		t.Errorf("in-place AddMean = %v, want %v", mat.Formatted(Y), mat.Formatted(want))
	}
	if err := SubtractMean(Y, Y, []float64{10, 20, 30}); err != nil {
		t.Fatal(err)
	}
	if want := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}); !mat.Equal(Y, want) {
		t.Errorf("in-place SubtractMean = %v, want %v", mat.Formatted(Y), mat.Formatted(want))
	}

	for name, f := range map[string]func(){
		"short mean":    func() { AddMean(&mat.Dense{}, Y, []float64{1, 2}) },
		"wrong dst":     func() { SubtractMean(mat.NewDense(3, 3, nil), Y, []float64{1, 2, 3}) },
		"long mean sub": func() { SubtractMean(&mat.Dense{}, Y, []float64{1, 2, 3, 4}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
	nan := mat.NewDense(2, 3, []float64{1, 2, 3, 4, math.NaN(), 6})
	for name, f := range map[string]func() error{
		"Center empty":     func() error { _, err := Center(&mat.Dense{}, &mat.Dense{}); return err },
		"Center NaN":       func() error { _, err := Center(&mat.Dense{}, nan); return err },
		"AddMean empty":    func() error { return AddMean(&mat.Dense{}, &mat.Dense{}, nil) },
		"SubtractMean NaN": func() error { return SubtractMean(&mat.Dense{}, nan, []float64{1, 2, 3}) },
		"Whitening.Apply NaN": func() error {
			w := &Whitening{Mean: make([]float64, 3), Transform: mat.NewDense(3, 3, nil)}
			return w.Apply(&mat.Dense{}, nan)
		},
	} {
		if err := f(); err == nil || !strings.Contains(err.Error(), "data: ") {
			t.Errorf("%s: error %v, want one", name, err)
		}
	}
}
