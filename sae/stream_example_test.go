package sae_test

import (
	"context"
	"fmt"
	"log"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// ExampleScatter reduces two shards of a data set separately, as two
// machines would, passes one's statistics on as bytes, merges them and
// fits PCA from the merged statistics: the in-memory FitPCA's result.
func ExampleScatter() {
	X, _, err := data.GaussianSpectrum(1000, []float64{9, 4, 1, 0.25}, 1)
	if err != nil {
		log.Fatal(err)
	}
	shard1, shard2 := sae.NewScatter(4), sae.NewScatter(4)
	if err := shard1.Add(X.Slice(0, 600, 0, 4)); err != nil {
		log.Fatal(err)
	}
	if err := shard2.Add(X.Slice(600, 1000, 0, 4)); err != nil {
		log.Fatal(err)
	}
	b, err := shard2.MarshalBinary() // written to a file by the second machine
	if err != nil {
		log.Fatal(err)
	}
	var received sae.Scatter
	if err := received.UnmarshalBinary(b); err != nil {
		log.Fatal(err)
	}
	shard1.Merge(&received)

	streamed, err := sae.FitPCAScatter(shard1, 2)
	if err != nil {
		log.Fatal(err)
	}
	inMemory, err := sae.FitPCA(X, 2, sae.PCASettings{Method: sae.PCAEigen})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d samples, %d bytes from the second shard\n", shard1.Count(), len(b))
	fmt.Printf("streamed  variances %.6f\n", streamed.Variances)
	fmt.Printf("in memory variances %.6f\n", inMemory.Variances)
	fmt.Println("same components:", mat.EqualApprox(streamed.Components, inMemory.Components, 1e-12))
	// Output:
	// 1000 samples, 192 bytes from the second shard
	// streamed  variances [8.780332 4.151282]
	// in memory variances [8.780332 4.151282]
	// same components: true
}

// ExampleScatter_AddRows streams a million samples generated block by
// block, never all in memory, with a progress callback, fits PCA to them
// and evaluates a linear autoencoder's loss on them from their statistics,
// at a cost independent of the number of samples.
func ExampleScatter_AddRows() {
	eig := []float64{16, 9, 4, 1, 0.5, 0.25, 0.1, 0.05}
	src, _, err := data.GaussianSpectrumRows(1_000_000, eig, 1)
	if err != nil {
		log.Fatal(err)
	}
	acc := sae.NewScatter(src.Cols())
	var last sae.StreamProgress
	err = acc.AddRows(context.Background(), src, sae.StreamSettings{
		Progress: func(p sae.StreamProgress) { last = p },
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d of %d rows in %d blocks, done: %v\n", last.Rows, last.TotalRows, acc.Blocks(), last.Done)

	pca, err := sae.FitPCAScatter(acc, 3)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("leading variances %.2f\n", pca.Variances)

	// The linear autoencoder with biases, at the PCA solution W1 = V_kᵀ,
	// W2 = V_k, b1 = −W1 x̄, b2 = x̄, reaches the floor; its loss is
	// evaluated from the statistics alone.
	loss, err := sae.NewLinearLossScatter(acc, sae.LinearConfig{Hidden: 3, Bias: true})
	if err != nil {
		log.Fatal(err)
	}
	params := make([]float64, loss.Dim())
	ae := loss.Model(params) // views of params
	ae.W1.Copy(pca.Components)
	ae.W2.Copy(pca.Components.T())
	for j := range ae.B1 {
		ae.B1[j] = -mat.Dot(ae.W1.RowView(j), mat.NewVecDense(len(pca.Mean), pca.Mean))
	}
	copy(ae.B2, pca.Mean)
	gap := sae.RelativeGap(loss.Reconstruction(params), pca.Floor(3))
	fmt.Printf("the PCA solution's loss is the floor: %v\n", gap < 1e-10)
	// Output:
	// 1000000 of 1000000 rows in 4 blocks, done: true
	// leading variances [16.01 9.00 4.00]
	// the PCA solution's loss is the floor: true
}

// ExampleFitPCAStream fits the top components of a stream by passes of
// randomized subspace iteration, holding a block and a few n×(k+p)
// matrices, and compares them with the exact PCA of the same statistics.
func ExampleFitPCAStream() {
	eig := make([]float64, 100)
	for i := range eig {
		eig[i] = math.Pow(0.8, float64(i))
	}
	src, _, err := data.GaussianSpectrumRows(5000, eig, 1)
	if err != nil {
		log.Fatal(err)
	}
	passes := 0
	rand, err := sae.FitPCAStream(context.Background(), src, 3, sae.PCASettings{Seed: 1}, sae.StreamSettings{
		Progress: func(p sae.StreamProgress) {
			if p.Done {
				passes++
			}
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	acc := sae.NewScatter(src.Cols())
	if err := acc.AddRows(context.Background(), src, sae.StreamSettings{}); err != nil {
		log.Fatal(err)
	}
	exact, err := sae.FitPCAScatter(acc, 3)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d passes\n", passes)
	fmt.Printf("randomized %.4f\n", rand.Variances)
	fmt.Printf("exact      %.4f\n", exact.Variances)
	angles, err := sae.PrincipalAngles(rand.Components.T(), exact.Components.T())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("same subspace:", floats.Max(angles) < 1e-6)
	// Output:
	// 9 passes
	// randomized [1.0062 0.8264 0.6276]
	// exact      [1.0062 0.8264 0.6276]
	// same subspace: true
}
