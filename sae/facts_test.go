package sae

// The facts a correct reproduction satisfies, each a test on data with a
// known spectrum (or on MNIST): linear autoencoders, tied and untied, reach
// the PCA floor and span the principal subspace; gradient descent gets
// there too; uniform L2 shrinks the decoder's singular values to
// sqrt(1 − λ/σ²) and ties the encoder to the decoder's transpose (Kunin et
// al. 2019); non-uniform L2 recovers the ordered components (Bao et al.
// 2020); the draft's β term is inert on centred data; every analytic
// gradient matches finite differences. The names say which fact.

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// spectrumData is exactly centred m×n data whose singular values are sigma,
// with V (n×r) the principal directions in order.
func spectrumData(t testing.TB, m, n int, sigma []float64, seed uint64) (X, V *mat.Dense) {
	t.Helper()
	X, V, err := data.SyntheticSpectrum(m, n, sigma, seed)
	if err != nil {
		t.Fatal(err)
	}
	return X, V
}

// gappedSpectrum is 20 singular values with a clear gap after the fifth:
// 10, 9, 8, 7, 6 then 2, 1.9, ..., 0.5.
func gappedSpectrum() []float64 {
	s := []float64{10, 9, 8, 7, 6}
	for v := 2.0; len(s) < 20; v -= 0.1 {
		s = append(s, v)
	}
	return s
}

func train(t testing.TB, obj Objective, x0 []float64, s TrainSettings) *TrainResult {
	t.Helper()
	res, err := Train(context.Background(), obj, x0, s)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Facts 1, 2 and 3: a linear autoencoder trained on centred data reaches the
// PCA floor, a tied one has orthonormal rows, both span the principal
// subspace, and without regularisation the individual components are not
// recovered.
func TestFactLinearAEIsPCA(t *testing.T) {
	const p = 5
	sigma := gappedSpectrum()
	X, V := spectrumData(t, 200, 20, sigma, 11)
	pca, err := FitPCA(X, p, PCASettings{})
	if err != nil {
		t.Fatal(err)
	}
	floor := pca.Floor(p)
	var want float64
	for _, s := range sigma[p:] {
		want += s * s
	}
	if math.Abs(floor-want) > 1e-10*want {
		t.Fatalf("PCA floor %v, want Σ_{i>p} σ_i² = %v", floor, want)
	}
	top := V.Slice(0, 20, 0, p)
	for _, tied := range []bool{true, false} {
		loss, err := NewLinearLoss(X, LinearConfig{Hidden: p, Tied: tied})
		if err != nil {
			t.Fatal(err)
		}
		res := train(t, loss, loss.shape.initParams(nil, 0.1, 3), TrainSettings{Method: LBFGS, Iterations: 2000, GradTol: 1e-9})
		model := loss.Model(res.Params)

		// Fact 1: the PCA floor, to 1e-3 relative or better.
		gap := RelativeGap(loss.Reconstruction(res.Params), floor)
		if gap > 1e-3 || gap < -1e-10 {
			t.Errorf("tied=%v: reconstruction %v, floor %v: relative gap %.3g, want in [0, 1e-3]", tied, loss.Reconstruction(res.Params), floor, gap)
		}
		// Fact 3: with an eigengap, the decoder spans the principal subspace.
		dist, err := SubspaceDistance(top, model.W2)
		if err != nil {
			t.Fatal(err)
		}
		if dist > 1e-4 {
			t.Errorf("tied=%v: subspace distance to PCA %.3g, want < 1e-4", tied, dist)
		}
		// ... but not the components themselves.
		if al := AxisAlignment(top, model.W2); al < 0.01 {
			t.Errorf("tied=%v: axis alignment %.3g: an unregularised AE should not single out the principal axes", tied, al)
		}
		// Fact 2: tied weights have orthonormal rows.
		if tied {
			if e := OrthonormalityError(model.W1); e > 1e-3 {
				t.Errorf("‖WWᵀ − I‖_F = %.3g, want < 1e-3", e)
			}
		}
		t.Logf("tied=%v: %d iterations, gap %.2g, subspace distance %.2g, axis alignment %.3f", tied, res.Iterations, gap, dist, AxisAlignment(top, model.W2))
	}
}

// Fact 1 by gradient descent, the draft's own method: the tied AE reaches the
// floor by fixed steps too.
func TestFactGradientDescentReachesFloor(t *testing.T) {
	const p = 3
	sigma := []float64{5, 4, 3, 1, 0.8, 0.6, 0.4, 0.2}
	X, _ := spectrumData(t, 50, 8, sigma, 5)
	pca, err := FitPCA(X, p, PCASettings{})
	if err != nil {
		t.Fatal(err)
	}
	loss, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: 0, Rho: make([]float64, p)})
	if err != nil {
		t.Fatal(err)
	}
	// The Hessian's scale is ~σ_1² = 25; a step of 0.005 is stable.
	res := train(t, loss, loss.shape.initParams(nil, 0.1, 2), TrainSettings{Method: GradientDescent, StepSize: 0.005, Iterations: 5000})
	if gap := RelativeGap(loss.Reconstruction(res.Params), pca.Floor(p)); gap > 1e-3 {
		t.Errorf("gradient descent: relative gap to the PCA floor %.3g, want < 1e-3", gap)
	}
	if e := OrthonormalityError(loss.Model(res.Params).W1); e > 1e-3 {
		t.Errorf("‖WWᵀ − I‖_F = %.3g, want < 1e-3", e)
	}
}

// Fact 4 (Kunin et al. 2019, their synthetic setup): with uniform L2 the
// encoder converges to the decoder's transpose and the decoder's singular
// values are sqrt(1 − λ/σ_i²) along the principal directions.
func TestFactUniformL2(t *testing.T) {
	const (
		k      = 10
		lambda = 10.0
	)
	sigma := make([]float64, 20)
	for i := range sigma {
		sigma[i] = float64(20 - i) // 20, 19, ..., 1
	}
	// m = 21: exact centring needs one more sample than singular values.
	X, V := spectrumData(t, 21, 20, sigma, 7)
	loss, err := NewLinearLoss(X, LinearConfig{Hidden: k, Lambda: lambda})
	if err != nil {
		t.Fatal(err)
	}
	res := train(t, loss, loss.shape.initParams(nil, 0.1, 4), TrainSettings{Method: LBFGS, Iterations: 5000, GradTol: 1e-10})
	model := loss.Model(res.Params)
	if d := TransposeDistance(model.W1, model.W2); d > 1e-12 {
		t.Errorf("‖W1 − W2ᵀ‖²/k = %.3g, want → 0", d)
	}
	var svd mat.SVD
	if !svd.Factorize(model.W2, mat.SVDThin) {
		t.Fatal("SVD failed")
	}
	got := svd.Values(nil)
	for i := 0; i < k; i++ {
		want := math.Sqrt(1 - lambda/(sigma[i]*sigma[i]))
		if math.Abs(got[i]-want) > 1e-6 {
			t.Errorf("decoder singular value %d: %.8f, want sqrt(1 − λ/σ²) = %.8f", i, got[i], want)
		}
	}
	var U mat.Dense
	svd.UTo(&U)
	if dist, err := SubspaceDistance(V.Slice(0, 20, 0, k), &U); err != nil || dist > 1e-8 {
		t.Errorf("left singular vectors of the decoder: subspace distance %.3g to PCA (err %v)", dist, err)
	}
	// With distinct singular values each left singular vector is a
	// principal direction (Plaut 2018, Kunin's erratum).
	if al := AxisAlignment(V.Slice(0, 20, 0, k), &U); al > 1e-8 {
		t.Errorf("left singular vectors of the decoder: axis alignment %.3g, want 0", al)
	}
}

// Fact 5 (Bao et al. 2020): non-uniform L2 breaks the rotation symmetry, so
// the decoder columns become the principal directions, ordered: the smallest
// λ_j goes with the largest eigenvalue.
func TestFactNonUniformL2(t *testing.T) {
	const k = 4
	sigma := []float64{10, 8, 6, 4, 1, 0.8, 0.6, 0.4, 0.2, 0.1}
	X, V := spectrumData(t, 40, 10, sigma, 9)
	lambdas := []float64{1, 2, 3, 4}
	loss, err := NewLinearLoss(X, LinearConfig{Hidden: k, Lambdas: lambdas})
	if err != nil {
		t.Fatal(err)
	}
	top := V.Slice(0, 10, 0, k)
	res := train(t, loss, loss.shape.initParams(nil, 0.1, 8), TrainSettings{
		Method: LBFGS, Iterations: 5000, GradTol: 1e-10,
		Metrics: []Metric{{Name: "alignment", F: func(p []float64) float64 { return AxisAlignment(top, loss.Model(p).W2) }}},
	})
	model := loss.Model(res.Params)
	if al := AxisAlignment(top, model.W2); al > 1e-8 {
		t.Errorf("axis alignment %.3g, want → 0", al)
	}
	align := res.History.Metric("alignment")
	if align[0] < 0.1 {
		t.Errorf("axis alignment at the start %.3g: the test starts too close to the answer", align[0])
	}
	// Ordered: column j is ±v_j with norm sqrt(1 − λ_j/σ_j²).
	for j := 0; j < k; j++ {
		col := mat.Col(nil, j, model.W2)
		v := mat.Col(nil, j, top)
		norm := floats.Norm(col, 2)
		if c := math.Abs(floats.Dot(col, v)) / norm; c < 1-1e-8 {
			t.Errorf("decoder column %d: |cos| with principal direction %d = %.10f, want 1", j, j, c)
		}
		if want := math.Sqrt(1 - lambdas[j]/(sigma[j]*sigma[j])); math.Abs(norm-want) > 1e-6 {
			t.Errorf("decoder column %d: norm %.8f, want %.8f", j, norm, want)
		}
	}
}

// Fact 6: on centred data the draft's β term is a constant, so gradient
// descent follows the β = 0 trajectory to float precision.
func TestFactBetaInertOnCentredData(t *testing.T) {
	const p = 3
	X, _ := spectrumData(t, 60, 10, []float64{6, 5, 4, 3, 2, 1, 0.5, 0.25}, 21)
	rho := []float64{0.3, -0.2, 0.5}
	plain, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: 0, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	sparse, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: 100, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	x0 := plain.shape.initParams(nil, 0.1, 6)
	// Compare the trajectories through metrics recorded at every step (the
	// returned Params are the lowest-loss iterate, which rounding of the
	// constant β‖ρ‖² may pick differently).
	s := TrainSettings{Method: GradientDescent, StepSize: 0.005, Iterations: 300, Metrics: []Metric{
		{Name: "‖W‖", F: func(p []float64) float64 { return floats.Norm(p, 2) }},
		{Name: "W00", F: func(p []float64) float64 { return p[0] }},
	}}
	a := train(t, plain, x0, s)
	b := train(t, sparse, x0, s)
	for i, name := range a.History.MetricNames {
		ma, mb := a.History.Metrics[i], b.History.Metrics[i]
		for r := range ma {
			if d := math.Abs(ma[r] - mb[r]); d > 1e-12*math.Abs(ma[r]) {
				t.Fatalf("%s at step %d: β=0 gives %v, β=100 gives %v (|Δ| = %.3g)", name, r, ma[r], mb[r], d)
			}
		}
	}
	// The losses differ by the constant β‖ρ‖² and nothing else.
	c := 100 * floats.Dot(rho, rho)
	for r := range a.History.Loss {
		if d := math.Abs(b.History.Loss[r] - a.History.Loss[r] - c); d > 1e-9*c {
			t.Fatalf("record %d: loss difference %v, want β‖ρ‖² = %v", r, b.History.Loss[r]-a.History.Loss[r], c)
		}
	}
}

// On uncentred data the β term pulls ρ̂ = W x̄ towards ρ at some cost in
// reconstruction: the trade-off the §4 β sweep shows.
func TestDraftBetaTradesReconstructionForSparsity(t *testing.T) {
	const p = 3
	Xc, _ := spectrumData(t, 60, 10, []float64{6, 5, 4, 3, 2, 1, 0.5, 0.25}, 21)
	X := mat.DenseCopyOf(Xc)
	for i := 0; i < 60; i++ {
		for j := 0; j < 10; j++ {
			X.Set(i, j, X.At(i, j)+0.3) // mean 0.3 in every feature
		}
	}
	rho := []float64{0.05, 0.05, 0.05}
	var gaps, recs []float64
	for _, beta := range []float64{0, 1e4} {
		loss, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: beta, Rho: rho})
		if err != nil {
			t.Fatal(err)
		}
		res := train(t, loss, loss.shape.initParams(nil, 0.1, 1), TrainSettings{Method: LBFGS, Iterations: 3000, GradTol: 1e-9})
		gaps = append(gaps, loss.SparsityGap(res.Params))
		recs = append(recs, loss.Reconstruction(res.Params))
	}
	if !(gaps[1] < 0.01*gaps[0]) {
		t.Errorf("‖ρ − W x̄‖: β=0 gives %.3g, large β gives %.3g; want the penalty to close the gap", gaps[0], gaps[1])
	}
	if !(recs[1] > recs[0]) {
		t.Errorf("reconstruction: β=0 gives %.6g, large β gives %.6g; the penalty should cost reconstruction", recs[0], recs[1])
	}
}

// Fact 7: every analytic gradient passes a central-difference check.
func TestFactGradientChecks(t *testing.T) {
	Xc, _ := spectrumData(t, 30, 8, []float64{3, 2.5, 2, 1.5, 1, 0.5}, 2)
	X := mat.DenseCopyOf(Xc)
	for i := 0; i < 30; i++ {
		X.Set(i, 0, X.At(i, 0)+1) // uncentred, so the β and bias terms matter
	}
	type named struct {
		name string
		obj  Objective
		x    []float64
		tol  float64
	}
	var cases []named
	for _, cfg := range []LinearConfig{
		{Hidden: 3},
		{Hidden: 3, Bias: true},
		{Hidden: 3, Tied: true},
		{Hidden: 3, Lambda: 0.7},
		{Hidden: 3, Tied: true, Lambda: 0.7},
		{Hidden: 3, Bias: true, Lambdas: []float64{0.1, 0.5, 0.9}},
	} {
		l, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, named{"linear", l, l.shape.initParams(nil, 0.5, 1), 1e-7})
	}
	d, err := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 2.5, Rho: []float64{0.1, 0.2, 0.3}})
	if err != nil {
		t.Fatal(err)
	}
	cases = append(cases, named{"draft", d, d.shape.initParams(nil, 0.5, 1), 1e-7})
	// The sigmoid model on data in [0.1, 0.9], as in the exercise.
	S := mat.NewDense(20, 8, nil)
	S.Apply(func(i, j int, _ float64) float64 { return 0.1 + 0.8*math.Abs(math.Sin(float64(3*i+7*j))) }, S)
	for _, pen := range []SparsityPenalty{KLPenalty, L2Penalty} {
		s, err := NewSparseLoss(S, SparseConfig{Hidden: 5, Lambda: 1e-4, Beta: 3, Rho: 0.1, Penalty: pen})
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, named{"sparse", s, s.InitParams(nil, 1), 1e-9})
	}
	for i, c := range cases {
		chk := CheckGradient(c.obj, c.x, 1e-5)
		if c.name == "sparse" {
			chk = CheckGradient(c.obj, c.x, 1e-4) // the exercise's ε
		}
		if chk.RelErr > c.tol {
			t.Errorf("case %d (%s): %v, want relative error < %g", i, c.name, chk, c.tol)
		}
	}
}

// Fact 1 on real data: on centred MNIST digits, tied and untied linear
// autoencoders trained with L-BFGS reach the PCA floor.
func TestFactMNISTReachesFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("MNIST training skipped in -short mode")
	}
	mn, err := data.LoadMNIST("", "train", 5000)
	if err != nil {
		t.Skipf("MNIST not available: %v", err)
	}
	var X mat.Dense
	data.Center(&X, mn.Images)
	const p = 20
	pca, err := FitPCA(&X, p, PCASettings{})
	if err != nil {
		t.Fatal(err)
	}
	floor := pca.Floor(p)
	for _, tied := range []bool{true, false} {
		loss, err := NewLinearLoss(&X, LinearConfig{Hidden: p, Tied: tied})
		if err != nil {
			t.Fatal(err)
		}
		res := train(t, loss, loss.shape.initParams(nil, 0.01, 1), TrainSettings{Method: LBFGS, Iterations: 3000, LossTol: 1e-8})
		gap := RelativeGap(loss.Reconstruction(res.Params), floor)
		if gap > 1e-3 || gap < -1e-9 {
			t.Errorf("tied=%v: MNIST reconstruction %v, PCA floor %v: relative gap %.3g, want in [0, 1e-3]", tied, loss.Reconstruction(res.Params), floor, gap)
		}
		dist, err := SubspaceDistance(pca.Components.T(), loss.Model(res.Params).W2)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("tied=%v: %d iterations (%v), relative gap %.2g, subspace distance %.2g", tied, res.Iterations, res.Stop, gap, dist)
	}
}
