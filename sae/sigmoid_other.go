//go:build !amd64 || noasm

package sae

import "gonum.org/v1/gonum/mat"

// useSigmoidAVX2 is false: there is no assembly sigmoid on this
// architecture. A variable, as on amd64, so that the tests build here too.
var useSigmoidAVX2 = false

// useSigmoidAVX512 is false likewise.
var useSigmoidAVX512 = false

// sigmoidAdd stores f(src[j] + bias[j]) in dst[j] for every j, f the
// logistic sigmoid; dst may be src but must not otherwise overlap it. It
// panics if the lengths differ.
func sigmoidAdd(dst, src, bias []float64) {
	n := len(dst)
	if len(src) != n || len(bias) != n {
		panic(mat.ErrShape)
	}
	for j := range dst {
		dst[j] = sigmoid(src[j] + bias[j])
	}
}

// sigmoidInPlace replaces v[j] by f(v[j]) for every j, to the bits of
// sigmoidAdd(v, v, zeros).
func sigmoidInPlace(v []float64) {
	for j, z := range v {
		v[j] = sigmoid(z)
	}
}

// outputDeltaAsm, derivMulAsm and addColSumsAsm leave all the work to the
// loops of outputDelta, derivMul and addColSums: there is no assembly here.
func outputDeltaAsm(a, x []float64, acc *[32]float64) int { return 0 }

func derivMulAsm(d, a []float64) int { return 0 }

func addColSumsAsm(dst, src []float64) bool { return false }
