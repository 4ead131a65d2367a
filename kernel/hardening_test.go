package kernel

import (
	"context"
	"encoding/binary"
	"fmt"
	"go/ast"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Tests of what an unauthenticated peer or a replayed message can do to the
// kernel, over the real protocol: raw TCP for what happens before a ZeroMQ
// handshake completes, ZeroMQ sockets after.

// zmtpGreeting is the 64-byte ZMTP 3.0 greeting of a client with the NULL
// security mechanism (https://rfc.zeromq.org/spec/23/).
func zmtpGreeting() []byte {
	g := make([]byte, 64)
	g[0], g[9] = 0xff, 0x7f // signature
	g[10], g[11] = 3, 0     // version 3.0
	copy(g[12:32], "NULL")  // mechanism; as-server and filler stay 0
	return g
}

// longFrameHeader is the header of a long ZMTP frame declaring size bytes.
func longFrameHeader(size uint64) []byte {
	h := make([]byte, 9)
	h[0] = 0x02 // long frame, last, not a command
	binary.BigEndian.PutUint64(h[1:], size)
	return h
}

// rawConn opens a TCP connection to port and sends b on it.
func rawConn(t *testing.T, ip string, port int, b []byte) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", net.JoinHostPort(ip, fmt.Sprint(port)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if len(b) > 0 {
		if _, err := conn.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	return conn
}

// checkAlive fails the test if the kernel process has exited, then runs a
// cell through a new client.
func checkAlive(t *testing.T, p *kernelProcess, info ConnectionInfo, what string) {
	t.Helper()
	select {
	case <-p.exited:
		t.Fatalf("the kernel died after %s: %v\n%s", what, p.waitErr, crashReason(p.stderr.String()))
	case <-time.After(500 * time.Millisecond):
	}
	c := dial(t, info)
	defer c.close()
	if got := c.exec("6 * 7").ok(t).text(t); got != "42" {
		t.Fatalf("after %s: 6 * 7 = %q", what, got)
	}
}

// crashReason returns the lines of a process's standard error that say why
// it ended: a panic or a fatal error of the runtime.
func crashReason(stderr string) string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "fatal error:") || strings.Contains(l, "linae-kernel:") {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return lastLines(stderr, 8)
	}
	return strings.Join(out, "\n")
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// kernelProcessClient starts the kernel command as Jupyter does, with the
// environment's extra variables env ("NAME=value"), and connects a client
// to it. Tests that may end the process, or that change what a whole
// process shares (its standard streams), use it.
func kernelProcessClient(t *testing.T, env ...string) (*kernelProcess, ConnectionInfo, *client) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the kernel command")
	}
	bin := kernelBinary(t)
	conn, info := writeConnectionFile(t, t.TempDir())
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		t.Setenv(name, value)
	}
	p := startKernelProcess(t, bin, conn)
	c := dial(t, info)
	t.Cleanup(c.close)
	return p, info, c
}

// TestHugeFrameBeforeAuthentication sends frame headers that claim 2^62 and
// 2^40 bytes right after the greeting, on every port: the kernel must drop
// the connection, not allocate what the peer claims.
func TestHugeFrameBeforeAuthentication(t *testing.T) {
	p, info, _ := kernelProcessClient(t)
	for _, size := range []uint64{1 << 62, 1 << 40} {
		for _, port := range []int{info.ShellPort, info.ControlPort, info.StdinPort, info.IOPubPort, info.HBPort} {
			rawConn(t, info.IP, port, append(zmtpGreeting(), longFrameHeader(size)...))
		}
		checkAlive(t, p, info, fmt.Sprintf("a frame header claiming %d bytes", size))
	}
}

// TestHugeFrameUnderRaisedLimit raises the message size limit above a
// frame's claim: the frame's buffer must then grow with the bytes that
// arrive, not be allocated from the claim.
func TestHugeFrameUnderRaisedLimit(t *testing.T) {
	p, info, _ := kernelProcessClient(t, fmt.Sprintf("%s=%d", MaxMessageSizeEnv, int64(1)<<41))
	rawConn(t, info.IP, info.ShellPort, append(append(zmtpGreeting(), longFrameHeader(1<<40)...), "some bytes"...))
	checkAlive(t, p, info, "a frame header claiming 2^40 bytes under a 2^41-byte limit")
}

// TestMaxMessageSizeEnv: a bad limit in the environment is an error, not a
// silent default.
func TestMaxMessageSizeEnv(t *testing.T) {
	t.Setenv(MaxMessageSizeEnv, "")
	if n, err := maxMessageSize(0); err != nil || n != DefaultMaxMessageSize {
		t.Errorf("default: %d, %v", n, err)
	}
	if n, err := maxMessageSize(1000); err != nil || n != 1000 {
		t.Errorf("option: %d, %v", n, err)
	}
	t.Setenv(MaxMessageSizeEnv, "4096")
	if n, err := maxMessageSize(0); err != nil || n != 4096 {
		t.Errorf("environment: %d, %v", n, err)
	}
	for _, bad := range []string{"-1", "0", "1GiB", "x"} {
		t.Setenv(MaxMessageSizeEnv, bad)
		if _, err := maxMessageSize(0); err == nil {
			t.Errorf("%s=%q accepted", MaxMessageSizeEnv, bad)
		}
	}
}

// within runs f and fails the test if it has not returned after d. f must
// not call t.Fatal (it may run on after the test gave up on it).
func within(t *testing.T, d time.Duration, what string, f func() error) time.Duration {
	t.Helper()
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	case <-time.After(d):
		t.Fatalf("%s: no answer within %v", what, d)
	}
	return time.Since(start)
}

// TestIdleConnectionDoesNotBlockClients opens connections that never send
// their greeting to shell and heartbeat, then expects a new client to be
// served on both at once.
func TestIdleConnectionDoesNotBlockClients(t *testing.T) {
	k, _ := testKernel(t)
	info := k.Connection()
	rawConn(t, info.IP, info.ShellPort, nil)
	rawConn(t, info.IP, info.HBPort, nil)
	rawConn(t, info.IP, info.ShellPort, zmtpGreeting()[:10]) // half a greeting
	time.Sleep(100 * time.Millisecond)                       // the kernel has accepted them

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	key := []byte(info.Key)
	took := within(t, 5*time.Second, "kernel_info on shell with idle connections open", func() error {
		sock := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(newID())))
		defer sock.Close()
		if err := sock.Dial(info.endpoint(info.ShellPort)); err != nil {
			return err
		}
		m := &message{Header: newHeader("kernel_info_request", newID()), Content: []byte("{}")}
		frames, err := m.encode(key)
		if err != nil {
			return err
		}
		if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil {
			return err
		}
		for {
			raw, err := sock.Recv()
			if err != nil {
				return err
			}
			r, err := decodeMessage(raw.Frames, key)
			if err != nil {
				return err
			}
			if r.Header.MsgType == "kernel_info_reply" && parentID(r) == m.Header.MsgID {
				return nil
			}
		}
	})
	t.Logf("kernel_info_reply to a new client with idle connections open: %v", took)
	took = within(t, 5*time.Second, "heartbeat with an idle connection open", func() error {
		hb := zmq4.NewReq(ctx)
		defer hb.Close()
		if err := hb.Dial(info.endpoint(info.HBPort)); err != nil {
			return err
		}
		if err := hb.Send(zmq4.NewMsgString("ping")); err != nil {
			return err
		}
		r, err := hb.Recv()
		if err != nil {
			return err
		}
		if string(r.Bytes()) != "ping" {
			return fmt.Errorf("heartbeat echoed %q", r.Bytes())
		}
		return nil
	})
	t.Logf("heartbeat echo to a new client with an idle connection open: %v", took)
}

// TestReplayedMessageRefused sends the same signed execute_request twice:
// the cell must run once, as jupyter_client's Session refuses a digest it
// has seen.
func TestReplayedMessageRefused(t *testing.T) {
	_, c := testKernel(t)
	c.exec("replays := 0").ok(t)
	m := c.request("execute_request", map[string]any{"code": "replays++", "silent": false, "store_history": true,
		"user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
	frames, err := m.encode(c.key)
	if err != nil {
		t.Fatal(err)
	}
	c.sendFrames(c.shell, frames)
	c.reply(c.shell, m.Header.MsgID, 20*time.Second)
	c.sendFrames(c.shell, frames) // the replay, on shell
	if got := c.exec("replays").ok(t).text(t); got != "1" {
		t.Errorf("the cell ran %s times", got)
	}
	// A replay on another channel is refused too: the history is the
	// kernel's, not a socket's.
	c.sendFrames(c.control, frames)
	if got := c.exec("replays").ok(t).text(t); got != "1" {
		t.Errorf("after a replay on control, the cell ran %s times", got)
	}
	for _, want := range []string{"shell: rejected execute_request " + m.Header.MsgID, "control: rejected execute_request " + m.Header.MsgID} {
		if !strings.Contains(sharedLog.String(), want) {
			t.Errorf("the kernel log lacks %q:\n%s", want, lastLines(sharedLog.String(), 10))
		}
	}
}

func TestDigestHistoryBounded(t *testing.T) {
	var h digestHistory
	sig := func(i int) []byte { return []byte(fmt.Sprintf("%064x", i)) }
	for i := 0; i < digestHistorySize+10; i++ {
		if !h.add(sig(i)) {
			t.Fatalf("signature %d refused the first time", i)
		}
	}
	if len(h.seen) != digestHistorySize || len(h.order) != digestHistorySize {
		t.Errorf("history holds %d (ring %d), want %d", len(h.seen), len(h.order), digestHistorySize)
	}
	if h.add(sig(digestHistorySize + 9)) {
		t.Error("a recent signature accepted again")
	}
	if h.add([]byte(strings.ToUpper(string(sig(digestHistorySize + 5))))) {
		t.Error("a recent signature accepted again in upper case")
	}
	if !h.add(sig(0)) {
		t.Error("the oldest signature still remembered after the history filled")
	}
	for i := 1; i <= 2; i++ { // no key: every message is unsigned, none a replay
		if !h.add(nil) {
			t.Errorf("an empty signature (no key) refused on its %d. arrival", i)
		}
	}
}

// TestInterruptBlockingCall interrupts cells blocked in compiled code, where
// the interpreter never reaches its next statement: each must be answered
// within about a second of the interrupt, with the state kept and the next
// cell served.
func TestInterruptBlockingCall(t *testing.T) {
	k, c := testKernel(t)
	c.exec("import \"time\"\nimport \"sync\"\nblockedBefore := 0").ok(t)
	limit := k.opts.InterruptGrace + abandonDelay + time.Second
	for i, code := range []string{
		"blockedBefore++\ntime.Sleep(time.Hour)",
		"blockedBefore++\n<-make(chan int)",
		"blockedBefore++\nvar blockMu sync.Mutex\nblockMu.Lock()\nblockMu.Lock()",
		"blockedBefore++\nblockIn := func() { time.Sleep(time.Hour) }\nblockIn()",
	} {
		var sent time.Time
		r := interruptCell(t, c, code, func() {
			time.Sleep(100 * time.Millisecond) // blocked by now
			sent = time.Now()
			id := c.send(c.control, "interrupt_request", map[string]any{})
			c.reply(c.control, id, 10*time.Second)
		})
		took := time.Since(sent)
		t.Logf("%q: interrupted reply after %v", code, took)
		if r.reply["status"] != "error" || r.reply["ename"] != errInterrupt {
			t.Fatalf("%q: reply %v", code, r.reply)
		}
		if took > limit {
			t.Errorf("%q: reply %v after the interrupt, want at most %v", code, took, limit)
		}
		if got, want := c.exec("blockedBefore").ok(t).text(t), fmt.Sprint(i+1); got != want {
			t.Errorf("after %q: blockedBefore = %s, want %s", code, got, want)
		}
	}
	// The interpreter still works fully: declarations, functions,
	// goroutines, output, the next interrupt.
	r := c.exec("import \"fmt\"\nfunc twice(x int) int { return 2 * x }\ndone := make(chan int)\ngo func() { done <- twice(21) }()\nfmt.Println(<-done)")
	if got := r.ok(t).stream(t, "stdout"); got != "42\n" {
		t.Errorf("after abandoned cells: printed %q, want \"42\\n\"", got)
	}
	// A panic in a function the cell calls fails the cell, on the
	// goroutine that took over as on the first one.
	r = c.execWith(map[string]any{"code": "func failAfter() { panic(\"after abandon\") }\nfailAfter()"}, 10*time.Second)
	if r.reply["ename"] != errPanic || r.reply["evalue"] != "after abandon" {
		t.Errorf("a panicking function after abandoned cells: %v", r.reply)
	}
	r = interruptCell(t, c, "for {\n}", func() {
		id := c.send(c.control, "interrupt_request", map[string]any{})
		c.reply(c.control, id, 10*time.Second)
	})
	if r.reply["ename"] != errInterrupt {
		t.Errorf("endless loop after abandoned cells: %v", r.reply)
	}
	c.exec("blockedBefore == 4").ok(t)
}

// TestAbandonedCallReturnsLater: when the call an abandoned cell was blocked
// in returns while a later cell runs, the later cell runs its own
// statements exactly (the old goroutine used to share, and advance, the
// interpreter's one statement counter and list), and of the abandoned cell
// only the rest of the blocked statement takes effect.
func TestAbandonedCallReturnsLater(t *testing.T) {
	_, c := testKernel(t)
	c.exec("import \"time\"\nrelease := make(chan int)\ngot, after := 0, 0").ok(t)
	r := interruptCell(t, c, "got = <-release\nafter = 1", interruptAfter(c, 100*time.Millisecond)) // blocked by then
	if r.reply["ename"] != errInterrupt {
		t.Fatalf("blocked cell: reply %v", r.reply)
	}
	// One top-level statement, a loop: its jumps are in the statement list
	// and counter the old goroutine used to share. Its send releases the
	// abandoned cell, which then runs while the loop goes on.
	loop := "steps := 0\nfor i := 0; i < 20; i++ {\n\tif i == 2 {\n\t\trelease <- 7\n\t}\n\ttime.Sleep(5 * time.Millisecond)\n\tsteps++\n}\nsteps"
	if got := c.exec(loop).ok(t).text(t); got != "20" {
		t.Errorf("a loop that released the abandoned cell counted %s steps, want 20", got)
	}
	if got := c.exec("got*10 + after").ok(t).text(t); got != "70" {
		t.Errorf("got*10 + after = %s, want 70: the blocked statement completes, the cell's next one does not run", got)
	}
	if got := c.exec("x := 6\ny := 7\nx * y").ok(t).text(t); got != "42" {
		t.Errorf("the next cell computed %s, want 42", got)
	}
}

// TestInterruptWhileCompiling: a cell interrupted while the interpreter
// compiles a statement (slow here through a test hook) is not abandoned
// then, since compiling touches the interpreter's shared state, which the
// next cells would touch at the same time: it stops before running the
// statement, and the next cell runs.
func TestInterruptWhileCompiling(t *testing.T) {
	k, c := testKernel(t)
	testHookCompiled = func(n ast.Node) {
		slow := false
		if n != nil {
			ast.Inspect(n, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				slow = slow || ok && id.Name == "slowCompile"
				return true
			})
		}
		if slow {
			time.Sleep(k.opts.InterruptGrace + 3*abandonDelay)
		}
	}
	defer func() { testHookCompiled = nil }()
	c.exec("slowRan := false").ok(t)
	r := interruptCell(t, c, "slowCompile := true\nslowRan = slowCompile", interruptAfter(c, 100*time.Millisecond)) // compiling by then
	if r.reply["ename"] != errInterrupt {
		t.Fatalf("reply %v", r.reply)
	}
	if tb := fmt.Sprint(r.reply["traceback"]); strings.Contains(tb, "abandoned") {
		t.Errorf("the cell was abandoned while compiling: %s", tb)
	}
	if got := c.exec("slowRan").ok(t).text(t); got != "false" {
		t.Errorf("slowRan = %s: the statement after the interrupt ran", got)
	}
}

// interruptAfter returns an interruptCell action that waits d, then sends
// an interrupt_request and waits for its reply.
func interruptAfter(c *client, d time.Duration) func() {
	return func() {
		time.Sleep(d)
		c.reply(c.control, c.send(c.control, "interrupt_request", map[string]any{}), 10*time.Second)
	}
}

// TestRunawayRecursionFailsFast: a cell that recurses without end must end
// the process quickly with the reason in the log (Jupyter then restarts
// the kernel), not hang it; a deep but finite recursion still runs.
func TestRunawayRecursionFailsFast(t *testing.T) {
	p, info, c := kernelProcessClient(t)
	c.exec("func depth(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn depth(n-1) + 1\n}").ok(t)
	if got := c.exec("depth(100000)").ok(t).text(t); got != "100000" {
		t.Errorf("depth(100000) = %q", got)
	}
	// Goroutines waiting on a cell's channel make the crash's traceback
	// long, longer than a pipe holds: the dying runtime writes it to fd 2
	// with every goroutine frozen, so the kernel must not have fd 2 on a
	// pipe that one of its goroutines drains.
	c.exec("waitForever := make(chan int)\nfor i := 0; i < 2000; i++ {\n\tgo func() { <-waitForever }()\n}").ok(t)
	start := time.Now()
	c.send(c.shell, "execute_request", map[string]any{"code": "func runaway(n int) int {\n\treturn runaway(n+1) + 1\n}\nrunaway(0)"})
	select {
	case <-p.exited:
	case <-time.After(60 * time.Second):
		t.Fatalf("a runaway recursion has not ended the kernel after 60 s")
	}
	took := time.Since(start)
	t.Logf("runaway recursion ended the kernel after %v", took)
	// The runtime writes its one-line reason to fd 2, which is the cells'
	// stderr spool while a cell runs (shown after the restart, below);
	// the log gets the crash's traceback (debug.SetCrashOutput in the
	// command), which shows the stack growth that failed.
	if !strings.Contains(p.stderr.String(), "runtime.newstack") {
		t.Errorf("the kernel's log does not show the stack overflow:\n%s", lastLines(p.stderr.String(), 10))
	}
	// Growing the stack to its limit takes about 5 s on a quiet machine
	// and several times that beside other test packages; a hang is what
	// the bound is for.
	if took > 45*time.Second {
		t.Errorf("a runaway recursion took %v to end the kernel", took)
	}
	c.close()
	checkCrashReported(t, p, info, "runtime: goroutine stack exceeds 268435456-byte limit", "fatal error: stack overflow")
}

// checkCrashReported starts a kernel process on the connection file of p,
// which a fatal error ended, as Jupyter restarts a kernel that died: the
// first cell must show the runtime's report (with the lines want) as
// standard error, and the new process's log must hold it; the next cell
// shows nothing more. It returns the new process and its client.
func checkCrashReported(t *testing.T, p *kernelProcess, info ConnectionInfo, want ...string) (*kernelProcess, *client) {
	t.Helper()
	p2 := startKernelProcess(t, kernelBinary(t), p.connFile)
	c := dial(t, info)
	t.Cleanup(c.close)
	stderr := c.exec("1 + 1").ok(t).stream(t, "stderr")
	t.Logf("the first cell after the restart shows on stderr:\n%s", stderr)
	if !strings.Contains(stderr, "The previous kernel process crashed") {
		t.Errorf("the first cell after the restart does not say the previous process crashed:\n%s", stderr)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("the first cell after the restart lacks %q on stderr:\n%s", w, stderr)
		}
		if !strings.Contains(p2.stderr.String(), w) {
			t.Errorf("the restarted kernel's log lacks %q:\n%s", w, lastLines(p2.stderr.String(), 10))
		}
	}
	if got := c.exec("2 + 2").ok(t).stream(t, "stderr"); got != "" {
		t.Errorf("the second cell after the restart shows %q", got)
	}
	return p2, c
}

// TestFatalErrorReportedAfterRestart: fatal errors Go cannot recover end
// the kernel; the kernel Jupyter then starts on the same connection file
// shows their reason on its first cell.
func TestFatalErrorReportedAfterRestart(t *testing.T) {
	p, info, c := kernelProcessClient(t)
	for _, tc := range []struct{ code, reason string }{
		{"m := map[int]int{}\nfor i := 0; i < 4; i++ {\n\tgo func() {\n\t\tfor j := 0; ; j++ {\n\t\t\tm[j] = j\n\t\t}\n\t}()\n}\nfor j := 0; ; j++ {\n\tm[j] = j\n}",
			"fatal error: concurrent map"},
		// A panic in compiled code on a goroutine of its own, with no
		// interpreted function on its stack to recover it (a method value
		// of a nil pointer as the callback), is fatal.
		{"import \"time\"\nimport \"bytes\"\nvar nilBuffer *bytes.Buffer\ntime.AfterFunc(0, nilBuffer.Reset)\ntime.Sleep(time.Hour)",
			"panic: runtime error: invalid memory address or nil pointer dereference"},
	} {
		c.send(c.shell, "execute_request", map[string]any{"code": tc.code})
		select {
		case <-p.exited:
		case <-time.After(60 * time.Second):
			t.Fatalf("%q has not ended the kernel after 60 s", tc.code)
		}
		c.close()
		p, c = checkCrashReported(t, p, info, tc.reason)
	}
}

// TestQueueConcurrentClientsHeartbeat: 2,000 queued cells and 8 clients
// sending 40 each all run exactly once, and the heartbeat answers
// throughout.
func TestQueueConcurrentClientsHeartbeat(t *testing.T) {
	if testing.Short() {
		t.Skip("2,320 cells")
	}
	k, c := testKernel(t)
	info := k.Connection()
	c.exec("queued := 0").ok(t)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	hb := zmq4.NewReq(ctx)
	defer hb.Close()
	if err := hb.Dial(info.endpoint(info.HBPort)); err != nil {
		t.Fatal(err)
	}
	var worst time.Duration
	pings := 0
	stop := make(chan struct{})
	hbDone := make(chan error, 1)
	go func() {
		for {
			select {
			case <-stop:
				hbDone <- nil
				return
			case <-time.After(50 * time.Millisecond):
			}
			start := time.Now()
			if err := hb.Send(zmq4.NewMsgString("ping")); err != nil {
				hbDone <- err
				return
			}
			if _, err := hb.Recv(); err != nil {
				hbDone <- err
				return
			}
			worst = max(worst, time.Since(start))
			pings++
		}
	}()

	var last string
	for i := 0; i < 2000; i++ {
		last = c.send(c.shell, "execute_request", map[string]any{"code": "queued++", "silent": true})
	}
	others := make([]*client, 8)
	lastOf := make([]string, len(others))
	for i := range others {
		others[i] = dial(t, info)
	}
	for j := 0; j < 40; j++ {
		for i, o := range others {
			lastOf[i] = o.send(o.shell, "execute_request", map[string]any{"code": "queued++", "silent": true})
		}
	}
	c.reply(c.shell, last, 5*time.Minute)
	for i, o := range others {
		o.reply(o.shell, lastOf[i], 5*time.Minute)
	}
	close(stop)
	if err := <-hbDone; err != nil {
		t.Fatalf("heartbeat: %v", err)
	}
	if got := c.exec("queued").ok(t).text(t); got != "2320" {
		t.Errorf("%s cells ran, want 2320", got)
	}
	t.Logf("heartbeat: %d pings while 2,320 cells ran, slowest echo %v", pings, worst)
	if worst > time.Second {
		t.Errorf("the heartbeat took %v to answer under load", worst)
	}
}

// TestGoroutinePanic: a panic in a goroutine a cell started must not end
// the kernel. While the cell runs, the cell fails with the panic, whether it
// is blocked in compiled code, in an interpreted loop, or goes on; once it
// has finished, the panic is shown as standard error on the cell running
// then, or on the next one. A recover in the goroutine catches its own
// panic first, and runtime.Goexit is no panic.
func TestGoroutinePanic(t *testing.T) {
	p, info, c := kernelProcessClient(t)
	c.exec("import \"time\"\nimport \"runtime\"\nkept := 7\nfunc explode(s string) { panic(s) }").ok(t)
	for _, tc := range []struct{ code, value string }{
		{"go func() { panic(\"boom while blocked\") }()\ntime.Sleep(time.Hour)", "boom while blocked"},
		{"go explode(\"named function\")\n<-make(chan int)", "named function"},
		{"go func() {\n\tgo func() { explode(\"nested\") }()\n}()\nfor {\n}", "nested"},
		{"var nilMap map[string]int\ngo func() { nilMap[\"x\"] = 1 }()\ntime.Sleep(time.Hour)", "assignment to entry in nil map"},
	} {
		start := time.Now()
		r := c.execWith(map[string]any{"code": tc.code}, 20*time.Second)
		t.Logf("%q: reply after %v", tc.code, time.Since(start))
		tb := fmt.Sprint(r.reply["traceback"])
		count := fmt.Sprint(r.reply["execution_count"])
		if r.reply["status"] != "error" || r.reply["ename"] != errPanic || !strings.Contains(fmt.Sprint(r.reply["evalue"]), tc.value) ||
			!strings.Contains(tb, "panic in a goroutine cell["+count+"] started: ") {
			t.Errorf("%q: reply %v", tc.code, r.reply)
		}
	}
	if got := c.exec("kept").ok(t).text(t); got != "7" {
		t.Errorf("after goroutine panics: kept = %q", got)
	}

	// The cell that started the goroutine has finished: the panic shows on
	// the cell running when it happens ...
	r := c.exec("go func() {\n\ttime.Sleep(200 * time.Millisecond)\n\tpanic(\"late\")\n}()").ok(t)
	late := fmt.Sprint(r.reply["execution_count"])
	want := "panic in a goroutine started by cell[" + late + "], which had finished: late\n"
	if got := c.exec("time.Sleep(time.Second)").ok(t).stream(t, "stderr"); got != want {
		t.Errorf("stderr of the cell running at the panic: %q, want %q", got, want)
	}
	// ... or on the next one.
	r = c.exec("go func() {\n\ttime.Sleep(100 * time.Millisecond)\n\tpanic(\"between cells\")\n}()").ok(t)
	between := fmt.Sprint(r.reply["execution_count"])
	time.Sleep(500 * time.Millisecond)
	want = "panic in a goroutine started by cell[" + between + "], which had finished: between cells\n"
	if got := c.exec("kept").ok(t).stream(t, "stderr"); got != want {
		t.Errorf("stderr of the next cell: %q, want %q", got, want)
	}

	r = c.exec("recovered := make(chan any)\ngo func() {\n\tdefer func() { recovered <- recover() }()\n\tpanic(\"mine\")\n}()\n<-recovered")
	if got := r.ok(t).text(t); got != "mine" {
		t.Errorf("the goroutine's own recover got %q", got)
	}
	r = c.exec("exited := make(chan int)\ngo func() {\n\tdefer func() { close(exited) }()\n\truntime.Goexit()\n}()\n<-exited\nkept")
	time.Sleep(200 * time.Millisecond) // a panic would have been reported by now
	if r2 := c.exec("kept"); r.ok(t).text(t) != "7" || r.stream(t, "stderr") != "" || r2.stream(t, "stderr") != "" {
		t.Errorf("runtime.Goexit in a goroutine: %v %s%s", r.reply, describe(r.pubs), describe(r2.pubs))
	}
	checkAlive(t, p, info, "panics in goroutines")
	for _, want := range []string{"panic in a goroutine started by cell[" + late + "]: late", "panic in a goroutine started by cell[" + between + "]: between cells"} {
		if !strings.Contains(p.stderr.String(), want) {
			t.Errorf("the kernel's log lacks %q", want)
		}
	}
}

// TestCallbackPanicOnCompiledGoroutine: a panic in an interpreted function
// that compiled code calls on a goroutine of its own (a time.AfterFunc
// callback) must not end the kernel: it shows as standard error on the
// cell running then, or on the next one, and in the log. A callback that
// compiled code calls on the cell's goroutine (sort.Slice's less) still
// fails the cell; recovers in the callback, also around a nested
// interpreted call, come first; a String method that panics while the
// kernel formats a cell's value is reported by fmt as before.
func TestCallbackPanicOnCompiledGoroutine(t *testing.T) {
	p, info, c := kernelProcessClient(t)
	c.exec("import \"time\"\nimport \"sort\"\nkept := 7").ok(t)
	notice := "panic in a function a cell passed to compiled code, which called it on a goroutine of its own: "

	c.exec("time.AfterFunc(10*time.Millisecond, func() { panic(\"timer\") })").ok(t)
	time.Sleep(300 * time.Millisecond)
	if got, want := c.exec("kept").ok(t).stream(t, "stderr"), notice+"timer\n"; got != want {
		t.Errorf("stderr of the next cell: %q, want %q", got, want)
	}
	r := c.exec("time.AfterFunc(10*time.Millisecond, func() { panic(\"while running\") })\ntime.Sleep(500 * time.Millisecond)\nkept")
	if got, want := r.ok(t).stream(t, "stderr"), notice+"while running\n"; got != want || r.text(t) != "7" {
		t.Errorf("the running cell: stderr %q (want %q), value %s", got, want, r.text(t))
	}

	r = c.exec("xs := []int{3, 1, 2}\nsort.Slice(xs, func(i, j int) bool { panic(\"in less\") })")
	if r.reply["status"] != "error" || r.reply["ename"] != errPanic || r.reply["evalue"] != "in less" {
		t.Errorf("a panic in sort.Slice's less: reply %v", r.reply)
	}

	r = c.exec("got := make(chan any, 2)\nfunc inner() { panic(\"inner\") }\n" +
		"time.AfterFunc(time.Millisecond, func() {\n\tdefer func() { got <- recover() }()\n\tinner()\n})\n" +
		"time.AfterFunc(time.Millisecond, func() {\n\tdefer func() { got <- recover() }()\n\tpanic(\"own\")\n})\n" +
		"a, b := <-got, <-got\na == \"own\" && b == \"inner\" || a == \"inner\" && b == \"own\"")
	time.Sleep(200 * time.Millisecond) // a panic that escaped would have been reported by now
	if r2 := c.exec("kept"); r.ok(t).text(t) != "true" || r.stream(t, "stderr") != "" || r2.stream(t, "stderr") != "" {
		t.Errorf("recovers in callbacks: %v %s%s", r.reply, describe(r.pubs), describe(r2.pubs))
	}

	r = c.exec("import \"fmt\"\ntype loud int\nfunc (l loud) String() string { panic(\"loud\") }\nquiet := loud(1)\nvar shout fmt.Stringer = quiet\nshout")
	if got := r.ok(t).text(t); !strings.Contains(got, "PANIC=String method: loud") {
		t.Errorf("a value whose String method panics shows as %q", got)
	}

	checkAlive(t, p, info, "panics in callbacks on compiled goroutines")
	for _, want := range []string{"panic in a function compiled code called on a goroutine of its own: timer", "panic in a function compiled code called on a goroutine of its own: while running"} {
		if !strings.Contains(p.stderr.String(), want) {
			t.Errorf("the kernel's log lacks %q", want)
		}
	}
}

// TestTrainObjectivePanicFailsCell: a panic in a cell's objective while
// sae.Train runs L-BFGS fails the cell with the panic, and the session
// goes on. Train evaluates the objective on the cell's goroutine: were it
// evaluated on a goroutine of its own (as gonum's Minimize does), the panic
// would end only that goroutine and the cell would wait for an evaluation
// that never returns.
func TestTrainObjectivePanicFailsCell(t *testing.T) {
	p, info, c := kernelProcessClient(t)
	c.exec("import \"context\"\nimport \"github.com/linae/linae/sae\"\nkept := 7").ok(t)
	code := "calls := 0\n" +
		"obj := sae.FuncObjective{N: 2, F: func(g, x []float64) float64 {\n" +
		"\tif calls++; calls == 3 {\n\t\tpanic(\"objective failed\")\n\t}\n" +
		"\tg[0], g[1] = 2*(x[0]-1), 4*(x[1]+2)\n" +
		"\treturn (x[0]-1)*(x[0]-1) + 2*(x[1]+2)*(x[1]+2)\n" +
		"}}\n" +
		"sae.Train(context.Background(), obj, []float64{0, 0}, sae.TrainSettings{Method: sae.LBFGS, Iterations: 50})"
	r := c.execWith(map[string]any{"code": code}, 30*time.Second)
	if r.reply["status"] != "error" || r.reply["ename"] != errPanic || r.reply["evalue"] != "objective failed" {
		t.Errorf("a panic in the objective during sae.Train: reply %v\n%s", r.reply, describe(r.pubs))
	}
	if got := c.exec("kept").ok(t).text(t); got != "7" {
		t.Errorf("after the panic: kept = %q", got)
	}
	checkAlive(t, p, info, "a panic in sae.Train's objective")
}

// TestPreviousCrash: the report is what follows the last fatal error (or
// unrecovered panic) in the spool, with the runtime's lines before it;
// what the spool's reader freed reads as zeros and is skipped.
func TestPreviousCrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "connection.json.stderr")
	if r, err := previousCrash(path); r != "" || err != nil {
		t.Errorf("no spool: %q, %v", r, err)
	}
	report := "runtime: goroutine stack exceeds 268435456-byte limit\nruntime: sp=0x1 stack=[0x0, 0x2]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw({0x1?, 0x2?})\n"
	for _, tc := range []struct{ spool, want string }{
		{"a cell's own output\n", ""},
		{"\x00\x00\x00printed: panic: not at a line's start\n" + report, report},
		{"panic: an earlier line\nfatal error: concurrent map writes\n\ngoroutine 7 [running]:\n", "fatal error: concurrent map writes\n\ngoroutine 7 [running]:\n"},
		{"output\npanic: boom\n\ngoroutine 9 [running]:\nmain.f()\n", "panic: boom\n\ngoroutine 9 [running]:\nmain.f()\n"},
	} {
		if err := os.WriteFile(path, []byte(tc.spool), 0o600); err != nil {
			t.Fatal(err)
		}
		if got, err := previousCrash(path); got != tc.want || err != nil {
			t.Errorf("spool %q: report %q, %v; want %q", tc.spool, got, err, tc.want)
		}
	}
	long := "fatal error: x\n" + strings.Repeat("frame\n", 40)
	if n := strings.Count(crashNotice(long), "frame\n"); n != crashSummaryLines-1 {
		t.Errorf("the notice shows %d of 40 frames, want %d", n, crashSummaryLines-1)
	}
}
