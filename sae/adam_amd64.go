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

// adamVectors updates the elements up to the last multiple of four with
// adamAVX where the processor has AVX and returns how many it updated: an
// element's three divisions and square root are a large part of an Adam
// step on small minibatches (bench/NOTES.md, stop 35). The slices are as
// long as g.
func adamVectors(x, g, v, s2 []float64, c *adamConsts) int {
	n := len(g) &^ 3
	if !useAdamAVX || n == 0 {
		return 0
	}
	adamAVX(&x[0], &g[0], &v[0], &s2[0], n, c)
	return n
}
