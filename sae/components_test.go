package sae

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// compTestData returns exactly centred data with distinct singular values
// 10, 9, …, 1 in n = 12 dimensions and its PCA with k components.
func compTestData(t *testing.T, k int) (*mat.Dense, *PCA, []float64) {
	t.Helper()
	sigma := []float64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
	X, _, err := data.SyntheticSpectrum(40, 12, sigma, 3)
	if err != nil {
		t.Fatal(err)
	}
	pca, err := FitPCA(X, k, PCASettings{})
	if err != nil {
		t.Fatal(err)
	}
	return X, pca, sigma
}

// maxAbsDiff returns the largest entrywise |a − b|.
func maxAbsDiff(a, b mat.Matrix) float64 {
	var d mat.Dense
	d.Sub(a, b)
	return mat.Norm(&d, math.Inf(1))
}

func TestRecoverComponents(t *testing.T) {
	const p = 4
	X, pca, _ := compTestData(t, p)
	_, n := X.Dims()
	// W2 = U_p C, W1 = C⁻¹ U_pᵀ with a random invertible C: a global
	// minimum of the unregularised loss whose weights are not the components.
	up := mat.DenseCopyOf(pca.Components.T()) // n×p
	C := mat.DenseCopyOf(linTestData(p, p, -0.5, 9))
	for i := range p {
		C.Set(i, i, C.At(i, i)+1)
	}
	var Ci mat.Dense
	if err := Ci.Inverse(C); err != nil {
		t.Fatal(err)
	}
	var w2, w1 mat.Dense
	w2.Mul(up, C)
	w1.Mul(&Ci, up.T())
	model := &LinearAE{W1: &w1, W2: &w2}
	var got mat.Dense
	vars, err := RecoverComponents(&got, model, X)
	if err != nil {
		t.Fatal(err)
	}
	if d := maxAbsDiff(&got, pca.Components); d > 1e-10 {
		t.Errorf("recovered components differ from PCA's by %.3g", d)
	}
	for i, v := range vars {
		if math.Abs(v-pca.Variances[i]) > 1e-10*pca.Variances[0] {
			t.Errorf("variance %d = %v, want %v", i, v, pca.Variances[i])
		}
	}
	// The naive reads fail: decoder columns and the decoder's left singular
	// vectors are rotated.
	if a := AxisAlignment(up, &w2); a < 0.01 {
		t.Errorf("decoder columns unexpectedly aligned: %.3g", a)
	}
	var dd mat.Dense
	if _, err := DecoderDirections(&dd, model); err != nil {
		t.Fatal(err)
	}
	if a := AxisAlignment(up, dd.T()); a < 0.01 {
		t.Errorf("decoder singular vectors unexpectedly aligned: %.3g", a)
	}
	// With W2 = U_p diag(s) Oᵀ (Kunin's critical points), DecoderDirections
	// is right.
	O := orthonormalSquare(p, 5)
	var w2k mat.Dense
	w2k.Mul(up, mat.NewDiagDense(p, []float64{4, 3, 2, 1}))
	w2k.Mul(&w2k, O.T())
	if _, err := DecoderDirections(&dd, &LinearAE{W1: mat.DenseCopyOf(w2k.T()), W2: &w2k}); err != nil {
		t.Fatal(err)
	}
	if d := maxAbsDiff(&dd, pca.Components); d > 1e-10 {
		t.Errorf("decoder directions with an orthogonal factor differ from PCA by %.3g", d)
	}
	// Errors, not panics, for data problems.
	if _, err := RecoverComponents(&mat.Dense{}, &LinearAE{W1: mat.NewDense(p, n, nil), W2: mat.NewDense(n, p, nil)}, X); err == nil {
		t.Error("zero decoder: no error")
	}
	bad := mat.DenseCopyOf(X)
	bad.Set(0, 0, math.NaN())
	if _, err := RecoverComponents(&mat.Dense{}, model, bad); err == nil {
		t.Error("NaN data: no error")
	}
}

// orthonormalSquare returns a random p×p orthogonal matrix.
func orthonormalSquare(p int, seed uint64) *mat.Dense {
	return mat.DenseCopyOf(data.RandomOrthonormal(p, p, seed))
}

func TestOrderedLossGradient(t *testing.T) {
	X := linTestData(30, 7, 0.5, 2)
	for _, p := range []int{1, 3, 7} {
		l, err := NewOrderedLoss(X, OrderedConfig{Hidden: p, InitScale: 0.5})
		if err != nil {
			t.Fatal(err)
		}
		c := CheckGradient(l, l.InitParams(nil, 4), 0)
		if c.RelErr > 1e-7 {
			t.Errorf("p = %d: gradient check %v", p, c)
		}
	}
}

// For p = 1 the ordered loss is the linear loss on centred data.
func TestOrderedLossOneUnit(t *testing.T) {
	X, _, _ := compTestData(t, 1)
	o, err := NewOrderedLoss(X, OrderedConfig{Hidden: 1, InitScale: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLinearLoss(X, LinearConfig{Hidden: 1})
	if err != nil {
		t.Fatal(err)
	}
	x := o.InitParams(nil, 1)
	if a, b := o.LossGrad(nil, x), l.LossGrad(nil, x); math.Abs(a-b) > 1e-10*b {
		t.Errorf("ordered %v, linear %v", a, b)
	}
}

func TestOrderedLossMinimum(t *testing.T) {
	const p = 4
	X, pca, sigma := compTestData(t, p)
	_, n := X.Dims()
	l, err := NewOrderedLoss(X, OrderedConfig{Hidden: p})
	if err != nil {
		t.Fatal(err)
	}
	sq := make([]float64, len(sigma))
	for i, s := range sigma {
		sq[i] = s * s
	}
	floor := l.Floor(sq)
	// The closed form: Σ_{i≤p} Σ_{k>i} σ_k².
	var want float64
	for i := 1; i <= p; i++ {
		for k := i; k < len(sq); k++ {
			want += sq[k]
		}
	}
	if math.Abs(floor-want) > 1e-12*want {
		t.Fatalf("Floor = %v, want %v", floor, want)
	}
	// At the ordered components the loss is the floor and the gradient 0.
	x := make([]float64, l.Dim())
	copy(x, pca.Components.RawMatrix().Data)
	w2 := mat.NewDense(n, p, x[p*n:])
	w2.Copy(pca.Components.T())
	g := make([]float64, l.Dim())
	if f := l.LossGrad(g, x); math.Abs(f-floor) > 1e-10*floor {
		t.Errorf("loss at the components %v, floor %v", f, floor)
	}
	if gn := mat.Norm(mat.NewVecDense(len(g), g), 2); gn > 1e-9 {
		t.Errorf("gradient norm at the components %.3g", gn)
	}
	// A rotated basis of the same subspace is not a minimum, unlike for
	// the plain loss.
	var rot mat.Dense
	rot.Mul(orthonormalSquare(p, 2), pca.Components)
	copy(x, rot.RawMatrix().Data)
	w2.Copy(rot.T())
	if f := l.LossGrad(nil, x); f < floor*(1+1e-3) {
		t.Errorf("rotated components: loss %v not above the floor %v", f, floor)
	}
	// Training from a small random start finds the components in order.
	for seed := uint64(1); seed <= 3; seed++ {
		res, err := Train(context.Background(), l, l.InitParams(nil, seed), TrainSettings{Method: LBFGS, Iterations: 2000, GradTol: 1e-9})
		if err != nil {
			t.Fatal(err)
		}
		m := l.Model(res.Params)
		if RelativeGap(res.Loss, floor) > 1e-9 {
			t.Errorf("seed %d: loss %v, floor %v (%v, %d iterations, gradient norm %.3g)", seed, res.Loss, floor, res.Stop, res.Iterations, res.GradNorm)
		}
		up := pca.Components.T()
		if a := AxisAlignment(up, m.W2); a > 1e-8 {
			t.Errorf("seed %d: decoder axis alignment %.3g", seed, a)
		}
		// Column i of W2 is a multiple of u_i (W2 = U_p D, D diagonal).
		for i := range p {
			c := math.Abs(mat.Dot(m.W2.ColView(i), pca.Components.RowView(i))) / mat.Norm(m.W2.ColView(i), 2)
			if math.Abs(c-1) > 1e-6 {
				t.Errorf("seed %d: |⟨w2_%d, u_%d⟩| = %v", seed, i, i, c)
			}
		}
	}
}

func TestProductPenaltyGradient(t *testing.T) {
	X := linTestData(30, 8, 0.5, 1)
	for _, cfg := range []LinearConfig{
		{Hidden: 3, ProductLambda: 0.7},
		{Hidden: 3, Tied: true, ProductLambda: 0.7},
		{Hidden: 3, Bias: true, ProductLambda: 0.7, Lambda: 0.2},
	} {
		cfg.InitScale = 0.5
		l, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		c := CheckGradient(l, l.InitParams(nil, 3), 0)
		if c.RelErr > 1e-7 {
			t.Errorf("%s: gradient check %v", linCfgName(cfg), c)
		}
	}
	if _, err := NewLinearLoss(X, LinearConfig{Hidden: 2, ProductLambda: -1}); err == nil {
		t.Error("negative ProductLambda: no error")
	}
}

// The product penalty's optimum shrinks each kept direction by
// σ²/(σ² + λ), σ² the scatter eigenvalue.
func TestProductPenaltyClosedForm(t *testing.T) {
	const p, lam = 4, 30.0
	X, pca, sigma := compTestData(t, p)
	_, n := X.Dims()
	for _, tied := range []bool{false, true} {
		l, err := NewLinearLoss(X, LinearConfig{Hidden: p, Tied: tied, ProductLambda: lam})
		if err != nil {
			t.Fatal(err)
		}
		// The minimum value Σ_{i≤p} σ²λ/(σ²+λ) + Σ_{i>p} σ².
		var want float64
		for i, s := range sigma {
			if i < p {
				want += s * s * lam / (s*s + lam)
			} else {
				want += s * s
			}
		}
		// The closed-form point: W1 = diag(√a) U_pᵀ, W2 = W1ᵀ.
		w1 := mat.DenseCopyOf(pca.Components)
		for i := range p {
			s2 := sigma[i] * sigma[i]
			row := w1.RawRowView(i)
			for j := range row {
				row[j] *= math.Sqrt(s2 / (s2 + lam))
			}
		}
		x := make([]float64, l.Dim())
		copy(x, w1.RawMatrix().Data)
		if !tied {
			mat.NewDense(n, p, x[p*n:]).Copy(w1.T())
		}
		g := make([]float64, l.Dim())
		if f := l.LossGrad(g, x); math.Abs(f-want) > 1e-10*want {
			t.Errorf("tied=%v: loss at the closed form %v, want %v", tied, f, want)
		}
		if gn := mat.Norm(mat.NewVecDense(len(g), g), 2); gn > 1e-9 {
			t.Errorf("tied=%v: gradient norm at the closed form %.3g", tied, gn)
		}
		res, err := Train(context.Background(), l, l.InitParams(nil, 1), TrainSettings{Method: LBFGS, Iterations: 2000, GradTol: 1e-9})
		if err != nil {
			t.Fatal(err)
		}
		if RelativeGap(res.Loss, want) > 1e-9 {
			t.Errorf("tied=%v: trained loss %v, want %v (%v)", tied, res.Loss, want, res.Stop)
		}
		// The map W2W1 has eigenvalues σ²/(σ²+λ) on the top-p directions.
		m := l.Model(res.Params)
		var a mat.Dense
		a.Mul(m.W2, m.W1)
		for i := range p {
			u := pca.Components.RowView(i)
			var au mat.VecDense
			au.MulVec(&a, u)
			s2 := sigma[i] * sigma[i]
			if d := math.Abs(mat.Dot(u, &au) - s2/(s2+lam)); d > 1e-6 {
				t.Errorf("tied=%v: shrinkage of u_%d off by %.3g", tied, i, d)
			}
		}
	}
}
