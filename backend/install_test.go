package backend

import (
	"math"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/blas/testblas"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/testlapack"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/eigen"
	"github.com/linae/linae/backend/gemm"
)

// available is the list of backends this build can install.
func available() []Backend {
	if haveOpenBLAS {
		return []Backend{Gonum, Linae, OpenBLAS}
	}
	return []Backend{Gonum, Linae}
}

// TestUse installs each backend in turn, as a program's main would, and
// checks what blas64 then uses; OpenBLAS without the tag, and unknown
// backends, are refused and change nothing.
func TestUse(t *testing.T) {
	defer Use(Installed())
	for _, b := range available() {
		if err := Use(b); err != nil {
			t.Fatalf("Use(%v): %v", b, err)
		}
		checkInstalled(t)
	}
	Use(Linae)
	for _, b := range []Backend{OpenBLAS, Backend(7)} {
		if b == OpenBLAS && haveOpenBLAS {
			continue
		}
		if err := Use(b); err == nil || Installed() != Linae {
			t.Errorf("Use(%v) = %v, Installed() = %v", b, err, Installed())
		}
		if _, ok := blas64.Implementation().(gemm.Implementation); !ok {
			t.Errorf("Use(%v) changed blas64 to %T", b, blas64.Implementation())
		}
	}
}

// TestEnv re-runs the test binary with LINAE_BACKEND set, which is what
// the kernel, the benchmarks and a user's program see, and checks in the
// child (TestEnvChild) that the backend named was installed at
// initialisation; an unknown name must stop the program.
func TestEnv(t *testing.T) {
	values := []string{"gonum", "linae"}
	if haveOpenBLAS {
		values = append(values, "openblas")
	}
	for _, v := range values {
		cmd := exec.Command(os.Args[0], "-test.run=^TestEnvChild$", "-test.v")
		cmd.Env = append(os.Environ(), EnvVar+"="+v, "LINAE_BACKEND_WANT="+v)
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestEnvChild") {
			t.Errorf("%s=%s: %v\n%s", EnvVar, v, err, out)
		}
	}
	for _, v := range []string{"OpenBLAS", "mkl"} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), EnvVar+"="+v)
		out, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(string(out), "backend: "+EnvVar) {
			t.Errorf("%s=%s: the program ran (%v)\n%s", EnvVar, v, err, out)
		}
	}
	if !haveOpenBLAS {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), EnvVar+"=openblas")
		if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "openblas build tag") {
			t.Errorf("%s=openblas without the tag: the program ran (%v)\n%s", EnvVar, err, out)
		}
	}
}

// TestEnvChild is TestEnv's child process; it does nothing when run
// directly.
func TestEnvChild(t *testing.T) {
	want := os.Getenv("LINAE_BACKEND_WANT")
	if want == "" {
		t.Skip("run by TestEnv")
	}
	if got := Installed().String(); got != want {
		t.Fatalf("%s=%s: Installed() = %s", EnvVar, os.Getenv(EnvVar), got)
	}
	_, isGonum := blas64.Implementation().(gonum.Implementation)
	if isGonum != (want == "gonum") {
		t.Fatalf("%s=%s: blas64 uses %T", EnvVar, want, blas64.Implementation())
	}
	checkInstalled(t)
}

// TestEigenSymTop checks EigenSymTop on every backend of the build against
// gonum's Dsyev: all the eigenvalues, and A v = λ v and orthonormality for
// the k vectors, on a matrix with a padded stride. On Linae it must be
// eigen.Top bit for bit, which PCA's figures rely on.
func TestEigenSymTop(t *testing.T) {
	defer Use(Installed())
	const n, lda, k, ldz = 90, 93, 7, 9
	a := make([]float64, n*lda)
	for i := range n {
		for j := i; j < n; j++ {
			a[i*lda+j] = math.Sin(float64(3*i+5*j+1)) + float64(i*j%7)
		}
	}
	sym := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			sym.SetSym(i, j, a[i*lda+j])
		}
	}
	want := make([]float64, n)
	ref := mat.DenseCopyOf(sym).RawMatrix()
	work := make([]float64, 4*n*n)
	gonumlapack.Implementation{}.Dsyev('N', blas.Upper, n, ref.Data, ref.Stride, want, work, len(work))
	tol := 1e-12 * math.Abs(want[n-1])
	for _, b := range available() {
		Use(b)
		w, z := make([]float64, n), make([]float64, n*ldz)
		if !EigenSymTop(n, append([]float64(nil), a...), lda, k, w, z, ldz) {
			t.Fatalf("%v: EigenSymTop failed", b)
		}
		for i := range w {
			if math.Abs(w[i]-want[i]) > tol {
				t.Fatalf("%v: eigenvalue %d = %v, gonum's %v", b, i, w[i], want[i])
			}
		}
		v := mat.NewDense(n, k, nil)
		for i := range n {
			for j := range k {
				v.Set(i, j, z[i*ldz+j])
			}
		}
		var av, vtv mat.Dense
		av.Mul(sym, v)
		for j := range k {
			for i := range n {
				av.Set(i, j, av.At(i, j)-w[n-1-j]*v.At(i, j))
			}
		}
		if e := mat.Norm(&av, 2); e > tol {
			t.Errorf("%v: ‖AV − VΛ‖ = %v", b, e)
		}
		vtv.Mul(v.T(), v)
		for i := range k {
			vtv.Set(i, i, vtv.At(i, i)-1)
		}
		if e := mat.Norm(&vtv, 2); e > 1e-12 {
			t.Errorf("%v: ‖VᵀV − I‖ = %v", b, e)
		}
		if b == Linae {
			w2, z2 := make([]float64, n), make([]float64, n*ldz)
			eigen.Top(n, append([]float64(nil), a...), lda, k, w2, z2, ldz)
			if !slices.Equal(w, w2) || !slices.Equal(z, z2) {
				t.Errorf("Linae: EigenSymTop is not eigen.Top's result")
			}
		}
	}
}

// TestConformance runs gonum's own test suites on each backend of the
// build as installed, through blas64 for the BLAS: the routines the
// backends replace (package gemm's tests also force the suites' small
// products through its micro-kernel, package eigen's run DsyevTest on its
// own path), and Dsyev on the backend's LAPACK.
func TestConformance(t *testing.T) {
	defer Use(Installed())
	for _, b := range available() {
		t.Run(b.String(), func(t *testing.T) {
			Use(b)
			impl := blas64.Implementation()
			testblas.TestDgemm(t, impl)
			testblas.DsyrkTest(t, impl)
			testblas.Dsyr2kTest(t, impl)
			testblas.DsymvTest(t, impl)
			var lapackImpl testlapack.Dsyever = gonumlapack.Implementation{}
			switch b {
			case Linae:
				lapackImpl = eigen.Implementation{}
			case OpenBLAS:
				lapackImpl = openblasLapack
			}
			testlapack.DsyevTest(t, lapackImpl)
		})
	}
}
