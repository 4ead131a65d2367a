package eigen_test

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/eigen"
)

// Installing the package's LAPACK makes mat.EigenSym use its eigensolver
// (package backend does this for the module's own packages).
func ExampleImplementation() {
	lapack64.Use(eigen.Implementation{})
	// A 64×64 tridiagonal matrix (2 on the diagonal, −1 beside it), whose
	// eigenvalues are 2 − 2cos(kπ/65), k = 1..64.
	const n = 64
	a := mat.NewSymDense(n, nil)
	for i := range n {
		a.SetSym(i, i, 2)
		if i+1 < n {
			a.SetSym(i, i+1, -1)
		}
	}
	var es mat.EigenSym
	if !es.Factorize(a, true) {
		fmt.Println("no convergence")
		return
	}
	vals := es.Values(nil)
	fmt.Printf("smallest %.6f, largest %.6f\n", vals[0], vals[n-1])
	// Output:
	// smallest 0.002336, largest 3.997664
}

// Top computes every eigenvalue but only the eigenvectors of the largest
// few: here the two largest of the same tridiagonal matrix.
func ExampleTop() {
	const n, k = 64, 2
	a := make([]float64, n*n) // row-major, upper triangle used
	for i := range n {
		a[i*n+i] = 2
		if i+1 < n {
			a[i*n+i+1] = -1
		}
	}
	w := make([]float64, n)   // all eigenvalues, ascending
	z := make([]float64, n*k) // n×k: column j for w[n−1−j]
	if !eigen.Top(n, a, n, k, w, z, k) {
		fmt.Println("no convergence")
		return
	}
	// The largest eigenvector is ±sin(64·jπ/65)·√(2/65), j = 1..64:
	// its first element has magnitude sin(64π/65)·√(2/65) ≈ 0.0085.
	fmt.Printf("largest %.6f, next %.6f, |z[0,0]| %.4f\n", w[n-1], w[n-2], math.Abs(z[0]))
	// Output:
	// largest 3.997664, next 3.990663, |z[0,0]| 0.0085
}
