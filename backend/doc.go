// Package openblas selects the BLAS that gonum, and so every package of this
// module, runs on. Packages sae and data import it for its side effect, so
// a program that uses them gets the fastest BLAS of its build.
//
// In a default build the module stays pure Go and needs no C toolchain: on
// amd64 processors with AVX2 and FMA it installs package gemm's matrix
// products (Dgemm, Dsyrk) into gonum's BLAS with blas64.Use, several times
// gonum's own, and elsewhere it leaves gonum's BLAS alone; everywhere it
// installs package eigen's symmetric eigensolver into gonum's LAPACK with
// lapack64.Use. Built with
//
//	CGO_LDFLAGS=-lopenblas go build -tags openblas
//
// (Debian: apt-get install libopenblas-dev) it installs OpenBLAS through
// gonum.org/v1/netlib's cgo binding instead, which makes every matrix
// product, and the BLAS calls inside gonum's pure-Go LAPACK
// (eigendecompositions, SVD, QR), run on OpenBLAS, and replaces gonum's
// symmetric eigensolver by OpenBLAS's dsyevd. LAPACK otherwise stays
// gonum's, because netlib's lapack binding does not build with gonum v0.17.
package backend

// Name returns the BLAS in use: "OpenBLAS" with the openblas build tag;
// without it "gonum with linae's AVX2/FMA Dgemm" where package gemm's
// kernel runs, and "gonum" elsewhere.
func Name() string { return name }
