package data

import (
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestAddSubtractMean checks that AddMean undoes Center, that SubtractMean
// centres other data with the training mean, both out of place and in
// place, and that shape errors panic with a message.
func TestAddSubtractMean(t *testing.T) {
	X := correlated(t, 200)
	orig := mat.DenseCopyOf(X)
	var c mat.Dense
	mean := Center(&c, X)

	var back mat.Dense
	AddMean(&back, &c, mean)
	if !mat.EqualApprox(&back, orig, 1e-12) {
		t.Error("AddMean(Center(X)) != X")
	}
	var again mat.Dense
	SubtractMean(&again, orig, mean)
	if !mat.EqualApprox(&again, &c, 1e-12) {
		t.Error("SubtractMean with the training mean != Center")
	}
	if !mat.Equal(X, orig) {
		t.Error("inputs modified")
	}
	// In place, and a mean that is not the data's own.
	Y := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	AddMean(Y, Y, []float64{10, 20, 30})
	if want := mat.NewDense(2, 3, []float64{11, 22, 33, 14, 25, 36}); !mat.Equal(Y, want) {
		t.Errorf("in-place AddMean = %v, want %v", mat.Formatted(Y), mat.Formatted(want))
	}
	SubtractMean(Y, Y, []float64{10, 20, 30})
	if want := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}); !mat.Equal(Y, want) {
		t.Errorf("in-place SubtractMean = %v, want %v", mat.Formatted(Y), mat.Formatted(want))
	}

	for name, f := range map[string]func(){
		"short mean":    func() { AddMean(&mat.Dense{}, Y, []float64{1, 2}) },
		"wrong dst":     func() { SubtractMean(mat.NewDense(3, 3, nil), Y, []float64{1, 2, 3}) },
		"empty X":       func() { AddMean(&mat.Dense{}, &mat.Dense{}, nil) },
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
}
