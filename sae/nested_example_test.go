package sae_test

import (
	"context"
	"fmt"
	"log"

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
