//go:build !linux

package kernel

import "os"

// saveOriginal keeps the process's standard streams.
func saveOriginal() {
	origOnce.Do(func() {
		origStdout, origStderr = os.Stdout, os.Stderr
	})
}

// redirectStd swaps the os.Stdout and os.Stderr variables: without dup3 the
// kernel captures what Go code writes through them (fmt.Print does), not
// writers that kept the old *os.File.
func redirectStd(out, errw *os.File) error {
	saveOriginal()
	os.Stdout, os.Stderr = out, errw
	return nil
}

// restoreStd puts the original streams back.
func restoreStd() error {
	os.Stdout, os.Stderr = origStdout, origStderr
	return nil
}

// available does not know how much a pipe holds on this platform.
func available(r *os.File) (n int, ok bool) {
	return 0, false
}

// spoolFile has no spool on this platform: standard error is captured
// through a pipe.
func spoolFile(path string) (*os.File, error) {
	return nil, nil
}

// freeSpool is never called without a spool.
func freeSpool(f *os.File, off int64) int64 {
	return off
}
