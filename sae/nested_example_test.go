package sae_test

import (
	"context"
	"fmt"
	"log"
	"math"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// The expected nested-dropout loss (Rippel et al. 2014) is minimised by the
// ordered principal components: unit j of the decoder is ±u_j.
func ExampleNewNestedDropoutLoss() {
	X, V, err := data.SyntheticSpectrum(100, 8, []float64{3, 2, 1, 0.5}, 1)
	if err != nil {
		log.Fatal(err)
	}
	l, err := sae.NewNestedDropoutLoss(X, sae.NestedDropoutConfig{Hidden: 2, Rho: 0.5})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.Train(context.Background(), l, l.InitParams(nil, 1),
		sae.TrainSettings{Method: sae.LBFGS, Iterations: 500, GradTol: 1e-10})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("axis alignment below 1e-9: %v\n", sae.AxisAlignment(V.Slice(0, 8, 0, 2), l.Model(res.Params).W2) < 1e-9)
	// P(unit 2 kept) = 0.5: the minimum is 2²·(1 − 0.5) + 1² + 0.5² = 3.25.
	fmt.Printf("expected loss %.6f = 2²·0.5 + 1² + 0.5² = 3.25\n", res.Loss)
	// Output:
	// axis alignment below 1e-9: true
	// expected loss 3.250000 = 2²·0.5 + 1² + 0.5² = 3.25
}

// BatchLossGrad draws a fresh truncation for every sample; its average is
// the expected loss LossGrad returns.
func ExampleNestedDropoutLoss_BatchLossGrad() {
	X, _, err := data.SyntheticSpectrum(50, 6, []float64{3, 2, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	l, err := sae.NewNestedDropoutLoss(X, sae.NestedDropoutConfig{Hidden: 3, Rho: 0.5, Seed: 1, InitScale: 0.5})
	if err != nil {
		log.Fatal(err)
	}
	x := l.InitParams(nil, 2)
	rows := make([]int, l.NumSamples())
	for i := range rows {
		rows[i] = i
	}
	const draws = 2000
	var avg float64
	for i := 0; i < draws; i++ {
		avg += l.BatchLossGrad(nil, x, rows) / draws
	}
	want := l.LossGrad(nil, x)
	fmt.Printf("mean of %d stochastic losses within 1%% of the expected loss: %v\n", draws, math.Abs(avg-want) < 0.01*want)
	// Output:
	// mean of 2000 stochastic losses within 1% of the expected loss: true
}
