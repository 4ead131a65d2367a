package kernel

import (
	"syscall"
	"testing"
	"time"
)

// TestReadingStdinDoesNotBlock gives the process a standard input nobody
// writes to, as jupyter_client does (a pipe): a cell that reads it must get
// end of file at once, since the kernel does not support input.
func TestReadingStdinDoesNotBlock(t *testing.T) {
	_, c := testKernel(t)
	saved, err := syscall.Dup(0)
	if err != nil {
		t.Fatal(err)
	}
	var pipe [2]int
	if err := syscall.Pipe(pipe[:]); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup3(pipe[0], 0, 0); err != nil {
		t.Fatal(err)
	}
	defer func() {
		syscall.Dup3(saved, 0, 0)
		syscall.Close(saved)
		syscall.Close(pipe[0])
		syscall.Close(pipe[1])
	}()
	start := time.Now()
	r := c.execWith(map[string]any{"code": "import \"fmt\"\nvar stdinWord string\n_, stdinErr := fmt.Scanln(&stdinWord)\nstdinErr != nil"}, 5*time.Second)
	if got := r.ok(t).text(t); got != "true" {
		t.Errorf("fmt.Scanln on an empty standard input: err != nil is %s", got)
	}
	t.Logf("fmt.Scanln returned after %v", time.Since(start))
}
