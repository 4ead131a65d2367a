//go:build openblas

package backend

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/netlib/blas/netlib"
)

// defaultBackend is the build's default: the OpenBLAS the tag asks for.
const defaultBackend = OpenBLAS

// haveOpenBLAS is true: the build links OpenBLAS.
const haveOpenBLAS = true

// useOpenBLAS installs OpenBLAS's BLAS, and gonum's LAPACK with OpenBLAS's
// dsyevd as its symmetric eigensolver.
func useOpenBLAS() {
	blas64.Use(netlib.Implementation{})
	lapack64.Use(lapackImpl{})
}
