package sae_test

import (
	"fmt"
	"log"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// A tied linear autoencoder whose rows are the top principal directions
// reaches the PCA floor: the sum of the discarded squared singular values.
func ExampleNewLinearLoss() {
	// Ten exactly centred samples in four dimensions with singular values
	// 3, 2 and 1; V holds the principal directions as columns.
	X, V, err := data.SyntheticSpectrum(10, 4, []float64{3, 2, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	loss, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 2, Tied: true})
	if err != nil {
		log.Fatal(err)
	}
	// The PCA solution: W (2×4) has the top two directions as rows.
	W := mat.DenseCopyOf(V.Slice(0, 4, 0, 2).T())
	params := W.RawMatrix().Data // the tied layout is W row-major
	grad := make([]float64, loss.Dim())
	f := loss.LossGrad(grad, params)
	fmt.Printf("loss at the PCA solution: %.6f (floor 1² = 1)\n", f)
	fmt.Println("gradient vanishes:", floats.Norm(grad, 2) < 1e-12)
	// Output:
	// loss at the PCA solution: 1.000000 (floor 1² = 1)
	// gradient vanishes: true
}

// The draft's §4 objective on centred data: the β term only adds β‖ρ‖².
func ExampleNewDraftLoss() {
	X, V, err := data.SyntheticSpectrum(10, 4, []float64{3, 2, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	rho := []float64{0.5, 0.5}
	loss, err := sae.NewDraftLoss(X, sae.DraftConfig{Hidden: 2, Beta: 2, Rho: rho})
	if err != nil {
		log.Fatal(err)
	}
	params := mat.DenseCopyOf(V.Slice(0, 4, 0, 2).T()).RawMatrix().Data
	fmt.Printf("loss %.6f = reconstruction %.6f + β‖ρ‖² = 1\n", loss.LossGrad(nil, params), loss.Reconstruction(params))
	fmt.Printf("‖ρ − W x̄‖ = %.6f\n", loss.SparsityGap(params))
	// Output:
	// loss 2.000000 = reconstruction 1.000000 + β‖ρ‖² = 1
	// ‖ρ − W x̄‖ = 0.707107
}
