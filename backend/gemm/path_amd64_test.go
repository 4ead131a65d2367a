//go:build amd64 && !noasm

package gemm

// kernelPaths are the micro-kernels this processor can run, best first,
// and the pure-Go fallback, which every processor runs.
func kernelPaths() []string {
	var paths []string
	if haveAVX512 {
		paths = append(paths, "AVX-512")
	}
	if haveAVX2 {
		paths = append(paths, "AVX2/FMA")
	}
	return append(paths, "pure Go")
}

// usePath makes the package run the named path of kernelPaths, as on a
// processor whose best it is, and returns the function that restores the
// processor's own.
func usePath(path string) (restore func()) {
	oldKernel, oldWide, oldNR := haveKernel, wide, nr
	haveKernel, wide = path != "pure Go", path == "AVX-512"
	nr = tileWidth(wide)
	return func() { haveKernel, wide, nr = oldKernel, oldWide, oldNR }
}
