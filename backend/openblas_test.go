//go:build openblas

package backend

import "gonum.org/v1/netlib/blas/netlib"

// netlibImpl is the BLAS type of the OpenBLAS backend.
type netlibImpl = netlib.Implementation

// openblasLapack is the OpenBLAS backend's LAPACK.
var openblasLapack = lapackImpl{}
