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

// sigmoidAddTile replaces v[j] by f(v[j] + t.v[(off + j) mod t.period]) for
// every j, to the bits of sigmoidAdd with that bias.
func sigmoidAddTile(v []float64, t tile, off int) {
	off %= t.period
	for j, z := range v {
		v[j] = sigmoid(z + t.v[(off+j)%t.period])
	}
}

// outputDeltaAsm, derivMulAsm and addColSumsAsm leave all the work to the
// loops of outputDelta, derivMul and addColSums: there is no assembly here.
func outputDeltaAsm(a, x []float64, acc *[32]float64) int { return 0 }

func derivMulAsm(d, a []float64, t tile, off int) int { return 0 }

func addColSumsAsm(dst, src []float64) bool { return false }
