package gemm

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// TestDsymv compares Implementation.Dsymv with gonum's on both triangles,
// orders below and above the split and around the kernel's width of 8, unit
// and strided vectors (as the reduction to tridiagonal form passes them),
// and the special betas (NaN in y with beta = 0). Elements of y between
// the strided ones must be left alone.
func TestDsymv(t *testing.T) { forEachPath(t, testDsymv) }

func testDsymv(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 11))
	for _, n := range []int{1, 7, 8, 9, 100, 256, 301, 600} {
		for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
			for _, beta := range []float64{0, 1, -0.5} {
				for _, inc := range [][2]int{{1, 1}, {3, 2}} {
					incX, incY := inc[0], inc[1]
					lda := n + 2
					a := randSlice(rnd, n*lda)
					x := randSlice(rnd, (n-1)*incX+1)
					y := randSlice(rnd, (n-1)*incY+1)
					if beta == 0 {
						for i := 0; i < len(y); i += incY {
							y[i] = math.NaN()
						}
					}
					want := append([]float64(nil), y...)
					gonum.Implementation{}.Dsymv(ul, n, 1.3, a, lda, x, incX, beta, want, incY)
					Implementation{}.Dsymv(ul, n, 1.3, a, lda, x, incX, beta, y, incY)
					for i := range y {
						if i%incY != 0 {
							if y[i] != want[i] {
								t.Fatalf("n=%d incY=%d: y[%d] between the strided elements changed", n, incY, i)
							}
							continue
						}
						if math.IsNaN(y[i]) || math.Abs(y[i]-want[i]) > 1e-12*math.Sqrt(float64(n)) {
							t.Fatalf("n=%d ul=%v beta=%g inc=%v: y[%d] = %v, gonum %v", n, ul, beta, inc, i, y[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestDsyr2k compares Implementation.Dsyr2k with the definition on both
// triangles and transposes; the other triangle must be left alone.
func TestDsyr2k(t *testing.T) { forEachPath(t, testDsyr2k) }

func testDsyr2k(t *testing.T) {
	if !haveKernel {
		t.Skip("no micro-kernel here (noasm build, no AVX2/FMA, or not amd64)")
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

// TestRankKPanics checks that Dsyrk and Dsyr2k, which check their
// arguments themselves and hand bad ones to gonum's routines, panic as
// gonum's do, for updates large enough for the blocked path.
func TestRankKPanics(t *testing.T) {
	const n, k = 64, 80
	recovered := func(f func()) (r any) {
		defer func() { r = recover() }()
		f()
		return nil
	}
	type args struct {
		ul            blas.Uplo
		tA            blas.Transpose
		la, lb, lc    int // lengths of a, b, c
		lda, ldb, ldc int
	}
	good := args{blas.Upper, blas.NoTrans, n * k, n * k, n * n, k, k, n}
	cases := map[string]func(*args){
		"uplo":      func(x *args) { x.ul = 'X' },
		"transpose": func(x *args) { x.tA = 'X' },
		"lda":       func(x *args) { x.lda = k - 1 },
		"ldb":       func(x *args) { x.ldb = k - 1 },
		"ldc":       func(x *args) { x.ldc = n - 1 },
		"short a":   func(x *args) { x.la-- },
		"short b":   func(x *args) { x.lb-- },
		"short c":   func(x *args) { x.lc-- },
		"lda trans": func(x *args) { x.tA, x.lda, x.la = blas.Trans, n-1, k*n },
	}
	for name, edit := range cases {
		x := good
		edit(&x)
		a, b, c := make([]float64, x.la), make([]float64, x.lb), make([]float64, x.lc)
		wantSyrk := recovered(func() { gonum.Implementation{}.Dsyrk(x.ul, x.tA, n, k, 1, a, x.lda, 0, c, x.ldc) })
		gotSyrk := recovered(func() { Implementation{}.Dsyrk(x.ul, x.tA, n, k, 1, a, x.lda, 0, c, x.ldc) })
		if gotSyrk != wantSyrk {
			t.Errorf("Dsyrk, bad %s: panic %v, gonum %v", name, gotSyrk, wantSyrk)
		}
		wantSyr2k := recovered(func() { gonum.Implementation{}.Dsyr2k(x.ul, x.tA, n, k, 1, a, x.lda, b, x.ldb, 0, c, x.ldc) })
		gotSyr2k := recovered(func() { Implementation{}.Dsyr2k(x.ul, x.tA, n, k, 1, a, x.lda, b, x.ldb, 0, c, x.ldc) })
		if gotSyr2k != wantSyr2k {
			t.Errorf("Dsyr2k, bad %s: panic %v, gonum %v", name, gotSyr2k, wantSyr2k)
		}
		if name != "ldb" && name != "short b" && wantSyrk == nil || wantSyr2k == nil {
			t.Errorf("bad %s: gonum did not panic", name)
		}
	}
}
