package backend_test

import (
	"fmt"
	"log"

	"github.com/linae/linae/backend"
)

// A program that wants gonum's own BLAS and LAPACK, whatever the build's
// default and LINAE_BACKEND say, chooses in its main, which runs after the
// package's initialisation.
func ExampleUse() {
	prev := backend.Installed() // (restored for the examples that follow)
	defer backend.Use(prev)

	if err := backend.Use(backend.Gonum); err != nil {
		log.Fatal(err)
	}
	fmt.Println(backend.Name())
	// Output: gonum
}

// The two largest eigenvalues' eigenvectors of a 4×4 symmetric matrix, of
// which only the upper triangle is read, and all four eigenvalues.
func ExampleEigenSymTop() {
	const n, k = 4, 2
	a := []float64{
		4, 1, 0, 0,
		0, 3, 1, 0,
		0, 0, 2, 1,
		0, 0, 0, 1,
	}
	w, z := make([]float64, n), make([]float64, n*k)
	if !backend.EigenSymTop(n, a, n, k, w, z, k) {
		log.Fatal("no convergence")
	}
	fmt.Printf("eigenvalues %.4f\n", w)
	for j := range k {
		v := []float64{z[j], z[k+j], z[2*k+j], z[3*k+j]}
		if v[0] < 0 { // an eigenvector's sign is arbitrary
			for i := range v {
				v[i] = -v[i]
			}
		}
		fmt.Printf("λ = %.4f: %.4f\n", w[n-1-j], v)
	}
	// Output:
	// eigenvalues [0.2547 1.8227 3.1773 4.7453]
	// λ = 4.7453: [0.7780 0.5798 0.2339 0.0625]
	// λ = 3.1773: [0.5533 -0.4552 -0.6340 -0.2912]
}
