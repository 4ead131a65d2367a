package sae

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// gonumOrderDirection is gonum's L-BFGS direction (optimize.LBFGS's
// InitDirection and NextDirection) over the stored pairs only, with gonum's
// kernels in gonum's order: the reference lbfgsDirection is checked
// against, and with which lbfgsMethod's iterates are gonum's to the bit.
type gonumOrderDirection struct {
	lbfgsDirection // its fields and InitDirection
}

func (l *gonumOrderDirection) NextDirection(loc *optimize.Location, dir []float64) float64 {
	s, y := l.storePair(loc, dir)
	sDotY := floats.Dot(s, y)
	l.rho[l.oldest] = 1 / sDotY
	l.oldest = (l.oldest + 1) % lbfgsStore

	// Newest pair first. Before the ring is full, oldest = stored and the
	// pairs are 0 … stored−1.
	for i := range l.stored {
		idx := (l.oldest - i - 1 + lbfgsStore) % lbfgsStore
		l.a[idx] = l.rho[idx] * floats.Dot(l.s[idx], dir)
		floats.AddScaled(dir, -l.a[idx], l.y[idx])
	}
	gamma := sDotY / floats.Dot(y, y)
	floats.Scale(gamma, dir)
	if l.stored < lbfgsStore && !allFinite(dir) {
		// gonum's passes over the pairs not yet stored, the first loop's
		// last and the second's first, make a direction that is not finite
		// here all NaN: 0·Inf and 0·NaN are NaN.
		for i := range dir {
			dir[i] = math.NaN()
		}
	}
	// Oldest pair first.
	for i := lbfgsStore - l.stored; i < lbfgsStore; i++ {
		idx := (i + l.oldest) % lbfgsStore
		beta := l.rho[idx] * floats.Dot(l.y[idx], dir)
		floats.AddScaled(dir, l.a[idx]-beta, l.s[idx])
	}
	floats.Scale(-1, dir)
	return 1
}
