package gemm

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/linae/linae/backend/par"
)

// Block sizes. A packed block of op(A) (mc×kc, 144 KiB, or mcTall×kc, 432
// KiB: see rowBlock) stays in a core's L2 cache while it meets every panel
// of the packed block of op(B) (kc×nc, 8 MiB, in the shared L3); one 6×kc
// row panel of A and one kc×nr column panel of B (12 + 16 or 32 KiB) stay
// in L1 across a micro-kernel call.
const (
	mr     = 6
	kc     = 256
	mc     = 72
	mcTall = 216
	nc     = 4096
)

// rowBlock returns the height of the row blocks of op(A) for a product
// with m rows against a block of op(B) of nb columns on the given number
// of workers. Each row block reads all of the packed op(B) block from the
// shared L3 once a pass over k. When that block is wide (nb ≥ minColsTall)
// and there are rows enough to give every worker four blocks, blocks three
// times as tall read it a third as often. With fewer blocks than
// multiplyBlock wants tasks (a 2000³ product on two workers), each block of
// A is then packed once for all its tasks and its panels split among them.
// Measured only on a Zen 4 (bench/NOTES.md, stop 31): a steadier rate
// when the machine was slow, most of it from that shared packing, and no
// faster a best one. Only on the AVX-512 path: most processors with
// AVX-512 (Intel's server cores, AMD's Zen 4 and 5) have an L2 of 1 MiB or
// more, where the tall block fits beside the panels; many with AVX2 alone
// have 256 or 512 KiB. Both heights are multiples of mr, so the height
// changes no sum's order, and no bit.
func rowBlock(m, nb, workers int) int {
	if wide && nb >= minColsTall && m >= 4*mcTall*max(workers, 1) {
		return mcTall
	}
	return mc
}

// minColsTall is the narrowest block of op(B) that takes tall row blocks:
// packed kc deep, 256 KiB, a quarter of a 1 MiB L2; chosen between the
// widths measured (bench/NOTES.md, stop 31).
const minColsTall = 128

// nr is the micro-tile's width, the width of B̃'s packed panels: 16 for the
// AVX-512 kernels (two ZMM registers a row), 8 for the AVX2 ones (two YMM
// registers) and where there is no kernel. maxNR is the widest, and minNR
// the narrowest, which decides what is too narrow a product for the kernels
// whichever runs.
var nr = tileWidth(wide)

const (
	maxNR = 16
	minNR = 8
)

func tileWidth(wide bool) int {
	if wide {
		return 16
	}
	return 8
}

// Dgemm leaves to gonum's code the products its kernels do not run
// faster: those with m·n·k below minFlops, with fewer than minRows rows in
// C, or with op(B) = Bᵀ and fewer than minNR columns in C (gonum's Dgemm
// then takes dot products of rows, long and contiguous). With a row-major
// B even one column goes to the kernels, which took a sixth to a tenth of
// the time gonum's code did (100×1×100). The limits keep a margin from the
// crossings measured on the AVX-512 and the AVX2 path
// (bench/rates/issue16-stop35-small-gemm.txt; BenchmarkGemmCrossing, whose
// "kernels" side runs the kernels under the limits too): the kernels
// overtook gonum's code between 10³ and 12³ multiply-adds and ran at more
// than twice its rate at 16³; with 4 rows at 0.9 to 1.6 times its rate,
// with 2 rows at about half of it, and with Bᵀ of one column at 0.4 to
// 0.53 of it.
const (
	minFlops = 16 * 16 * 16
	minRows  = 4
)

// minFlopsRankK is the size of update, n·n·k, below which Dsyr2k, and
// Dsyrk where there is no kernel, use gonum's code, with fewer than 2·minNR
// rows and columns too.
const minFlopsRankK = 2 * 48 * 48 * 48

// Dsyrk leaves to gonum's code the updates its kernels do not run faster
// (bench/rates/issue16-stop35-small-gemm.txt, BenchmarkDsyrkCrossing):
// C = AᵀA below minFlops or with fewer than minNR columns (over those
// limits the kernels ran at 1.5 to 4.8 times gonum's rate, 8×8×64
// included), and C = A·Aᵀ below minFlopsRowGram or with fewer than 2·minNR
// columns: gonum's Dsyrk takes dot products of A's rows there, about as
// fast as the kernels from 16×16×16 to 20×20×100 and twice as fast at
// 10×10×100.
const minFlopsRowGram = 32 * 32 * 32

// gonumDsyrk reports whether Dsyrk leaves an n×n update of inner size k to
// gonum's code; transA is true for C = AᵀA.
func gonumDsyrk(transA bool, n, k int) bool {
	switch {
	case !haveKernel:
		// syrkTiled, gonum's Dgemm on tiles, pays for itself on large
		// updates alone.
		return small(n, n, k, minFlopsRankK, 2*minNR, 2*minNR)
	case transA:
		return small(n, n, k, minFlops, minNR, minNR)
	default:
		return small(n, n, k, minFlopsRowGram, 2*minNR, 2*minNR)
	}
}

// gonumDgemm reports whether Dgemm leaves a product to gonum's code (see
// minFlops).
func gonumDgemm(transB bool, m, n, k int) bool {
	minN := 1
	if transB {
		minN = minNR
	}
	return small(m, n, k, minFlops, minRows, minN)
}

// testHook is set by the tests alone. With force, every product of
// Implementation's level-3 routines goes to the micro-kernel (or, where it
// cannot run, Dsyrk to syrkTiled) whatever its size, so that gonum's
// conformance suites, whose matrices have a few rows, test this package's
// code and not gonum's fallback; kernelCalls and tiledCalls count the calls
// that went there, to show that they did. Outside the tests force is false
// and costs one predictable branch per call.
var testHook struct {
	force                   bool
	kernelCalls, tiledCalls atomic.Int64
}

// small reports whether a product of the given size goes to gonum's code
// instead of the micro-kernel: its m·n·k is below flops, or C has fewer
// than minM rows or minN columns.
func small(m, n, k, flops, minM, minN int) bool {
	return !testHook.force && (m*n*k < flops || m < minM || n < minN)
}

// Implementation is gonum's pure-Go BLAS with Dgemm replaced by this
// package's. Install it with blas64.Use(gemm.Implementation{}).
type Implementation struct {
	gonum.Implementation
}

// Dgemm performs one of the matrix-matrix operations
//
//	C = alpha * op(A) * op(B) + beta * C
//
// with op(X) = X or Xᵀ as tA and tB say, op(A) m×k, op(B) k×n and C m×n, all
// row-major, exactly as gonum's Dgemm (and with its panics for bad
// arguments).
func (impl Implementation) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	impl.dgemmOn(runtime.GOMAXPROCS(0), tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// dgemmOn is Dgemm on at most the given number of goroutines.
func (impl Implementation) dgemmOn(workers int, tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if !haveKernel || gonumDgemm(tB != blas.NoTrans, m, n, k) {
		impl.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	// gonum's checks of the arguments, with its panic messages; with
	// alpha = 0 and beta = 1 it returns right after them.
	impl.Implementation.Dgemm(tA, tB, m, n, k, 0, a, lda, b, ldb, 1, c, ldc)
	productWith(workers, full, tA != blas.NoTrans, tB != blas.NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// Serial is Implementation with each Dgemm computed on the calling
// goroutine alone, to the same bits: for a caller that keeps the cores busy
// with products of its own, one a goroutine (several blocks of samples at
// once), where spreading each product too would have the cores contend for
// its operands and wait for each other at its end.
type Serial struct {
	Implementation
}

// Dgemm is Implementation.Dgemm on the calling goroutine.
func (impl Serial) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	impl.dgemmOn(1, tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// Dsyrk is Implementation.Dsyrk on the calling goroutine.
func (impl Serial) Dsyrk(ul blas.Uplo, tA blas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	impl.dsyrkOn(1, ul, tA, n, k, alpha, a, lda, beta, c, ldc)
}

// triangle says which part of C a product computes: all of it, or (for
// Dsyrk, with m = n) the upper or lower triangle with the diagonal; the
// rest of C is neither read nor written.
type triangle int

const (
	full triangle = iota
	upper
	lower
)

// inside reports whether element (i, j) of C is in the triangle.
func (tri triangle) inside(i, j int) bool {
	switch tri {
	case upper:
		return j >= i
	case lower:
		return j <= i
	}
	return true
}

// product computes the triangle tri of C = alpha·op(A)·op(B) + beta·C for
// row-major A, B and C, where op(A) = Aᵀ when transA and A otherwise
// (likewise for B); op(A) is m×k, op(B) k×n and C m×n (see productWith).
func product(tri triangle, transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	productWith(runtime.GOMAXPROCS(0), tri, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// productWith is product on at most the given number of goroutines. The
// arguments must be valid (Implementation's methods check them), the
// processor must have a micro-kernel, and C must not overlap A or B. With
// alpha = 0 or k = 0, C is only scaled, as in the reference BLAS: NaNs in A
// or B do not reach C (gonum's Dgemm multiplies anyway).
func productWith(workers int, tri triangle, transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if testHook.force {
		testHook.kernelCalls.Add(1)
	}
	if m*n*k < serialFlops {
		workers = 1
	}
	if tri == full && m*n <= kSplitMaxOutput && k >= 2*kSplitChunk && alpha != 0 {
		productKSplit(workers, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	productOn(workers, tri, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// A product with a small C and a long k (the gradients of the UFLDL
// autoencoder: 64×25 outputs over 10000 samples) would give each pass over
// k a handful of tiny tasks and end it with the workers meeting, some forty
// times. Instead k is cut into fixed chunks of kSplitChunk, each chunk's
// product computed whole by one goroutine into its own buffer, and the
// buffers added in order, so the result does not depend on the number of
// goroutines.
const (
	kSplitMaxOutput = 64 * 64
	kSplitChunk     = 1024
)

// productKSplit is product for the case above.
func productKSplit(workers int, transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	chunks := (k + kSplitChunk - 1) / kSplitChunk
	parts := make([]float64, chunks*m*n)
	par.Each(workers, chunks, func(q int) {
		p0 := q * kSplitChunk
		kb := min(kSplitChunk, k-p0)
		// op(A)[:, p0:] and op(B)[p0:, :].
		ao, bo := p0, p0*ldb
		if transA {
			ao = p0 * lda
		}
		if transB {
			bo = p0
		}
		productOn(1, full, transA, transB, m, n, kb, 1, a[ao:], lda, b[bo:], ldb, 0, parts[q*m*n:(q+1)*m*n], n)
	})
	scale(full, m, n, beta, c, ldc)
	for q := range chunks {
		part := parts[q*m*n : (q+1)*m*n]
		for i := range m {
			row := c[i*ldc : i*ldc+n]
			for j, v := range part[i*n : (i+1)*n] {
				row[j] += alpha * v
			}
		}
	}
}

// productOn is product on the given number of goroutines.
func productOn(workers int, tri triangle, transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	// A product with a short k and few columns is done in one pass over k:
	// each pass ends with the workers meeting, which for such small
	// products costs more than the panels' falling out of L1.
	kcEff := kc
	if k <= 4*kc && n <= 4*nr {
		kcEff = k
	}
	// With beta = 0 the kernels store their tiles in the first pass over k
	// without reading C, and C is not cleared first: for a product with a
	// short k (H W2ᵀ in the linear losses, k = p) reading and clearing C
	// cost as much as the multiply-adds, and for a long one clearing C is a
	// pass over it as long as a tenth of the product (2000³).
	overwriteFirst := beta == 0 && alpha != 0 && k > 0
	if !overwriteFirst {
		scale(tri, m, n, beta, c, ldc)
	}
	if alpha == 0 || k == 0 {
		return
	}
	// The small products' paths (the kernels' paths, AVX-512 or AVX2): with
	// ow = 1 they store C's tiles rather than add to them.
	ow := 0
	if overwriteFirst {
		ow = 1
	}
	if cols := outerCols(tri, transA, transB, m, n, k); cols > 0 {
		outerProduct(workers, m, cols, k, alpha, a, lda, b, ldb, c, ldc, ow)
		if n > cols {
			productOn(workers, tri, transA, transB, m, n-cols, k, alpha, a, lda, b[cols:], ldb, 1-float64(ow), c[cols:], ldc)
		}
		return
	}
	if shortFits(tri, transA, n, k) {
		shortProduct(workers, m, n, transB, k, alpha, a, lda, b, ldb, c, ldc, ow)
		return
	}
	if narrowFits(tri, transA, n, k) {
		narrowProduct(workers, m, transB, k, alpha, a, lda, b, ldb, c, ldc, ow)
		return
	}
	// With few rows in C each packed panel of B would be used only a few
	// times, and packing B would cost as much as the products (Yᵀ·X in
	// randomized PCA: 40 rows against 60000×784); a row-major B is then
	// read in place by kernel6x8b, and only a last partial panel packed.
	bInPlace := !transB && m <= maxRowsBInPlace && (k*n >= minBInPlace || wide && (transA || n >= minColsPackA))
	bp := getBuf(&bPool, kcEff*min(nc, roundUp(n, nr)))
	defer bPool.Put(bp)
	for jc := 0; jc < n; jc += nc {
		nb := min(nc, n-jc)
		for pc := 0; pc < k; pc += kcEff {
			kb := min(kcEff, k-pc)
			pb := bp.s[:kb*roundUp(nb, nr)]
			if bInPlace {
				if last := nb / nr; nb%nr != 0 {
					packB(pb, false, b, ldb, pc, kb, jc, last, last+1, nb)
				}
			} else {
				packBParallel(workers, pb, transB, b, ldb, pc, kb, jc, nb)
			}
			overwrite := 0
			if pc == 0 {
				overwrite = ow
			}
			multiplyBlock(workers, tri, transA, m, kb, nb, jc, alpha, a, lda, pc, pb, bInPlace, b, ldb, c, ldc, overwrite)
		}
	}
}

// A product Aᵀ·B with few rows and columns in C and both A and B
// row-major (the gradients of an autoencoder's weights over a block of
// samples: 25×64 from a 512×25 and a 512×64 block) is computed by
// outer-product kernels that read both in place, five or six consecutive
// columns of A and 32 of B a step (8 on the AVX2 path), each tile of C in
// one pass over k, with no packing and no edge tiles (columns beyond the
// last multiple of 32, or 8, go to the general path). On the AVX-512 path
// the general path's 6×16 tiles, over such a C, took 1.4 to 1.9 times as
// long, in packing, edges and padding (25 rows in tiles of 6, or 25
// columns in tiles of 16; bench/NOTES.md), and on the AVX2 path its 6×8
// tiles were slower too (bench/rates/issue16-stop34-avx2-small.txt). Each tile
// reads its panel of B again, so the path is kept to products whose A and
// B fit in a core's L2 cache together (outerMaxBytes) and whose C has at
// most outerMaxRows rows.
const (
	outerMaxRows  = 48
	outerMaxBytes = 512 << 10
)

// outerCols returns the number of leading columns of C that outerProduct
// computes (a multiple of smallWidth()), or 0 when the product is not one
// for it: only on a path with kernels, for the whole of C, with m a sum of
// fives and sixes.
func outerCols(tri triangle, transA, transB bool, m, n, k int) int {
	w := smallWidth()
	if !haveKernel || tri != full || !transA || transB || m > outerMaxRows || n < w || 8*k*(m+n) > outerMaxBytes {
		return 0
	}
	if _, ok := outerRowTiles(m); !ok {
		return 0
	}
	return n / w * w
}

// smallWidth is the width of the small products' column tiles and packed
// panels: 32 columns (four ZMM registers a row) on the AVX-512 path, 8 (two
// YMM registers) on the AVX2 one, whose sixteen registers hold a 6×8 tile.
func smallWidth() int {
	if wide {
		return 32
	}
	return 8
}

// outerRowTiles returns how many of m's rows go in tiles of six, the rest
// in tiles of five: the most sixes that leave a multiple of five, and false
// if there is none (m < 20 and neither a multiple of five nor of six nor a
// sum of both, as 7, 13 or 19).
func outerRowTiles(m int) (sixes int, ok bool) {
	for s := m / 6; s >= 0; s-- {
		if (m-6*s)%5 == 0 {
			return s, true
		}
	}
	return 0, false
}

// outerProduct adds alpha·Aᵀ·B to the m×n C (n a multiple of smallWidth()), or with
// overwrite ≠ 0 stores it, A k×m and B k×n row-major, tile by tile on up
// to workers goroutines. The tiles do not overlap, and each is one
// kernel call, so the bits do not depend on the number of workers.
func outerProduct(workers, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, c []float64, ldc int, overwrite int) {
	sixes, _ := outerRowTiles(m)
	w := smallWidth()
	o := outerTiles{sixes: sixes, width: w, colTiles: n / w, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc, overwrite: overwrite}
	tiles := (sixes + (m-6*sixes)/5) * o.colTiles
	if workers <= 1 || m*n*k < serialFlops {
		for t := range tiles {
			o.run(t)
		}
		return
	}
	par.Each(workers, tiles, o.run)
}

// outerTiles is an outerProduct: its tiles numbered row tile by row tile,
// the six-row tiles first. A value rather than a closure, so that a
// product on one goroutine (each of a training lane's) allocates nothing.
type outerTiles struct {
	sixes, width   int
	colTiles, k    int
	alpha          float64
	a              []float64
	lda            int
	b              []float64
	ldb            int
	c              []float64
	ldc, overwrite int
}

// run computes tile t.
func (o outerTiles) run(t int) {
	rt, j := t/o.colTiles, t%o.colTiles*o.width
	six, i := rt < o.sixes, 6*rt
	if !six {
		i = 6*o.sixes + 5*(rt-o.sixes)
	}
	a, b, c := &o.a[i], &o.b[j], &o.c[i*o.ldc+j]
	switch {
	case o.width == 32 && six:
		kernel6x32s(o.k, a, o.lda, b, o.ldb, c, o.ldc, o.alpha, o.overwrite)
	case o.width == 32:
		kernel5x32s(o.k, a, o.lda, b, o.ldb, c, o.ldc, o.alpha, o.overwrite)
	case six:
		kernel6x8s(o.k, a, o.lda, b, o.ldb, c, o.ldc, o.alpha, o.overwrite)
	default:
		kernel5x8s(o.k, a, o.lda, b, o.ldb, c, o.ldc, o.alpha, o.overwrite)
	}
}

// A product A·op(B) with 25 columns in C (an autoencoder's hidden layer of
// 25 units, UFLDL's, over a block of samples: X·W1ᵀ and D3·W2, 512×25 with
// k = 64) would take two tiles of 16 a row panel, the second through the
// edge buffer, and 32 columns' multiply-adds. kernel6x25a takes the 25 at
// once: 24 in vectors and the 25th as six dot products. A is read in
// place, six rows at a time, and op(B), at most narrowMaxK rows of 25, is
// packed once for the whole product.
const narrowMaxK = 256

// narrowFits reports whether a product is one for narrowProduct.
func narrowFits(tri triangle, transA bool, n, k int) bool {
	return haveKernel && tri == full && !transA && n == 25 && k%8 == 0 && k <= narrowMaxK
}

// narrowProduct adds alpha·A·op(B) to the m×25 C, or with overwrite ≠ 0
// stores it there, six rows a kernel call (sixRowTiles).
func narrowProduct(workers, m int, transB bool, k int, alpha float64, a []float64, lda int, b []float64, ldb int, c []float64, ldc int, overwrite int) {
	const n = 25
	bp := getBuf(&bPool, n*k+6*k+6*n)
	defer bPool.Put(bp)
	pb, d := bp.s[:24*k], bp.s[24*k:n*k]
	// The first 24 columns of op(B) in one panel of 24 (kernel6x25a) or
	// three of 8 (kernel6x8a, on the AVX2 path).
	w := min(24, smallWidth())
	packPanels(pb, w, 24/w, transB, b, ldb, k)
	if transB {
		copy(d, b[24*ldb:24*ldb+k])
	} else {
		for p := range k {
			d[p] = b[p*ldb+24]
		}
	}
	sixRowTiles(workers, m, n, a, lda, c, ldc, alpha, overwrite, bp.s[n*k:], sixRowTile{k: k, b: pb, d: d, width: w, panels: 24 / w})
}

// A product A·op(B) with a short k and a few panels of 32 columns (an
// autoencoder's output layer over a block of samples: A2·W2ᵀ, 512×64 with
// k = 25) packs op(B) once, in panels of 32 (8 on the AVX2 path), and
// computes C in 6×32 (6×8) tiles with A read in place; the last m mod 6
// rows as in narrowProduct. On the AVX-512 path the general path's 6×16
// tiles took twice the calls for k = 25 steps each, and a block's last
// rows went through its edge tiles.
const (
	shortMaxK    = 64
	shortMaxCols = 128
)

// shortFits reports whether a product is one for shortProduct.
func shortFits(tri triangle, transA bool, n, k int) bool {
	return haveKernel && tri == full && !transA && n%smallWidth() == 0 && n <= shortMaxCols && k <= shortMaxK
}

// packPanels packs the first w·panels columns of op(B) (k rows) into pb,
// panels of w columns one after the other, each k×w row-major.
func packPanels(pb []float64, w, panels int, transB bool, b []float64, ldb, k int) {
	for q := range panels {
		pan := pb[q*w*k : (q+1)*w*k]
		if transB {
			// Rows wq to wq+w−1 of B are the panel's columns.
			gatherPanel(pan, w, b, ldb, w*q, w, 0, k)
			continue
		}
		for p := range k {
			copy(pan[w*p:w*p+w], b[p*ldb+w*q:])
		}
	}
}

// shortProduct adds alpha·A·op(B) to the m×n C (n a multiple of
// smallWidth()), or with overwrite ≠ 0 stores it there, six rows one
// kernel call a panel (sixRowTiles).
func shortProduct(workers, m, n int, transB bool, k int, alpha float64, a []float64, lda int, b []float64, ldb int, c []float64, ldc int, overwrite int) {
	w := smallWidth()
	panels := n / w
	bp := getBuf(&bPool, n*k+6*k+6*n)
	defer bPool.Put(bp)
	pb := bp.s[:n*k]
	packPanels(pb, w, panels, transB, b, ldb, k)
	sixRowTiles(workers, m, n, a, lda, c, ldc, alpha, overwrite, bp.s[n*k:], sixRowTile{k: k, b: pb, width: w, panels: panels})
}

// sixRowTile holds the kernel calls of narrowProduct (d non-nil: op(B)'s
// first 24 columns packed in b, in one panel of 24 or three of 8, and the
// 25th in d) or of shortProduct (panels of 32 or 8 columns in b) on six
// rows of A and C. A value rather than a closure, so that a product on one
// goroutine allocates nothing.
type sixRowTile struct {
	k             int
	b, d          []float64
	width, panels int
}

// run adds alpha·(six rows of A)·op(B) to six rows of C, or with
// overwrite ≠ 0 stores it there.
func (s sixRowTile) run(a []float64, lda int, c []float64, ldc int, alpha float64, overwrite int) {
	if s.d != nil && s.width == 24 {
		kernel6x25a(s.k, &a[0], lda, &s.b[0], &s.d[0], &c[0], ldc, alpha, overwrite)
		return
	}
	w := s.width
	for q := range s.panels {
		switch w {
		case 32:
			kernel6x32a(s.k, &a[0], lda, &s.b[q*w*s.k], &c[w*q], ldc, alpha, overwrite)
		case 8:
			kernel6x8a(s.k, &a[0], lda, &s.b[q*w*s.k], &c[w*q], ldc, alpha, overwrite)
		default:
			panic("gemm: no six-row kernel for panels of this width")
		}
	}
	if s.d != nil {
		kernel6x1a(s.k, &a[0], lda, &s.d[0], &c[24], ldc, alpha, overwrite)
	}
}

// sixRowTiles runs tile on the m×n C's rows six at a time on up to workers
// goroutines. The last m mod 6 rows are copied into a tile of six with
// zero rows in scratch (at least 6k + 6n long), and their products added
// (or stored) as the kernels do, with one fused multiply-add: every row
// gets the same bits whatever its place and the number of workers.
func sixRowTiles(workers, m, n int, a []float64, lda int, c []float64, ldc int, alpha float64, overwrite int, scratch []float64, tile sixRowTile) {
	k := tile.k
	tiles := m / 6
	if workers <= 1 || 6*tiles*n*k < serialFlops {
		for t := range tiles {
			tile.run(a[6*t*lda:], lda, c[6*t*ldc:], ldc, alpha, overwrite)
		}
	} else {
		par.Each(workers, tiles, func(t int) {
			tile.run(a[6*t*lda:], lda, c[6*t*ldc:], ldc, alpha, overwrite)
		})
	}
	rest := m - 6*tiles
	if rest == 0 {
		return
	}
	ta, tc := scratch[:6*k], scratch[6*k:6*k+6*n]
	clear(ta)
	for r := range rest {
		i := 6*tiles + r
		copy(ta[r*k:(r+1)*k], a[i*lda:i*lda+k])
	}
	tile.run(ta, k, tc, n, 1, 1)
	for r := range rest {
		row := c[(6*tiles+r)*ldc : (6*tiles+r)*ldc+n]
		for j, v := range tc[r*n : (r+1)*n] {
			if overwrite != 0 {
				row[j] = alpha * v
			} else {
				row[j] = math.FMA(v, alpha, row[j])
			}
		}
	}
}

// serialFlops is the size of product, m·n·k, below which one goroutine
// does it all: starting and meeting the others would take longer than the
// product (about 50 µs at this size).
const serialFlops = 1 << 21

// minBInPlace is the smallest k·n for which B is read in place by the AVX2
// kernels: a small B packs in no time, and its packed panels are read
// faster than rows of B. The AVX-512 kernel reads a whole row of 16 (two
// cache lines) a step either way, and packing even a small B took a tenth
// of the time of the products that sum over samples (the chunks of 1024
// samples of the UFLDL gradients, 1024×25 and 1024×64, against a
// transposed A) and a third of that of K·W1 in the linear losses' Gram
// form (30×30 by 30×784), so with it B is read in place whatever its size,
// except against a row-major A and a narrow B (W1·(S W1ᵀ), 30×784 by
// 784×30), where reading A in place measured faster.
const minBInPlace = 1 << 17

// maxRowsBInPlace is the largest m for which B is read in place.
const maxRowsBInPlace = 64

// minColsPackA is the smallest block of op(B), in columns, against which a
// row-major A is packed rather than read in place (see multiplyBlock).
const minColsPackA = 256

// scale sets the triangle tri of C to beta·C; beta = 0 writes zeros, so
// NaNs in C do not propagate (the BLAS convention).
func scale(tri triangle, m, n int, beta float64, c []float64, ldc int) {
	if beta == 1 {
		return
	}
	for i := range m {
		lo, hi := 0, n
		switch tri {
		case upper:
			lo = i
		case lower:
			hi = i + 1
		}
		row := c[i*ldc+lo : i*ldc+hi]
		if beta == 0 {
			clear(row)
			continue
		}
		for j := range row {
			row[j] *= beta
		}
	}
}

// task is a row block of C (rows i0:i1) against the packed column panels
// p0:p1 of op(B).
type task struct{ i0, i1, p0, p1 int }

// multiplyBlock adds alpha·op(A)[:, pc:pc+kb]·B̃ to the part in the triangle
// tri of the m×nb block of C at column jc, where B̃ is op(B)'s kb×nb block
// packed in column panels of width nr.
//
// With bInPlace, B̃'s full panels are not packed in pb but read from the
// row-major B (b, ldb) in place. With overwrite ≠ 0 the products are stored
// in C, not added to it.
func multiplyBlock(workers int, tri triangle, transA bool, m, kb, nb, jc int, alpha float64, a []float64, lda, pc int, pb []float64, bInPlace bool, b []float64, ldb int, c []float64, ldc int, overwrite int) {
	panels := (nb + nr - 1) / nr
	height := rowBlock(m, nb, workers)
	blocks := (m + height - 1) / height
	// Enough tasks to keep every worker busy to the end: split the column
	// panels when there are few row blocks.
	split := 1
	if workers > 1 && blocks < 8*workers {
		split = min(panels, (8*workers+blocks-1)/blocks)
	}
	tasks := make([]task, 0, blocks*split)
	for i0 := 0; i0 < m; i0 += height {
		i1 := min(i0+height, m)
		// The panels that meet the triangle in rows i0:i1.
		lo, hi := 0, panels
		switch tri {
		case upper:
			lo = max(0, (i0-jc)/nr)
		case lower:
			hi = min(panels, max(0, (i1-1-jc)/nr+1))
		}
		if lo >= hi {
			continue
		}
		sp := min(split, hi-lo)
		for s := range sp {
			tasks = append(tasks, task{i0, i1, lo + s*(hi-lo)/sp, lo + (s+1)*(hi-lo)/sp})
		}
	}
	// A row-major A is read in place by kernel6x8a, six whole rows at a
	// time, when op(B) is narrow: packing A would then cost as much as the
	// products. Only a last partial panel of rows is packed, with zero
	// rows, like a transposed A. (Not together with B in place: no kernel
	// reads both.) Against a wide op(B) the packed panels, contiguous, are
	// read faster than six strided rows, and the packing is shared by many
	// panels of B.
	aInPlace := !transA && !bInPlace && nb < minColsPackA
	// A transposed A against a narrow op(B) (the gradients Yᵀ·H of the
	// autoencoders: 784×30 or 64×25 over thousands of samples) is read in
	// place too, by kernel6x16s: six consecutive elements of each row of A
	// are exactly a packed panel's step, only lda apart instead of six, and
	// packing them took as long as a fifth of the product. Only the AVX-512
	// path has that kernel.
	aTransInPlace := transA && wide && nb < minColsPackA
	// When the column panels of a row block are split over several tasks,
	// the block's A is packed once, before them, instead of by each task.
	var shared []float64
	if !aInPlace && !aTransInPlace && split > 1 {
		sb := getBuf(&aPool, roundUp(m, mr)*kb)
		defer aPool.Put(sb)
		shared = sb.s
		par.Each(workers, blocks, func(q int) {
			i0 := q * height
			packA(shared[i0*kb:], transA, a, lda, i0, min(height, m-i0), pc, kb)
		})
	}
	run := func(t task, pa []float64) {
		mb := t.i1 - t.i0
		whole := mb
		switch {
		case aInPlace || aTransInPlace:
			whole = mb / mr * mr
			packA(pa[:kb*mr], transA, a, lda, t.i0+whole, mb-whole, pc, kb)
		case shared != nil:
			pa = shared[t.i0*kb:]
		default:
			packA(pa[:kb*roundUp(mb, mr)], transA, a, lda, t.i0, mb, pc, kb)
		}
		var edge [mr * maxNR]float64
		for p := t.p0; p < t.p1; p++ {
			j := p * nr
			cols := min(nr, nb-j)
			bpan := &pb[p*kb*nr]
			for i := 0; i < mb; i += mr {
				rows := min(mr, mb-i)
				gi, gj := t.i0+i, jc+j // the tile's corner in C
				if tri == upper && gj+cols-1 < gi || tri == lower && gj > gi+rows-1 {
					continue // wholly outside the triangle
				}
				// Straddling the diagonal: computed whole, added only
				// inside the triangle.
				straddle := tri == upper && gj < gi+rows-1 || tri == lower && gj+cols-1 > gi
				ci := gi*ldc + gj
				inPlace := aInPlace && i < whole
				transInPlace := aTransInPlace && i < whole
				var apan *float64
				switch {
				case inPlace:
					apan = &a[(t.i0+i)*lda+pc]
				case transInPlace:
					apan = &a[pc*lda+t.i0+i]
				case aInPlace || aTransInPlace:
					apan = &pa[0] // the packed last partial panel
				default:
					apan = &pa[i*kb]
				}
				dst, ldd, ow := &c[ci], ldc, overwrite
				partial := rows < mr || cols < nr || straddle
				if partial {
					// The kernel stores alpha·(the tile's products) in
					// edge, and they are added to C (or stored) below: the
					// bits of adding them to a cleared edge, except that a
					// zero product added to a −0 of C now leaves −0, as in
					// the full tiles and gonum's Dgemm (a cleared edge,
					// +0 plus the product, gave +0).
					dst, ldd, ow = &edge[0], nr, 1
				}
				switch {
				case transInPlace && bInPlace && cols == nr:
					kernel6x16s(kb, apan, lda, &b[pc*ldb+jc+j], ldb, dst, ldd, alpha, ow)
				case transInPlace:
					kernel6x16s(kb, apan, lda, bpan, nr, dst, ldd, alpha, ow)
				case inPlace && wide:
					kernel6x16a(kb, apan, lda, bpan, dst, ldd, alpha, ow)
				case inPlace:
					kernel6x8a(kb, apan, lda, bpan, dst, ldd, alpha, ow)
				case bInPlace && cols == nr && wide:
					kernel6x16s(kb, apan, mr, &b[pc*ldb+jc+j], ldb, dst, ldd, alpha, ow)
				case bInPlace && cols == nr:
					kernel6x8b(kb, apan, &b[pc*ldb+jc+j], ldb, dst, ldd, alpha, ow)
				case wide:
					kernel6x16(kb, apan, bpan, dst, ldd, alpha, ow)
				default:
					kernel6x8(kb, apan, bpan, dst, ldd, alpha, ow)
				}
				if !partial {
					continue
				}
				for r := range rows {
					row := c[ci+r*ldc : ci+r*ldc+cols]
					e := edge[r*nr : r*nr+cols]
					switch {
					case straddle:
						for q := range row {
							switch {
							case !tri.inside(gi+r, gj+q):
							case overwrite != 0:
								row[q] = e[q]
							default:
								row[q] += e[q]
							}
						}
					case overwrite != 0:
						copy(row, e)
					default:
						for q, v := range e {
							row[q] += v
						}
					}
				}
			}
		}
	}
	// A task's own buffer holds its packed block of A; only the last
	// partial panel when A is read in place, nothing when it is shared.
	own := kb * height
	switch {
	case aInPlace || aTransInPlace:
		own = kb * mr
	case shared != nil:
		own = 0
	}
	par.Each(workers, len(tasks), func(t int) {
		if own == 0 {
			run(tasks[t], nil)
			return
		}
		pa := getBuf(&aPool, own)
		run(tasks[t], pa.s)
		aPool.Put(pa)
	})
}

// packA copies op(A)[i0:i0+mb, p0:p0+kb] into dst as row panels of height
// mr: panel q holds, for each step l of k, op(A)[i0+q·mr+r, p0+l] for r =
// 0..mr-1, zero past the last row.
func packA(dst []float64, trans bool, a []float64, lda, i0, mb, p0, kb int) {
	for q := 0; q < mb; q += mr {
		rows := min(mr, mb-q)
		pan := dst[q*kb : q*kb+kb*mr]
		if trans {
			// op(A)[i, l] = a[l·lda + i]: a row of A holds the panel's
			// values for one l, contiguously.
			if rows == mr {
				// Element by element: copy's call costs more than six
				// moves.
				for l := range kb {
					src := a[(p0+l)*lda+i0+q : (p0+l)*lda+i0+q+mr]
					d := pan[l*mr : l*mr+mr : l*mr+mr]
					d[0], d[1], d[2], d[3], d[4], d[5] = src[0], src[1], src[2], src[3], src[4], src[5]
				}
				continue
			}
			for l := range kb {
				src := a[(p0+l)*lda+i0+q:]
				d := pan[l*mr : l*mr+mr]
				copy(d[:rows], src[:rows])
				clear(d[rows:])
			}
			continue
		}
		gatherPanel(pan, mr, a, lda, i0+q, rows, p0, kb)
	}
}

// gatherPanel fills the panel pan of the given width, for each step l of k,
// with x[(first+s)·ld + p0 + l] for s < count and zeros for s ≥ count: the
// panel's columns are count rows of x, taken kb at a time from column p0.
func gatherPanel(pan []float64, width int, x []float64, ld, first, count, p0, kb int) {
	// A full panel is filled row by row of the panel, reading its rows of
	// x side by side: writing it column by column, with a stride of one
	// cache line, took a third of a thin product's time (W·Wᵀ, 30×30×784).
	if count == width && width == 6 {
		row := func(s int) []float64 { return x[(first+s)*ld+p0 : (first+s)*ld+p0+kb] }
		x0, x1, x2, x3, x4, x5 := row(0), row(1), row(2), row(3), row(4), row(5)
		for l := range x0 {
			d := pan[l*6 : l*6+6 : l*6+6]
			d[0], d[1], d[2], d[3], d[4], d[5] = x0[l], x1[l], x2[l], x3[l], x4[l], x5[l]
		}
		return
	}
	if count == width && width%8 == 0 {
		// As above, eight rows side by side at a time (8 and 16 for the
		// general path's panels; 24 and 32 for the narrow and short
		// products' op(B), which a sparse autoencoder's loss packs again for
		// each block of samples).
		for h := 0; h < width; h += 8 {
			row := func(s int) []float64 { return x[(first+h+s)*ld+p0 : (first+h+s)*ld+p0+kb] }
			x0, x1, x2, x3, x4, x5, x6, x7 := row(0), row(1), row(2), row(3), row(4), row(5), row(6), row(7)
			for l := range x0 {
				d := pan[l*width+h : l*width+h+8 : l*width+h+8]
				d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] = x0[l], x1[l], x2[l], x3[l], x4[l], x5[l], x6[l], x7[l]
			}
		}
		return
	}
	for s := range count {
		src := x[(first+s)*ld+p0 : (first+s)*ld+p0+kb]
		for l, v := range src {
			pan[l*width+s] = v
		}
	}
	for s := count; s < width; s++ {
		for l := range kb {
			pan[l*width+s] = 0
		}
	}
}

// packBParallel packs op(B)[p0:p0+kb, j0:j0+nb] into dst as column panels of
// width nr (see packB), spreading the panels over the workers when the
// block is large.
func packBParallel(workers int, dst []float64, trans bool, b []float64, ldb, p0, kb, j0, nb int) {
	panels := (nb + nr - 1) / nr
	if panels < 2*workers || kb*nb < 1<<14 {
		workers = 1
	}
	par.Split(workers, panels, func(q0, q1 int) {
		packB(dst, trans, b, ldb, p0, kb, j0, q0, q1, nb)
	})
}

// packB packs the column panels q0:q1 of op(B)[p0:p0+kb, j0:j0+nb]: panel q
// holds, for each step l of k, op(B)[p0+l, j0+q·nr+s] for s = 0..nr-1, zero
// past the last column.
func packB(dst []float64, trans bool, b []float64, ldb, p0, kb, j0, q0, q1, nb int) {
	for q := q0; q < q1; q++ {
		j := q * nr
		cols := min(nr, nb-j)
		pan := dst[q*kb*nr : (q+1)*kb*nr]
		if trans {
			// op(B)[l, j] = b[j·ldb + l]: a row of B is one column of the
			// panel.
			gatherPanel(pan, nr, b, ldb, j0+j, cols, p0, kb)
			continue
		}
		if cols == 8 && nr == 8 {
			for l := range kb {
				src := b[(p0+l)*ldb+j0+j : (p0+l)*ldb+j0+j+8]
				d := pan[l*8 : l*8+8 : l*8+8]
				d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] = src[0], src[1], src[2], src[3], src[4], src[5], src[6], src[7]
			}
			continue
		}
		if cols == 16 && nr == 16 {
			// Element by element, as above: a call of copy per row of
			// sixteen took most of the packing's time.
			for l := range kb {
				src := b[(p0+l)*ldb+j0+j : (p0+l)*ldb+j0+j+16]
				d := pan[l*16 : l*16+16 : l*16+16]
				d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] = src[0], src[1], src[2], src[3], src[4], src[5], src[6], src[7]
				d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15] = src[8], src[9], src[10], src[11], src[12], src[13], src[14], src[15]
			}
			continue
		}
		for l := range kb {
			d := pan[l*nr : l*nr+nr]
			src := b[(p0+l)*ldb+j0+j:]
			copy(d[:cols], src[:cols])
			clear(d[cols:])
		}
	}
}

func roundUp(x, to int) int { return (x + to - 1) / to * to }

// buf is a pooled packing buffer; the pools keep the large buffers of
// repeated products (training loops) from being reallocated each call, one
// pool for the blocks of A (kc×mc or kc×mcTall) and one for those of B (up
// to kc×nc).
type buf struct{ s []float64 }

var aPool, bPool sync.Pool

// getBuf returns a buffer of n elements from pool, a new one if the pool's
// is too small (which is then left for the garbage collector). A new buffer
// holds at least minBuf elements, a task's block of A: the small products
// that a loss computes by turns, block after block of samples (five a block
// for the sparse autoencoder), then all fit in any pooled buffer, where
// buffers of each product's own size were dropped and made again call
// after call.
func getBuf(pool *sync.Pool, n int) *buf {
	if b, ok := pool.Get().(*buf); ok && cap(b.s) >= n {
		b.s = b.s[:n]
		return b
	}
	return &buf{s: make([]float64, n, max(n, minBuf))}
}

// minBuf is the smallest buffer getBuf makes.
const minBuf = kc * mc
