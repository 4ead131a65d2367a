package sae

import (
	"math/rand/v2"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// MNIST-sized synthetic data (60000×784, uniform [0, 1), uncentred like
// pixel data), built once for all linear benchmarks. Building a loss costs
// one SYRK (O(mn²), about 4 s on 2 cores) and an 784×784 eigendecomposition
// (under 1 s); the benchmarks time the per-call cost only.
var linBench struct {
	once          sync.Once
	tied, untied  *LinearLoss
	rows          []int
	pTied, pUntie []float64
}

func linBenchSetup(b *testing.B) {
	linBench.once.Do(func() {
		const m, n, p = 60000, 784, 30
		rnd := rand.New(rand.NewPCG(1, 1))
		d := make([]float64, m*n)
		for i := range d {
			d[i] = rnd.Float64()
		}
		X := mat.NewDense(m, n, d)
		var err error
		if linBench.tied, err = NewLinearLoss(X, LinearConfig{Hidden: p, Tied: true}); err != nil {
			panic(err)
		}
		if linBench.untied, err = NewLinearLoss(X, LinearConfig{Hidden: p, Bias: true}); err != nil {
			panic(err)
		}
		linBench.rows = make([]int, m)
		for i := range linBench.rows {
			linBench.rows[i] = i
		}
		linBench.pTied = linBench.tied.shape.initParams(nil, 0.01, 1)
		linBench.pUntie = linBench.untied.shape.initParams(nil, 0.01, 1)
	})
	b.ResetTimer()
}

// BenchmarkTiedLinearGradMNIST times one full-batch LossGrad of a tied
// 784-30 autoencoder on 60000 samples: the Gram form costs O(pn²),
// independent of m.
func BenchmarkTiedLinearGradMNIST(b *testing.B) {
	linBenchSetup(b)
	grad := make([]float64, linBench.tied.Dim())
	for i := 0; i < b.N; i++ {
		linBench.tied.LossGrad(grad, linBench.pTied)
	}
}

// BenchmarkTiedLinearBatchGradMNIST times the same loss and gradient from
// the data (BatchLossGrad over all 60000 rows), O(pnm), for the ratio.
func BenchmarkTiedLinearBatchGradMNIST(b *testing.B) {
	linBenchSetup(b)
	grad := make([]float64, linBench.tied.Dim())
	for i := 0; i < b.N; i++ {
		linBench.tied.BatchLossGrad(grad, linBench.pTied, linBench.rows)
	}
}

// BenchmarkUntiedLinearGradMNIST times one full-batch LossGrad of an untied
// 784-30 autoencoder with biases.
func BenchmarkUntiedLinearGradMNIST(b *testing.B) {
	linBenchSetup(b)
	grad := make([]float64, linBench.untied.Dim())
	for i := 0; i < b.N; i++ {
		linBench.untied.LossGrad(grad, linBench.pUntie)
	}
}
