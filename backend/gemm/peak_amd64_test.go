//go:build amd64 && !noasm

package gemm

import (
	"fmt"
	"testing"

	"golang.org/x/sys/cpu"
)

// BenchmarkFMAPeak measures the double-precision FMA peak of one core (and,
// with -cpu 2 or more, of that many cores at once), in GFLOP/s, for YMM and
// ZMM registers and 4 to 24 independent accumulator chains: the ceiling
// against which the micro-kernels' rates are read.
//
//	go test -run '^$' -bench FMAPeak ./backend/gemm/
func BenchmarkFMAPeak(b *testing.B) {
	peaks := []struct {
		name   string
		lanes  int
		chains int
		ok     bool
		f      func(n int, a, b *float64)
	}{
		{"YMM", 4, 4, haveKernel, fmaPeakYMM4},
		{"YMM", 4, 8, haveKernel, fmaPeakYMM8},
		{"YMM", 4, 12, haveKernel, fmaPeakYMM12},
		{"ZMM", 8, 4, cpu.X86.HasAVX512F, fmaPeakZMM4},
		{"ZMM", 8, 8, cpu.X86.HasAVX512F, fmaPeakZMM8},
		{"ZMM", 8, 12, cpu.X86.HasAVX512F, fmaPeakZMM12},
		{"ZMM", 8, 24, cpu.X86.HasAVX512F, fmaPeakZMM24},
	}
	const iters = 1 << 19 // per call: about 0.5–3 ms
	for _, p := range peaks {
		b.Run(fmt.Sprintf("%s/chains=%d", p.name, p.chains), func(b *testing.B) {
			if !p.ok {
				b.Skipf("no %s FMA on this processor", p.name)
			}
			b.RunParallel(func(pb *testing.PB) {
				x, y := 1.0, 1e-9
				for pb.Next() {
					p.f(iters, &x, &y)
				}
			})
			flops := float64(b.N) * iters * float64(p.chains*p.lanes) * 2
			b.ReportMetric(flops/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
