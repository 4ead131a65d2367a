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

// One step of an L-BFGS direction's loop: q −= a·y, and the next pair's
// s·q of the new q, in one pass over the vectors.
func ExampleAxpbyDot() {
	q := []float64{1, 2, 3, 4}
	y := []float64{1, 0, 1, 0}
	s := []float64{0, 1, 0, 1}
	a := 0.5
	next := gemm.AxpbyDot(-a, y, 1, q, s)
	fmt.Println(q, next, gemm.Dot(s, q))
	// Output:
	// [0.5 2 2.5 4] 6 6
}
