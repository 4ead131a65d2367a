package gemm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// naive is the definition: C = alpha·op(A)·op(B) + beta·C, summed in
// float64 in the plain order.
func naive(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	for i := range m {
		for j := range n {
			var s float64
			for l := range k {
				var av float64
				if transA {
					av = a[l*lda+i]
				} else {
					av = a[i*lda+l]
				}
				s += av * opB(b, ldb, transB, l, j)
			}
			if beta == 0 {
				c[i*ldc+j] = alpha * s
			} else {
				c[i*ldc+j] = alpha*s + beta*c[i*ldc+j]
			}
		}
	}
}

func randSlice(rnd *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = rnd.NormFloat64()
	}
	return s
}

// opB returns element (p, j) of op(B), B row-major with row stride ldb.
func opB(b []float64, ldb int, transB bool, p, j int) float64 {
	if transB {
		return b[j*ldb+p]
	}
	return b[p*ldb+j]
}

// scaledSums returns C as the small products' paths should leave it: a
// copy of c with each element (i, j) of its m×n part set to alpha·sum(i, j)
// with beta = 0, or to one fused multiply-add of sum(i, j)·alpha onto it
// with beta = 1, sum being the kernel's chain of multiply-adds.
func scaledSums(c []float64, m, n, ldc int, alpha, beta float64, sum func(i, j int) float64) []float64 {
	want := slices.Clone(c)
	for i := range m {
		for j := range n {
			s := sum(i, j)
			if beta == 0 {
				want[i*ldc+j] = alpha * s
			} else {
				want[i*ldc+j] = math.FMA(s, alpha, want[i*ldc+j])
			}
		}
	}
	return want
}

// TestDgemm compares Implementation.Dgemm with the definition on shapes
// that hit every edge (partial 6×8 tiles, partial kc, mc and nc blocks, one
// row, one column), both transposes, padded strides, and the special alphas
// and betas; beta = 0 must overwrite NaN.
// dgemm, for the tests, computes C = alpha·op(A)·op(B) + beta·C for row-major A, B and C,
// where op(A) = Aᵀ when transA and A otherwise (likewise for B); op(A) is
// m×k, op(B) k×n and C m×n. The arguments must be valid (Implementation.Dgemm
// checks them), the processor must have AVX2 and FMA, and C must not overlap
// A or B. With alpha = 0 or k = 0, C is only scaled, as in the reference
// BLAS: NaNs in A or B do not reach C (gonum's Dgemm multiplies anyway).
func dgemm(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	product(full, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func TestDgemm(t *testing.T) { forEachPath(t, testDgemm) }

func testDgemm(t *testing.T) {
	if !haveKernel {
		t.Skip("no micro-kernel here (noasm build, no AVX2/FMA, or not amd64): Dgemm is gonum's")
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	// Shapes below minFlops or thinner than a tile go to gonum through
	// Implementation, so the test calls dgemm as well, on every shape.
	shapes := [][3]int{
		{48, 48, 48}, {49, 50, 51}, {1, 200, 300}, {200, 1, 300}, {300, 200, 1},
		{73, 9, 257}, {6, 8, 600}, {145, 4097 + 8, 70}, {600, 30, 784}, {30, 784, 600},
		{511, 257, 513}, {1000, 8, 100}, {7, 15, 3},
		{64, 25, 5000}, {7, 9, 3000}, // small C, long k: k split in chunks
		// Aᵀ·B with a small C: outer-product tiles of five and six rows
		// and 32 columns, the remaining columns by the general path.
		{25, 64, 512}, {30, 70, 300}, {23, 33, 100}, {19, 40, 50}, {48, 96, 9},
		// A·op(B) with 25 columns: six-row tiles of 25, the last rows in a
		// zero-padded tile (k = 60 and 264 are not for that path); with a
		// short k and 64 columns, six-row tiles of 32.
		{512, 25, 64}, {50, 25, 8}, {6, 25, 256}, {100, 25, 60}, {100, 25, 264}, {515, 64, 25},
	}
	type call func(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int)
	calls := map[string]call{
		"Implementation": Implementation{}.Dgemm,
		"dgemm": func(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
			dgemm(tA == blas.Trans, tB == blas.Trans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		},
	}
	for _, sh := range shapes {
		for cname, gemmCall := range calls {
			for _, tight := range []bool{false, true} {
				m, n, k := sh[0], sh[1], sh[2]
				for _, tA := range []blas.Transpose{blas.NoTrans, blas.Trans} {
					for _, tB := range []blas.Transpose{blas.NoTrans, blas.Trans} {
						for _, ab := range [][2]float64{{1, 0}, {-0.5, 1}, {2, -1.5}, {0, 0.5}} {
							alpha, beta := ab[0], ab[1]
							name := fmt.Sprintf("%s/%dx%dx%d/%v%v/a%g/b%g/tight=%v", cname, m, n, k, tA == blas.Trans, tB == blas.Trans, alpha, beta, tight)
							ar, ac := m, k
							if tA == blas.Trans {
								ar, ac = k, m
							}
							br, bc := k, n
							if tB == blas.Trans {
								br, bc = n, k
							}
							// Padded strides, or strides equal to the widths
							// and slices of exactly the needed length.
							lda, ldb, ldc, extra := ac+3, bc+1, n+5, 2
							if tight {
								lda, ldb, ldc, extra = ac, bc, n, 0
							}
							a := randSlice(rnd, (ar-1)*lda+ac)
							b := randSlice(rnd, (br-1)*ldb+bc)
							c := randSlice(rnd, (m-1)*ldc+n+extra)
							if beta == 0 {
								for i := range c {
									c[i] = math.NaN()
								}
							}
							want := append([]float64(nil), c...)
							naive(tA == blas.Trans, tB == blas.Trans, m, n, k, alpha, a, lda, b, ldb, beta, want, ldc)
							gemmCall(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
							for i := range m {
								for j := range ldc {
									idx := i*ldc + j
									if idx >= len(c) {
										break
									}
									got, w := c[idx], want[idx]
									if j >= n {
										// Padding between rows is never written.
										if !(got == w || math.IsNaN(got) && math.IsNaN(w)) {
											t.Fatalf("%s: padding C[%d,%d] changed to %v", name, i, j, got)
										}
										continue
									}
									tol := 1e-13 * (math.Sqrt(float64(k))*4 + math.Abs(w))
									if math.IsNaN(got) || math.Abs(got-w) > tol {
										t.Fatalf("%s: C[%d,%d] = %v, want %v", name, i, j, got, w)
									}
								}
							}
						}
					}
				}
			}
		}
	}
}

// TestDgemmDeterministic checks that the result does not depend on the
// number of goroutines: each element is summed in the same order.
func TestDgemmDeterministic(t *testing.T) { forEachPath(t, testDgemmDeterministic) }

func testDgemmDeterministic(t *testing.T) {
	if !haveKernel {
		t.Skip("no micro-kernel here (noasm build, no AVX2/FMA, or not amd64)")
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	// The third to fifth are large enough for the outer-product, 25-column
	// and short-k paths to spread their tiles over the goroutines; the
	// last takes tall row blocks on one goroutine and the usual ones on
	// four on the AVX-512 path (rowBlock).
	for _, sh := range [][3]int{{301, 517, 700}, {25, 64, 10000}, {48, 96, 455}, {600, 25, 256}, {600, 128, 64}, {1831, 130, 300}} {
		dgemmDeterministic(t, rnd, sh[0], sh[1], sh[2])
	}
}

func dgemmDeterministic(t *testing.T, rnd *rand.Rand, m, n, k int) {
	a, b := randSlice(rnd, m*k), randSlice(rnd, k*n)
	for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
		lda, ldb := k, n
		if tr[0] {
			lda = m
		}
		if tr[1] {
			ldb = k
		}
		c1, c2 := make([]float64, m*n), make([]float64, m*n)
		old := runtime.GOMAXPROCS(1)
		dgemm(tr[0], tr[1], m, n, k, 1, a, lda, b, ldb, 0, c1, n)
		runtime.GOMAXPROCS(4)
		dgemm(tr[0], tr[1], m, n, k, 1, a, lda, b, ldb, 0, c2, n)
		runtime.GOMAXPROCS(old)
		for i := range c1 {
			if c1[i] != c2[i] {
				t.Fatalf("transposes %v, element %d: %v with 1 goroutine, %v with 4", tr, i, c1[i], c2[i])
			}
		}
	}
}

// TestTallRowBlocks checks the tall row blocks of wide products with many
// rows (rowBlock): a product computed whole in such blocks, on two
// goroutines (which pack each block of A once, for both) and on one (which
// packs each in its task's buffer), has the bits of the same product
// computed in pieces of 702 rows, which take the usual blocks, and
// matches the definition. op(B) is wide enough for A to be
// packed, the pieces start on tile boundaries, alpha is not a power of two
// (so that a tile computed as an edge tile would round differently), and
// the last tall block and its last tile are partial (1831 = 8·216 + 103).
func TestTallRowBlocks(t *testing.T) { forEachPath(t, testTallRowBlocks) }

func testTallRowBlocks(t *testing.T) {
	if !wide {
		t.Skip("tall row blocks are the AVX-512 path's")
	}
	const m, n, k, piece = 1831, 260, 300, 702
	if rowBlock(m, n, 2) != mcTall || rowBlock(piece, n, 2) != mc || rowBlock(m, minColsTall-1, 2) != mc ||
		n < minColsPackA || (m+mcTall-1)/mcTall >= 8*2 {
		t.Fatal("the shapes below no longer take the blocks this test is for")
	}
	rnd := rand.New(rand.NewPCG(13, 14))
	a, b, c0 := randSlice(rnd, m*k), randSlice(rnd, k*n), randSlice(rnd, m*n)
	for _, tr := range [][2]bool{{false, false}, {true, false}, {false, true}} {
		lda, ldb := k, n
		if tr[0] {
			lda = m
		}
		if tr[1] {
			ldb = k
		}
		whole, serial, pieces, want := slices.Clone(c0), slices.Clone(c0), slices.Clone(c0), slices.Clone(c0)
		productWith(2, full, tr[0], tr[1], m, n, k, 0.3, a, lda, b, ldb, 2, whole, n)
		// One goroutine packs each block for itself, in the task's buffer.
		productWith(1, full, tr[0], tr[1], m, n, k, 0.3, a, lda, b, ldb, 2, serial, n)
		for i0 := 0; i0 < m; i0 += piece {
			ao := i0 * lda // op(A)'s rows i0: are A's rows, or its columns
			if tr[0] {
				ao = i0
			}
			productWith(2, full, tr[0], tr[1], min(piece, m-i0), n, k, 0.3, a[ao:], lda, b, ldb, 2, pieces[i0*n:], n)
		}
		if !slices.Equal(whole, pieces) || !slices.Equal(serial, pieces) {
			t.Fatalf("transposes %v: tall row blocks give other bits than the usual ones", tr)
		}
		naive(tr[0], tr[1], m, n, k, 0.3, a, lda, b, ldb, 2, want, n)
		for i, w := range want {
			if math.Abs(whole[i]-w) > 1e-13*(math.Sqrt(k)*4+math.Abs(w)) {
				t.Fatalf("transposes %v: C[%d] = %v, want %v", tr, i, whole[i], w)
			}
		}
	}
}

// TestSerialSameBits: Serial's Dgemm and Dsyrk give Implementation's bits, with
// several goroutines available, for products on the kernels' paths (long
// and short k, few and many rows) and one small enough for gonum's.
func TestSerialSameBits(t *testing.T) { forEachPath(t, testSerialSameBits) }

func testSerialSameBits(t *testing.T) {
	old := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(old)
	rnd := rand.New(rand.NewPCG(11, 12))
	for _, sh := range [][3]int{{512, 30, 784}, {512, 784, 30}, {30, 784, 512}, {25, 64, 10000}, {9, 7, 5}, {32, 25, 64}, {4, 100, 100}, {100, 1, 100}} {
		m, n, k := sh[0], sh[1], sh[2]
		a, b, c0 := randSlice(rnd, m*k), randSlice(rnd, k*n), randSlice(rnd, m*n)
		for _, tr := range [][2]blas.Transpose{{blas.NoTrans, blas.NoTrans}, {blas.Trans, blas.NoTrans}, {blas.NoTrans, blas.Trans}} {
			lda, ldb := k, n
			if tr[0] == blas.Trans {
				lda = m
			}
			if tr[1] == blas.Trans {
				ldb = k
			}
			c1, c2 := slices.Clone(c0), slices.Clone(c0)
			Implementation{}.Dgemm(tr[0], tr[1], m, n, k, 0.5, a, lda, b, ldb, 2, c1, n)
			Serial{}.Dgemm(tr[0], tr[1], m, n, k, 0.5, a, lda, b, ldb, 2, c2, n)
			if !slices.Equal(c1, c2) {
				t.Fatalf("%d×%d×%d, transposes %v: Serial differs from Implementation", m, n, k, tr)
			}
		}
	}
	for _, sh := range [][2]int{{200, 1024}, {717, 300}, {9, 5}, {8, 64}, {20, 100}} {
		n, k := sh[0], sh[1]
		a, c0 := randSlice(rnd, n*k), randSlice(rnd, n*n)
		for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
			for _, tA := range []blas.Transpose{blas.NoTrans, blas.Trans} {
				lda := k
				if tA == blas.Trans {
					lda = n
				}
				c1, c2 := slices.Clone(c0), slices.Clone(c0)
				Implementation{}.Dsyrk(ul, tA, n, k, 0.5, a, lda, 2, c1, n)
				Serial{}.Dsyrk(ul, tA, n, k, 0.5, a, lda, 2, c2, n)
				if !slices.Equal(c1, c2) {
					t.Fatalf("Dsyrk %d×%d, %v, %v: Serial differs from Implementation", n, k, ul, tA)
				}
			}
		}
	}
}

// TestDgemmPanics checks that bad arguments panic as in gonum, also for
// products large enough for the packed path.
func TestDgemmPanics(t *testing.T) {
	m, n, k := 100, 100, 100
	a, b, c := make([]float64, m*k), make([]float64, k*n), make([]float64, m*n-1)
	defer func() {
		if r := recover(); r != "blas: insufficient length of c" {
			t.Fatalf("recovered %v, want gonum's short-C panic", r)
		}
	}()
	Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, k, b, n, 0, c, n)
}

func benchDgemm(b *testing.B, m, n, k int, tA blas.Transpose, impl blas.Float64Level3) {
	rnd := rand.New(rand.NewPCG(5, 6))
	lda := k
	if tA == blas.Trans {
		lda = m
	}
	a, bb, c := randSlice(rnd, m*k), randSlice(rnd, k*n), make([]float64, m*n)
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for b.Loop() {
		impl.Dgemm(tA, blas.NoTrans, m, n, k, 1, a, lda, bb, n, 0, c, n)
	}
	gflop := 2 * float64(m) * float64(n) * float64(k) * float64(b.N) / 1e9
	b.ReportMetric(gflop/b.Elapsed().Seconds(), "GFLOP/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		// With GOMAXPROCS > 1, idle workers' spinning counts too.
		b.ReportMetric(gflop/cpu, "GFLOP/cpu-s")
	}
}

func BenchmarkDgemm(b *testing.B) {
	for _, sh := range []struct {
		name    string
		m, n, k int
		tA      blas.Transpose
	}{
		{"2000", 2000, 2000, 2000, blas.NoTrans},
		{"XtX-784x784x60000", 784, 784, 60000, blas.Trans},
		{"XW-2560x30x784", 2560, 30, 784, blas.NoTrans},
		{"MNISTsparse-10000x196x784", 10000, 196, 784, blas.NoTrans},
		{"YtX-40x784x60000", 40, 784, 60000, blas.Trans},
		{"SW-784x30x784", 784, 30, 784, blas.NoTrans},
		{"XtY-784x40x60000", 784, 40, 60000, blas.Trans},
	} {
		b.Run(sh.name+"/gemm", func(b *testing.B) {
			benchEachPath(b, func(b *testing.B) { benchDgemm(b, sh.m, sh.n, sh.k, sh.tA, Implementation{}) })
		})
		b.Run(sh.name+"/gonum", func(b *testing.B) { benchDgemm(b, sh.m, sh.n, sh.k, sh.tA, gonum.Implementation{}) })
	}
}

// TestDsyrk compares Implementation.Dsyrk, and syrkTiled (its code without
// the micro-kernel) on any processor, with the definition on both
// triangles and both transposes; the other triangle must be left alone.
func TestDsyrk(t *testing.T) { forEachPath(t, testDsyrk) }

func testDsyrk(t *testing.T) {
	impl := Implementation{}
	// syrkTiled's tiles are 64 wide: partial last tiles of 2 and 1.
	tiled := func(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
		impl.syrkTiled(runtime.GOMAXPROCS(0), ul, tA, n, k, alpha, a, lda, beta, c, ldc)
	}
	checkDsyrk(t, "syrkTiled", tiled, [][2]int{{130, 200}, {257, 70}})
	if haveKernel {
		// n = 264 leaves a last diagonal block of 8, as wide as a tile.
		checkDsyrk(t, "Dsyrk", impl.Dsyrk, [][2]int{{300, 500}, {257, 1000}, {513, 40}, {264, 300}})
	}
}

func checkDsyrk(t *testing.T, name string, syrk func(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int), shapes [][2]int) {
	rnd := rand.New(rand.NewPCG(7, 8))
	for _, sh := range shapes {
		n, k := sh[0], sh[1]
		for _, tA := range []blas.Transpose{blas.NoTrans, blas.Trans} {
			for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
				for _, beta := range []float64{0, 0.5} {
					lda := k + 2
					ar := n
					if tA == blas.Trans {
						lda, ar = n+2, k
					}
					a := randSlice(rnd, ar*lda)
					ldc := n + 1
					c := randSlice(rnd, n*ldc)
					if beta == 0 {
						for i := range c {
							c[i] = math.NaN()
						}
					}
					full := append([]float64(nil), c...)
					naive(tA == blas.Trans, tA != blas.Trans, n, n, k, 1.5, a, lda, a, lda, beta, full, ldc)
					orig := append([]float64(nil), c...)
					syrk(ul, tA, n, k, 1.5, a, lda, beta, c, ldc)
					for i := range n {
						for j := range ldc {
							if j == n {
								// The padding column.
								if c[i*ldc+j] != orig[i*ldc+j] && !math.IsNaN(orig[i*ldc+j]) {
									t.Fatalf("padding C[%d,%d] changed", i, j)
								}
								continue
							}
							in := j >= i
							if ul == blas.Lower {
								in = j <= i
							}
							want := orig[i*ldc+j]
							if in {
								want = full[i*ldc+j]
							}
							if in && math.IsNaN(c[i*ldc+j]) || !in && c[i*ldc+j] != want && !math.IsNaN(want) || in && math.Abs(c[i*ldc+j]-want) > 1e-12*(math.Abs(want)+math.Sqrt(float64(k))) {
								t.Fatalf("%s n=%d k=%d trans=%v ul=%v beta=%g: C[%d,%d] = %v, want %v", name, n, k, tA == blas.Trans, ul, beta, i, j, c[i*ldc+j], want)
							}
						}
					}
				}
			}
		}
	}
}

// BenchmarkDsyrk is the covariance of MNIST-sized data: AᵀA, A 60000×784;
// GFLOP/s counts the triangle's m·n·(n+1) flops.
func BenchmarkDsyrk(b *testing.B) {
	const n, k = 784, 60000
	rnd := rand.New(rand.NewPCG(9, 9))
	a, c := randSlice(rnd, k*n), make([]float64, n*n)
	for _, impl := range []struct {
		name string
		impl blas.Float64Level3
	}{{"gemm", Implementation{}}, {"gonum", gonum.Implementation{}}} {
		run := func(b *testing.B) {
			for b.Loop() {
				impl.impl.Dsyrk(blas.Upper, blas.Trans, n, k, 1, a, n, 0, c, n)
			}
			b.ReportMetric(float64(k)*n*(n+1)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		}
		b.Run(impl.name, func(b *testing.B) {
			if impl.name == "gemm" {
				benchEachPath(b, run)
				return
			}
			run(b)
		})
	}
}

// TestOuterProduct checks the outer-product path (outerProduct) against
// the sums it should compute, to the bit: each element one chain of fused
// multiply-adds over k in order, then scaled by alpha (stored, or added to
// C with one more fused multiply-add), for row counts made of fives and
// sixes, several column tiles, short and long k and padded strides, with
// the columns beyond a multiple of the tiles' width (32 with AVX-512, 8
// with AVX2; by the general path, to 1e-13); and that products it cannot
// tile go to the general path.
func TestOuterProduct(t *testing.T) {
	forEachKernelPath(t, func(t *testing.T) {
		for _, m := range []int{7, 13, 19, 49} {
			if outerCols(full, true, false, m, 64, 100) != 0 {
				t.Errorf("outerCols: %d rows taken", m)
			}
		}
		if outerCols(full, true, false, 25, 64, 4096) != 0 || outerCols(full, false, false, 25, 64, 100) != 0 || outerCols(full, true, true, 25, 64, 100) != 0 || outerCols(upper, true, false, 25, 64, 100) != 0 {
			t.Error("outerCols takes a product that is not a small Aᵀ·B")
		}
		rnd := rand.New(rand.NewPCG(3, 4))
		for _, m := range []int{5, 6, 11, 12, 20, 25, 30, 47, 48} {
			// 48×200×264 is large enough for the tiles to be spread over
			// the cores.
			for _, n := range []int{8, 13, 32, 33, 64, 70, 96, 200} {
				for _, k := range []int{1, 7, 264, 300, 512} {
					if 8*k*(m+n) > outerMaxBytes {
						continue
					}
					for _, ab := range [][2]float64{{1, 0}, {0.3, 1}, {-0.7, 0}} {
						alpha, beta := ab[0], ab[1]
						cols := n / smallWidth() * smallWidth()
						if got := outerCols(full, true, false, m, n, k); got != cols {
							t.Fatalf("%dx%dx%d: outerCols = %d, want %d", m, n, k, got, cols)
						}
						lda, ldb, ldc := m+3, n+1, n+5
						a := randSlice(rnd, (k-1)*lda+m)
						b := randSlice(rnd, (k-1)*ldb+n)
						c := randSlice(rnd, (m-1)*ldc+n)
						want := scaledSums(c, m, n, ldc, alpha, beta, func(i, j int) float64 {
							var s float64
							for l := range k {
								s = math.FMA(a[l*lda+i], b[l*ldb+j], s)
							}
							return s
						})
						dgemm(true, false, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
						for i, w := range want {
							if i%ldc >= cols {
								// The general path's columns: its own order of sums.
								if math.Abs(c[i]-w) > 1e-13*(1+math.Abs(w))*math.Sqrt(float64(k)) {
									t.Fatalf("%dx%dx%d alpha %g beta %g: C[%d,%d] = %v, want %v", m, n, k, alpha, beta, i/ldc, i%ldc, c[i], w)
								}
								continue
							}
							if math.Float64bits(c[i]) != math.Float64bits(w) {
								t.Fatalf("%dx%dx%d alpha %g beta %g: C[%d,%d] = %v, want %v", m, n, k, alpha, beta, i/ldc, i%ldc, c[i], w)
							}
						}
					}
				}
			}
		}
	})
}

// TestNarrowProduct checks the 25-column path (narrowProduct) against the
// sums it should compute, to the bit: the first 24 columns one chain of
// fused multiply-adds over k in order, the 25th eight chains over the steps
// of k with the same remainder mod 8, added as the kernel adds its lanes;
// then scaled by alpha (stored, or added to C with one more fused
// multiply-add). With both transposes of B, padded strides, and numbers of
// rows that leave a partial tile, whose rows must get the same bits.
func TestNarrowProduct(t *testing.T) {
	forEachKernelPath(t, func(t *testing.T) {
		if narrowFits(full, false, 25, 60) || narrowFits(full, false, 25, 264) || narrowFits(full, true, 25, 64) || narrowFits(full, false, 24, 64) || narrowFits(upper, false, 25, 64) {
			t.Error("narrowFits takes a product that is not for it")
		}
		rnd := rand.New(rand.NewPCG(5, 6))
		for _, m := range []int{5, 6, 13, 512} {
			for _, k := range []int{8, 64, 256} {
				for _, transB := range []bool{false, true} {
					for _, ab := range [][2]float64{{1, 0}, {0.3, 1}, {-0.7, 0}} {
						alpha, beta := ab[0], ab[1]
						const n = 25
						lda, ldb, ldc := k+3, n+1, n+5
						br, bc := k, n
						if transB {
							ldb, br, bc = k+2, n, k
						}
						a := randSlice(rnd, (m-1)*lda+k)
						b := randSlice(rnd, (br-1)*ldb+bc)
						c := randSlice(rnd, (m-1)*ldc+n)
						if !narrowFits(full, false, n, k) {
							t.Fatalf("%dx%dx%d: not taken by narrowFits", m, n, k)
						}
						want := scaledSums(c, m, n, ldc, alpha, beta, func(i, j int) float64 {
							if j < 24 {
								var s float64
								for p := range k {
									s = math.FMA(a[i*lda+p], opB(b, ldb, transB, p, j), s)
								}
								return s
							}
							var l [8]float64
							for p := range k {
								l[p%8] = math.FMA(a[i*lda+p], opB(b, ldb, transB, p, j), l[p%8])
							}
							return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]))
						})
						dgemm(false, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
						for i, w := range want {
							if math.Float64bits(c[i]) != math.Float64bits(w) {
								t.Fatalf("%dx%dx%d transB %v alpha %g beta %g: C[%d,%d] = %v, want %v", m, n, k, transB, alpha, beta, i/ldc, i%ldc, c[i], w)
							}
						}
					}
				}
			}
		}
	})
}

// TestShortProduct checks the short-k path (shortProduct) against the sums
// it should compute, to the bit: each element one chain of fused
// multiply-adds over k in order, then scaled by alpha (stored, or added to
// C with one more fused multiply-add), for both transposes of B, one to
// four panels of 32 columns with AVX-512 and one to sixteen of 8 with
// AVX2, padded strides, and numbers of rows that leave a partial tile,
// whose rows must get the same bits.
func TestShortProduct(t *testing.T) {
	forEachKernelPath(t, func(t *testing.T) {
		if shortFits(full, false, 44, 25) || shortFits(full, false, 48, 25) != !wide || shortFits(full, false, 160, 25) || shortFits(full, false, 64, 65) || shortFits(full, true, 64, 25) || shortFits(lower, false, 64, 25) {
			t.Error("shortFits takes a product that is not for it")
		}
		rnd := rand.New(rand.NewPCG(7, 8))
		for _, m := range []int{5, 6, 13, 512} {
			for _, n := range []int{8, 24, 32, 64, 128} {
				if n%smallWidth() != 0 {
					continue
				}
				for _, k := range []int{1, 25, 64} {
					for _, transB := range []bool{false, true} {
						for _, ab := range [][2]float64{{1, 0}, {0.3, 1}, {-0.7, 0}} {
							alpha, beta := ab[0], ab[1]
							lda, ldb, ldc := k+3, n+1, n+5
							br, bc := k, n
							if transB {
								ldb, br, bc = k+2, n, k
							}
							a := randSlice(rnd, (m-1)*lda+k)
							b := randSlice(rnd, (br-1)*ldb+bc)
							c := randSlice(rnd, (m-1)*ldc+n)
							if !shortFits(full, false, n, k) {
								t.Fatalf("%dx%dx%d: not taken by shortFits", m, n, k)
							}
							want := scaledSums(c, m, n, ldc, alpha, beta, func(i, j int) float64 {
								var s float64
								for p := range k {
									s = math.FMA(a[i*lda+p], opB(b, ldb, transB, p, j), s)
								}
								return s
							})
							dgemm(false, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
							for i, w := range want {
								if math.Float64bits(c[i]) != math.Float64bits(w) {
									t.Fatalf("%dx%dx%d transB %v alpha %g beta %g: C[%d,%d] = %v, want %v", m, n, k, transB, alpha, beta, i/ldc, i%ldc, c[i], w)
								}
							}
						}
					}
				}
			}
		}
	})
}

// BenchmarkSmallProducts times the UFLDL autoencoder's three kinds of
// product over a block of 512 samples (64 inputs, 25 hidden units) on one
// goroutine, as a training lane makes them, on every path: the 25-column,
// short-k and outer-product paths where there are kernels, the general
// one otherwise.
func BenchmarkSmallProducts(b *testing.B) {
	rnd := rand.New(rand.NewPCG(15, 16))
	x, y := randSlice(rnd, 512*64), randSlice(rnd, 512*64)
	w, g := randSlice(rnd, 25*64), randSlice(rnd, 25*64)
	z := randSlice(rnd, 512*25)
	var s Serial
	benchEachPath(b, func(b *testing.B) {
		for _, c := range []struct {
			name string
			f    func()
		}{
			{"X·W1ᵀ", func() { s.Dgemm(blas.NoTrans, blas.Trans, 512, 25, 64, 1, x, 64, w, 64, 0, z, 25) }},
			{"A2·W2ᵀ", func() { s.Dgemm(blas.NoTrans, blas.Trans, 512, 64, 25, 1, z, 25, w, 25, 0, y, 64) }},
			{"A2ᵀ·D3", func() { s.Dgemm(blas.Trans, blas.NoTrans, 25, 64, 512, 1, z, 25, x, 64, 1, g, 64) }},
		} {
			b.Run(c.name, func(b *testing.B) {
				for b.Loop() {
					c.f()
				}
				b.ReportMetric(2*512*25*64*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	})
}

// TestGonumDgemm checks which products Dgemm leaves to gonum's code: those
// under the measured crossings (BenchmarkGemmCrossing), and no product of
// an autoencoder's minibatch of 32 samples.
func TestGonumDgemm(t *testing.T) {
	for _, c := range []struct {
		transB  bool
		m, n, k int
		gonum   bool
	}{
		{false, 8, 8, 8, true}, {false, 15, 16, 16, true}, {false, 16, 16, 16, false},
		{false, 3, 100, 100, true}, {false, 4, 100, 100, false},
		{false, 100, 1, 100, false}, {true, 100, 1, 100, true}, {true, 100, 7, 100, true}, {true, 100, 8, 100, false},
		{true, 32, 25, 64, false}, {true, 32, 64, 25, false}, {false, 25, 64, 32, false}, {false, 32, 25, 64, false},
	} {
		if got := gonumDgemm(c.transB, c.m, c.n, c.k); got != c.gonum {
			t.Errorf("gonumDgemm(%v, %d, %d, %d) = %v, want %v", c.transB, c.m, c.n, c.k, got, c.gonum)
		}
	}
}

// TestSmallProductsTakeKernels checks that Dgemm and Dsyrk compute
// products just over their limits with the kernels: to the bits of the
// kernels' path called directly, which sums in another order than gonum's
// code.
func TestSmallProductsTakeKernels(t *testing.T) { forEachPath(t, testSmallProductsTakeKernels) }

func testSmallProductsTakeKernels(t *testing.T) {
	if !haveKernel {
		t.Skip("no micro-kernel here: every product is gonum's")
	}
	rnd := rand.New(rand.NewPCG(23, 24))
	for _, sh := range [][3]int{{16, 16, 16}, {32, 25, 64}, {4, 100, 100}, {100, 1, 100}} {
		m, n, k := sh[0], sh[1], sh[2]
		a, b := randSlice(rnd, m*k), randSlice(rnd, k*n)
		got, want, gon := make([]float64, m*n), make([]float64, m*n), make([]float64, m*n)
		Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, k, b, n, 0, got, n)
		dgemm(false, false, m, n, k, 1, a, k, b, n, 0, want, n)
		gonum.Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, k, b, n, 0, gon, n)
		if slices.Equal(want, gon) {
			t.Fatalf("%d×%d×%d: the kernels and gonum's code give the same bits: the test cannot tell them apart", m, n, k)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d×%d×%d: Dgemm's result is not the kernels'", m, n, k)
		}
	}
	for _, sh := range [][2]int{{8, 64}, {32, 32}} {
		n, k := sh[0], sh[1]
		a := randSlice(rnd, n*k)
		for _, tA := range []blas.Transpose{blas.Trans, blas.NoTrans} {
			lda := k
			if tA == blas.Trans {
				lda = n
			}
			if tA == blas.NoTrans && n < 2*minNR {
				continue
			}
			got, want := make([]float64, n*n), make([]float64, n*n)
			Implementation{}.Dsyrk(blas.Upper, tA, n, k, 1, a, lda, 0, got, n)
			trans := tA == blas.Trans
			product(upper, trans, !trans, n, n, k, 1, a, lda, a, lda, 0, want, n)
			if !slices.Equal(got, want) {
				t.Errorf("Dsyrk %s %d×%d: the result is not the kernels'", string(tA), n, k)
			}
		}
	}
}

// TestGonumDsyrk checks which updates Dsyrk leaves to gonum's code on a
// kernel path (BenchmarkDsyrkCrossing).
func TestGonumDsyrk(t *testing.T) {
	if !haveKernel {
		t.Skip("no micro-kernel here: Dsyrk keeps gonum's code below minFlopsRankK")
	}
	for _, c := range []struct {
		transA bool
		n, k   int
		gonum  bool
	}{
		{true, 8, 64, false}, {true, 8, 63, true}, {true, 7, 1000, true}, {true, 25, 64, false},
		{false, 16, 16, true}, {false, 20, 64, true}, {false, 16, 128, false}, {false, 15, 1000, true}, {false, 32, 32, false},
	} {
		if got := gonumDsyrk(c.transA, c.n, c.k); got != c.gonum {
			t.Errorf("gonumDsyrk(%v, %d, %d) = %v, want %v", c.transA, c.n, c.k, got, c.gonum)
		}
	}
}

// BenchmarkGemmCrossing times gonum's Dgemm, this package's (on one
// goroutine, as Serial) and its kernels forced (testHook.force: also under
// the limits) side by side on products near the limits below which Dgemm
// leaves a product to gonum's code (minFlops, minRows, minNR): shapes under
// them and just over them, among them an autoencoder's products over
// minibatches of 32 and 50 samples (UFLDL's 64 inputs and 25 hidden units;
// notebook 05's 100 inputs and 20 units).
func BenchmarkGemmCrossing(b *testing.B) {
	rnd := rand.New(rand.NewPCG(19, 20))
	x, y, z := randSlice(rnd, 100*100), randSlice(rnd, 100*100), randSlice(rnd, 100*100)
	n, t := blas.NoTrans, blas.Trans
	impls := []struct {
		name  string
		f     func(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int)
		force bool
	}{{"gonum", gonum.Implementation{}.Dgemm, false}, {"linae", Serial{}.Dgemm, false}, {"kernels", Serial{}.Dgemm, true}}
	benchEachPath(b, func(b *testing.B) {
		for _, c := range []struct {
			tA, tB  blas.Transpose
			m, n, k int
		}{
			{n, n, 8, 8, 8}, {n, n, 10, 10, 10}, {n, n, 12, 12, 12}, {n, n, 16, 16, 16}, {t, t, 16, 16, 16}, {n, n, 47, 47, 47},
			{n, n, 2, 100, 100}, {n, n, 3, 100, 100}, {n, n, 4, 100, 100}, {t, n, 4, 32, 32},
			{n, n, 100, 1, 100}, {n, t, 100, 1, 100}, {n, t, 100, 4, 100}, {n, t, 100, 8, 100},
			{n, t, 32, 25, 64}, {n, t, 32, 64, 25}, {t, n, 25, 64, 32}, {n, n, 32, 25, 64},
			{n, t, 50, 20, 100}, {n, n, 50, 100, 20}, {t, n, 20, 100, 50},
		} {
			lda, ldb := c.k, c.n
			if c.tA == t {
				lda = c.m
			}
			if c.tB == t {
				ldb = c.k
			}
			for _, impl := range impls {
				name := fmt.Sprintf("%s%s_%dx%dx%d/%s", string(c.tA), string(c.tB), c.m, c.n, c.k, impl.name)
				b.Run(name, func(b *testing.B) {
					testHook.force = impl.force
					defer func() { testHook.force = false }()
					for b.Loop() {
						impl.f(c.tA, c.tB, c.m, c.n, c.k, 1, x, lda, y, ldb, 0, z, c.n)
					}
					b.ReportMetric(2*float64(c.m*c.n*c.k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
				})
			}
		}
	})
}

// BenchmarkDsyrkCrossing times gonum's Dsyrk, this package's and its
// kernels forced (testHook.force) side by side on updates near the limits
// below which Dsyrk leaves an update to gonum's code (gonumDsyrk),
// C = AᵀA (T) and C = A·Aᵀ (N): shapes under them and just over them.
func BenchmarkDsyrkCrossing(b *testing.B) {
	rnd := rand.New(rand.NewPCG(21, 22))
	x, z := randSlice(rnd, 100*512), randSlice(rnd, 100*100)
	impls := []struct {
		name  string
		f     func(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int)
		force bool
	}{{"gonum", gonum.Implementation{}.Dsyrk, false}, {"linae", Implementation{}.Dsyrk, false}, {"kernels", Implementation{}.Dsyrk, true}}
	benchEachPath(b, func(b *testing.B) {
		for _, c := range []struct {
			tA   blas.Transpose
			n, k int
		}{
			{blas.Trans, 6, 100}, {blas.Trans, 12, 16}, {blas.Trans, 8, 64}, {blas.Trans, 10, 100}, {blas.Trans, 16, 16},
			{blas.Trans, 25, 64}, {blas.Trans, 25, 512}, {blas.Trans, 48, 48},
			{blas.NoTrans, 10, 100}, {blas.NoTrans, 16, 16}, {blas.NoTrans, 20, 64}, {blas.NoTrans, 20, 100},
			{blas.NoTrans, 25, 64}, {blas.NoTrans, 16, 256}, {blas.NoTrans, 32, 32}, {blas.NoTrans, 48, 48},
		} {
			lda := c.k
			if c.tA == blas.Trans {
				lda = c.n
			}
			for _, impl := range impls {
				b.Run(fmt.Sprintf("%s_%dx%d/%s", string(c.tA), c.n, c.k, impl.name), func(b *testing.B) {
					testHook.force = impl.force
					defer func() { testHook.force = false }()
					for b.Loop() {
						impl.f(blas.Upper, c.tA, c.n, c.k, 1, x, lda, 0, z, c.n)
					}
					b.ReportMetric(float64(c.n*(c.n+1)*c.k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
				})
			}
		}
	})
}

// TestGatherPanel checks gatherPanel against its definition for the
// widths of the panels it fills (six rows of A; 8, 16, 24 and 32 columns of
// op(B)), full and partial, from any first row and column.
func TestGatherPanel(t *testing.T) {
	rnd := rand.New(rand.NewPCG(17, 18))
	const ld, rows = 53, 40
	x := randSlice(rnd, rows*ld)
	for _, width := range []int{6, 8, 16, 24, 32} {
		for _, count := range []int{width, width - 1, 1} {
			for _, first := range []int{0, 3} {
				for _, p0 := range []int{0, 5} {
					const kb = 17
					pan := randSlice(rnd, kb*width)
					gatherPanel(pan, width, x, ld, first, count, p0, kb)
					for l := range kb {
						for s := range width {
							want := 0.0
							if s < count {
								want = x[(first+s)*ld+p0+l]
							}
							if got := pan[l*width+s]; got != want {
								t.Fatalf("width %d count %d first %d p0 %d: pan[%d·%d+%d] = %v, want %v", width, count, first, p0, l, width, s, got, want)
							}
						}
					}
				}
			}
		}
	}
}

// TestSmallPathsAllocateNothing checks that the small products' paths,
// run on one goroutine as a training lane runs them, allocate nothing: the
// UFLDL loss makes five of them per block of samples, and their closures
// were once most of its 162 allocations a call.
func TestSmallPathsAllocateNothing(t *testing.T) {
	forEachKernelPath(t, func(t *testing.T) {
		x, y := make([]float64, 514*64), make([]float64, 514*64) // 514 rows: a partial tile too
		w, g := make([]float64, 25*64), make([]float64, 25*64)
		z := make([]float64, 514*25)
		var s Serial
		for _, c := range []struct {
			name string
			f    func()
		}{
			{"X·W1ᵀ (25 columns)", func() { s.Dgemm(blas.NoTrans, blas.Trans, 514, 25, 64, 1, x, 64, w, 64, 0, z, 25) }},
			{"A2·W2ᵀ (short k)", func() { s.Dgemm(blas.NoTrans, blas.Trans, 514, 64, 25, 1, z, 25, w, 25, 0, y, 64) }},
			{"A2ᵀ·D3 (outer products)", func() { s.Dgemm(blas.Trans, blas.NoTrans, 25, 64, 514, 1, z, 25, y, 64, 1, g, 64) }},
		} {
			if n := testing.AllocsPerRun(10, c.f); n != 0 {
				t.Errorf("%s: %v allocations a call, want 0", c.name, n)
			}
		}
	})
}
