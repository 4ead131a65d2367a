package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/linae/linae/kernel/display"
)

// maxStack is the largest stack a goroutine may grow while cells run
// (Go's default is 1 GiB on 64-bit systems). A runaway recursion in
// interpreted code then ends the process in seconds with "stack overflow"
// in the log, instead of paging for minutes while growing and copying a
// gigabyte of stack, with the heartbeat starved. An interpreted call takes
// about a kilobyte of stack, so recursions some hundred thousand deep still
// run.
const maxStack = 256 << 20

var limitStackOnce sync.Once

// executeRequest is the content of execute_request.
type executeRequest struct {
	Code            string         `json:"code"`
	Silent          bool           `json:"silent"`
	StoreHistory    *bool          `json:"store_history"`
	UserExpressions map[string]any `json:"user_expressions"`
	AllowStdin      bool           `json:"allow_stdin"`
	StopOnError     *bool          `json:"stop_on_error"` // absent means true

}

// execute runs a cell: execute_input, the cell's streams and displays,
// then execute_result or error on iopub, and the execute_reply. It reports
// whether the cell failed with stop_on_error set, so that the cells queued
// behind it are aborted.
func (k *Kernel) execute(req *message, reply func(string, any)) (abort bool) {
	limitStackOnce.Do(func() { debug.SetMaxStack(maxStack) })
	var c executeRequest
	k.decode(req, &c)
	// store_history defaults to !silent and is forced off when silent; the
	// execution count only advances for cells that are stored.
	store := !c.Silent
	if c.StoreHistory != nil && !*c.StoreHistory {
		store = false
	}
	if store {
		k.execCount++
	}
	count := k.execCount
	parent := req.headerJSON()
	if !c.Silent {
		k.publish(parent, "execute_input", map[string]any{"code": c.Code, "execution_count": count})
	}

	var ask askFunc
	if c.AllowStdin {
		ask = func(ctx context.Context) (string, error) { return k.askInput(ctx, req, "", false) }
	}
	res := k.interp.run(c.Code, count, parent, ask)

	if res.err != nil {
		content := map[string]any{
			"ename":     res.err.Name,
			"evalue":    res.err.Value,
			"traceback": nonNilStrings(res.err.Traceback),
		}
		k.publish(parent, "error", content)
		r := map[string]any{"status": "error", "execution_count": count}
		for key, v := range content {
			r[key] = v
		}
		reply("execute_reply", r)
		return c.StopOnError == nil || *c.StopOnError
	}
	if len(res.values) > 0 && !c.Silent {
		// Formatting may call methods of the cell's types: on the
		// interpreter goroutine, a panic in one reaches formatValue's
		// recover (on another goroutine gomacro would hand it to
		// goroutinePanic and end that goroutine).
		k.interp.do(func() { k.publishResult(parent, count, res) })
	}
	reply("execute_reply", map[string]any{
		"status":           "ok",
		"execution_count":  count,
		"user_expressions": map[string]any{},
		"payload":          []any{},
	})
	return false
}

// publishResult sends execute_result: text/plain always, plus the rich
// bundle of a single value that has one (an image, a figure, display.Data).
func (k *Kernel) publishResult(parent json.RawMessage, count int, res cellResult) {
	data := map[string]any{}
	metadata := map[string]any{}
	var transient map[string]any
	if len(res.values) == 1 && res.values[0].CanInterface() {
		d, ok, err := display.Rich(res.values[0].Interface())
		if err != nil {
			k.publish(parent, "stream", map[string]any{"name": "stderr", "text": err.Error() + "\n"})
		}
		if ok {
			for key, v := range d.Data {
				data[key] = v
			}
			for key, v := range d.Metadata {
				metadata[key] = v
			}
			transient = d.Transient
		}
	}
	if _, ok := data["text/plain"]; !ok {
		data["text/plain"] = formatValues(res.values)
	}
	content := map[string]any{"execution_count": count, "data": data, "metadata": metadata}
	if len(transient) > 0 {
		content["transient"] = transient
	}
	k.publish(parent, "execute_result", content)
}

// nonNilStrings returns s, or an empty slice for nil, so that JSON carries
// [] and not null.
func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// abandonDelay is how long a cell the interpreter was told to stop may take
// to reach its next interpreted statement before it is abandoned: a cell
// blocked in compiled code (time.Sleep, a channel receive, a lock, a read)
// never gets there.
const abandonDelay = 250 * time.Millisecond

// cellRun is one execution of a cell on the interpreter goroutine.
type cellRun struct {
	count     int             // the cell's execution count
	res       cellResult      // set before done is closed
	done      chan struct{}   // closed when the cell returns
	abandoned chan struct{}   // closed when the kernel gives up waiting for it
	ctx       context.Context // the cell's ctx, cancelled by an interrupt
	input     *stdinFeed      // its standard input, when the front end allows input; set under interp.mu
	stopping  atomic.Bool     // the interpreter was told to stop it (stopNow)
	goPanic   *cellError      // a goroutine the cell started panicked (under interp.mu)
	// compiling (under interp.mu) is set while the cell's goroutine parses,
	// compiles or prepares a statement, touching the interpreter's shared
	// state: an abandon then waits, since the next cells would touch it too.
	// Compiling does not block; running the statement may.
	compiling bool
}

// isAbandoned reports whether the kernel gave up waiting for the cell.
func (c *cellRun) isAbandoned() bool {
	select {
	case <-c.abandoned:
		return true
	default:
		return false
	}
}

// abandon gives up on cell c if it is still running: Go cannot stop a
// goroutine blocked in compiled code, so the interpreter goroutine running
// it is left blocked, and a new one serves the next cells with the same
// interpreter state. The abandoned goroutine keeps its own interpreter
// stack, which is told to stop at its next interpreted statement should
// the blocking call ever return; only the rest of the top-level statement
// that was running may still take effect then.
func (p *interp) abandon(c *cellRun) {
	p.mu.Lock()
	if !p.running || p.cell != c {
		p.mu.Unlock()
		return
	}
	if c.compiling {
		// It stops at its next statement, or is blocked in the one it is
		// about to run: ask again then.
		time.AfterFunc(abandonDelay, func() { p.abandon(c) })
		p.mu.Unlock()
		return
	}
	p.running = false
	p.cell = nil
	if p.grace != nil {
		p.grace.Stop()
		p.grace = nil
	}
	p.gen++
	gen := p.gen
	p.ir.Interrupt(nil) // should the blocking call return: see takeOver
	close(c.abandoned)
	p.mu.Unlock()
	p.k.log.Printf("an interrupted cell is blocked in compiled code: abandoned (its goroutine stays blocked)")
	c.input.stop()
	if err := p.cap.stop(); err != nil {
		p.k.log.Print(err)
	}
	go p.takeOver(gen)
}

// takeOver serves the jobs on a new interpreter goroutine of generation
// gen. It first gives the interpreter's top level per-goroutine state of
// its own (gomacro's Run: its pool of environments, signals, defer and panic
// state), so that the abandoned goroutine and the next cells do not share
// it; the abandoned goroutine keeps its Run, with the interrupt abandon set
// on it pending.
func (p *interp) takeOver(gen int) {
	p.mu.Lock() // an interrupt reads the Run that NewRun replaces
	p.ir.NewRun()
	p.mu.Unlock()
	p.loop(gen)
}

// abandonedResult is the error reply of an abandoned cell.
func abandonedResult(count int) cellResult {
	return cellResult{err: &cellError{Name: errInterrupt, Value: "interrupted", Traceback: []string{
		fmt.Sprintf("Interrupted: cell[%d] was blocked in compiled code (a sleep, a channel, a lock, a read) and could not be stopped.", count),
		"It was abandoned: its goroutine stays blocked in the background (Go cannot kill it), the kernel serves the next cells.",
		"Values the cell assigned before the blocking call are kept.",
	}}}
}
