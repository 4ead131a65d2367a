package kernel

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// startWithStdin sends an execute_request that allows input, as a notebook
// or jupyter console does, and returns its msg_id.
func startWithStdin(c *client, code string) string {
	return c.send(c.shell, "execute_request", map[string]any{"code": code, "silent": false, "store_history": true,
		"user_expressions": map[string]any{}, "allow_stdin": true, "stop_on_error": true})
}

// finish waits for the reply to the cell msgID and its idle status.
func finish(t *testing.T, c *client, msgID string) execResult {
	t.Helper()
	r := content(t, c.reply(c.shell, msgID, 30*time.Second))
	return execResult{reply: r, pubs: c.waitIdle(msgID, 10*time.Second)}
}

// needInput waits for the n-th input_request of the cell msgID and checks
// its content.
func needInput(t *testing.T, c *client, msgID string, n int) *message {
	t.Helper()
	m := c.waitInput(msgID, n, 20*time.Second)
	if m == nil {
		t.Fatalf("no input_request number %d for a cell that reads standard input; iopub so far:\n%s", n, describe(c.pubsOf(msgID)))
	}
	if m.Header.MsgType != "input_request" {
		t.Fatalf("stdin message %s, want input_request", m.Header.MsgType)
	}
	if rc := content(t, m); rc["prompt"] != "" || rc["password"] != false {
		t.Errorf("input_request content %v, want an empty prompt and password false", rc)
	}
	return m
}

// TestInputRequest: a cell of a front end that allows input, reading
// standard input with fmt.Scanln, gets a prompt in the front end (an
// input_request on the stdin channel, whose parent is the execute_request)
// and reads what the user typed. The text it printed before reading is
// published before the request.
func TestInputRequest(t *testing.T) {
	_, c := testKernel(t)
	id := startWithStdin(c, "import \"fmt\"\nfmt.Print(\"name? \")\nvar inName string\nfmt.Scanln(&inName)\nfmt.Println(\"hello,\", inName)")
	req := needInput(t, c, id, 1)
	if c.waitPub(id, "stream", 5*time.Second) == nil {
		t.Errorf("the text printed before the read was not published")
	}
	c.answer(req, "gopher", true)
	r := finish(t, c, id).ok(t)
	if got, want := r.stream(t, "stdout"), "name? hello, gopher\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if n := len(c.inputsOf(id)); n != 1 {
		t.Errorf("%d input_requests for one read, want 1", n)
	}
}

// TestInputSeveralReads: each read of standard input in a cell prompts
// once, whatever reads it (fmt.Scan, a bufio.Reader, os.Stdin.Read), and
// returns what the user typed and a newline. The first answer comes
// without a parent header, as jupyter_client's KernelClient.input sends it.
func TestInputSeveralReads(t *testing.T) {
	_, c := testKernel(t)
	id := startWithStdin(c, `import "fmt"
import "bufio"
import "os"
var scanN int
_, scanErr := fmt.Scan(&scanN)
line, lineErr := bufio.NewReader(os.Stdin).ReadString('\n')
rawBuf := make([]byte, 100)
rawN, rawErr := os.Stdin.Read(rawBuf)
fmt.Printf("%d %v|%q %v|%q %v\n", scanN, scanErr, line, lineErr, rawBuf[:rawN], rawErr)`)
	for i, answer := range []string{"42", "two words", "raw bytes"} {
		req := needInput(t, c, id, i+1)
		c.answer(req, answer, i > 0)
	}
	r := finish(t, c, id).ok(t)
	if got, want := r.stream(t, "stdout"), "42 <nil>|\"two words\\n\" <nil>|\"raw bytes\\n\" <nil>\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	if n := len(c.inputsOf(id)); n != 3 {
		t.Errorf("%d input_requests for three reads, want 3", n)
	}
	// Ctrl-D in jupyter console answers "\x04": end of file, for that read
	// and the cell's later ones.
	id = startWithStdin(c, "_, eofErr := fmt.Scanln(&scanN)\n_, eofErr2 := fmt.Scanln(&scanN)\nfmt.Println(eofErr, eofErr2)")
	c.answer(needInput(t, c, id, 1), "\x04", true)
	if got := finish(t, c, id).ok(t).stream(t, "stdout"); got != "EOF EOF\n" {
		t.Errorf("after Ctrl-D: %q, want \"EOF EOF\\n\"", got)
	}
}

// TestInputNotAllowed: without allow_stdin (nbclient, papermill) the kernel
// sends no input_request, and a read gets end of file at once.
func TestInputNotAllowed(t *testing.T) {
	_, c := testKernel(t)
	c.mu.Lock()
	before := len(c.inputs)
	c.mu.Unlock()
	start := time.Now()
	r := c.exec("import \"fmt\"\nvar noWord string\n_, noErr := fmt.Scanln(&noWord)\nnoErr").ok(t)
	if got := r.text(t); got != "error: EOF" {
		t.Errorf("fmt.Scanln without allow_stdin: %s, want error: EOF", got)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the cell took %v", took)
	}
	c.mu.Lock()
	after := len(c.inputs)
	c.mu.Unlock()
	if after != before {
		t.Errorf("%d input_requests without allow_stdin", after-before)
	}
}

// TestInterruptWhileWaitingForInput: an interrupt while the cell waits for
// an answer that never comes ends the wait; the cell fails as an
// interrupted cell does, at the read (the statements after it do not run),
// keeps what it assigned before, and an answer that comes too late is
// dropped, not given to the next cell's read.
func TestInterruptWhileWaitingForInput(t *testing.T) {
	k, c := testKernel(t)
	id := startWithStdin(c, "import \"fmt\"\nwaitBefore := 1\nvar waitWord string\nfmt.Scanln(&waitWord)\nwaitBefore = 2")
	req := needInput(t, c, id, 1)
	sent := time.Now()
	ir := c.send(c.control, "interrupt_request", map[string]any{})
	c.reply(c.control, ir, 10*time.Second)
	r := finish(t, c, id)
	took := time.Since(sent)
	t.Logf("interrupted reply after %v", took)
	if r.reply["status"] != "error" || r.reply["ename"] != errInterrupt {
		t.Fatalf("reply %v", r.reply)
	}
	if limit := k.opts.InterruptGrace + abandonDelay + time.Second; took > limit {
		t.Errorf("reply %v after the interrupt, want at most %v", took, limit)
	}
	if tb := strings.Join(toStrings(r.reply["traceback"]), "\n"); !strings.Contains(tb, "Interrupted at cell") || !strings.Contains(tb, "fmt.Scanln(&waitWord)") {
		t.Errorf("traceback %q, want the interrupt at the read", tb)
	}
	if got := c.exec("waitBefore").ok(t).text(t); got != "1" {
		t.Errorf("waitBefore = %s after the interrupt, want 1 (assigned before the read, not after)", got)
	}
	c.answer(req, "late", true)
	id = startWithStdin(c, "var nextWord string\nfmt.Scanln(&nextWord)\nnextWord")
	c.answer(needInput(t, c, id, 1), "fresh", true)
	if got := finish(t, c, id).ok(t).text(t); got != `"fresh"` {
		t.Errorf("the next cell read %s, want \"fresh\"", got)
	}
}

// TestInputNonBlockingStdin runs the kernel command with a non-blocking
// pipe as its standard input, which makes Go register os.Stdin with its
// poller at start-up. Reads through the process's os.Stdin (a reader made
// in an earlier cell) and through os.Stdin in the cell must still prompt.
func TestInputNonBlockingStdin(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the kernel command")
	}
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	// os.NewFile on a non-blocking descriptor leaves it non-blocking when
	// exec passes it on (Fd restores blocking mode only on files Go made
	// non-blocking itself).
	stdinR, stdinW := os.NewFile(uintptr(fds[0]), "kernel-stdin"), os.NewFile(uintptr(fds[1]), "kernel-stdin-w")
	defer stdinR.Close()
	defer stdinW.Close()
	conn, info := writeConnectionFile(t, t.TempDir())
	startKernelProcess(t, kernelBinary(t), conn, func(cmd *exec.Cmd) { cmd.Stdin = stdinR })
	if fl, err := unix.FcntlInt(uintptr(fds[0]), unix.F_GETFL, 0); err != nil || fl&unix.O_NONBLOCK == 0 {
		t.Fatalf("the kernel's standard input is not non-blocking (flags %#x, %v)", fl, err)
	}
	c := dial(t, info)
	c.exec("import \"bufio\"\nimport \"os\"\nimport \"fmt\"\nearlyReader := bufio.NewReader(os.Stdin)").ok(t)
	id := startWithStdin(c, "a, aErr := earlyReader.ReadString('\\n')\nb, bErr := bufio.NewReader(os.Stdin).ReadString('\\n')\nfmt.Printf(\"%q %v %q %v\\n\", a, aErr, b, bErr)")
	c.answer(needInput(t, c, id, 1), "first", true)
	c.answer(needInput(t, c, id, 2), "second", true)
	r := finish(t, c, id).ok(t)
	if got, want := r.stream(t, "stdout"), "\"first\\n\" <nil> \"second\\n\" <nil>\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	// Without allow_stdin the same reads get end of file at once.
	r = c.exec("_, aErr = earlyReader.ReadString('\\n')\n_, bErr = bufio.NewReader(os.Stdin).ReadString('\\n')\nfmt.Println(aErr, bErr)").ok(t)
	if got := r.stream(t, "stdout"); !strings.HasPrefix(got, "EOF EOF") {
		t.Errorf("without allow_stdin: %q, want end of file", got)
	}
}
