package sae

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"

	"github.com/linae/linae/backend/gemm"
	"github.com/linae/linae/internal/numeric"
)

// lbfgsStore is the number of (s, y) pairs L-BFGS keeps: gonum's default,
// and the memory of the Python side's L-BFGS runs in bench/.
const lbfgsStore = 15

// lbfgsMethod is gonum's L-BFGS (optimize.LBFGS with its defaults: 15
// pairs and gonum's Bisection line search; its protocol with Minimize, its
// line search and its tests, in the same order) with the direction of
// lbfgsDirection: over the pairs stored so far only, where gonum's runs its
// two loops over all 15 pairs from the first iteration on, the pairs not
// yet stored being zeros it allocated and cleared at the start (a short
// run, as the MNIST autoencoder's ten iterations in bench/, was mostly such
// passes over zeros), and in fused passes (AVX-512, AVX2 or pure Go). With gonum's
// direction in its place the iterates are gonum's to the bit
// (TestLBFGSMethodSameAsGonum).
//
// It has no gradient test of its own: the trainer's recorder makes gonum's
// (gradientVanished).
type lbfgsMethod struct {
	dir lbfgsDirection
	// next, when not nil, computes the directions instead of dir: the
	// tests' copy of gonum's, to check the rest against gonum to the bit.
	next   optimize.NextDirectioner
	ls     optimize.LinesearchMethod
	status optimize.Status
	err    error
}

var (
	_ optimize.Method   = (*lbfgsMethod)(nil)
	_ optimize.Statuser = (*lbfgsMethod)(nil)
)

func (m *lbfgsMethod) Init(dim, tasks int) int {
	m.status, m.err = optimize.NotTerminated, nil
	return 1
}

func (*lbfgsMethod) Uses(has optimize.Available) (optimize.Available, error) {
	if !has.Grad {
		return optimize.Available{}, optimize.ErrMissingGrad
	}
	return optimize.Available{Grad: true}, nil
}

func (m *lbfgsMethod) Status() (optimize.Status, error) { return m.status, m.err }

func (m *lbfgsMethod) Run(operation chan<- optimize.Task, result <-chan optimize.Task, tasks []optimize.Task) {
	m.status, m.err = m.run(operation, result, tasks[0])
	close(operation)
}

// run is gonum's protocol for a local method (optimize's localOptimizer)
// without its gradient test.
func (m *lbfgsMethod) run(operation chan<- optimize.Task, result <-chan optimize.Task, task optimize.Task) (optimize.Status, error) {
	// The starting location: its value and gradient, unless given.
	var op optimize.Operation
	if task.Op&optimize.FuncEvaluation == 0 {
		op |= optimize.FuncEvaluation
	}
	if task.Op&optimize.GradEvaluation == 0 {
		op |= optimize.GradEvaluation
	}
	task.Op = op
	task, ok := exchange(operation, result, task)
	if !ok {
		return optimize.NotTerminated, nil
	}
	if math.IsInf(task.F, 1) || math.IsNaN(task.F) {
		methodDone(operation, result, task)
		return optimize.Failure, optimize.ErrFunc(task.F)
	}
	if i := numeric.NonFiniteIndex(task.Gradient); i >= 0 {
		methodDone(operation, result, task)
		return optimize.Failure, optimize.ErrGrad{Grad: task.Gradient[i], Index: i}
	}

	task.Op = optimize.MajorIteration
	if task, ok = exchange(operation, result, task); !ok {
		return optimize.NotTerminated, nil
	}
	var next optimize.NextDirectioner = &m.dir
	if m.next != nil {
		next = m.next
	}
	m.ls = optimize.LinesearchMethod{NextDirectioner: next, Linesearcher: &optimize.Bisection{}}
	op, err := m.ls.Init(task.Location)
	if err != nil {
		methodDone(operation, result, task)
		return optimize.Failure, err
	}
	task.Op = op
	operation <- task
	for {
		r := <-result
		if r.Op == optimize.PostIteration {
			break
		}
		op, err := m.ls.Iterate(r.Location)
		if err != nil {
			methodDone(operation, result, r)
			return optimize.Failure, err
		}
		r.Op = op
		operation <- r
	}
	drain(result)
	return optimize.NotTerminated, nil
}

// exchange sends task and returns Minimize's answer, or false, having
// drained result, when Minimize has ended the run.
func exchange(operation chan<- optimize.Task, result <-chan optimize.Task, task optimize.Task) (optimize.Task, bool) {
	operation <- task
	task = <-result
	if task.Op == optimize.PostIteration {
		drain(result)
		return task, false
	}
	return task, true
}

// drain reads result until Minimize closes it, which it does before it
// reads the method's status.
func drain(result <-chan optimize.Task) {
	for range result {
	}
}

// methodDone tells Minimize that the method has stopped, and drains.
func methodDone(operation chan<- optimize.Task, result <-chan optimize.Task, task optimize.Task) {
	task.Op = optimize.MethodDone
	operation <- task
	if r := <-result; r.Op != optimize.PostIteration {
		panic("sae: optimize did not end the run after MethodDone")
	}
	drain(result)
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
