// Package numeric holds the elementwise helpers that the science packages
// (sae, data, plotting) share: finiteness checks, adding a vector to every
// row of a matrix (centring and its inverse) and sign normalisation. It
// imports only gonum, so that each of them can use it without an import
// cycle, and it is internal so that it adds nothing to their public API.
package numeric

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// IsFinite reports whether v is neither NaN nor infinite.
func IsFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// NonFinite returns the row and column of the first NaN or infinite
// element of x, row by row, and found = false when every element is finite.
func NonFinite(x blas64.General) (i, j int, found bool) {
	for i = 0; i < x.Rows; i++ {
		row := x.Data[i*x.Stride : i*x.Stride+x.Cols]
		if allFinite(row) {
			continue
		}
		for j, v := range row {
			if !IsFinite(v) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// allFinite reports whether every element of s is finite, without a branch
// an element: v − v is 0 for a finite v and NaN for an infinite or NaN one,
// and a sum that has taken a NaN stays NaN. Four sums, so that each
// addition need not wait for the one before.
func allFinite(s []float64) bool {
	var a0, a1, a2, a3 float64
	for len(s) >= 4 {
		a0 += s[0] - s[0]
		a1 += s[1] - s[1]
		a2 += s[2] - s[2]
		a3 += s[3] - s[3]
		s = s[4:]
	}
	for _, v := range s {
		a0 += v - v
	}
	return a0+a1+a2+a3 == 0
}

// NonFiniteIndex returns the index of the first NaN or infinite element of
// v, or −1 when every element is finite.
func NonFiniteIndex(v []float64) int {
	if _, j, found := NonFinite(blas64.General{Rows: 1, Cols: len(v), Stride: len(v), Data: v}); found {
		return j
	}
	return -1
}

// CheckFinite returns an error "who: name[i,j] is v" naming the first NaN
// or infinite element of g, or nil when every element is finite.
func CheckFinite(g blas64.General, who, name string) error {
	if i, j, found := NonFinite(g); found {
		return fmt.Errorf("%s: %s[%d,%d] is %v", who, name, i, j, g.Data[i*g.Stride+j])
	}
	return nil
}

// Raw returns X's elements: those of X itself when X is a *mat.Dense, of a
// copy otherwise.
func Raw(X mat.Matrix) blas64.General {
	xd, ok := X.(*mat.Dense)
	if !ok {
		xd = mat.DenseCopyOf(X)
	}
	return xd.RawMatrix()
}

// AddToRows adds alpha·v to every row of x in place: alpha = −1 subtracts
// column means (centring), alpha = 1 puts them back. With alpha = ±1 the
// product is exact, so x_ij + alpha·v_j is rounded once, exactly as
// x_ij ± v_j. It panics if len(v) != x.Cols.
func AddToRows(x blas64.General, v []float64, alpha float64) {
	if len(v) != x.Cols {
		panic(mat.ErrShape)
	}
	for i := 0; i < x.Rows; i++ {
		row := x.Data[i*x.Stride : i*x.Stride+x.Cols]
		for j := range row {
			row[j] += alpha * v[j]
		}
	}
}

// FixSign negates v if its element of largest absolute value (the first
// such element on a tie) is negative, the convention that makes
// eigenvectors and principal directions from different methods comparable
// element by element.
func FixSign(v []float64) {
	best := 0
	for j, x := range v {
		if math.Abs(x) > math.Abs(v[best]) {
			best = j
		}
	}
	if len(v) > 0 && v[best] < 0 {
		for j := range v {
			v[j] = -v[j]
		}
	}
}
