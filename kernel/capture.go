package kernel

import (
	"errors"
	"io"
	"os"
	"sync"
	"time"
	"unicode/utf8"
)

// pump forwards what a cell writes to one of the process's output streams
// (fd 1 or 2, redirected into a pipe while the cell runs) to the notebook as
// stream messages, in chunks every interval while the cell runs, so that a
// long cell's prints appear as they happen.
//
// A pump reads either a pipe or a spool: a file that fd 2 appends to (see
// newSpoolPump).
type pump struct {
	name     string // "stdout" or "stderr"
	r, w     *os.File
	spool    bool   // r and w are the same spool file, read by offset
	path     string // the spool's path, removed by close; "" for an unlinked spool
	interval time.Duration
	emit     func(name, text string)
	syncReq  chan chan struct{}
	closing  chan struct{} // closed by close, for a spool
	stopped  chan struct{}
}

// newPump creates the pipe and starts the goroutine that reads it.
func newPump(name string, interval time.Duration, emit func(name, text string)) (*pump, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	// The write end is what fd 1 or 2 becomes while a cell runs. Fd()
	// puts it in blocking mode, which the process's os.Stdout expects: a
	// full pipe must block the writer, not fail with EAGAIN.
	_ = w.Fd()
	p := &pump{name: name, r: r, w: w, interval: interval, emit: emit,
		syncReq: make(chan chan struct{}, 1), stopped: make(chan struct{})}
	go p.loop()
	return p, nil
}

// newSpoolPump is newPump over a spool file instead of a pipe, for standard
// error. Go's runtime writes a fatal error's message and tracebacks to fd 2
// with every goroutine frozen, the reader included: into a pipe, a
// traceback longer than the pipe's buffer (a runaway recursion's is) blocks
// the dying process forever instead of letting it exit, and Jupyter never
// restarts it. Writes to a spool never block. The spool is the file path
// (see Options.StderrSpool), or an unlinked in-memory file for "". It
// returns nil, nil where the platform has no spool (there fd 2 is not
// redirected).
func newSpoolPump(name, path string, interval time.Duration, emit func(name, text string)) (*pump, error) {
	f, err := spoolFile(path)
	if f == nil || err != nil {
		return nil, err
	}
	p := &pump{name: name, r: f, w: f, spool: true, path: path, interval: interval, emit: emit,
		syncReq: make(chan chan struct{}, 1), closing: make(chan struct{}), stopped: make(chan struct{})}
	go p.spoolLoop()
	return p, nil
}

// spoolLoop is loop for a spool: every interval it reads what was appended
// since the last read, and it serves sync requests, until close.
func (p *pump) spoolLoop() {
	defer close(p.stopped)
	buf := make([]byte, 32<<10)
	var pending []byte
	var off, freed int64
	flush := func(final bool) { pending = p.publish(pending, final) }
	// readAll reads to the end of what has been written: a write that
	// has returned is there.
	readAll := func() {
		for {
			n, _ := p.r.ReadAt(buf, off)
			off += int64(n)
			pending = append(pending, buf[:n]...)
			if len(pending) >= 64<<10 {
				flush(false)
			}
			if n < len(buf) {
				break
			}
		}
		// Give back the memory of what has been read.
		if off-freed >= 1<<20 {
			freed = freeSpool(p.r, off)
		}
	}
	tick := time.NewTicker(p.interval)
	defer tick.Stop()
	for {
		select {
		case ack := <-p.syncReq:
			readAll()
			flush(true)
			close(ack)
		case <-tick.C:
			readAll()
			flush(false)
		case <-p.closing:
			readAll()
			flush(true)
			return
		}
	}
}

// publish emits pending as one stream message and returns what is kept for
// the next one: nothing when final, else an incomplete multi-byte character
// at the end, which must not be cut in two.
func (p *pump) publish(pending []byte, final bool) []byte {
	n := len(pending)
	if !final {
		n = completeUTF8(pending)
	}
	if n == 0 {
		return pending
	}
	p.emit(p.name, string(pending[:n]))
	return append(pending[:0], pending[n:]...)
}

// loop reads the pipe, flushing at most every interval, and serves sync
// requests (flush everything written so far) until the pipe is closed.
func (p *pump) loop() {
	defer close(p.stopped)
	buf := make([]byte, 32<<10)
	var pending []byte
	last := time.Now()
	flush := func(final bool) {
		if before := len(pending); before > 0 {
			if pending = p.publish(pending, final); len(pending) != before {
				last = time.Now()
			}
		}
	}
	for {
		_ = p.r.SetReadDeadline(time.Now().Add(p.interval))
		n, err := p.r.Read(buf)
		pending = append(pending, buf[:n]...)
		eof := err != nil && !errors.Is(err, os.ErrDeadlineExceeded)
		select {
		case ack := <-p.syncReq:
			if !eof {
				eof = p.drain(&pending, buf)
			}
			flush(true)
			close(ack)
		default:
			if len(pending) > 0 && (time.Since(last) >= p.interval || len(pending) >= 64<<10 || eof) {
				flush(eof)
			}
		}
		if eof {
			flush(true)
			return
		}
	}
}

// drain reads what is already in the pipe without waiting for more. It
// reports whether the pipe was closed.
func (p *pump) drain(pending *[]byte, buf []byte) (eof bool) {
	for {
		n, known := available(p.r)
		if known && n == 0 {
			return false
		}
		// With the byte count known the read returns at once; otherwise a
		// short deadline reads what is there and times out on an empty
		// pipe (a deadline in the past would fail before trying to read).
		_ = p.r.SetReadDeadline(time.Now().Add(2 * time.Millisecond))
		m, err := p.r.Read(buf)
		*pending = append(*pending, buf[:m]...)
		if err != nil {
			return !errors.Is(err, os.ErrDeadlineExceeded)
		}
	}
}

// sync sends everything written to the pipe so far before returning. Text a
// cell printed is in the pipe once its write returns, so after sync it has
// been published.
func (p *pump) sync() {
	ack := make(chan struct{})
	select {
	case p.syncReq <- ack:
	case <-p.stopped:
		return
	}
	// Wake the reader if it is waiting on an empty pipe.
	if !p.spool {
		_ = p.r.SetReadDeadline(time.Now())
	}
	select {
	case <-ack:
	case <-p.stopped:
	}
}

// close closes the pipe and waits for the reader to publish what is left.
func (p *pump) close() {
	if p.spool {
		close(p.closing)
		<-p.stopped
		p.r.Close()
		if p.path != "" {
			os.Remove(p.path)
		}
		return
	}
	p.w.Close()
	<-p.stopped
	p.r.Close()
}

// completeUTF8 returns the length of the longest prefix of b that does not
// end inside a multi-byte UTF-8 sequence.
func completeUTF8(b []byte) int {
	n := len(b)
	for i := 1; i <= utf8.UTFMax && i <= n; i++ {
		c := b[n-i]
		if c < utf8.RuneSelf {
			return n // ASCII: complete
		}
		if utf8.RuneStart(c) {
			if utf8.FullRune(b[n-i:]) {
				return n
			}
			return n - i
		}
	}
	return n
}

// capture redirects the process's standard output and error into two pumps
// while a cell runs.
type capture struct {
	out, err *pump
	mu       sync.Mutex
	active   bool
}

func newCapture(spool string, interval time.Duration, emit func(name, text string)) (*capture, error) {
	out, err := newPump("stdout", interval, emit)
	if err != nil {
		return nil, err
	}
	errp, err := newSpoolPump("stderr", spool, interval, emit)
	if errp == nil && err == nil {
		errp, err = newPump("stderr", interval, emit)
	}
	if err != nil {
		out.close()
		return nil, err
	}
	return &capture{out: out, err: errp}, nil
}

// start redirects fd 1 and 2 (and os.Stdout, os.Stderr) into the pumps.
func (c *capture) start() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.active {
		return nil
	}
	if err := redirectStd(c.out.w, c.err.w); err != nil {
		return err
	}
	c.active = true
	return nil
}

// stop restores the original fd 1 and 2 and publishes what the cell wrote.
func (c *capture) stop() error {
	c.mu.Lock()
	var err error
	if c.active {
		err = restoreStd()
		c.active = false
	}
	c.mu.Unlock()
	c.sync()
	return err
}

// sync publishes everything written so far, stdout first.
func (c *capture) sync() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.err.sync()
	}()
	c.out.sync()
	<-done
}

func (c *capture) close() {
	_ = c.stop()
	c.out.close()
	c.err.close()
}

// Standard streams as they were before any capture, for the kernel's own
// log and for restoring after a cell.
var (
	origOnce               sync.Once
	origStdout, origStderr *os.File
	origStdin, devNull     *os.File // nil where standard input is not redirected
)

// originalStderr returns a writer on the process's standard error as it was
// before any cell ran.
func originalStderr() io.Writer {
	saveOriginal()
	return origStderr
}
