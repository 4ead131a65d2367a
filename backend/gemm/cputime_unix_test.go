//go:build unix

package gemm

import "syscall"

// cpuSeconds returns the processor time, user and system, the process has
// used so far: on a machine shared with other work, a product's flops per
// processor-second measure the code, where its wall time also measures the
// other work.
func cpuSeconds() float64 {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e9
}
