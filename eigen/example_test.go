package eigen_test

import (
	"fmt"

	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/eigen"
)

// Installing the package's LAPACK makes mat.EigenSym use its eigensolver
// (package openblas does this for the module's own packages).
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
