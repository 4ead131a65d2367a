package kernel

import (
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// statsCell is a compiled cell with a generic helper used inside it, an
// exported generic function the interpreter cannot use, and a hot loop.
const statsCell = `%%compile stats
import "math"

func sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

// Sum adds xs.
func Sum(xs []float64) float64 { return sum(xs) }

// SumInts adds xs.
func SumInts(xs []int) int { return sum(xs) }

// Loop adds 1.5 n times.
func Loop(n int) float64 {
	s := 0.0
	for i := 0; i < n; i++ {
		s += 1.5
	}
	return s
}

// Map is generic: the interpreter cannot call it.
func Map[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

// Point is a type of the compiled package.
type Point struct{ X, Y float64 }

// Norm is the point's length.
func (p Point) Norm() float64 { return math.Hypot(p.X, p.Y) }
`

// TestCompileCell compiles a cell with %%compile in a kernel process, over
// the protocol, and uses what it defines from later cells: a function
// built on a generic helper, a type with a method, a hot loop at compiled
// speed. It measures what compiling costs.
func TestCompileCell(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command: compiled cells need the Go toolchain")
	}
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is not enabled (no C compiler?): Go plugins need it")
	}
	_, _, c := kernelProcessClient(t, CompileDirEnv+"="+t.TempDir())
	exec := func(code string) execResult {
		t.Helper()
		return c.execWith(map[string]any{"code": code, "silent": false}, 5*time.Minute)
	}

	start := time.Now()
	r := exec(statsCell).ok(t)
	first := time.Since(start)
	if out := r.stream(t, "stdout"); !strings.HasPrefix(out, "stats: Loop, Point, Sum, SumInts (compiled in ") {
		t.Errorf("compiling printed %q", out)
	}
	if e := r.stream(t, "stderr"); !strings.Contains(e, "generic") || !strings.Contains(e, "Map") {
		t.Errorf("no note that Map is generic: %q", e)
	}
	if got := exec("stats.Sum([]float64{1, 2, 3.5})").ok(t).text(t); got != "6.5" {
		t.Errorf("stats.Sum = %s, want 6.5", got)
	}
	if got := exec("stats.SumInts([]int{1, 2, 3})").ok(t).text(t); got != "6" {
		t.Errorf("stats.SumInts = %s, want 6", got)
	}
	if got := exec("p := stats.Point{X: 3, Y: 4}\np.Norm()").ok(t).text(t); got != "5" {
		t.Errorf("Point.Norm = %s, want 5", got)
	}

	// Loops of 10 million float additions, interpreted and in the compiled
	// cell: of a constant, and over a slice.
	elapsed := func(code string) time.Duration {
		t.Helper()
		r := exec("start := time.Now()\n" + code + "\ntime.Since(start).Seconds()").ok(t)
		s, err := strconv.ParseFloat(r.text(t), 64)
		if err != nil {
			t.Fatalf("%s: %v", code, err)
		}
		return time.Duration(s * float64(time.Second))
	}
	exec("import \"time\"\nxs := make([]float64, 10000000)\nfor i := range xs {\n\txs[i] = 1.5\n}").ok(t)
	type loop struct {
		what, interpreted, compiled   string
		interpretedTime, compiledTime time.Duration
	}
	loops := []loop{
		{what: "s += 1.5", interpreted: "s := 0.0\nfor i := 0; i < 10000000; i++ {\n\ts += 1.5\n}", compiled: "s = stats.Loop(10000000)"},
		{what: "s += xs[i]", interpreted: "s = 0.0\nfor _, x := range xs {\n\ts += x\n}", compiled: "s = stats.Sum(xs)"},
	}
	for i, l := range loops {
		loops[i].interpretedTime = elapsed(l.interpreted)
		if got := exec("s").ok(t).text(t); got != "1.5e+07" {
			t.Errorf("interpreted %s: %s, want 1.5e+07", l.what, got)
		}
		loops[i].compiledTime = elapsed(l.compiled)
		if got := exec("s").ok(t).text(t); got != "1.5e+07" {
			t.Errorf("compiled %s: %s, want 1.5e+07", l.what, got)
		}
		if loops[i].compiledTime*5 > loops[i].interpretedTime {
			t.Errorf("%s: the compiled loop took %v, the interpreted one %v: not 5 times faster", l.what, loops[i].compiledTime, loops[i].interpretedTime)
		}
	}

	// A compiled cell shares gonum's and the project's packages with the
	// kernel: values pass both ways.
	exec(`%%compile lin
import (
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/sae"
)

// Trace is the sum of a's diagonal.
func Trace(a *mat.Dense) float64 { return mat.Trace(a) }

// Method is sae's method named name.
func Method(name string) sae.Method {
	for m := sae.GradientDescent; m <= sae.Adam; m++ {
		if m.String() == name {
			return m
		}
	}
	return -1
}`).ok(t)
	if got := exec("import \"gonum.org/v1/gonum/mat\"\nlin.Trace(mat.NewDense(2, 2, []float64{1, 2, 3, 4}))").ok(t).text(t); got != "5" {
		t.Errorf("lin.Trace = %s, want 5", got)
	}
	if got := exec("import \"github.com/linae/linae/sae\"\nlin.Method(\"SGD\") == sae.SGD").ok(t).text(t); got != "true" {
		t.Errorf("lin.Method(\"SGD\") == sae.SGD is %s", got)
	}

	// The same cell again is loaded already; a changed one is a new
	// package under the same name.
	start = time.Now()
	exec(statsCell).ok(t)
	again := time.Since(start)
	start = time.Now()
	exec(strings.Replace(statsCell, "return sum(xs) }", "return 2 * sum(xs) }", 1)).ok(t)
	changed := time.Since(start)
	if got := exec("stats.Sum([]float64{1, 2, 3.5})").ok(t).text(t); got != "13" {
		t.Errorf("after recompiling, stats.Sum = %s, want 13", got)
	}
	t.Logf("%%%%compile: first %v, same cell again %v, changed cell %v", first.Round(time.Millisecond), again.Round(time.Millisecond), changed.Round(time.Millisecond))
	for _, l := range loops {
		t.Logf("10^7 times %s: interpreted %v, compiled %v", l.what, l.interpretedTime.Round(time.Millisecond), l.compiledTime.Round(time.Microsecond))
	}

	// An interrupt stops a build at once; the session goes on.
	id := c.send(c.shell, "execute_request", map[string]any{"code": "%%compile slow\nimport \"gonum.org/v1/plot/plotter\"\n\nvar V = plotter.DefaultLineStyle", "silent": false})
	time.Sleep(300 * time.Millisecond)
	start = time.Now()
	c.reply(c.control, c.send(c.control, "interrupt_request", map[string]any{}), 10*time.Second)
	reply := content(t, c.reply(c.shell, id, 30*time.Second))
	c.waitIdle(id, 10*time.Second)
	if reply["ename"] != errInterrupt || time.Since(start) > 5*time.Second {
		t.Errorf("interrupting a build: %v after %v", reply, time.Since(start))
	}
	exec("stats.SumInts([]int{1})").ok(t)

	// Go's errors name the cell's lines.
	r = exec("%%compile bad\n\nfunc F() int {\n\treturn undefinedThing\n}")
	if r.reply["status"] != "error" || !strings.HasSuffix(r.reply["evalue"].(string), "]:4:9: undefined: undefinedThing") ||
		!strings.Contains(fmt.Sprint(r.reply["traceback"]), "   4 | \treturn undefinedThing") {
		t.Errorf("a compile error: %q", r.reply)
	}
}

// TestCompileCellWithoutGo: without a go command, %%compile says so.
func TestCompileCellWithoutGo(t *testing.T) {
	_, _, c := kernelProcessClient(t, "PATH="+t.TempDir())
	r := c.exec("%%compile stats\nfunc F() int { return 1 }")
	if r.reply["status"] != "error" || !strings.Contains(fmt.Sprint(r.reply["evalue"]), "no go command on PATH") {
		t.Errorf("%%%%compile without go: %v", r.reply)
	}
	c.exec("1 + 1").ok(t)
	if s := c.exec("%help").ok(t).stream(t, "stdout"); !strings.Contains(s, "%%compile NAME") {
		t.Errorf("%%help does not list %%%%compile: %q", s)
	}
}

func TestCellSource(t *testing.T) {
	for body, want := range map[string]string{
		"\nfunc F() {}":                       "package stats;\nfunc F() {}",
		"\n// Doc.\npackage stats\nvar V = 1": "\n// Doc.\npackage stats\nvar V = 1",
	} {
		if got, err := cellSource("stats", body); err != nil || string(got) != want {
			t.Errorf("cellSource(%q) = %q, %v; want %q", body, got, err, want)
		}
	}
	if _, err := cellSource("stats", "\n\npackage other"); err == nil || err.Error() != "3:9: the package clause names other, but the magic line names stats" {
		t.Errorf("a package clause that names another package: %v", err)
	}
}

// TestCellModule: the compiled cells' module has the kernel module's
// requirements and replacements, made absolute, and requires the kernel
// module from its source directory.
func TestCellModule(t *testing.T) {
	gomod := "module github.com/linae/linae\n\ngo 1.26.0\n\nrequire gonum.org/v1/gonum v0.17.0\n\nreplace github.com/cosmos72/gomacro => ./third_party/gomacro\n"
	got, err := cellModule([]byte(gomod), "/src/linae")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"module linaecell\n",
		"gonum.org/v1/gonum v0.17.0",
		"github.com/linae/linae v0.0.0-00010101000000-000000000000",
		"replace github.com/cosmos72/gomacro => /src/linae/third_party/gomacro\n",
		"replace github.com/linae/linae => /src/linae\n",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("go.mod lacks %q:\n%s", want, got)
		}
	}
}
