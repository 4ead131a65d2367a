package sae

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize"
)

// quadratic is f(x) = ½ Σ a_i (x_i − c_i)², minimised at c.
func quadratic(a, c []float64) FuncObjective {
	return FuncObjective{N: len(a), F: func(grad, x []float64) float64 {
		var f float64
		for i := range x {
			d := x[i] - c[i]
			f += 0.5 * a[i] * d * d
			if grad != nil {
				grad[i] = a[i] * d
			}
		}
		return f
	}}
}

// leastSquares is Σ_i (a_iᵀx − y_i)², a BatchObjective with a known
// minimiser, for testing the minibatch methods.
type leastSquares struct {
	A *mat.Dense
	y []float64
}

func newLeastSquares(m, n int, seed uint64) (*leastSquares, []float64) {
	rnd := rand.New(rand.NewPCG(seed, 1))
	A := mat.NewDense(m, n, nil)
	xstar := make([]float64, n)
	for j := range xstar {
		xstar[j] = rnd.NormFloat64()
	}
	y := make([]float64, m)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			A.Set(i, j, rnd.NormFloat64())
		}
		y[i] = floats.Dot(A.RawRowView(i), xstar)
	}
	return &leastSquares{A: A, y: y}, xstar
}

func (l *leastSquares) Dim() int        { _, n := l.A.Dims(); return n }
func (l *leastSquares) NumSamples() int { m, _ := l.A.Dims(); return m }
func (l *leastSquares) LossGrad(grad, x []float64) float64 {
	rows := make([]int, l.NumSamples())
	for i := range rows {
		rows[i] = i
	}
	return l.BatchLossGrad(grad, x, rows)
}
func (l *leastSquares) BatchLossGrad(grad, x []float64, rows []int) float64 {
	scale := float64(l.NumSamples()) / float64(len(rows))
	clear(grad)
	var f float64
	for _, i := range rows {
		r := floats.Dot(l.A.RawRowView(i), x) - l.y[i]
		f += scale * r * r
		if grad != nil {
			floats.AddScaled(grad, 2*scale*r, l.A.RawRowView(i))
		}
	}
	return f
}

func TestTrainGradientDescentQuadratic(t *testing.T) {
	a := []float64{1, 2, 4}
	c := []float64{1, -2, 3}
	obj := quadratic(a, c)
	for _, mom := range []float64{0, 0.5} {
		res, err := Train(context.Background(), obj, make([]float64, 3), TrainSettings{
			Method: GradientDescent, StepSize: 0.2, Momentum: mom, Iterations: 500, GradTol: 1e-12,
		})
		if err != nil {
			t.Fatal(err)
		}
		if res.Stop != GradientTolerance {
			t.Errorf("momentum %v: stop %v, want GradientTolerance", mom, res.Stop)
		}
		if !floats.EqualApprox(res.Params, c, 1e-11) {
			t.Errorf("momentum %v: params %v, want %v", mom, res.Params, c)
		}
		// Gradient descent with step 0.2 on curvatures ≤ 4 decreases
		// monotonically without momentum.
		if mom == 0 {
			for i := 1; i < len(res.History.Loss); i++ {
				if res.History.Loss[i] > res.History.Loss[i-1] {
					t.Fatalf("loss rose at record %d: %v > %v", i, res.History.Loss[i], res.History.Loss[i-1])
				}
			}
		}
		if res.History.Iteration[0] != 0 || res.History.Iteration[len(res.History.Iteration)-1] != res.Iterations {
			t.Errorf("history iterations %v..., want from 0 to %d", res.History.Iteration[:1], res.Iterations)
		}
	}
}

func TestTrainExactGradientDescentStep(t *testing.T) {
	// One step of size η from x0 on ½a(x−c)² lands at x0 − η a (x0 − c).
	obj := quadratic([]float64{3}, []float64{1})
	res, err := Train(context.Background(), obj, []float64{0}, TrainSettings{Method: GradientDescent, StepSize: 0.1, Iterations: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := 0 - 0.1*3*(0-1.0)
	if got := res.Params[0]; math.Abs(got-want) > 1e-15 {
		t.Errorf("after one step x = %v, want %v", got, want)
	}
	if res.Stop != IterationLimit || res.Iterations != 1 || res.Evaluations != 2 {
		t.Errorf("stop %v, iterations %d, evaluations %d; want IterationLimit, 1, 2", res.Stop, res.Iterations, res.Evaluations)
	}
}

func rosenbrock(n int) FuncObjective {
	return FuncObjective{N: n, F: func(grad, x []float64) float64 {
		var f float64
		clear(grad)
		for i := 0; i < n-1; i++ {
			a := x[i+1] - x[i]*x[i]
			b := 1 - x[i]
			f += 100*a*a + b*b
			if grad != nil {
				grad[i] += -400*a*x[i] - 2*b
				grad[i+1] += 200 * a
			}
		}
		return f
	}}
}

func TestTrainLBFGSRosenbrock(t *testing.T) {
	x0 := []float64{-1.2, 1, -1.2, 1}
	res, err := Train(context.Background(), rosenbrock(4), x0, TrainSettings{Method: LBFGS, Iterations: 500, GradTol: 1e-10})
	if err != nil {
		t.Fatal(err)
	}
	if !floats.EqualApprox(res.Params, []float64{1, 1, 1, 1}, 1e-8) {
		t.Errorf("L-BFGS params %v, want all 1 (stop %v after %d)", res.Params, res.Stop, res.Iterations)
	}
	if x0[0] != -1.2 {
		t.Error("Train modified x0")
	}
	if res.Loss > 1e-16 {
		t.Errorf("loss %v, want ~0", res.Loss)
	}
	// An iteration limit is honoured exactly and the last iterate recorded.
	res, err = Train(context.Background(), rosenbrock(4), x0, TrainSettings{Method: LBFGS, Iterations: 7})
	if err != nil {
		t.Fatal(err)
	}
	if h := res.History.Iteration; res.Iterations != 7 || res.Stop != IterationLimit || h[len(h)-1] != 7 {
		t.Errorf("L-BFGS with 7 iterations: did %d (%v), last record at %d", res.Iterations, res.Stop, h[len(h)-1])
	}
	// Each iteration is a step: the history's points 0 (the start) … 7 all
	// differ, and the loss falls at each.
	if h := res.History; len(h.Iteration) != 8 {
		t.Errorf("L-BFGS with 7 iterations: history of %d points %v, want 0 … 7", len(h.Iteration), h.Iteration)
	} else {
		for i := 1; i < 8; i++ {
			if h.Iteration[i] != i || !(h.Loss[i] < h.Loss[i-1]) {
				t.Errorf("L-BFGS with 7 iterations: history point %d is iteration %d at loss %v after %v", i, h.Iteration[i], h.Loss[i], h.Loss[i-1])
			}
		}
	}
	// gonum, given 8 major iterations (the starting point its first), ends
	// at the same point, to the rounding of its directions (see
	// lbfgsDirection).
	prob := gonumProblem(rosenbrock(4))
	want, err := optimize.Minimize(prob, x0, &optimize.Settings{MajorIterations: 8, Converger: optimize.NeverTerminate{}}, &optimize.LBFGS{})
	if err != nil || !floats.EqualApprox(res.Params, want.X, 1e-12) {
		t.Errorf("L-BFGS with 7 iterations ends at %v, gonum with 8 major iterations at %v (%v)", res.Params, want.X, err)
	}
}

// gonumProblem is obj as gonum's optimize.Problem, for running gonum's own
// methods beside Train.
func gonumProblem(obj Objective) optimize.Problem {
	return optimize.Problem{
		Func: func(x []float64) float64 { return obj.LossGrad(nil, x) },
		Grad: func(g, x []float64) { obj.LossGrad(g, x) },
	}
}

// quadratic40 is a quadratic in 40 variables with curvatures 1 … 7, its
// minimiser c, and a starting point x0 away from it.
func quadratic40() (q FuncObjective, c, x0 []float64) {
	const n = 40
	a := make([]float64, n)
	c, x0 = make([]float64, n), make([]float64, n)
	for i := range a {
		a[i] = 1 + float64(i%7)
		c[i] = float64(i%5) - 2
		x0[i] = float64(i%3) + 0.5
	}
	return quadratic(a, c), c, x0
}

// TestTrainLBFGSGradientVanished checks that L-BFGS stops where gonum's own
// gradient test stops it, which Train makes in its recorder instead of
// gonum: on a quadratic whose gradient falls below 1e-12 in every
// component, at the same iteration as gonum's Minimize with its defaults
// and at its point to the rounding of the directions, and that a NaN
// component is not a vanished gradient.
func TestTrainLBFGSGradientVanished(t *testing.T) {
	q, c, x0 := quadratic40()
	prob := gonumProblem(q)
	want, err := optimize.Minimize(prob, x0, &optimize.Settings{MajorIterations: 1000, Converger: optimize.NeverTerminate{}}, &optimize.LBFGS{})
	if err != nil || want.Status != optimize.GradientThreshold {
		t.Fatalf("gonum: status %v, err %v; the test needs its gradient test to stop it", want.Status, err)
	}
	res, err := Train(context.Background(), q, x0, TrainSettings{Method: LBFGS, Iterations: 1000})
	if err != nil {
		t.Fatal(err)
	}
	// gonum counts the starting point as a major iteration; Train does not.
	if res.Stop != GradientTolerance || res.Iterations != want.Stats.MajorIterations-1 || !floats.EqualApprox(res.Params, want.X, 1e-12) {
		t.Errorf("stop %v after %d iterations at %v, want GradientTolerance after %d at gonum's %v",
			res.Stop, res.Iterations, res.Params, want.Stats.MajorIterations-1, want.X)
	}
	// Train's own evaluation of the starting point serves gonum's first.
	if res.Evaluations != want.Stats.FuncEvaluations {
		t.Errorf("%d evaluations, gonum %d", res.Evaluations, want.Stats.FuncEvaluations)
	}
	// gonum does not make its test at the starting point: from the
	// minimiser itself its line search finds no descent direction, which
	// Train reports as convergence, after no iteration.
	want, err = optimize.Minimize(prob, c, &optimize.Settings{MajorIterations: 1000, Converger: optimize.NeverTerminate{}}, &optimize.LBFGS{})
	if !errors.Is(err, optimize.ErrNonDescentDirection) {
		t.Fatalf("gonum from the minimiser: status %v, err %v; the test needs ErrNonDescentDirection", want.Status, err)
	}
	res, err = Train(context.Background(), q, c, TrainSettings{Method: LBFGS, Iterations: 1000})
	if err != nil || res.Stop != Converged || res.Iterations != 0 || want.Stats.MajorIterations != 1 || !floats.Same(res.Params, c) {
		t.Errorf("from the minimiser: stop %v after %d iterations at %v (%v), want Converged after 0 at it (gonum: %d major iterations)",
			res.Stop, res.Iterations, res.Params, err, want.Stats.MajorIterations)
	}
	// With GradTol, the starting point is tested against it: no step.
	res, err = Train(context.Background(), q, c, TrainSettings{Method: LBFGS, Iterations: 1000, GradTol: 1e-8})
	if err != nil || res.Stop != GradientTolerance || res.Iterations != 0 || res.Evaluations != 1 || len(res.History.Iteration) != 1 {
		t.Errorf("from the minimiser with GradTol: stop %v after %d iterations, %d evaluations, history %v (%v); want GradientTolerance after 0, 1, [0]",
			res.Stop, res.Iterations, res.Evaluations, res.History.Iteration, err)
	}
	for _, g := range [][]float64{{0, 1e-13, -1e-13}, {0, 1e-12}, {math.NaN(), 0}, {math.Inf(-1)}} {
		if got, want := gradientVanished(g), floats.Norm(g, math.Inf(1)) < lbfgsGradAbsTol; got != want {
			t.Errorf("gradientVanished(%v) = %v, want %v", g, got, want)
		}
	}
}

// majorIterates records the operations of a Minimize run and the points
// of its major iterations, and fails the run at its stopAt-th call when
// stopAt > 0.
type majorIterates struct {
	x      [][]float64
	ops    []optimize.Operation
	calls  int
	stopAt int
}

var errRecorderStop = errors.New("the recorder stopped the run")

func (r *majorIterates) Init() error { return nil }
func (r *majorIterates) Record(loc *optimize.Location, op optimize.Operation, _ *optimize.Stats) error {
	r.calls++
	r.ops = append(r.ops, op)
	if op == optimize.MajorIteration {
		r.x = append(r.x, slices.Clone(loc.X))
	}
	if r.calls == r.stopAt {
		return errRecorderStop
	}
	return nil
}

// lbfgsTestSparse is a small sparse autoencoder on uniform data (60 samples
// of 9), for running the L-BFGS methods side by side.
func lbfgsTestSparse(t *testing.T) *SparseLoss {
	t.Helper()
	x := mat.NewDense(60, 9, nil)
	rnd := rand.New(rand.NewPCG(3, 3))
	for i := range x.RawMatrix().Data {
		x.RawMatrix().Data[i] = 0.1 + 0.8*rnd.Float64()
	}
	sp, err := NewSparseLoss(x, SparseConfig{Hidden: 4, Lambda: 1e-4, Beta: 3, Rho: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// TestLBFGSMethodSameAsGonum runs lbfgsMethod by its minimize, with gonum's
// direction in the place of its own (gonumOrderDirection), and gonum's
// optimize.LBFGS by Minimize (its gradient test off, as lbfgsMethod has
// none) side by side: the same iterates to the bit, before the 15 pairs are
// all stored and after, the same recorder operations, counts, status, error
// and last point (TestLBFGSMinimizeSameAsGonum compares each recorder call
// in full, on every way a run ends), on Rosenbrock's function and
// on a sparse autoencoder to an iteration limit, on a quadratic until the
// line search fails, stopped by the recorder, and with one method value
// run twice.
func TestLBFGSMethodSameAsGonum(t *testing.T) {
	sp := lbfgsTestSparse(t)
	quad, _, q0 := quadratic40()
	gonum, ours := &optimize.LBFGS{GradStopThreshold: math.NaN()}, &lbfgsMethod{next: &gonumOrderDirection{}}
	for _, tc := range []struct {
		name          string
		obj           Objective
		x0            []float64
		iters, stopAt int
		reuse         bool
	}{
		{name: "rosenbrock", obj: rosenbrock(6), x0: []float64{-1.2, 1, -1.2, 1, -1.2, 1}, iters: 60},
		{name: "sparse", obj: sp, x0: sp.InitParams(nil, 1), iters: 40},
		{name: "quadratic to the line search's failure", obj: quad, x0: q0, iters: 1000},
		{name: "stopped by the recorder", obj: sp, x0: sp.InitParams(nil, 2), iters: 100, stopAt: 121},
		{name: "sparse, the same methods again", obj: sp, x0: sp.InitParams(nil, 3), iters: 40, reuse: true},
		{name: "rosenbrock, the same methods again", obj: rosenbrock(6), x0: []float64{1.2, 1, 1.2, -1, 0, 1}, iters: 40, reuse: true},
	} {
		prob := gonumProblem(tc.obj)
		settings := func(rec *majorIterates) *optimize.Settings {
			return &optimize.Settings{MajorIterations: tc.iters, Converger: optimize.NeverTerminate{}, Recorder: rec}
		}
		if !tc.reuse {
			gonum, ours = &optimize.LBFGS{GradStopThreshold: math.NaN()}, &lbfgsMethod{next: &gonumOrderDirection{}}
		}
		wantX, gotX := &majorIterates{stopAt: tc.stopAt}, &majorIterates{stopAt: tc.stopAt}
		want, wantErr := optimize.Minimize(prob, tc.x0, settings(wantX), gonum)
		got, gotErr := ours.minimize(prob, tc.x0, settings(gotX))
		if got.Status != want.Status || got.Stats.MajorIterations != want.Stats.MajorIterations ||
			got.Stats.FuncEvaluations != want.Stats.FuncEvaluations || got.Stats.GradEvaluations != want.Stats.GradEvaluations ||
			!errors.Is(gotErr, wantErr) {
			t.Errorf("%s: status %v, stats %+v, error %v; gonum's %v, %+v, %v", tc.name, got.Status, got.Stats, gotErr, want.Status, want.Stats, wantErr)
		}
		// More iterations than pairs kept, so that the ring turns over.
		if len(gotX.x) != len(wantX.x) || len(gotX.x) < 2*lbfgsStore {
			t.Fatalf("%s: %d and %d major iterations recorded, want the same, at least %d", tc.name, len(gotX.x), len(wantX.x), 2*lbfgsStore)
		}
		if !slices.Equal(gotX.ops, wantX.ops) {
			t.Errorf("%s: the recorder's operations differ from gonum's run's:\n%v\nwant\n%v", tc.name, gotX.ops, wantX.ops)
		}
		for i := range gotX.x {
			if !floats.Same(gotX.x[i], wantX.x[i]) {
				t.Errorf("%s: iterate %d differs from gonum's: %v, want %v", tc.name, i, gotX.x[i], wantX.x[i])
				break
			}
		}
		if !floats.Same(got.X, want.X) || got.F != want.F {
			t.Errorf("%s: last point %v (loss %v), gonum's %v (%v)", tc.name, got.X, got.F, want.X, want.F)
		}
		if tc.name == "quadratic to the line search's failure" && wantErr == nil {
			t.Errorf("%s: gonum's run ended without an error (%v): the case does not test a failure", tc.name, want.Status)
		}
		if tc.stopAt > 0 && !errors.Is(gotErr, errRecorderStop) {
			t.Errorf("%s: error %v, want the recorder's", tc.name, gotErr)
		}
	}
}

// callLog records every recorder call of a run (the operation, the
// location and the counts) and fails the run at its stopAt-th call when
// stopAt > 0.
type callLog struct {
	calls  []string
	stopAt int
}

func (r *callLog) Init() error { return nil }
func (r *callLog) Record(loc *optimize.Location, op optimize.Operation, st *optimize.Stats) error {
	r.calls = append(r.calls, fmt.Sprint(op, loc.F, loc.X, loc.Gradient, st.FuncEvaluations, st.GradEvaluations, st.MajorIterations))
	if len(r.calls) == r.stopAt {
		return errRecorderStop
	}
	return nil
}

// TestLBFGSMinimizeSameAsGonum runs lbfgsMethod's minimize, with gonum's
// direction in the place of its own, and gonum's Minimize with
// optimize.LBFGS (its gradient test off) on every way a run ends: the same
// recorder calls, each with the same location and counts, and the same
// result and error. The runs end by the recorder at each of its first 40
// calls (the starting point's InitIteration, evaluations and major
// iterations), by each evaluation and iteration limit, by a converger, by
// the gradient threshold, by the problem's Status (a status and an error),
// at a non-finite start (value or gradient), at a value of −Inf, at a zero
// gradient and by a failed line search.
func TestLBFGSMinimizeSameAsGonum(t *testing.T) {
	rosen := func() optimize.Problem { return gonumProblem(rosenbrock(6)) }
	r0 := []float64{-1.2, 1, -1.2, 1, -1.2, 1}
	quad, qc, q0 := quadratic40()
	type runCase struct {
		name     string
		prob     func() optimize.Problem // a new problem for each run: some count their calls
		x0       []float64
		settings func(*optimize.Settings)
		stopAt   int
	}
	var cases []runCase
	for k := 1; k <= 40; k++ {
		cases = append(cases, runCase{name: fmt.Sprintf("the recorder stops at call %d", k), prob: rosen, x0: r0, stopAt: k})
	}
	for n := 1; n <= 12; n++ {
		cases = append(cases,
			runCase{name: fmt.Sprintf("FuncEvaluations %d", n), prob: rosen, x0: r0, settings: func(s *optimize.Settings) { s.FuncEvaluations = n }},
			runCase{name: fmt.Sprintf("GradEvaluations %d", n), prob: rosen, x0: r0, settings: func(s *optimize.Settings) { s.GradEvaluations = n }},
			runCase{name: fmt.Sprintf("MajorIterations %d", n), prob: rosen, x0: r0, settings: func(s *optimize.Settings) { s.MajorIterations = n }},
		)
	}
	status := func(after int, err error) func() optimize.Problem {
		return func() optimize.Problem {
			p := rosen()
			calls := 0
			p.Status = func() (optimize.Status, error) {
				if calls++; calls > after {
					return optimize.Failure, err
				}
				return optimize.NotTerminated, nil
			}
			return p
		}
	}
	with := func(f func(x []float64) float64, g func(grad, x []float64)) func() optimize.Problem {
		return func() optimize.Problem {
			p := rosen()
			if f != nil {
				p.Func = f
			}
			if g != nil {
				p.Grad = g
			}
			return p
		}
	}
	cases = append(cases,
		runCase{name: "FunctionConverge", prob: rosen, x0: r0, settings: func(s *optimize.Settings) {
			s.Converger = &optimize.FunctionConverge{Absolute: 0.1, Iterations: 2}
		}},
		runCase{name: "GradientThreshold", prob: rosen, x0: r0, settings: func(s *optimize.Settings) { s.GradientThreshold = 1e-3 }},
		runCase{name: "the problem's status", prob: status(15, nil), x0: r0},
		runCase{name: "the problem's status error", prob: status(15, errors.New("the status failed")), x0: r0},
		runCase{name: "a NaN value at the start", prob: with(func([]float64) float64 { return math.NaN() }, nil), x0: r0},
		runCase{name: "an infinite value at the start", prob: with(func([]float64) float64 { return math.Inf(1) }, nil), x0: r0},
		runCase{name: "an infinite gradient at the start", prob: with(nil, func(g, x []float64) {
			gonumProblem(rosenbrock(6)).Grad(g, x)
			g[1] = math.Inf(1)
		}), x0: r0},
		runCase{name: "a value of −Inf", prob: with(func(x []float64) float64 {
			if x[0] != r0[0] {
				return math.Inf(-1)
			}
			return rosenbrock(6).LossGrad(nil, x)
		}, nil), x0: r0},
		runCase{name: "a zero gradient", prob: func() optimize.Problem { return gonumProblem(quad) }, x0: qc},
		runCase{name: "the line search fails", prob: func() optimize.Problem { return gonumProblem(quad) }, x0: q0, settings: func(s *optimize.Settings) { s.MajorIterations = 1000 }},
	)
	for _, tc := range cases {
		run := func(ours bool) (*optimize.Result, *callLog, error) {
			rec := &callLog{stopAt: tc.stopAt}
			s := &optimize.Settings{MajorIterations: 60, Converger: optimize.NeverTerminate{}, Recorder: rec}
			if tc.settings != nil {
				tc.settings(s)
			}
			if ours {
				res, err := (&lbfgsMethod{next: &gonumOrderDirection{}}).minimize(tc.prob(), tc.x0, s)
				return res, rec, err
			}
			res, err := optimize.Minimize(tc.prob(), tc.x0, s, &optimize.LBFGS{GradStopThreshold: math.NaN()})
			return res, rec, err
		}
		want, wantLog, wantErr := run(false)
		got, gotLog, gotErr := run(true)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || (got == nil) != (want == nil) {
			t.Errorf("%s: result %v, error %v; gonum's %v, %v", tc.name, got != nil, gotErr, want != nil, wantErr)
			continue
		}
		if !slices.Equal(gotLog.calls, wantLog.calls) {
			t.Errorf("%s: the recorder's calls differ from gonum's run's:\n%q\nwant\n%q", tc.name, gotLog.calls, wantLog.calls)
		}
		if got == nil {
			continue
		}
		got.Stats.Runtime, want.Stats.Runtime = 0, 0
		if got.Status != want.Status || got.Stats != want.Stats ||
			fmt.Sprint(got.X, got.F, got.Gradient) != fmt.Sprint(want.X, want.F, want.Gradient) {
			t.Errorf("%s: %v, %+v at %v, %v, %v; gonum's %v, %+v at %v, %v, %v", tc.name,
				got.Status, got.Stats, got.X, got.F, got.Gradient, want.Status, want.Stats, want.X, want.F, want.Gradient)
		}
	}
}

// TestLBFGSDirectionSameAsGonum drives gonumOrderDirection and gonum's
// optimize.LBFGS as NextDirectioners through the same locations: the same
// directions and steps to the bit, also where the direction is not finite,
// before the 15 pairs are stored and after. Before, gonum's passes over
// the pairs not yet stored make such a direction all NaN, which
// NextDirection does explicitly; with an infinite gradient the stored
// pairs' passes make it all NaN already, and the last case is one where
// they do not: y·y underflows to 0, so γ = +Inf, and the one stored pair's
// pass leaves a component infinite.
func TestLBFGSDirectionSameAsGonum(t *testing.T) {
	{
		gonum, ours := &optimize.LBFGS{Store: lbfgsStore}, &gonumOrderDirection{}
		want, got := make([]float64, 2), make([]float64, 2)
		loc := &optimize.Location{X: []float64{0, 0}, Gradient: []float64{1e-170, 3e-170}}
		gonum.InitDirection(loc, want)
		ours.InitDirection(loc, got)
		loc = &optimize.Location{X: []float64{1, -1}, Gradient: []float64{3e-170, 4e-170}}
		ws, gs := gonum.NextDirection(loc, want), ours.NextDirection(loc, got)
		if ws != gs || !floats.Same(got, want) || !math.IsNaN(want[0]) || !math.IsNaN(want[1]) {
			t.Errorf("γ = +Inf: direction %v (step %v), gonum's %v (%v), want all NaN", got, gs, want, ws)
		}
	}
	const n, steps = 30, 40
	for _, overflowAt := range []int{-1, 3, 20} { // -1: none
		rnd := rand.New(rand.NewPCG(9, uint64(overflowAt+2)))
		gonum, ours := &optimize.LBFGS{Store: lbfgsStore}, &gonumOrderDirection{}
		loc := &optimize.Location{X: make([]float64, n), Gradient: make([]float64, n)}
		fill := func(k int) {
			for i := range n {
				loc.X[i] = rnd.NormFloat64()
				loc.Gradient[i] = rnd.NormFloat64()
			}
			if k == overflowAt {
				// An infinite component, as a loss that overflowed gives.
				loc.Gradient[0] = math.Inf(1)
			}
		}
		want, got := make([]float64, n), make([]float64, n)
		fill(0)
		if ws, gs := gonum.InitDirection(loc, want), ours.InitDirection(loc, got); ws != gs || !floats.Same(got, want) {
			t.Fatalf("overflow at %d: initial direction %v (step %v), gonum's %v (%v)", overflowAt, got, gs, want, ws)
		}
		nonFinite := false
		for k := 1; k < steps; k++ {
			fill(k)
			ws, gs := gonum.NextDirection(loc, want), ours.NextDirection(loc, got)
			if ws != gs || !floats.Same(got, want) {
				t.Fatalf("overflow at %d: direction %d %v (step %v), gonum's %v (%v)", overflowAt, k, got, gs, want, ws)
			}
			nonFinite = nonFinite || !allFinite(got)
		}
		if nonFinite != (overflowAt >= 0) {
			t.Errorf("overflow at %d: a direction not finite: %v", overflowAt, nonFinite)
		}
	}
}

func TestTrainMinibatch(t *testing.T) {
	ls, xstar := newLeastSquares(200, 5, 3)
	for _, tc := range []struct {
		s    TrainSettings
		name string
	}{
		{TrainSettings{Method: SGD, StepSize: 1e-3, Momentum: 0.9, BatchSize: 20, Iterations: 3000, Seed: 7}, "sgd"},
		{TrainSettings{Method: Adam, StepSize: 0.02, BatchSize: 20, Iterations: 5000, Seed: 7}, "adam"},
	} {
		res, err := Train(context.Background(), ls, make([]float64, 5), tc.s)
		if err != nil {
			t.Fatal(err)
		}
		// The data are consistent (zero residual at x*), so minibatch
		// noise vanishes at the optimum and the iterate converges.
		if !floats.EqualApprox(res.Params, xstar, 1e-4) {
			t.Errorf("%s: params %v, want %v", tc.name, res.Params, xstar)
		}
		// One record per epoch of 10 steps, plus the start.
		if got, want := len(res.History.Loss), tc.s.Iterations/10+1; got != want {
			t.Errorf("%s: %d records, want %d", tc.name, got, want)
		}
		// Determinism: the same seed gives the same numbers.
		res2, _ := Train(context.Background(), ls, make([]float64, 5), tc.s)
		if !floats.Equal(res.Params, res2.Params) {
			t.Errorf("%s: same seed gave different parameters", tc.name)
		}
		tc.s.Seed++
		res3, _ := Train(context.Background(), ls, make([]float64, 5), tc.s)
		if res.History.Loss[1] == res3.History.Loss[1] {
			t.Errorf("%s: a different seed gave identical parameters: the seed is ignored", tc.name)
		}
	}
}

func TestTrainMetricsAndProgress(t *testing.T) {
	obj := quadratic([]float64{1, 1}, []float64{2, 2})
	var reports []Progress
	res, err := Train(context.Background(), obj, []float64{0, 0}, TrainSettings{
		Method: GradientDescent, StepSize: 0.5, Iterations: 10, RecordEvery: 5,
		Metrics:          []Metric{{Name: "x0", F: func(p []float64) float64 { return p[0] }}},
		Progress:         func(p Progress) { reports = append(reports, p) },
		ProgressInterval: time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, 5, 10}
	if len(res.History.Iteration) != 3 || res.History.Iteration[1] != 5 || res.History.Iteration[2] != 10 {
		t.Errorf("recorded iterations %v, want %v", res.History.Iteration, want)
	}
	// Step 0.5 halves the distance to 2 each iteration.
	x0 := res.History.Metric("x0")
	for i, it := range want {
		if w := 2 - 2*math.Pow(0.5, float64(it)); math.Abs(x0[i]-w) > 1e-14 {
			t.Errorf("metric at iteration %d = %v, want %v", it, x0[i], w)
		}
	}
	if res.History.Metric("nope") != nil {
		t.Error("unknown metric should be nil")
	}
	// With a one-hour interval: the first report and the final one.
	if len(reports) != 2 || !reports[1].Done || reports[1].Iteration != 10 {
		t.Errorf("progress reports %+v, want the first and a final Done at 10", reports)
	}
}

// panicking is a least-squares objective whose evaluation panics at its
// at-th call.
type panicking struct {
	*leastSquares
	calls, at int
}

func (p *panicking) count() {
	if p.calls++; p.calls == p.at {
		panic("the objective failed")
	}
}
func (p *panicking) LossGrad(grad, x []float64) float64 {
	p.count()
	return p.leastSquares.LossGrad(grad, x)
}
func (p *panicking) BatchLossGrad(grad, x []float64, rows []int) float64 {
	p.count()
	return p.leastSquares.BatchLossGrad(grad, x, rows)
}

// TestTrainObjectivePanics: a panic in the objective, at the first
// evaluation after Train's own at x0 or a later one, reaches Train's caller
// in the caller's own
// goroutine with every method, so that the caller can recover from it (the
// kernel does, and reports the cell's error). Were an evaluation run in
// another goroutine, as gonum's Minimize runs them, the panic would end the
// test binary.
func TestTrainObjectivePanics(t *testing.T) {
	ls, _ := newLeastSquares(40, 5, 9)
	for _, m := range []Method{GradientDescent, LBFGS, SGD, Adam} {
		for _, at := range []int{2, 4} {
			obj := &panicking{leastSquares: ls, at: at}
			func() {
				defer func() {
					if r := recover(); r != "the objective failed" {
						t.Errorf("%v, panic at evaluation %d: recovered %v, want the objective's panic", m, at, r)
					}
				}()
				_, err := Train(context.Background(), obj, make([]float64, 5), TrainSettings{Method: m, Iterations: 20, BatchSize: 10, StepSize: 1e-3})
				t.Errorf("%v, panic at evaluation %d: Train returned (error %v)", m, at, err)
			}()
		}
	}
}

// TestTrainLBFGSEdgeStarts: L-BFGS from a gradient whose 2-norm overflows
// (gonum's first step, 1/‖g‖₂, would be 0, which its line search refuses
// with a panic) reports divergence, as the other full-batch methods do;
// with no parameters it has converged, as at a zero gradient.
func TestTrainLBFGSEdgeStarts(t *testing.T) {
	huge := FuncObjective{N: 4, F: func(g, x []float64) float64 {
		for i := range g {
			g[i] = 1.5e308
		}
		return 1
	}}
	for _, m := range []Method{GradientDescent, LBFGS, Adam} {
		res, err := Train(context.Background(), huge, make([]float64, 4), TrainSettings{Method: m, Iterations: 5})
		if !errors.Is(err, ErrDiverged) || res == nil || res.Stop != Diverged {
			t.Errorf("%v from a gradient of overflowing norm: %v, %v; want Diverged and ErrDiverged", m, res, err)
		}
	}
	empty := FuncObjective{N: 0, F: func(g, x []float64) float64 { return 1 }}
	res, err := Train(context.Background(), empty, nil, TrainSettings{Method: LBFGS, Iterations: 5})
	if err != nil || res.Stop != Converged || res.Iterations != 0 {
		t.Errorf("L-BFGS with no parameters: %+v, %v; want Converged after 0 iterations", res, err)
	}
}

func TestTrainCancel(t *testing.T) {
	// A slow objective: every evaluation sleeps, so only cancellation can
	// end the run in time (100 ms allow about five evaluations, too few
	// for any method to converge).
	base := rosenbrock(2)
	slow := FuncObjective{N: 2, F: func(g, x []float64) float64 {
		time.Sleep(20 * time.Millisecond)
		return base.F(g, x)
	}}
	for _, m := range []Method{GradientDescent, LBFGS, Adam} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		start := time.Now()
		res, err := Train(ctx, slow, []float64{-1.2, 1}, TrainSettings{Method: m, StepSize: 1e-4, Iterations: 1 << 30})
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("%v: err = %v, want one wrapping DeadlineExceeded", m, err)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("%v: cancellation took %v", m, took)
		}
		if res == nil || res.Stop != Cancelled || len(res.Params) != 2 {
			t.Fatalf("%v: result %+v, want best params kept with Stop Cancelled", m, res)
		}
		if res.Loss > base.F(nil, []float64{-1.2, 1}) {
			t.Errorf("%v: kept loss %v, worse than the start", m, res.Loss)
		}
	}
}

func TestTrainDiverges(t *testing.T) {
	// Step 3 on curvature 1 multiplies the error by −2 each step: it
	// overflows, and Train must say so and keep the best (first) point.
	obj := quadratic([]float64{1}, []float64{0})
	res, err := Train(context.Background(), obj, []float64{1}, TrainSettings{Method: GradientDescent, StepSize: 3, Iterations: 10000})
	if !errors.Is(err, ErrDiverged) {
		t.Fatalf("err = %v, want ErrDiverged", err)
	}
	if res.Stop != Diverged || res.Params[0] != 1 || res.Loss != 0.5 {
		t.Errorf("result %v at %v with loss %v, want Diverged keeping x = 1, loss 0.5", res.Stop, res.Params, res.Loss)
	}
}

func TestTrainBadInput(t *testing.T) {
	obj := quadratic([]float64{1}, []float64{0})
	nan := FuncObjective{N: 1, F: func(g, x []float64) float64 { return math.NaN() }}
	for _, tc := range []struct {
		obj  Objective
		s    TrainSettings
		want string
	}{
		{obj, TrainSettings{StepSize: -1}, "StepSize"},
		{obj, TrainSettings{Momentum: 1}, "Momentum"},
		{obj, TrainSettings{Iterations: -1}, "Iterations"},
		{obj, TrainSettings{Method: Method(42)}, "Method(42)"},
		{obj, TrainSettings{Method: SGD, BatchSize: 10}, "BatchObjective"},
		{nan, TrainSettings{}, "not finite"},
	} {
		_, err := Train(context.Background(), tc.obj, []float64{1}, tc.s)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("settings %+v: err = %v, want it to mention %q", tc.s, err, tc.want)
		}
	}
}

func TestCheckGradient(t *testing.T) {
	obj := rosenbrock(5)
	x := []float64{0.3, -0.2, 0.9, 1.1, 0.5}
	c := CheckGradient(obj, x, 1e-5)
	if c.RelErr > 1e-9 {
		t.Errorf("Rosenbrock gradient check: %v", c)
	}
	// A wrong gradient must be caught.
	wrong := FuncObjective{N: 5, F: func(g, x []float64) float64 {
		f := obj.F(g, x)
		if g != nil {
			g[2] *= 1.01
		}
		return f
	}}
	c = CheckGradient(wrong, x, 1e-5)
	if c.RelErr < 1e-4 || c.Index != 2 {
		t.Errorf("wrong gradient not caught: %v", c)
	}
}
