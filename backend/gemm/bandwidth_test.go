package gemm

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/linae/linae/backend/par"
)

// BenchmarkMemoryBandwidth measures the memory bandwidth that bounds the
// products and elementwise passes which stream their operands (the data-form
// losses over 60000×784 data), STREAM's way: copy (a = b), scale (a = q·b),
// add (a = b + c) and triad (a = b + q·c), plus a read-only sum, over arrays
// of size float64s each, split into GOMAXPROCS contiguous ranges, one per
// goroutine (run with -cpu 1,2). Bytes are counted as STREAM counts them:
// each array element read or written once, the cache line that a store
// first reads (write-allocate) not counted. GB/s is of the best of b.N
// repetitions (run with -benchtime Nx); the first touch of the arrays is
// done before timing. The loops are unrolled over independent elements, and
// the sum over eight accumulators, so that they wait on memory rather than
// on the add's latency.
//
// The large size, 2²⁷ elements (1 GiB) an array, is larger than every
// cache of the processors this package runs on, including the L3 that a
// virtual machine may report for its whole host: that is the memory's
// bandwidth. 16 MiB an array is the size of a block of 2560 rows of 784
// columns (the data-form linear losses' blocks): it shows whether such a
// block is read from the L3 cache or from memory. 256 KiB an array stays
// in L2, where the loops themselves are the limit: a rate at 1 GiB below
// theirs is the memory's, not the loops'.
//
//	go test -run '^$' -bench MemoryBandwidth -benchtime 5x -cpu 1,2 ./backend/gemm/
func BenchmarkMemoryBandwidth(b *testing.B) {
	sizes := []int{1 << 15, 1 << 21, 1 << 27}
	for _, size := range sizes {
		// Three arrays of size elements, allocated once for all loops.
		x, y, z := make([]float64, size), make([]float64, size), make([]float64, size)
		workers := runtime.GOMAXPROCS(0)
		par.Split(workers, size, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				x[i], y[i], z[i] = 1, 2, 0
			}
		})
		const q = 3.0
		for _, l := range []struct {
			name   string
			arrays int // arrays read and written per element
			f      func(lo, hi int)
		}{
			{"copy", 2, func(lo, hi int) { copyLoop(z[lo:hi], x[lo:hi]) }},
			{"scale", 2, func(lo, hi int) { scaleLoop(z[lo:hi], q, x[lo:hi]) }},
			{"add", 3, func(lo, hi int) { addLoop(z[lo:hi], x[lo:hi], y[lo:hi]) }},
			{"triad", 3, func(lo, hi int) { triadLoop(z[lo:hi], x[lo:hi], q, y[lo:hi]) }},
			{"sum", 1, func(lo, hi int) {
				if sumLoop(x[lo:hi]) < 0 {
					panic("negative sum of positive numbers")
				}
			}},
		} {
			// Arrays in the caches are passed over several times a
			// repetition, so that a repetition is not too short to time.
			passes := max(1, 1<<24/size)
			b.Run(fmt.Sprintf("%s/KiB=%d", l.name, size*8>>10), func(b *testing.B) {
				best := time.Duration(1 << 62)
				for b.Loop() {
					t0 := time.Now()
					for range passes {
						par.Split(workers, size, l.f)
					}
					best = min(best, time.Since(t0))
				}
				b.ReportMetric(float64(passes*l.arrays*8*size)/best.Seconds()/1e9, "GB/s")
			})
		}
	}
}

func copyLoop(dst, src []float64) {
	src = src[:len(dst)]
	i := 0
	for ; i+4 <= len(dst); i += 4 {
		d, s := dst[i:i+4:i+4], src[i:i+4:i+4]
		d[0], d[1], d[2], d[3] = s[0], s[1], s[2], s[3]
	}
	for ; i < len(dst); i++ {
		dst[i] = src[i]
	}
}

func scaleLoop(dst []float64, q float64, src []float64) {
	src = src[:len(dst)]
	i := 0
	for ; i+4 <= len(dst); i += 4 {
		d, s := dst[i:i+4:i+4], src[i:i+4:i+4]
		d[0], d[1], d[2], d[3] = q*s[0], q*s[1], q*s[2], q*s[3]
	}
	for ; i < len(dst); i++ {
		dst[i] = q * src[i]
	}
}

func addLoop(dst, u, v []float64) {
	u, v = u[:len(dst)], v[:len(dst)]
	i := 0
	for ; i+4 <= len(dst); i += 4 {
		d, s, t := dst[i:i+4:i+4], u[i:i+4:i+4], v[i:i+4:i+4]
		d[0], d[1], d[2], d[3] = s[0]+t[0], s[1]+t[1], s[2]+t[2], s[3]+t[3]
	}
	for ; i < len(dst); i++ {
		dst[i] = u[i] + v[i]
	}
}

func triadLoop(dst, u []float64, q float64, v []float64) {
	u, v = u[:len(dst)], v[:len(dst)]
	i := 0
	for ; i+4 <= len(dst); i += 4 {
		d, s, t := dst[i:i+4:i+4], u[i:i+4:i+4], v[i:i+4:i+4]
		d[0], d[1], d[2], d[3] = s[0]+q*t[0], s[1]+q*t[1], s[2]+q*t[2], s[3]+q*t[3]
	}
	for ; i < len(dst); i++ {
		dst[i] = u[i] + q*v[i]
	}
}

func sumLoop(x []float64) float64 {
	// Eight accumulators in registers (an array's elements would go
	// through memory at every add).
	var s0, s1, s2, s3, s4, s5, s6, s7 float64
	i := 0
	for ; i+8 <= len(x); i += 8 {
		v := x[i : i+8 : i+8]
		s0 += v[0]
		s1 += v[1]
		s2 += v[2]
		s3 += v[3]
		s4 += v[4]
		s5 += v[5]
		s6 += v[6]
		s7 += v[7]
	}
	for ; i < len(x); i++ {
		s0 += x[i]
	}
	return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7
}
