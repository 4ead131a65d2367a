//go:build !amd64 || noasm

package sae

// useSigmoidAVX2 is false: there is no assembly sigmoid on this
// architecture. A variable, as on amd64, so that the tests build here too.
var useSigmoidAVX2 = false

// useSigmoidAVX512 is false likewise.
var useSigmoidAVX512 = false

// sigmoidRun stores f(src[j] + bias[(off + j) mod period]) in dst[j] for
// every j, f the logistic sigmoid; dst may be src but must not otherwise
// overlap it.
func sigmoidRun(dst, src, bias []float64, off, period int) {
	b := off % period // bias[b] is element j's
	for j := range dst {
		dst[j] = sigmoid(src[j] + bias[b])
		if b++; b == period {
			b = 0
		}
	}
}

// outputDeltaAsm, sigmoidDeltaAsm, derivMulAsm and addColSumsAsm leave all
// the work to the loops of outputDelta, sigmoidDelta, derivMul and
// addColSums: there is no assembly here.
func outputDeltaAsm(a, x []float64, acc *[32]float64) int { return 0 }

func sigmoidDeltaAsm(a, x []float64, t tile, off int, acc *[32]float64) int { return 0 }

func derivMulAsm(d, a []float64, t tile, off int) int { return 0 }

func addColSumsAsm(dst, src []float64) int { return 0 }
