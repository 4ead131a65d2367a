//go:build !amd64 || noasm

package gemm

// kernelPaths is the pure-Go fallback alone: there is no kernel here.
func kernelPaths() []string { return []string{"pure Go"} }

// usePath has nothing to switch.
func usePath(path string) (restore func()) { return func() {} }
