//go:build openblas

package backend

/*
// dsyevd_ is LAPACK's divide-and-conquer symmetric eigensolver, which
// libopenblas exports with the Fortran calling convention. The hidden
// lengths of the one-character arguments are not passed, as is usual from C.
extern void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda,
	double *w, double *work, const int *lwork, int *iwork, const int *liwork, int *info);
*/
import "C"

import (
	"unsafe"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// lapackImpl is gonum's pure-Go LAPACK with the symmetric eigensolver
// replaced by OpenBLAS's dsyevd: gonum.org/v1/netlib's LAPACK binding does
// not build with gonum v0.17, and the eigendecomposition is what PCA
// spends its time on once the covariance is formed on OpenBLAS.
type lapackImpl struct {
	gonum.Implementation
}

// Dsyev computes the eigenvalues (ascending, in w) and, for lapack.EVCompute,
// the orthonormal eigenvectors (in the columns of a) of the symmetric n×n
// row-major matrix a, whose triangle uplo is referenced. It follows gonum's
// contract, including the workspace query with lwork == -1.
func (impl lapackImpl) Dsyev(jobz lapack.EVJob, uplo blas.Uplo, n int, a []float64, lda int, w, work []float64, lwork int) bool {
	if lwork == -1 {
		// dsyevd allocates below; gonum's caller needs only a valid answer.
		work[0] = 1
		return true
	}
	if n == 0 {
		return true
	}
	// Row-major upper is column-major lower, and the transpose of a
	// symmetric matrix is itself, so only the triangle flips.
	fuplo := C.char('L')
	if uplo == blas.Lower {
		fuplo = 'U'
	}
	fjobz := C.char('N')
	lwk, liwk := 2*n+1, 1
	if jobz == lapack.EVCompute {
		fjobz = 'V'
		lwk, liwk = 1+6*n+2*n*n, 3+5*n
	}
	wk := make([]float64, lwk)
	iwk := make([]C.int, liwk)
	cn, clda, clwk, cliwk := C.int(n), C.int(lda), C.int(lwk), C.int(liwk)
	var info C.int
	C.dsyevd_(&fjobz, &fuplo, &cn, (*C.double)(unsafe.Pointer(&a[0])), &clda,
		(*C.double)(unsafe.Pointer(&w[0])), (*C.double)(unsafe.Pointer(&wk[0])), &clwk,
		&iwk[0], &cliwk, &info)
	if info != 0 {
		return false
	}
	if jobz == lapack.EVCompute {
		// dsyevd leaves eigenvector j in column j of the column-major
		// matrix, which is row j of gonum's row-major one: transpose.
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				a[i*lda+j], a[j*lda+i] = a[j*lda+i], a[i*lda+j]
			}
		}
	}
	return true
}
