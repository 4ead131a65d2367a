package data

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// RandomOrthonormal returns an n×k matrix with orthonormal columns drawn
// from the Haar measure (QR of a Gaussian matrix with the signs of R's
// diagonal made positive), seeded. It panics if k > n or k < 1.
func RandomOrthonormal(n, k int, seed uint64) *mat.Dense {
	if k < 1 || k > n {
		panic(fmt.Sprintf("data: RandomOrthonormal: need 1 ≤ k ≤ n, have n=%d k=%d", n, k))
	}
	return randomOrthonormal(rand.New(rand.NewPCG(seed, 0x5eed)), n, k, nil)
}

// randomOrthonormal draws an n×k orthonormal basis; when avoid is not nil
// the basis is also orthogonal to the unit vector avoid.
func randomOrthonormal(rnd *rand.Rand, n, k int, avoid []float64) *mat.Dense {
	cols := k
	if avoid != nil {
		cols++
	}
	g := mat.NewDense(n, cols, nil)
	for j := 0; j < cols; j++ {
		for i := 0; i < n; i++ {
			if avoid != nil && j == 0 {
				g.Set(i, 0, avoid[i])
				continue
			}
			g.Set(i, j, rnd.NormFloat64())
		}
	}
	var qr mat.QR
	qr.Factorize(g)
	var q mat.Dense
	qr.QTo(&q)
	var r mat.Dense
	qr.RTo(&r)
	out := mat.NewDense(n, k, nil)
	off := cols - k
	for j := 0; j < k; j++ {
		s := 1.0
		if r.At(j+off, j+off) < 0 {
			s = -1
		}
		for i := 0; i < n; i++ {
			out.Set(i, j, s*q.At(i, j+off))
		}
	}
	return out
}

// SyntheticSpectrum returns an m×n data matrix X = U diag(sigma) Vᵀ with
// random orthonormal U (m×r) and V (n×r), r = len(sigma), together with V,
// whose columns are X's right singular vectors in the order of sigma.
//
// The columns of U are orthogonal to the all-ones vector, so X is exactly
// centred (every column of X sums to zero) and its sample covariance
// XᵀX/(m−1) has eigenvalues sigma_i²/(m−1) with eigenvectors V. This is the
// "known spectrum" data the theory tests use (Kunin et al. use
// sigma = 1..20 with m = n = 20; exact centring needs r ≤ m−1).
//
// It returns an error if sigma is empty, holds a negative, NaN or infinite
// value, or if r > min(m−1, n).
func SyntheticSpectrum(m, n int, sigma []float64, seed uint64) (X, V *mat.Dense, err error) {
	r := len(sigma)
	if r == 0 {
		return nil, nil, fmt.Errorf("data: SyntheticSpectrum: empty spectrum")
	}
	if r > m-1 || r > n {
		return nil, nil, fmt.Errorf("data: SyntheticSpectrum: %d singular values need m ≥ %d samples and n ≥ %d features, have m=%d n=%d", r, r+1, r, m, n)
	}
	for i, s := range sigma {
		if s < 0 || math.IsNaN(s) || math.IsInf(s, 0) {
			return nil, nil, fmt.Errorf("data: SyntheticSpectrum: singular value %d is %v, want a finite value ≥ 0", i, s)
		}
	}
	rnd := rand.New(rand.NewPCG(seed, 0x5eed))
	ones := make([]float64, m)
	for i := range ones {
		ones[i] = 1 / math.Sqrt(float64(m))
	}
	U := randomOrthonormal(rnd, m, r, ones)
	V = randomOrthonormal(rnd, n, r, nil)
	var us mat.Dense
	us.Apply(func(_, j int, v float64) float64 { return v * sigma[j] }, U)
	X = mat.NewDense(m, n, nil)
	X.Mul(&us, V.T())
	return X, V, nil
}

// GaussianSpectrum draws m samples of a zero-mean Gaussian in n = len(eig)
// dimensions whose covariance has eigenvalues eig and random orthonormal
// eigenvectors, the columns of the returned n×n V in the order of eig. The
// sample covariance approaches V diag(eig) Vᵀ as m grows; unlike
// SyntheticSpectrum the data are not exactly centred.
//
// It returns an error if eig is empty or holds a negative, NaN or infinite
// value, or if m < 1.
func GaussianSpectrum(m int, eig []float64, seed uint64) (X, V *mat.Dense, err error) {
	n := len(eig)
	if n == 0 || m < 1 {
		return nil, nil, fmt.Errorf("data: GaussianSpectrum: need at least one sample and one eigenvalue, have m=%d and %d eigenvalues", m, n)
	}
	for i, e := range eig {
		if e < 0 || math.IsNaN(e) || math.IsInf(e, 0) {
			return nil, nil, fmt.Errorf("data: GaussianSpectrum: eigenvalue %d is %v, want a finite value ≥ 0", i, e)
		}
	}
	rnd := rand.New(rand.NewPCG(seed, 0x6a55))
	V = randomOrthonormal(rnd, n, n, nil)
	Z := mat.NewDense(m, n, nil)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			Z.Set(i, j, rnd.NormFloat64()*math.Sqrt(eig[j]))
		}
	}
	X = mat.NewDense(m, n, nil)
	X.Mul(Z, V.T())
	return X, V, nil
}
