//go:build linux && amd64 && !noasm

package gemm

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/linae/linae/internal/guard"
)

// TestSmallPathsInBounds runs the outer-product, 25-column and short-k
// paths on operands of exactly the length their shapes need, each ending
// at an inaccessible page, with tight and padded strides, on one and two
// goroutines: a kernel that reads or writes past an operand's last element
// faults. The results are checked against the definition, and the padding
// between C's rows must not be written.
func TestSmallPathsInBounds(t *testing.T) {
	forEachKernelPath(t, testSmallPathsInBounds)
}

func testSmallPathsInBounds(t *testing.T) {
	type shape struct {
		transA, transB bool
		m, n, k        int
	}
	var shapes []shape
	for _, m := range []int{5, 11, 25, 48} {
		for _, n := range []int{13, 32, 33, 70} {
			for _, k := range []int{1, 9, 512} {
				shapes = append(shapes, shape{true, false, m, n, k})
			}
		}
	}
	for _, m := range []int{1, 5, 6, 13, 515} {
		for _, tB := range []bool{false, true} {
			shapes = append(shapes, shape{false, tB, m, 25, 8}, shape{false, tB, m, 25, 64})
			shapes = append(shapes, shape{false, tB, m, 8, 3}, shape{false, tB, m, 32, 3}, shape{false, tB, m, 128, 64})
		}
	}
	rnd := rand.New(rand.NewPCG(9, 10))
	for _, s := range shapes {
		for _, pad := range []int{0, 3} {
			m, n, k := s.m, s.n, s.k
			ar, ac := m, k
			if s.transA {
				ar, ac = k, m
			}
			br, bc := k, n
			if s.transB {
				br, bc = n, k
			}
			lda, ldb, ldc := ac+pad, bc+pad, n+pad
			a, b := guard.Floats(t, (ar-1)*lda+ac), guard.Floats(t, (br-1)*ldb+bc)
			for i := range a {
				a[i] = rnd.NormFloat64()
			}
			for i := range b {
				b[i] = rnd.NormFloat64()
			}
			c0 := randSlice(rnd, (m-1)*ldc+n)
			for _, beta := range []float64{0, 1.5} {
				want := append([]float64(nil), c0...)
				naive(s.transA, s.transB, m, n, k, 0.3, a, lda, b, ldb, beta, want, ldc)
				for _, workers := range []int{1, 2} {
					c := guard.Floats(t, len(c0))
					copy(c, c0)
					productWith(workers, full, s.transA, s.transB, m, n, k, 0.3, a, lda, b, ldb, beta, c, ldc)
					for i, w := range want {
						if i%ldc >= n {
							if c[i] != c0[i] {
								t.Fatalf("%+v pad %d: padding C[%d,%d] written", s, pad, i/ldc, i%ldc)
							}
							continue
						}
						if math.Abs(c[i]-w) > 1e-13*(1+math.Abs(w))*math.Sqrt(float64(k)) {
							t.Fatalf("%+v pad %d beta %g workers %d: C[%d,%d] = %v, want %v", s, pad, beta, workers, i/ldc, i%ldc, c[i], w)
						}
					}
				}
			}
		}
	}
}
