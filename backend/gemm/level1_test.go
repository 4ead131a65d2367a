package gemm

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// level1Lengths cover no full block of sixteen, whole blocks, blocks with
// every length of tail, and an autoencoder's 3289 parameters.
var level1Lengths = []int{0, 1, 7, 15, 16, 17, 31, 32, 33, 47, 48, 63, 100, 3289}

func level1Vectors(n int, seed uint64) (x, y, z []float64) {
	rnd := rand.New(rand.NewPCG(seed, 17))
	x, y, z = make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range n {
		// Magnitudes over six decades, so that the order of the sums shows
		// in the last bits.
		x[i] = rnd.NormFloat64() * math.Pow(10, 3*rnd.Float64()-1.5)
		y[i] = rnd.NormFloat64() * math.Pow(10, 3*rnd.Float64()-1.5)
		z[i] = rnd.NormFloat64()
	}
	return x, y, z
}

// exactDot is Σ x[j]·y[j] rounded once.
func exactDot(x, y []float64) float64 {
	sum := new(big.Float).SetPrec(2200)
	for i := range x {
		p := new(big.Float).SetPrec(2200).SetFloat64(x[i])
		sum.Add(sum, p.Mul(p, new(big.Float).SetFloat64(y[i])))
	}
	f, _ := sum.Float64()
	return f
}

// TestLevel1 checks on every path that Dot is Σ x·y within the bound of a
// sum of n products (n·ε·Σ|x·y|), that AxpbyDot leaves y[j] =
// fma(alpha, x[j], beta·y[j]) and returns Dot(z, y) of the new y to the
// bit, also with z = y and z = x, and that the paths give the pure-Go
// fallback's bits.
func TestLevel1(t *testing.T) {
	type result struct {
		dot, axpby, axpbySelf, axpbyX float64
		y, ySelf                      []float64
	}
	results := map[string][]result{}
	for _, path := range kernelPaths() {
		func() {
			defer usePath(path)()
			for _, n := range level1Lengths {
				x, y, z := level1Vectors(n, uint64(n))
				var r result
				r.dot = Dot(x, y)
				abs := 0.0
				for i := range x {
					abs += math.Abs(x[i] * y[i])
				}
				if want := exactDot(x, y); !(math.Abs(r.dot-want) <= float64(n)*0x1p-52*abs) {
					t.Errorf("%s, n = %d: Dot = %v, exact %v", path, n, r.dot, want)
				}
				for _, beta := range []float64{1, -0.75} {
					alpha := -1.3
					want := make([]float64, n)
					for i := range y {
						want[i] = math.FMA(alpha, x[i], beta*y[i])
					}
					yy := append([]float64(nil), y...)
					d := AxpbyDot(alpha, x, beta, yy, z)
					for i := range yy {
						if math.Float64bits(yy[i]) != math.Float64bits(want[i]) {
							t.Fatalf("%s, n = %d, beta = %v: y[%d] = %v, want fma(alpha, x, beta·y) = %v", path, n, beta, i, yy[i], want[i])
						}
					}
					if dz := Dot(z, yy); math.Float64bits(d) != math.Float64bits(dz) {
						t.Errorf("%s, n = %d, beta = %v: AxpbyDot returned %v, Dot(z, new y) = %v", path, n, beta, d, dz)
					}
					if beta == 1 {
						r.axpby, r.y = d, yy
					}
				}
				self := append([]float64(nil), y...)
				r.axpbySelf = AxpbyDot(0.5, x, 2, self, self)
				r.ySelf = self
				if want := Dot(self, self); math.Float64bits(r.axpbySelf) != math.Float64bits(want) {
					t.Errorf("%s, n = %d: AxpbyDot with z = y returned %v, Dot of the new y with itself %v", path, n, r.axpbySelf, want)
				}
				yx := append([]float64(nil), y...)
				r.axpbyX = AxpbyDot(0.5, x, 1, yx, x)
				if want := Dot(x, yx); math.Float64bits(r.axpbyX) != math.Float64bits(want) {
					t.Errorf("%s, n = %d: AxpbyDot with z = x returned %v, Dot(x, new y) %v", path, n, r.axpbyX, want)
				}
				results[path] = append(results[path], r)
			}
		}()
	}
	ref := results["pure Go"]
	for path, rs := range results {
		for i, r := range rs {
			w := ref[i]
			same := math.Float64bits(r.dot) == math.Float64bits(w.dot) &&
				math.Float64bits(r.axpby) == math.Float64bits(w.axpby) &&
				math.Float64bits(r.axpbySelf) == math.Float64bits(w.axpbySelf) &&
				math.Float64bits(r.axpbyX) == math.Float64bits(w.axpbyX)
			for j := range r.y {
				same = same && math.Float64bits(r.y[j]) == math.Float64bits(w.y[j]) &&
					math.Float64bits(r.ySelf[j]) == math.Float64bits(w.ySelf[j])
			}
			if !same {
				t.Errorf("%s, n = %d: results differ from the pure-Go path's", path, level1Lengths[i])
			}
		}
	}
}

// documentedDot is Dot's order written out independently of addLanes:
// sixteen running sums, halved four times (sum l plus sum l + w for
// w = 8, 4, 2, 1), then the tail.
func documentedDot(x, y []float64) float64 {
	n := len(x)
	j := n &^ 15
	var v [16]float64
	for i := range j {
		v[i%16] = math.FMA(x[i], y[i], v[i%16])
	}
	for w := 8; w >= 1; w /= 2 {
		for l := range w {
			v[l] += v[l+w]
		}
	}
	d := v[0]
	for ; j < n; j++ {
		d = math.FMA(x[j], y[j], d)
	}
	return d
}

// TestLevel1Documented checks every path's Dot against documentedDot to
// the bit, on vectors whose magnitudes span six decades, where another
// order of the sums gives other last bits.
func TestLevel1Documented(t *testing.T) {
	forEachPath(t, func(t *testing.T) {
		for _, n := range level1Lengths {
			for seed := range uint64(20) {
				x, y, _ := level1Vectors(n, 100+seed)
				if got, want := Dot(x, y), documentedDot(x, y); math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("n = %d, seed %d: Dot = %v, the documented order gives %v", n, seed, got, want)
				}
			}
		}
	})
}

// TestLevel1Order checks, on a case where the order decides the result
// (2⁵³ in sum 0 and ones elsewhere), that the products go into sixteen
// sums by j mod 16 before they meet 2⁵³; TestLevel1Documented checks the
// rest of the order.
func TestLevel1Order(t *testing.T) {
	forEachPath(t, func(t *testing.T) {
		const n = 35
		x, y := make([]float64, n), make([]float64, n)
		for i := range x {
			x[i], y[i] = 1, 1
		}
		x[0] = 0x1p53
		// Sum 0 is 2⁵³ + 1 → 2⁵³ (ties to even), sums 1–15 are 2 each;
		// the pairs: (2⁵³ + 2) + 4 + 8 + 16, exact; then the 3 tail
		// products one at a time onto 2⁵³ + 30, each rounding to even:
		// + 1 → 2⁵³ + 32, and twice 2⁵³ + 32 + 1 → 2⁵³ + 32. Summed in
		// order, every + 1 would round away: 2⁵³.
		want := 0x1p53 + 32
		if got := Dot(x, y); got != want {
			t.Errorf("Dot = %v (2⁵³ + %v), want 2⁵³ + 32", got, got-0x1p53)
		}
		if got := AxpbyDot(0, y, 1, append([]float64(nil), y...), x); got != want {
			t.Errorf("AxpbyDot = %v (2⁵³ + %v), want 2⁵³ + 32", got, got-0x1p53)
		}
	})
}

func TestLevel1Panics(t *testing.T) {
	for name, f := range map[string]func(){
		"Dot":         func() { Dot(make([]float64, 3), make([]float64, 4)) },
		"AxpbyDot, y": func() { AxpbyDot(1, make([]float64, 3), 1, make([]float64, 4), make([]float64, 3)) },
		"AxpbyDot, z": func() { AxpbyDot(1, make([]float64, 3), 1, make([]float64, 3), make([]float64, 2)) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s with lengths that differ did not panic", name)
				}
			}()
			f()
		}()
	}
}

func BenchmarkAxpbyDot(b *testing.B) {
	benchEachPath(b, func(b *testing.B) {
		x, y, z := level1Vectors(3289, 1)
		b.SetBytes(4 * 8 * 3289)
		for b.Loop() {
			AxpbyDot(1e-9, x, 1, y, z)
		}
	})
}
