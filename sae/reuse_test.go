package sae

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// lossGradEqual reports whether a and b give bit-identical losses and
// gradients at params: a loss derived from another must be the same
// function as one built from scratch on the same data.
func lossGradEqual(a, b Objective, params []float64) (bool, float64, float64) {
	ga, gb := make([]float64, a.Dim()), make([]float64, b.Dim())
	fa, fb := a.LossGrad(ga, params), b.LossGrad(gb, params)
	return fa == fb && floats.Equal(ga, gb), fa, fb
}

func TestLinearLossWithConfig(t *testing.T) {
	X := linTestData(40, 9, 0.5, 31) // uncentred, so the bias terms matter
	base, err := NewLinearLoss(X, LinearConfig{Hidden: 3})
	if err != nil {
		t.Fatal(err)
	}
	x0 := base.InitParams(nil, 0.3, 1)
	f0 := base.LossGrad(nil, x0)
	for _, cfg := range []LinearConfig{
		{Hidden: 3},
		{Hidden: 5, Tied: true},
		{Hidden: 4, Bias: true, Lambda: 0.7},
		{Hidden: 3, Lambdas: []float64{1, 2, 3}},
	} {
		derived, err := base.WithConfig(cfg)
		if err != nil {
			t.Fatalf("%+v: %v", cfg, err)
		}
		fresh, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if derived.Dim() != fresh.Dim() || derived.NumSamples() != 40 {
			t.Fatalf("%+v: Dim %d, NumSamples %d; want %d, 40", cfg, derived.Dim(), derived.NumSamples(), fresh.Dim())
		}
		x := derived.InitParams(nil, 0.3, 2)
		if ok, fd, ff := lossGradEqual(derived, fresh, x); !ok {
			t.Errorf("%+v: WithConfig loss %v (or gradient) differs from NewLinearLoss %v", cfg, fd, ff)
		}
	}
	if f := base.LossGrad(nil, x0); f != f0 {
		t.Errorf("WithConfig changed the base loss: %v, was %v", f, f0)
	}
	for _, c := range []struct {
		cfg  LinearConfig
		want string
	}{
		{LinearConfig{Hidden: 0}, "Hidden = 0"},
		{LinearConfig{Hidden: 10}, "Hidden = 10"},
		{LinearConfig{Hidden: 2, Tied: true, Bias: true}, "Tied and Bias"},
		{LinearConfig{Hidden: 2, Lambda: math.NaN()}, "Lambda"},
		{LinearConfig{Hidden: 2, Lambdas: []float64{1}}, "len(Lambdas)"},
	} {
		_, err := base.WithConfig(c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "WithConfig") {
			t.Errorf("%+v: error %v, want one naming WithConfig and %q", c.cfg, err, c.want)
		}
	}
}

func TestDraftLossWithBeta(t *testing.T) {
	X := linTestData(30, 8, 0.5, 32)
	rho := []float64{0.3, -0.2, 0.8}
	base, err := NewDraftLoss(X, 3, 2, rho)
	if err != nil {
		t.Fatal(err)
	}
	x := base.InitParams(nil, 0.5, 3)
	f0 := base.LossGrad(nil, x)
	for _, beta := range []float64{0, 2, 17.5, 1e6} {
		derived, err := base.WithBeta(beta)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := NewDraftLoss(X, 3, beta, rho)
		if err != nil {
			t.Fatal(err)
		}
		if ok, fd, ff := lossGradEqual(derived, fresh, x); !ok {
			t.Errorf("β = %v: WithBeta loss %v (or gradient) differs from NewDraftLoss %v", beta, fd, ff)
		}
	}
	if f := base.LossGrad(nil, x); f != f0 {
		t.Errorf("WithBeta changed the base loss: %v, was %v", f, f0)
	}
	for _, beta := range []float64{-1, math.NaN(), math.Inf(1)} {
		if _, err := base.WithBeta(beta); err == nil || !strings.Contains(err.Error(), "WithBeta") {
			t.Errorf("β = %v: error %v, want one naming WithBeta", beta, err)
		}
	}
}

func TestDraftLossMeanCode(t *testing.T) {
	X := linTestData(30, 8, 0.5, 33)
	rho := []float64{0.3, -0.2, 0.8}
	d, err := NewDraftLoss(X, 3, 2, rho)
	if err != nil {
		t.Fatal(err)
	}
	x := d.InitParams(nil, 0.5, 4)
	got := d.MeanCode(x)

	// The mean of the codes of the samples, computed from the model.
	var codes mat.Dense
	d.Model(x).Encode(&codes, X)
	want := make([]float64, 3)
	for j := range want {
		want[j] = floats.Sum(mat.Col(nil, j, &codes)) / 30
	}
	if !floats.EqualApprox(got, want, 1e-12) {
		t.Errorf("MeanCode = %v, want the mean code %v", got, want)
	}
	if floats.Norm(want, 2) < 0.1 {
		t.Fatalf("test data too close to centred: mean code %v", want)
	}
	// ‖ρ − MeanCode‖ is SparsityGap.
	if g := floats.Distance(rho, got, 2); math.Abs(g-d.SparsityGap(x)) > 1e-12 {
		t.Errorf("‖ρ − MeanCode‖ = %v, SparsityGap %v", g, d.SparsityGap(x))
	}
	// Centred data: exactly zero.
	var c mat.Dense
	c.Apply(func(_, _ int, v float64) float64 { return v }, X)
	for j := 0; j < 8; j++ {
		col := mat.Col(nil, j, &c)
		mu := floats.Sum(col) / 30
		for i := range col {
			c.Set(i, j, col[i]-mu)
		}
	}
	dc, err := NewDraftLoss(&c, 3, 2, rho)
	if err != nil {
		t.Fatal(err)
	}
	for j, v := range dc.MeanCode(x) {
		if v != 0 {
			t.Errorf("centred data: MeanCode[%d] = %v, want 0", j, v)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MeanCode with short params: no panic")
			}
		}()
		d.MeanCode(x[:5])
	}()
}
