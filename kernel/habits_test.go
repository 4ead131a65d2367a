package kernel

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWrongAnswersFixedOverProtocol checks, as a notebook sends them, the
// cells that once gave a wrong answer or a misleading error.
func TestWrongAnswersFixedOverProtocol(t *testing.T) {
	_, c := testKernel(t)
	c.exec(`import "fmt"
import "math"`).ok(t)
	if got := c.exec(`mIdx := map[string]float64{"a": 4}
fmt.Println(mIdx["a"])
fmt.Println(math.Sqrt(mIdx["a"]))`).ok(t).stream(t, "stdout"); got != "4\n2\n" {
		t.Errorf("map index as an argument printed %q, want \"4\\n2\\n\"", got)
	}
	if got := c.exec(`var fsLoop []func() int
for i := 0; i < 3; i++ {
	fsLoop = append(fsLoop, func() int { return i })
}
fmt.Println(fsLoop[0](), fsLoop[1](), fsLoop[2]())`).ok(t).stream(t, "stdout"); got != "0 1 2\n" {
		t.Errorf("closures over a loop variable printed %q, want Go 1.22's \"0 1 2\\n\"", got)
	}
}

// TestUnsupportedConstructsFailFast checks that generic code and the
// generic-only packages fail at once with an error naming the construct.
func TestUnsupportedConstructsFailFast(t *testing.T) {
	_, c := testKernel(t)
	for _, tc := range []struct{ code, want string }{
		{"func gmax[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}", "generic functions are not supported by the interpreter (func gmax[...])"},
		{`import "slices"`, "package slices is not supported by the interpreter"},
		{"type box[T any] struct{ v T }", "generic types are not supported by the interpreter"},
	} {
		start := time.Now()
		r := c.exec(tc.code)
		took := time.Since(start)
		if r.reply["status"] != "error" || !strings.Contains(r.reply["evalue"].(string), tc.want) {
			t.Errorf("%q: reply %v, want an error containing %q", tc.code, r.reply, tc.want)
		}
		if took > 5*time.Second {
			t.Errorf("%q: the error took %v", tc.code, took)
		}
	}
}

// TestIsCompleteIndentsWithSpaces checks the indent is_complete suggests.
func TestIsCompleteIndentsWithSpaces(t *testing.T) {
	_, c := testKernel(t)
	for code, want := range map[string]string{
		"func f() {":                             "    ",
		"for i := 0; i < 3; i++ {\n\tif i > 1 {": "        ",
		"x := []int{\n    1,":                    "    ",
	} {
		id := c.send(c.shell, "is_complete_request", map[string]any{"code": code})
		r := content(t, c.reply(c.shell, id, 10*time.Second))
		if r["status"] != "incomplete" || r["indent"] != want {
			t.Errorf("is_complete(%q) = %v, want incomplete with indent %q", code, r, want)
		}
	}
}

// TestExitsWithParent starts the kernel command from a shell, kills the
// shell and checks that the kernel exits, even with a cell spinning.
func TestExitsWithParent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the kernel command")
	}
	bin := kernelBinary(t)
	dir := t.TempDir()
	conn, info := writeConnectionFile(t, dir)
	sh := exec.Command("sh", "-c", `"$0" run -connection-file "$1" & echo $!; wait`, bin, conn)
	out, err := sh.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(pid, syscall.SIGKILL) })
	c := dial(t, info)
	c.exec("1").ok(t)
	c.send(c.shell, "execute_request", map[string]any{"code": "for {\n}", "silent": false})
	time.Sleep(300 * time.Millisecond)
	sh.Process.Kill()
	sh.Wait()
	deadline := time.Now().Add(10 * time.Second)
	alive := func() bool {
		if syscall.Kill(pid, 0) != nil {
			return false
		}
		// A container's first process may not reap orphans: a zombie has exited.
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		return err != nil || !strings.Contains(string(stat), ") Z ")
	}
	for alive() {
		if time.Now().After(deadline) {
			t.Fatalf("the kernel (pid %d) still runs 10 s after its parent died", pid)
		}
		time.Sleep(100 * time.Millisecond)
	}
	c.close()
}

// TestInspectInsideCall checks that Shift-Tab inside a call's parentheses
// documents the called function.
func TestInspectInsideCall(t *testing.T) {
	_, c := testKernel(t)
	for _, code := range []string{"pca, err := sae.FitPCA(", "pca, err := sae.FitPCA(X, 3, ", "sae.FitPCA(data.Center(nil), "} {
		id := c.send(c.shell, "inspect_request", map[string]any{"code": code, "cursor_pos": len(code), "detail_level": 0})
		r := content(t, c.reply(c.shell, id, 10*time.Second))
		text, _ := r["data"].(map[string]any)["text/plain"].(string)
		if r["found"] != true || !strings.Contains(text, "func FitPCA(") {
			t.Errorf("inspect %q: found=%v text=%q, want FitPCA's signature", code, r["found"], text)
		}
	}
}

// TestInspectDocsFromSource checks that Shift-Tab shows the doc comment of
// the standard library's and gonum's functions and methods, which the
// bindings do not carry: the kernel reads them from their source.
func TestInspectDocsFromSource(t *testing.T) {
	_, c := testKernel(t)
	c.exec("import \"gonum.org/v1/gonum/mat\"\ndocX := mat.NewDense(2, 2, nil)").ok(t)
	for code, want := range map[string][]string{
		"fmt.Println(":       {"func Println(a ...any) (n int, err error)", "Println formats using the default formats"},
		"mat.NewDense(3, ":   {"func NewDense(r, c int, data []float64) *Dense", "NewDense creates a new Dense matrix"},
		"r, c := docX.Dims(": {"func (m *Dense) Dims() (r, c int)", "Dims returns the number of rows and columns"},
		"strings.Cut(":       {"func Cut(s, sep string) (before, after string, found bool)", "Cut slices s around the first instance of sep"},
		"stat.Mean(":         {"func Mean(x, weights []float64) float64", "Mean computes the weighted mean"},
		"docX":               {"docX *mat.Dense", "Dense is a dense matrix representation."},
	} {
		id := c.send(c.shell, "inspect_request", map[string]any{"code": code, "cursor_pos": len(code), "detail_level": 0})
		r := content(t, c.reply(c.shell, id, 30*time.Second))
		text, _ := r["data"].(map[string]any)["text/plain"].(string)
		for _, w := range want {
			if r["found"] != true || !strings.Contains(text, w) {
				t.Errorf("inspect %q: found=%v text=%q, want it to contain %q", code, r["found"], text, w)
			}
		}
	}
}

// TestUndefinedPackageHint: a cell that uses a package without importing
// it is told which import it needs, in Go's words rather than the
// interpreter's syntax tree.
func TestUndefinedPackageHint(t *testing.T) {
	_, c := testKernel(t)
	for code, want := range map[string]string{
		`fmt.Println("hi")`:    `undefined: fmt (fmt is a package: add import "fmt")`,
		`strings.ToUpper("a")`: `undefined: strings (strings is a package: add import "strings")`,
		`notAThing + 1`:        `undefined identifier: notAThing`,
	} {
		r := c.exec(code)
		if got, _ := r.reply["evalue"].(string); r.reply["status"] != "error" || got != want {
			t.Errorf("%s: status %v, evalue %q, want %q", code, r.reply["status"], got, want)
		}
	}
}

// TestRichMatrixAndLongSlices checks how a cell shows a gonum matrix and a
// long slice.
func TestRichMatrixAndLongSlices(t *testing.T) {
	_, c := testKernel(t)
	r := c.exec("import \"gonum.org/v1/gonum/mat\"\nmat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})").ok(t)
	d := r.result(t)
	if text, _ := d["text/plain"].(string); !strings.HasPrefix(text, "*mat.Dense 2×3\n") {
		t.Errorf("text/plain of a matrix: %q", text)
	}
	if h, _ := d["text/html"].(string); !strings.Contains(h, "<table>") || !strings.Contains(h, "<td>6</td>") {
		t.Errorf("text/html of a matrix: %q", h)
	}
	if got := c.exec("longSlice := make([]float64, 5000)\nlongSlice[4999] = 2\nlongSlice").ok(t).text(t); got != "[0 0 0 ... 0 0 2] (length 5000)" {
		t.Errorf("a long slice shows as %q", got)
	}
}

// TestMagics runs each magic as a notebook user types it.
func TestMagics(t *testing.T) {
	_, c := testKernel(t)
	dir := t.TempDir()
	out := c.exec("%%time\nmagicX := 6 * 7\nprintln(magicX)").ok(t)
	if s := out.stream(t, "stdout"); !strings.HasPrefix(s, "Wall time: ") {
		t.Errorf("%%%%time printed %q", s)
	}
	if s := out.stream(t, "stderr"); s != "42\n" {
		t.Errorf("%%%%time's cell printed %q to stderr, want 42", s)
	}
	out = c.exec("%%writefile " + dir + "/w.txt\nhello\nworld").ok(t)
	if s := out.stream(t, "stdout"); s != "Writing "+dir+"/w.txt\n" {
		t.Errorf("%%%%writefile printed %q", s)
	}
	out = c.exec("import \"fmt\"\nfmt.Println(\"before\")\n!cat " + dir + "/w.txt\nfmt.Println(\"after\")").ok(t)
	if s := out.stream(t, "stdout"); s != "before\nhello\nworldafter\n" {
		t.Errorf("a ! line between Go lines printed %q", s)
	}
	out = c.exec("%env LINAE_MAGIC_TEST=on\n%env LINAE_MAGIC_TEST\n%time magicY := 3").ok(t)
	if s := out.stream(t, "stdout"); !strings.HasPrefix(s, "env: LINAE_MAGIC_TEST=on\non\nWall time: ") {
		t.Errorf("%%env and %%time printed %q", s)
	}
	if got := c.exec("magicY").ok(t).text(t); got != "3" {
		t.Errorf("%%time's statement did not take effect: %q", got)
	}
	if s := c.exec("%help").ok(t).stream(t, "stdout"); !strings.Contains(s, "%%writefile") {
		t.Errorf("%%help printed %q", s)
	}
	r := c.exec("x := 1\n%nosuch")
	if r.reply["status"] != "error" || !strings.Contains(r.reply["evalue"].(string), "unknown magic %nosuch") {
		t.Errorf("an unknown magic: %v", r.reply)
	}
	// A line that starts with ! inside brackets is Go.
	if got := c.exec("notB := false\nres := (true &&\n!notB)\nres").ok(t).text(t); got != "true" {
		t.Errorf("a ! continuation line: %q", got)
	}
}

// TestGoCellMagic builds and runs a generic program with %%go and measures
// what it costs.
func TestGoCellMagic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	_, c := testKernel(t)
	start := time.Now()
	r := c.execWith(map[string]any{"code": `%%go
package main

import (
	"fmt"
	"time"

	"github.com/linae/linae/sae"
)

func sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	start := time.Now()
	s := 0.0
	for i := 0; i < 10000000; i++ {
		s += 1.5
	}
	elapsed := time.Since(start)
	fmt.Println(sum([]int{1, 2, 3}), s, sae.LBFGS)
	fmt.Println("loop:", elapsed < time.Second)
}`, "silent": false}, 5*time.Minute).ok(t)
	if s := r.stream(t, "stdout"); !strings.HasPrefix(s, "6 1.5e+07 ") || !strings.Contains(s, "loop: true") {
		t.Errorf("%%%%go printed %q", s)
	}
	t.Logf("%%%%go cell (build and run) took %v", time.Since(start).Round(time.Millisecond))
	r = c.exec("%%go\npackage main\nfunc main() { undefinedThing() }")
	if r.reply["status"] != "error" || !strings.Contains(r.stream(t, "stderr"), "undefined: undefinedThing") {
		t.Errorf("a %%%%go build error: %v, stderr %q", r.reply, r.stream(t, "stderr"))
	}
}
