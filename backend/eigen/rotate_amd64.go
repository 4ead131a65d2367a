//go:build amd64 && !noasm

package eigen

import "golang.org/x/sys/cpu"

// The processor's rotation kernels: rotate16 needs AVX2 and FMA, rotate32
// AVX-512F as well.
var (
	haveAVX2   = cpu.X86.HasAVX2 && cpu.X86.HasFMA
	haveAVX512 = haveAVX2 && cpu.X86.HasAVX512F
)

// haveRotate16 reports whether the rotations run in assembly, and wide
// whether in rotate32 (AVX-512) rather than rotate16 (AVX2): the best the
// processor has. Only the tests change them (see usePath).
var (
	haveRotate16 = haveAVX2
	wide         = haveAVX512
)

// rotate16 applies the nrots rotations at rots, in order, to the 16
// interleaved rows of t: t[i·16+r] is row r's element in column i.
//
//go:noescape
func rotate16(rots *rotation, nrots int, t *float64)

// rotate32 is rotate16 on 32 interleaved rows (t[i·32+r] is row r's element
// in column i), in AVX-512.
//
//go:noescape
func rotate32(rots *rotation, nrots int, t *float64)
