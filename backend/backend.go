package backend

import (
	"errors"
	"fmt"
	"os"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/lapack"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/lapack64"

	"github.com/linae/linae/backend/eigen"
	"github.com/linae/linae/backend/gemm"
)

// A Backend is a numerical engine that can be installed as gonum's BLAS and
// LAPACK.
type Backend int

const (
	// Gonum is gonum's own pure-Go BLAS and LAPACK, as if this package
	// were not imported.
	Gonum Backend = iota
	// Linae is gonum's BLAS and LAPACK with this module's Dgemm, Dsyrk,
	// Dsyr2k and Dsymv (package gemm) and symmetric eigensolver (package
	// eigen): pure Go, with Go assembly kernels on amd64 processors with
	// AVX2 and FMA (and AVX-512 micro-kernels where the processor has
	// AVX-512F) unless built with the noasm tag. It is the default
	// without the openblas tag.
	Linae
	// OpenBLAS is OpenBLAS's BLAS through gonum.org/v1/netlib, with gonum's
	// LAPACK on it and OpenBLAS's symmetric eigensolvers. It is available,
	// and the default, only with the openblas build tag.
	OpenBLAS
)

// EnvVar is the environment variable read when the package is initialised:
// "gonum", "linae" or "openblas" install that backend instead of the
// build's default. Any other non-empty value makes the initialisation panic,
// so that a misspelt choice is not silently ignored.
const EnvVar = "LINAE_BACKEND"

// names are the backends' names as EnvVar spells them, by value.
var names = [...]string{Gonum: "gonum", Linae: "linae", OpenBLAS: "openblas"}

// String returns the backend's name as EnvVar spells it.
func (b Backend) String() string {
	if b >= 0 && int(b) < len(names) {
		return names[b]
	}
	return fmt.Sprintf("Backend(%d)", int(b))
}

// Default is the backend the package installs when EnvVar is not set:
// OpenBLAS with the openblas build tag, Linae otherwise.
const Default = defaultBackend

// installed is the backend Use last installed.
var installed = Gonum

// init installs the backend before any importing package's code can call
// blas64 or lapack64 (an importing package's init runs after this one, and
// a program's main after every init).
func init() {
	b := Default
	if v, ok := os.LookupEnv(EnvVar); ok && v != "" {
		var found bool
		for c, name := range names {
			if v == name {
				b, found = Backend(c), true
			}
		}
		if !found {
			panic(fmt.Sprintf("backend: %s=%q: want gonum, linae or openblas", EnvVar, v))
		}
	}
	if err := Use(b); err != nil {
		panic(fmt.Sprintf("backend: %s=%s: %v", EnvVar, b, err))
	}
}

// errNoOpenBLAS is Use's error for OpenBLAS in a build without it.
var errNoOpenBLAS = errors.New("backend: OpenBLAS needs the openblas build tag (and CGO_LDFLAGS=-lopenblas)")

// Use installs b as gonum's BLAS and LAPACK with blas64.Use and lapack64.Use,
// which every gonum routine and every package of this module then call. A
// program's main that calls it overrides the package's initialisation and
// EnvVar, since main runs after every init. Like blas64.Use it must not be
// called while another goroutine computes. It returns an error, and
// installs nothing, for OpenBLAS in a build without the openblas tag and
// for an unknown b.
func Use(b Backend) error {
	switch b {
	case Gonum:
		blas64.Use(gonum.Implementation{})
		lapack64.Use(gonumlapack.Implementation{})
	case Linae:
		blas64.Use(gemm.Implementation{})
		lapack64.Use(eigen.Implementation{})
	case OpenBLAS:
		if !haveOpenBLAS {
			return errNoOpenBLAS
		}
		useOpenBLAS()
	default:
		return fmt.Errorf("backend: unknown %v", b)
	}
	installed = b
	return nil
}

// Installed returns the backend installed by the package's initialisation
// or by the last call of Use. A program that calls blas64.Use or
// lapack64.Use itself is not seen.
func Installed() Backend { return installed }

// Name describes the backend installed, for banners and reports: "gonum",
// "OpenBLAS (Haswell kernels)" with the name of the kernel set OpenBLAS
// chose for the processor (or OPENBLAS_CORETYPE forced), or for Linae
// "linae (gemm and eigen, AVX-512)" with the micro-kernel package gemm
// runs on this processor: AVX-512, AVX2/FMA or pure Go (see gemm.Path).
func Name() string {
	switch installed {
	case OpenBLAS:
		return "OpenBLAS (" + openBLASCore() + " kernels)"
	case Linae:
		return "linae (gemm and eigen, " + gemm.Path() + ")"
	}
	return installed.String()
}

// EigenSymTop computes all the eigenvalues of the symmetric n×n matrix whose
// upper triangle is in a (row-major, stride lda; a is overwritten),
// ascending in w, and orthonormal eigenvectors of the k largest in the
// columns of the n×k row-major z (stride ldz): column j belongs to w[n−1−j].
// It reports false when the eigenvalue iteration does not converge. The
// elements of a must be finite. It panics if k > n, a is too short for n
// and lda, w for n, or z for n, k and ldz.
//
// It runs on the installed backend: eigen.Top for Linae; OpenBLAS's LAPACK
// as dsyevx does it (dsytrd, dsterf, dstebz, dstein, dormtr) for OpenBLAS;
// gonum's Dsyev with all the eigenvectors, of which k are kept, for Gonum,
// which has no solver for a few.
func EigenSymTop(n int, a []float64, lda, k int, w, z []float64, ldz int) bool {
	switch {
	case n < 0 || k < 0 || k > n:
		panic("backend: EigenSymTop: bad n or k")
	case n == 0:
		return true
	case lda < n || len(a) < (n-1)*lda+n:
		panic("backend: EigenSymTop: a too short")
	case len(w) < n:
		panic("backend: EigenSymTop: w too short")
	case k > 0 && (ldz < k || len(z) < (n-1)*ldz+k):
		panic("backend: EigenSymTop: z too short")
	}
	switch installed {
	case Linae:
		return eigen.Top(n, a, lda, k, w, z, ldz)
	case OpenBLAS:
		return topOpenBLAS(n, a, lda, k, w, z, ldz)
	}
	return topGonum(n, a, lda, k, w, z, ldz)
}

// topGonum is EigenSymTop on gonum's Dsyev.
func topGonum(n int, a []float64, lda, k int, w, z []float64, ldz int) bool {
	var impl gonumlapack.Implementation
	jobz := lapack.EVCompute
	if k == 0 {
		jobz = lapack.EVNone
	}
	work := []float64{0}
	impl.Dsyev(jobz, blas.Upper, n, a, lda, w, work, -1)
	work = make([]float64, int(work[0]))
	if !impl.Dsyev(jobz, blas.Upper, n, a, lda, w, work, len(work)) {
		return false
	}
	for i := range n {
		for j := range k {
			z[i*ldz+j] = a[i*lda+n-1-j]
		}
	}
	return true
}
