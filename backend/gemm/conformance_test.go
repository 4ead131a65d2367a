package gemm

import (
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/testblas"
	"gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/testlapack"
)

// TestConformance runs gonum's own test suites for the routines the
// package replaces, first as the package runs them (the suites' small
// matrices go to gonum's code), then with every level-3 product forced
// through the micro-kernel, or through syrkTiled where the kernel cannot
// run, and checks that they went there.
func TestConformance(t *testing.T) { forEachPath(t, testConformance) }

func testConformance(t *testing.T) {
	for _, force := range []bool{false, true} {
		name := "dispatch"
		if force {
			name = "forced"
		}
		t.Run(name, func(t *testing.T) {
			testHook.force = force
			defer func() { testHook.force = false }()
			kernel, tiled := testHook.kernelCalls.Load(), testHook.tiledCalls.Load()
			impl := Implementation{}
			testblas.TestDgemm(t, impl)
			testblas.DsyrkTest(t, impl)
			testblas.Dsyr2kTest(t, impl)
			testblas.DsymvTest(t, impl)
			kernel, tiled = testHook.kernelCalls.Load()-kernel, testHook.tiledCalls.Load()-tiled
			switch {
			case !force:
			case haveKernel && kernel == 0:
				t.Error("no product went to the micro-kernel")
			case !haveKernel && tiled == 0:
				t.Error("no update went to syrkTiled")
			}
			t.Logf("kernel products %d, tiled updates %d", kernel, tiled)
		})
	}
}

// TestConformanceLapack runs gonum's test of the reduction to tridiagonal
// form, the first half of every symmetric eigendecomposition, on gonum's
// LAPACK with this package's BLAS installed: its matrices, up to 300×300,
// reach Dsymv's vector kernel and two-goroutine split and Dsyr2k's blocked
// product as dispatched, and then every one of its rank-2k updates is
// forced through the micro-kernel.
func TestConformanceLapack(t *testing.T) { forEachPath(t, testConformanceLapack) }

func testConformanceLapack(t *testing.T) {
	defer blas64.Use(blas64.Implementation())
	blas64.Use(Implementation{})
	testlapack.DsytrdTest(t, gonum.Implementation{})
	if !haveKernel {
		return
	}
	testHook.force = true
	defer func() { testHook.force = false }()
	kernel := testHook.kernelCalls.Load()
	testlapack.DsytrdTest(t, gonum.Implementation{})
	if testHook.kernelCalls.Load() == kernel {
		t.Error("no product went to the micro-kernel")
	}
}
