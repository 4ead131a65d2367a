package sae

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"

	"github.com/linae/linae/internal/numeric"
)

// lbfgsStore is the number of (s, y) pairs L-BFGS keeps: gonum's default,
// and the memory of the Python side's L-BFGS runs in bench/.
const lbfgsStore = 15

// lbfgsMethod is gonum's L-BFGS (optimize.LBFGS with its defaults: 15
// pairs and gonum's Bisection line search), computing each direction with
// the same gonum kernels in the same order, over the pairs stored so far
// only. gonum's runs its two loops over all 15 pairs from the first
// iteration on, the pairs not yet stored being zeros it allocated and
// cleared at the start, each pair four passes over all the parameters: a
// short run, as the MNIST autoencoder's ten iterations in bench/, is mostly
// such passes over zeros. The pairs left out change no bit of a finite
// direction but the sign of a zero component (gonum's second loop, which
// starts with them, adds +0 to it); a direction that is not finite by then
// they make all NaN, which NextDirection does too.
//
// It has no gradient test of its own: the trainer's recorder makes gonum's
// (gradientVanished).
type lbfgsMethod struct {
	dir    lbfgsDirection
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
	m.ls = optimize.LinesearchMethod{NextDirectioner: &m.dir, Linesearcher: &optimize.Bisection{}}
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
// InitDirection and NextDirection) over the stored pairs only, which it
// allocates as they are stored.
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

func (l *lbfgsDirection) NextDirection(loc *optimize.Location, dir []float64) float64 {
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
	y := l.y[l.oldest]
	floats.SubTo(y, loc.Gradient, l.grad)
	s := l.s[l.oldest]
	floats.SubTo(s, loc.X, l.x)
	sDotY := floats.Dot(s, y)
	l.rho[l.oldest] = 1 / sDotY
	l.oldest = (l.oldest + 1) % lbfgsStore

	copy(l.x, loc.X)
	copy(l.grad, loc.Gradient)
	copy(dir, loc.Gradient)

	// Newest pair first. Before the ring is full, oldest = stored and the
	// pairs are 0 … stored−1.
	for i := range l.stored {
		idx := (l.oldest - i - 1 + lbfgsStore) % lbfgsStore
		l.a[idx] = l.rho[idx] * floats.Dot(l.s[idx], dir)
		floats.AddScaled(dir, -l.a[idx], l.y[idx])
	}
	gamma := sDotY / floats.Dot(y, y)
	floats.Scale(gamma, dir)
	if l.stored < lbfgsStore && !allFinite(dir) {
		// gonum's passes over the pairs not yet stored, the first loop's
		// last and the second's first, make a direction that is not finite
		// here all NaN: 0·Inf and 0·NaN are NaN.
		for i := range dir {
			dir[i] = math.NaN()
		}
	}
	// Oldest pair first.
	for i := lbfgsStore - l.stored; i < lbfgsStore; i++ {
		idx := (i + l.oldest) % lbfgsStore
		beta := l.rho[idx] * floats.Dot(l.y[idx], dir)
		floats.AddScaled(dir, l.a[idx]-beta, l.s[idx])
	}
	floats.Scale(-1, dir)
	return 1
}
