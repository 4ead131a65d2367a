package sae

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// linTestData returns an m×n matrix of uniform [0, 1) values plus offset:
// uncentred data, so that biases and the mean pseudo-sample matter.
func linTestData(m, n int, offset float64, seed uint64) *mat.Dense {
	rnd := rand.New(rand.NewPCG(seed, 7))
	X := mat.NewDense(m, n, nil)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			X.Set(i, j, offset+rnd.Float64())
		}
	}
	return X
}

// relErr is ‖a − b‖ / ‖a + b‖, the gradient-check statistic.
func relErr(a, b []float64) float64 {
	d := make([]float64, len(a))
	s := make([]float64, len(a))
	floats.SubTo(d, a, b)
	floats.AddTo(s, a, b)
	return floats.Norm(d, 2) / floats.Norm(s, 2)
}

// linRelDiff is ‖a − b‖ / max(‖a‖, ‖b‖).
func linRelDiff(a, b []float64) float64 {
	d := make([]float64, len(a))
	floats.SubTo(d, a, b)
	return floats.Norm(d, 2) / math.Max(floats.Norm(a, 2), floats.Norm(b, 2))
}

// linFDCheck compares the analytic gradient of f at x with central
// differences and returns the relative error.
func linFDCheck(f func(grad, x []float64) float64, x []float64) float64 {
	ana := make([]float64, len(x))
	f(ana, x)
	num := fd.Gradient(nil, func(x []float64) float64 { return f(nil, x) }, x,
		&fd.Settings{Formula: fd.Central, Step: 1e-6})
	return relErr(num, ana)
}

// linTestConfigs covers every loss variant with p = 3.
func linTestConfigs() []LinearConfig {
	return []LinearConfig{
		{Hidden: 3},
		{Hidden: 3, Bias: true},
		{Hidden: 3, Tied: true},
		{Hidden: 3, Lambda: 0.7},
		{Hidden: 3, Tied: true, Lambda: 0.7},
		{Hidden: 3, Lambdas: []float64{0.1, 0.5, 0.9}},
		{Hidden: 3, Tied: true, Lambdas: []float64{0.1, 0.5, 0.9}},
		{Hidden: 3, Bias: true, Lambda: 0.3, Lambdas: []float64{0.1, 0.5, 0.9}},
	}
}

func linCfgName(c LinearConfig) string {
	return fmt.Sprintf("tied=%v,bias=%v,lambda=%v,lambdas=%v", c.Tied, c.Bias, c.Lambda, c.Lambdas)
}

func TestLinearLossGradient(t *testing.T) {
	X := linTestData(30, 8, 0.5, 1)
	rows := []int{3, 0, 17, 3, 29, 11, 5}
	for _, cfg := range linTestConfigs() {
		l, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		x := l.shape.initParams(nil, 0.5, 2)
		for i := range x { // non-zero biases too
			x[i] += 0.1 * math.Sin(float64(i))
		}
		e1 := linFDCheck(l.LossGrad, x)
		if !(e1 < 1e-7) {
			t.Errorf("%s: LossGrad relative error %.3g ≥ 1e-7", linCfgName(cfg), e1)
		}
		batch := func(grad, x []float64) float64 { return l.BatchLossGrad(grad, x, rows) }
		e2 := linFDCheck(batch, x)
		if !(e2 < 1e-7) {
			t.Errorf("%s: BatchLossGrad relative error %.3g ≥ 1e-7", linCfgName(cfg), e2)
		}
		t.Logf("%s: relative error LossGrad %.2g, BatchLossGrad %.2g", linCfgName(cfg), e1, e2)
	}
}

// TestLinearGradientCheckDetects shows that the check used above fails for
// a gradient with one wrong element.
func TestLinearGradientCheckDetects(t *testing.T) {
	X := linTestData(30, 8, 0.5, 1)
	l, err := NewLinearLoss(X, LinearConfig{Hidden: 3, Bias: true})
	if err != nil {
		t.Fatal(err)
	}
	x := l.shape.initParams(nil, 0.5, 2)
	bad := func(grad, x []float64) float64 {
		f := l.LossGrad(grad, x)
		if grad != nil {
			grad[len(grad)-1] *= 1.01
		}
		return f
	}
	if e := linFDCheck(bad, x); !(e > 1e-6) {
		t.Errorf("perturbed gradient passes the check: relative error %.3g", e)
	}
}

func TestLinearGramMatchesData(t *testing.T) {
	X := linTestData(30, 8, 0.5, 3)
	all := make([]int, 30)
	for i := range all {
		all[i] = i
	}
	for _, cfg := range linTestConfigs() {
		l, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		x := l.shape.initParams(nil, 0.5, 4)
		for i := range x {
			x[i] += 0.1 * math.Cos(float64(i))
		}
		g1 := make([]float64, l.Dim())
		g2 := make([]float64, l.Dim())
		f1 := l.LossGrad(g1, x)
		f2 := l.BatchLossGrad(g2, x, all)
		if d := math.Abs(f1-f2) / f2; !(d < 1e-10) {
			t.Errorf("%s: Gram loss %v, data loss %v: relative difference %.3g", linCfgName(cfg), f1, f2, d)
		}
		if d := linRelDiff(g1, g2); !(d < 1e-10) {
			t.Errorf("%s: Gram and data gradients differ by %.3g relative", linCfgName(cfg), d)
		}
		t.Logf("%s: Gram vs data: loss %.2g, gradient %.2g", linCfgName(cfg), math.Abs(f1-f2)/f2, linRelDiff(g1, g2))
		// An independent path: the model's own reconstructions.
		var R mat.Dense
		l.Model(x).Reconstruct(&R, X)
		R.Sub(&R, X)
		want := mat.Norm(&R, 2)
		want *= want
		if got := l.Reconstruction(x); !(math.Abs(got-want) <= 1e-10*want) {
			t.Errorf("%s: Reconstruction = %v, Σ‖Reconstruct(X) − X‖² = %v", linCfgName(cfg), got, want)
		}
	}
}

// TestLinearDataLanes: the data form over many blocks, which goes in lanes
// with serial products, gives the Gram form's loss and gradient, the same
// for the samples gathered in another order, and the same bits on one core
// and on four, call after call.
func TestLinearDataLanes(t *testing.T) {
	const m, n = 5*linBatchRows + 77, 64
	X := linTestData(m, n, 0.5, 5)
	all := make([]int, m)
	for i := range all {
		all[i] = i
	}
	shuffled := slices.Clone(all)
	rand.New(rand.NewPCG(1, 1)).Shuffle(m, func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, cfg := range []LinearConfig{{Hidden: 12}, {Hidden: 12, Tied: true}, {Hidden: 12, Bias: true, Lambda: 0.3}} {
		l, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		x := l.shape.initParams(nil, 0.5, 4)
		batch := func(procs int, rows []int) (float64, []float64) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			g := make([]float64, l.Dim())
			return l.BatchLossGrad(g, x, rows), g
		}
		gGram := make([]float64, l.Dim())
		fGram := l.LossGrad(gGram, x)
		f1, g1 := batch(1, all)
		f4, g4 := batch(4, all)
		f4b, g4b := batch(4, all)
		fs, gs := batch(4, shuffled)
		if f1 != f4 || f4 != f4b || !slices.Equal(g1, g4) || !slices.Equal(g4, g4b) {
			t.Errorf("%s: not the same bits on 1 and 4 cores, or call after call: losses %v, %v, %v", linCfgName(cfg), f1, f4, f4b)
		}
		if d := math.Abs(f4-fGram) / fGram; !(d < 1e-10) {
			t.Errorf("%s: data loss %v, Gram loss %v: relative difference %.3g", linCfgName(cfg), f4, fGram, d)
		}
		if d := linRelDiff(g4, gGram); !(d < 1e-10) {
			t.Errorf("%s: data and Gram gradients differ by %.3g relative", linCfgName(cfg), d)
		}
		if d := math.Abs(fs-f4) / f4; !(d < 1e-12) || !(linRelDiff(gs, g4) < 1e-12) {
			t.Errorf("%s: the shuffled samples give loss %v, in order %v", linCfgName(cfg), fs, f4)
		}
	}
}

// linPCASetup returns exactly centred data with a known spectrum and its
// top-p principal directions as the rows of a p×n matrix.
func linPCASetup(t *testing.T, m, n, p int, sigma []float64) (X *mat.Dense, Vp *mat.Dense, floor float64) {
	t.Helper()
	X, V, err := data.SyntheticSpectrum(m, n, sigma, 11)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sigma[p:] {
		floor += s * s
	}
	return X, mat.DenseCopyOf(V.Slice(0, n, 0, p).T()), floor
}

// linParams packs W1, W2 (untied), b1, b2 into the documented layout.
func linParams(W1, W2 mat.Matrix, b1, b2 []float64) []float64 {
	var x []float64
	x = append(x, mat.DenseCopyOf(W1).RawMatrix().Data...)
	if W2 != nil {
		x = append(x, mat.DenseCopyOf(W2).RawMatrix().Data...)
	}
	x = append(x, b1...)
	return append(x, b2...)
}

func TestLinearPCAFloor(t *testing.T) {
	sigma := []float64{9, 7, 6, 5, 4, 3, 2, 1.5, 1, 0.5}
	const m, n, p = 40, 12, 4
	X, W, floor := linPCASetup(t, m, n, p, sigma)
	gscale := sigma[0] * sigma[0]
	cases := []struct {
		cfg    LinearConfig
		params []float64
	}{
		{LinearConfig{Hidden: p, Tied: true}, linParams(W, nil, nil, nil)},
		{LinearConfig{Hidden: p}, linParams(W, W.T(), nil, nil)},
		{LinearConfig{Hidden: p, Bias: true}, linParams(W, W.T(), make([]float64, p), make([]float64, n))},
	}
	for _, c := range cases {
		l, err := NewLinearLoss(X, c.cfg)
		if err != nil {
			t.Fatal(err)
		}
		got := l.Reconstruction(c.params)
		if math.Abs(got-floor) > 1e-10*floor {
			t.Errorf("%s: Reconstruction at PCA = %.15g, want floor %.15g (rel %.2g)", linCfgName(c.cfg), got, floor, math.Abs(got-floor)/floor)
		}
		g := make([]float64, l.Dim())
		f := l.LossGrad(g, c.params)
		if f != got {
			t.Errorf("%s: LossGrad %v ≠ Reconstruction %v without penalties", linCfgName(c.cfg), f, got)
		}
		if gn := floats.Norm(g, 2); gn > 1e-10*gscale {
			t.Errorf("%s: ‖∇‖ at PCA = %.3g, want ~0", linCfgName(c.cfg), gn)
		}
		t.Logf("%s: floor rel error %.2g, ‖∇‖ %.2g", linCfgName(c.cfg), math.Abs(got-floor)/floor, floats.Norm(g, 2))
		// A rotated basis of a wrong subspace is not a minimum.
		wrong := append([]float64(nil), c.params...)
		wrong[0] += 0.1
		l.LossGrad(g, wrong)
		if gn := floats.Norm(g, 2); gn < 1e-3 {
			t.Errorf("%s: ‖∇‖ = %.3g away from the optimum, want clearly non-zero", linCfgName(c.cfg), gn)
		}
	}
}

// TestLinearFloorLargeMean checks the accuracy claim of the Gram form: with
// a mean of order 1e4 added to data whose floor is of order 1, the naive
// trace form tr(ACAᵀ) − 2tr(AC) + tr(C) + bias terms loses most digits,
// while the loss must still match the floor to 1e-10.
func TestLinearFloorLargeMean(t *testing.T) {
	sigma := []float64{9, 7, 6, 5, 4, 3, 2, 1.5, 1, 0.5}
	const m, n, p = 40, 12, 4
	Xc, W, floor := linPCASetup(t, m, n, p, sigma)
	rnd := rand.New(rand.NewPCG(5, 5))
	mu := make([]float64, n)
	for j := range mu {
		mu[j] = 1e4 * (1 + rnd.Float64())
	}
	X := mat.NewDense(m, n, nil)
	X.Apply(func(_, j int, v float64) float64 { return v + mu[j] }, Xc)
	// b1 = −W1 μ, b2 = μ: x̂ − x = (P − I)(x − μ).
	b1 := make([]float64, p)
	for i := range b1 {
		b1[i] = -floats.Dot(W.RawRowView(i), mu)
	}
	params := linParams(W, W.T(), b1, mu)
	l, err := NewLinearLoss(X, LinearConfig{Hidden: p, Bias: true})
	if err != nil {
		t.Fatal(err)
	}
	got := l.Reconstruction(params)
	if math.Abs(got-floor) > 1e-10*floor {
		t.Errorf("Reconstruction with mean 1e4 = %.15g, want %.15g (rel %.2g)", got, floor, math.Abs(got-floor)/floor)
	}
	g := make([]float64, l.Dim())
	l.LossGrad(g, params)
	// The gradient is also ~0: the biases absorb the mean exactly.
	if gn := floats.Norm(g, 2); gn > 1e-8*1e4*sigma[0]*sigma[0] {
		t.Errorf("‖∇‖ at the shifted optimum = %.3g", gn)
	}
	t.Logf("Gram form relative error to floor with mean 1e4: %.2g; naive trace form: %.2g",
		math.Abs(got-floor)/floor, math.Abs(linNaiveTrace(X, params, p, n)-floor)/floor)
}

// linNaiveTrace evaluates the untied biased loss by the textbook trace
// formula, for comparison in the log only.
func linNaiveTrace(X *mat.Dense, params []float64, p, n int) float64 {
	m, _ := X.Dims()
	W1 := mat.NewDense(p, n, params[:p*n])
	W2 := mat.NewDense(n, p, params[p*n:2*p*n])
	b1 := mat.NewVecDense(p, params[2*p*n:2*p*n+p])
	b2 := mat.NewVecDense(n, params[2*p*n+p:])
	var C, A, AmI, T mat.Dense
	C.Mul(X.T(), X)
	A.Mul(W2, W1)
	AmI.Sub(&A, linEye(n))
	T.Product(&AmI, &C, AmI.T())
	s := mat.NewVecDense(n, nil)
	for i := 0; i < m; i++ {
		s.AddVec(s, X.RowView(i))
	}
	var c, u mat.VecDense
	c.MulVec(W2, b1)
	c.AddVec(&c, b2)
	u.MulVec(&AmI, s)
	return mat.Trace(&T) + 2*mat.Dot(&c, &u) + float64(m)*mat.Dot(&c, &c)
}

func linEye(n int) *mat.Dense {
	I := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		I.Set(i, i, 1)
	}
	return I
}

// TestLinearRegularisedCriticalPoints checks the closed forms of Kunin et
// al. (uniform λ) and Bao et al. (distinct λ_j): with decoder V_p diag(s)
// and encoder its transpose, s_j = √max(0, 1 − λ_j/σ_j²), the gradient
// vanishes (untied and tied), while the unregularised PCA solution is not
// critical.
func TestLinearRegularisedCriticalPoints(t *testing.T) {
	// Kunin et al.'s setup: singular values 1..20, k = 10.
	sigma := make([]float64, 20)
	for i := range sigma {
		sigma[i] = float64(20 - i)
	}
	const m, n, p = 21, 20, 10
	X, Vp, _ := linPCASetup(t, m, n, p, sigma)
	distinct := make([]float64, p)
	for j := range distinct {
		distinct[j] = 10 + 20*float64(j)
	}
	cases := []struct {
		name    string
		cfg     LinearConfig
		lambdas []float64 // effective λ_j
	}{
		{"uniform λ=10", LinearConfig{Hidden: p, Lambda: 10}, linConst(p, 10)},
		{"uniform λ=150 (two collapsed)", LinearConfig{Hidden: p, Lambda: 150}, linConst(p, 150)},
		{"non-uniform", LinearConfig{Hidden: p, Lambdas: distinct}, distinct},
		{"non-uniform plus uniform", LinearConfig{Hidden: p, Lambda: 5, Lambdas: distinct}, linAddConst(distinct, 5)},
	}
	for _, c := range cases {
		W := mat.DenseCopyOf(Vp) // p×n, rows scaled by s_j
		for j := 0; j < p; j++ {
			s := math.Sqrt(math.Max(0, 1-c.lambdas[j]/(sigma[j]*sigma[j])))
			floats.Scale(s, W.RawRowView(j))
		}
		for _, tied := range []bool{false, true} {
			cfg := c.cfg
			cfg.Tied = tied
			l, err := NewLinearLoss(X, cfg)
			if err != nil {
				t.Fatal(err)
			}
			var at, pca []float64
			if tied {
				at, pca = linParams(W, nil, nil, nil), linParams(Vp, nil, nil, nil)
			} else {
				at, pca = linParams(W, W.T(), nil, nil), linParams(Vp, Vp.T(), nil, nil)
			}
			g := make([]float64, l.Dim())
			l.LossGrad(g, at)
			if gn := floats.Norm(g, 2); gn > 1e-10*sigma[0]*sigma[0] {
				t.Errorf("%s tied=%v: ‖∇‖ at the closed form = %.3g, want ~0", c.name, tied, gn)
			}
			t.Logf("%s tied=%v: ‖∇‖ at the closed form %.2g", c.name, tied, floats.Norm(g, 2))
			l.LossGrad(g, pca)
			if gn := floats.Norm(g, 2); gn < 1 {
				t.Errorf("%s tied=%v: ‖∇‖ at the unregularised PCA solution = %.3g, want clearly non-zero", c.name, tied, gn)
			}
		}
	}
}

func linConst(p int, v float64) []float64 {
	s := make([]float64, p)
	for i := range s {
		s[i] = v
	}
	return s
}

func linAddConst(a []float64, v float64) []float64 {
	s := append([]float64(nil), a...)
	floats.AddConst(v, s)
	return s
}

func TestLinearPenaltyValue(t *testing.T) {
	X := linTestData(10, 5, 0, 1)
	lambdas := []float64{0.2, 0.4}
	for _, tied := range []bool{false, true} {
		plain, _ := NewLinearLoss(X, LinearConfig{Hidden: 2, Tied: tied})
		reg, err := NewLinearLoss(X, LinearConfig{Hidden: 2, Tied: tied, Lambda: 0.3, Lambdas: lambdas})
		if err != nil {
			t.Fatal(err)
		}
		x := reg.shape.initParams(nil, 1, 9)
		a := reg.Model(x)
		var want float64
		for j := 0; j < 2; j++ {
			r := mat.Norm(a.W1.RowView(j), 2)
			c := mat.Norm(a.W2.ColView(j), 2)
			want += (0.3 + lambdas[j]) * (r*r + c*c)
		}
		got := reg.LossGrad(nil, x) - plain.LossGrad(nil, x)
		if math.Abs(got-want) > 1e-12*want {
			t.Errorf("tied=%v: penalty %v, want %v", tied, got, want)
		}
	}
}

func TestLinearModel(t *testing.T) {
	X := linTestData(6, 5, 0, 1)
	l, err := NewLinearLoss(X, LinearConfig{Hidden: 2, Bias: true})
	if err != nil {
		t.Fatal(err)
	}
	x := l.shape.initParams(nil, 1, 3)
	if l.Dim() != 2*2*5+2+5 || len(x) != l.Dim() || l.NumSamples() != 6 {
		t.Fatalf("Dim = %d, NumSamples = %d", l.Dim(), l.NumSamples())
	}
	for _, v := range x[20:] {
		if v != 0 {
			t.Fatal("InitParams: biases not zero")
		}
	}
	for i := range x[20:] {
		x[20+i] = float64(i + 1)
	}
	a := l.Model(x)
	// Views: the layout is W1 | W2 | b1 | b2.
	if a.W1.At(1, 2) != x[1*5+2] || a.W2.At(3, 1) != x[10+3*2+1] || a.B1[1] != x[21] || a.B2[4] != x[26] || a.Tied {
		t.Fatal("Model does not follow the documented layout")
	}
	x[0] = 42
	if a.W1.At(0, 0) != 42 {
		t.Error("Model W1 is not a view of params")
	}
	// Encode and Decode against per-sample arithmetic.
	var Z, R mat.Dense
	a.Encode(&Z, X)
	a.Decode(&R, &Z)
	var R2 mat.Dense
	a.Reconstruct(&R2, X)
	for i := 0; i < 6; i++ {
		var z, r mat.VecDense
		z.MulVec(a.W1, X.RowView(i))
		z.AddVec(&z, mat.NewVecDense(2, a.B1))
		r.MulVec(a.W2, &z)
		r.AddVec(&r, mat.NewVecDense(5, a.B2))
		if !mat.EqualApprox(&z, Z.RowView(i), 1e-13) || !mat.EqualApprox(&r, R.RowView(i), 1e-13) || !mat.EqualApprox(&r, R2.RowView(i), 1e-13) {
			t.Fatalf("row %d: Encode/Decode/Reconstruct disagree with W2(W1x+b1)+b2", i)
		}
	}
	// Tied: W2 is a copy of W1ᵀ.
	lt, _ := NewLinearLoss(X, LinearConfig{Hidden: 2, Tied: true})
	xt := lt.shape.initParams(nil, 1, 3)
	at := lt.Model(xt)
	if !at.Tied || at.B1 != nil || at.B2 != nil || !mat.Equal(at.W2, at.W1.T()) {
		t.Error("tied Model: want W2 = W1ᵀ and no biases")
	}
	// InitParams is deterministic in the seed and has the requested spread.
	big, _ := NewLinearLoss(linTestData(3, 100, 0, 1), LinearConfig{Hidden: 50, InitScale: 0.1})
	p1 := big.InitParams(nil, 7)
	p2 := big.InitParams(make([]float64, big.Dim()), 7)
	p3 := big.InitParams(nil, 8)
	if !floats.Equal(p1, p2) || floats.Equal(p1, p3) {
		t.Error("InitParams: same seed must give the same numbers, another seed others")
	}
	if sd := floats.Norm(p1, 2) / math.Sqrt(float64(len(p1))); math.Abs(sd-0.1) > 0.005 {
		t.Errorf("InitParams: sample std %v, want 0.1", sd)
	}
	// The default scale is 0.01: the numbers an explicit InitScale 0.01 gives.
	def, _ := big.WithConfig(LinearConfig{Hidden: 50})
	if cent, _ := big.WithConfig(LinearConfig{Hidden: 50, InitScale: 0.01}); !floats.Equal(def.InitParams(nil, 7), cent.InitParams(nil, 7)) {
		t.Error("InitParams: InitScale 0 does not mean 0.01")
	}
}

func TestNewLinearLossErrors(t *testing.T) {
	X := linTestData(5, 4, 0, 1)
	nan := mat.DenseCopyOf(X)
	nan.Set(2, 3, math.NaN())
	inf := mat.DenseCopyOf(X)
	inf.Set(4, 0, math.Inf(-1))
	cases := []struct {
		X    mat.Matrix
		cfg  LinearConfig
		want string
	}{
		{nan, LinearConfig{Hidden: 2}, "X[2,3]"},
		{inf, LinearConfig{Hidden: 2}, "X[4,0]"},
		{&mat.Dense{}, LinearConfig{Hidden: 2}, "empty"},
		{X, LinearConfig{Hidden: 0}, "Hidden"},
		{X, LinearConfig{Hidden: 5}, "Hidden"},
		{X, LinearConfig{Hidden: 2, Lambda: -1}, "Lambda"},
		{X, LinearConfig{Hidden: 2, Lambda: math.NaN()}, "Lambda"},
		{X, LinearConfig{Hidden: 2, Lambdas: []float64{1}}, "len(Lambdas)"},
		{X, LinearConfig{Hidden: 2, Lambdas: []float64{1, -2}}, "Lambdas[1]"},
		{X, LinearConfig{Hidden: 2, Tied: true, Bias: true}, "Tied and Bias"},
	}
	for _, c := range cases {
		l, err := NewLinearLoss(c.X, c.cfg)
		if err == nil || l != nil {
			t.Errorf("%s: no error", c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %q does not mention %q", err, c.want)
		}
	}
	// A general mat.Matrix is accepted (and copied).
	if _, err := NewLinearLoss(X.T(), LinearConfig{Hidden: 2}); err != nil {
		t.Error(err)
	}
}

func TestLinearLossPanics(t *testing.T) {
	X := linTestData(5, 4, 0, 1)
	l, _ := NewLinearLoss(X, LinearConfig{Hidden: 2})
	x := make([]float64, l.Dim())
	// Enough rows for the lanes: a bad index in the last block must panic
	// on the caller's goroutine, where it can be recovered, not in a lane's.
	big, _ := NewLinearLoss(linTestData(3*linBatchRows, 4, 0, 1), LinearConfig{Hidden: 2})
	bigRows := make([]int, 3*linBatchRows)
	for i := range bigRows {
		bigRows[i] = i
	}
	bigRows[len(bigRows)-1] = 3 * linBatchRows
	for name, f := range map[string]func(){
		"short params":     func() { l.LossGrad(nil, x[1:]) },
		"short grad":       func() { l.LossGrad(x[1:], x) },
		"bad row":          func() { l.BatchLossGrad(nil, x, []int{5}) },
		"bad row in lanes": func() { big.BatchLossGrad(make([]float64, big.Dim()), make([]float64, big.Dim()), bigRows) },
		"no rows":          func() { l.BatchLossGrad(nil, x, nil) },
		"init length":      func() { l.InitParams(x[1:], 1) },
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

var (
	_ BatchObjective = (*LinearLoss)(nil)
	_ BatchObjective = (*DraftLoss)(nil)
)

// TestLinearTraceForm checks the trace form of the centred data term
// against the pseudo-sample form (the two ways gramTerm can take) on every
// variant, and that it declines where it would lose accuracy: at the floor
// of data whose top directions hold nearly all the variance.
func TestLinearTraceForm(t *testing.T) {
	X := linTestData(200, 12, 0.5, 5)
	for _, cfg := range linTestConfigs() {
		l, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		x := l.shape.initParams(nil, 0.5, 6)
		d, s := l.data, l.shape
		z, ok := d.factor()
		if !ok {
			t.Fatal("eigendecomposition failed")
		}
		gTrace, gPseudo := make([]float64, l.Dim()), make([]float64, l.Dim())
		fTrace, ok := s.traceTerm(gTrace, x, d, &linScratch{}, false)
		if !ok {
			t.Fatalf("%s: trace form declined on well-conditioned data", linCfgName(cfg))
		}
		fPseudo := s.dataTerm(gPseudo, x, z, d.zWeights, 1, &linScratch{})
		if e := math.Abs(fTrace-fPseudo) / fPseudo; !(e < 1e-12) {
			t.Errorf("%s: trace form %v, pseudo-samples %v: relative difference %.3g", linCfgName(cfg), fTrace, fPseudo, e)
		}
		if e := linRelDiff(gTrace, gPseudo); !(e < 1e-12) {
			t.Errorf("%s: gradients differ by %.3g relative", linCfgName(cfg), e)
		}
	}
	// At the PCA floor with the last directions 1e-3 of the first, the
	// floor is about 1e-6 of tr S: the trace form must decline, and the
	// pseudo-samples give the floor to the accuracy of S's factor.
	sigma := []float64{1, 0.9, 0.8, 0.7, 1e-3, 1e-3}
	Xs, W, floor := linPCASetup(t, 40, 8, 4, sigma)
	l, err := NewLinearLoss(Xs, LinearConfig{Hidden: 4, Tied: true})
	if err != nil {
		t.Fatal(err)
	}
	params := linParams(W, nil, nil, nil)
	if _, ok := l.shape.traceTerm(nil, params, l.data, &linScratch{}, false); ok {
		t.Error("trace form accepted at a floor of 1e-8 of the total variance")
	}
	if f := l.LossGrad(nil, params); math.Abs(f-floor) > 1e-9*floor {
		t.Errorf("loss at the floor %v, want %v", f, floor)
	}
}
