package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"sync"
	"time"
)

// Standard input (input_request)
//
// When an execute_request allows it (allow_stdin), the cell's standard
// input is a pipe the kernel writes to (see startStdinFeed): whenever a
// thread of the process is blocked reading file descriptor 0 and the pipe
// is empty, the kernel sends input_request on the stdin socket, and writes
// the input_reply's value and a newline into the pipe. Without allow_stdin
// (nbclient, papermill), or where the kernel cannot see what its threads
// are blocked on, standard input is empty, as before.

// askFunc asks the front end for a line of input on behalf of a cell; it
// returns when the answer arrives or ctx is done.
type askFunc func(ctx context.Context) (string, error)

// How often the threads of a cell that may read standard input are checked
// for a blocked read: every stdinPoll after the cell starts or was given
// input, then less and less often up to every stdinPollMax while no thread
// reads. A notebook allows input for every cell, long computations
// included, and a check reads a file in /proc per thread of the process
// (about 15 µs of CPU each on a 2026 x86 machine: 0.5 ms with 44 threads).
const (
	stdinPoll    = 20 * time.Millisecond
	stdinPollMax = 320 * time.Millisecond
)

// eofInput is what jupyter console sends for Ctrl-D at its input prompt:
// ipykernel turns it into end of file.
const eofInput = "\x04"

// inputState is the kernel's side of the stdin channel: at most one
// input_request waits for its reply at a time.
type inputState struct {
	sendMu  sync.Mutex // serializes sends on the stdin socket
	mu      sync.Mutex
	pending *pendingInput
}

// pendingInput is an input_request waiting for its input_reply.
type pendingInput struct {
	id    string      // msg_id of the input_request
	reply chan string // receives the value, once
}

// errNoInput is why a wait for input ended without an answer.
var errNoInput = errors.New("kernel: no input: the kernel is shutting down")

// askInput sends input_request to the front end that sent the
// execute_request req, as the protocol asks: on the stdin socket, routed
// with req's identities, with req's header as parent. It waits for the
// input_reply, for ctx (the cell is interrupted or ends) or for the
// kernel's shutdown. A front end that never answers is waited for until
// one of those.
func (k *Kernel) askInput(ctx context.Context, req *message, prompt string, password bool) (string, error) {
	h := newHeader("input_request", k.session)
	p := &pendingInput{id: h.MsgID, reply: make(chan string, 1)}
	k.input.mu.Lock()
	k.input.pending = p
	k.input.mu.Unlock()
	defer func() {
		k.input.mu.Lock()
		if k.input.pending == p {
			k.input.pending = nil
		}
		k.input.mu.Unlock()
	}()
	// A ROUTER socket's send waits for a first connection: without one it
	// would block the wait's end.
	go func() {
		k.input.sendMu.Lock()
		defer k.input.sendMu.Unlock()
		k.sendAs(k.stdin, req, h, map[string]any{"prompt": prompt, "password": password})
	}()
	select {
	case v := <-p.reply:
		return v, nil
	case <-ctx.Done():
		return "", ctx.Err()
	case <-k.ctx.Done():
		return "", errNoInput
	}
}

// serveStdin reads the stdin socket: an input_reply answers the pending
// input_request; anything else (a reply that comes too late, a stray
// message) is dropped with a line in the log.
func (k *Kernel) serveStdin() {
	for {
		raw, err := k.stdin.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		msg, err := decodeMessage(raw.Frames, k.key)
		if err != nil {
			k.log.Printf("stdin: rejected message: %v", err)
			continue
		}
		if !k.digests.add(msg.signature) {
			k.log.Printf("stdin: rejected %s %s: %v", msg.Header.MsgType, msg.Header.MsgID, errReplayed)
			continue
		}
		if msg.Header.MsgType != "input_reply" {
			k.log.Printf("stdin: unexpected message type %q ignored", msg.Header.MsgType)
			continue
		}
		var c struct {
			Value string `json:"value"`
		}
		k.decode(msg, &c)
		// jupyter_client sends input_reply without a parent header: a
		// reply names the request it answers only when it has one.
		var parent msgHeader
		_ = json.Unmarshal(msg.ParentHeader, &parent)
		k.input.mu.Lock()
		p := k.input.pending
		if p != nil && (parent.MsgID == "" || parent.MsgID == p.id) {
			k.input.pending = nil
		} else {
			p = nil
		}
		k.input.mu.Unlock()
		if p == nil {
			k.log.Printf("stdin: input_reply %s answers no waiting input_request: dropped", msg.Header.MsgID)
			continue
		}
		p.reply <- c.Value
	}
}

// stdinFeed is a cell's standard input while the front end allows input:
// fd 0 is the read end r of a pipe whose write end w the feed's goroutine
// writes what the user types into.
type stdinFeed struct {
	ask    askFunc
	ctx    context.Context // done when the cell is interrupted or the feed stops
	cancel context.CancelFunc
	r, w   *os.File
	done   chan struct{} // closed when watch returns
	once   sync.Once
	undo   func() // puts fd 0 and os.Stdin back, see startStdinFeed
}

// watch asks for input whenever a thread is blocked reading fd 0 and the
// pipe is empty, and writes the answer into the pipe, until the feed stops
// or the cell is interrupted. It then closes the write end: a read that
// waits, and every later read of the cell, gets end of file.
func (f *stdinFeed) watch() {
	defer close(f.done)
	defer f.w.Close()
	wait := stdinPoll
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		select {
		case <-f.ctx.Done():
			return
		case <-timer.C:
		}
		// Bytes still in the pipe are the rest of an earlier answer: the
		// reader has not asked for more yet.
		n, ok := available(f.r)
		switch {
		case ok && n == 0 && readingStdin():
			text, err := f.ask(f.ctx)
			if err != nil || text == eofInput {
				return
			}
			if _, err := f.w.WriteString(text + "\n"); err != nil {
				return
			}
			wait = stdinPoll
		case n > 0:
			wait = stdinPoll
		default:
			wait = min(2*wait, stdinPollMax)
		}
		timer.Reset(wait)
	}
}

// stop ends the feed: a pending input_request is given up, readers get end
// of file, and os.Stdin is what it was before the cell. fd 0 stays on the
// pipe until the capture restores it. stop is idempotent.
func (f *stdinFeed) stop() {
	if f == nil {
		return
	}
	f.once.Do(func() {
		f.cancel()
		f.w.Close() // releases a write into a full pipe
		<-f.done
		f.undo()
		f.r.Close()
	})
}
