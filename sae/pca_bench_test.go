package sae

import (
	"sync"
	"testing"

	"github.com/linae/linae/data"
	"gonum.org/v1/gonum/mat"
)

var (
	benchMNISTOnce sync.Once
	benchMNISTX    *mat.Dense
)

// benchMNISTSized returns a synthetic stand-in for MNIST's training set:
// 60000 samples of 784 features with a decaying spectrum λ_i = 1/(1+i) and
// a non-zero mean, built once per process.
func benchMNISTSized(b *testing.B) *mat.Dense {
	benchMNISTOnce.Do(func() {
		const n = 784
		eig := make([]float64, n)
		for i := range eig {
			eig[i] = 1 / float64(1+i)
		}
		X, _, err := data.GaussianSpectrum(60000, eig, 1)
		if err != nil {
			b.Fatal(err)
		}
		X.Apply(func(_, j int, v float64) float64 { return v + 0.1 }, X)
		benchMNISTX = X
	})
	return benchMNISTX
}

// BenchmarkPCAMNIST784Eigen fits the full spectrum of a 60000×784 matrix
// with the covariance eigendecomposition (what PCAAuto picks for MNIST).
func BenchmarkPCAMNIST784Eigen(b *testing.B) {
	X := benchMNISTSized(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := FitPCA(X, 784, PCASettings{Method: PCAEigen}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPCAMNIST784Randomized30 fits 30 components of a 60000×784 matrix
// with the randomized method (10 oversamples, 7 power iterations).
func BenchmarkPCAMNIST784Randomized30(b *testing.B) {
	X := benchMNISTSized(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := FitPCA(X, 30, PCASettings{Method: PCARandomized, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
