package sae_test

import (
	"context"
	"fmt"
	"log"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// RAG (Bao et al. 2020) trains an unregularised linear autoencoder by
// gradient descent whose direction is augmented by a rotation term: the
// decoder columns become the individual principal directions, in order.
func ExampleNewRAGLoss() {
	X, V, err := data.SyntheticSpectrum(100, 8, []float64{3, 2, 1, 0.5}, 1)
	if err != nil {
		log.Fatal(err)
	}
	r, err := sae.NewRAGLoss(X, sae.RAGConfig{Hidden: 2, InitScale: 1e-3})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.Train(context.Background(), r, r.InitParams(nil, 1),
		sae.TrainSettings{Method: sae.GradientDescent, StepSize: 0.05, Iterations: 3000, GradTol: 1e-10})
	if err != nil {
		log.Fatal(err)
	}
	W2 := r.Model(res.Params).W2
	fmt.Println("stop:", res.Stop)
	fmt.Printf("axis alignment below 1e-6: %v\n", sae.AxisAlignment(V.Slice(0, 8, 0, 2), W2) < 1e-6)
	fmt.Printf("loss %.6f = PCA floor 1² + 0.5² = 1.25\n", res.Loss)
	// Output:
	// stop: GradientTolerance
	// axis alignment below 1e-6: true
	// loss 1.250000 = PCA floor 1² + 0.5² = 1.25
}

// RAGFromLinear shares a linear loss's data: here RAG and Bao et al.'s
// non-uniform L2 run from the same start with the same step, and RAG's
// decoder is far closer to the individual principal directions.
func ExampleRAGFromLinear() {
	X, V, err := data.SyntheticSpectrum(100, 8, []float64{3, 2.5, 2, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	l2, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 3, Lambdas: []float64{0.1, 0.2, 0.3}, InitScale: 1e-3})
	if err != nil {
		log.Fatal(err)
	}
	r, err := sae.RAGFromLinear(l2, sae.RAGConfig{Hidden: 3, InitScale: 1e-3})
	if err != nil {
		log.Fatal(err)
	}
	U := V.Slice(0, 8, 0, 3)
	s := sae.TrainSettings{Method: sae.GradientDescent, StepSize: 0.02, Iterations: 300}
	x0 := l2.InitParams(nil, 1)
	resL2, err := sae.Train(context.Background(), l2, x0, s)
	if err != nil {
		log.Fatal(err)
	}
	resRAG, err := sae.Train(context.Background(), r, x0, s)
	if err != nil {
		log.Fatal(err)
	}
	aL2 := sae.AxisAlignment(U, l2.Model(resL2.Params).W2)
	aRAG := sae.AxisAlignment(U, r.Model(resRAG.Params).W2)
	fmt.Printf("after 300 steps, RAG's axis alignment is over 100 times smaller: %v\n", aRAG*100 < aL2)
	// Output:
	// after 300 steps, RAG's axis alignment is over 100 times smaller: true
}
