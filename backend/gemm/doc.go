// Package gemm is gonum's pure-Go BLAS with the routines this module spends
// its time in replaced: Dgemm, Dsyrk and Dsyr2k on a register-blocked
// micro-kernel in Go assembly for amd64, operands packed into cache-sized
// panels and the blocks of the product spread over GOMAXPROCS goroutines,
// and Dsymv read once per stored row on two goroutines.
//
// The micro-kernel is chosen when the package is initialised, from the
// processor's features (golang.org/x/sys/cpu): 6×16 tiles in ZMM registers
// on processors with AVX-512F, 6×8 tiles in YMM registers on those with
// AVX2 and FMA only. Where the processor executes 512-bit FMAs at full
// width (AMD Zen 5, Intel server cores with two FMA units), a ZMM FMA does
// twice a YMM one's work in the same time; Path reports which kernel runs.
// With AVX-512, three kinds of small product that the autoencoders compute
// over each block of samples have kernels of their own, chosen from the
// product's shape: Aᵀ·B with a small C (the gradients, in outer-product
// tiles of 5 or 6 rows by 32 columns, both operands read in place),
// A·op(B) with 25 columns (24 in vectors, the 25th as dot products) and
// A·op(B) with a short k and a few panels of 32 columns; in each, every
// tile is one kernel call, and the only padding is a last tile of rows
// filled with zeros (columns beyond a multiple of 32 of the first kind go
// to the general path).
//
// gonum's own Dgemm computes each block of the product with dot products and
// axpys, about an eighth of what the same two cores reach with a packed
// micro-kernel; matrix products are where this module spends its time (the
// covariance of PCA, the data-form autoencoder losses), so package backend
// installs Implementation as gonum's BLAS in the default build (see its
// documentation). It needs no C toolchain and no library.
//
// Products and rank-k updates too small for the kernels to beat gonum's
// code (for Dgemm below 16³ multiply-adds or four rows, and a few thin
// shapes; see minFlops and minFlopsRowGram) go to gonum's routines
// unchanged, and so do Dgemm and Dsyr2k where the micro-kernel cannot run:
// on processors without AVX2 and FMA, on other architectures, and in a
// build with the noasm tag, which keeps every assembly path out, as it
// does in gonum. Dsyrk then still runs on every core, as tiles of gonum's
// Dgemm, since gonum's Dsyrk runs on one.
// Bad arguments are handed to gonum's routines, so they panic with gonum's
// messages.
//
// Each element of the result is summed in the same order whatever the
// number of goroutines, so results do not depend on GOMAXPROCS or
// scheduling; they differ from gonum's in the last bits because the order of
// the sums differs.
package gemm
