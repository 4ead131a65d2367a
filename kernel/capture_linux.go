package kernel

import (
	"fmt"
	"log"
	"os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// saveOriginal keeps duplicates of fd 0, 1 and 2, to restore them after a
// cell and to log to the real stderr while fd 2 is redirected.
func saveOriginal() {
	origOnce.Do(func() {
		if fd, err := syscall.Dup(0); err == nil {
			syscall.CloseOnExec(fd)
			origStdin = os.NewFile(uintptr(fd), "/dev/stdin")
		}
		if f, err := os.Open(os.DevNull); err == nil {
			devNull = f
		}
		origStdout, origStderr = os.Stdout, os.Stderr
		if fd, err := syscall.Dup(1); err == nil {
			syscall.CloseOnExec(fd)
			origStdout = os.NewFile(uintptr(fd), "/dev/stdout")
		}
		if fd, err := syscall.Dup(2); err == nil {
			syscall.CloseOnExec(fd)
			origStderr = os.NewFile(uintptr(fd), "/dev/stderr")
		}
	})
}

// redirectStd points fd 1 and 2 at out and errw, and fd 0 at /dev/null.
// Redirecting the file descriptors, not only the os.Stdout variable, also
// captures writers that hold the *os.File (the log package's default logger)
// and C code. The kernel does not support input (input_request): a cell that
// reads standard input gets end of file at once, where it would wait forever
// on the pipe Jupyter gives the kernel as its standard input.
func redirectStd(out, errw *os.File) error {
	saveOriginal()
	reopenStd()
	if devNull != nil && origStdin != nil {
		if err := syscall.Dup3(int(devNull.Fd()), 0, 0); err != nil {
			return fmt.Errorf("kernel: redirecting stdin: %w", err)
		}
	}
	if err := syscall.Dup3(int(out.Fd()), 1, 0); err != nil {
		return fmt.Errorf("kernel: redirecting stdout: %w", err)
	}
	if err := syscall.Dup3(int(errw.Fd()), 2, 0); err != nil {
		_ = syscall.Dup3(int(origStdout.Fd()), 1, 0)
		return fmt.Errorf("kernel: redirecting stderr: %w", err)
	}
	return nil
}

// reopenStd gives os.Stdout and os.Stderr (and the log package's default
// logger, which holds os.Stderr) new *os.File values on fd 1 and 2 if a cell
// closed them: os.Stdout.Close() closes the descriptor only until the next
// redirection, but the *os.File stays closed, and every later print through
// it would fail without a word.
func reopenStd() {
	for _, s := range []struct {
		f    **os.File
		fd   uintptr
		name string
	}{{&os.Stdout, 1, "/dev/stdout"}, {&os.Stderr, 2, "/dev/stderr"}} {
		old := *s.f
		if old != nil && old.Fd() == s.fd {
			continue
		}
		*s.f = os.NewFile(s.fd, s.name)
		if w, ok := log.Writer().(*os.File); ok && w == old {
			log.SetOutput(*s.f)
		}
	}
}

// restoreStd points fd 0, 1 and 2 back at the original streams.
func restoreStd() error {
	var e0 error
	if devNull != nil && origStdin != nil {
		e0 = syscall.Dup3(int(origStdin.Fd()), 0, 0)
	}
	e1 := syscall.Dup3(int(origStdout.Fd()), 1, 0)
	e2 := syscall.Dup3(int(origStderr.Fd()), 2, 0)
	if e0 != nil || e1 != nil || e2 != nil {
		return fmt.Errorf("kernel: restoring stdin/stdout/stderr: %v, %v, %v", e0, e1, e2)
	}
	return nil
}

// available returns the number of bytes waiting in the pipe r (FIONREAD),
// without changing r's non-blocking mode as Fd would.
func available(r *os.File) (n int, ok bool) {
	rc, err := r.SyscallConn()
	if err != nil {
		return 0, false
	}
	var count int32
	var errno syscall.Errno
	err = rc.Control(func(fd uintptr) {
		_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCINQ, uintptr(unsafe.Pointer(&count)))
	})
	if err != nil || errno != 0 {
		return 0, false
	}
	return int(count), true
}

// spoolFile creates the spool standard error is redirected to, in append
// mode, so that every descriptor on it (fd 2 and the reader's) appends at
// the end while the reader reads by offset: the file path, emptied, or an
// unlinked in-memory file (memfd) for "".
func spoolFile(path string) (*os.File, error) {
	if path != "" {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC|os.O_APPEND, 0o600)
		if err != nil {
			return nil, fmt.Errorf("kernel: creating the stderr spool: %w", err)
		}
		return f, nil
	}
	fd, err := unix.MemfdCreate("linae-stderr", unix.MFD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("kernel: creating the stderr spool: %w", err)
	}
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_SETFL, unix.O_APPEND|unix.O_RDWR); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("kernel: creating the stderr spool: %w", err)
	}
	return os.NewFile(uintptr(fd), "linae-stderr"), nil
}

// freeSpool releases the memory of the spool's first off bytes, which have
// been read (the file keeps its size, so appends go on at the end). It
// returns how far the reader has asked: where punching holes fails the
// memory stays in use, and asking again would fail again.
func freeSpool(f *os.File, off int64) int64 {
	off &^= 1<<16 - 1
	if rc, err := f.SyscallConn(); err == nil {
		_ = rc.Control(func(fd uintptr) {
			_ = unix.Fallocate(int(fd), unix.FALLOC_FL_PUNCH_HOLE|unix.FALLOC_FL_KEEP_SIZE, 0, off)
		})
	}
	return off
}
