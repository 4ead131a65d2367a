package sae

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// sigmoidAdd stores f(src[j] + bias[j]) in dst[j] for every j: sigmoidRun
// with the bias written out, the reference of the tests. It panics if the
// lengths differ.
func sigmoidAdd(dst, src, bias []float64) {
	if len(src) != len(dst) || len(bias) != len(dst) {
		panic("sigmoidAdd: lengths differ")
	}
	sigmoidRun(dst, src, bias, 0, max(1, len(dst)))
}

// sigmoidPaths runs fn once per implementation of sigmoidAdd this machine
// has: the assembly on eight and on four lanes (when available) and the
// scalar loop.
func sigmoidPaths(t testing.TB, fn func(t testing.TB, path string)) {
	t.Helper()
	saved, saved512 := useSigmoidAVX2, useSigmoidAVX512
	defer func() { useSigmoidAVX2, useSigmoidAVX512 = saved, saved512 }()
	if saved512 {
		fn(t, "avx512")
	}
	useSigmoidAVX512 = false
	if saved {
		fn(t, "avx2")
	}
	useSigmoidAVX2 = false
	fn(t, "scalar")
}

// TestSigmoidAddAVX512SameBits checks that the eight-lane assembly gives
// the four-lane one's bits, on every length up to 40 (so every split
// between the two and the scalar tail) and on the test inputs.
func TestSigmoidAddAVX512SameBits(t *testing.T) {
	if !useSigmoidAVX512 {
		t.Skip("no AVX-512 on this processor")
	}
	defer func() { useSigmoidAVX512 = true }()
	ts := sigmoidTestInputs(4000, 9)
	bias := make([]float64, len(ts))
	for i := range bias {
		bias[i] = float64(i%5) - 2
	}
	run := func(n int, wide bool) []float64 {
		useSigmoidAVX512 = wide
		dst := make([]float64, n)
		sigmoidAdd(dst, ts[:n], bias[:n])
		return dst
	}
	for _, n := range append([]int{len(ts)}, func() []int {
		var s []int
		for n := 1; n <= 40; n++ {
			s = append(s, n)
		}
		return s
	}()...) {
		a, b := run(n, true), run(n, false)
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
				t.Fatalf("n = %d: f(%v + %v) = %v on eight lanes, %v on four", n, ts[i], bias[i], a[i], b[i])
			}
		}
	}
}

// smallestNormal is the smallest positive normal float64, 2⁻¹⁰²².
const smallestNormal = 0x1p-1022

// ulpDist is the number of float64 values from a to b, both ≥ 0.
func ulpDist(a, b float64) uint64 {
	x, y := math.Float64bits(a), math.Float64bits(b)
	if x > y {
		return x - y
	}
	return y - x
}

// sigmoidTestInputs returns pre-activations t that cover [−800, 800]
// uniformly, the non-saturated range [−40, 40] and the subnormal results
// (t in [−745.2, −708]) more densely, and the edge cases.
func sigmoidTestInputs(n int, seed uint64) []float64 {
	rnd := rand.New(rand.NewPCG(seed, 7))
	ts := []float64{
		0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		1e-300, -1e-300, 1e300, -1e300, 800, -800, 1000, -1000,
		-708.3964185322641, -708.4, -709.7, -744.4, -745.1332191019411, -745.1332191019412, -745.2,
		36.7, -36.7, 37.5, 40, -40,
	}
	// The ends of the reduction intervals: r = ±ln2/2.
	for k := -1080; k <= 60; k += 7 {
		x := (float64(k) + 0.5) * math.Ln2
		ts = append(ts, x, math.Nextafter(x, 0), math.Nextafter(x, -1e9))
	}
	for len(ts) < n {
		switch len(ts) % 3 {
		case 0:
			ts = append(ts, -800+1600*rnd.Float64())
		case 1:
			ts = append(ts, -40+80*rnd.Float64())
		case 2:
			ts = append(ts, -745.2+37.2*rnd.Float64())
		}
	}
	return ts
}

// checkSigmoid reports whether got is within ulps ulp of want (a sigmoid
// value) from the smallest normal up, within 1e-320 absolute below, and
// equal for NaN and 1/2. The vector paths and the scalar one are each
// within 2 ulp of the correctly rounded sigmoid where measured
// (TestSigmoidAddExact), so within 4 of each other; near 1 that allows
// either of 1 and 1 − 2⁻⁵³ where the exact value is between them
// (TestSigmoidAddEdges checks that large |t| gives exactly 0 and 1).
func checkSigmoid(got, want float64, ulps uint64) bool {
	switch {
	case math.IsNaN(want):
		return math.IsNaN(got)
	case want == 0.5:
		return got == want
	case want >= smallestNormal:
		return ulpDist(got, want) <= ulps
	}
	return math.Abs(got-want) <= 1e-320
}

// pathsApart is the tolerance, in ulp, between two paths' results.
const pathsApart = 4

// TestSigmoidAddMatchesSigmoid checks every path against sigmoid within
// pathsApart ulp, and, where a result is more than 2 ulp from sigmoid's,
// against the correctly rounded sigmoid within 2: so each of these inputs
// is held to the 2-ulp bound, not only TestSigmoidAddExact's.
func TestSigmoidAddMatchesSigmoid(t *testing.T) {
	ts := sigmoidTestInputs(300000, 1)
	// A small integer bias, so that the sums are near the inputs; the
	// reference is sigmoid of the same rounded sum src + bias.
	rnd := rand.New(rand.NewPCG(2, 7))
	src := make([]float64, len(ts))
	bias := make([]float64, len(ts))
	for i, v := range ts {
		bias[i] = float64(rnd.IntN(5) - 2)
		src[i] = v - bias[i]
		if math.IsInf(v, 0) || math.IsNaN(v) {
			src[i], bias[i] = v, 0
		}
	}
	sigmoidPaths(t, func(t testing.TB, path string) {
		dst := make([]float64, len(ts))
		sigmoidAdd(dst, src, bias)
		var worst uint64
		apart := 0
		for i, got := range dst {
			z := src[i] + bias[i]
			want := sigmoid(z)
			if !checkSigmoid(got, want, pathsApart) {
				t.Errorf("%s: f(%v) = %v, sigmoid gives %v", path, z, got, want)
			}
			if want >= smallestNormal && !math.IsNaN(got) {
				worst = max(worst, ulpDist(got, want))
				if ulpDist(got, want) > 2 {
					apart++
					if exact := exactSigmoid(z); !checkSigmoid(got, exact, 2) {
						t.Errorf("%s: f(%v) = %v, exactly %v", path, z, got, exact)
					}
				}
			}
		}
		t.Logf("%s: %d values, at most %d ulp from sigmoid (%d more than 2, each checked against the exact value)", path, len(ts), worst, apart)
	})
}

func TestSigmoidAddEdges(t *testing.T) {
	negZero := math.Copysign(0, -1)
	cases := []struct{ t, want float64 }{
		{0, 0.5},
		{negZero, 0.5},
		{math.Inf(1), 1},
		{math.Inf(-1), 0},
		{math.MaxFloat64, 1},
		{-math.MaxFloat64, 0},
		{800, 1},
		{-800, 0},
		{-745.2, 0},
		{40, 1},
		{-745.1332191019411, math.SmallestNonzeroFloat64}, // exp rounds up to 2⁻¹⁰⁷⁴
		{-745.1332191019412, 0},                           // and here down to 0
		{math.NaN(), math.NaN()},
	}
	sigmoidPaths(t, func(t testing.TB, path string) {
		// Nine copies fill a vector of eight lanes (two of four) and
		// leave one to the scalar tail, so every lane of every path sees
		// every case.
		for _, c := range cases {
			src := slices.Repeat([]float64{c.t}, 9)
			bias := make([]float64, len(src))
			if c.t == 0 {
				bias = slices.Repeat([]float64{negZero}, 9) // −0 + −0 = −0
			}
			dst := make([]float64, len(src))
			sigmoidAdd(dst, src, bias)
			for j, got := range dst {
				same := got == c.want && math.Signbit(got) == math.Signbit(c.want)
				if !same && !(math.IsNaN(c.want) && math.IsNaN(got)) {
					t.Errorf("%s: f(%v) = %v in lane %d, want %v", path, src[j]+bias[j], got, j, c.want)
				}
			}
		}
	})
}

// TestSigmoidAddLengths checks the split between the vector loops and the
// scalar tail on every length up to 40, with dst beyond the length left
// alone, and dst aliasing src.
func TestSigmoidAddLengths(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 7))
	sigmoidPaths(t, func(t testing.TB, path string) {
		for n := 0; n <= 40; n++ {
			src := make([]float64, n)
			bias := make([]float64, n)
			for j := range src {
				src[j] = -20 + 40*rnd.Float64()
				bias[j] = -1 + 2*rnd.Float64()
			}
			buf := make([]float64, n+1)
			buf[n] = -1 // sentinel
			dst := buf[:n]
			sigmoidAdd(dst, src, bias)
			if buf[n] != -1 {
				t.Errorf("%s: n = %d wrote past dst", path, n)
			}
			for j, got := range dst {
				if want := sigmoid(src[j] + bias[j]); !checkSigmoid(got, want, pathsApart) {
					t.Errorf("%s: n = %d, j = %d: got %v, want %v", path, n, j, got, want)
				}
			}
			inPlace := slices.Clone(src)
			sigmoidAdd(inPlace, inPlace, bias)
			if !slices.Equal(inPlace, dst) {
				t.Errorf("%s: n = %d: dst aliasing src gives %v, want %v", path, n, inPlace, dst)
			}
		}
	})
	defer func() {
		if recover() == nil {
			t.Error("sigmoidAdd with len(bias) ≠ len(dst) did not panic")
		}
	}()
	sigmoidAdd(make([]float64, 4), make([]float64, 4), make([]float64, 3))
}

// exactPrec is the precision of exactSigmoid's arithmetic, in bits.
const exactPrec = 160

// exactLn2 is ln 2 = Σ_{i≥1} 1/(i·2^i) to exactPrec bits.
var exactLn2 = sync.OnceValue(func() *big.Float {
	ln2 := new(big.Float).SetPrec(exactPrec)
	for i := 1; i <= exactPrec+10; i++ {
		term := new(big.Float).SetPrec(exactPrec).SetInt64(int64(i))
		term.SetMantExp(term, i)
		ln2.Add(ln2, term.Quo(big.NewFloat(1), term))
	}
	return ln2
})

// exactSigmoid returns f(t) = 1/(1 + exp(−t)) correctly rounded to
// float64, computed with big.Float arithmetic: exp(−|t|) by reduction to
// r = −|t| − k ln2, |r| ≤ ln2/2, and a Taylor series.
func exactSigmoid(t float64) float64 {
	newF := func() *big.Float { return new(big.Float).SetPrec(exactPrec) }
	ln2 := exactLn2()
	a := -math.Abs(t)
	k := math.Round(a / math.Ln2)
	r := newF().Sub(newF().SetFloat64(a), newF().Mul(newF().SetFloat64(k), ln2))
	e, term := newF().SetInt64(1), newF().SetInt64(1)
	for i := 1; i < 60; i++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(int64(i)))
		e.Add(e, term)
	}
	e.SetMantExp(e, int(k))
	s := newF().Quo(newF().SetInt64(1), newF().Add(newF().SetInt64(1), e))
	if t < 0 {
		s.Mul(s, e)
	}
	f, _ := s.Float64()
	return f
}

// TestSigmoidAddExact measures every path against the correctly rounded
// sigmoid: each must stay within 2 ulp of it.
func TestSigmoidAddExact(t *testing.T) {
	ts := sigmoidTestInputs(30000, 4)
	var finite []float64
	for _, v := range ts {
		if !math.IsInf(v, 0) && !math.IsNaN(v) && math.Abs(v) <= 800 {
			finite = append(finite, v)
		}
	}
	want := make([]float64, len(finite))
	for i, v := range finite {
		want[i] = exactSigmoid(v)
	}
	zero := make([]float64, len(finite))
	sigmoidPaths(t, func(t testing.TB, path string) {
		got := make([]float64, len(finite))
		sigmoidAdd(got, finite, zero)
		var worst float64 // in units of the last place of the exact result
		for i, g := range got {
			w := want[i]
			if !checkSigmoid(g, w, 2) {
				t.Errorf("%s: f(%v) = %v, exactly %v", path, finite[i], g, w)
			}
			if w >= smallestNormal {
				worst = max(worst, math.Abs(g-w)/(math.Nextafter(w, 2)-w))
			}
		}
		t.Logf("%s: %d values, at most %.2f ulp from the correctly rounded sigmoid", path, len(finite), worst)
	})
}

// BenchmarkSigmoidAdd applies the sigmoid to 10000 rows of 64
// pre-activations with a bias, as the sparse loss does at the UFLDL size:
// "rows" a row at a time, "blocks" in blocks of 512 rows laid end to end
// with the bias's tile (the loss's way; each block is first copied from
// the inputs, and the time includes the copy).
func BenchmarkSigmoidAdd(b *testing.B) {
	const m, n, block = 10000, 64, 512
	rnd := rand.New(rand.NewPCG(5, 7))
	z := make([]float64, m*n)
	for i := range z {
		z[i] = -8 + 16*rnd.Float64()
	}
	bias := make([]float64, n)
	for j := range bias {
		bias[j] = -1 + 2*rnd.Float64()
	}
	var tl tile
	tl.set(bias)
	dst := make([]float64, m*n)
	sigmoidPaths(b, func(_ testing.TB, path string) {
		b.Run(path+"/rows", func(b *testing.B) {
			for b.Loop() {
				for i := 0; i < m; i++ {
					sigmoidAdd(dst[i*n:(i+1)*n], z[i*n:(i+1)*n], bias)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N*m*n), "ns/elem")
		})
		b.Run(path+"/blocks", func(b *testing.B) {
			for b.Loop() {
				for i := 0; i < m; i += block {
					v := dst[i*n : min(i+block, m)*n]
					copy(v, z[i*n:])
					sigmoidAddTile(v, tl, 0)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N*m*n), "ns/elem")
		})
	})
}

// TestSigmoidAddTile checks that the sigmoid of the rows of a block laid
// end to end, with the bias's tile, gives the bits of sigmoidAdd with the
// bias written out row after row, on every path, for row lengths below, at
// and above the tile's step and blocks that start at any column, the
// offset given as the column or as a hundred rows further on (past the
// tile's period, which the offset is taken modulo).
func TestSigmoidAddTile(t *testing.T) {
	ts := sigmoidTestInputs(4000, 11)
	bias := make([]float64, 100)
	for j := range bias {
		bias[j] = float64(j%7) - 3
	}
	sigmoidPaths(t, func(t testing.TB, path string) {
		var tl tile
		for _, cols := range append([]int{25, 63, 64, 65, 100}, lengths(17)...) {
			tl.set(bias[:cols])
			for _, rows := range []int{0, 1, 2, 9, 30} {
				for _, first := range []int{0, 1, cols / 2, cols - 1} {
					// Rows of the block from column first of its first row.
					n := max(0, rows*cols-first)
					full := make([]float64, n)
					for j := range full {
						full[j] = bias[(first+j)%cols]
					}
					want := make([]float64, n)
					sigmoidAdd(want, ts[:n], full)
					for _, off := range []int{first, first + 100*cols} {
						got := slices.Clone(ts[:n])
						sigmoidAddTile(got, tl, off)
						for j := range got {
							if math.Float64bits(got[j]) != math.Float64bits(want[j]) {
								t.Fatalf("%s, %d rows of %d from column %d (offset %d): element %d is %v, with the bias written out %v", path, rows, cols, first, off, j, got[j], want[j])
							}
						}
					}
				}
			}
		}
	})
}

// lengths returns 1, 2, …, n.
func lengths(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	return s
}

// TestOutputDeltaPaths checks outputDelta and derivMul (with a tile of
// seven, from its fourth element) against their definitions, written out
// here, and that every path gives the same bits:
// the assembly takes the multiples of 32 elements, the loop the rest, and
// the squared errors are summed in the same 32 interleaved sums on both.
func TestOutputDeltaPaths(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 5))
	const size = 1000
	a := make([]float64, size)
	x := make([]float64, size)
	d := make([]float64, size)
	for i := range a {
		a[i] = rnd.Float64()
		x[i] = 0.1 + 0.8*rnd.Float64()
		d[i] = rnd.NormFloat64()
	}
	a[3], a[40] = 0, 1 // saturated units: a zero derivative
	sp := []float64{0.5, -0.25, 2, 0, -1, 1e-3, 7}
	var s tile
	s.set(sp)
	type result struct {
		delta, prod []float64
		sse         float64
	}
	var first map[int]result
	sigmoidPaths(t, func(t testing.TB, path string) {
		got := map[int]result{}
		for _, n := range append([]int{size, 992, 993}, lengths(70)...) {
			delta := slices.Clone(a[:n])
			sse := outputDelta(delta, x[:n])
			prod := slices.Clone(d[:n])
			derivMul(prod, a[:n], s, 3)
			var want float64
			for j := range n {
				e := a[j] - x[j]
				want += e * e
				if w := e * a[j] * (1 - a[j]); delta[j] != w {
					t.Fatalf("%s, n = %d: delta[%d] = %v, want %v", path, n, j, delta[j], w)
				}
				if w := (d[j] + sp[(3+j)%len(sp)]) * a[j] * (1 - a[j]); prod[j] != w {
					t.Fatalf("%s, n = %d: derivMul[%d] = %v, want %v", path, n, j, prod[j], w)
				}
			}
			if math.Abs(sse-want) > 1e-14*want {
				t.Fatalf("%s, n = %d: sum of squares %v, want %v", path, n, sse, want)
			}
			got[n] = result{delta, prod, sse}
		}
		if first == nil {
			first = got
			return
		}
		for n, r := range got {
			f := first[n]
			if math.Float64bits(r.sse) != math.Float64bits(f.sse) || !slices.Equal(r.delta, f.delta) || !slices.Equal(r.prod, f.prod) {
				t.Fatalf("%s, n = %d: not the first path's bits (sum of squares %v, first %v)", path, n, r.sse, f.sse)
			}
		}
	})
}

// TestSigmoidDeltaTwoPasses checks that sigmoidDelta, the one pass over
// the output layer, gives the bits of its two passes (sigmoidAddTile, then
// outputDelta), activations, errors and sum of squares, on every path, for
// lengths that leave every tail after the assembly's 32 and 64 elements a
// step, with a tile of 64 columns (UFLDL's) and of 25 from any column; and
// the errors' bits with a NaN among the inputs.
func TestSigmoidDeltaTwoPasses(t *testing.T) {
	withNaN := sigmoidTestInputs(4000, 13)
	ts := slices.Clone(withNaN)
	for j, v := range ts {
		if math.IsNaN(v) { // a NaN sum of squares would hide the order of the sums
			ts[j] = 0.5
		}
	}
	rnd := rand.New(rand.NewPCG(7, 9))
	x := make([]float64, len(ts))
	for i := range x {
		x[i] = rnd.Float64()
	}
	bias := make([]float64, 64)
	for j := range bias {
		bias[j] = float64(j%9)/2 - 2
	}
	sigmoidPaths(t, func(t testing.TB, path string) {
		var tl tile
		for _, cols := range []int{64, 25} {
			tl.set(bias[:cols])
			for _, n := range append([]int{len(ts), 2048, 2047, 2049}, lengths(200)...) {
				for _, off := range []int{0, 3, cols + 1} {
					want := slices.Clone(ts[:n])
					sigmoidAddTile(want, tl, off)
					wantSSE := outputDelta(want, x[:n])
					got := slices.Clone(ts[:n])
					sse := sigmoidDelta(got, x[:n], tl, off)
					same := math.Float64bits(sse) == math.Float64bits(wantSSE)
					for j := range got {
						same = same && math.Float64bits(got[j]) == math.Float64bits(want[j])
					}
					if !same {
						t.Fatalf("%s, %d elements of rows of %d from offset %d: not the two passes' bits (sum of squares %v, two passes %v)", path, n, cols, off, sse, wantSSE)
					}
				}
			}
			// With the NaN input, the elements alone (the sum is NaN).
			want := slices.Clone(withNaN)
			sigmoidAddTile(want, tl, 1)
			outputDelta(want, x)
			got := slices.Clone(withNaN)
			sigmoidDelta(got, x, tl, 1)
			for j := range got {
				if math.Float64bits(got[j]) != math.Float64bits(want[j]) {
					t.Fatalf("%s, rows of %d with a NaN input: element %d is %v, two passes %v", path, cols, j, got[j], want[j])
				}
			}
		}
	})
}

// TestOutputDeltaLengths checks that outputDelta and derivMul panic on
// slices of different lengths.
func TestOutputDeltaLengths(t *testing.T) {
	for name, fn := range map[string]func(){
		"outputDelta": func() { outputDelta(make([]float64, 40), make([]float64, 39)) },
		"sigmoidDelta": func() {
			var tl tile
			tl.set(make([]float64, 3))
			sigmoidDelta(make([]float64, 40), make([]float64, 41), tl, 0)
		},
		"derivMul": func() { derivMul(make([]float64, 40), make([]float64, 41), tile{make([]float64, 65), 1}, 0) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s with different lengths did not panic", name)
				}
			}()
			fn()
		}()
	}
}

// TestAddColSumsPaths checks addColSums against its definition, written out here,
// on every path, for row lengths that leave every tail of a vector of eight
// and for no rows; each column is summed in row order on every path, so the
// bits are the same.
func TestAddColSumsPaths(t *testing.T) {
	rnd := rand.New(rand.NewPCG(4, 6))
	src := make([]float64, 7*70)
	for i := range src {
		src[i] = rnd.NormFloat64() * math.Pow(10, float64(rnd.IntN(7)-3))
	}
	sigmoidPaths(t, func(t testing.TB, path string) {
		for _, cols := range append([]int{64, 25, 33, 40, 70}, lengths(17)...) {
			for _, rows := range []int{0, 1, 2, 7} {
				start := make([]float64, cols+1) // one past the end, which must stay
				for j := range start {
					start[j] = float64(j)
				}
				got := slices.Clone(start)
				addColSums(got[:cols], src[:rows*cols])
				want := slices.Clone(start)
				for i := range rows {
					for j := range cols {
						want[j] += src[i*cols+j]
					}
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%s, %d rows of %d: %v, want %v", path, rows, cols, got, want)
				}
			}
		}
	})
	defer func() {
		if recover() == nil {
			t.Error("addColSums with a partial row did not panic")
		}
	}()
	addColSums(make([]float64, 4), make([]float64, 6))
}
