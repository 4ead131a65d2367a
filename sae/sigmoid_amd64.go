//go:build amd64 && !noasm

package sae

import "golang.org/x/sys/cpu"

// useSigmoidAVX2 reports whether sigmoidRun and the sparse loss's other
// elementwise loops (outputDelta, derivMul, addColSums) run in assembly,
// which needs AVX2 and FMA. A variable so that the tests can time and check
// the scalar path on such machines too.
var useSigmoidAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// useSigmoidAVX512 reports whether the assembly runs eight lanes at a time
// (sigmoidAddAVX512, AVX-512F and DQ) rather than four; a variable for the
// tests, as useSigmoidAVX2.
var useSigmoidAVX512 = useSigmoidAVX2 && cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// sigmoidRun stores f(src[j] + bias[(off + j) mod period]) in dst[j] for
// every j, f the logistic sigmoid: bias holds period + tileAhead elements
// (a tile) or off mod period + len(dst) ≤ period; dst may be src but must
// not otherwise overlap it.
//
// With AVX2 and FMA, four elements per vector go through sigmoidAddAVX2
// (a Padé approximant of exp, in sigmoid_amd64.s), within 2 ulp of the
// correctly rounded sigmoid wherever measured (TestSigmoidAddExact), as
// sigmoid is; the last len%4 use sigmoid.
// With AVX-512 the elements up to the last multiple of eight go through
// sigmoidAddAVX512, which gives the same bits eight at a time, and four
// more, if there are, through sigmoidAddAVX2: which elements use sigmoid,
// and so the result, does not depend on the path.
func sigmoidRun(dst, src, bias []float64, off, period int) {
	off %= period // the assembly starts its reads at bias[off]
	n := len(dst)
	j := 0
	if useSigmoidAVX2 && n >= 4 {
		j = n &^ 3
		j8 := 0
		if useSigmoidAVX512 && n >= 8 {
			j8 = n &^ 7
			sigmoidAddAVX512(&dst[0], &src[0], &bias[0], j8, off, period)
		}
		if j > j8 {
			sigmoidAddAVX2(&dst[j8], &src[j8], &bias[0], j-j8, (off+j8)%period, period)
		}
	}
	for ; j < n; j++ {
		dst[j] = sigmoid(src[j] + bias[(off+j)%period])
	}
}

// sigmoidAddAVX2 is sigmoidRun on the first n elements, n a multiple of 4.
//
//go:noescape
func sigmoidAddAVX2(dst, src, bias *float64, n, off, period int)

// sigmoidAddAVX512 is sigmoidAddAVX2 on the first n elements, n a multiple
// of 8, with its operations on eight lanes.
//
//go:noescape
func sigmoidAddAVX512(dst, src, bias *float64, n, off, period int)

// outputDeltaAsm runs outputDelta's loop on the longest prefix of a that
// the assembly takes, a multiple of 32 elements (none without AVX2 and
// FMA), and returns its length.
func outputDeltaAsm(a, x []float64, acc *[32]float64) int {
	n := len(a) &^ 31
	switch {
	case !useSigmoidAVX2 || n == 0:
		return 0
	case useSigmoidAVX512:
		outputDeltaAVX512(&a[0], &x[0], n, acc)
	default:
		outputDeltaAVX2(&a[0], &x[0], n, acc)
	}
	return n
}

// derivMulAsm runs derivMul's loop on the longest prefix of d that the
// assembly takes, as outputDeltaAsm, and returns its length. The assembly
// reads t's elements up to tileAhead past the one it starts at: t must
// come from tile.set.
func derivMulAsm(d, a []float64, t tile, off int) int {
	n := len(d) &^ 31
	switch {
	case !useSigmoidAVX2 || n == 0:
		return 0
	case useSigmoidAVX512:
		derivMulAVX512(&d[0], &a[0], &t.v[0], n, off, t.period)
	default:
		derivMulAVX2(&d[0], &a[0], &t.v[0], n, off, t.period)
	}
	return n
}

// sigmoidDeltaAsm runs sigmoidRun on a with t's tile and then
// outputDelta's loop, in one pass, on the longest prefix of a that the
// assembly takes, a multiple of 32 elements with AVX-512 and none without,
// and returns its length.
func sigmoidDeltaAsm(a, x []float64, t tile, off int, acc *[32]float64) int {
	n := len(a) &^ 31
	if !useSigmoidAVX512 || n == 0 {
		return 0
	}
	sigmoidDeltaAVX512(&a[0], &x[0], &t.v[0], n, off%t.period, t.period, acc)
	return n
}

//go:noescape
func sigmoidDeltaAVX512(a, x, bias *float64, n, off, period int, acc *[32]float64)

//go:noescape
func outputDeltaAVX512(a, x *float64, n int, acc *[32]float64)

//go:noescape
func outputDeltaAVX2(a, x *float64, n int, acc *[32]float64)

//go:noescape
func derivMulAVX512(d, a, bias *float64, n, off, period int)

//go:noescape
func derivMulAVX2(d, a, bias *float64, n, off, period int)

// addColSumsAsm runs addColSums on the leading columns the assembly takes,
// all of them with AVX-512 and the largest multiple of four not above
// len(dst) without, and returns how many it summed.
func addColSumsAsm(dst, src []float64) int {
	cols := len(dst)
	switch {
	case !useSigmoidAVX2 || cols == 0:
		return 0
	case useSigmoidAVX512:
		addColSumsAVX512(&dst[0], &src[0], len(src)/cols, cols)
		return cols
	}
	c4 := cols &^ 3
	if c4 > 0 {
		addColSumsAVX2(&dst[0], &src[0], len(src)/cols, c4, cols)
	}
	return c4
}

//go:noescape
func addColSumsAVX512(dst, src *float64, rows, cols int)

//go:noescape
func addColSumsAVX2(dst, src *float64, rows, cols, stride int)
