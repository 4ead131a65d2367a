package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/linae/linae/backend"
	"github.com/linae/linae/kernel/display"
)

// Version is the kernel's implementation version, reported in kernel_info.
const Version = "0.1.0"

// Options tunes a Kernel. The zero value suits Jupyter.
type Options struct {
	// Log receives the kernel's diagnostics (rejected messages, socket
	// errors). Nil means the process's standard error as it was when New
	// ran: cells' output is captured, the kernel's own is not.
	Log io.Writer
	// HandleSIGINT makes SIGINT interrupt the running cell (and keeps the
	// kernel alive) instead of killing the process: Jupyter's
	// interrupt_mode "signal", and Ctrl-C in the terminal that runs Jupyter.
	HandleSIGINT bool
	// InterruptGrace is how long an interrupted cell may take to return on
	// its own after its ctx is cancelled, before the interpreter stops it
	// at its next statement. A library call that honours ctx (sae.Train)
	// then returns its partial result to the cell instead of being unwound
	// by a panic. 0 means 1 s; a second interrupt stops the cell at once.
	InterruptGrace time.Duration
	// StreamInterval is how often output a running cell prints is sent to
	// the notebook. 0 means 50 ms.
	StreamInterval time.Duration
	// MaxMessageSize is the largest message, in bytes, the kernel accepts
	// from a client; a client that sends a larger one is disconnected. 0
	// means the environment variable LINAE_KERNEL_MAX_MESSAGE_SIZE, or
	// DefaultMaxMessageSize without it.
	MaxMessageSize int64
	// StderrSpool is the file a cell's standard error goes through, on
	// Linux; "" means an unlinked in-memory file. When a fatal error of
	// Go's runtime (a stack overflow, concurrent map writes, running out of
	// memory) ends the process during a cell, the runtime's report stays in
	// this file, where the process's standard error would have lost it. A
	// kernel started with the file such a process left shows the start of
	// the report as standard error on its first cell, writes it whole to
	// its log, then empties the file; Close removes it. cmd/linae-kernel
	// keeps it next to the connection file, which Jupyter reuses when it
	// restarts a kernel that died.
	StderrSpool string
}

// Kernel is a Jupyter kernel for Go: it serves the messaging protocol on the
// five sockets of a connection file and evaluates cells with the gomacro
// interpreter, with the project's packages compiled in.
//
// Only one Kernel may run in a process at a time: cells' standard output
// and display.Publisher are process-wide.
type Kernel struct {
	info    ConnectionInfo
	opts    Options
	key     []byte
	session string
	log     *log.Logger

	ctx    context.Context
	cancel context.CancelFunc

	shell, control, stdin, iopub, hb zmq4.Socket
	shellMu, controlMu, iopubMu      sync.Mutex

	interp *interp
	input  inputState // the stdin channel: input_request and its reply

	digests digestHistory // signatures of accepted requests, against replays

	execCount int // accessed only by the shell goroutine

	doneOnce sync.Once
	done     chan struct{}
	closed   sync.Once
}

// active is the kernel that owns display.Publisher and the process's
// standard output, so that a second kernel in one process fails clearly.
var (
	activeMu sync.Mutex
	active   *Kernel
)

// New binds the kernel's sockets (a port 0 in info picks a free port; see
// Connection) and starts its interpreter. Serve the protocol with Run.
func New(info ConnectionInfo, opts *Options) (*Kernel, error) {
	if err := info.check(); err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	k := &Kernel{info: info, key: []byte(info.Key), session: newID(), done: make(chan struct{})}
	if opts != nil {
		k.opts = *opts
	}
	if k.opts.InterruptGrace <= 0 {
		k.opts.InterruptGrace = time.Second
	}
	if k.opts.StreamInterval <= 0 {
		k.opts.StreamInterval = 50 * time.Millisecond
	}
	maxSize, err := maxMessageSize(k.opts.MaxMessageSize)
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	k.opts.MaxMessageSize = maxSize
	logw := k.opts.Log
	if logw == nil {
		// Keep a descriptor on the real stderr: while a cell runs, fd 2 is
		// the notebook's stderr stream.
		logw = originalStderr()
	}
	k.log = log.New(logw, "linae-kernel: ", log.LstdFlags)

	activeMu.Lock()
	if active != nil {
		activeMu.Unlock()
		return nil, errors.New("kernel: another kernel is already running in this process")
	}
	active = k
	activeMu.Unlock()

	var notice string
	if k.opts.StderrSpool != "" {
		report, err := previousCrash(k.opts.StderrSpool)
		if err != nil {
			k.log.Print(err)
		}
		if report != "" {
			k.log.Printf("the previous kernel process on this connection file ended with a fatal error; the report it left in %s:\n%s", k.opts.StderrSpool, report)
			notice = crashNotice(report)
		}
	}

	k.ctx, k.cancel = context.WithCancel(context.Background())
	if err := k.bind(); err != nil {
		k.Close()
		return nil, err
	}
	ip, err := newInterp(k)
	if err != nil {
		k.Close()
		return nil, err
	}
	if notice != "" {
		ip.notices = append(ip.notices, notice)
	}
	k.interp = ip
	display.Publisher = k.publishDisplay
	return k, nil
}

// bind creates and binds the five sockets.
func (k *Kernel) bind() error {
	opts := socketOptions(k.opts.MaxMessageSize, k.log)
	k.shell = zmq4.NewRouter(k.ctx, append(opts, zmq4.WithID(zmq4.SocketIdentity("shell")))...)
	k.control = zmq4.NewRouter(k.ctx, append(opts, zmq4.WithID(zmq4.SocketIdentity("control")))...)
	k.stdin = zmq4.NewRouter(k.ctx, append(opts, zmq4.WithID(zmq4.SocketIdentity("stdin")))...)
	k.iopub = zmq4.NewPub(k.ctx, opts...)
	k.hb = zmq4.NewRep(k.ctx, opts...)
	for _, s := range []struct {
		name string
		sock zmq4.Socket
		port *int
	}{
		{"shell", k.shell, &k.info.ShellPort},
		{"control", k.control, &k.info.ControlPort},
		{"stdin", k.stdin, &k.info.StdinPort},
		{"iopub", k.iopub, &k.info.IOPubPort},
		{"heartbeat", k.hb, &k.info.HBPort},
	} {
		if err := s.sock.Listen(k.info.endpoint(*s.port)); err != nil {
			return fmt.Errorf("kernel: binding the %s socket to %s: %w", s.name, k.info.endpoint(*s.port), err)
		}
		if *s.port == 0 {
			if a, ok := s.sock.Addr().(*net.TCPAddr); ok {
				*s.port = a.Port
			}
		}
	}
	return nil
}

// Connection returns the connection information clients need, with the
// ports actually bound.
func (k *Kernel) Connection() ConnectionInfo {
	return k.info
}

// Run serves the protocol until a shutdown_request arrives or ctx is
// cancelled, then closes the kernel. It returns nil after a shutdown
// request and ctx.Err() after cancellation.
func (k *Kernel) Run(ctx context.Context) error {
	defer k.Close()
	if k.opts.HandleSIGINT {
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt)
		defer signal.Stop(sigs)
		go func() {
			for {
				select {
				case <-sigs:
					k.log.Print("SIGINT: interrupting the running cell")
					k.interp.interrupt()
				case <-k.ctx.Done():
					return
				}
			}
		}()
	}
	go k.heartbeat()
	go k.watchParent(os.Getppid(), time.Second)
	go k.serve("shell", k.shell, &k.shellMu)
	go k.serve("control", k.control, &k.controlMu)
	go k.serveStdin()

	// Announce the kernel: clients that connected early see it start.
	k.publish(nil, "status", map[string]any{"execution_state": "starting"})

	select {
	case <-k.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// watchParent ends Run when the process that started the kernel dies, as
// ipykernel's parent poller does: the kernel is then reparented, so its
// parent process ID changes. Without it a kernel whose Jupyter server was
// killed keeps running (and keeps its cell's endless loop spinning).
func (k *Kernel) watchParent(ppid int, every time.Duration) {
	if ppid <= 1 {
		return // started by init or a container's first process: no parent to lose
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if os.Getppid() != ppid {
				k.log.Printf("the parent process %d has exited: shutting down", ppid)
				k.finish()
				return
			}
		case <-k.ctx.Done():
			return
		}
	}
}

// Close stops the kernel's goroutines and sockets. It does not wait for a
// cell that is still running (it may never return); the process is
// expected to exit. Close is idempotent.
func (k *Kernel) Close() error {
	k.closed.Do(func() {
		k.finish()
		if k.cancel != nil {
			k.cancel()
		}
		for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
			if s != nil {
				s.Close()
			}
		}
		if k.interp != nil {
			k.interp.close()
		}
		activeMu.Lock()
		if active == k {
			active = nil
			display.Publisher = nil
		}
		activeMu.Unlock()
	})
	return nil
}

// finish marks the kernel as done. Jupyter restarts a kernel by starting a
// new process after this one exits, so a shutdown ends Run whether or not
// it asked for a restart: the fresh process is the reset interpreter state.
func (k *Kernel) finish() {
	k.doneOnce.Do(func() { close(k.done) })
}

// heartbeat echoes every ping on the hb socket, in its own goroutine so
// that a long cell never makes Jupyter think the kernel died.
func (k *Kernel) heartbeat() {
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Printf("heartbeat: %v", err)
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if err := k.hb.Send(msg); err != nil && k.ctx.Err() == nil {
			k.log.Printf("heartbeat echo: %v", err)
		}
	}
}

// serve reads requests from a ROUTER socket (shell or control) and handles
// them one at a time. Requests on shell wait while a cell runs; control has
// its own goroutine so that interrupt and shutdown get through.
func (k *Kernel) serve(name string, sock zmq4.Socket, mu *sync.Mutex) {
	// A reader goroutine queues the requests that arrive while one is
	// being handled, so that after a failed cell the requests already
	// queued behind it can be aborted (stop_on_error), as ipykernel does
	// when a notebook runs all cells.
	queue := make(chan *message, 1024)
	go func() {
		defer close(queue)
		for {
			raw, err := sock.Recv()
			if err != nil {
				if k.ctx.Err() != nil {
					return
				}
				k.log.Printf("%s: receive: %v", name, err)
				time.Sleep(10 * time.Millisecond)
				continue
			}
			msg, err := decodeMessage(raw.Frames, k.key)
			if err != nil {
				// Never act on a message we cannot authenticate or read;
				// say why on the kernel's log and keep serving.
				k.log.Printf("%s: rejected message: %v", name, err)
				continue
			}
			if !k.digests.add(msg.signature) {
				k.log.Printf("%s: rejected %s %s: %v", name, msg.Header.MsgType, msg.Header.MsgID, errReplayed)
				continue
			}
			queue <- msg
		}
	}()
	for msg := range queue {
		if k.handle(name, sock, mu, msg) {
			k.abortQueued(queue, sock, mu)
		}
	}
}

// abortQueued answers the execute_requests already queued when a cell
// failed with status "aborted" without running them, and handles the other
// queued requests as usual. Requests that arrive later run normally.
func (k *Kernel) abortQueued(queue chan *message, sock zmq4.Socket, mu *sync.Mutex) {
	for n := len(queue); n > 0; n-- {
		msg, ok := <-queue
		if !ok {
			return
		}
		if msg.Header.MsgType != "execute_request" {
			k.handle("shell", sock, mu, msg)
			continue
		}
		parent := msg.headerJSON()
		k.publish(parent, "status", map[string]any{"execution_state": "busy"})
		k.send(sock, mu, msg, "execute_reply", map[string]any{"status": "aborted", "execution_count": k.execCount})
		k.publish(parent, "status", map[string]any{"execution_state": "idle"})
	}
}

// handle dispatches one request, bracketed by busy and idle status messages
// on iopub with the request as parent, as clients expect. It reports whether
// the request was a cell that failed with stop_on_error set.
func (k *Kernel) handle(channel string, sock zmq4.Socket, mu *sync.Mutex, req *message) (abort bool) {
	defer func() {
		// A bug in a handler must not take the kernel down with it.
		if r := recover(); r != nil {
			buf := make([]byte, 8<<10)
			buf = buf[:runtime.Stack(buf, false)]
			k.log.Printf("%s: panic handling %s: %v\n%s", channel, req.Header.MsgType, r, buf)
		}
	}()
	parent := req.headerJSON()
	k.publish(parent, "status", map[string]any{"execution_state": "busy"})
	defer k.publish(parent, "status", map[string]any{"execution_state": "idle"})

	reply := func(msgType string, content any) {
		k.send(sock, mu, req, msgType, content)
	}
	switch req.Header.MsgType {
	case "kernel_info_request":
		reply("kernel_info_reply", k.kernelInfo())
	case "execute_request":
		if channel != "shell" {
			k.log.Printf("%s: execute_request ignored (only on shell)", channel)
			return false
		}
		return k.execute(req, reply)
	case "is_complete_request":
		var c struct {
			Code string `json:"code"`
		}
		k.decode(req, &c)
		reply("is_complete_reply", k.interp.isComplete(c.Code))
	case "complete_request":
		var c struct {
			Code      string `json:"code"`
			CursorPos int    `json:"cursor_pos"`
		}
		k.decode(req, &c)
		reply("complete_reply", k.interp.complete(c.Code, c.CursorPos))
	case "inspect_request":
		var c struct {
			Code        string `json:"code"`
			CursorPos   int    `json:"cursor_pos"`
			DetailLevel int    `json:"detail_level"`
		}
		k.decode(req, &c)
		reply("inspect_reply", k.interp.inspect(c.Code, c.CursorPos, c.DetailLevel))
	case "history_request":
		reply("history_reply", map[string]any{"status": "ok", "history": []any{}})
	case "comm_info_request":
		reply("comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "interrupt_request":
		k.interp.interrupt()
		reply("interrupt_reply", map[string]any{"status": "ok"})
	case "shutdown_request":
		var c struct {
			Restart bool `json:"restart"`
		}
		k.decode(req, &c)
		reply("shutdown_reply", map[string]any{"status": "ok", "restart": c.Restart})
		k.interp.interrupt()
		k.finish()
	case "comm_open", "comm_msg", "comm_close":
		// No comm targets: widgets are not supported. Dropping the message
		// is what the protocol asks of a kernel without the target.
	default:
		k.log.Printf("%s: unsupported message type %q ignored", channel, req.Header.MsgType)
	}
	return false
}

// decode unmarshals a request's content; a content that does not match
// leaves the zero value, which every handler treats as empty input.
func (k *Kernel) decode(req *message, v any) {
	if err := json.Unmarshal(req.Content, v); err != nil {
		k.log.Printf("%s: content does not match: %v", req.Header.MsgType, err)
	}
}

// kernelInfo is the content of kernel_info_reply.
func (k *Kernel) kernelInfo() map[string]any {
	goVersion := runtime.Version()
	if len(goVersion) > 2 && goVersion[:2] == "go" {
		goVersion = goVersion[2:]
	}
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       protocolVersion,
		"implementation":         "linae",
		"implementation_version": Version,
		"language_info": map[string]any{
			"name":               "go",
			"version":            goVersion,
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"codemirror_mode":    "go",
			"pygments_lexer":     "go",
			"nbconvert_exporter": "",
		},
		"banner": "linae Go kernel " + Version + " (gomacro interpreter, " + runtime.Version() + ", BLAS: " + backend.Name() + ")\n" +
			"The packages sae, data, plotting, display, progress and nb are compiled in; `ctx` is cancelled when you interrupt a cell.",
		"help_links": []map[string]string{
			{"text": "Go documentation", "url": "https://go.dev/doc/"},
			{"text": "gomacro", "url": "https://github.com/cosmos72/gomacro"},
			{"text": "gonum", "url": "https://pkg.go.dev/gonum.org/v1/gonum"},
		},
		"debugger": false,
	}
}

// send sends a reply to req on sock.
func (k *Kernel) send(sock zmq4.Socket, mu *sync.Mutex, req *message, msgType string, content any) {
	mu.Lock()
	defer mu.Unlock()
	k.sendAs(sock, req, newHeader(msgType, k.session), content)
}

// sendAs sends a message with header h on sock to the peer that sent req,
// with req as parent; the caller serializes sends on sock.
func (k *Kernel) sendAs(sock zmq4.Socket, req *message, h msgHeader, content any) {
	c, err := json.Marshal(content)
	if err != nil {
		k.log.Printf("%s: encoding content: %v", h.MsgType, err)
		return
	}
	m := &message{
		Identities:   req.Identities,
		Header:       h,
		ParentHeader: req.headerJSON(),
		Content:      c,
	}
	frames, err := m.encode(k.key)
	if err != nil {
		k.log.Printf("%s: %v", h.MsgType, err)
		return
	}
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("%s: send: %v", h.MsgType, err)
	}
}

// publish sends a message on iopub with the given parent header (nil for
// none). It is safe for concurrent use: cells print and display from any
// goroutine.
func (k *Kernel) publish(parent json.RawMessage, msgType string, content any) error {
	c, err := json.Marshal(content)
	if err != nil {
		k.log.Printf("%s: encoding content: %v", msgType, err)
		return fmt.Errorf("kernel: encoding %s: %w", msgType, err)
	}
	m := &message{
		Identities:   [][]byte{[]byte("kernel." + k.session + "." + msgType)},
		Header:       newHeader(msgType, k.session),
		ParentHeader: parent,
		Content:      c,
	}
	frames, err := m.encode(k.key)
	if err != nil {
		return err
	}
	k.iopubMu.Lock()
	defer k.iopubMu.Unlock()
	if err := k.iopub.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		if k.ctx.Err() == nil {
			k.log.Printf("iopub %s: %v", msgType, err)
		}
		return fmt.Errorf("kernel: publishing %s: %w", msgType, err)
	}
	return nil
}

// publishDisplay is display.Publisher while the kernel runs: it sends
// display_data or update_display_data with the running (or last) cell's
// request as parent, after flushing the cell's pending output so that
// text printed before a figure appears before it.
func (k *Kernel) publishDisplay(d display.Data, update bool) error {
	if len(d.Data) == 0 {
		return errors.New("kernel: display of an empty bundle")
	}
	msgType := "display_data"
	if update {
		msgType = "update_display_data"
		if id, _ := d.Transient["display_id"].(string); id == "" {
			return errors.New("kernel: update_display_data needs Transient[\"display_id\"]")
		}
	}
	k.interp.syncOutput()
	content := map[string]any{
		"data":      d.Data,
		"metadata":  nonNil(d.Metadata),
		"transient": nonNil(d.Transient),
	}
	return k.publish(k.interp.parentHeader(), msgType, content)
}

// nonNil returns m, or an empty map for nil, because Jupyter front ends
// expect JSON objects, not null, in these fields.
func nonNil(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
