package data

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// sampleCov returns XᵀX/(m−1) of the centred X, computed with Dense.Mul
// (an independent path from the SymOuterK the package uses).
func sampleCov(X mat.Matrix) *mat.Dense {
	m, _ := X.Dims()
	var xc mat.Dense
	xc.CloneFrom(X)
	r, c := xc.Dims()
	for j := 0; j < c; j++ {
		var s float64
		for i := 0; i < r; i++ {
			s += xc.At(i, j)
		}
		for i := 0; i < r; i++ {
			xc.Set(i, j, xc.At(i, j)-s/float64(r))
		}
	}
	var cov mat.Dense
	cov.Mul(xc.T(), &xc)
	cov.Scale(1/float64(m-1), &cov)
	return &cov
}

// correlated returns m samples of a 6-dimensional Gaussian with spectrum
// 1e2..1e-2 and a nonzero mean.
func correlated(t *testing.T, m int) *mat.Dense {
	t.Helper()
	X, _, err := GaussianSpectrum(m, []float64{100, 10, 3, 1, 0.1, 0.01}, 3)
	if err != nil {
		t.Fatal(err)
	}
	X.Apply(func(_, j int, v float64) float64 { return v + float64(j) - 2 }, X)
	return X
}

func TestCenter(t *testing.T) {
	X := correlated(t, 500)
	orig := mat.DenseCopyOf(X)
	var c mat.Dense
	mean, err := Center(&c, X)
	if err != nil {
		t.Fatal(err)
	}
	for j, mu := range mean {
		var s, ref float64
		for i := 0; i < 500; i++ {
			s += c.At(i, j)
			ref += orig.At(i, j)
		}
		if math.Abs(s/500) > 1e-13 {
			t.Errorf("column %d mean after centring %g", j, s/500)
		}
		if math.Abs(mu-ref/500) > 1e-13 {
			t.Errorf("returned mean %d = %v, want %v", j, mu, ref/500)
		}
	}
	if !mat.Equal(X, orig) {
		t.Error("Center modified its input")
	}
	// In place.
	Center(X, X)
	if !mat.EqualApprox(X, &c, 1e-15) {
		t.Error("in-place Center differs")
	}
}

func TestZCAWhiten(t *testing.T) {
	X := correlated(t, 2000)
	var y mat.Dense
	w, err := ZCAWhiten(&y, X, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(sampleCov(&y), eye(6), 1e-10) {
		t.Errorf("ZCA-whitened covariance\n%.3g\nis not I", mat.Formatted(sampleCov(&y)))
	}
	// ZCA's transform is symmetric and equals C^{-1/2}: T C T = I.
	if !mat.EqualApprox(w.Transform, w.Transform.T(), 1e-12) {
		t.Error("ZCA transform not symmetric")
	}
	var tct mat.Dense
	tct.Product(w.Transform, sampleCov(X), w.Transform)
	if !mat.EqualApprox(&tct, eye(6), 1e-10) {
		t.Error("T C T ≠ I")
	}
	// Eigenvalues decreasing, matching the trace.
	var tr float64
	for i, v := range w.Eigenvalues {
		tr += v
		if i > 0 && v > w.Eigenvalues[i-1] {
			t.Errorf("eigenvalues not decreasing: %v", w.Eigenvalues)
		}
	}
	if ctr := mat.Trace(sampleCov(X)); math.Abs(tr-ctr) > 1e-10*ctr {
		t.Errorf("Σ eigenvalues %v, trace %v", tr, ctr)
	}
	// Apply on the same data reproduces dst; nil dst is allowed.
	w2, err := ZCAWhiten(nil, X, 0)
	if err != nil {
		t.Fatal(err)
	}
	var y2 mat.Dense
	if err := w2.Apply(&y2, X); err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(&y, &y2, 1e-12) {
		t.Error("Apply differs from the whitened dst")
	}
	// With eps > 0 the covariance becomes diag(λ/(λ+eps)) in the
	// eigenbasis: trace Σ λ/(λ+eps).
	const eps = 0.1
	var ye mat.Dense
	we, err := ZCAWhiten(&ye, X, eps)
	if err != nil {
		t.Fatal(err)
	}
	var want float64
	for _, v := range we.Eigenvalues {
		want += v / (v + eps)
	}
	if got := mat.Trace(sampleCov(&ye)); math.Abs(got-want) > 1e-10 {
		t.Errorf("eps=%v: whitened trace %v, want %v", eps, got, want)
	}
}

func TestPCAWhiten(t *testing.T) {
	X := correlated(t, 2000)
	var y mat.Dense
	w, err := PCAWhiten(&y, X, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(sampleCov(&y), eye(6), 1e-10) {
		t.Errorf("PCA-whitened covariance\n%.3g\nis not I", mat.Formatted(sampleCov(&y)))
	}
	// Columns of Transform·diag(sqrt λ) are orthonormal eigenvectors of C
	// in decreasing order: C v = λ v.
	C := sampleCov(X)
	for k, lam := range w.Eigenvalues {
		v := mat.NewVecDense(6, nil)
		v.ScaleVec(math.Sqrt(lam), w.Transform.ColView(k))
		if n := mat.Norm(v, 2); math.Abs(n-1) > 1e-12 {
			t.Errorf("component %d has norm %v", k, n)
		}
		var cv mat.VecDense
		cv.MulVec(C, v)
		var lv mat.VecDense
		lv.ScaleVec(lam, v)
		if !mat.EqualApprox(&cv, &lv, 1e-10*lam) {
			t.Errorf("component %d is not an eigenvector", k)
		}
	}
	// The true spectrum is 100, 10, 3, 1, 0.1, 0.01: the sample one is
	// close with 2000 samples.
	for k, want := range []float64{100, 10, 3, 1, 0.1, 0.01} {
		if got := w.Eigenvalues[k]; math.Abs(got-want) > 0.15*want {
			t.Errorf("eigenvalue %d = %v, want ≈ %v", k, got, want)
		}
	}
}

func TestWhitenErrors(t *testing.T) {
	nan := mat.NewDense(3, 2, []float64{1, 2, 3, math.NaN(), 5, 6})
	rank1 := mat.NewDense(3, 2, []float64{1, 2, 2, 4, 3, 6})
	tests := []struct {
		name string
		X    mat.Matrix
		eps  float64
		want string
	}{
		{"nan", nan, 0, "X[1,1] is NaN"},
		{"one sample", mat.NewDense(1, 3, []float64{1, 2, 3}), 0, "need at least 2 samples"},
		{"negative eps", rank1, -1, "eps is -1"},
		{"nan eps", rank1, math.NaN(), "eps is NaN"},
		{"singular", rank1, 0, "covariance is singular"},
	}
	for _, tc := range tests {
		for name, f := range map[string]func(*mat.Dense, mat.Matrix, float64) (*Whitening, error){"ZCA": ZCAWhiten, "PCA": PCAWhiten} {
			_, err := f(nil, tc.X, tc.eps)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s %s: error %v, want %q", name, tc.name, err, tc.want)
			}
		}
	}
	// Singular data are fine with eps > 0.
	if _, err := ZCAWhiten(nil, rank1, 1e-3); err != nil {
		t.Errorf("rank-1 data with eps: %v", err)
	}
}

func eye(n int) *mat.Dense {
	d := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		d.Set(i, i, 1)
	}
	return d
}

// TestSyntheticSpectrum checks the lead's generator against its contract:
// exact centring and covariance eigenvalues σ²/(m−1) with eigenvectors V.
func TestSyntheticSpectrum(t *testing.T) {
	sigma := []float64{20, 10, 5, 1}
	X, V, err := SyntheticSpectrum(30, 8, sigma, 1)
	if err != nil {
		t.Fatal(err)
	}
	mean := columnMeans(X)
	for j, mu := range mean {
		if math.Abs(mu) > 1e-13 {
			t.Errorf("column %d mean %g", j, mu)
		}
	}
	C := sampleCov(X)
	for k, s := range sigma {
		var cv, lv mat.VecDense
		cv.MulVec(C, V.ColView(k))
		lv.ScaleVec(s*s/29, V.ColView(k))
		if !mat.EqualApprox(&cv, &lv, 1e-10) {
			t.Errorf("V column %d is not an eigenvector with eigenvalue %v", k, s*s/29)
		}
	}
	if _, _, err := SyntheticSpectrum(4, 8, sigma, 1); err == nil {
		t.Error("r > m−1 accepted")
	}
}
