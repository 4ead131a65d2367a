//go:build amd64 && !noasm

package gemm

// The FMA peak loops, for BenchmarkFMAPeak only (the linker leaves them out
// of programs): n iterations of one fused multiply-add on each of chains
// independent accumulators, 4 lanes wide in YMM registers (AVX2/FMA) or 8
// in ZMM registers (AVX-512F). A core's peak is reached only when the
// chains cover the FMA latency times the number of FMA units; with fewer,
// the loop measures the latency instead, which is how a test with one or
// two chains finds ZMM no faster than YMM.

//go:noescape
func fmaPeakYMM4(n int, a, b *float64)

//go:noescape
func fmaPeakYMM8(n int, a, b *float64)

//go:noescape
func fmaPeakYMM12(n int, a, b *float64)

//go:noescape
func fmaPeakZMM4(n int, a, b *float64)

//go:noescape
func fmaPeakZMM8(n int, a, b *float64)

//go:noescape
func fmaPeakZMM12(n int, a, b *float64)

//go:noescape
func fmaPeakZMM24(n int, a, b *float64)
