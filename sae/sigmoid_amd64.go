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

// sigmoidAdd stores f(src[j] + bias[j]) in dst[j] for every j, f the
// logistic sigmoid; dst may be src but must not otherwise overlap it. It
// panics if the lengths differ.
//
// With AVX2 and FMA, four elements per vector go through sigmoidAddAVX2,
// within 2 ulp of sigmoid; the last len%4 use sigmoid.
func sigmoidAdd(dst, src, bias []float64) {
	n := len(dst)
	if len(src) != n || len(bias) != n {
		panic(mat.ErrShape)
	}
	j := 0
	if useSigmoidAVX2 && n >= 4 {
		j = n &^ 3
		sigmoidAddAVX2(&dst[0], &src[0], &bias[0], j)
	}
	for ; j < n; j++ {
		dst[j] = sigmoid(src[j] + bias[j])
	}
}

// sigmoidAddAVX2 is sigmoidAdd on the first n elements, n a multiple of 4.
//
//go:noescape
func sigmoidAddAVX2(dst, src, bias *float64, n int)
