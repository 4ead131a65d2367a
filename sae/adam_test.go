package sae

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAdamUpdateSameBits checks adamUpdate, with and without the
// assembly, against Adam's update written out as Train computed it before
// the assembly (each line one expression), to the bit: on every length up
// to 37 (so every split between the vectors and the scalar tail), with
// gradients from 1e-300 to 1e300 in size, zeros among them, and the bias
// corrections of the first step and of a late one.
func TestAdamUpdateSameBits(t *testing.T) {
	saved := useAdamAVX
	defer func() { useAdamAVX = saved }()
	rnd := rand.New(rand.NewPCG(41, 42))
	draw := func(n int, scale float64) []float64 {
		s := make([]float64, n)
		for i := range s {
			switch rnd.IntN(8) {
			case 0:
				s[i] = 0
			case 1:
				s[i] = scale * math.Pow(10, float64(rnd.IntN(601)-300)) * (rnd.Float64() - 0.5)
			default:
				s[i] = scale * rnd.NormFloat64()
			}
		}
		return s
	}
	for _, c := range []adamConsts{
		newAdamConsts(0.9, 0.999, 0.9, 0.999, 1e-3, 1e-8),
		newAdamConsts(0.9, 0.999, math.Pow(0.9, 57), math.Pow(0.999, 57), 0.05, 1e-8),
		newAdamConsts(0.5, 0.75, 0.125, 0.421875, 3, 0),
	} {
		for n := range 38 {
			x0, g := draw(n, 1), draw(n, 1)
			v0, s0 := draw(n, 0.1), draw(n, 0.01)
			for i := range s0 {
				s0[i] = math.Abs(s0[i])
			}
			want, wv, ws := slices.Clone(x0), slices.Clone(v0), slices.Clone(s0)
			b1, b2 := c.b1, c.b2
			for i, gi := range g {
				wv[i] = b1*wv[i] + (1-b1)*gi
				ws[i] = b2*ws[i] + (1-b2)*gi*gi
				mhat := wv[i] / c.c1
				shat := ws[i] / c.c2
				want[i] -= c.step * mhat / (math.Sqrt(shat) + c.eps)
			}
			for _, asm := range []bool{saved, false} {
				useAdamAVX = asm
				x, v, s2 := slices.Clone(x0), slices.Clone(v0), slices.Clone(s0)
				adamUpdate(x, g, v, s2, &c)
				for i := range n {
					if math.Float64bits(x[i]) != math.Float64bits(want[i]) || math.Float64bits(v[i]) != math.Float64bits(wv[i]) ||
						math.Float64bits(s2[i]) != math.Float64bits(ws[i]) {
						t.Fatalf("assembly %v, n = %d, element %d (g = %v): x, v, s2 = %v, %v, %v, want %v, %v, %v",
							asm, n, i, g[i], x[i], v[i], s2[i], want[i], wv[i], ws[i])
					}
				}
			}
		}
	}
}
