package gemm_test

import (
	"fmt"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/gemm"
)

// Installing the package's BLAS makes every gonum matrix product use it
// (package backend does this for the module's own packages); where
// gemm.Available reports false, its products are gonum's.
func ExampleImplementation() {
	blas64.Use(gemm.Implementation{})
	a := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	b := mat.NewDense(3, 2, []float64{1, 0, 0, 1, 1, 1})
	var c mat.Dense
	c.Mul(a, b)
	fmt.Println(mat.Formatted(&c))
	// Output:
	// ⎡ 4   5⎤
	// ⎣10  11⎦
}
