package sae

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestLinearDecoderGradient checks the backpropagated gradient against
// central differences, for both penalties, at UFLDL's tolerance.
func TestLinearDecoderGradient(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	X := mat.NewDense(30, 6, nil)
	for i := 0; i < 30; i++ {
		for j := 0; j < 6; j++ {
			X.Set(i, j, 1.5*rnd.NormFloat64()-0.5) // a range a sigmoid output cannot reach
		}
	}
	for _, pen := range []SparsityPenalty{KLPenalty, L2Penalty} {
		l, err := NewLinearDecoderLoss(X, SparseConfig{Hidden: 4, Lambda: 1e-3, Beta: 3, Rho: 0.1, Penalty: pen})
		if err != nil {
			t.Fatal(err)
		}
		params := l.InitParams(nil, 3)
		for i := 2 * 4 * 6; i < len(params); i++ {
			params[i] = 0.1 * rnd.NormFloat64() // nonzero biases, so their gradient is tested too
		}
		chk := CheckGradient(l, params, 1e-5) // 1e-4 leaves a truncation error near 1e-9 on this data
		if !(chk.RelErr < 1e-9) {
			t.Errorf("%v: relative gradient error %g", pen, chk.RelErr)
		}
	}
}

// TestLinearDecoderReconstruction checks the identity output layer and the
// cost's reconstruction term against a direct computation.
func TestLinearDecoderReconstruction(t *testing.T) {
	X := mat.NewDense(2, 2, []float64{1, -3, 0.5, 2})
	l, err := NewLinearDecoderLoss(X, SparseConfig{Hidden: 1})
	if err != nil {
		t.Fatal(err)
	}
	params := make([]float64, l.Dim()) // W1 (1×2) | W2 (2×1) | b1 (1) | b2 (2)
	copy(params, []float64{1, 0, 2, -1, 0, 0.5, -0.5})
	var R mat.Dense
	l.Reconstruct(&R, params, X)
	var want float64
	for i := 0; i < 2; i++ {
		h := 1 / (1 + math.Exp(-X.At(i, 0)))
		y := []float64{2*h + 0.5, -h - 0.5}
		for j := range y {
			if math.Abs(R.At(i, j)-y[j]) > 1e-15 {
				t.Errorf("R[%d, %d] = %g, want %g", i, j, R.At(i, j), y[j])
			}
			want += (y[j] - X.At(i, j)) * (y[j] - X.At(i, j)) / 4
		}
	}
	if got := l.LossGrad(nil, params); math.Abs(got-want) > 1e-14 {
		t.Errorf("J = %g, want %g", got, want)
	}
	if _, err := NewLinearDecoderLoss(X, SparseConfig{Hidden: 0}); err == nil {
		t.Error("no error for Hidden 0")
	}
}
