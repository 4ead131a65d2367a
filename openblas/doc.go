// Package openblas selects the BLAS that gonum, and so every package of this
// module, runs on. Imported for its side effect (import _
// "github.com/linae/linae/openblas") it does nothing in a default build: the
// module stays pure Go and needs no C toolchain. Built with
//
//	CGO_LDFLAGS=-lopenblas go build -tags openblas
//
// (Debian: apt-get install libopenblas-dev) it installs OpenBLAS through
// gonum.org/v1/netlib's cgo binding with blas64.Use, which makes every
// matrix product, and the BLAS calls inside gonum's pure-Go LAPACK
// (eigendecompositions, SVD, QR), run on OpenBLAS: several times gonum's
// pure-Go DGEMM rate on machines with AVX2 or AVX-512. LAPACK itself stays
// gonum's, because netlib's lapack binding does not build with gonum v0.17.
package openblas

// Name returns the BLAS in use: "OpenBLAS" with the openblas build tag,
// "gonum" (pure Go) without it.
func Name() string { return name }
