// Package gemm is a pure-Go double-precision matrix multiply (Dgemm) for
// amd64 processors with AVX2 and FMA: a 6×8 register-blocked micro-kernel in
// Go assembly, operands packed into cache-sized panels, and the blocks of the
// product spread over GOMAXPROCS goroutines.
//
// gonum's own Dgemm computes each block of the product with dot products and
// axpys, about an eighth of what the same two cores reach with a packed
// micro-kernel; matrix products are where this module spends its time (the
// covariance of PCA, the data-form autoencoder losses), so the default
// build installs Implementation as gonum's BLAS (see package openblas). It
// needs no C toolchain and no library.
//
// Implementation is gonum's pure-Go BLAS with Dgemm replaced. Small products,
// and every product on processors without AVX2 and FMA or on other
// architectures, go to gonum's Dgemm unchanged. Each element of the result is
// summed in the same order whatever the number of goroutines, so results do
// not depend on GOMAXPROCS or scheduling; they differ from gonum's in the
// last bits because the order of the sums differs.
package gemm
