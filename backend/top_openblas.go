//go:build openblas

package backend

/*
// LAPACK's routines behind dsyevx, which libopenblas exports with the
// Fortran calling convention; the hidden lengths of the one-character
// arguments are not passed, as is usual from C.
extern void dsytrd_(const char *uplo, const int *n, double *a, const int *lda,
	double *d, double *e, double *tau, double *work, const int *lwork, int *info);
extern void dsterf_(const int *n, double *d, double *e, int *info);
extern void dstebz_(const char *range, const char *order, const int *n, const double *vl,
	const double *vu, const int *il, const int *iu, const double *abstol, const double *d,
	const double *e, int *m, int *nsplit, double *w, int *iblock, int *isplit,
	double *work, int *iwork, int *info);
extern void dstein_(const int *n, const double *d, const double *e, const int *m,
	const double *w, const int *iblock, const int *isplit, double *z, const int *ldz,
	double *work, int *iwork, int *ifail, int *info);
extern void dormtr_(const char *side, const char *uplo, const char *trans, const int *m,
	const int *n, const double *a, const int *lda, const double *tau, double *c,
	const int *ldc, double *work, const int *lwork, int *info);
*/
import "C"

import (
	"cmp"
	"math"
	"slices"
	"unsafe"
)

// topOpenBLAS is EigenSymTop on OpenBLAS's LAPACK, the steps of its dsyevx:
// the reduction to tridiagonal form T = QᵀAQ (dsytrd), all the eigenvalues
// of T without vectors (dsterf), the k largest again by bisection (dstebz)
// and their eigenvectors of T by inverse iteration (dstein), multiplied by
// Q (dormtr). dsyevr and dsyevx themselves return only the eigenvalues
// whose eigenvectors they compute, and EigenSymTop returns all of them.
func topOpenBLAS(n int, a []float64, lda, k int, w, z []float64, ldz int) bool {
	if n == 1 {
		w[0] = a[0]
		if k == 1 {
			z[0] = 1
		}
		return true
	}
	// A matrix whose largest element is outside about [1e-140, 1e140] is
	// scaled by a power of 2, exactly, as dsyevx does, so that no square in
	// the reduction underflows or overflows.
	var anrm float64
	for i := range n {
		for _, v := range a[i*lda+i : i*lda+n] {
			anrm = max(anrm, math.Abs(v))
		}
	}
	scale := 1.0
	if anrm > 0 && (anrm < 1e-140 || anrm > 1e140) {
		scale = math.Ldexp(1, -math.Ilogb(anrm))
		for i := range n {
			for j := i; j < n; j++ {
				a[i*lda+j] *= scale
			}
		}
	}
	ptr := func(s []float64) *C.double { return (*C.double)(unsafe.Pointer(&s[0])) }
	// Row-major upper is column-major lower.
	uplo := C.char('L')
	cn, clda := C.int(n), C.int(lda)
	var info C.int
	d, e, tau := make([]float64, n), make([]float64, n), make([]float64, n)
	query := []float64{0}
	lwork := C.int(-1)
	C.dsytrd_(&uplo, &cn, ptr(a), &clda, ptr(d), ptr(e), ptr(tau), ptr(query), &lwork, &info)
	work := make([]float64, max(int(query[0]), 1))
	lwork = C.int(len(work))
	C.dsytrd_(&uplo, &cn, ptr(a), &clda, ptr(d), ptr(e), ptr(tau), ptr(work), &lwork, &info)
	if info != 0 {
		return false
	}
	copy(w, d)
	e2 := slices.Clone(e)
	C.dsterf_(&cn, ptr(w), ptr(e2), &info)
	if info != 0 {
		return false
	}
	if scale != 1 {
		for i := range n {
			w[i] /= scale
		}
	}
	if k == 0 {
		return true
	}

	rng, order := C.char('I'), C.char('B')
	var vl, vu, abstol C.double // abstol 0: LAPACK's default, ε·‖T‖₁
	il, iu := C.int(n-k+1), C.int(n)
	var m, nsplit C.int
	wk := make([]float64, n)
	iblock, isplit := make([]C.int, n), make([]C.int, n)
	work = make([]float64, 5*n)
	iwork := make([]C.int, 3*n)
	C.dstebz_(&rng, &order, &cn, &vl, &vu, &il, &iu, &abstol, ptr(d), ptr(e), &m, &nsplit,
		ptr(wk), &iblock[0], &isplit[0], ptr(work), &iwork[0], &info)
	if info != 0 || int(m) != k {
		return false
	}
	v := make([]float64, n*k) // column-major n×k
	ifail := make([]C.int, k)
	C.dstein_(&cn, ptr(d), ptr(e), &m, ptr(wk), &iblock[0], &isplit[0], ptr(v), &cn,
		ptr(work), &iwork[0], &ifail[0], &info)
	if info != 0 {
		return false
	}
	side, trans := C.char('L'), C.char('N')
	ck := C.int(k)
	lwork = -1
	C.dormtr_(&side, &uplo, &trans, &cn, &ck, ptr(a), &clda, ptr(tau), ptr(v), &cn, ptr(query), &lwork, &info)
	work = make([]float64, max(int(query[0]), 1))
	lwork = C.int(len(work))
	C.dormtr_(&side, &uplo, &trans, &cn, &ck, ptr(a), &clda, ptr(tau), ptr(v), &cn, ptr(work), &lwork, &info)
	if info != 0 {
		return false
	}
	// dstebz orders the eigenvalues by split-off block: column j of z is
	// the vector of the j-th largest.
	idx := make([]int, k)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(p, q int) int { return cmp.Compare(wk[q], wk[p]) })
	for j, c := range idx {
		for i := range n {
			z[i*ldz+j] = v[c*n+i]
		}
	}
	return true
}
