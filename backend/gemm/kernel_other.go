//go:build !amd64 || noasm

package gemm

// haveKernel is false: there is no micro-kernel for this architecture, or
// the noasm build tag keeps the assembly out. Dgemm and Dsyr2k are then
// gonum's, and Dsyrk is syrkTiled.
const haveKernel = false

// Nor is there an AVX-512 one.
const (
	haveAVX2   = false
	haveAVX512 = false
	wide       = false
)

func kernel6x8(k int, a, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x8a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x8b(k int, a, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func dotAxpy8(n int, a, x, y *float64, alpha float64) float64 {
	panic("gemm: no kernel in this build")
}

func kernel6x16(k int, a, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x16a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func dotAxpy16(n int, a, x, y *float64, alpha float64) float64 {
	panic("gemm: no kernel in this build")
}

func kernel6x16s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel5x32s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x32s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x25a(k int, a *float64, lda int, b, d, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x32a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x8s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel5x8s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func kernel6x1a(k int, a *float64, lda int, d, c *float64, ldc int, alpha float64, overwrite int) {
	panic("gemm: no micro-kernel in this build")
}

func dotAVX512(n int, x, y *float64) float64 {
	panic("gemm: no kernel in this build")
}

func dotAVX2(n int, x, y *float64) float64 {
	panic("gemm: no kernel in this build")
}

func axpbyDotAVX512(n int, alpha float64, x *float64, beta float64, y, z *float64) float64 {
	panic("gemm: no kernel in this build")
}

func axpbyDotAVX2(n int, alpha float64, x *float64, beta float64, y, z *float64) float64 {
	panic("gemm: no kernel in this build")
}
