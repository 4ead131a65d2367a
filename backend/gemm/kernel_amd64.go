//go:build amd64 && !noasm

package gemm

import "golang.org/x/sys/cpu"

// The processor's kernels: the AVX2 ones need AVX2 and FMA, the AVX-512
// ones AVX-512F (and the AVX2 ones' features, which every processor with
// AVX-512F has, for the matrix–vector kernel and the edges).
var (
	haveAVX2   = cpu.X86.HasAVX2 && cpu.X86.HasFMA
	haveAVX512 = haveAVX2 && cpu.X86.HasAVX512F
)

// haveKernel reports whether an assembly micro-kernel runs, and wide
// whether it is the AVX-512 one (6×16 tiles) rather than the AVX2 one (6×8):
// the best the processor has. Only the tests change them (see usePath).
var (
	haveKernel = haveAVX2
	wide       = haveAVX512
)

// kernel6x8 adds alpha·Ã·B̃ to the 6×8 row-major tile at c (row stride ldc
// elements), or with overwrite ≠ 0 stores it there without reading c, where
// Ã is a packed 6×k panel (six values per step of k) and B̃ a packed k×8
// panel (eight values per step of k).
//
//go:noescape
func kernel6x8(k int, a, b, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x8a is kernel6x8 with Ã read in place: six rows of a row-major A,
// the first at a, lda elements apart, each contiguous in k.
//
//go:noescape
func kernel6x8a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x8b is kernel6x8 with B̃ read in place: eight consecutive columns
// of a row-major B, one row per step of k, rows ldb elements apart.
//
//go:noescape
func kernel6x8b(k int, a, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)

// dotAxpy8 returns Σ a[j]·x[j] over j < n and adds alpha·a[j] to y[j],
// for n a multiple of 8: the two halves of a symmetric matrix–vector
// product for one stored row.
//
//go:noescape
func dotAxpy8(n int, a, x, y *float64, alpha float64) float64

// kernel6x16 and kernel6x16a are kernel6x8 and kernel6x8a in AVX-512 (ZMM
// registers) on 6×16 tiles: B̃'s panels are 16 wide. kernel6x8b's AVX-512
// counterpart is kernel6x16s with lda = 6.
//
//go:noescape
func kernel6x16(k int, a, b, c *float64, ldc int, alpha float64, overwrite int)

//go:noescape
func kernel6x16a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x16s is kernel6x16 with Ã and B̃ read lda and ldb elements apart
// a step of k: a transposed A (six consecutive columns of a row-major A) is
// read in place with its row stride, a packed panel with stride 6; a
// row-major B (sixteen consecutive columns, one row per step) in place with
// its ldb, a packed panel with stride 16. The products, and their order,
// are kernel6x16's.
//
//go:noescape
func kernel6x16s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)

// dotAxpy16 is dotAxpy8 in AVX-512, for n a multiple of 16.
//
//go:noescape
func dotAxpy16(n int, a, x, y *float64, alpha float64) float64

// kernel5x32s and kernel6x32s add alpha·Aᵀ·B to the 5×32 or 6×32
// row-major tile at c (row stride ldc), or with overwrite ≠ 0 store it
// there, where for each of the k steps a row of A gives five or six
// consecutive elements (rows lda elements apart) and a row of B 32
// consecutive elements (rows ldb elements apart), both read in place: the
// outer-product kernels of outerProduct. Each element of the tile is one
// running sum over the k steps, in order.
//
//go:noescape
func kernel5x32s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)

//go:noescape
func kernel6x32s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x25a adds alpha·A·B̃ to the 6×25 row-major tile at c (row stride
// ldc), or with overwrite ≠ 0 stores it there, where A is six rows of a
// row-major A read in place (lda elements apart, k elements each, k a
// multiple of 8), B̃'s first 24 columns are packed at b (24 values per step
// of k) and its 25th at d (one value per step of k). The 24 columns go
// through 18 accumulators a step; the 25th takes eight steps at once into
// one accumulator a row, whose lanes are added at the end, so that 25
// columns cost 25 columns' multiply-adds instead of two tiles of 16. Every
// eight steps it prefetches a line of each of the six rows after A's (the
// next tile's), which covers their first k elements when each row
// starts on a cache line.
//
//go:noescape
func kernel6x25a(k int, a *float64, lda int, b, d, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x32a adds alpha·A·B̃ to the 6×32 row-major tile at c (row stride
// ldc), or with overwrite ≠ 0 stores it there, where A is six rows of a
// row-major A read in place (lda elements apart, k elements each) and B̃ a
// packed k×32 panel (32 values per step of k). When lda ≤ 64 it first
// prefetches the 6·lda elements after A's six rows (the next tile's).
//
//go:noescape
func kernel6x32a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x8s and kernel5x8s are kernel6x32s and kernel5x32s on tiles of
// eight columns, in AVX2: the outer-product kernels of outerProduct on a
// processor without AVX-512. The products, and their order, are the same.
//
//go:noescape
func kernel6x8s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)

//go:noescape
func kernel5x8s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)

// kernel6x1a is kernel6x25a's 25th column alone, in AVX2: it adds
// alpha·A·d to the six elements of a column of C, ldc apart (or with
// overwrite ≠ 0 stores it there), A six rows read in place (lda elements
// apart, k elements each, k a multiple of 8), each row's dot product with
// d in kernel6x25a's eight lanes and their order. With kernel6x8a on
// three panels of eight, it is narrowProduct's tile on the AVX2 path, the
// same bits as kernel6x25a's.
//
//go:noescape
func kernel6x1a(k int, a *float64, lda int, d, c *float64, ldc int, alpha float64, overwrite int)

// dotAVX512 and dotAVX2 return Σ x[j]·y[j] over j < n, n a multiple of 16,
// in Dot's order: sixteen running sums (two ZMM registers or four YMM) added
// in pairs at the end.
//
//go:noescape
func dotAVX512(n int, x, y *float64) float64

//go:noescape
func dotAVX2(n int, x, y *float64) float64

// axpbyDotAVX512 and axpbyDotAVX2 set y[j] = alpha·x[j] + beta·y[j] for
// j < n, n a multiple of 16, and return Σ z[j]·y[j] of the new y in Dot's
// order; z is read after y is stored, so it may be y.
//
//go:noescape
func axpbyDotAVX512(n int, alpha float64, x *float64, beta float64, y, z *float64) float64

//go:noescape
func axpbyDotAVX2(n int, alpha float64, x *float64, beta float64, y, z *float64) float64
