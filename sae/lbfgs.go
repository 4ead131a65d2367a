package sae

import (
	"fmt"
	"math"
	"slices"
	"time"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"

	"github.com/linae/linae/backend/gemm"
	"github.com/linae/linae/internal/numeric"
)

// lbfgsStore is the number of (s, y) pairs L-BFGS keeps: gonum's default,
// and the memory of the Python side's L-BFGS runs in bench/.
const lbfgsStore = 15

// lbfgsMethod is gonum's L-BFGS (optimize.LBFGS with its defaults: 15
// pairs and gonum's Bisection line search; its steps, its line search and
// its tests, in the same order) with the direction of
// lbfgsDirection: over the pairs stored so far only, where gonum's runs its
// two loops over all 15 pairs from the first iteration on, the pairs not
// yet stored being zeros it allocated and cleared at the start (a short
// run, as the MNIST autoencoder's ten iterations in bench/, was mostly such
// passes over zeros), and in fused passes (AVX-512, AVX2 or pure Go). With gonum's
// direction in its place the iterates are gonum's to the bit
// (TestLBFGSMethodSameAsGonum).
//
// It runs by its own minimize, not gonum's Minimize: see there why.
// It has no gradient test of its own: the trainer's recorder makes gonum's
// (gradientVanished).
type lbfgsMethod struct {
	dir lbfgsDirection
	// next, when not nil, computes the directions instead of dir: the
	// tests' copy of gonum's, to check the rest against gonum to the bit.
	next optimize.NextDirectioner
}

// minimize runs the method on prob from x0 as gonum's optimize.Minimize runs
// gonum's L-BFGS with settings: the same evaluations, statistics, limits,
// converger and recorder calls, in the same order, and the same Result and
// error, but all on the calling goroutine. Minimize runs the method and the
// evaluations on goroutines of their own and passes every step through
// channels between them: a panic in the objective then happens where the
// caller cannot recover it (a program ends; the kernel, which ends only
// that goroutine, would leave the cell waiting for an evaluation that never
// returns), and each step's handoffs cost tens of microseconds when they
// wake the other core's thread (bench/NOTES.md, stop 33).
//
// It panics, as a programmer's error, if prob has no Func or Grad, x0 is
// empty or settings.Converger is nil; settings.InitValues and Concurrent
// are not supported (Train uses neither), nor are Hessians: L-BFGS uses the
// value and the gradient alone.
func (m *lbfgsMethod) minimize(prob optimize.Problem, x0 []float64, settings *optimize.Settings) (*optimize.Result, error) {
	start := time.Now()
	dim := len(x0)
	if prob.Func == nil || prob.Grad == nil || dim == 0 || settings.Converger == nil ||
		settings.InitValues != nil || settings.Concurrent > 1 {
		panic("sae: L-BFGS problem or settings not supported")
	}
	if prob.Status != nil {
		if _, err := prob.Status(); err != nil {
			return nil, err
		}
	}
	rec := settings.Recorder
	if rec != nil {
		if err := rec.Init(); err != nil {
			return nil, err
		}
	}
	r := lbfgsRun{prob: prob, settings: settings, start: start,
		opt: optimize.Location{X: make([]float64, dim), F: math.Inf(1)},
		loc: &optimize.Location{X: slices.Clone(x0)}, x: make([]float64, dim)}
	settings.Converger.Init(dim)
	r.stats.Runtime = time.Since(start)
	if rec != nil {
		if err := rec.Record(&r.opt, optimize.InitIteration, &r.stats); err != nil {
			return nil, err
		}
	}
	status, err := m.run(&r)
	if rec != nil && err == nil {
		err = rec.Record(&r.opt, optimize.PostIteration, &r.stats)
	}
	r.stats.Runtime = time.Since(start)
	return &optimize.Result{Location: r.opt, Stats: r.stats, Status: status}, err
}

// run is gonum's protocol for a local method (optimize's localOptimizer)
// without its gradient test; it returns the status and error that end the
// run, as Minimize's are.
func (m *lbfgsMethod) run(r *lbfgsRun) (optimize.Status, error) {
	// The starting location: its value and gradient.
	if status, err := r.do(optimize.FuncEvaluation | optimize.GradEvaluation); status != optimize.NotTerminated || err != nil {
		return status, err
	}
	if math.IsInf(r.loc.F, 1) || math.IsNaN(r.loc.F) {
		return optimize.Failure, optimize.ErrFunc(r.loc.F)
	}
	if i := numeric.NonFiniteIndex(r.loc.Gradient); i >= 0 {
		return optimize.Failure, optimize.ErrGrad{Grad: r.loc.Gradient[i], Index: i}
	}
	if status, err := r.do(optimize.MajorIteration); status != optimize.NotTerminated || err != nil {
		return status, err
	}
	var next optimize.NextDirectioner = &m.dir
	if m.next != nil {
		next = m.next
	}
	ls := optimize.LinesearchMethod{NextDirectioner: next, Linesearcher: &optimize.Bisection{}}
	op, err := ls.Init(r.loc)
	for {
		if err != nil {
			return optimize.Failure, err
		}
		if status, err := r.do(op); status != optimize.NotTerminated || err != nil {
			return status, err
		}
		op, err = ls.Iterate(r.loc)
	}
}

// lbfgsRun is the state of one minimize: what Minimize keeps beside the
// method.
type lbfgsRun struct {
	prob     optimize.Problem
	settings *optimize.Settings
	stats    optimize.Stats
	opt      optimize.Location // the last major iteration's location
	start    time.Time
	loc      *optimize.Location // the method's location
	x        []float64          // the point an evaluation is given, a copy of loc.X
}

// do carries out op at r.loc as Minimize does: an evaluation or a major
// iteration, its statistics and limits, and the recorder's call. It
// returns the status and error that end the run, if op ends it.
func (r *lbfgsRun) do(op optimize.Operation) (optimize.Status, error) {
	status := optimize.NotTerminated
	var err error
	switch {
	case op == optimize.MajorIteration:
		status = r.major()
	case op == optimize.NoOperation:
	case op&^(optimize.FuncEvaluation|optimize.GradEvaluation) != 0:
		panic(fmt.Sprintf("sae: L-BFGS operation %v not supported", op))
	default:
		copy(r.x, r.loc.X)
		if op&optimize.FuncEvaluation != 0 {
			r.loc.F = r.prob.Func(r.x)
			r.stats.FuncEvaluations++
		}
		if op&optimize.GradEvaluation != 0 {
			if len(r.loc.Gradient) == 0 {
				r.loc.Gradient = make([]float64, len(r.x))
			}
			r.prob.Grad(r.loc.Gradient, r.x)
			r.stats.GradEvaluations++
		}
		status, err = r.evaluationLimits()
	}
	if rec := r.settings.Recorder; rec != nil && status == optimize.NotTerminated && err == nil {
		r.stats.Runtime = time.Since(r.start)
		if err = rec.Record(r.loc, op, &r.stats); err != nil {
			status = optimize.Failure
		}
	}
	return status, err
}

// major is Minimize's performMajorIteration.
func (r *lbfgsRun) major() optimize.Status {
	s, opt := r.settings, &r.opt
	opt.F = r.loc.F
	copy(opt.X, r.loc.X)
	if opt.Gradient == nil {
		opt.Gradient = make([]float64, len(r.loc.Gradient))
	}
	copy(opt.Gradient, r.loc.Gradient)
	r.stats.MajorIterations++
	r.stats.Runtime = time.Since(r.start)
	switch {
	case math.IsInf(opt.F, -1):
		return optimize.FunctionNegativeInfinity
	case s.GradientThreshold > 0 && floats.Norm(opt.Gradient, math.Inf(1)) < s.GradientThreshold:
		return optimize.GradientThreshold
	}
	if status := s.Converger.Converged(opt); status != optimize.NotTerminated {
		return status
	}
	switch {
	case s.MajorIterations > 0 && r.stats.MajorIterations >= s.MajorIterations:
		return optimize.IterationLimit
	case s.Runtime > 0 && r.stats.Runtime >= s.Runtime:
		return optimize.RuntimeLimit
	}
	return optimize.NotTerminated
}

// evaluationLimits is Minimize's checkEvaluationLimits.
func (r *lbfgsRun) evaluationLimits() (optimize.Status, error) {
	if r.prob.Status != nil {
		if status, err := r.prob.Status(); err != nil || status != optimize.NotTerminated {
			return status, err
		}
	}
	s, st := r.settings, &r.stats
	switch {
	case s.FuncEvaluations > 0 && st.FuncEvaluations >= s.FuncEvaluations:
		return optimize.FunctionEvaluationLimit, nil
	case s.GradEvaluations > 0 && st.GradEvaluations >= s.GradEvaluations:
		return optimize.GradientEvaluationLimit, nil
	}
	return optimize.NotTerminated, nil
}

// lbfgsDirection is gonum's L-BFGS direction (optimize.LBFGS's
// InitDirection and NextDirection: the two-loop recursion, H₀ = γI with
// γ = sᵀy/yᵀy of the newest pair) over the pairs stored so far, which it
// allocates as they are stored. Its two loops are fused passes of
// gemm.AxpbyDot: each update of the direction by a stored vector also forms
// the dot product the next step needs, and γ is applied in the second
// loop's first pass, so a direction over p pairs makes 2p + 1 passes over
// the parameters where gonum's makes 4·15 + 2. The sums are gemm.Dot's, in
// sixteen lanes, so the directions agree with gonum's to rounding, not to
// the bit (TestLBFGSDirectionNearGonum).
type lbfgsDirection struct {
	x, grad []float64 // the location and gradient of the last major iteration
	s, y    [][]float64
	rho, a  []float64
	oldest  int // the next pair to write, in a ring of lbfgsStore
	stored  int
}

func (l *lbfgsDirection) InitDirection(loc *optimize.Location, dir []float64) float64 {
	if len(loc.X) != len(l.x) {
		l.s, l.y = nil, nil
	}
	l.oldest, l.stored = 0, 0
	l.rho = make([]float64, lbfgsStore)
	l.a = make([]float64, lbfgsStore)
	l.x = append(l.x[:0], loc.X...)
	l.grad = append(l.grad[:0], loc.Gradient...)
	copy(dir, loc.Gradient)
	floats.Scale(-1, dir)
	return 1 / floats.Norm(dir, 2)
}

// storePair writes the pair of loc and the last major iteration into the
// ring's next place, allocating it until lbfgsStore are stored, makes loc
// the last major iteration and dir its gradient, and returns the pair.
func (l *lbfgsDirection) storePair(loc *optimize.Location, dir []float64) (s, y []float64) {
	if len(loc.X) != len(l.x) || len(loc.Gradient) != len(l.x) || len(dir) != len(l.x) {
		panic("sae: L-BFGS direction of the wrong length")
	}
	if l.stored < lbfgsStore {
		if len(l.s) == l.stored {
			l.s = append(l.s, make([]float64, len(l.x)))
			l.y = append(l.y, make([]float64, len(l.x)))
		}
		l.stored++
	}
	s, y = l.s[l.oldest], l.y[l.oldest]
	floats.SubTo(y, loc.Gradient, l.grad)
	floats.SubTo(s, loc.X, l.x)
	copy(l.x, loc.X)
	copy(l.grad, loc.Gradient)
	copy(dir, loc.Gradient)
	return s, y
}

func (l *lbfgsDirection) NextDirection(loc *optimize.Location, dir []float64) float64 {
	s, y := l.storePair(loc, dir)
	sDotY := gemm.Dot(s, y)
	gamma := sDotY / gemm.Dot(y, y)
	l.rho[l.oldest] = 1 / sDotY
	l.oldest = (l.oldest + 1) % lbfgsStore

	// pair(i) is the i-th pair from the oldest stored. Before the ring is
	// full, oldest = stored and the pairs are 0 … stored−1.
	pair := func(i int) int { return (l.oldest - l.stored + i + lbfgsStore) % lbfgsStore }

	// The first loop, newest pair first: a_i = ρ_i·s_iᵀq, q −= a_i·y_i,
	// each update forming the next pair's s·q, and the last one y·q for the
	// oldest pair, which the second loop starts with.
	d := gemm.Dot(s, dir)
	for i := l.stored - 1; i >= 0; i-- {
		idx := pair(i)
		l.a[idx] = l.rho[idx] * d
		next := l.y[pair(0)]
		if i > 0 {
			next = l.s[pair(i-1)]
		}
		d = gemm.AxpbyDot(-l.a[idx], l.y[idx], 1, dir, next)
	}
	if l.stored < lbfgsStore && !(allFinite(dir) && numeric.IsFinite(gamma*floats.Norm(dir, math.Inf(1)))) {
		// gonum's passes over the pairs not yet stored, first in its
		// second loop, make a direction all NaN (0·Inf and 0·NaN are NaN)
		// when γ·q is not finite; so does this one.
		for i := range dir {
			dir[i] = math.NaN()
		}
		return 1
	}
	// The second loop, oldest pair first, on r = γ·q: b_i = ρ_i·y_iᵀr,
	// r += (a_i − b_i)·s_i, the first pass scaling q by γ (so its y·r is
	// γ·(y·q)), the last negating r into the descent direction, each other
	// forming the next pair's y·r.
	d *= gamma
	scale := gamma
	for i := range l.stored {
		idx := pair(i)
		c := l.a[idx] - l.rho[idx]*d
		if i == l.stored-1 {
			gemm.AxpbyDot(-c, l.s[idx], -scale, dir, dir)
			break
		}
		d = gemm.AxpbyDot(c, l.s[idx], scale, dir, l.y[pair(i+1)])
		scale = 1
	}
	return 1
}
