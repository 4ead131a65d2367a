package progress

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/linae/linae/kernel/display"
	"github.com/linae/linae/sae"
)

type published struct {
	d      display.Data
	update bool
}

// record installs a Publisher that records what bars send.
func record(t *testing.T) func() []published {
	t.Helper()
	var mu sync.Mutex
	var got []published
	old := display.Publisher
	display.Publisher = func(d display.Data, update bool) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, published{d, update})
		return nil
	}
	t.Cleanup(func() { display.Publisher = old })
	return func() []published {
		mu.Lock()
		defer mu.Unlock()
		return append([]published(nil), got...)
	}
}

func TestBarDisplaysThenUpdatesInPlace(t *testing.T) {
	got := record(t)
	old := MinInterval
	MinInterval = time.Hour // only the first and the final update get through
	defer func() { MinInterval = old }()

	b := New("sweep", 10)
	for i := 1; i <= 10; i++ {
		b.Set(i, "")
	}
	b.Done(10, "ok")
	b.Set(3, "after done") // ignored

	p := got()
	if len(p) != 2 {
		t.Fatalf("published %d bundles, want 2 (first, final): %+v", len(p), p)
	}
	if p[0].update || !p[1].update {
		t.Errorf("update flags = %v, %v; want false, true", p[0].update, p[1].update)
	}
	id0, id1 := p[0].d.Transient["display_id"], p[1].d.Transient["display_id"]
	if id0 == nil || id0 != id1 {
		t.Errorf("display ids %v, %v: want one non-empty id", id0, id1)
	}
	text := p[1].d.Data[display.MIMETypeText].(string)
	if !strings.Contains(text, "10/10") || !strings.Contains(text, "done") || !strings.Contains(text, "ok") {
		t.Errorf("final text %q lacks the count, note or done mark", text)
	}
	if h := p[1].d.Data[display.MIMETypeHTML].(string); !strings.Contains(h, `<progress value="10" max="10"`) {
		t.Errorf("final HTML %q has no full progress element", h)
	}
}

func TestTrainCallbackWithSaeTrain(t *testing.T) {
	got := record(t)
	obj := sae.FuncObjective{N: 1, F: func(grad, x []float64) float64 {
		if grad != nil {
			grad[0] = 2 * (x[0] - 3)
		}
		return (x[0] - 3) * (x[0] - 3)
	}}
	cb := Train("quadratic")
	for run := 0; run < 2; run++ {
		_, err := sae.Train(t.Context(), obj, []float64{0}, sae.TrainSettings{
			Method: sae.GradientDescent, StepSize: 0.1, Iterations: 50, Progress: cb,
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	p := got()
	ids := map[any]int{}
	for _, x := range p {
		ids[x.d.Transient["display_id"]]++
	}
	if len(ids) != 2 {
		t.Fatalf("two runs with one callback drew %d bars, want 2 (ids %v)", len(ids), ids)
	}
	last := p[len(p)-1].d.Data[display.MIMETypeText].(string)
	if !strings.Contains(last, "quadratic") || !strings.Contains(last, "50/50") || !strings.Contains(last, "loss") {
		t.Errorf("last text %q", last)
	}
}

func TestNoKernelFallsBackToText(t *testing.T) {
	old := display.Publisher
	display.Publisher = nil
	defer func() { display.Publisher = old }()
	var sb strings.Builder
	b := New("x", 0)
	b.text = &sb // what the first failed display would choose, captured
	b.shown = true
	b.Done(7, "n")
	if !strings.Contains(sb.String(), "x 7 n") || !strings.HasSuffix(sb.String(), "\n") {
		t.Errorf("text fallback wrote %q", sb.String())
	}
	b2 := New("y", 3)
	b2.Set(1, "")
	if b2.Err() == nil {
		t.Errorf("Err() = nil without a kernel, want display.ErrNoKernel")
	}
}
