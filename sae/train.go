package sae

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"

	"github.com/linae/linae/internal/numeric"
)

// Method selects the optimiser Train uses.
type Method int

const (
	// GradientDescent takes full-batch steps of fixed size StepSize, with
	// heavy-ball momentum when Momentum > 0. It is the draft's §4 method.
	GradientDescent Method = iota
	// LBFGS is gonum/optimize's limited-memory BFGS with its defaults (15
	// pairs kept; gonum's bisection line search, to a step that does not
	// raise the loss and meets the strong curvature condition with factor
	// 0.9), its directions those of optimize.LBFGS to rounding (computed
	// here, over the pairs stored so far only, in fused passes whose sums
	// differ from gonum's in the last bits, so that long runs part from
	// gonum's, and on a non-convex loss may end elsewhere): the UFLDL
	// exercise's optimiser (minFunc with L-BFGS). Besides TrainSettings' tests, it stops with
	// GradientTolerance when, after the starting point, every component
	// of the gradient is below 1e-12 in magnitude, gonum's own test.
	LBFGS
	// SGD takes minibatch steps (BatchSize samples drawn without
	// replacement each epoch) with optional momentum. It needs a
	// BatchObjective.
	SGD
	// Adam is Kingma and Ba's method on minibatches (or on the full batch
	// when BatchSize is 0 or the objective is not a BatchObjective).
	Adam
)

var methodNames = [...]string{
	GradientDescent: "GradientDescent",
	LBFGS:           "LBFGS",
	SGD:             "SGD",
	Adam:            "Adam",
}

// String returns the method's name.
func (m Method) String() string { return enumString("Method", methodNames[:], int(m)) }

// StopReason says why Train returned.
type StopReason int

const (
	// IterationLimit: TrainSettings.Iterations were done.
	IterationLimit StopReason = iota
	// GradientTolerance: the gradient norm fell to GradTol or below, or,
	// for L-BFGS, every component of the gradient below 1e-12 in
	// magnitude (gonum's test, made whatever GradTol is).
	GradientTolerance
	// LossTolerance: the loss changed by less than LossTol (relative) over
	// one iteration.
	LossTolerance
	// Converged: L-BFGS could go no further: its line search failed or
	// made no progress, or the direction was not one of descent (as from
	// a point where the gradient is zero).
	Converged
	// Cancelled: the context was cancelled (a notebook interrupt).
	Cancelled
	// Diverged: the loss or gradient became NaN or infinite; the result
	// holds the best parameters seen before that.
	Diverged
	// SourceFailed: TrainStream's source returned an error or a block
	// holding a NaN or infinite value; the result holds the best record,
	// or without one the parameters reached before that block.
	SourceFailed
)

var stopReasonNames = [...]string{
	IterationLimit:    "IterationLimit",
	GradientTolerance: "GradientTolerance",
	LossTolerance:     "LossTolerance",
	Converged:         "Converged",
	Cancelled:         "Cancelled",
	Diverged:          "Diverged",
	SourceFailed:      "SourceFailed",
}

// String returns the reason's name.
func (r StopReason) String() string { return enumString("StopReason", stopReasonNames[:], int(r)) }

// Metric is a named function of the parameters recorded in the training
// history, for instance the subspace distance to PCA.
type Metric struct {
	Name string
	F    func(params []float64) float64
}

// Progress is what Train reports to TrainSettings.Progress.
type Progress struct {
	Iteration  int // iterations done
	Iterations int // the limit
	Loss       float64
	GradNorm   float64
	Elapsed    time.Duration
	Done       bool // the last report of the run
}

// TrainSettings configures Train. The zero value runs 1000 iterations of
// full-batch gradient descent with step 1e-3, which suits nothing in
// particular: set at least Method, StepSize and Iterations.
//
// Each field's comment gives its range; Train returns an error naming the
// first field outside it (a NaN is outside every range), and a Metric
// without a function F.
type TrainSettings struct {
	Method Method
	// Iterations is the maximum number of iterations (steps; for L-BFGS a
	// line search and its step, gonum's major iterations after the
	// starting point; minibatch steps for SGD and Adam), ≥ 0. 0 means
	// 1000.
	Iterations int
	// StepSize is the learning rate of GradientDescent, SGD and Adam,
	// finite and ≥ 0. 0 means 1e-3.
	StepSize float64
	// Momentum is the heavy-ball coefficient of GradientDescent and SGD,
	// in [0, 1).
	Momentum float64
	// BatchSize is the minibatch size of SGD and Adam, ≥ 0; 0 means the
	// full batch.
	BatchSize int
	// Beta1, Beta2 and Epsilon are Adam's constants: the decay rates of
	// its moment estimates in [0, 1) and a finite Epsilon ≥ 0 (checked
	// whatever the method). 0 means 0.9, 0.999 and 1e-8.
	Beta1, Beta2, Epsilon float64
	// GradTol stops full-batch training when the gradient's Euclidean norm
	// is at most GradTol, finite and ≥ 0. 0 disables the test.
	GradTol float64
	// LossTol stops full-batch training when |f_prev − f| ≤ LossTol·|f|,
	// finite and ≥ 0. 0 disables the test.
	LossTol float64
	// Seed drives the minibatch order of SGD and Adam.
	Seed uint64
	// Metrics are evaluated at every recorded iteration; each needs an F.
	Metrics []Metric
	// RecordEvery (≥ 0) records the history every RecordEvery iterations (and
	// always at the first and last). 0 means every iteration for
	// full-batch methods and every epoch for minibatch methods, where the
	// recorded loss is the full-batch loss.
	RecordEvery int
	// Progress, if not nil, is called from Train's goroutine at most every
	// ProgressInterval and once at the end with Done set.
	Progress func(Progress)
	// ProgressInterval is the least time between progress reports, ≥ 0;
	// 0 means 250 ms.
	ProgressInterval time.Duration
}

// History is the record of a training run: parallel slices indexed by
// record, for plotting.
type History struct {
	Iteration []int
	Loss      []float64
	GradNorm  []float64
	// MetricNames and Metrics hold the metric series:
	// Metrics[i][r] is metric MetricNames[i] at record r.
	MetricNames []string
	Metrics     [][]float64
	// Elapsed is the time from the start of training to each record.
	Elapsed []time.Duration
}

// Metric returns the series of the named metric, or nil if there is none.
func (h *History) Metric(name string) []float64 {
	for i, n := range h.MetricNames {
		if n == name {
			return h.Metrics[i]
		}
	}
	return nil
}

// TrainResult is the outcome of Train.
type TrainResult struct {
	// Params are the best parameters seen: those with the lowest recorded
	// full-batch loss (for SGD and Adam, among the recorded epochs and
	// the final iterate).
	Params []float64
	// Loss and GradNorm are the full-batch loss and gradient norm at Params.
	Loss     float64
	GradNorm float64
	// Iterations is the number of iterations done and Evaluations the
	// number of loss-and-gradient evaluations.
	Iterations  int
	Evaluations int
	Stop        StopReason
	Elapsed     time.Duration
	History     History
}

// ErrDiverged is wrapped by the error Train returns when the loss or
// gradient becomes NaN or infinite.
var ErrDiverged = errors.New("sae: training diverged")

// Train minimises obj from x0 (which it does not modify) with the method
// and stopping rules of s.
//
// Train returns a non-nil result whenever x0 is usable, also together with
// an error: when ctx is cancelled (the error wraps ctx.Err() and the result
// holds the best parameters so far, so an interrupted notebook cell loses
// nothing) and when training diverges (the error wraps ErrDiverged). It
// checks ctx at every evaluation, so cancellation takes effect within one
// loss-and-gradient evaluation.
//
// It returns an error without a result if the loss at x0 is not finite or
// if a field of s is outside its range (see TrainSettings; the error names
// the field). It panics if len(x0) != obj.Dim().
//
// Train evaluates obj on the calling goroutine, with every method, so a
// panic in obj reaches Train's caller, who can recover from it (the kernel
// fails the cell with it).
func Train(ctx context.Context, obj Objective, x0 []float64, s TrainSettings) (*TrainResult, error) {
	if len(x0) != obj.Dim() {
		panic(fmt.Sprintf("sae: Train: len(x0) = %d, objective has %d parameters", len(x0), obj.Dim()))
	}
	if err := s.setDefaults(); err != nil {
		return nil, err
	}
	t := &trainer{
		ctx:      ctx,
		obj:      obj,
		s:        s,
		start:    time.Now(),
		grad:     make([]float64, len(x0)),
		bestLoss: math.Inf(1),
	}
	t.hist.MetricNames = make([]string, len(s.Metrics))
	t.hist.Metrics = make([][]float64, len(s.Metrics))
	for i, m := range s.Metrics {
		t.hist.MetricNames[i] = m.Name
	}
	if b, ok := obj.(BatchObjective); (!ok || !hasSamples(b)) && s.BatchSize > 0 && (s.Method == SGD || s.Method == Adam) {
		return nil, fmt.Errorf("sae: Train: BatchSize %d needs an objective with samples (a BatchObjective not built from a Scatter); %T has none", s.BatchSize, obj)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("sae: Train: not started: %w", err)
	}
	x := append([]float64(nil), x0...)
	f := t.eval(t.grad, x)
	if !numeric.IsFinite(f) || !allFinite(t.grad) {
		return nil, fmt.Errorf("sae: Train: the loss or gradient at the initial parameters is not finite (loss %v)", f)
	}
	t.record(0, x, f, floats.Norm(t.grad, 2))

	var stop StopReason
	switch s.Method {
	case GradientDescent:
		stop = t.gradientDescent(x, f)
	case LBFGS:
		stop = t.lbfgs(x, f)
	case SGD, Adam:
		stop = t.minibatch(x)
	}
	res := t.result(stop)
	t.report(true)
	switch stop {
	case Cancelled:
		return res, fmt.Errorf("sae: Train: stopped after %d iterations: %w", t.iter, ctx.Err())
	case Diverged:
		return res, fmt.Errorf("%w after %d iterations (best loss %g kept)", ErrDiverged, t.iter, t.bestLoss)
	}
	return res, nil
}

// setDefaults checks s and replaces its zero values by the defaults.
func (s *TrainSettings) setDefaults() error {
	if err := s.check(); err != nil {
		return err
	}
	if s.Iterations == 0 {
		s.Iterations = 1000
	}
	if s.StepSize == 0 {
		s.StepSize = 1e-3
	}
	if s.Beta1 == 0 {
		s.Beta1 = 0.9
	}
	if s.Beta2 == 0 {
		s.Beta2 = 0.999
	}
	if s.Epsilon == 0 {
		s.Epsilon = 1e-8
	}
	if s.ProgressInterval == 0 {
		s.ProgressInterval = 250 * time.Millisecond
	}
	return nil
}

// trainer holds the state shared by the optimisers: the best point, the
// history and the progress clock.
type trainer struct {
	ctx   context.Context
	obj   Objective
	s     TrainSettings
	start time.Time
	grad  []float64
	iter  int
	evals int

	best         []float64
	bestLoss     float64
	bestGradNorm float64

	hist         History
	lastReport   time.Time
	lastLoss     float64
	lastGradNorm float64
}

// result returns the outcome of a run that stopped for stop: the best
// point recorded and the counts.
func (t *trainer) result(stop StopReason) *TrainResult {
	return &TrainResult{
		Params:      t.best,
		Loss:        t.bestLoss,
		GradNorm:    t.bestGradNorm,
		Iterations:  t.iter,
		Evaluations: t.evals,
		Stop:        stop,
		Elapsed:     time.Since(t.start),
		History:     t.hist,
	}
}

func (t *trainer) eval(grad, x []float64) float64 {
	t.evals++
	return t.obj.LossGrad(grad, x)
}

// record appends to the history and keeps x if it is the best point so far.
func (t *trainer) record(iter int, x []float64, f, gnorm float64) {
	t.lastLoss, t.lastGradNorm = f, gnorm
	if f < t.bestLoss {
		t.bestLoss, t.bestGradNorm = f, gnorm
		t.best = append(t.best[:0], x...)
	}
	h := &t.hist
	h.Iteration = append(h.Iteration, iter)
	h.Loss = append(h.Loss, f)
	h.GradNorm = append(h.GradNorm, gnorm)
	h.Elapsed = append(h.Elapsed, time.Since(t.start))
	for i, m := range t.s.Metrics {
		h.Metrics[i] = append(h.Metrics[i], m.F(x))
	}
	t.report(false)
}

func (t *trainer) report(done bool) {
	if t.s.Progress == nil {
		return
	}
	now := time.Now()
	if !done && now.Sub(t.lastReport) < t.s.ProgressInterval {
		return
	}
	t.lastReport = now
	t.s.Progress(Progress{
		Iteration:  t.iter,
		Iterations: t.s.Iterations,
		Loss:       t.lastLoss,
		GradNorm:   t.lastGradNorm,
		Elapsed:    now.Sub(t.start),
		Done:       done,
	})
}

// recordDue reports whether iteration iter (1-based) is recorded for a
// full-batch method.
func (t *trainer) recordDue(iter int) bool {
	return t.s.RecordEvery <= 1 || iter%t.s.RecordEvery == 0 || iter == t.s.Iterations
}

// fullBatchStop applies the tolerance tests shared by the full-batch methods.
func (t *trainer) fullBatchStop(fPrev, f, gnorm float64) (StopReason, bool) {
	if t.s.GradTol > 0 && gnorm <= t.s.GradTol {
		return GradientTolerance, true
	}
	if t.s.LossTol > 0 && math.Abs(fPrev-f) <= t.s.LossTol*math.Abs(f) {
		return LossTolerance, true
	}
	return 0, false
}

func (t *trainer) gradientDescent(x []float64, f float64) StopReason {
	var velocity []float64
	if t.s.Momentum > 0 {
		velocity = make([]float64, len(x))
	}
	for t.iter < t.s.Iterations {
		if t.ctx.Err() != nil {
			return Cancelled
		}
		if velocity != nil {
			floats.Scale(t.s.Momentum, velocity)
			floats.AddScaled(velocity, -t.s.StepSize, t.grad)
			floats.Add(x, velocity)
		} else {
			floats.AddScaled(x, -t.s.StepSize, t.grad)
		}
		fPrev := f
		f = t.eval(t.grad, x)
		t.iter++
		gnorm := floats.Norm(t.grad, 2)
		if !numeric.IsFinite(f) || !numeric.IsFinite(gnorm) {
			return Diverged
		}
		stop, ok := t.fullBatchStop(fPrev, f, gnorm)
		if ok || t.recordDue(t.iter) {
			t.record(t.iter, x, f, gnorm)
		}
		if ok {
			return stop
		}
	}
	return IterationLimit
}

// errCancelled and errGradTol stop an L-BFGS run from the recorder.
var (
	errCancelled = errors.New("cancelled")
	errGradTol   = errors.New("gradient tolerance reached")
)

// lbfgsRecorder adapts the trainer to optimize.Recorder: it records the
// history at major iterations and checks the context at every evaluation.
type lbfgsRecorder struct{ t *trainer }

func (r lbfgsRecorder) Init() error { return nil }

func (r lbfgsRecorder) Record(loc *optimize.Location, op optimize.Operation, stats *optimize.Stats) error {
	t := r.t
	if t.ctx.Err() != nil {
		return errCancelled
	}
	if op != optimize.MajorIteration {
		return nil
	}
	if stats.MajorIterations == 1 {
		// gonum's first major iteration is the starting point, which Train
		// recorded as iteration 0; gonum makes no gradient test there.
		if t.s.GradTol > 0 && floats.Norm(loc.Gradient, 2) <= t.s.GradTol {
			return errGradTol
		}
		return nil
	}
	t.iter++
	gnorm := floats.Norm(loc.Gradient, 2)
	if t.recordDue(t.iter) {
		t.record(t.iter, loc.X, loc.F, gnorm)
	} else if loc.F < t.bestLoss {
		t.bestLoss, t.bestGradNorm = loc.F, gnorm
		t.best = append(t.best[:0], loc.X...)
	}
	if t.s.GradTol > 0 && gnorm <= t.s.GradTol || gradientVanished(loc.Gradient) {
		return errGradTol
	}
	return nil
}

// lbfgsGradAbsTol is gonum's default gradient threshold for its local
// methods (optimize's defaultGradientAbsTol): L-BFGS stops when the
// gradient's max-norm is below it.
const lbfgsGradAbsTol = 1e-12

// gradientVanished is gonum's gradient test for L-BFGS, ‖g‖∞ < 1e-12 (false
// for a NaN component, as there), which lbfgsMethod leaves to the recorder:
// gonum takes the max-norm in full, with a call of math.Max per component,
// at every iteration, where the answer is known at the first component not
// below the threshold (bench/NOTES.md, stop 26, measures gonum's cost).
func gradientVanished(g []float64) bool {
	for _, v := range g {
		if !(math.Abs(v) < lbfgsGradAbsTol) {
			return false
		}
	}
	return true
}

// lbfgs runs L-BFGS from x, where the loss is f and the gradient t.grad.
func (t *trainer) lbfgs(x []float64, f float64) StopReason {
	switch {
	case len(x) == 0:
		// Nothing to step along, as at a zero gradient, where gonum's line
		// search ends the run at once.
		return Converged
	case math.IsInf(floats.Norm(t.grad, 2), 1):
		// gonum's first step is 1/‖g‖₂, 0 when the norm overflows, which
		// its line search refuses with a panic; the other methods' steps
		// make the parameters infinite.
		return Diverged
	}
	// gonum asks for the value and the gradient at the same point in two
	// calls; one LossGrad serves both. Its first point is x, whose value
	// and gradient Train has.
	cacheX := slices.Clone(x)
	cacheG := slices.Clone(t.grad)
	cacheF := f
	valid := true
	evalAt := func(x []float64) {
		if valid && floats.Equal(x, cacheX) {
			return
		}
		copy(cacheX, x)
		cacheF = t.eval(cacheG, x)
		valid = true
	}
	var nonFinite bool
	prob := optimize.Problem{
		Func: func(x []float64) float64 {
			evalAt(x)
			if !numeric.IsFinite(cacheF) {
				nonFinite = true
			}
			return cacheF
		},
		Grad: func(grad, x []float64) {
			evalAt(x)
			// A NaN or infinite gradient makes gonum's line search fail
			// and report convergence: it is divergence.
			if !allFinite(cacheG) {
				nonFinite = true
			}
			copy(grad, cacheG)
		},
	}
	var conv optimize.Converger = optimize.NeverTerminate{}
	if t.s.LossTol > 0 {
		conv = &optimize.FunctionConverge{Relative: t.s.LossTol, Iterations: 1}
	}
	settings := &optimize.Settings{
		MajorIterations: min(t.s.Iterations, math.MaxInt-1) + 1, // the starting point is gonum's first
		Converger:       conv,
		Recorder:        lbfgsRecorder{t},
	}
	res, err := (&lbfgsMethod{}).minimize(prob, x, settings)
	if res != nil && numeric.IsFinite(res.F) && res.F < t.bestLoss {
		t.bestLoss, t.bestGradNorm = res.F, floats.Norm(res.Gradient, 2)
		t.best = append(t.best[:0], res.X...)
	}
	// gonum does not pass the major iteration that reaches the limit to the
	// recorder: count it, and make sure the last iterate is in the history.
	if res != nil && res.Stats.MajorIterations-1 > t.iter {
		t.iter = res.Stats.MajorIterations - 1
	}
	if n := len(t.hist.Iteration); n > 0 && t.hist.Iteration[n-1] != t.iter && res != nil && numeric.IsFinite(res.F) {
		t.record(t.iter, res.X, res.F, floats.Norm(res.Gradient, 2))
	}
	switch {
	case errors.Is(err, errCancelled) || t.ctx.Err() != nil:
		return Cancelled
	case errors.Is(err, errGradTol):
		return GradientTolerance
	case nonFinite || (res != nil && res.Stats.MajorIterations > 0 && !numeric.IsFinite(res.F)):
		return Diverged
	case res == nil:
		return Converged
	}
	switch res.Status {
	case optimize.IterationLimit:
		return IterationLimit
	case optimize.FunctionConvergence:
		return LossTolerance
	}
	return Converged
}

func (t *trainer) minibatch(x []float64) StopReason {
	bobj, isBatch := t.obj.(BatchObjective)
	batch := t.s.BatchSize
	var m int
	if isBatch {
		m = bobj.NumSamples()
	}
	if !isBatch || batch == 0 || batch >= m {
		batch = 0 // full batch
	}
	stepsPerEpoch := 1
	if batch > 0 {
		stepsPerEpoch = (m + batch - 1) / batch
	}
	every := t.s.RecordEvery
	if every == 0 {
		every = stepsPerEpoch
	}
	rnd := rand.New(rand.NewPCG(t.s.Seed, 0xba7c4))
	var perm []int
	pos := 0
	if batch > 0 {
		perm = make([]int, m)
		for i := range perm {
			perm[i] = i
		}
	}
	g := make([]float64, len(x))
	step := newStepper(t.s, len(x))
	for t.iter < t.s.Iterations {
		if t.ctx.Err() != nil {
			return Cancelled
		}
		var f float64
		if batch > 0 {
			if pos == 0 {
				rnd.Shuffle(m, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			}
			end := min(pos+batch, m)
			t.evals++
			f = bobj.BatchLossGrad(g, x, perm[pos:end])
			pos = end
			if pos == m {
				pos = 0
			}
		} else {
			f = t.eval(g, x)
		}
		if !numeric.IsFinite(f) || !allFinite(g) {
			return Diverged
		}
		step.step(x, g)
		t.iter++
		if t.iter%every == 0 || t.iter == t.s.Iterations {
			full := t.eval(t.grad, x)
			gnorm := floats.Norm(t.grad, 2)
			if !numeric.IsFinite(full) || !numeric.IsFinite(gnorm) {
				return Diverged
			}
			t.record(t.iter, x, full, gnorm)
			if t.s.GradTol > 0 && gnorm <= t.s.GradTol {
				return GradientTolerance
			}
		} else {
			t.lastLoss = f
			t.report(false)
		}
	}
	return IterationLimit
}

// stepper is the state SGD and Adam carry from one minibatch step to the
// next: the momentum velocity, or Adam's moment estimates and the powers of
// its decay rates. Train keeps one for its run; TrainStream keeps one across
// the blocks of a stream and its passes, so that Adam's moments are not
// reset at a block's end.
type stepper struct {
	s        TrainSettings // Method SGD or Adam, with defaults set
	v        []float64     // momentum velocity, or Adam's first moment
	s2       []float64     // Adam's second moment
	b1t, b2t float64       // β1ᵗ and β2ᵗ after t steps
}

func newStepper(s TrainSettings, dim int) *stepper {
	st := &stepper{s: s, v: make([]float64, dim), b1t: 1, b2t: 1}
	if s.Method == Adam {
		st.s2 = make([]float64, dim)
	}
	return st
}

// step updates x by the minibatch gradient g.
func (st *stepper) step(x, g []float64) {
	switch st.s.Method {
	case SGD:
		floats.Scale(st.s.Momentum, st.v)
		floats.AddScaled(st.v, -st.s.StepSize, g)
		floats.Add(x, st.v)
	case Adam:
		b1, b2 := st.s.Beta1, st.s.Beta2
		st.b1t *= b1
		st.b2t *= b2
		c := newAdamConsts(b1, b2, st.b1t, st.b2t, st.s.StepSize, st.s.Epsilon)
		adamUpdate(x, g, st.v, st.s2, &c)
	}
}

// adamConsts are the numbers of one Adam step, in the order adamAVX reads
// them: β1, 1 − β1, β2, 1 − β2, the bias corrections 1 − β1ᵗ and 1 − β2ᵗ,
// the step size and ε.
type adamConsts struct {
	b1, b1c, b2, b2c, c1, c2, step, eps float64
}

// adamUpdate is adamScalar, its first elements four a vector in assembly
// where there is (adamVectors), to the same bits. It panics if x, v or s2
// is not as long as g, which the assembly would read and write past.
func adamUpdate(x, g, v, s2 []float64, c *adamConsts) {
	if len(x) != len(g) || len(v) != len(g) || len(s2) != len(g) {
		panic("sae: Adam update: lengths differ")
	}
	n := adamVectors(x, g, v, s2, c)
	adamScalar(x[n:], g[n:], v[n:], s2[n:], c)
}

// newAdamConsts returns the numbers of a step after which the decay rates'
// powers are b1t and b2t.
func newAdamConsts(b1, b2, b1t, b2t, step, eps float64) adamConsts {
	return adamConsts{b1: b1, b1c: 1 - b1, b2: b2, b2c: 1 - b2, c1: 1 - b1t, c2: 1 - b2t, step: step, eps: eps}
}

// adamScalar is Adam's update of x by the gradient g, with the moment
// estimates v and s2 (Kingma and Ba's m and v), element by element. Each
// operation is rounded by itself (the conversions keep a compiler from
// fusing a multiply and an add, as Go's does on arm64 and on amd64 from
// GOAMD64=v3), as adamAVX's vectors do: the same bits on every platform.
func adamScalar(x, g, v, s2 []float64, c *adamConsts) {
	for i, gi := range g {
		v[i] = float64(c.b1*v[i]) + float64(c.b1c*gi)
		s2[i] = float64(c.b2*s2[i]) + float64(float64(c.b2c*gi)*gi)
		mhat := v[i] / c.c1
		shat := s2[i] / c.c2
		x[i] -= float64(c.step*mhat) / (math.Sqrt(shat) + c.eps)
	}
}

// allFinite reports whether no element of s is NaN or infinite.
func allFinite(s []float64) bool { return numeric.NonFiniteIndex(s) < 0 }
