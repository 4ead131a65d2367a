package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"io"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cosmos72/gomacro/base"
	"github.com/cosmos72/gomacro/fast"

	xr "github.com/cosmos72/gomacro/xreflect"
	"github.com/linae/linae/kernel/bindings"
	"github.com/linae/linae/kernel/display"
)

// interp owns the gomacro interpreter. gomacro is not safe for concurrent
// use and keeps per-goroutine state, so every use of it runs on one
// goroutine, fed by jobs.
type interp struct {
	k    *Kernel
	jobs chan func()
	quit chan struct{}
	ir   *fast.Interp // only on the interpreter goroutine
	env  *fast.Env    // ir's top-level environment (the same pointer for ir's life)

	cap *capture

	mu          sync.Mutex
	running     bool               // a cell is executing
	cancel      context.CancelFunc // cancels the running cell's ctx
	interrupted bool               // the running cell was interrupted
	grace       *time.Timer        // stops the cell if it ignores ctx
	parent      json.RawMessage    // header of the running (or last) execute_request
	cell        *cellRun           // the running cell
	gen         int                // generation of the interpreter goroutine (see abandon)
	notices     []string           // standard error text for the next cell (see goroutinePanic)

	// Compiled cells (%%compile), only on the interpreter goroutine.
	toolchain *toolchain      // how to build them, once found
	compiled  map[string]bool // import paths of the compiled cells loaded

	closeOnce sync.Once
}

// ctxType is the type of the per-cell variable ctx.
var ctxType = reflect.TypeOf((*context.Context)(nil)).Elem()

// newInterp starts the interpreter goroutine and creates the interpreter on
// it.
func newInterp(k *Kernel) (*interp, error) {
	p := &interp{k: k, jobs: make(chan func()), quit: make(chan struct{}), compiled: map[string]bool{}}
	c, err := newCapture(k.opts.StderrSpool, k.opts.StreamInterval, func(name, text string) {
		k.publish(p.parentHeader(), "stream", map[string]any{"name": name, "text": text})
	})
	if err != nil {
		return nil, fmt.Errorf("kernel: capturing output: %w", err)
	}
	p.cap = c
	go p.loop(0)
	var initErr error
	p.do(func() { initErr = p.reset() })
	if initErr != nil {
		p.close()
		return nil, initErr
	}
	return p, nil
}

// loop runs jobs on the interpreter goroutine of generation gen. It ends
// when a job returns after the goroutine was abandoned (a newer generation
// serves the jobs).
func (p *interp) loop(gen int) {
	for {
		select {
		case job := <-p.jobs:
			job()
			p.mu.Lock()
			stale := p.gen != gen
			p.mu.Unlock()
			if stale {
				return
			}
		case <-p.quit:
			return
		}
	}
}

// do runs f on the interpreter goroutine and waits for it.
func (p *interp) do(f func()) {
	done := make(chan struct{})
	select {
	case p.jobs <- func() { defer close(done); f() }:
		<-done
	case <-p.quit:
	}
}

func (p *interp) close() {
	p.closeOnce.Do(func() {
		p.interrupt()
		close(p.quit)
		if p.cap != nil {
			p.cap.close()
		}
	})
}

// reset creates a fresh interpreter: no variables, no imports, a ctx.
func (p *interp) reset() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("kernel: creating the interpreter: %v", r)
		}
	}()
	ir := fast.New()
	// Each top-level statement runs in a frame of its own, so that a cell
	// abandoned while blocked in compiled code and the cells after it
	// share the variables and nothing of the interpreter's running state
	// (see abandon). The reservation is far more top-level names than a
	// session declares.
	ir.UseFrames(topLevelSlots, topLevelSlots)
	// The kernel shows results and errors itself; panics must reach it.
	ir.Comp.Options &^= base.OptShowPrompt | base.OptShowEval | base.OptShowEvalType | base.OptTrapPanic
	// Re-running a notebook cell redeclares its names, and importing a
	// package makes gomacro skip the generic functions of its dependencies;
	// it warns about each, which would clutter every output.
	ir.Comp.Stderr = quietWarnings{ir.Comp.Stderr}
	ir.DeclVar("ctx", ir.Comp.Universe.FromReflectType(ctxType), context.Context(context.Background()))
	ir.Comp.IrGlobals.GoroutinePanic = p.goroutinePanic
	// Loading a package's types once here, before any cell captures the
	// output, sends the warnings gomacro prints straight to stdout about
	// skipped generic functions to the kernel's log instead of the first
	// cell that imports the package.
	for _, path := range bindings.DocPaths() {
		ir.Eval("import _ " + strconv.Quote(path))
	}
	p.ir = ir
	p.env = ir.PrepareEnv()
	return nil
}

// topLevelSlots is how many top-level variables and functions, and how many
// top-level numbers, the interpreter reserves room for (see reset). More
// still work; only past it may a goroutine of an abandoned cell race with
// the cell that declares them.
const topLevelSlots = 1 << 14

// quietWarnings passes gomacro's warnings on to w except those about
// redefined identifiers and skipped generic functions, which say nothing a
// notebook author can act on. gomacro writes each warning in one Write call.
type quietWarnings struct{ w io.Writer }

func (q quietWarnings) Write(b []byte) (int, error) {
	if bytes.HasPrefix(b, []byte("// warning: redefined identifier")) ||
		bytes.Contains(b, []byte("importing generic functions or types is not supported")) {
		return len(b), nil
	}
	return q.w.Write(b)
}

// parentHeader is the header of the running or last execute request, the
// parent of stream and display messages.
func (p *interp) parentHeader() json.RawMessage {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.parent
}

// syncOutput publishes what the running cell printed so far.
func (p *interp) syncOutput() {
	p.cap.sync()
}

// interrupt stops the running cell: its ctx is cancelled at once, so that a
// library call honouring ctx returns with what it has; if the cell is still
// running after the grace period (or at a second interrupt) the interpreter
// stops it at its next statement. Without a running cell it does nothing.
func (p *interp) interrupt() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.running {
		return
	}
	if p.interrupted {
		p.stopNow()
		return
	}
	p.interrupted = true
	if p.cancel != nil {
		p.cancel()
	}
	p.grace = time.AfterFunc(p.k.opts.InterruptGrace, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.running && p.interrupted {
			p.stopNow()
		}
	})
}

// stopNow makes the interpreter panic at the running cell's next statement,
// and abandons the cell if it is still running abandonDelay later (it is
// blocked in compiled code); p.mu is held.
func (p *interp) stopNow() {
	if p.ir != nil {
		p.ir.Interrupt(nil)
	}
	if c := p.cell; c != nil {
		// gomacro clears the interrupt when the next top-level statement
		// starts: eval checks this too.
		c.stopping.Store(true)
		time.AfterFunc(abandonDelay, func() { p.abandon(c) })
	}
}

// goroutinePanic is the interpreter's GoroutinePanic hook: a goroutine
// started by a go statement of a cell (owner, the *cellRun, or nil when not
// known) panicked with r, or (owner nil) an interpreted function that
// compiled code called on a goroutine of its own (a time.AfterFunc
// callback) did. In compiled Go that ends the process; here, if the cell is
// still running, it fails with the panic as its error and is stopped as an
// interrupt stops it; if it has finished, or the owner is not known, the
// panic is shown as standard error on the cell running now, or on the next
// one. It is logged in all cases. It runs on the panicking goroutine.
func (p *interp) goroutinePanic(owner, r any) {
	frames := compiledFrames()
	msg := fmt.Sprint(r)
	if err, ok := r.(error); ok {
		msg = err.Error()
	}
	cell, _ := owner.(*cellRun)
	started := "an earlier cell"
	if cell != nil {
		started = fmt.Sprintf("cell[%d]", cell.count)
	}
	if owner == nil {
		// The goroutine is compiled code's: which cell handed it the
		// function is not known.
		p.k.log.Printf("panic in a function compiled code called on a goroutine of its own: %s", msg)
	} else {
		p.k.log.Printf("panic in a goroutine started by %s: %s", started, msg)
	}

	p.mu.Lock()
	if cell != nil && p.running && p.cell == cell {
		if cell.goPanic == nil {
			e := &cellError{Name: errPanic, Value: msg}
			e.Traceback = append(e.Traceback, fmt.Sprintf("panic in a goroutine %s started: %s", started, msg))
			if len(frames) > 0 {
				e.Traceback = append(e.Traceback, "in compiled code:")
				e.Traceback = append(e.Traceback, frames...)
			}
			e.Traceback = append(e.Traceback, "The cell was stopped; values it assigned before are kept.")
			cell.goPanic = e
			if p.cancel != nil {
				p.cancel()
			}
			p.stopNow()
		}
		p.mu.Unlock()
		return
	}
	text := fmt.Sprintf("panic in a goroutine started by %s, which had finished: %s\n", started, msg)
	if owner == nil {
		text = fmt.Sprintf("panic in a function a cell passed to compiled code, which called it on a goroutine of its own: %s\n", msg)
	}
	if len(frames) > 0 {
		text += "in compiled code:\n" + strings.Join(frames, "\n") + "\n"
	}
	if !p.running {
		p.notices = append(p.notices, text)
		p.mu.Unlock()
		return
	}
	parent := p.parent
	p.mu.Unlock()
	p.syncOutput() // what the running cell printed so far comes first
	p.k.publish(parent, "stream", map[string]any{"name": "stderr", "text": text})
}

// testHookCompiled, set by tests alone, is called after each statement is
// compiled and prepared, still in the compiling state: a slow compile.
var testHookCompiled func(ast.Node)

// compiling sets the cell's compiling state (see cellRun.compiling) and
// reports whether the cell goes on: false once it was abandoned, or a
// goroutine it started failed it.
func (p *interp) compiling(cell *cellRun, on bool) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	cell.compiling = on
	return !cell.isAbandoned() && cell.goPanic == nil
}

// goroutineFailure returns the error of a goroutine panic that failed cell,
// or nil.
func (p *interp) goroutineFailure(cell *cellRun) *cellError {
	p.mu.Lock()
	defer p.mu.Unlock()
	return cell.goPanic
}

// cellError is an error reply: Jupyter's ename, evalue and traceback.
type cellError struct {
	Name      string
	Value     string
	Traceback []string
}

// cellResult is the outcome of a cell.
type cellResult struct {
	values []reflect.Value // the last expression's values, if it is one
	err    *cellError
}

// Error names of error replies.
const (
	errCompile   = "CompileError"
	errPanic     = "Panic"
	errInterrupt = "Interrupted"
)

// run executes a cell on the interpreter goroutine with the process's
// output captured. It returns when the cell does, or when an interrupted
// cell is abandoned. With ask non-nil (the front end allows input) the
// cell's reads of standard input are answered through ask.
func (p *interp) run(code string, count int, parent json.RawMessage, ask askFunc) cellResult {
	c := &cellRun{count: count, done: make(chan struct{}), abandoned: make(chan struct{})}
	job := func() {
		defer close(c.done)
		c.res = p.runCell(c, code, count, parent, ask)
	}
	select {
	case p.jobs <- job:
	case <-p.quit:
		return cellResult{}
	}
	select {
	case <-c.done:
		return c.res
	case <-c.abandoned:
		if e := p.goroutineFailure(c); e != nil {
			return cellResult{err: e}
		}
		return abandonedResult(count)
	}
}

// runCell parses the whole cell first (a syntax error runs nothing), then
// compiles and runs its top-level statements one by one, so that a panic
// names the statement's line. This is also gomacro's own REPL semantics:
// a statement may use what earlier statements declared.
func (p *interp) runCell(cell *cellRun, code string, count int, parent json.RawMessage, ask askFunc) (res cellResult) {
	ctx, cancel := context.WithCancel(context.Background())
	cell.ctx = ctx
	p.mu.Lock()
	p.parent = parent
	p.cell = cell
	p.running = true
	p.interrupted = false
	p.cancel = cancel
	notices := p.notices
	p.notices = nil
	p.mu.Unlock()
	for _, text := range notices {
		p.k.publish(parent, "stream", map[string]any{"name": "stderr", "text": text})
	}
	// The cell's ctx stays valid after the cell (a goroutine it started may
	// keep using it); only an interrupt cancels it.
	p.setCtx(ctx)
	// Goroutines the cell starts carry it, so that a panic in one of them
	// is reported on this cell (see goroutinePanic).
	p.env.Run.Owner = cell

	if err := p.cap.start(); err != nil {
		p.k.log.Print(err)
	}
	if ask != nil {
		p.startInput(cell, ctx, ask)
	}
	name := fmt.Sprintf("cell[%d]", count)
	lines := strings.Split(code, "\n")
	res = p.evalWithMagics(cell, code, name, lines)
	p.mu.Lock()
	if cell.isAbandoned() {
		// Later cells own the interpreter and the output now.
		p.mu.Unlock()
		return res
	}
	p.running = false // from here on, the cell is not abandoned
	p.cell = nil
	p.mu.Unlock()
	cell.input.stop()
	if err := p.cap.stop(); err != nil {
		p.k.log.Print(err)
	}

	p.mu.Lock()
	if p.grace != nil {
		p.grace.Stop()
		p.grace = nil
	}
	interrupted := p.interrupted
	goPanic := cell.goPanic
	p.mu.Unlock()
	if goPanic != nil {
		// The cell was stopped because of the panic, or ended with it.
		return cellResult{err: goPanic}
	}
	if interrupted && (res.err == nil || res.err.Name != errInterrupt) {
		// The cell returned on its own after its ctx was cancelled (or
		// failed because of it): still report the interrupt, so that "run
		// all" stops here, but keep what the cell assigned.
		tb := []string{"Interrupted: the cell's ctx was cancelled and the cell returned; values it assigned are kept."}
		if res.err != nil {
			tb = append(tb, res.err.Traceback...)
		}
		res = cellResult{err: &cellError{Name: errInterrupt, Value: "interrupted", Traceback: tb}}
	}
	return res
}

// startInput gives the cell a standard input fed by ask (see
// startStdinFeed). What the cell printed is published before each request,
// so that the text it printed as a prompt appears above the input field.
// An interrupt while the cell waits for input stops it at the statement
// after the read, as an interrupt stops input() in ipykernel, instead of
// letting it go on with end of file for a grace period.
func (p *interp) startInput(cell *cellRun, ctx context.Context, ask askFunc) {
	feed, err := startStdinFeed(ctx, func(feedCtx context.Context) (string, error) {
		p.cap.sync()
		text, err := ask(feedCtx)
		if err != nil && ctx.Err() != nil {
			p.mu.Lock()
			if p.running && p.cell == cell {
				p.stopNow()
			}
			p.mu.Unlock()
		}
		return text, err
	})
	if err != nil {
		p.k.log.Print(err)
	}
	p.mu.Lock()
	cell.input = feed
	p.mu.Unlock()
}

// setCtx gives the interpreter's variable ctx a new value, if the user has
// not redeclared ctx as something else.
func (p *interp) setCtx(ctx context.Context) {
	defer func() {
		if r := recover(); r != nil {
			p.k.log.Printf("setting ctx: %v", r)
		}
	}()
	sym := p.ir.Comp.TryResolve("ctx")
	if sym == nil || sym.Type == nil || sym.Type.ReflectType() != ctxType || sym.Desc.Class() != fast.VarBind {
		return
	}
	v := p.ir.ValueOf("ctx")
	if v.IsValid() && v.ReflectValue().CanSet() {
		v.ReflectValue().Set(reflect.ValueOf(&ctx).Elem())
	}
}

// eval parses and runs code, until the cell is abandoned. It parses,
// compiles and prepares each statement in the cell's compiling state (see
// cellRun.compiling), in which it is not abandoned.
func (p *interp) eval(cell *cellRun, code, name string, lines []string) (res cellResult) {
	if !p.compiling(cell, true) {
		return cellResult{}
	}
	defer p.compiling(cell, false)
	c := p.ir.Comp
	c.Globals.Filepath = name
	c.Globals.Line = 0

	stage := "parse"
	var stmtLine int
	var stmtNode ast.Node
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		res = cellResult{err: p.describePanic(r, stage, name, lines, stmtLine, stmtNode)}
	}()

	if u := checkSupported(code, func(name string) bool { return c.TryResolve(name) != nil }); u != nil {
		e := &cellError{Name: errCompile, Value: u.msg}
		e.Traceback = append(e.Traceback, fmt.Sprintf("%s line %d: %s", name, u.line, u.msg))
		e.Traceback = append(e.Traceback, sourceLines(lines, u.line, u.col)...)
		return cellResult{err: e}
	}
	form := c.Parse(code)
	if form == nil {
		return cellResult{}
	}
	n := form.Size()
	for i := 0; i < n && !cell.isAbandoned(); i++ {
		if cell.stopping.Load() {
			// The statement that was running (at stmtLine) returned.
			panic(base.SigInterrupt)
		}
		node := form.Get(i)
		stmtNode, _ = node.Interface().(ast.Node)
		stmtLine = 0
		if stmtNode != nil && stmtNode.Pos().IsValid() {
			stmtLine = c.Fileset.Position(stmtNode.Pos()).Line
		}
		stage = "compile"
		if types, funcs, last := declRun(form, i); last > i {
			node, i = types, last
			if funcs != nil {
				if types != nil {
					p.ir.RunExpr(p.ir.CompileAst(types))
				}
				for _, stub := range declStubs(funcs) {
					p.ir.RunExpr(p.ir.CompileAst(stub))
				}
				node = funcs
			}
		}
		run := p.ir.PrepareRun(p.ir.CompileAst(node))
		if testHookCompiled != nil {
			testHookCompiled(stmtNode)
		}
		// Leaving the compiling state takes p.mu, so that what compiling
		// and preparing the run touched of the interpreter's shared state
		// happens before an abandon (which holds p.mu) and so before the
		// next interpreter goroutine compiles. The run itself touches only
		// the cell's variables and a frame of its own.
		if !p.compiling(cell, false) {
			break
		}
		if cell.stopping.Load() {
			// Told to stop while compiling: preparing the run cleared
			// the interpreter's interrupt.
			panic(base.SigInterrupt)
		}
		stage = "run"
		vals, _ := run()
		if !p.compiling(cell, true) {
			break // abandoned (the rest is for later cells), or failed
		}
		if i == n-1 && isExpr(stmtNode) && !isPrintCall(stmtNode) {
			res.values = validValues(vals)
		}
	}
	return res
}

// isExpr reports whether a top-level node is an expression, whose value the
// cell shows.
func isExpr(n ast.Node) bool {
	switch n.(type) {
	case ast.Expr:
		return true
	case *ast.ExprStmt:
		return true
	}
	return false
}

// isPrintCall reports whether n calls fmt.Print, Println, Printf or an
// Fprint function: their (n, err) results are noise under the printed text.
func isPrintCall(n ast.Node) bool {
	if s, ok := n.(*ast.ExprStmt); ok {
		n = s.X
	}
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "fmt" && (strings.HasPrefix(sel.Sel.Name, "Print") || strings.HasPrefix(sel.Sel.Name, "Fprint"))
}

// validValues converts gomacro's values, dropping the "no value" of a call
// without results.
func validValues(vals []xr.Value) []reflect.Value {
	var out []reflect.Value
	for _, v := range vals {
		rv := v.ReflectValue()
		if rv.IsValid() {
			out = append(out, rv)
		}
	}
	return out
}

// describePanic turns what a cell panicked with into an error reply whose
// traceback names the cell line.
func (p *interp) describePanic(r any, stage, name string, lines []string, stmtLine int, node ast.Node) *cellError {
	if sig, ok := r.(base.Signal); ok && sig == base.SigInterrupt {
		e := &cellError{Name: errInterrupt, Value: "interrupted"}
		e.Traceback = append(e.Traceback, fmt.Sprintf("Interrupted at %s line %d", name, stmtLine))
		e.Traceback = append(e.Traceback, sourceLines(lines, stmtLine, 0)...)
		return e
	}
	if stage == "parse" || stage == "compile" {
		msg := fmt.Sprint(r)
		line, col := stmtLine, 0
		// Parse errors (gomacro's fork of go/scanner's ErrorList) and
		// compile errors (output.RuntimeError) both start with the
		// position, "cell[N]:line:col: ".
		if l, c, rest, ok := splitPosition(msg, name); ok {
			line, col, msg = l, c, rest
		}
		msg = withHint(msg)
		e := &cellError{Name: errCompile, Value: msg}
		e.Traceback = append(e.Traceback, fmt.Sprintf("%s line %d: %s", name, line, msg))
		e.Traceback = append(e.Traceback, sourceLines(lines, line, col)...)
		return e
	}
	msg := fmt.Sprint(r)
	if err, ok := r.(error); ok {
		msg = err.Error()
	}
	msg = withHint(msg)
	e := &cellError{Name: errPanic, Value: msg}
	e.Traceback = append(e.Traceback, fmt.Sprintf("panic: %s", msg), fmt.Sprintf("at %s line %d:", name, stmtLine))
	e.Traceback = append(e.Traceback, sourceLines(lines, stmtLine, 0)...)
	if frames := compiledFrames(); len(frames) > 0 {
		e.Traceback = append(e.Traceback, "in compiled code:")
		e.Traceback = append(e.Traceback, frames...)
	}
	return e
}

// undefinedName finds the name in the interpreter's messages for an
// undeclared identifier: "undefined identifier: strings" and
// `undefined "fmt" in fmt.Println <*ast.SelectorExpr>`.
var undefinedName = regexp.MustCompile(`undefined identifier: (\w+)|undefined "(\w+)" in \w+\.\w+`)

// withHint adds to an error message that does not say what to do the
// advice that does: for an undeclared name that is a package, the import
// (Go source must import fmt; the interpreter's message named its own
// syntax tree), and for errors.As with a target of a cell's type, which
// compiled code cannot see the methods of, what works instead.
func withHint(msg string) string {
	if strings.Contains(msg, "errors: *target must be interface or implement error") {
		return msg + ": errors.As cannot match a type declared in a cell (compiled code does not see the methods of the interpreter's types); " +
			"test each error of the chain with a type assertion or type switch (for e := err; e != nil; e = errors.Unwrap(e) { if t, ok := e.(myErr); ok { … } }), " +
			"or use errors.Is with a comparable value"
	}
	m := undefinedName.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	id := m[1] + m[2]
	var paths []string
	for _, path := range bindings.Named(id) {
		paths = append(paths, strconv.Quote(path))
	}
	switch {
	case len(paths) == 0:
		return msg
	case m[2] != "":
		msg = fmt.Sprintf("undefined: %s", id)
	}
	if len(paths) == 1 {
		return fmt.Sprintf("%s (%s is a package: add import %s)", msg, id, paths[0])
	}
	return fmt.Sprintf("%s (%s is a package: import one of %s)", msg, id, strings.Join(paths, ", "))
}

// splitPosition splits "cell[3]:2:6: message" into 2, 6 and "message".
func splitPosition(msg, name string) (line, col int, rest string, ok bool) {
	i := strings.Index(msg, name+":")
	if i < 0 {
		return 0, 0, msg, false
	}
	s := msg[i+len(name)+1:]
	parts := strings.SplitN(s, ":", 3)
	if len(parts) < 3 {
		return 0, 0, msg, false
	}
	line, err1 := strconv.Atoi(parts[0])
	col, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return 0, 0, msg, false
	}
	return line, col, strings.TrimSpace(parts[2]), true
}

// sourceLines quotes line of the cell, with a caret under column col (when
// col > 0).
func sourceLines(lines []string, line, col int) []string {
	if line < 1 || line > len(lines) {
		return nil
	}
	prefix := fmt.Sprintf("%4d | ", line)
	out := []string{prefix + lines[line-1]}
	if col > 0 {
		out = append(out, strings.Repeat(" ", len(prefix)-2)+"| "+strings.Repeat(" ", col-1)+"^")
	}
	return out
}

// compiledFrames returns the frames of compiled (non-interpreter) code on
// the panicking goroutine's stack, innermost first: where in a library a
// runtime panic happened. It must be called from the deferred recover.
func compiledFrames() []string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		fn := f.Function
		skip := fn == "" ||
			strings.HasPrefix(fn, "runtime.") ||
			strings.HasPrefix(fn, "reflect.") ||
			strings.HasPrefix(fn, "github.com/cosmos72/gomacro/") ||
			strings.HasPrefix(fn, "github.com/linae/linae/kernel.")
		if !skip {
			out = append(out, fmt.Sprintf("  %s\n      %s:%d", fn, f.File, f.Line))
			if len(out) == 8 {
				break
			}
		}
		if !more {
			break
		}
	}
	return out
}

// formatValues is the text/plain representation of a cell's values.
func formatValues(vals []reflect.Value) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = formatValue(v)
	}
	return strings.Join(parts, " ")
}

func formatValue(v reflect.Value) (s string) {
	defer func() {
		// A String or Error method of a compiled type can panic on a
		// broken value; show that instead of failing the cell.
		if r := recover(); r != nil {
			s = fmt.Sprintf("<%v: panic in formatting: %v>", v.Type(), r)
		}
	}()
	if !v.CanInterface() {
		return v.String()
	}
	x := v.Interface()
	if v.Kind() == reflect.String {
		return strconv.Quote(v.String())
	}
	if err, ok := x.(error); ok && err != nil {
		return "error: " + err.Error()
	}
	if text, ok := display.ElidedText(v); ok {
		return text
	}
	return fmt.Sprintf("%v", x)
}
