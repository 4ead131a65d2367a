package sae

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas/blas64"

	"github.com/linae/linae/backend"
)

// naiveScatter returns XcᵀXc (n×n, row-major) by its definition, with
// Xc = X − 1·meanᵀ.
func naiveScatter(x blas64.General, mean []float64) []float64 {
	n := x.Cols
	s := make([]float64, n*n)
	for i := range x.Rows {
		row := x.Data[i*x.Stride : i*x.Stride+n]
		for a := range n {
			for b := range n {
				s[a*n+b] += (row[a] - mean[a]) * (row[b] - mean[b])
			}
		}
	}
	return s
}

// TestCentredScatterZeroColumns checks the scatter matrix of data with
// columns that are zero throughout (taken over the other columns, then
// spread out) against the definition and against the product over all the
// columns (bit for bit with package gemm); and that a column which only looks zero (its
// elements ±1e-170: a zero sum and squares that underflow) falls back to
// the product over all the columns, keeping its cross terms.
func TestCentredScatterZeroColumns(t *testing.T) {
	const m, n = 5000, 100
	rnd := rand.New(rand.NewPCG(5, 5))
	x := blas64.General{Rows: m, Cols: n, Stride: n + 1, Data: make([]float64, m*(n+1))}
	zero := map[int]bool{0: true, 1: true, 17: true, 50: true, 98: true, 99: true}
	for i := range m {
		for j := range n {
			if !zero[j] {
				x.Data[i*x.Stride+j] = rnd.Float64() + 0.5
			}
		}
		x.Data[i*x.Stride+n] = math.NaN() // padding, never read
	}
	// The Linae backend's gemm sums each element in the same order whatever the
	// matrix's order, so the values are the same to the bit; OpenBLAS
	// blocks differently.
	exact := backend.Installed() == backend.Linae
	check := func(name string) {
		t.Helper()
		mean, sumsq := columnStats(x)
		s := blas64.General{Rows: n, Cols: n, Stride: n, Data: make([]float64, n*n)}
		centredScatterUpper(x, mean, sumsq, s)
		all := make([]int, n)
		for j := range all {
			all[j] = j
		}
		full := blas64.General{Rows: n, Cols: n, Stride: n, Data: make([]float64, n*n)}
		centredBlocksScatter(x, mean, all, full)
		want := naiveScatter(x, mean)
		for a := range n {
			for b := a; b < n; b++ {
				got := s.Data[a*n+b]
				if d := math.Abs(got - full.Data[a*n+b]); exact && d != 0 || d > 1e-14*math.Sqrt(want[a*n+a]*want[b*n+b]) {
					t.Fatalf("%s: S[%d,%d] = %v, over all the columns %v", name, a, b, got, full.Data[a*n+b])
				}
				if math.Abs(got-want[a*n+b]) > 1e-11*(math.Sqrt(want[a*n+a]*want[b*n+b])+math.Abs(want[a*n+b])) {
					t.Fatalf("%s: S[%d,%d] = %v, want %v", name, a, b, got, want[a*n+b])
				}
				if zero[a] && got != 0 {
					t.Fatalf("%s: S[%d,%d] = %v for a zero column", name, a, b, got)
				}
			}
		}
	}
	check("zero columns")
	// Column 17 now looks zero to the column statistics but is not.
	for i := range m {
		x.Data[i*x.Stride+17] = 1e-170 * float64(1-2*(i%2))
	}
	if mean, sumsq := columnStats(x); mean[17] != 0 || sumsq[17] != 0 {
		t.Fatalf("column 17: mean %v, sum of squares %v, want both 0", mean[17], sumsq[17])
	}
	zero[17] = false
	check("tiny column")
}
