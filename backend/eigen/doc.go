// Package eigen is gonum's pure-Go LAPACK with a faster symmetric
// eigensolver: Implementation.Dsyev reduces the matrix to tridiagonal form
// with gonum's Dsytrd and Dorgtr, as gonum does, and then runs the implicit
// QL algorithm with Wilkinson shifts on the tridiagonal matrix, recording
// its plane rotations and applying them to the eigenvector matrix in
// batches, a few rows at a time, on GOMAXPROCS goroutines.
//
// gonum's Dsteqr applies each sweep's rotations column pair by column pair
// down the whole row-major matrix, a stride of one row per element and on
// one core; for the 784×784 covariance of MNIST that took longer than
// forming the covariance. Applied row by row, the rotations of a batch
// touch one row (in L1 cache) at a time, and rows are independent, so the
// work spreads over the cores. The eigenvalues and eigenvectors are those
// of LAPACK's algorithm to rounding; each row of the result is computed in
// the same order whatever the number of goroutines.
//
// Top is the eigensolver for a few eigenvectors: all the eigenvalues, and
// the eigenvectors of the k largest by inverse iteration on the tridiagonal
// matrix, as LAPACK's dsyevx; PCA with few components uses it.
//
// Package backend installs Implementation with lapack64.Use in the default
// build, so mat.EigenSym uses it, and exposes Top as backend.EigenSymTop.
// The rotations are Go assembly for amd64, chosen when the package is
// initialised: rotate32 (32 rows, ZMM registers) on processors with
// AVX-512F, rotate16 (16 rows, YMM) on those with AVX2 and FMA only; the
// noasm build tag keeps them out, and the rotations then run in Go.
package eigen
