//go:build !openblas

package openblas

import (
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/linae/linae/gemm"
)

// name is the pure-Go BLAS: gonum's, with the matrix products of package
// gemm where the processor has AVX2 and FMA.
var name = "gonum"

// init installs package gemm's Dgemm and Dsyrk (pure Go and Go assembly)
// before any importing package's code can call blas64.
func init() {
	if gemm.Available() {
		blas64.Use(gemm.Implementation{})
		name = "gonum with linae's AVX2/FMA Dgemm"
	}
}
