//go:build !amd64

package gemm

// haveKernel is false: there is no micro-kernel for this architecture, and
// every product goes to gonum's Dgemm.
const haveKernel = false

func kernel6x8(k int, a, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel on this architecture")
}

func kernel6x8a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel on this architecture")
}

func kernel6x8b(k int, a, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel on this architecture")
}

func dotAxpy8(n int, a, x, y *float64, alpha float64) float64 {
	panic("gemm: no kernel on this architecture")
}
