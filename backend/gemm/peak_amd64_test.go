//go:build amd64 && !noasm

package gemm

import (
	"fmt"
	"testing"

	"golang.org/x/sys/cpu"
)

// BenchmarkFMAPeak measures the double-precision FMA peak of one core (and,
// with -cpu 2 or more, of that many cores at once), in GFLOP/s and in GFLOP
// per processor-second (the peak of the cores the process was given, on a
// machine shared with other work), for YMM and ZMM registers and 4 to 24
// independent accumulator chains: the ceiling against which the
// micro-kernels' rates are read.
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
			cpu0 := cpuSeconds()
			b.RunParallel(func(pb *testing.PB) {
				x, y := 1.0, 1e-9
				for pb.Next() {
					p.f(iters, &x, &y)
				}
			})
			gflop := float64(b.N) * iters * float64(p.chains*p.lanes) * 2 / 1e9
			b.ReportMetric(gflop/b.Elapsed().Seconds(), "GFLOP/s")
			if cpu := cpuSeconds() - cpu0; cpu > 0 {
				b.ReportMetric(gflop/cpu, "GFLOP/cpu-s")
			}
		})
	}
}

// BenchmarkKernelShare runs each micro-kernel alone on one core, on packed
// panels that stay in L1 (k = kc), without packing, memory traffic or the
// goroutines of a whole product: its GFLOP per processor-second, divided by
// BenchmarkFMAPeak's for its register width, is its share of the peak.
//
//	go test -run '^$' -bench 'FMAPeak|KernelShare' -cpu 1 ./backend/gemm/
func BenchmarkKernelShare(b *testing.B) {
	a, bp, c := make([]float64, mr*kc), make([]float64, kc*maxNR), make([]float64, mr*maxNR)
	for i := range a {
		a[i] = 1e-3
	}
	for i := range bp {
		bp[i] = 1e-3
	}
	for _, k := range []struct {
		name  string
		width int
		ok    bool
		f     func()
	}{
		{"AVX2-6x8", 8, haveAVX2, func() { kernel6x8(kc, &a[0], &bp[0], &c[0], 8, 1, 0) }},
		{"AVX-512-6x16", 16, haveAVX512, func() { kernel6x16(kc, &a[0], &bp[0], &c[0], 16, 1, 0) }},
	} {
		b.Run(k.name, func(b *testing.B) {
			if !k.ok {
				b.Skip("not on this processor")
			}
			cpu0 := cpuSeconds()
			for b.Loop() {
				k.f()
			}
			gflop := float64(b.N) * kc * mr * float64(k.width) * 2 / 1e9
			b.ReportMetric(gflop/b.Elapsed().Seconds(), "GFLOP/s")
			if cpu := cpuSeconds() - cpu0; cpu > 0 {
				b.ReportMetric(gflop/cpu, "GFLOP/cpu-s")
			}
		})
	}
}
