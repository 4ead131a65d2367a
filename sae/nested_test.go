package sae_test

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/sae"
)

// ndPCA returns the parameters W1 = Vᵀ, W2 = V for the first p principal
// directions (columns of V) in the order given by perm.
func ndPCA(V *mat.Dense, p int, perm []int) []float64 {
	n, _ := V.Dims()
	x := make([]float64, 2*p*n)
	for j := 0; j < p; j++ {
		for a := 0; a < n; a++ {
			v := V.At(a, perm[j])
			x[j*n+a] = v
			x[p*n+a*p+j] = v
		}
	}
	return x
}

func TestNestedDropoutClosedForm(t *testing.T) {
	X, V, sig := ragData(t)
	const p = 4
	l, err := sae.NewNestedDropoutLoss(X, sae.NestedDropoutConfig{Hidden: p, Rho: 0.7})
	if err != nil {
		t.Fatal(err)
	}
	c := l.KeepProbabilities()
	want := 0.0
	for j, s := range sig {
		if j < p {
			want += s * s * (1 - c[j])
		} else {
			want += s * s
		}
	}
	grad := make([]float64, l.Dim())
	f := l.LossGrad(grad, ndPCA(V, p, []int{0, 1, 2, 3}))
	if math.Abs(f-want) > 1e-12*want {
		t.Errorf("expected loss at the ordered PCA %.15g, want %.15g", f, want)
	}
	if g := floats.Norm(grad, 2); g > 1e-12 {
		t.Errorf("gradient at the ordered PCA has norm %g", g)
	}
	if fs := l.LossGrad(nil, ndPCA(V, p, []int{1, 0, 2, 3})); fs <= f {
		t.Errorf("swapping units 1 and 2 does not raise the loss: %g ≤ %g", fs, f)
	}
	for _, c := range []struct {
		x    []float64
		name string
	}{{l.InitParams(nil, 1), "random"}, {ndPCA(V, p, []int{0, 1, 2, 3}), "PCA"}} {
		x := append([]float64(nil), c.x...)
		for i := range x {
			x[i] += 0.1 * math.Sin(float64(i))
		}
		if chk := sae.CheckGradient(l, x, 1e-5); chk.RelErr > 1e-7 {
			t.Errorf("%s: gradient check %v", c.name, chk)
		}
	}
}

// The minimiser of the expected loss is the ordered PCA (Rippel et al. 2014).
func TestNestedDropoutMinimiserOrders(t *testing.T) {
	X, V, sig := ragData(t)
	const p = 4
	l, err := sae.NewNestedDropoutLoss(X, sae.NestedDropoutConfig{Hidden: p})
	if err != nil {
		t.Fatal(err)
	}
	res, err := sae.Train(context.Background(), l, l.InitParams(nil, 2), sae.TrainSettings{Method: sae.LBFGS, Iterations: 2000, GradTol: 1e-11})
	if err != nil {
		t.Fatal(err)
	}
	c := l.KeepProbabilities()
	want := 0.0
	for j, s := range sig {
		if j < p {
			want += s * s * (1 - c[j])
		} else {
			want += s * s
		}
	}
	if math.Abs(res.Loss-want) > 1e-9*want {
		t.Errorf("trained loss %.12g, closed-form minimum %.12g (stop %v, gradient %g)", res.Loss, want, res.Stop, res.GradNorm)
	}
	checkOrderedUnits(t, "", l.Model(res.Params).W2, V, p, 1e-8)
}

// checkOrderedUnits checks that the first p decoder columns of W2 lie along
// the first p columns of V (the ordered components), each within 1 − cos² ≤ tol.
func checkOrderedUnits(t *testing.T, prefix string, W2, V *mat.Dense, p int, tol float64) {
	t.Helper()
	for j := 0; j < p; j++ {
		cs := mat.Dot(W2.ColView(j), V.ColView(j)) / mat.Norm(W2.ColView(j), 2)
		if 1-cs*cs > tol {
			t.Errorf("%sunit %d: cos² to u_%d = %.12g", prefix, j, j+1, cs*cs)
		}
	}
}

// BatchLossGrad is unbiased for LossGrad, reproducible from its seed, and
// SGD on it orders the components.
func TestNestedDropoutStochastic(t *testing.T) {
	X, V, _ := ragData(t)
	const p = 3
	cfg := sae.NestedDropoutConfig{Hidden: p, Rho: 0.8, Seed: 7}
	l, err := sae.NewNestedDropoutLoss(X, cfg)
	if err != nil {
		t.Fatal(err)
	}
	x := l.InitParams(nil, 3)
	for i := range x {
		x[i] *= 30
	}
	rows := make([]int, l.NumSamples())
	for i := range rows {
		rows[i] = i
	}
	want := make([]float64, l.Dim())
	fw := l.LossGrad(want, x)
	const draws = 4000
	g := make([]float64, l.Dim())
	avg := make([]float64, l.Dim())
	var fs float64
	for d := 0; d < draws; d++ {
		fs += l.BatchLossGrad(g, x, rows) / draws
		floats.AddScaled(avg, 1.0/draws, g)
	}
	if math.Abs(fs-fw) > 0.01*fw {
		t.Errorf("mean stochastic loss %g, expected loss %g", fs, fw)
	}
	if d := floats.Distance(avg, want, 2); d > 0.02*floats.Norm(want, 2) {
		t.Errorf("mean stochastic gradient off by %g (norm %g)", d, floats.Norm(want, 2))
	}
	// The same seed gives the same draws.
	l2, _ := sae.NewNestedDropoutLoss(X, cfg)
	l3, _ := sae.NewNestedDropoutLoss(X, cfg)
	if a, b := l2.BatchLossGrad(nil, x, rows), l3.BatchLossGrad(nil, x, rows); a != b {
		t.Errorf("same seed, different losses %g, %g", a, b)
	}
	// Minibatch Adam on the stochastic objective orders the components.
	res, err := sae.Train(context.Background(), l, l.InitParams(nil, 4), sae.TrainSettings{Method: sae.Adam, StepSize: 3e-3, BatchSize: 20, Iterations: 20000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkOrderedUnits(t, "SGD: ", l.Model(res.Params).W2, V, p, 1e-2)
}

func TestNestedDropoutErrors(t *testing.T) {
	X, _, _ := ragData(t)
	for _, cfg := range []sae.NestedDropoutConfig{{Hidden: 0}, {Hidden: 21}, {Hidden: 2, Rho: 1}, {Hidden: 2, Rho: -0.1}, {Hidden: 2, Rho: math.NaN()}, {Hidden: 2, InitScale: -1}} {
		if _, err := sae.NewNestedDropoutLoss(X, cfg); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
	if _, err := sae.NewNestedDropoutLoss(mat.NewDense(2, 2, []float64{1, math.Inf(1), 0, 0}), sae.NestedDropoutConfig{Hidden: 1}); err == nil {
		t.Error("Inf data: no error")
	}
	lin, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 1})
	if err != nil {
		t.Fatal(err)
	}
	l, err := sae.NestedDropoutFromLinear(lin, sae.NestedDropoutConfig{Hidden: 3})
	if err != nil {
		t.Fatal(err)
	}
	if c := l.KeepProbabilities(); c[0] != 1 || math.Abs(c[2]-0.81) > 1e-15 || l.Dim() != 120 || l.Config().Hidden != 3 {
		t.Errorf("keep %v, dim %d", c, l.Dim())
	}
	if _, err := l.WithConfig(sae.NestedDropoutConfig{Hidden: 2, Rho: 2}); err == nil {
		t.Error("WithConfig Rho 2: no error")
	}
}
