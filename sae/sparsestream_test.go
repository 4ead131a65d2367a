package sae

import (
	"context"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// sparseRows is a generated source of rows rows of n values in [0.1, 0.9]
// (sparseFill).
func sparseRows(rows, n int) *data.FuncRows { return data.NewFuncRows(n, rows, sparseFill(n)) }

// sparseFill fills rows of n values in [0.1, 0.9], row i a function of i
// alone: two smooth bumps whose places and heights a generator seeded by i
// draws, so that the data have structure for an autoencoder to learn and
// are the same whatever the block size.
func sparseFill(n int) func(dst *mat.Dense, first int) error {
	return func(dst *mat.Dense, first int) error {
		k, _ := dst.Dims()
		var src rand.PCG // not rand.New's *Rand: a generator that does not allocate
		uniform := func() float64 { return float64(src.Uint64()>>11) * 0x1p-53 }
		for i := range k {
			src.Seed(uint64(first+i), 0x5eed)
			row := dst.RawRowView(i)
			clear(row)
			for range 2 {
				c, h := uniform()*float64(n), uniform()
				for j := range row {
					d := (float64(j) - c) / 2
					row[j] += h * math.Exp(-d*d)
				}
			}
			for j, v := range row {
				row[j] = 0.1 + 0.8*math.Min(v, 1)
			}
		}
		return nil
	}
}

// readAll returns one pass of src as a matrix.
func readAll(t *testing.T, src data.RowSource) *mat.Dense {
	t.Helper()
	X := mat.NewDense(src.Rows(), src.Cols(), nil)
	if err := src.Reset(); err != nil {
		t.Fatal(err)
	}
	if k, err := src.Next(X); err != nil || k != src.Rows() {
		t.Fatalf("read %d of %d rows: %v", k, src.Rows(), err)
	}
	return X
}

// TestSparseStreamLossGradMatchesInMemory checks the one-pass full-batch
// loss and gradient against SparseLoss.LossGrad on the same rows, for both
// penalties, blocks that do not divide the rows, and one block.
func TestSparseStreamLossGradMatchesInMemory(t *testing.T) {
	const m, n = 500, 12
	src := sparseRows(m, n)
	X := readAll(t, src)
	for _, cfg := range []SparseConfig{
		{Hidden: 5, Lambda: 1e-3, Beta: 3, Rho: 0.1, Penalty: KLPenalty},
		{Hidden: 5, Lambda: 0, Beta: 2, Rho: 0.2, Penalty: L2Penalty},
		{Hidden: 3},
	} {
		mem, err := NewSparseLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		sl, err := NewSparseStreamLoss(src, cfg)
		if err != nil {
			t.Fatal(err)
		}
		params := sl.InitParams(nil, 3)
		if !floats.Equal(params, mem.InitParams(nil, 3)) {
			t.Fatalf("%+v: InitParams differ from SparseLoss's", cfg)
		}
		// Move the biases off zero so that every term is exercised.
		for i := 2 * cfg.Hidden * n; i < len(params); i++ {
			params[i] = 0.1 * math.Sin(float64(i))
		}
		want := make([]float64, mem.Dim())
		fWant := mem.LossGrad(want, params)
		for _, block := range []int{37, m} {
			got := make([]float64, sl.Dim())
			f, err := sl.LossGrad(context.Background(), got, params, StreamSettings{BlockRows: block})
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(f-fWant) > 1e-13*fWant {
				t.Errorf("%+v, blocks of %d: loss %v, in memory %v", cfg, block, f, fWant)
			}
			scale := floats.Norm(want, math.Inf(1))
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-12*scale {
					t.Fatalf("%+v, blocks of %d: gradient[%d] = %v, in memory %v", cfg, block, i, got[i], want[i])
				}
			}
			fNil, err := sl.LossGrad(context.Background(), nil, params, StreamSettings{BlockRows: block})
			if err != nil || fNil != f {
				t.Errorf("%+v: loss without gradient %v (%v), with %v", cfg, fNil, err, f)
			}
		}
	}
}

// TestTrainStreamEqualsTrainAdam: with one buffer holding every row,
// TrainStream is Train's Adam on minibatches, bit for bit, over several
// epochs; its reported loss and gradient norm are the in-memory ones.
func TestTrainStreamEqualsTrainAdam(t *testing.T) {
	const m, n, batch, epochs = 300, 10, 32, 3
	X := readAll(t, sparseRows(m, n))
	cfg := SparseConfig{Hidden: 4, Lambda: 1e-4, Beta: 3, Rho: 0.1}
	mem, err := NewSparseLoss(X, cfg)
	if err != nil {
		t.Fatal(err)
	}
	x0 := mem.InitParams(nil, 1)
	steps := epochs * ((m + batch - 1) / batch)
	want, err := Train(context.Background(), mem, x0, TrainSettings{
		Method: Adam, StepSize: 0.01, BatchSize: batch, Iterations: steps, Seed: 9, RecordEvery: steps,
	})
	if err != nil {
		t.Fatal(err)
	}
	if h := want.History; len(h.Loss) != 2 || h.Loss[1] >= h.Loss[0] {
		t.Fatalf("Train's records %v: want the start and a lower final loss, so that Params is the final iterate", h.Loss)
	}
	sl, err := NewSparseStreamLoss(data.NewDenseRows(X), cfg)
	if err != nil {
		t.Fatal(err)
	}
	got, err := TrainStream(context.Background(), sl, x0, StreamTrainSettings{
		BatchRows: batch, BufferRows: m, Epochs: epochs, StepSize: 0.01, Seed: 9,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Stop != IterationLimit || got.Iterations != steps {
		t.Errorf("stop %v after %d steps, want IterationLimit after %d", got.Stop, got.Iterations, steps)
	}
	for i := range got.Params {
		if got.Params[i] != want.Params[i] {
			t.Fatalf("params[%d] = %v, Train's %v: not bit for bit", i, got.Params[i], want.Params[i])
		}
	}
	if math.Abs(got.Loss-want.Loss) > 1e-13*want.Loss || math.Abs(got.GradNorm-want.GradNorm) > 1e-11*want.GradNorm {
		t.Errorf("loss %v, |grad| %v; Train's %v, %v", got.Loss, got.GradNorm, want.Loss, want.GradNorm)
	}
	if len(got.History.Loss) != 1 || got.History.Iteration[0] != steps || got.Evaluations != steps+1 {
		t.Errorf("history %+v, %d evaluations; want one record at %d and %d evaluations", got.History, got.Evaluations, steps, steps+1)
	}
}

// TestTrainStreamSeed: buffers smaller than the stream, several epochs:
// the same seed gives the same bits, another seed other parameters, and
// training lowers the full-batch loss; the records and progress reports
// are those the settings ask for.
func TestTrainStreamSeed(t *testing.T) {
	const m, n = 2000, 16
	cfg := SparseConfig{Hidden: 6, Lambda: 1e-4, Beta: 3, Rho: 0.1}
	sl, err := NewSparseStreamLoss(sparseRows(m, n), cfg)
	if err != nil {
		t.Fatal(err)
	}
	x0 := sl.InitParams(nil, 2)
	f0, err := sl.LossGrad(context.Background(), nil, x0, StreamSettings{})
	if err != nil {
		t.Fatal(err)
	}
	var reports []StreamTrainProgress
	s := StreamTrainSettings{
		BatchRows: 50, BufferRows: 300, Epochs: 4, StepSize: 0.01, Seed: 5, RecordEvery: 2,
		Metrics:          []Metric{{Name: "w0", F: func(p []float64) float64 { return p[0] }}},
		Progress:         func(p StreamTrainProgress) { reports = append(reports, p) },
		ProgressInterval: time.Hour,
	}
	a, err := TrainStream(context.Background(), sl, x0, s)
	if err != nil {
		t.Fatal(err)
	}
	s.Progress = nil
	b, err := TrainStream(context.Background(), sl, x0, s)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Params {
		if a.Params[i] != b.Params[i] {
			t.Fatalf("same seed: params[%d] = %v and %v", i, a.Params[i], b.Params[i])
		}
	}
	s.Seed++
	c, err := TrainStream(context.Background(), sl, x0, s)
	if err != nil {
		t.Fatal(err)
	}
	if floats.Equal(a.Params, c.Params) {
		t.Error("another seed gave the same parameters: the seed is ignored")
	}
	if !(a.Loss < 0.5*f0) {
		t.Errorf("full-batch loss %v after 4 epochs, %v at the start: want it at least halved", a.Loss, f0)
	}
	// Six buffers of 300 rows, 6 minibatches each, and one of 200 rows,
	// 4 minibatches: 40 steps an epoch.
	if a.Iterations != 4*40 {
		t.Errorf("%d steps, want %d", a.Iterations, 4*40)
	}
	h := a.History
	if len(h.Iteration) != 2 || h.Iteration[0] != 2*40 || h.Iteration[1] != 4*40 || len(h.Metric("w0")) != 2 {
		t.Errorf("records at %v (metric %v), want after epochs 2 and 4", h.Iteration, h.Metric("w0"))
	}
	best := h.Loss[0]
	if h.Loss[1] < best {
		best = h.Loss[1]
	}
	if a.Loss != best {
		t.Errorf("result loss %v, want the best record of %v", a.Loss, h.Loss)
	}
	// With a one-hour interval, each of the 4 + 2 passes reports its first
	// block and its end; the evaluation passes say so.
	if len(reports) != 12 {
		t.Fatalf("%d progress reports, want 12", len(reports))
	}
	for i, p := range reports {
		pass := i/2 + 1
		if p.Pass != pass || p.Passes != 6 || p.TotalRows != m || p.Done != (i%2 == 1) {
			t.Errorf("report %d: %+v, want pass %d of 6, Done %v", i, p, pass, i%2 == 1)
		}
		if p.Done && p.Rows != m {
			t.Errorf("report %d: %d rows at the end of a pass, want %d", i, p.Rows, m)
		}
		wantEval := pass == 3 || pass == 6
		if p.Evaluating != wantEval {
			t.Errorf("report %d (pass %d): Evaluating %v", i, pass, p.Evaluating)
		}
		if !wantEval && p.Done && !(p.Loss > 0) {
			t.Errorf("report %d: training loss %v", i, p.Loss)
		}
	}
}

// TestTrainStreamMemory streams 10⁶ generated rows of 32 features (256 MB
// as float64) and checks that the heap (sampled at every progress report,
// garbage included) stays within a few buffers' worth and does not grow
// with the number of rows from 10⁵ to 10⁶, and that the bytes allocated
// over the run, a row's worth of which would mean a copy of the data, are a
// small fraction of a row per row: what remains is the matrix-product
// backend's per-call work space, garbage after each product.
func TestTrainStreamMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 10⁶ rows")
	}
	if raceEnabled {
		// Under the race detector sync.Pool drops a share of what is put
		// back, on purpose, so the engine's pooled buffers are allocated
		// again step after step: the count would not be the stream's.
		t.Skip("allocations are not measurable under the race detector")
	}
	const n = 32
	cfg := SparseConfig{Hidden: 8, Lambda: 1e-4, Beta: 3, Rho: 0.1}
	measure := func(rows int) (peak, total uint64) {
		// Uniform values in [0.1, 0.9], row i from a generator seeded by
		// i: cheaper than sparseRows, whose exponentials would take most
		// of the test's time.
		src := data.NewFuncRows(n, rows, func(dst *mat.Dense, first int) error {
			var g rand.PCG
			k, _ := dst.Dims()
			for i := range k {
				g.Seed(uint64(first+i), 1)
				for j, row := 0, dst.RawRowView(i); j < n; j++ {
					row[j] = 0.1 + 0.8*float64(g.Uint64()>>11)*0x1p-53
				}
			}
			return nil
		})
		sl, err := NewSparseStreamLoss(src, cfg)
		if err != nil {
			t.Fatal(err)
		}
		x0 := sl.InitParams(nil, 1)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base, alloc0 := ms.HeapAlloc, ms.TotalAlloc
		sample := func(StreamTrainProgress) {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > base {
				peak = max(peak, ms.HeapAlloc-base)
			}
		}
		res, err := TrainStream(context.Background(), sl, x0, StreamTrainSettings{
			BatchRows: 256, BufferRows: 4096, StepSize: 0.01, Progress: sample, ProgressInterval: time.Millisecond,
		})
		if err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&ms)
		if res.Iterations != (rows+255)/256 {
			t.Fatalf("%d rows: %d steps", rows, res.Iterations)
		}
		return peak, ms.TotalAlloc - alloc0
	}
	peak5, total5 := measure(100_000)
	peak6, total6 := measure(1_000_000)
	t.Logf("heap peak above the start: %d kB at 10⁵ rows, %d kB at 10⁶; allocated in all: %d kB, %d kB", peak5>>10, peak6>>10, total5>>10, total6>>10)
	const data6 = 1_000_000 * n * 8
	// Two buffers of 4096×32 float64 are 2 MB; the data 256 MB.
	if peak6 > 16<<20 || peak6 > peak5+4<<20 {
		t.Errorf("heap peak %d MB above the start streaming 10⁶ rows (%d MB for 10⁵), want under 16 MB and at most 4 MB more than for 10⁵ (the data are %d MB)", peak6>>20, peak5>>20, data6>>20)
	}
	if perRow := float64(total6-total5) / 900_000; perRow > n*8/4 {
		t.Errorf("%.1f bytes allocated per row from 10⁵ to 10⁶ rows, want under a quarter of a row's %d", perRow, n*8)
	}
}

// TestTrainStreamBadSettings: each field outside its range is named.
func TestTrainStreamBadSettings(t *testing.T) {
	sl, err := NewSparseStreamLoss(sparseRows(100, 4), SparseConfig{Hidden: 2})
	if err != nil {
		t.Fatal(err)
	}
	x0 := sl.InitParams(nil, 1)
	for _, tc := range []struct {
		s    StreamTrainSettings
		want string
	}{
		{StreamTrainSettings{BatchRows: -1}, "BatchRows"},
		{StreamTrainSettings{BatchRows: 64, BufferRows: 32}, "BufferRows"},
		{StreamTrainSettings{BufferRows: 100}, "BufferRows"}, // below the default batch of 256
		{StreamTrainSettings{Epochs: -1}, "Epochs"},
		{StreamTrainSettings{StepSize: math.NaN()}, "StepSize"},
		{StreamTrainSettings{StepSize: math.Inf(1)}, "StepSize"},
		{StreamTrainSettings{Beta1: 1}, "Beta1"},
		{StreamTrainSettings{Beta2: -0.1}, "Beta2"},
		{StreamTrainSettings{Epsilon: -1}, "Epsilon"},
		{StreamTrainSettings{RecordEvery: -1}, "RecordEvery"},
		{StreamTrainSettings{ProgressInterval: -1}, "ProgressInterval"},
		{StreamTrainSettings{Metrics: []Metric{{Name: "m"}}}, "Metrics[0]"},
	} {
		res, err := TrainStream(context.Background(), sl, x0, tc.s)
		if res != nil || err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("settings %+v: result %v, err = %v, want an error naming %q", tc.s, res, err, tc.want)
		}
	}
	var nilRows *data.FuncRows
	for _, src := range []data.RowSource{nil, nilRows} {
		if _, err := NewSparseStreamLoss(src, SparseConfig{Hidden: 2}); err == nil || !strings.Contains(err.Error(), "nil") {
			t.Errorf("source %T(nil): err = %v", src, err)
		}
	}
	if _, err := NewSparseStreamLoss(sparseRows(10, 4), SparseConfig{Hidden: 2, Beta: 1}); err == nil || !strings.Contains(err.Error(), "Rho") {
		t.Errorf("Beta without Rho: err = %v", err)
	}
	empty, _ := NewSparseStreamLoss(data.NewFuncRows(4, 0, nil), SparseConfig{Hidden: 2})
	if res, err := TrainStream(context.Background(), empty, x0, StreamTrainSettings{}); res != nil || err == nil || !strings.Contains(err.Error(), "no rows") {
		t.Errorf("empty source: result %v, err = %v", res, err)
	}
	if _, err := empty.LossGrad(context.Background(), nil, x0, StreamSettings{}); err == nil || !strings.Contains(err.Error(), "no rows") {
		t.Errorf("empty source, LossGrad: err = %v", err)
	}
}

// TestTrainStreamBadData: a NaN in the stream is named by its row and
// column; before the first step there is no result, after it the result
// keeps the parameters reached. A failing source is reported the same way.
func TestTrainStreamBadData(t *testing.T) {
	const m, n = 1000, 4
	fill := sparseFill(n)
	nanAt := func(row int) *data.FuncRows {
		return data.NewFuncRows(n, m, func(dst *mat.Dense, first int) error {
			if err := fill(dst, first); err != nil {
				return err
			}
			if k, _ := dst.Dims(); row >= first && row < first+k {
				dst.Set(row-first, 3, math.NaN())
			}
			return nil
		})
	}
	s := StreamTrainSettings{BatchRows: 10, BufferRows: 100}
	sl, _ := NewSparseStreamLoss(nanAt(5), SparseConfig{Hidden: 2})
	res, err := TrainStream(context.Background(), sl, sl.InitParams(nil, 1), s)
	if res != nil || err == nil || !strings.Contains(err.Error(), "row 5 of the data") || !strings.Contains(err.Error(), "column 3") {
		t.Errorf("NaN in the first block: result %v, err = %v", res, err)
	}
	sl, _ = NewSparseStreamLoss(nanAt(734), SparseConfig{Hidden: 2})
	res, err = TrainStream(context.Background(), sl, sl.InitParams(nil, 1), s)
	if err == nil || !strings.Contains(err.Error(), "row 734 of the data") || !strings.Contains(err.Error(), "column 3") {
		t.Fatalf("NaN in row 734: err = %v", err)
	}
	if res == nil || res.Stop != SourceFailed || res.Iterations != 70 || len(res.Params) != sl.Dim() || !math.IsNaN(res.Loss) {
		t.Errorf("NaN in row 734: result %+v, want SourceFailed after 70 steps with the parameters and no full-batch loss", res)
	}
	if _, err := sl.LossGrad(context.Background(), nil, sl.InitParams(nil, 1), StreamSettings{BlockRows: 100}); err == nil || !strings.Contains(err.Error(), "row 734 of the data") {
		t.Errorf("NaN in row 734, LossGrad: err = %v", err)
	}
	huge := data.NewFuncRows(n, m, func(dst *mat.Dense, first int) error {
		if err := fill(dst, first); err != nil {
			return err
		}
		if k, _ := dst.Dims(); first <= 300 && 300 < first+k {
			dst.Set(300-first, 0, 1e160) // finite, but its square overflows the error
		}
		return nil
	})
	sl, _ = NewSparseStreamLoss(huge, SparseConfig{Hidden: 2})
	if _, err := sl.LossGrad(context.Background(), nil, sl.InitParams(nil, 1), StreamSettings{BlockRows: 100}); err == nil ||
		!strings.Contains(err.Error(), "overflows") || !strings.Contains(err.Error(), "rows 300…399 of the data") {
		t.Errorf("a square beyond the largest float64 in row 300: err = %v", err)
	}
	fail := errors.New("disk on fire")
	broken := data.NewFuncRows(n, m, func(dst *mat.Dense, first int) error {
		if first >= 500 {
			return fail
		}
		return fill(dst, first)
	})
	sl, _ = NewSparseStreamLoss(broken, SparseConfig{Hidden: 2})
	res, err = TrainStream(context.Background(), sl, sl.InitParams(nil, 1), s)
	if !errors.Is(err, fail) || res == nil || res.Stop != SourceFailed || res.Iterations != 50 {
		t.Errorf("source failing at row 500: result %+v, err = %v; want SourceFailed after 50 steps, wrapping the source's error", res, err)
	}
}

// TestTrainStreamCancel: cancelling during a pass stops within a
// minibatch, keeps the parameters reached and wraps ctx.Err().
func TestTrainStreamCancel(t *testing.T) {
	const m, n = 100000, 8
	sl, _ := NewSparseStreamLoss(sparseRows(m, n), SparseConfig{Hidden: 3})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := StreamTrainSettings{BatchRows: 10, BufferRows: 1000, Epochs: 100, ProgressInterval: time.Nanosecond,
		Progress: func(p StreamTrainProgress) {
			if p.Iteration >= 30 {
				cancel()
			}
		}}
	res, err := TrainStream(ctx, sl, sl.InitParams(nil, 1), s)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want one wrapping context.Canceled", err)
	}
	// Progress is reported once per block of 100 steps: the cancel comes
	// after the first, and the next minibatch sees it.
	if res == nil || res.Stop != Cancelled || res.Iterations != 100 || len(res.Params) != sl.Dim() || !math.IsNaN(res.GradNorm) {
		t.Errorf("result %+v, want Cancelled after 100 steps with the parameters and no full-batch gradient", res)
	}
	if _, err := TrainStream(ctx, sl, sl.InitParams(nil, 1), s); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before the start: err = %v", err)
	}
}

// TestTrainStreamDiverges: with the KL penalty and an absurd step, the
// first step saturates a hidden unit and the next minibatch loss is +Inf;
// the result keeps the iterate before that step, x0, with its full-batch
// loss measured by a pass.
func TestTrainStreamDiverges(t *testing.T) {
	sl, _ := NewSparseStreamLoss(sparseRows(2000, 8), SparseConfig{Hidden: 3, Beta: 3, Rho: 0.01})
	x0 := sl.InitParams(nil, 1)
	res, err := TrainStream(context.Background(), sl, x0, StreamTrainSettings{BatchRows: 10, BufferRows: 100, StepSize: 1000})
	if !errors.Is(err, ErrDiverged) {
		t.Fatalf("err = %v, want one wrapping ErrDiverged", err)
	}
	f0, err := sl.LossGrad(context.Background(), nil, x0, StreamSettings{BlockRows: 100}) // the record's blocks
	if err != nil {
		t.Fatal(err)
	}
	if res.Stop != Diverged || res.Iterations != 1 || !floats.Equal(res.Params, x0) || res.Loss != f0 {
		t.Errorf("result %v after %d steps, loss %v; want Diverged after 1 step keeping x0, loss %v", res.Stop, res.Iterations, res.Loss, f0)
	}
}

// shrinkingRows is a source whose every pass is one row shorter than the
// one before: a file that changed between passes.
type shrinkingRows struct {
	n, rows, next int
}

func (s *shrinkingRows) Cols() int { return s.n }
func (s *shrinkingRows) Rows() int { return -1 }
func (s *shrinkingRows) Reset() error {
	s.rows, s.next = s.rows-1, 0
	return nil
}
func (s *shrinkingRows) Next(dst *mat.Dense) (int, error) {
	r, _ := dst.Dims()
	k := min(r, s.rows-s.next)
	if k == 0 {
		return 0, io.EOF
	}
	if err := sparseFill(s.n)(dst.Slice(0, k, 0, s.n).(*mat.Dense), s.next); err != nil {
		return 0, err
	}
	s.next += k
	return k, nil
}

// TestTrainStreamSourceChanged: a pass with another number of rows than
// the first is a failed source, found at the end of that pass (a source of
// unknown length tells no sooner): 10 steps on 100 rows, then 10 on 99.
func TestTrainStreamSourceChanged(t *testing.T) {
	sl, _ := NewSparseStreamLoss(&shrinkingRows{n: 4, rows: 101}, SparseConfig{Hidden: 2})
	res, err := TrainStream(context.Background(), sl, sl.InitParams(nil, 1), StreamTrainSettings{BatchRows: 10, Epochs: 2})
	if err == nil || !strings.Contains(err.Error(), "changed between passes") || res == nil || res.Stop != SourceFailed || res.Iterations != 20 {
		t.Errorf("result %+v, err = %v; want SourceFailed after the 20 steps of both passes", res, err)
	}
}
