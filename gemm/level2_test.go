package gemm

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestDsymv compares Implementation.Dsymv with gonum's on both triangles,
// odd and even orders and the special betas (NaN in y with beta = 0).
func TestDsymv(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 11))
	for _, n := range []int{256, 301, 600} {
		for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
			for _, beta := range []float64{0, 1, -0.5} {
				lda := n + 2
				a := randSlice(rnd, n*lda)
				x := randSlice(rnd, n)
				y := randSlice(rnd, n)
				if beta == 0 {
					for i := range y {
						y[i] = math.NaN()
					}
				}
				want := append([]float64(nil), y...)
				gonum.Implementation{}.Dsymv(ul, n, 1.3, a, lda, x, 1, beta, want, 1)
				Implementation{}.Dsymv(ul, n, 1.3, a, lda, x, 1, beta, y, 1)
				for i := range y {
					if math.IsNaN(y[i]) || math.Abs(y[i]-want[i]) > 1e-12*math.Sqrt(float64(n)) {
						t.Fatalf("n=%d ul=%v beta=%g: y[%d] = %v, gonum %v", n, ul, beta, i, y[i], want[i])
					}
				}
			}
		}
	}
}

// TestDsyr2k compares Implementation.Dsyr2k with the definition on both
// triangles and transposes; the other triangle must be left alone.
func TestDsyr2k(t *testing.T) {
	if !haveKernel {
		t.Skip("no AVX2/FMA")
	}
	rnd := rand.New(rand.NewPCG(12, 12))
	for _, sh := range [][2]int{{200, 32}, {301, 64}} {
		n, k := sh[0], sh[1]
		for _, tA := range []blas.Transpose{blas.NoTrans, blas.Trans} {
			for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
				for _, beta := range []float64{0, 0.5} {
					rows, cols := n, k
					if tA == blas.Trans {
						rows, cols = k, n
					}
					lda, ldb := cols+1, cols+3
					a, b := randSlice(rnd, rows*lda), randSlice(rnd, rows*ldb)
					ldc := n + 1
					c := randSlice(rnd, n*ldc)
					if beta == 0 {
						for i := range c {
							c[i] = math.NaN()
						}
					}
					orig := append([]float64(nil), c...)
					ab := make([]float64, n*n)
					ba := make([]float64, n*n)
					tr := tA == blas.Trans
					naive(tr, !tr, n, n, k, 1, a, lda, b, ldb, 0, ab, n)
					naive(tr, !tr, n, n, k, 1, b, ldb, a, lda, 0, ba, n)
					Implementation{}.Dsyr2k(ul, tA, n, k, 0.7, a, lda, b, ldb, beta, c, ldc)
					for i := range n {
						for j := range n {
							in := ul == blas.Upper && j >= i || ul == blas.Lower && j <= i
							got := c[i*ldc+j]
							if !in {
								if !(got == orig[i*ldc+j] || math.IsNaN(got) && math.IsNaN(orig[i*ldc+j])) {
									t.Fatalf("C[%d,%d] outside the triangle changed", i, j)
								}
								continue
							}
							want := 0.7 * (ab[i*n+j] + ba[i*n+j])
							if beta != 0 {
								want += beta * orig[i*ldc+j]
							}
							if math.IsNaN(got) || math.Abs(got-want) > 1e-12*(math.Abs(want)+math.Sqrt(float64(k))) {
								t.Fatalf("n=%d k=%d trans=%v ul=%v beta=%g: C[%d,%d] = %v, want %v", n, k, tr, ul, beta, i, j, got, want)
							}
						}
					}
				}
			}
		}
	}
}
