package sae

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAdamUpdateSameBits checks adamUpdate, with and without the
// assembly, against Adam's update written out as Train computed it before
// the assembly in the default amd64 build, without fused multiply-adds
// (the conversions), to the bit: on every length up to 37 (so every split
// between the vectors and the scalar tail), with gradients from 1e-300 to
// 1e300 in size, zeros among them, and the bias corrections of the first
// step and of a late one.
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
	for _, p := range []struct{ b1, b2, b1t, b2t, step, eps float64 }{
		{0.9, 0.999, 0.9, 0.999, 1e-3, 1e-8},
		{0.9, 0.999, math.Pow(0.9, 57), math.Pow(0.999, 57), 0.05, 1e-8},
		{0.5, 0.75, 0.125, 0.421875, 3, 0},
	} {
		c := newAdamConsts(p.b1, p.b2, p.b1t, p.b2t, p.step, p.eps)
		for n := range 38 {
			x0, g := draw(n, 1), draw(n, 1)
			v0, s0 := draw(n, 0.1), draw(n, 0.01)
			for i := range s0 {
				s0[i] = math.Abs(s0[i])
			}
			want, wv, ws := slices.Clone(x0), slices.Clone(v0), slices.Clone(s0)
			b1, b2 := p.b1, p.b2
			for i, gi := range g {
				wv[i] = float64(b1*wv[i]) + float64((1-b1)*gi)
				ws[i] = float64(b2*ws[i]) + float64(float64((1-b2)*gi)*gi)
				mhat := wv[i] / (1 - p.b1t)
				shat := ws[i] / (1 - p.b2t)
				want[i] -= float64(p.step*mhat) / (math.Sqrt(shat) + p.eps)
			}
			for _, asm := range []bool{saved, false} {
				useAdamAVX = asm
				x, v, s2 := slices.Clone(x0), slices.Clone(v0), slices.Clone(s0)
				adamUpdate(x, g, v, s2, &c)
				for i := range n {
					if math.Float64bits(x[i]) != math.Float64bits(want[i]) || math.Float64bits(v[i]) != math.Float64bits(wv[i]) ||
						math.Float64bits(s2[i]) != math.Float64bits(ws[i]) {
						t.Fatalf("assembly %v, n = %d, element %d (g = %v): x, v, s2 = %v, %v, %v, want %v, %v, %v",
							asm && i < n&^3, n, i, g[i], x[i], v[i], s2[i], want[i], wv[i], ws[i])
					}
				}
			}
		}
	}
}

// TestAdamUpdateLengths checks that adamUpdate panics, rather than letting
// the assembly run past a slice, when the slices' lengths differ.
func TestAdamUpdateLengths(t *testing.T) {
	c := newAdamConsts(0.9, 0.999, 0.9, 0.999, 1e-3, 1e-8)
	long, short := make([]float64, 8), make([]float64, 4)
	for _, s := range [][4][]float64{{short, long, long, long}, {long, long, short, long}, {long, long, long, short}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Error("no panic for slices of different lengths")
				}
			}()
			adamUpdate(s[0], s[1], s[2], s[3], &c)
		}()
	}
}
