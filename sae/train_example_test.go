package sae_test

import (
	"context"
	"fmt"
	"log"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// A tied linear autoencoder trained with L-BFGS reaches the PCA floor: the
// least squared error any rank-p reconstruction of centred data can have.
func ExampleTrain() {
	sigma := []float64{5, 4, 3, 0.5, 0.4, 0.3, 0.2, 0.1}
	X, _, err := data.SyntheticSpectrum(100, 8, sigma, 1) // centred, known spectrum
	if err != nil {
		log.Fatal(err)
	}
	const p = 3
	pca, err := sae.FitPCA(X, p, sae.PCASettings{})
	if err != nil {
		log.Fatal(err)
	}
	loss, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: p, Tied: true, InitScale: 0.1})
	if err != nil {
		log.Fatal(err)
	}
	res, err := sae.Train(context.Background(), loss, loss.InitParams(nil, 1),
		sae.TrainSettings{Method: sae.LBFGS, Iterations: 500, GradTol: 1e-10})
	if err != nil {
		log.Fatal(err)
	}
	W := loss.Model(res.Params).W1
	dist, err := sae.SubspaceDistance(pca.Components.T(), W.T())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("PCA floor      %.4f\n", pca.Floor(p))
	fmt.Printf("reconstruction %.4f\n", loss.Reconstruction(res.Params))
	fmt.Printf("subspace distance below 1e-10: %v\n", dist < 1e-10)
	fmt.Printf("rows of W orthonormal to 1e-6: %v\n", sae.OrthonormalityError(W) < 1e-6)
	// Output:
	// PCA floor      0.5500
	// reconstruction 0.5500
	// subspace distance below 1e-10: true
	// rows of W orthonormal to 1e-6: true
}

// CheckGradient compares an analytic gradient with central differences.
func ExampleCheckGradient() {
	X, _, err := data.SyntheticSpectrum(20, 5, []float64{3, 2, 1}, 2)
	if err != nil {
		log.Fatal(err)
	}
	loss, err := sae.NewDraftLoss(X, sae.DraftConfig{Hidden: 2, Beta: 0.5, Rho: []float64{0.1, 0.2}, InitScale: 0.3})
	if err != nil {
		log.Fatal(err)
	}
	chk := sae.CheckGradient(loss, loss.InitParams(nil, 1), 1e-5)
	fmt.Println("gradient correct:", chk.RelErr < 1e-7)
	// Output:
	// gradient correct: true
}
