package sae

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

func TestDraftLossGradient(t *testing.T) {
	X := linTestData(30, 8, 0.5, 21) // uncentred: the β term is active
	rho := []float64{0.3, -0.2, 0.8}
	d, err := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 2, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	x := d.shape.initParams(nil, 0.5, 22)
	e1 := linFDCheck(d.LossGrad, x)
	if !(e1 < 1e-7) {
		t.Errorf("LossGrad relative error %.3g ≥ 1e-7", e1)
	}
	rows := []int{1, 4, 4, 9, 28, 13}
	e2 := linFDCheck(func(g, x []float64) float64 { return d.BatchLossGrad(g, x, rows) }, x)
	if !(e2 < 1e-7) {
		t.Errorf("BatchLossGrad relative error %.3g ≥ 1e-7", e2)
	}
	t.Logf("relative error LossGrad %.2g, BatchLossGrad %.2g", e1, e2)
}

func TestDraftGramMatchesExplicitGradient(t *testing.T) {
	// m > linBatchRows exercises the blocked loops.
	const m, n, p = 300, 8, 3
	X := linTestData(m, n, 0.5, 23)
	rho := []float64{0.3, -0.2, 0.8}
	const beta = 1.5
	d, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: beta, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	x := d.shape.initParams(nil, 0.4, 24)
	g := make([]float64, d.Dim())
	f := d.LossGrad(g, x)
	gd := make([]float64, d.Dim())
	d.ExplicitGradient(gd, x)
	if r := linRelDiff(g, gd); !(r < 1e-10) {
		t.Errorf("Gram gradient and the explicit formula differ by %.3g relative", r)
	}
	all := make([]int, m)
	for i := range all {
		all[i] = i
	}
	gb := make([]float64, d.Dim())
	fb := d.BatchLossGrad(gb, x, all)
	if math.Abs(f-fb) > 1e-10*f || linRelDiff(g, gb) > 1e-10 {
		t.Errorf("BatchLossGrad over all rows: loss %v vs %v, gradient rel diff %.3g", fb, f, linRelDiff(g, gb))
	}
	// The loss from its definition, with independent arithmetic.
	W := mat.NewDense(p, n, x)
	var R mat.Dense
	R.Product(X, W.T(), W)
	R.Sub(&R, X)
	rec := mat.Norm(&R, 2)
	rec *= rec
	xbar := make([]float64, n)
	for i := 0; i < m; i++ {
		floats.Add(xbar, X.RawRowView(i))
	}
	floats.Scale(1/float64(m), xbar)
	var u mat.VecDense
	u.MulVec(W, mat.NewVecDense(n, xbar))
	u.SubVec(mat.NewVecDense(p, rho), &u)
	gap := mat.Norm(&u, 2)
	if got := d.Reconstruction(x); math.Abs(got-rec) > 1e-12*rec {
		t.Errorf("Reconstruction %v, want %v", got, rec)
	}
	if got := d.SparsityGap(x); math.Abs(got-gap) > 1e-12*gap {
		t.Errorf("SparsityGap %v, want %v", got, gap)
	}
	if want := rec + beta*gap*gap; math.Abs(f-want) > 1e-12*want {
		t.Errorf("LossGrad %v, want %v", f, want)
	}
	t.Logf("Gram vs draft gradient %.2g, vs data form %.2g", linRelDiff(g, gd), linRelDiff(g, gb))
}

// TestDraftCentredBetaInert is fact 6: on centred data the β term is the
// constant β‖ρ‖² and has no gradient.
func TestDraftCentredBetaInert(t *testing.T) {
	sigma := []float64{5, 4, 3, 2, 1}
	const m, n, p = 30, 8, 3
	X, Vp, floor := linPCASetup(t, m, n, p, sigma)
	rho := []float64{0.5, -1, 2}
	const beta = 3
	d0, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: 0, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	db, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: beta, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	rho2 := floats.Dot(rho, rho)
	for _, x := range [][]float64{d0.shape.initParams(nil, 0.5, 25), linParams(Vp, nil, nil, nil)} {
		g0 := make([]float64, d0.Dim())
		gb := make([]float64, db.Dim())
		f0 := d0.LossGrad(g0, x)
		fb := db.LossGrad(gb, x)
		if math.Abs(fb-beta*rho2-f0) > 1e-12*f0 {
			t.Errorf("β loss − β‖ρ‖² = %v, β = 0 loss %v", fb-beta*rho2, f0)
		}
		// Relative to the gradient's scale: at the PCA solution it is ~0.
		scale := floats.Norm(g0, 2) + sigma[0]*sigma[0]
		if r := linDiffNorm(g0, gb) / scale; !(r < 1e-12) {
			t.Errorf("β changes the gradient on centred data by %.3g relative", r)
		}
		gd := make([]float64, d0.Dim())
		db.ExplicitGradient(gd, x)
		if r := linDiffNorm(g0, gd) / scale; !(r < 1e-10) {
			t.Errorf("explicit formula differs by %.3g relative", r)
		}
		t.Logf("‖∇‖ = %.3g: β changes it by %.2g, the explicit formula differs by %.2g (relative to %.3g)",
			floats.Norm(g0, 2), linDiffNorm(g0, gb)/scale, linDiffNorm(g0, gd)/scale, scale)
	}
	// At the PCA solution: the floor, a zero gradient, and ‖ρ − W x̄‖ = ‖ρ‖.
	x := linParams(Vp, nil, nil, nil)
	if got := db.Reconstruction(x); math.Abs(got-floor) > 1e-10*floor {
		t.Errorf("Reconstruction at PCA %v, want %v", got, floor)
	}
	g := make([]float64, db.Dim())
	db.LossGrad(g, x)
	if gn := floats.Norm(g, 2); gn > 1e-10*sigma[0]*sigma[0] {
		t.Errorf("‖∇‖ at PCA with β = %v: %.3g", float64(beta), gn)
	}
	if got := db.SparsityGap(x); math.Abs(got-math.Sqrt(rho2)) > 1e-12 {
		t.Errorf("SparsityGap %v, want ‖ρ‖ = %v", got, math.Sqrt(rho2))
	}
	// On uncentred data the β term does act: the check above can fail.
	U := linTestData(m, n, 1, 26)
	u0, _ := NewDraftLoss(U, DraftConfig{Hidden: p, Beta: 0, Rho: rho})
	ub, _ := NewDraftLoss(U, DraftConfig{Hidden: p, Beta: beta, Rho: rho})
	u0.LossGrad(g, x)
	gb := make([]float64, ub.Dim())
	ub.LossGrad(gb, x)
	if r := linRelDiff(g, gb); r < 1e-3 {
		t.Errorf("β has no effect on uncentred data (%.3g)", r)
	}
}

// TestDraftMatchesTiedLinear checks that with β = 0 the draft's objective is
// the tied linear autoencoder's loss.
func TestDraftMatchesTiedLinear(t *testing.T) {
	X := linTestData(20, 6, 0.3, 27)
	d, _ := NewDraftLoss(X, DraftConfig{Hidden: 2, Beta: 0, Rho: []float64{1, 1}})
	l, err := NewLinearLoss(X, LinearConfig{Hidden: 2, Tied: true})
	if err != nil {
		t.Fatal(err)
	}
	if d.NumSamples() != 20 || d.Dim() != 12 {
		t.Fatalf("NumSamples %d, Dim %d", d.NumSamples(), d.Dim())
	}
	x := d.shape.initParams(nil, 0.5, 28)
	g1 := make([]float64, d.Dim())
	g2 := make([]float64, l.Dim())
	if f1, f2 := d.LossGrad(g1, x), l.LossGrad(g2, x); f1 != f2 || !floats.Equal(g1, g2) {
		t.Errorf("draft with β = 0 (%v) differs from the tied linear loss (%v)", f1, f2)
	}
	a := d.Model(x)
	if !a.Tied || !mat.Equal(a.W2, a.W1.T()) || a.W1.At(1, 3) != x[1*6+3] {
		t.Error("Model: want the tied view of params")
	}
}

func TestNewDraftLossErrors(t *testing.T) {
	X := linTestData(5, 4, 0, 1)
	nan := mat.DenseCopyOf(X)
	nan.Set(1, 2, math.NaN())
	rho := []float64{0.1, 0.1}
	cases := []struct {
		X    mat.Matrix
		p    int
		beta float64
		rho  []float64
		want string
	}{
		{nan, 2, 1, rho, "X[1,2] is NaN"},
		{&mat.Dense{}, 2, 1, rho, "empty"},
		{X, 0, 1, []float64{}, "Hidden = 0"},
		{X, 5, 1, make([]float64, 5), "Hidden = 5"},
		{X, 2, -1, rho, "Beta"},
		{X, 2, math.Inf(1), rho, "Beta"},
		{X, 2, 1, []float64{0.1}, "len(Rho)"},
		{X, 2, 1, []float64{0.1, math.NaN()}, "Rho[1]"},
	}
	if _, err := NewDraftLoss(X, DraftConfig{Hidden: 2, Rho: rho, InitScale: -1}); err == nil || !strings.Contains(err.Error(), "InitScale") {
		t.Errorf("negative InitScale: error %v, want one naming InitScale", err)
	}
	for _, c := range cases {
		d, err := NewDraftLoss(c.X, DraftConfig{Hidden: c.p, Beta: c.beta, Rho: c.rho})
		if err == nil || d != nil {
			t.Errorf("%s: no error", c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %q does not mention %q", err, c.want)
		}
	}
}

// linDiffNorm is ‖a − b‖.
func linDiffNorm(a, b []float64) float64 {
	return floats.Distance(a, b, 2)
}

// TestDraftCentredTrajectory: on data centred to working precision (the
// column means are within rounding of zero and taken as 0), gradient descent
// with β = 100 follows the β = 0 trajectory bit for bit.
func TestDraftCentredTrajectory(t *testing.T) {
	X, _, _ := linPCASetup(t, 60, 10, 3, []float64{6, 5, 4, 3, 2, 1, 0.5, 0.25})
	rho := []float64{0.3, -0.2, 0.5}
	d0, _ := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 0, Rho: rho})
	db, _ := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 100, Rho: rho})
	x0 := d0.shape.initParams(nil, 0.1, 6)
	xb := append([]float64(nil), x0...)
	g0 := make([]float64, d0.Dim())
	gb := make([]float64, db.Dim())
	for it := 0; it < 300; it++ {
		d0.LossGrad(g0, x0)
		db.LossGrad(gb, xb)
		floats.AddScaled(x0, -0.005, g0)
		floats.AddScaled(xb, -0.005, gb)
	}
	if !floats.Equal(x0, xb) {
		t.Errorf("trajectories differ after 300 steps by %.3g", linDiffNorm(x0, xb))
	}
}
