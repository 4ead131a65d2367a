//go:build !openblas

package main

import (
	"fmt"
	"os"
)

// Without OpenBLAS there is nothing to compare with: see main.go.
func main() {
	fmt.Fprintln(os.Stderr, "dgemmpair: build with -tags openblas and CGO_LDFLAGS=-lopenblas (see main.go)")
	os.Exit(2)
}
