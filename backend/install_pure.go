//go:build !openblas

package backend

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/lapack64"

	"github.com/linae/linae/backend/eigen"
	"github.com/linae/linae/backend/gemm"
)

// name is the pure-Go BLAS: gonum's, with the matrix products of package
// gemm where the processor has AVX2 and FMA.
var name = "gonum"

// init installs package gemm's Dgemm and Dsyrk (pure Go and Go assembly)
// and package eigen's symmetric eigensolver before any importing package's
// code can call blas64 or lapack64.
func init() {
	lapack64.Use(eigen.Implementation{})
	if gemm.Available() {
		blas64.Use(gemm.Implementation{})
		name = "gonum with linae's AVX2/FMA Dgemm"
	}
}
