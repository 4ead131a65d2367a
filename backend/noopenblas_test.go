//go:build !openblas

package backend

import (
	"gonum.org/v1/gonum/blas/gonum"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
)

// netlibImpl stands for the OpenBLAS backend's BLAS type, which this build
// does not have: no BLAS in use is of this type.
type netlibImpl struct{ gonum.Implementation }

// openblasLapack stands for the OpenBLAS backend's LAPACK, which this build
// does not have.
var openblasLapack = gonumlapack.Implementation{}
