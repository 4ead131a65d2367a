//go:build amd64 && !noasm

package gemm

import "golang.org/x/sys/cpu"

// haveKernel reports whether the assembly micro-kernel can run here.
var haveKernel = cpu.X86.HasAVX2 && cpu.X86.HasFMA

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
