package sae

import "testing"

// benchmarkSparseAEGrad times one full-batch LossGrad of the UFLDL sparse
// autoencoder (KL penalty) on m×n data uniform in [0.1, 0.9] with p hidden
// units.
func benchmarkSparseAEGrad(b *testing.B, m, n, p int, cfg SparseConfig) {
	cfg.Hidden = p
	l, err := NewSparseLoss(sparseTestData(m, n, 0.1, 0.9, 1), cfg)
	if err != nil {
		b.Fatal(err)
	}
	theta := l.InitParams(nil, 1)
	grad := make([]float64, l.Dim())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		l.LossGrad(grad, theta)
	}
	// Four m×n×p matrix products, each 2mnp flops.
	b.ReportMetric(8*float64(m*n*p)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkSparseAEGrad10000x64 is the UFLDL natural-image exercise's size:
// 10,000 8×8 patches, 64-25-64.
func BenchmarkSparseAEGrad10000x64(b *testing.B) {
	benchmarkSparseAEGrad(b, 10000, 64, 25, SparseConfig{Lambda: 1e-4, Beta: 3, Rho: 0.01})
}

// BenchmarkSparseAEGradMNIST is the UFLDL MNIST exercise's size: 10,000
// images of 784 pixels, 784-196-784 (random data of that shape; the cost
// does not depend on the values).
func BenchmarkSparseAEGradMNIST(b *testing.B) {
	benchmarkSparseAEGrad(b, 10000, 784, 196, SparseConfig{Lambda: 3e-3, Beta: 3, Rho: 0.1})
}
