package sae_test

import (
	"fmt"
	"log"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/sae"
)

func ExampleNewSparseLoss() {
	// Four samples of three features in [0.1, 0.9], as UFLDL rescales them.
	X := mat.NewDense(4, 3, []float64{
		0.1, 0.5, 0.9,
		0.2, 0.4, 0.6,
		0.9, 0.1, 0.3,
		0.5, 0.5, 0.5,
	})
	loss, err := sae.NewSparseLoss(X, sae.SparseConfig{
		Hidden: 2, Lambda: 1e-4, Beta: 3, Rho: 0.1, Penalty: sae.KLPenalty,
	})
	if err != nil {
		log.Fatal(err)
	}
	theta := loss.InitParams(nil, 1)
	grad := make([]float64, loss.Dim())
	fmt.Println("parameters:", loss.Dim()) // 2·2·3 weights + 2 + 3 biases
	fmt.Printf("loss at init: %.4f\n", loss.LossGrad(grad, theta))
	fmt.Printf("mean activation: %.2f\n", loss.Model(theta).MeanActivation(nil, X))
	// Output:
	// parameters: 17
	// loss at init: 2.3382
	// mean activation: [0.41 0.57]
}

func ExampleSparsityPenalty_String() {
	fmt.Println(sae.KLPenalty, sae.L2Penalty)
	// Output: KL L2
}
