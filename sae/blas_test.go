package sae

// Linking package openblas makes `go test -tags openblas ./sae/` (with
// CGO_LDFLAGS=-lopenblas) run every test of this package on OpenBLAS; in a
// default build it changes nothing.
import _ "github.com/linae/linae/openblas"
