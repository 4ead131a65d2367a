//go:build amd64 && !noasm

package eigen

// rotationPaths are the rotation kernels this processor can run, best
// first, and the Go loops, which every processor runs.
func rotationPaths() []string {
	var paths []string
	if haveAVX512 {
		paths = append(paths, "AVX-512")
	}
	if haveAVX2 {
		paths = append(paths, "AVX2")
	}
	return append(paths, "Go")
}

// usePath makes applyRotations run the named path of rotationPaths and
// returns the function that restores the processor's own.
func usePath(path string) (restore func()) {
	oldHave, oldWide := haveRotate16, wide
	haveRotate16, wide = path != "Go", path == "AVX-512"
	return func() { haveRotate16, wide = oldHave, oldWide }
}
