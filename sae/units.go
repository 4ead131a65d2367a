package sae

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// ActivationSpread returns the standard deviation over the rows of X of
// each hidden unit's activation f(W1 x + b1)_j (divisor m): how much unit j
// responds to the data at all. A unit whose spread is a small fraction of
// the others' is switched off: its activation is nearly the same for every
// input, so it carries almost no information about the input whatever its
// mean ρ̂_j. The result is stored in dst, which is allocated when nil and
// must otherwise have length p; X must have n columns (it panics otherwise,
// as Encode does).
func (a *SigmoidAE) ActivationSpread(dst []float64, X mat.Matrix) []float64 {
	p, _ := a.W1.Dims()
	if dst == nil {
		dst = make([]float64, p)
	}
	if len(dst) != p {
		panic(mat.ErrShape)
	}
	var h mat.Dense
	a.Encode(&h, X)
	raw := h.RawMatrix()
	mean := make([]float64, p)
	for i := 0; i < raw.Rows; i++ {
		for j, v := range raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols] {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(raw.Rows)
		dst[j] = 0
	}
	for i := 0; i < raw.Rows; i++ {
		for j, v := range raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols] {
			d := v - mean[j]
			dst[j] += d * d
		}
	}
	for j := range dst {
		dst[j] = math.Sqrt(dst[j] / float64(raw.Rows))
	}
	return dst
}

// RowNorms returns the Euclidean norm of every row of W, for instance the
// size of each hidden unit's filter (a row of W1). The result is stored in
// dst, which is allocated when nil and must otherwise have one entry per
// row (it panics otherwise).
func RowNorms(dst []float64, W mat.Matrix) []float64 {
	r, c := W.Dims()
	if dst == nil {
		dst = make([]float64, r)
	}
	if len(dst) != r {
		panic(mat.ErrShape)
	}
	for i := range r {
		var s float64
		for j := range c {
			v := W.At(i, j)
			s += v * v
		}
		dst[i] = math.Sqrt(s)
	}
	return dst
}

// Localisation returns the share of a filter's energy (sum of squared
// weights) that falls in its best win×win window: 1 for a filter confined
// to such a window, and win²/(rows·cols) on average for white noise, about
// 0.25 for a 4×4 window of an 8×8 patch. It measures how localised a
// filter is, as UFLDL's edge detectors are and patch-wide gratings are not.
// w holds the filter row-major, rows×cols.
//
// It returns an error if rows, cols or win is below 1, win exceeds rows or
// cols, len(w) ≠ rows·cols, w holds a NaN or infinite value, or w is all
// zero.
func Localisation(w []float64, rows, cols, win int) (float64, error) {
	if rows < 1 || cols < 1 || win < 1 || win > rows || win > cols {
		return 0, fmt.Errorf("sae: Localisation: a %d×%d window in a %d×%d filter", win, win, rows, cols)
	}
	if len(w) != rows*cols {
		return 0, fmt.Errorf("sae: Localisation: %d weights for a %d×%d filter", len(w), rows, cols)
	}
	var total float64
	for i, v := range w {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, fmt.Errorf("sae: Localisation: weight %d is %v", i, v)
		}
		total += v * v
	}
	if total == 0 {
		return 0, fmt.Errorf("sae: Localisation: the filter is all zero")
	}
	var best float64
	for r0 := 0; r0+win <= rows; r0++ {
		for c0 := 0; c0+win <= cols; c0++ {
			var s float64
			for r := r0; r < r0+win; r++ {
				for c := c0; c < c0+win; c++ {
					s += w[r*cols+c] * w[r*cols+c]
				}
			}
			best = math.Max(best, s)
		}
	}
	return best / total, nil
}
