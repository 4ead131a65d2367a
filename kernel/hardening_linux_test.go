package kernel

import (
	"strings"
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

// TestOutputAfterCellClosesStdout: a cell that closes os.Stdout or
// os.Stderr must not silence every later cell. It runs in a kernel process:
// closing the test binary's os.Stdout would silence the test framework.
func TestOutputAfterCellClosesStdout(t *testing.T) {
	_, _, c := kernelProcessClient(t)
	c.exec("import \"os\"\nimport \"fmt\"\nimport \"log\"\nos.Stdout.Close()").ok(t)
	if got := c.exec("fmt.Println(\"printed after close\")").ok(t).stream(t, "stdout"); got != "printed after close\n" {
		t.Errorf("stdout after os.Stdout.Close() in an earlier cell: %q", got)
	}
	c.exec("os.Stderr.Close()").ok(t)
	r := c.exec("fmt.Fprintln(os.Stderr, \"error after close\")\nlog.Print(\"logged after close\")").ok(t)
	if got := r.stream(t, "stderr"); !strings.Contains(got, "error after close\n") || !strings.Contains(got, "logged after close\n") {
		t.Errorf("stderr after os.Stderr.Close() in an earlier cell: %q", got)
	}
}
