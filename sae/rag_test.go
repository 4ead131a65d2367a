package sae_test

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// ragData returns 200 exactly centred samples in R^20 with singular values
// 3, 2.7, …, 0.3 and their principal directions (columns of V).
func ragData(t *testing.T) (*mat.Dense, *mat.Dense, []float64) {
	t.Helper()
	sig := make([]float64, 10)
	for i := range sig {
		sig[i] = 0.3 * float64(10-i)
	}
	X, V, err := data.SyntheticSpectrum(200, 20, sig, 1)
	if err != nil {
		t.Fatal(err)
	}
	return X, V, sig
}

// The rotation term moves the weights along the orbit that leaves W2W1
// unchanged: it changes the loss only to second order.
func TestRAGRotationKeepsLoss(t *testing.T) {
	X, _, _ := ragData(t)
	for _, tied := range []bool{false, true} {
		r, err := sae.NewRAGLoss(X, sae.RAGConfig{Hidden: 4, Tied: tied, InitScale: 0.3})
		if err != nil {
			t.Fatal(err)
		}
		x := r.InitParams(nil, 3)
		d := make([]float64, r.Dim())
		g := make([]float64, r.Dim())
		r.LossGrad(d, x)
		f0 := r.Linear().LossGrad(g, x)
		rot := make([]float64, r.Dim())
		floats.SubTo(rot, d, g)
		if floats.Norm(rot, 2) == 0 {
			t.Fatalf("tied=%v: zero rotation term", tied)
		}
		if dot := floats.Dot(rot, g); math.Abs(dot) > 1e-10*floats.Norm(rot, 2)*floats.Norm(g, 2) {
			t.Errorf("tied=%v: rotation term not orthogonal to the gradient: %g", tied, dot)
		}
		// f(x − εr) − f(x) = O(ε²): halving ε quarters the change.
		step := func(eps float64) float64 {
			y := append([]float64(nil), x...)
			floats.AddScaled(y, -eps/floats.Norm(rot, 2), rot)
			return r.LossGrad(nil, y) - f0
		}
		a, b := step(1e-3), step(5e-4)
		if ratio := a / b; math.Abs(ratio-4) > 0.1 {
			t.Errorf("tied=%v: loss change ratio %g for halved step, want 4 (second order)", tied, ratio)
		}
	}
}

// Γ in closed form: two orthonormal rows rotated by θ from the top two
// principal directions give M₁₂ = −½ sin 2θ (σ₁² − σ₂²) and Γ₁₂ = M₁₂/2.
func TestRAGGammaClosedForm(t *testing.T) {
	X, V, sig := ragData(t)
	r, err := sae.NewRAGLoss(X, sae.RAGConfig{Hidden: 2, Tied: true})
	if err != nil {
		t.Fatal(err)
	}
	th := 0.3
	W := mat.NewDense(2, 20, nil)
	for j := 0; j < 20; j++ {
		u1, u2 := V.At(j, 0), V.At(j, 1)
		W.Set(0, j, math.Cos(th)*u1+math.Sin(th)*u2)
		W.Set(1, j, -math.Sin(th)*u1+math.Cos(th)*u2)
	}
	G := r.Gamma(W.RawMatrix().Data)
	want := -0.25 * math.Sin(2*th) * (sig[0]*sig[0] - sig[1]*sig[1])
	if got := G.At(0, 1); math.Abs(got-want) > 1e-12*math.Abs(want) {
		t.Errorf("Γ₁₂ = %.15g, want %.15g", got, want)
	}
	if G.At(1, 0) != -G.At(0, 1) || G.At(0, 0) != 0 || G.At(1, 1) != 0 {
		t.Errorf("Γ not skew-symmetric: %v", mat.Formatted(G))
	}
	// At the ordered principal directions the direction vanishes.
	U := mat.DenseCopyOf(V.Slice(0, 20, 0, 2).T())
	d := make([]float64, r.Dim())
	r.LossGrad(d, U.RawMatrix().Data)
	if nd := floats.Norm(d, 2); nd > 1e-12 {
		t.Errorf("RAG direction at the PCA solution has norm %g", nd)
	}
}

// RAG recovers the ordered principal directions (axis alignment → 0, unit j
// on direction j) orders of magnitude sooner than non-uniform L2 at the
// same step size (Bao et al. 2020, §4 and Fig. 2).
func TestRAGRecoversOrderedComponents(t *testing.T) {
	X, V, _ := ragData(t)
	const p = 5
	U := V.Slice(0, 20, 0, p)
	r, err := sae.NewRAGLoss(X, sae.RAGConfig{Hidden: p, InitScale: 1e-3})
	if err != nil {
		t.Fatal(err)
	}
	lam := make([]float64, p)
	for i := range lam {
		lam[i] = 0.1 + 0.8*float64(i)/float64(p-1)
	}
	l, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: p, Lambdas: lam, InitScale: 1e-3})
	if err != nil {
		t.Fatal(err)
	}
	run := func(obj sae.Objective, model func([]float64) *sae.LinearAE) (*sae.TrainResult, float64) {
		x0 := r.InitParams(nil, 1) // the same start for both
		res, err := sae.Train(context.Background(), obj, x0, sae.TrainSettings{Method: sae.GradientDescent, StepSize: 0.02, Iterations: 2000})
		if err != nil {
			t.Fatal(err)
		}
		return res, sae.AxisAlignment(U, model(res.Params).W2)
	}
	rr, aaRAG := run(r, r.Model)
	_, aaL2 := run(l, l.Model)
	if aaRAG > 1e-4 {
		t.Errorf("RAG: axis alignment %g after 2000 steps, want < 1e-4 (gradient norm %g)", aaRAG, rr.GradNorm)
	}
	if aaL2 < 100*aaRAG || aaL2 < 0.1 {
		t.Errorf("non-uniform L2: axis alignment %g after 2000 steps, RAG %g: want RAG orders of magnitude lower", aaL2, aaRAG)
	}
	// Ordered: decoder column j is ±u_j.
	checkOrderedUnits(t, "", r.Model(rr.Params).W2, U.(*mat.Dense), p, 1e-4)
}

func TestRAGErrors(t *testing.T) {
	X, _, _ := ragData(t)
	for _, cfg := range []sae.RAGConfig{{Hidden: 0}, {Hidden: 21}, {Hidden: 2, Weight: -1}, {Hidden: 2, Weight: math.NaN()}, {Hidden: 2, InitScale: math.Inf(1)}} {
		if _, err := sae.NewRAGLoss(X, cfg); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
	if _, err := sae.NewRAGLoss(mat.NewDense(2, 2, []float64{1, math.NaN(), 0, 0}), sae.RAGConfig{Hidden: 1}); err == nil {
		t.Error("NaN data: no error")
	}
	l, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 1})
	if err != nil {
		t.Fatal(err)
	}
	r, err := sae.RAGFromLinear(l, sae.RAGConfig{Hidden: 3, Weight: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Config().Weight != 2 || r.Dim() != 2*3*20 {
		t.Errorf("config %+v, dim %d", r.Config(), r.Dim())
	}
	if _, err := r.WithConfig(sae.RAGConfig{Hidden: 30}); err == nil {
		t.Error("WithConfig Hidden 30: no error")
	}
}
