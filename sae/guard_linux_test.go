//go:build linux && amd64 && !noasm

package sae

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/linae/linae/internal/guard"
)

// TestElementwiseInBounds runs the output layer's passes (outputDelta,
// sigmoidDelta), the hidden deltas (derivMul) and the column sums
// (addColSums) on every path with each operand, the bias tile included,
// ending where an inaccessible page begins: a loop that reads or writes
// past an operand's last element faults. The lengths leave every tail
// after the assembly's 32-element steps, the tiles every offset kind and
// the column counts every split into groups of 16 and 4 columns and the
// last ones; the results must be the bits of the same calls on ordinary
// slices.
func TestElementwiseInBounds(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	fill := func(s []float64) []float64 {
		for i := range s {
			s[i] = rnd.Float64()
		}
		return s
	}
	// at returns a copy of s ending at an inaccessible page.
	at := func(t testing.TB, s []float64) []float64 {
		g := guard.Floats(t, len(s))
		copy(g, s)
		return g
	}
	same := func(a, b []float64) bool {
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
				return false
			}
		}
		return len(a) == len(b)
	}
	sigmoidPaths(t, func(t testing.TB, path string) {
		for _, n := range []int{32, 33, 63, 64, 96, 992, 1000} {
			a, x, d := fill(make([]float64, n)), fill(make([]float64, n)), fill(make([]float64, n))
			want := slices.Clone(a)
			wantSSE := outputDelta(want, x)
			got := at(t, a)
			if sse := outputDelta(got, at(t, x)); !same(got, want) || sse != wantSSE {
				t.Fatalf("%s, outputDelta, n = %d: not the bits of ordinary slices", path, n)
			}
			for _, cols := range []int{7, 25, 64, 65} {
				var tl tile
				tl.set(fill(make([]float64, cols)))
				gt := tile{v: at(t, tl.v), period: tl.period}
				for _, off := range []int{0, 3, cols - 1} {
					want := slices.Clone(d)
					derivMul(want, a, tl, off)
					got := at(t, d)
					if derivMul(got, at(t, a), gt, off); !same(got, want) {
						t.Fatalf("%s, derivMul, n = %d, tile of %d from %d: not the bits of ordinary slices", path, n, cols, off)
					}
					want = slices.Clone(a)
					wantSSE := sigmoidDelta(want, x, tl, off)
					got = at(t, a)
					if sse := sigmoidDelta(got, at(t, x), gt, off); !same(got, want) || sse != wantSSE {
						t.Fatalf("%s, sigmoidDelta, n = %d, tile of %d from %d: not the bits of ordinary slices", path, n, cols, off)
					}
				}
			}
		}
		for _, cols := range []int{1, 3, 4, 5, 8, 12, 16, 17, 20, 24, 25, 28, 32, 33, 64, 70} {
			for _, rows := range []int{0, 1, 2, 7} {
				dst, src := fill(make([]float64, cols)), fill(make([]float64, rows*cols))
				want := slices.Clone(dst)
				addColSums(want, src)
				got := at(t, dst)
				if addColSums(got, at(t, src)); !same(got, want) {
					t.Fatalf("%s, addColSums, %d rows of %d: not the bits of ordinary slices", path, rows, cols)
				}
			}
		}
	})
}
