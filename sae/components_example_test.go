package sae_test

import (
	"context"
	"fmt"
	"log"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// An unregularised linear autoencoder learns the principal subspace in an
// arbitrary basis; RecoverComponents reads the ordered components from it.
func ExampleRecoverComponents() {
	X, V, err := data.SyntheticSpectrum(20, 5, []float64{4, 3, 2, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	loss, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 2})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.Train(context.Background(), loss, loss.InitParams(nil, 1),
		sae.TrainSettings{Method: sae.LBFGS, Iterations: 500, GradTol: 1e-10})
	if err != nil {
		log.Fatal(err)
	}
	model := loss.Model(res.Params)
	U := V.Slice(0, 5, 0, 2) // the top two principal directions
	fmt.Printf("decoder columns aligned with the components: %v\n", sae.AxisAlignment(U, model.W2) < 1e-6)
	var comps mat.Dense
	vars, err := sae.RecoverComponents(&comps, model, X)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("recovered components aligned: %v\n", sae.AxisAlignment(U, comps.T()) < 1e-6)
	fmt.Printf("variances %.4f %.4f (σ²/(m−1): %.4f %.4f)\n", vars[0], vars[1], 16/19.0, 9/19.0)
	// Output:
	// decoder columns aligned with the components: false
	// recovered components aligned: true
	// variances 0.8421 0.4737 (σ²/(m−1): 0.8421 0.4737)
}

// Oftadeh et al.'s loss sums the losses of the nested autoencoders that
// use the first 1, 2, …, p units; its minimum has the ordered components
// as decoder columns.
func ExampleNewOrderedLoss() {
	sigma := []float64{4, 3, 2, 1}
	X, V, err := data.SyntheticSpectrum(20, 5, sigma, 1)
	if err != nil {
		log.Fatal(err)
	}
	loss, err := sae.NewOrderedLoss(X, sae.OrderedConfig{Hidden: 2})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.Train(context.Background(), loss, loss.InitParams(nil, 1),
		sae.TrainSettings{Method: sae.LBFGS, Iterations: 500, GradTol: 1e-10})
	if err != nil {
		log.Fatal(err)
	}
	sq := []float64{16, 9, 4, 1}
	fmt.Printf("loss %.6f, floor (9+4+1) + (4+1) = %.6f\n", res.Loss, loss.Floor(sq))
	model := loss.Model(res.Params)
	for i := range 2 {
		w := model.W2.ColView(i)
		fmt.Printf("|cos(w2_%d, u_%d)| = %.6f\n", i+1, i+1, math.Abs(mat.Dot(w, V.ColView(i)))/mat.Norm(w, 2))
	}
	// Output:
	// loss 19.000000, floor (9+4+1) + (4+1) = 19.000000
	// |cos(w2_1, u_1)| = 1.000000
	// |cos(w2_2, u_2)| = 1.000000
}

// The product penalty λ‖W2W1‖² shrinks each kept direction by σ²/(σ²+λ).
func ExampleLinearConfig_productLambda() {
	X, V, err := data.SyntheticSpectrum(20, 5, []float64{4, 3, 2, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	const lambda = 9.0
	loss, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 2, ProductLambda: lambda})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.Train(context.Background(), loss, loss.InitParams(nil, 1),
		sae.TrainSettings{Method: sae.LBFGS, Iterations: 500, GradTol: 1e-10})
	if err != nil {
		log.Fatal(err)
	}
	m := loss.Model(res.Params)
	var a mat.Dense
	a.Mul(m.W2, m.W1)
	for i, s := range []float64{4, 3} {
		var au mat.VecDense
		au.MulVec(&a, V.ColView(i))
		fmt.Printf("u_%d: shrinkage %.4f, σ²/(σ²+λ) = %.4f\n", i+1, mat.Dot(V.ColView(i), &au), s*s/(s*s+lambda))
	}
	// Output:
	// u_1: shrinkage 0.6400, σ²/(σ²+λ) = 0.6400
	// u_2: shrinkage 0.5000, σ²/(σ²+λ) = 0.5000
}
