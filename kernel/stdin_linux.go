package kernel

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"
)

// cellStdin is os.Stdin while a cell that may read input runs: a file on
// fd 0 made when fd 0 is the feed's blocking pipe, so that its reads block
// their thread in read(2), where readingStdin sees them. The process's own
// os.Stdin may instead be registered with Go's poller (when the kernel
// started with a non-blocking standard input); reads through it block their
// thread too, since the pipe is blocking. cellStdin is kept for the life of
// the process: dropping it would let its finalizer close fd 0.
var cellStdin *os.File

// startStdinFeed points fd 0 and os.Stdin at a new pipe and starts the
// goroutine that asks the front end for input when a thread waits on it
// (see stdinFeed). It returns nil, nil where the kernel does not redirect
// standard input or cannot see what its threads are blocked on: the cell's
// reads then get end of file at once, as without allow_stdin. Call it
// after capture.start, which points fd 0 at /dev/null; stop the feed
// before capture.stop, which restores fd 0.
func startStdinFeed(ctx context.Context, ask askFunc) (*stdinFeed, error) {
	if devNull == nil || origStdin == nil || !syscallsVisible() {
		return nil, nil
	}
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_CLOEXEC); err != nil {
		return nil, fmt.Errorf("kernel: standard input pipe: %w", err)
	}
	// The read end stays blocking (see cellStdin). The write end is
	// non-blocking, so that a write into a full pipe parks the feed's
	// goroutine on Go's poller, where closing the file releases it.
	if err := unix.SetNonblock(fds[1], true); err != nil {
		unix.Close(fds[0])
		unix.Close(fds[1])
		return nil, fmt.Errorf("kernel: standard input pipe: %w", err)
	}
	r := os.NewFile(uintptr(fds[0]), "linae-stdin")
	w := os.NewFile(uintptr(fds[1]), "linae-stdin-writer")
	if err := unix.Dup3(fds[0], 0, 0); err != nil {
		r.Close()
		w.Close()
		return nil, fmt.Errorf("kernel: redirecting stdin: %w", err)
	}
	if !isOpen(cellStdin) {
		// First use, or a cell closed it.
		cellStdin = os.NewFile(0, "/dev/stdin")
	}
	saved := os.Stdin
	os.Stdin = cellStdin
	f := &stdinFeed{ask: ask, r: r, w: w, done: make(chan struct{})}
	f.ctx, f.cancel = context.WithCancel(ctx)
	f.undo = func() {
		// A cell that set os.Stdin itself keeps its choice.
		if os.Stdin == cellStdin {
			os.Stdin = saved
		}
	}
	go f.watch()
	return f, nil
}

// isOpen reports whether f is an open file.
func isOpen(f *os.File) bool {
	if f == nil {
		return false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	return rc.Control(func(uintptr) {}) == nil
}

// readSyscall starts the line of /proc/PID/task/TID/syscall of a thread
// blocked in read(2) on fd 0: the system call's number, then its first
// argument in hexadecimal.
var readSyscall = []byte(strconv.Itoa(unix.SYS_READ) + " 0x0 ")

// readingStdin reports whether a thread of the process is blocked in
// read(2) on fd 0. Linux shows each thread's current system call and its
// arguments in /proc; a thread that is running shows "running" instead.
func readingStdin() bool {
	dir, err := os.Open("/proc/self/task")
	if err != nil {
		return false
	}
	tids, _ := dir.Readdirnames(-1)
	dir.Close()
	var buf [64]byte
	for _, tid := range tids {
		fd, err := unix.Open("/proc/self/task/"+tid+"/syscall", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			continue
		}
		n, _ := unix.Read(fd, buf[:])
		unix.Close(fd)
		if n > 0 && bytes.HasPrefix(buf[:n], readSyscall) {
			return true
		}
	}
	return false
}

// syscallsVisible reports whether /proc shows the threads' system calls
// (it needs procfs and a kernel built with its architecture's tracehook,
// as mainstream ones are).
var syscallsVisible = sync.OnceValue(func() bool {
	b, err := os.ReadFile("/proc/self/syscall")
	return err == nil && len(b) > 0
})
