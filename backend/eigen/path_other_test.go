//go:build !amd64 || noasm

package eigen

// rotationPaths is the Go loops alone: there is no rotation kernel here.
func rotationPaths() []string { return []string{"Go"} }

// usePath has nothing to switch.
func usePath(path string) (restore func()) { return func() {} }
