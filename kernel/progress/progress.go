// Package progress shows live progress bars in a notebook: one output that
// updates in place (Jupyter's update_display_data), not one line per step.
//
// In a notebook cell:
//
//	settings.Progress = progress.Train("tied LAE")
//	res, err := sae.Train(ctx, loss, x0, settings)
//
// or, for a loop written in the cell:
//
//	bar := progress.New("β sweep", len(betas))
//	for i, beta := range betas { ...; bar.Set(i+1, fmt.Sprint("β=", beta)) }
//	bar.Done()
//
// Outside a notebook kernel (display.Publisher is nil) the bar is written as
// one text line, rewritten with \r, to standard error.
package progress

import (
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/linae/linae/kernel/display"
	"github.com/linae/linae/sae"
)

// MinInterval is the least time between two redraws of a bar; updates in
// between are dropped (the last one, with Done, never is). A notebook front
// end slows down when it receives many updates a second.
var MinInterval = 200 * time.Millisecond

// width is the number of characters of the text bar.
const width = 30

var counter atomic.Int64

// Bar is a progress bar shown in the notebook under the running cell. Its
// methods are safe for concurrent use.
type Bar struct {
	label string
	total int
	id    string
	start time.Time

	mu      sync.Mutex
	shown   bool
	last    time.Time
	done    bool
	text    io.Writer // fallback outside a kernel; nil until needed
	lastErr error
}

// New returns a bar for total steps (total ≤ 0: unknown, only the count is
// shown). It appears at the first Set.
func New(label string, total int) *Bar {
	return &Bar{
		label: label,
		total: total,
		id:    fmt.Sprintf("linae-progress-%d-%d", os.Getpid(), counter.Add(1)),
		start: time.Now(),
	}
}

// Set shows that done steps are finished; note is a short free text shown
// after the count (the loss, say). Updates closer than MinInterval to the
// previous one are skipped.
func (b *Bar) Set(done int, note string) {
	b.update(done, note, false)
}

// Done shows the final state (done steps and note) and stops the bar.
func (b *Bar) Done(done int, note string) {
	b.update(done, note, true)
}

// Err returns the last error from displaying the bar (nil when shown), for
// a notebook that wants to know why no bar appeared.
func (b *Bar) Err() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.lastErr
}

// finished reports whether Done was called.
func (b *Bar) finished() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.done
}

func (b *Bar) update(done int, note string, final bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return
	}
	now := time.Now()
	if !final && b.shown && now.Sub(b.last) < MinInterval {
		return
	}
	b.last = now
	b.done = final
	elapsed := now.Sub(b.start)
	d := render(b.label, done, b.total, note, elapsed, final)
	if b.text == nil {
		var err error
		if !b.shown {
			err = display.DisplayID(b.id, d)
		} else {
			err = display.Update(b.id, d)
		}
		b.shown = true
		b.lastErr = err
		if errors.Is(err, display.ErrNoKernel) {
			b.text = os.Stderr
		} else {
			return
		}
	}
	line := d.Data[display.MIMETypeText].(string)
	end := ""
	if final {
		end = "\n"
	}
	fmt.Fprintf(b.text, "\r%s%s", line, end)
}

// render builds the bundle: an HTML <progress> element and a text bar.
func render(label string, done, total int, note string, elapsed time.Duration, final bool) display.Data {
	var count, bar string
	frac := 0.0
	if total > 0 {
		if done > total {
			done = total
		}
		frac = float64(done) / float64(total)
		count = fmt.Sprintf("%d/%d", done, total)
		n := int(frac * width)
		bar = "[" + strings.Repeat("#", n) + strings.Repeat("-", width-n) + "]"
	} else {
		count = fmt.Sprint(done)
	}
	status := ""
	if final {
		status = " done"
	}
	el := elapsed.Round(100 * time.Millisecond)
	text := strings.TrimSpace(fmt.Sprintf("%s %s %s %s (%v%s)", label, bar, count, note, el, status))
	text = strings.Join(strings.Fields(text), " ")
	var h strings.Builder
	h.WriteString(`<div style="font-family: monospace">`)
	fmt.Fprintf(&h, "<b>%s</b> ", html.EscapeString(label))
	if total > 0 {
		fmt.Fprintf(&h, `<progress value="%d" max="%d" style="width: 20em; vertical-align: middle"></progress> `, done, total)
	}
	fmt.Fprintf(&h, "%s %s (%v%s)</div>", html.EscapeString(count), html.EscapeString(note), el, status)
	return display.Data{Data: map[string]any{
		display.MIMETypeText: text,
		display.MIMETypeHTML: h.String(),
	}}
}

// Train returns a callback for sae.TrainSettings.Progress that shows a bar
// of iterations with the current loss and gradient norm:
//
//	settings.Progress = progress.Train("tied LAE")
//
// sae.Train calls it at most every ProgressInterval and once at the end;
// the bar is throttled to MinInterval as well.
func Train(label string) func(sae.Progress) {
	var b *Bar
	var mu sync.Mutex
	return func(p sae.Progress) {
		mu.Lock()
		if b == nil || b.finished() {
			// A settings value reused for another run gets a new bar.
			b = New(label, p.Iterations)
		}
		bar := b
		mu.Unlock()
		note := fmt.Sprintf("loss %.6g |grad| %.3g", p.Loss, p.GradNorm)
		if p.Done {
			bar.Done(p.Iteration, note)
		} else {
			bar.Set(p.Iteration, note)
		}
	}
}
