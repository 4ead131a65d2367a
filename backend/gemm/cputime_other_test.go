//go:build !unix

package gemm

// cpuSeconds is 0 where getrusage is not available: the metric is left out.
func cpuSeconds() float64 { return 0 }
