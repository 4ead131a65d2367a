package sae_test

import (
	"context"
	"fmt"
	"log"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// A sparse autoencoder trained by Adam on minibatches drawn from a stream
// of generated rows, never all in memory: each row is one bump at a place
// drawn from a generator seeded by the row's index, so every pass sees the
// same rows. The full-batch loss before and after is measured by a pass.
func ExampleTrainStream() {
	const rows, n = 50000, 16
	src := data.NewFuncRows(n, rows, func(dst *mat.Dense, first int) error {
		k, _ := dst.Dims()
		for i := range k {
			c := rand.New(rand.NewPCG(uint64(first+i), 1)).IntN(n)
			for j := range n {
				d := float64(j - c)
				dst.Set(i, j, 0.1+0.8*math.Exp(-d*d/4))
			}
		}
		return nil
	})
	loss, err := sae.NewSparseStreamLoss(src, sae.SparseConfig{Hidden: 8, Lambda: 1e-4, Beta: 3, Rho: 0.1})
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	x0 := loss.InitParams(nil, 1)
	f0, err := loss.LossGrad(ctx, nil, x0, sae.StreamSettings{BlockRows: 5000})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.TrainStream(ctx, loss, x0, sae.StreamTrainSettings{BatchRows: 100, BufferRows: 5000, Epochs: 3, StepSize: 0.01, Seed: 1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d minibatch steps in %d epochs: %v\n", res.Iterations, 3, res.Stop)
	fmt.Printf("full-batch loss %.3f at the start, %.3f after\n", f0, res.Loss)
	fmt.Printf("full-batch gradient norm %.1g\n", res.GradNorm)
	// Output:
	// 1500 minibatch steps in 3 epochs: IterationLimit
	// full-batch loss 9.347 at the start, 0.070 after
	// full-batch gradient norm 0.04
}
