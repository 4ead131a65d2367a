//go:build openblas

package backend

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/netlib/blas/netlib"
)

const name = "OpenBLAS"

// init installs OpenBLAS before any package's code can call blas64, since
// an importing package's init runs after this one.
func init() {
	blas64.Use(netlib.Implementation{})
	lapack64.Use(lapackImpl{})
}
