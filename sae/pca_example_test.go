package sae_test

import (
	"fmt"
	"log"
	"math"

	"github.com/linae/linae/sae"
	"gonum.org/v1/gonum/mat"
)

func ExampleFitPCA() {
	// Four points on the axes, more spread along x than along y.
	X := mat.NewDense(4, 2, []float64{
		3, 1,
		1, 2,
		-1, 1,
		1, 0,
	})
	p, err := sae.FitPCA(X, 1, sae.PCASettings{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("mean %.2f\n", p.Mean)
	fmt.Printf("component %.3f\n", mat.Formatted(p.Components))
	fmt.Printf("variance %.4f of %.4f (ratio %.3f)\n", p.Variances[0], p.TotalVariance, p.VarianceRatios[0])
	fmt.Printf("spectrum %.4f\n", p.Spectrum)
	e, err := p.ReconstructionError(X)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("reconstruction error %.4f = floor %.4f\n", e, p.Floor(1))
	// Output:
	// mean [1.00 1.00]
	// component [1.000  0.000]
	// variance 2.6667 of 3.3333 (ratio 0.800)
	// spectrum [2.6667 0.6667]
	// reconstruction error 2.0000 = floor 2.0000
}

func ExamplePrincipalAngles() {
	// The (x, y) plane and a plane through the x axis tilted by 30°,
	// both given by non-orthonormal bases (columns).
	A := mat.NewDense(3, 2, []float64{
		1, 1,
		0, 2,
		0, 0,
	})
	B := mat.NewDense(3, 2, []float64{
		5, 0,
		0, math.Cos(math.Pi / 6),
		0, math.Sin(math.Pi / 6),
	})
	angles, err := sae.PrincipalAngles(A, B)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range angles {
		fmt.Printf("%.4f°\n", a*180/math.Pi)
	}
	d, err := sae.SubspaceDistance(A, B)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("subspace distance %.4f (= sin²30°/2)\n", d)
	// Output:
	// 0.0000°
	// 30.0000°
	// subspace distance 0.1250 (= sin²30°/2)
}
