package kernel

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// syncBuffer is the kernel log of the tests.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var (
	sharedOnce   sync.Once
	sharedKernel *Kernel
	sharedErr    error
	sharedLog    syncBuffer
	sharedClient *client
)

// testKernel returns the in-process kernel most tests share (creating an
// interpreter costs more than the tests themselves) and a client connected
// to it. Cells of different tests use distinct names.
func testKernel(t *testing.T) (*Kernel, *client) {
	t.Helper()
	return testKernelTB(t)
}

func testKernelTB(t testing.TB) (*Kernel, *client) {
	t.Helper()
	sharedOnce.Do(func() {
		sharedKernel, sharedErr = New(ConnectionInfo{IP: "127.0.0.1", Key: "test-key"}, &Options{
			Log:            &sharedLog,
			HandleSIGINT:   true,
			InterruptGrace: 300 * time.Millisecond,
		})
		if sharedErr == nil {
			go sharedKernel.Run(context.Background())
		}
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	if sharedClient == nil || sharedClient.closed {
		// A client outlives the test that dialled it: detach its cleanup
		// from that test by dialling under a long-lived TB.
		sharedClient = dial(longLived{t}, sharedKernel.Connection())
	}
	sharedClient.t = t
	// A fresh interpreter per test: tests may run more than once
	// (-count), and redeclaring a name makes gomacro print a warning.
	var err error
	sharedKernel.interp.do(func() { err = sharedKernel.interp.reset() })
	if err != nil {
		t.Fatal(err)
	}
	return sharedKernel, sharedClient
}

// longLived is a testing.TB whose Cleanup never runs: the shared client
// lives as long as the test binary.
type longLived struct{ testing.TB }

func (longLived) Cleanup(func()) {}

func TestKernelInfo(t *testing.T) {
	_, c := testKernel(t)
	id := c.send(c.shell, "kernel_info_request", map[string]any{})
	r := content(t, c.reply(c.shell, id, 10*time.Second))
	li := r["language_info"].(map[string]any)
	if r["protocol_version"] != protocolVersion || r["implementation"] != "linae" || li["name"] != "go" ||
		li["mimetype"] != "text/x-go" || li["file_extension"] != ".go" || r["banner"] == "" {
		t.Errorf("kernel_info_reply = %v", r)
	}
	// kernel_info works on control too (jupyter_client uses it to check
	// the kernel is alive while shell is busy).
	id = c.send(c.control, "kernel_info_request", map[string]any{})
	c.reply(c.control, id, 10*time.Second)
	// The heartbeat echoes.
	if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
		t.Fatal(err)
	}
	m, err := c.hb.Recv()
	if err != nil || string(m.Bytes()) != "ping" {
		t.Errorf("heartbeat echoed %q, %v", m.Bytes(), err)
	}
}

func TestStateAcrossCellsAndResults(t *testing.T) {
	_, c := testKernel(t)
	r := c.exec("a1 := 40\ntype pt struct{ X, Y int }\nfunc dbl(n int) int { return 2 * n }").ok(t)
	if r.result(t) != nil {
		t.Errorf("declarations produced a result: %v", r.result(t))
	}
	first := int(r.reply["execution_count"].(float64))
	r = c.exec("p1 := pt{X: dbl(a1), Y: 2}\np1.X + p1.Y").ok(t)
	if got := r.text(t); got != "82" {
		t.Errorf("last expression = %q, want 82", got)
	}
	if n := int(r.reply["execution_count"].(float64)); n != first+1 {
		t.Errorf("execution_count %d after %d", n, first)
	}
	var input *message
	for _, m := range r.pubs {
		if m.Header.MsgType == "execute_input" {
			input = m
		}
	}
	if input == nil || content(t, input)["code"] != "p1 := pt{X: dbl(a1), Y: 2}\np1.X + p1.Y" {
		t.Errorf("no execute_input with the code: %s", describe(r.pubs))
	}
	if got := c.exec(`"go" + "pher"`).ok(t).text(t); got != `"gopher"` {
		t.Errorf("string result %q", got)
	}
	r = c.exec("import \"fmt\"\nfmt.Println(\"hello\", a1)").ok(t)
	if got := r.stream(t, "stdout"); got != "hello 40\n" {
		t.Errorf("stdout = %q", got)
	}
	if r.result(t) != nil {
		t.Errorf("fmt.Println's (n, err) shown as a result: %v", r.result(t))
	}
	// Running a cell again redeclares its names: no warning in the output.
	r = c.exec("a1 := 41\nerr := fmt.Errorf(\"x\")\nerr = nil").ok(t)
	r = c.exec("a1 := 42\nerr := fmt.Errorf(\"x\")\nerr = nil").ok(t)
	if got := r.stream(t, "stderr") + r.stream(t, "stdout"); got != "" {
		t.Errorf("redeclaring names printed %q", got)
	}
	// Importing plotting makes gomacro skip generic functions of its
	// dependencies (sync.OnceValue): no warning in the output either.
	r = c.exec("import (\"github.com/linae/linae/plotting\"; \"gonum.org/v1/plot/plotter\"; \"gonum.org/v1/gonum/mat\"; \"gonum.org/v1/gonum/stat\")").ok(t)
	if got := r.stream(t, "stderr") + r.stream(t, "stdout"); got != "" {
		t.Errorf("importing plotting printed %q", got)
	}
	// Through fd 2 itself: go test -json points os.Stderr at stdout. The
	// *os.File is kept in a variable: collected, its finalizer would close
	// fd 2 under later cells.
	r = c.exec("import \"os\"\nfd2 := os.NewFile(2, \"fd2\")\nfmt.Fprintln(fd2, \"to stderr\")").ok(t)
	if got := r.stream(t, "stderr"); got != "to stderr\n" {
		t.Errorf("stderr = %q", got)
	}
	// Volume through fd 2 (a spool whose read part is given back every
	// MiB): every line arrives once and in order, in this cell and the next.
	for cell := 0; cell < 2; cell++ {
		r = c.exec("for i := 0; i < 100000; i++ {\n\tif _, err := fmt.Fprintf(fd2, \"line %06d of thirty bytes\\n\", i); err != nil {\n\t\tpanic(err)\n\t}\n}").ok(t)
		var want strings.Builder
		for i := 0; i < 100000; i++ {
			fmt.Fprintf(&want, "line %06d of thirty bytes\n", i)
		}
		if got := r.stream(t, "stderr"); got != want.String() {
			t.Errorf("cell %d: 2.8 MB through fd 2: got %d bytes, want %d", cell, len(got), want.Len())
		}
	}
	// Silent: no execute_input, no result, the count does not advance.
	r = c.execWith(map[string]any{"code": "a1 + 1", "silent": true, "store_history": false}, 30*time.Second).ok(t)
	for _, m := range r.pubs {
		if m.Header.MsgType == "execute_input" || m.Header.MsgType == "execute_result" {
			t.Errorf("silent cell published %s", m.Header.MsgType)
		}
	}
	before := int(c.exec("1").ok(t).reply["execution_count"].(float64))
	r = c.execWith(map[string]any{"code": "2", "store_history": false}, 30*time.Second).ok(t)
	after := int(c.exec("3").ok(t).reply["execution_count"].(float64))
	if after != before+1 {
		t.Errorf("store_history=false advanced the count: %d then %d", before, after)
	}
	if r.text(t) != "2" {
		t.Errorf("store_history=false cell result %q, want 2 (only silent hides it)", r.text(t))
	}
}

func TestRichOutput(t *testing.T) {
	_, c := testKernel(t)
	c.exec("import \"fmt\"").ok(t)
	r := c.exec("import \"image\"\nimport \"image/color\"\nimg := image.NewRGBA(image.Rect(0, 0, 8, 4))\nimg.Set(1, 1, color.RGBA{255, 0, 0, 255})\nimg").ok(t)
	d := r.result(t)
	checkPNG(t, d)
	if d["text/plain"] != "<image 8x4>" {
		t.Errorf("image text/plain %v", d["text/plain"])
	}
	r = c.exec("import \"github.com/linae/linae/plotting\"\nfig, err := plotting.Spectrum([]float64{4, 2, 1, 0.5}, 2, \"spectrum\")\nfig").ok(t)
	checkPNG(t, r.result(t))

	// display: display_data in the middle of a cell, after what the cell
	// printed before it; update_display_data by display id.
	r = c.exec("import \"github.com/linae/linae/kernel/display\"\nfmt.Println(\"before\")\ndisplay.Display(display.HTML(\"<b>hi</b>\"))\ndisplay.DisplayID(\"d1\", display.Markdown(\"*one*\"))\ndisplay.Update(\"d1\", display.Markdown(\"*two*\"))\nfmt.Println(\"after\")").ok(t)
	var order []string
	for _, m := range r.pubs {
		switch m.Header.MsgType {
		case "stream":
			order = append(order, strings.TrimSpace(content(t, m)["text"].(string)))
		case "display_data", "update_display_data":
			cm := content(t, m)
			data := cm["data"].(map[string]any)
			s := m.Header.MsgType
			if h, ok := data["text/html"]; ok {
				s += " " + h.(string)
			}
			if md, ok := data["text/markdown"]; ok {
				s += " " + md.(string)
			}
			if id, ok := cm["transient"].(map[string]any)["display_id"]; ok {
				s += " id=" + id.(string)
			}
			order = append(order, s)
		}
	}
	want := []string{"before", "display_data <b>hi</b>", "display_data *one* id=d1", "update_display_data *two* id=d1", "after"}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Errorf("outputs in order %q, want %q", order, want)
	}
	// A display.Data as last value is the cell's result.
	if d := c.exec("display.Latex(\"$x^2$\")").ok(t).result(t); d["text/latex"] != "$x^2$" {
		t.Errorf("display.Data result %v", d)
	}
}

func checkPNG(t *testing.T, d map[string]any) {
	t.Helper()
	s, _ := d["image/png"].(string)
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("no PNG in result %v", keys(d))
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestStreamsWhileCellRuns(t *testing.T) {
	_, c := testKernel(t)
	id := c.send(c.shell, "execute_request", map[string]any{"code": "import \"fmt\"\nimport \"time\"\nfmt.Println(\"first\")\ntime.Sleep(1500 * time.Millisecond)\nfmt.Println(\"second\")"})
	m := c.waitPub(id, "stream", 10*time.Second)
	if m == nil {
		t.Fatal("no stream message")
	}
	if got := content(t, m)["text"]; got != "first\n" {
		t.Errorf("first stream message %q, want only the first line", got)
	}
	// The first line arrived while the cell was still sleeping: the cell
	// has not finished yet.
	for _, p := range c.pubsOf(id) {
		if p.Header.MsgType == "status" && content(t, p)["execution_state"] == "idle" {
			t.Error("the first line arrived only after the cell ended")
		}
	}
	c.reply(c.shell, id, 10*time.Second)
	pubs := c.waitIdle(id, 10*time.Second)
	if got := (execResult{pubs: pubs}).stream(t, "stdout"); got != "first\nsecond\n" {
		t.Errorf("stdout %q", got)
	}
}

func TestErrors(t *testing.T) {
	_, c := testKernel(t)
	r := c.exec("e1 := 1\ne2 := undefinedName + e1")
	if r.reply["status"] != "error" || r.reply["ename"] != errCompile {
		t.Fatalf("compile error reply %v", r.reply)
	}
	tb := strings.Join(toStrings(r.reply["traceback"]), "\n")
	if !strings.Contains(tb, "line 2") || !strings.Contains(tb, "undefinedName") || !strings.Contains(tb, "e2 := undefinedName + e1") {
		t.Errorf("traceback does not name line 2:\n%s", tb)
	}
	if !hasPub(r.pubs, "error") {
		t.Error("no error message on iopub")
	}
	// A syntax error runs nothing of the cell.
	r = c.exec("syntaxVar := 1\nfunc (")
	if r.reply["ename"] != errCompile || !strings.Contains(strings.Join(toStrings(r.reply["traceback"]), "\n"), "line 2") {
		t.Errorf("syntax error reply %v", r.reply)
	}
	if r := c.exec("syntaxVar"); r.reply["status"] != "error" {
		t.Errorf("a cell with a syntax error ran its first line")
	}
	// A panic in the cell, on line 3.
	r = c.exec("p2 := 1\n_ = p2\npanic(\"boom\")")
	if r.reply["ename"] != errPanic || r.reply["evalue"] != "boom" {
		t.Fatalf("panic reply %v", r.reply)
	}
	if tb := strings.Join(toStrings(r.reply["traceback"]), "\n"); !strings.Contains(tb, "line 3") {
		t.Errorf("panic traceback does not name line 3:\n%s", tb)
	}
	// A runtime panic inside compiled library code.
	r = c.exec("import \"gonum.org/v1/gonum/mat\"\nm2 := mat.NewDense(2, 2, nil)\nm2.At(5, 5)")
	if r.reply["ename"] != errPanic || !strings.Contains(fmt.Sprint(r.reply["evalue"]), "index") {
		t.Fatalf("library panic reply %v", r.reply)
	}
	if tb := strings.Join(toStrings(r.reply["traceback"]), "\n"); !strings.Contains(tb, "line 3") || !strings.Contains(tb, "gonum.org/v1/gonum/mat") {
		t.Errorf("library panic traceback lacks the line or the library frame:\n%s", tb)
	}
	// The kernel goes on, state intact.
	if got := c.exec("e1 + p2").ok(t).text(t); got != "2" {
		t.Errorf("after errors: %q", got)
	}
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func hasPub(ms []*message, msgType string) bool {
	for _, m := range ms {
		if m.Header.MsgType == msgType {
			return true
		}
	}
	return false
}

func TestCompleteInspectIsComplete(t *testing.T) {
	_, c := testKernel(t)
	c.exec("import \"github.com/linae/linae/sae\"\nimport \"strings\"\ncompleteMe := 3").ok(t)
	cases := []struct {
		code  string
		want  string
		start int
	}{
		{"strings.ToUp", "ToUpper", 8},
		{"x := sae.FitP", "FitPCA", 9},
		{"completeM", "completeMe", 0},
		{"π := 1; strings.Spl", "Split", 16}, // cursor in code points
	}
	for _, tc := range cases {
		id := c.send(c.shell, "complete_request", map[string]any{"code": tc.code, "cursor_pos": len([]rune(tc.code))})
		r := content(t, c.reply(c.shell, id, 10*time.Second))
		ms := toStrings(r["matches"])
		if !contains(ms, tc.want) || int(r["cursor_start"].(float64)) != tc.start || int(r["cursor_end"].(float64)) != len([]rune(tc.code)) {
			t.Errorf("complete %q: %v (want %q at %d)", tc.code, r, tc.want, tc.start)
		}
	}

	inspect := func(code string) map[string]any {
		id := c.send(c.shell, "inspect_request", map[string]any{"code": code, "cursor_pos": len(code), "detail_level": 0})
		return content(t, c.reply(c.shell, id, 10*time.Second))
	}
	r := inspect("pca, err := sae.FitPCA")
	text, _ := r["data"].(map[string]any)["text/plain"].(string)
	if r["found"] != true || !strings.Contains(text, "func FitPCA(") || !strings.Contains(text, "PCA") || len(text) < 80 {
		t.Errorf("inspect sae.FitPCA: found=%v text=%q", r["found"], text)
	}
	r = inspect("completeMe")
	if text, _ := r["data"].(map[string]any)["text/plain"].(string); !strings.Contains(text, "completeMe int = 3") {
		t.Errorf("inspect variable: %v", r)
	}
	r = inspect("strings.Fields")
	if text, _ := r["data"].(map[string]any)["text/plain"].(string); !strings.Contains(text, "func Fields(s string) []string\n\nFields splits") {
		t.Errorf("inspect of a standard-library function, want its declaration and doc from source: %v", r)
	}
	if r := inspect("nothingHere"); r["found"] != false {
		t.Errorf("inspect unknown: %v", r)
	}

	for code, want := range map[string]string{
		"x := 1":               "complete",
		"for i := 0; i < 3; {": "incomplete",
		"s := `raw":            "incomplete",
		"f(1, 2":               "incomplete",
		"x := )":               "invalid",
		"x := 1 +":             "incomplete",
		// A cell magic's body ends at a blank line, as in IPython;
		// line magics and shell lines are complete.
		"%%time":                       "incomplete",
		"%%writefile /tmp/x\nline one": "incomplete",
		"%%time\ns := 0\n":             "complete",
		"%env HOME":                    "complete",
		"!echo hi":                     "complete",
	} {
		id := c.send(c.shell, "is_complete_request", map[string]any{"code": code})
		if r := content(t, c.reply(c.shell, id, 10*time.Second)); r["status"] != want {
			t.Errorf("is_complete %q = %v, want %s", code, r["status"], want)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// interruptCell starts code, which must print "started" first, waits
// until that line arrives (the cell is running), interrupts it with
// interrupt and returns the execute reply.
func interruptCell(t *testing.T, c *client, code string, interrupt func()) execResult {
	t.Helper()
	id := c.send(c.shell, "execute_request", map[string]any{"code": "import \"fmt\"\nfmt.Println(\"started\")\n" + code})
	if m := c.waitPub(id, "stream", 20*time.Second); m == nil || !strings.Contains(content(t, m)["text"].(string), "started") {
		t.Fatalf("cell did not start: %s", describe(c.pubsOf(id)))
	}
	interrupt()
	r := content(t, c.reply(c.shell, id, 20*time.Second))
	return execResult{reply: r, pubs: c.waitIdle(id, 10*time.Second)}
}

func TestInterruptEndlessLoop(t *testing.T) {
	_, c := testKernel(t)
	c.exec("loops := 0").ok(t)
	r := interruptCell(t, c, "for {\n\tloops++\n}", func() {
		id := c.send(c.control, "interrupt_request", map[string]any{})
		if r := content(t, c.reply(c.control, id, 10*time.Second)); r["status"] != "ok" {
			t.Errorf("interrupt_reply %v", r)
		}
	})
	if r.reply["status"] != "error" || r.reply["ename"] != errInterrupt {
		t.Fatalf("interrupted loop reply %v", r.reply)
	}
	if got := c.exec("loops > 0").ok(t).text(t); got != "true" {
		t.Errorf("state after interrupt: loops > 0 = %q", got)
	}
	// SIGINT does the same (the kernel runs with HandleSIGINT).
	r = interruptCell(t, c, "for {}", func() {
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
	})
	if r.reply["ename"] != errInterrupt {
		t.Fatalf("SIGINT reply %v", r.reply)
	}
	if got := c.exec("loops + 1 > 1").ok(t).text(t); got != "true" {
		t.Errorf("after SIGINT: %q", got)
	}
	// An interrupt while idle is harmless.
	id := c.send(c.control, "interrupt_request", map[string]any{})
	c.reply(c.control, id, 10*time.Second)
	c.exec("1").ok(t)
}

func TestInterruptTraining(t *testing.T) {
	_, c := testKernel(t)
	// A slow objective: sae.Train must return when ctx is cancelled, with
	// the best parameters so far, and the cell keeps them.
	code := `import "github.com/linae/linae/sae"
import "github.com/linae/linae/kernel/progress"
import "time"
evals := 0
obj := sae.FuncObjective{N: 2, F: func(grad, x []float64) float64 {
	evals++
	time.Sleep(5 * time.Millisecond)
	if grad != nil {
		grad[0], grad[1] = 2*(x[0]-1), 2*(x[1]+2)
	}
	return (x[0]-1)*(x[0]-1) + (x[1]+2)*(x[1]+2)
}}
settings := sae.TrainSettings{Method: sae.GradientDescent, StepSize: 1e-4, Iterations: 1000000,
	Progress: progress.Train("slow"), ProgressInterval: 50 * time.Millisecond}
res, err := sae.Train(ctx, obj, []float64{0, 0}, settings)`
	r := interruptCell(t, c, code, func() {
		time.Sleep(300 * time.Millisecond)
		id := c.send(c.control, "interrupt_request", map[string]any{})
		c.reply(c.control, id, 10*time.Second)
	})
	if r.reply["ename"] != errInterrupt {
		t.Fatalf("interrupted training reply %v\n%s", r.reply, describe(r.pubs))
	}
	if got := c.exec("res != nil && len(res.Params) == 2 && evals > 10").ok(t).text(t); got != "true" {
		t.Errorf("partial result kept: %q", got)
	}
	if got := c.exec("import \"errors\"\nimport \"context\"\nerrors.Is(err, context.Canceled)").ok(t).text(t); got != "true" {
		t.Errorf("err wraps context.Canceled: %q", got)
	}
	// The progress bar was drawn once and then updated in place.
	var shows, updates int
	for _, m := range r.pubs {
		switch m.Header.MsgType {
		case "display_data":
			shows++
		case "update_display_data":
			updates++
		}
	}
	if shows != 1 || updates < 1 {
		t.Errorf("progress bar: %d display_data, %d update_display_data; want 1 and ≥1\n%s", shows, updates, describe(r.pubs))
	}
	// The next cell has a fresh ctx.
	if got := c.exec("ctx.Err() == nil").ok(t).text(t); got != "true" {
		t.Errorf("ctx of the next cell: %q", got)
	}
}

func TestBadSignatureAndMalformedMessages(t *testing.T) {
	_, c := testKernel(t)
	bad := c.request("execute_request", map[string]any{"code": "badSigRan := true"})
	c.sendMsg(c.shell, bad, []byte("wrong-key"))
	// Valid signature, content that is not JSON.
	m := c.request("execute_request", map[string]any{})
	m.Content = json.RawMessage(`{"code": `)
	c.sendMsg(c.shell, m, c.key)
	// No delimiter at all.
	c.sendFrames(c.shell, [][]byte{[]byte("garbage"), []byte("{")})
	// Header that is not JSON, correctly signed.
	frames, _ := c.request("kernel_info_request", map[string]any{}).encode(nil)
	frames[2] = []byte("not json")
	frames[1] = []byte(signer{c.key}.sign(frames[2], frames[3], frames[4], frames[5]))
	c.sendFrames(c.shell, frames)

	// The kernel still answers.
	if got := c.exec("40 + 2").ok(t).text(t); got != "42" {
		t.Errorf("after bad messages: %q", got)
	}
	if r := c.exec("badSigRan"); r.reply["status"] != "error" {
		t.Error("the message with a bad signature was executed")
	}
	for _, p := range c.pubsOf(bad.Header.MsgID) {
		t.Errorf("the bad message got a %s on iopub", p.Header.MsgType)
	}
	log := sharedLog.String()
	for _, want := range []string{"signature does not match", "not valid JSON", "no \"<IDS|MSG>\" delimiter", "malformed message: header"} {
		if !strings.Contains(log, want) {
			t.Errorf("kernel log lacks %q:\n%s", want, log)
		}
	}
}

func TestWireRoundTrip(t *testing.T) {
	key := []byte("k")
	m := &message{Identities: [][]byte{[]byte("id")}, Header: newHeader("x", "s"), Content: json.RawMessage(`{"a":1}`)}
	frames, err := m.encode(key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeMessage(frames, key)
	if err != nil || got.Header != m.Header || string(got.Content) != `{"a":1}` || string(got.Identities[0]) != "id" {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	frames[6] = []byte(`{"a":2}`) // tampered content
	if _, err := decodeMessage(frames, key); err != errBadSignature {
		t.Errorf("tampered message: %v, want errBadSignature", err)
	}
	// An empty key disables signing.
	frames, _ = m.encode(nil)
	if string(frames[2]) != "" {
		t.Errorf("unsigned message has signature %q", frames[2])
	}
	if _, err := decodeMessage(frames, nil); err != nil {
		t.Errorf("unsigned message rejected: %v", err)
	}
}

// A failed cell with stop_on_error aborts the cells queued behind it (what
// "Run All" relies on); without it they run.
func TestStopOnErrorAbortsQueuedCells(t *testing.T) {
	_, c := testKernel(t)
	for _, stop := range []bool{true, false} {
		cell := func(code string) map[string]any {
			return map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": stop}
		}
		// The first cell sleeps so that the others are queued when it fails.
		ids := []string{
			c.send(c.shell, "execute_request", cell("import \"time\"\ntime.Sleep(300 * time.Millisecond)\npanic(\"boom\")")),
			c.send(c.shell, "execute_request", cell("1 + 1")),
			c.send(c.shell, "execute_request", cell("2 + 2")),
		}
		want := []string{"error", "aborted", "aborted"}
		if !stop {
			want = []string{"error", "ok", "ok"}
		}
		for i, id := range ids {
			got := content(t, c.reply(c.shell, id, 30*time.Second))["status"]
			if got != want[i] {
				t.Errorf("stop_on_error=%v: cell %d status %v, want %s", stop, i, got, want[i])
			}
		}
	}
	// The kernel still runs cells afterwards.
	if got := c.exec("3 + 3").ok(t).text(t); got != "6" {
		t.Errorf("after aborting: 3 + 3 = %q", got)
	}
}
