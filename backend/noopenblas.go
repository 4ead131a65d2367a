//go:build !openblas

package backend

// defaultBackend is the build's default: this module's pure-Go engine.
const defaultBackend = Linae

// haveOpenBLAS is false: the build has no OpenBLAS to install.
const haveOpenBLAS = false

func useOpenBLAS() { panic(errNoOpenBLAS) }

func topOpenBLAS(n int, a []float64, lda, k int, w, z []float64, ldz int) bool {
	panic(errNoOpenBLAS)
}

func openBLASCore() string { panic(errNoOpenBLAS) }
