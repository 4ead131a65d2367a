// Package eigen is gonum's pure-Go LAPACK with a faster symmetric
// eigensolver: Implementation.Dsyev reduces the matrix to tridiagonal form
// with gonum's Dsytrd and Dorgtr, as gonum does, finds the tridiagonal
// matrix's eigensystem by divide and conquer, as LAPACK's dsyevd, and
// multiplies its eigenvectors by the reduction's orthogonal matrix with the
// BLAS's Dgemm.
//
// The divide and conquer (Cuppen's, as LAPACK's dstedc) tears the
// tridiagonal matrix in two by a rank-one change, solves the halves
// recursively and merges them by the roots of a secular equation; the
// eigenvectors are updated by matrix products, where the QL iteration
// (gonum's Dsteqr) applies a plane rotation for every step of every sweep
// to the whole eigenvector matrix, several times the work for the 784×784
// covariance of MNIST. Deflation, roots held as offsets from the nearer
// pole, and the rank-one vector recomputed from the roots (Gu and
// Eisenstat) keep the eigenvectors orthogonal to working accuracy.
//
// Blocks of at most 32 rows (the leaves) are solved by the implicit QL
// algorithm with Wilkinson shifts, its plane rotations recorded and
// applied to the eigenvector matrix in batches, a few rows at a time: row
// by row, the rotations of a batch touch one row (in L1 cache) at a time,
// where Dsteqr goes column pair by column pair down the row-major matrix.
// Each eigenvalue and each element of the result is computed in the same
// order whatever the number of goroutines.
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
