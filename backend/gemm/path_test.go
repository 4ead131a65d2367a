package gemm

import (
	"strings"
	"testing"
)

// forEachPath runs test once for each path of kernelPaths, as a subtest
// named after it, with the package switched to that path, so that the AVX2
// kernels are tested on a processor that would run the AVX-512 ones, and
// the pure-Go fallback on one that has kernels.
func forEachPath(t *testing.T, test func(t *testing.T)) {
	for _, path := range kernelPaths() {
		t.Run(strings.ReplaceAll(path, "/", "-"), func(t *testing.T) {
			defer usePath(path)()
			if Path() != path {
				t.Fatalf("Path() = %q after usePath(%q)", Path(), path)
			}
			test(t)
		})
	}
}

// forEachKernelPath is forEachPath for the paths with micro-kernels (the
// small products' paths are theirs), skipping the test where there is none.
func forEachKernelPath(t *testing.T, test func(t *testing.T)) {
	if !haveKernel {
		t.Skip("no micro-kernel here (noasm build, no AVX2/FMA, or not amd64)")
	}
	forEachPath(t, func(t *testing.T) {
		if !haveKernel {
			t.Skip("the pure-Go path has no micro-kernel")
		}
		test(t)
	})
}

// benchEachPath is forEachPath for a benchmark.
func benchEachPath(b *testing.B, bench func(b *testing.B)) {
	for _, path := range kernelPaths() {
		b.Run(strings.ReplaceAll(path, "/", "-"), func(b *testing.B) {
			defer usePath(path)()
			bench(b)
		})
	}
}
