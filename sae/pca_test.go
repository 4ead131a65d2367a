package sae

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/linae/linae/data"
	"gonum.org/v1/gonum/mat"
)

// pcaRelDiff returns |a − b| / |b|.
func pcaRelDiff(a, b float64) float64 { return math.Abs(a-b) / math.Abs(b) }

// pcaTestSigma returns n distinct decreasing singular values.
func pcaTestSigma(n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = 20 - 0.6*float64(i)
	}
	return s
}

// TestPCASyntheticSpectrum checks every method against data whose
// covariance eigenvalues and eigenvectors are known exactly.
func TestPCASyntheticSpectrum(t *testing.T) {
	const m, n, k = 200, 30, 5
	sigma := pcaTestSigma(n)
	X, V, err := data.SyntheticSpectrum(m, n, sigma, 1)
	if err != nil {
		t.Fatal(err)
	}
	var total float64
	for _, s := range sigma {
		total += s * s / (m - 1)
	}
	var floorWant float64
	for _, s := range sigma[k:] {
		floorWant += s * s
	}
	vk := V.Slice(0, n, 0, k)
	for _, method := range []PCAMethod{PCAEigen, PCASVD, PCAAuto, PCARandomized} {
		t.Run(method.String(), func(t *testing.T) {
			// The randomized method sees no eigengap here, so give it
			// enough oversamples to sketch the whole range: then it too
			// is exact.
			p, err := FitPCA(X, k, PCASettings{Method: method, Seed: 3, Oversamples: n - k})
			if err != nil {
				t.Fatal(err)
			}
			if p.NumSamples != m {
				t.Errorf("NumSamples = %d, want %d", p.NumSamples, m)
			}
			for j, mu := range p.Mean {
				if math.Abs(mu) > 1e-13 {
					t.Errorf("Mean[%d] = %g, want 0 (data exactly centred)", j, mu)
				}
			}
			if d := pcaRelDiff(p.TotalVariance, total); d > 1e-12 {
				t.Errorf("TotalVariance = %v, want %v (rel diff %g)", p.TotalVariance, total, d)
			}
			for i, v := range p.Variances {
				want := sigma[i] * sigma[i] / (m - 1)
				if d := pcaRelDiff(v, want); d > 1e-10 {
					t.Errorf("Variances[%d] = %v, want %v (rel diff %g)", i, v, want, d)
				}
				if d := pcaRelDiff(p.VarianceRatios[i], want/total); d > 1e-10 {
					t.Errorf("VarianceRatios[%d] = %v, want %v", i, p.VarianceRatios[i], want/total)
				}
			}
			if method == PCARandomized {
				if p.Spectrum != nil {
					t.Errorf("randomized fit has a Spectrum")
				}
			} else {
				if len(p.Spectrum) != n {
					t.Fatalf("len(Spectrum) = %d, want %d", len(p.Spectrum), n)
				}
				for i, v := range p.Spectrum {
					want := sigma[i] * sigma[i] / (m - 1)
					if d := pcaRelDiff(v, want); d > 1e-10 {
						t.Errorf("Spectrum[%d] = %v, want %v (rel diff %g)", i, v, want, d)
					}
				}
			}
			if e := OrthonormalityError(p.Components); e > 1e-13 {
				t.Errorf("components not orthonormal: ‖CCᵀ − I‖ = %g", e)
			}
			dist, err := SubspaceDistance(p.Components.T(), vk)
			if err != nil {
				t.Fatal(err)
			}
			if dist > 1e-12 {
				t.Errorf("subspace distance to V_k = %g, want < 1e-12", dist)
			}
			angles, err := PrincipalAngles(p.Components.T(), vk)
			if err != nil {
				t.Fatal(err)
			}
			if a := slices.Max(angles); a > 1e-10 {
				t.Errorf("largest principal angle to V_k = %g, want ~0", a)
			}
			// Each component is ± the matching column of V (distinct
			// eigenvalues), so axis alignment is 0 too.
			if a := AxisAlignment(p.Components.T(), vk); a > 1e-12 {
				t.Errorf("axis alignment with V_k = %g, want ~0", a)
			}
			floor := p.Floor(k)
			tol := 1e-10
			if method == PCARandomized {
				tol = 1e-9 // TotalVariance − Σ top: cancellation
			}
			if d := pcaRelDiff(floor, floorWant); d > tol {
				t.Errorf("Floor(%d) = %v, want %v (rel diff %g)", k, floor, floorWant, d)
			}
			re, err := p.ReconstructionError(X)
			if err != nil {
				t.Fatal(err)
			}
			if d := pcaRelDiff(re, floorWant); d > 1e-10 {
				t.Errorf("ReconstructionError = %v, want the floor %v (rel diff %g)", re, floorWant, d)
			}
			if got := p.Floor(0); pcaRelDiff(got, total*(m-1)) > 1e-10 {
				t.Errorf("Floor(0) = %v, want %v", got, total*(m-1))
			}

			// Codes: their sample covariance is diag(Variances).
			var z mat.Dense
			if err := p.Transform(&z, X); err != nil {
				t.Fatal(err)
			}
			var zz mat.Dense
			zz.Mul(z.T(), &z)
			zz.Scale(1.0/(m-1), &zz)
			for i := 0; i < k; i++ {
				for j := 0; j < k; j++ {
					want := 0.0
					if i == j {
						want = p.Variances[i]
					}
					if math.Abs(zz.At(i, j)-want) > 1e-10*p.Variances[0] {
						t.Errorf("code covariance[%d,%d] = %v, want %v", i, j, zz.At(i, j), want)
					}
				}
			}
			// Reconstruct = InverseTransform(Transform), and the residual
			// norm matches ReconstructionError.
			var xr, xi mat.Dense
			if err := p.Reconstruct(&xr, X); err != nil {
				t.Fatal(err)
			}
			if err := p.InverseTransform(&xi, &z); err != nil {
				t.Fatal(err)
			}
			if !mat.Equal(&xr, &xi) {
				t.Errorf("Reconstruct differs from InverseTransform(Transform)")
			}
			var res mat.Dense
			res.Sub(X, &xr)
			if f := mat.Norm(&res, 2); pcaRelDiff(f*f, re) > 1e-10 {
				t.Errorf("‖X − X̂‖² = %v, ReconstructionError = %v", f*f, re)
			}
		})
	}
}

// pcaOffsetGaussian returns Gaussian data with distinct eigenvalues and a large
// non-zero mean.
func pcaOffsetGaussian(t testing.TB, m, n int, seed uint64) *mat.Dense {
	eig := make([]float64, n)
	for i := range eig {
		eig[i] = 4 * math.Pow(0.8, float64(i))
	}
	X, _, err := data.GaussianSpectrum(m, eig, seed)
	if err != nil {
		t.Fatal(err)
	}
	X.Apply(func(_, j int, v float64) float64 { return v + 5*float64(j+1) }, X)
	return X
}

// TestPCAEigenVsSVD compares the two exact methods, which share no code
// beyond centring, on non-centred data.
func TestPCAEigenVsSVD(t *testing.T) {
	const m, n = 500, 20
	X := pcaOffsetGaussian(t, m, n, 7)
	for _, k := range []int{5, n} {
		pe, err := FitPCA(X, k, PCASettings{Method: PCAEigen})
		if err != nil {
			t.Fatal(err)
		}
		ps, err := FitPCA(X, k, PCASettings{Method: PCASVD})
		if err != nil {
			t.Fatal(err)
		}
		for j := range pe.Mean {
			if math.Abs(pe.Mean[j]-5*float64(j+1)) > 0.5 {
				t.Errorf("Mean[%d] = %v, want about %v", j, pe.Mean[j], 5*(j+1))
			}
		}
		for i := range pe.Spectrum {
			if d := pcaRelDiff(pe.Spectrum[i], ps.Spectrum[i]); d > 1e-8 {
				t.Errorf("k=%d: eigenvalue %d: eigen %v, SVD %v (rel diff %g)", k, i, pe.Spectrum[i], ps.Spectrum[i], d)
			}
		}
		for i := range pe.Variances {
			if d := pcaRelDiff(pe.Variances[i], ps.Variances[i]); d > 1e-8 {
				t.Errorf("k=%d: variance %d: eigen %v, SVD %v", k, i, pe.Variances[i], ps.Variances[i])
			}
		}
		dist, err := SubspaceDistance(pe.Components.T(), ps.Components.T())
		if err != nil {
			t.Fatal(err)
		}
		if dist > 1e-6 {
			t.Errorf("k=%d: subspace distance eigen–SVD = %g", k, dist)
		}
		if !mat.EqualApprox(pe.Components, ps.Components, 1e-6) {
			t.Errorf("k=%d: components differ entrywise despite the sign convention:\n%v\n%v", k, mat.Formatted(pe.Components), mat.Formatted(ps.Components))
		}
		for i := 0; i < k; i++ {
			row := pe.Components.RawRowView(i)
			best := 0
			for j, v := range row {
				if math.Abs(v) > math.Abs(row[best]) {
					best = j
				}
			}
			if row[best] <= 0 {
				t.Errorf("k=%d: component %d's largest entry %v is not positive", k, i, row[best])
			}
		}
		if d := pcaRelDiff(pe.Floor(k/2), ps.Floor(k/2)); d > 1e-8 {
			t.Errorf("k=%d: Floor(%d): eigen %v, SVD %v", k, k/2, pe.Floor(k/2), ps.Floor(k/2))
		}
	}
	// Auto picks the eigen method for tall data (m ≥ 10n) and SVD for wide.
	pa, _ := FitPCA(X, 3, PCASettings{})
	pe, _ := FitPCA(X, 3, PCASettings{Method: PCAEigen})
	if !mat.Equal(pa.Components, pe.Components) {
		t.Errorf("PCAAuto on 500×20 data did not use the eigen method")
	}
	Xw := X.Slice(0, 30, 0, n)
	pa, _ = FitPCA(Xw, 3, PCASettings{})
	ps, _ := FitPCA(Xw, 3, PCASettings{Method: PCASVD})
	if !mat.Equal(pa.Components, ps.Components) {
		t.Errorf("PCAAuto on 30×20 data did not use the SVD method")
	}
}

// TestPCAWide covers m < n: at most m−1 non-zero eigenvalues, and a
// Spectrum of length m.
func TestPCAWide(t *testing.T) {
	const m, n = 8, 15
	sigma := []float64{9, 7, 5, 3, 2, 1}
	X, V, err := data.SyntheticSpectrum(m, n, sigma, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []PCAMethod{PCAEigen, PCASVD, PCARandomized} {
		p, err := FitPCA(X, m, PCASettings{Method: method, Seed: 1})
		if err != nil {
			t.Fatalf("%v: %v", method, err)
		}
		for i := range sigma {
			want := sigma[i] * sigma[i] / (m - 1)
			if d := pcaRelDiff(p.Variances[i], want); d > 1e-10 {
				t.Errorf("%v: variance %d = %v, want %v", method, i, p.Variances[i], want)
			}
		}
		if method != PCARandomized && len(p.Spectrum) != m {
			t.Errorf("%v: len(Spectrum) = %d, want %d", method, len(p.Spectrum), m)
		}
		r := len(sigma)
		dist, err := SubspaceDistance(p.Components.Slice(0, r, 0, n).T(), V)
		if err != nil {
			t.Fatal(err)
		}
		if dist > 1e-12 {
			t.Errorf("%v: subspace distance %g", method, dist)
		}
	}
}

// pcaGapData returns 300×100 exactly centred data whose covariance spectrum
// has a gap after the 10th eigenvalue.
func pcaGapData(t testing.TB) (X, V *mat.Dense, sigma []float64) {
	sigma = make([]float64, 100)
	for i := range sigma {
		if i < 10 {
			sigma[i] = 50 - 2*float64(i)
		} else {
			sigma[i] = 5 * math.Pow(0.97, float64(i-10))
		}
	}
	X, V, err := data.SyntheticSpectrum(300, 100, sigma, 11)
	if err != nil {
		t.Fatal(err)
	}
	// Shift the data: the randomized method must centre too.
	X.Apply(func(_, j int, v float64) float64 { return v - 3 + 0.1*float64(j) }, X)
	return X, V, sigma
}

// TestPCARandomizedVsExact compares the randomized method with the exact
// one on data with an eigengap.
func TestPCARandomizedVsExact(t *testing.T) {
	const k = 10
	X, _, _ := pcaGapData(t)
	ex, err := FitPCA(X, k, PCASettings{Method: PCASVD})
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []uint64{1, 2, 12345} {
		rd, err := FitPCA(X, k, PCASettings{Method: PCARandomized, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		for i := range rd.Variances {
			if d := pcaRelDiff(rd.Variances[i], ex.Variances[i]); d > 1e-8 {
				t.Errorf("seed %d: variance %d: randomized %v, exact %v (rel diff %g)", seed, i, rd.Variances[i], ex.Variances[i], d)
			}
		}
		dist, err := SubspaceDistance(rd.Components.T(), ex.Components.T())
		if err != nil {
			t.Fatal(err)
		}
		if dist > 1e-6 {
			t.Errorf("seed %d: subspace distance randomized–exact = %g", seed, dist)
		}
		if !mat.EqualApprox(rd.Components, ex.Components, 1e-6) {
			t.Errorf("seed %d: components differ entrywise", seed)
		}
		if d := pcaRelDiff(rd.Floor(k), ex.Floor(k)); d > 1e-8 {
			t.Errorf("seed %d: Floor: randomized %v, exact %v", seed, rd.Floor(k), ex.Floor(k))
		}
	}
}

// TestPCARandomizedExactRank: on data of rank exactly k the range finder is
// exact even with no oversampling and no power iterations.
func TestPCARandomizedExactRank(t *testing.T) {
	sigma := []float64{10, 6, 3, 1}
	X, V, err := data.SyntheticSpectrum(60, 25, sigma, 5)
	if err != nil {
		t.Fatal(err)
	}
	p, err := FitPCA(X, len(sigma), PCASettings{Method: PCARandomized, Oversamples: -1, PowerIterations: -1, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sigma {
		if d := pcaRelDiff(p.Variances[i], s*s/59); d > 1e-12 {
			t.Errorf("variance %d = %v, want %v", i, p.Variances[i], s*s/59)
		}
	}
	if d, _ := SubspaceDistance(p.Components.T(), V); d > 1e-13 {
		t.Errorf("subspace distance = %g", d)
	}
	// A full-rank problem with no power iterations is visibly worse than
	// the default, which shows the power iterations are doing something.
	X2, _, _ := pcaGapData(t)
	ex, _ := FitPCA(X2, 10, PCASettings{Method: PCASVD})
	crude, _ := FitPCA(X2, 10, PCASettings{Method: PCARandomized, Oversamples: -1, PowerIterations: -1, Seed: 9})
	good, _ := FitPCA(X2, 10, PCASettings{Method: PCARandomized, Seed: 9})
	dc, _ := SubspaceDistance(crude.Components.T(), ex.Components.T())
	dg, _ := SubspaceDistance(good.Components.T(), ex.Components.T())
	if !(dc > 1e-4 && dg < 1e-10) {
		t.Errorf("subspace distance without power iterations %g, with defaults %g", dc, dg)
	}
}

// TestPCADeterminism: same seed, same bits; refits are identical.
func TestPCADeterminism(t *testing.T) {
	X, _, _ := pcaGapData(t)
	for _, method := range []PCAMethod{PCAEigen, PCASVD, PCARandomized} {
		a, err := FitPCA(X, 10, PCASettings{Method: method, Seed: 42})
		if err != nil {
			t.Fatal(err)
		}
		b, err := FitPCA(X, 10, PCASettings{Method: method, Seed: 42})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Components.RawMatrix().Data, b.Components.RawMatrix().Data) ||
			!slices.Equal(a.Variances, b.Variances) || !slices.Equal(a.Mean, b.Mean) ||
			!slices.Equal(a.Spectrum, b.Spectrum) || a.TotalVariance != b.TotalVariance {
			t.Errorf("%v: two fits with the same seed differ", method)
		}
	}
	a, _ := FitPCA(X, 10, PCASettings{Method: PCARandomized, Seed: 42})
	c, _ := FitPCA(X, 10, PCASettings{Method: PCARandomized, Seed: 43})
	if slices.Equal(a.Components.RawMatrix().Data, c.Components.RawMatrix().Data) {
		t.Errorf("different seeds gave bitwise identical components: is the seed used?")
	}
}

func TestPCAErrors(t *testing.T) {
	good := mat.NewDense(4, 3, []float64{1, 2, 3, 4, 5, 6, 7, 8, 10, 0, 1, 0})
	nan := mat.DenseCopyOf(good)
	nan.Set(2, 1, math.NaN())
	inf := mat.DenseCopyOf(good)
	inf.Set(3, 2, math.Inf(1))
	for _, tc := range []struct {
		name string
		X    mat.Matrix
		k    int
		want []string
	}{
		{"nil", nil, 1, []string{"empty"}},
		{"empty", &mat.Dense{}, 1, []string{"empty"}},
		{"one sample", mat.NewDense(1, 3, []float64{1, 2, 3}), 1, []string{"at least 2 samples", "m=1"}},
		{"NaN", nan, 1, []string{"NaN", "X[2,1]"}},
		{"Inf", inf, 1, []string{"+Inf", "X[3,2]"}},
		{"k=0", good, 0, []string{"k=0", "1 ≤ k ≤ min(m, n) = 3"}},
		{"k too big", good, 4, []string{"k=4", "1 ≤ k ≤ min(m, n) = 3"}},
	} {
		for _, method := range []PCAMethod{PCAEigen, PCASVD, PCARandomized} {
			_, err := FitPCA(tc.X, tc.k, PCASettings{Method: method})
			if err == nil {
				t.Errorf("%s/%v: no error", tc.name, method)
				continue
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%s/%v: error %q does not mention %q", tc.name, method, err, w)
				}
			}
		}
	}
	// An unknown method is a bad setting, reported like Train's.
	if _, err := FitPCA(good, 1, PCASettings{Method: 9}); err == nil || !strings.Contains(err.Error(), "unknown method PCAMethod(9)") {
		t.Errorf("unknown method: error %v, want one naming PCAMethod(9)", err)
	}

	p, err := FitPCA(good, 2, PCASettings{})
	if err != nil {
		t.Fatal(err)
	}
	var dst mat.Dense
	err = p.Transform(&dst, mat.NewDense(2, 5, nil))
	if err == nil || !strings.Contains(err.Error(), "5 features") || !strings.Contains(err.Error(), "fitted on 3") {
		t.Errorf("Transform with 5 features: error %v, want it to name 5 and 3", err)
	}
	err = p.Transform(&dst, nan)
	if err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("Transform with NaN: error %v", err)
	}
	if _, err = p.ReconstructionError(mat.NewDense(2, 4, nil)); err == nil || !strings.Contains(err.Error(), "4 features") {
		t.Errorf("ReconstructionError with 4 features: error %v", err)
	}
	err = p.InverseTransform(&dst, mat.NewDense(2, 3, nil))
	if err == nil || !strings.Contains(err.Error(), "3 columns") || !strings.Contains(err.Error(), "2 components") {
		t.Errorf("InverseTransform with 3 columns: error %v", err)
	}
	if err = p.Reconstruct(&dst, inf); err == nil || !strings.Contains(err.Error(), "+Inf") {
		t.Errorf("Reconstruct with Inf: error %v", err)
	}

	pcaMustPanic(t, "Floor beyond Spectrum", func() { p.Floor(4) })
	pcaMustPanic(t, "Floor(−1)", func() { p.Floor(-1) })
	pr, err := FitPCA(good, 2, PCASettings{Method: PCARandomized})
	if err != nil {
		t.Fatal(err)
	}
	pcaMustPanic(t, "randomized Floor(3)", func() { pr.Floor(3) })
	// Randomized Floor(k) from TotalVariance agrees with the exact one.
	if d := math.Abs(pr.Floor(2) - p.Floor(2)); d > 1e-12*p.Floor(0) {
		t.Errorf("randomized Floor(2) = %v, exact %v", pr.Floor(2), p.Floor(2))
	}
}

func pcaMustPanic(t *testing.T, name string, f func()) {
	t.Helper()
	defer func() {
		if recover() == nil {
			t.Errorf("%s: no panic", name)
		}
	}()
	f()
}

// TestPCARandomizedMeanPaths runs the randomized method both ways it
// centres: products with X corrected for the mean (the gap data's mean is
// small beside its spread) and a centred copy (after adding 1e4, where the
// correction would cancel digits); both must match the exact method.
func TestPCARandomizedMeanPaths(t *testing.T) {
	const k = 10
	X, _, _ := pcaGapData(t)
	if _, _, _, ok := smallMean(X); !ok {
		t.Fatal("gap data: mean reported large, the in-place path is not tested")
	}
	far := mat.DenseCopyOf(X)
	far.Apply(func(_, _ int, v float64) float64 { return v + 1e4 }, far)
	if _, _, _, ok := smallMean(far); ok {
		t.Fatal("data + 1e4: mean reported small")
	}
	for name, data := range map[string]*mat.Dense{"in place": X, "copy": far} {
		ex, err := FitPCA(data, k, PCASettings{Method: PCAEigen})
		if err != nil {
			t.Fatal(err)
		}
		rd, err := FitPCA(data, k, PCASettings{Method: PCARandomized, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		for i := range rd.Variances {
			if d := pcaRelDiff(rd.Variances[i], ex.Variances[i]); d > 1e-8 {
				t.Errorf("%s: variance %d: randomized %v, exact %v", name, i, rd.Variances[i], ex.Variances[i])
			}
		}
		if d := pcaRelDiff(rd.TotalVariance, ex.TotalVariance); d > 1e-12 {
			t.Errorf("%s: total variance %v, exact %v", name, rd.TotalVariance, ex.TotalVariance)
		}
		if dist, _ := SubspaceDistance(rd.Components.T(), ex.Components.T()); dist > 1e-6 {
			t.Errorf("%s: subspace distance %g", name, dist)
		}
	}
}
