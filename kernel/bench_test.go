package kernel

import (
	"testing"
	"time"
)

// BenchmarkKernelStartToFirstResult measures what a user waits for after
// opening a notebook: start the kernel command, connect, execute `1+1` and
// receive its result.
func BenchmarkKernelStartToFirstResult(b *testing.B) {
	bin := kernelBinary(b)
	dir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		conn, info := writeConnectionFile(b, dir)
		b.StartTimer()
		p := startKernelProcess(b, bin, conn)
		c := dial(b, info)
		if got := c.exec("1+1").ok(b).text(b); got != "2" {
			b.Fatalf("1+1 = %q", got)
		}
		b.StopTimer()
		c.close()
		p.cmd.Process.Kill()
		<-p.exited
		b.StartTimer()
	}
}

// BenchmarkCellOverhead is the round trip of a trivial cell on a running
// kernel: request, busy, execute_input, result, reply, idle.
func BenchmarkCellOverhead(b *testing.B) {
	_, c := testKernelTB(b)
	c.exec("1").ok(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got := c.execWith(map[string]any{"code": "1+1"}, 30*time.Second).ok(b).text(b); got != "2" {
			b.Fatalf("1+1 = %q", got)
		}
	}
}
