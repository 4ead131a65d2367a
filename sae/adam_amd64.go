//go:build amd64 && !noasm

package sae

import "golang.org/x/sys/cpu"

// useAdamAVX reports whether adamUpdate runs four elements a vector in
// assembly (adamAVX, which needs AVX); a variable so that the tests check
// the scalar loop on such machines too.
var useAdamAVX = cpu.X86.HasAVX

// adamAVX is adamScalar on the first n elements, n a multiple of 4, four
// at a time and to the same bits.
//
//go:noescape
func adamAVX(x, grad, v, s2 *float64, n int, c *adamConsts)

// adamUpdate is adamScalar, its elements up to the last multiple of four
// in assembly where the processor has AVX: an element's three divisions
// and square root are a large part of an Adam step on small minibatches
// (bench/NOTES.md, stop 35). It panics if x, v or s2 is not as long as g.
func adamUpdate(x, g, v, s2 []float64, c *adamConsts) {
	checkAdamLengths(x, g, v, s2)
	n := 0
	if useAdamAVX {
		n = len(g) &^ 3
		if n > 0 {
			adamAVX(&x[0], &g[0], &v[0], &s2[0], n, c)
		}
	}
	adamScalar(x[n:], g[n:], v[n:], s2[n:], c)
}
