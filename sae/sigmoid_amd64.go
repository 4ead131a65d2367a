//go:build amd64 && !noasm

package sae

import (
	"golang.org/x/sys/cpu"
	"gonum.org/v1/gonum/mat"
)

// useSigmoidAVX2 reports whether sigmoidAdd runs in assembly, which needs
// AVX2 and FMA. A variable so that the tests can time and check the scalar
// path on such machines too.
var useSigmoidAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// useSigmoidAVX512 reports whether the assembly runs eight lanes at a time
// (sigmoidAddAVX512, AVX-512F and DQ) rather than four; a variable for the
// tests, as useSigmoidAVX2.
var useSigmoidAVX512 = useSigmoidAVX2 && cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// sigmoidAdd stores f(src[j] + bias[j]) in dst[j] for every j, f the
// logistic sigmoid; dst may be src but must not otherwise overlap it. It
// panics if the lengths differ.
//
// With AVX2 and FMA, four elements per vector go through sigmoidAddAVX2,
// within 2 ulp of sigmoid; the last len%4 use sigmoid. With AVX-512 the
// elements up to the last multiple of eight go through sigmoidAddAVX512,
// which gives the same bits eight at a time, and four more, if there are,
// through sigmoidAddAVX2: which elements use sigmoid, and so the result,
// does not depend on the path.
func sigmoidAdd(dst, src, bias []float64) {
	n := len(dst)
	if len(src) != n || len(bias) != n {
		panic(mat.ErrShape)
	}
	j := 0
	if useSigmoidAVX2 && n >= 4 {
		j = n &^ 3
		j8 := 0
		if useSigmoidAVX512 && n >= 8 {
			j8 = n &^ 7
			sigmoidAddAVX512(&dst[0], &src[0], &bias[0], j8)
		}
		if j > j8 {
			sigmoidAddAVX2(&dst[j8], &src[j8], &bias[j8], j-j8)
		}
	}
	for ; j < n; j++ {
		dst[j] = sigmoid(src[j] + bias[j])
	}
}

// sigmoidAddAVX2 is sigmoidAdd on the first n elements, n a multiple of 4.
//
//go:noescape
func sigmoidAddAVX2(dst, src, bias *float64, n int)

// sigmoidAddAVX512 is sigmoidAdd on the first n elements, n a multiple of
// 8, with sigmoidAddAVX2's operations on eight lanes.
//
//go:noescape
func sigmoidAddAVX512(dst, src, bias *float64, n int)
