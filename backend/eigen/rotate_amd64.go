//go:build amd64 && !noasm

package eigen

import "golang.org/x/sys/cpu"

// haveRotate16 reports whether rotate16 runs in assembly (AVX2 and FMA).
var haveRotate16 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// rotate16 applies the nrots rotations at rots, in order, to the 16
// interleaved rows of t: t[i·16+r] is row r's element in column i.
//
//go:noescape
func rotate16(rots *rotation, nrots int, t *float64)
