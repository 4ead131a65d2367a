package sae

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
	"github.com/linae/linae/internal/numeric"
)

// SparseStreamLoss is the sparse autoencoder's cost J of SparseLoss on the
// rows of a data.RowSource instead of a matrix in memory: data with more
// rows than memory holds. It is built, initialised and read as SparseLoss
// is (NewSparseStreamLoss, Config, WithConfig, InitParams, Model, the same
// flat θ), LossGrad evaluates J and its gradient on the whole stream in one
// pass, and TrainStream trains it by Adam on minibatches drawn from the
// stream, keeping a block of rows in memory at a time.
//
// Unlike the in-memory losses it is not safe for concurrent use: its
// source is not.
type SparseStreamLoss struct {
	src data.RowSource
	ev  *SparseLoss // J's evaluator on blocks: n, cfg and a work space, no data
}

// NewSparseStreamLoss returns the sparse autoencoder cost on the rows of
// src, which it retains and reads only when LossGrad or TrainStream makes a
// pass. The data are checked block by block during the passes, as
// NewSparseLoss checks a matrix: a NaN or infinite value, or values whose
// squares overflow, end the pass with an error naming the row and column.
//
// It returns an error if src is nil (also a typed nil) and the errors
// NewSparseLoss returns for cfg.
func NewSparseStreamLoss(src data.RowSource, cfg SparseConfig) (*SparseStreamLoss, error) {
	const who = "sae: NewSparseStreamLoss"
	if src == nil {
		return nil, fmt.Errorf("%s: the source is nil", who)
	}
	if v := reflect.ValueOf(src); v.Kind() == reflect.Pointer && v.IsNil() {
		return nil, fmt.Errorf("%s: the source is a nil %T", who, src)
	}
	if err := checkSparseConfig(cfg, who); err != nil {
		return nil, err
	}
	return &SparseStreamLoss{src: src, ev: &SparseLoss{n: src.Cols(), cfg: cfg}}, nil
}

// WithConfig returns the cost with the configuration cfg on the same
// source as l. The two share the source, so they must not make passes at
// the same time.
//
// It returns the errors NewSparseLoss returns for cfg.
func (l *SparseStreamLoss) WithConfig(cfg SparseConfig) (*SparseStreamLoss, error) {
	if err := checkSparseConfig(cfg, "sae: SparseStreamLoss.WithConfig"); err != nil {
		return nil, err
	}
	return &SparseStreamLoss{src: l.src, ev: &SparseLoss{n: l.ev.n, cfg: cfg}}, nil
}

// Config returns the configuration the loss was built with.
func (l *SparseStreamLoss) Config() SparseConfig { return l.ev.cfg }

// Dim returns the number of parameters 2pn + p + n.
func (l *SparseStreamLoss) Dim() int { return l.ev.Dim() }

// Model returns the autoencoder whose weights are views of params, as
// SparseLoss.Model does. It panics if len(params) != l.Dim().
func (l *SparseStreamLoss) Model(params []float64) *SigmoidAE { return l.ev.Model(params) }

// InitParams fills dst as SparseLoss.InitParams does: for the same number
// of features, configuration and seed, the same parameters.
func (l *SparseStreamLoss) InitParams(dst []float64, seed uint64) []float64 {
	return l.ev.InitParams(dst, seed)
}

// LossGrad returns the cost J at params on all the rows of one pass over
// the source and, when grad is not nil, stores its gradient in grad: those
// of SparseLoss.LossGrad on the same rows, to rounding. One pass suffices
// although the sparsity term's gradient depends on the mean activation ρ̂
// of every row: with s = β ∂S/∂ρ̂, its part of ∇W1 is diag(s)·Σ_i
// (a_i ⊙ (1 − a_i)) x_iᵀ / m, so the pass accumulates that sum and applies
// s at the end. A pass costs about 6·m·n·p flops.
//
// The pass reports its progress to ss.Progress and checks ctx before each
// block of ss.BlockRows rows. It returns an error if the source fails, if
// a block holds a NaN or infinite value or values whose squares overflow
// (naming the block, row and column), if the source has no rows, or if ctx
// is cancelled (wrapping ctx.Err()). It panics if params or a non-nil grad
// does not have length Dim.
func (l *SparseStreamLoss) LossGrad(ctx context.Context, grad, params []float64, ss StreamSettings) (float64, error) {
	const fn = "SparseStreamLoss.LossGrad"
	l.checkLen(fn, "params", params)
	if grad != nil {
		l.checkLen(fn, "grad", grad)
	}
	f, _, err := l.fullPass(ctx, grad, params, ss, 1, 1, fn)
	return f, err
}

func (l *SparseStreamLoss) checkLen(fn, name string, v []float64) {
	if len(v) != l.Dim() {
		panic(fmt.Sprintf("sae: %s: len(%s) = %d, want %d", fn, name, len(v), l.Dim()))
	}
}

// checkBlock returns an error naming fn if the block x, the block-th of
// pass pass whose first row is row first of the data, holds a NaN or
// infinite value or values whose squares overflow in J's reconstruction
// error (NewSparseLoss's test, for one block).
func checkBlock(x blas64.General, fn string, pass, block, first int) error {
	if err := finiteBlock(x, fn, pass, block, first); err != nil {
		return err
	}
	var sumsq float64
	for i := range x.Rows {
		for _, v := range x.Data[i*x.Stride : i*x.Stride+x.Cols] {
			sumsq += v * v
		}
	}
	return overflows(reconstructionBound(x.Rows, x.Cols, sumsq), fmt.Sprintf("%s: pass %d, block %d (rows %d…%d of the data)", fn, pass, block, first, first+x.Rows-1), "the sum of squares")
}

// fullPass evaluates J and, when grad is not nil, its gradient on one pass
// over the source, reported as pass pass of passes. It returns the number
// of rows of the pass.
//
// Each block goes through lossGrad with β = λ = 0, whose loss and gradient
// are the block's reconstruction term divided by its number of rows k and
// which leaves the block's hidden activations A2 and their mean in its work
// space; k times them are summed over the blocks, with Σ_i a_i and
// Σ_i (a_i ⊙ (1 − a_i)) x_iᵀ for the sparsity term, which is added at the
// end with the weight decay.
func (l *SparseStreamLoss) fullPass(ctx context.Context, grad, params []float64, ss StreamSettings, pass, passes int, fn string) (float64, int, error) {
	cfg := l.ev.cfg
	p, n := cfg.Hidden, l.ev.n
	recon := &SparseLoss{n: n, cfg: SparseConfig{Hidden: p}}
	var gb, acc, G, q []float64
	if grad != nil {
		gb, acc = make([]float64, len(grad)), make([]float64, len(grad))
		G, q = make([]float64, p*n), make([]float64, p)
	}
	rsum := make([]float64, p)
	var sse float64
	m, blocks := 0, 0
	err := forBlocks(ctx, l.src, ss, pass, passes, fn, func(b *mat.Dense) error {
		x := b.RawMatrix()
		if err := checkBlock(x, fn, pass, blocks, m); err != nil {
			return err
		}
		k := x.Rows
		fk := float64(k)
		ws := recon.scratch(k)
		defer recon.release(ws)
		sse += 2 * fk * recon.lossGrad(gb, params, x, ws)
		floats.AddScaled(rsum, fk, ws.rhoHat)
		if grad != nil {
			floats.AddScaled(acc, fk, gb)
			// Q = A2 ⊙ (1 − A2), in D2's buffer; G += Qᵀ X, q += Qᵀ 1.
			a2, d2 := ws.a2[:k*p], ws.d2[:k*p]
			for i, a := range a2 {
				d2[i] = a * (1 - a)
			}
			Q := blas64.General{Rows: k, Cols: p, Stride: p, Data: d2}
			blas64.Gemm(blas.Trans, blas.NoTrans, 1, Q, x, 1, blas64.General{Rows: p, Cols: n, Stride: n, Data: G})
			addColSums(q, d2)
		}
		m += k
		blocks++
		return nil
	})
	if err != nil {
		return 0, m, err
	}
	if m == 0 {
		return 0, 0, fmt.Errorf("sae: %s: the source has no rows", fn)
	}
	inv := 1 / float64(m)
	rhoHat := rsum
	floats.Scale(inv, rhoHat)
	sp := make([]float64, p)
	sparse, infinite := sparsityPenalty(sp, rhoHat, cfg.Penalty, cfg.Rho, cfg.Beta)
	nw := 2 * p * n
	var decay float64
	if cfg.Lambda != 0 {
		decay = cfg.Lambda / 2 * floats.Dot(params[:nw], params[:nw])
	}
	loss := 0.5*sse*inv + decay + cfg.Beta*sparse
	if infinite {
		loss = math.Inf(1)
	}
	if grad == nil {
		return loss, m, nil
	}
	for i, a := range acc {
		grad[i] = a * inv
	}
	floats.AddScaled(grad[:nw], cfg.Lambda, params[:nw])
	for j, s := range sp {
		if s == 0 {
			continue
		}
		floats.AddScaled(grad[j*n:(j+1)*n], s*inv, G[j*n:(j+1)*n])
		grad[nw+j] += s * inv * q[j]
	}
	return loss, m, nil
}

// StreamTrainSettings configures TrainStream. The zero value trains one
// epoch of Adam with step 1e-3 on minibatches of 256 rows.
//
// Each field's comment gives its range; TrainStream returns an error
// naming the first field outside it (a NaN is outside every range), and a
// Metric without a function F.
type StreamTrainSettings struct {
	// BatchRows is the number of rows of a minibatch, ≥ 0; 0 means 256.
	BatchRows int
	// BufferRows is the number of rows read from the source at a time, the
	// shuffle buffer from which minibatches are drawn; 0 means
	// StreamSettings' default block (about 16 MB of rows, at least 256)
	// or BatchRows if that is more; otherwise at least BatchRows. Two
	// buffers are held: one is read while the other is trained on.
	BufferRows int
	// Epochs is the number of training passes over the source, ≥ 0;
	// 0 means 1.
	Epochs int
	// StepSize, Beta1, Beta2 and Epsilon are Adam's step and constants,
	// with TrainSettings' ranges and defaults (1e-3, 0.9, 0.999, 1e-8).
	StepSize, Beta1, Beta2, Epsilon float64
	// Seed drives the order in which each buffer's rows are drawn.
	Seed uint64
	// RecordEvery (≥ 0) measures the full-batch loss and gradient norm,
	// by a pass without updates, after every RecordEvery-th epoch, and
	// always after the last; 0 means after the last epoch only. Each
	// record costs a pass.
	RecordEvery int
	// Metrics are evaluated at every record; each needs an F.
	Metrics []Metric
	// Progress, if not nil, is called from TrainStream's goroutine after a
	// buffer, at most every ProgressInterval during each pass, and once at
	// the end of it with Done set.
	Progress func(StreamTrainProgress)
	// ProgressInterval is the least time between progress reports, ≥ 0;
	// 0 means 250 ms.
	ProgressInterval time.Duration
}

// StreamTrainProgress is what TrainStream reports to
// StreamTrainSettings.Progress: the pass's rows and rate (StreamProgress;
// Pass counts the training and the evaluation passes), and the training.
type StreamTrainProgress struct {
	StreamProgress
	// Epoch is the training pass running or last run, from 1, of Epochs.
	Epoch, Epochs int
	// Evaluating is set on a pass that measures the full-batch loss
	// without updating the parameters.
	Evaluating bool
	// Iteration is the number of minibatch steps done.
	Iteration int
	// Loss is the mean of the minibatch losses of the epoch so far (on an
	// evaluation pass, of the epoch before it), each at the parameters
	// before its step: the running training loss, an estimate of the
	// full-batch loss, not the full-batch loss. It is NaN before the
	// epoch's first step.
	Loss float64
}

// check returns an error naming the first field of s whose value no run
// can mean, or nil. Zero values are valid: they stand for the defaults.
func (s *StreamTrainSettings) check() error {
	return checkSettings("TrainStream", s.Metrics, append(append([]trainSetting{
		{"BatchRows", s.BatchRows, s.BatchRows >= 0, "a value ≥ 1 (0 for the default 256)"},
		{"BufferRows", s.BufferRows, s.BufferRows == 0 || s.BufferRows >= cmp0(s.BatchRows, 256),
			fmt.Sprintf("a value ≥ BatchRows (%d) (0 for the default)", cmp0(s.BatchRows, 256))},
		{"Epochs", s.Epochs, s.Epochs >= 0, "a value ≥ 1 (0 for the default 1)"},
	}, adamSettings(s.StepSize, s.Beta1, s.Beta2, s.Epsilon)...), []trainSetting{
		{"RecordEvery", s.RecordEvery, s.RecordEvery >= 0, "a value ≥ 1 (0 for after the last epoch only)"},
		{"ProgressInterval", s.ProgressInterval, s.ProgressInterval >= 0, "a duration ≥ 0 (0 for the default 250ms)"},
	}...))
}

// cmp0 returns v, or def if v is 0.
func cmp0(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

// errStopped ends a pass of TrainStream from inside a block: the reason
// is kept by the caller.
var errStopped = errors.New("stopped")

// TrainStream trains the sparse autoencoder l from x0 (which it does not
// modify) by Adam on minibatches drawn from l's source, keeping Adam's
// moments from one minibatch to the next across blocks and passes: the
// memory it needs is two buffers of BufferRows rows, one minibatch and the
// optimiser's state, whatever the number of rows of the source.
//
// An epoch is one pass over the source from its first row. The source is
// read in buffers of BufferRows rows (a source may return fewer, as
// IDXShards does at a shard's end); the rows of each buffer are put in a
// random order, drawn from a PCG generator seeded with Seed, and cut into
// consecutive minibatches of BatchRows rows, the last one of a buffer
// shorter if BatchRows does not divide the buffer's rows; each minibatch is
// one Adam step on SparseLoss.BatchLossGrad's estimate of J. So every row
// is used once per epoch, and rows are mixed only within a buffer: a
// source ordered by class (all the zeros, then all the ones) needs a
// buffer spanning the classes, or a shuffled file. With one buffer holding
// every row, an epoch is Train's epoch of Adam on a SparseLoss of the same
// rows with BatchSize BatchRows and the same Seed, and gives the same
// parameters bit for bit. The same source, settings and seed give the same
// bits.
//
// The result's Params are those of the last epoch unless RecordEvery
// recorded a lower full-batch loss earlier; its Loss and GradNorm are the
// full-batch J and the Euclidean norm of its gradient at Params, measured
// by LossGrad's pass over the whole source, without updates, after the
// epochs: one pass more than Epochs. The History holds those records (the
// training loss of each epoch is in the progress reports). Stop is
// IterationLimit when every epoch was done; Iterations counts minibatch
// steps and Evaluations minibatch and full-batch evaluations.
//
// TrainStream returns a non-nil result whenever a step was made, also
// together with an error, and its Params are then the best record or, if
// no record was made, the parameters reached, with Loss and GradNorm NaN
// (no full-batch pass measured them): when ctx is cancelled (checked
// before every minibatch; Stop is Cancelled and the error wraps
// ctx.Err()), when the source fails or a block holds a NaN or infinite
// value (Stop is SourceFailed; the error names the pass, block, row and
// column; a source that gives another number of rows on a later pass has
// failed too), and when the loss or gradient of a minibatch or a record is
// NaN or infinite (Stop is Diverged and the error wraps ErrDiverged;
// without a record, Params are the iterate before the failing step, whose
// full-batch loss a last pass measures).
//
// It returns an error without a result if a field of s is outside its
// range (the error names the field), if the source has no rows, if ctx is
// cancelled, the source fails or a block holds a NaN or infinite value
// before the first step, or if the minibatch loss at x0 is not finite. It
// panics if len(x0) != l.Dim().
func TrainStream(ctx context.Context, l *SparseStreamLoss, x0 []float64, s StreamTrainSettings) (*TrainResult, error) {
	const fn = "TrainStream"
	if len(x0) != l.Dim() {
		panic(fmt.Sprintf("sae: TrainStream: len(x0) = %d, loss has %d parameters", len(x0), l.Dim()))
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	ts := TrainSettings{Method: Adam, StepSize: s.StepSize, Beta1: s.Beta1, Beta2: s.Beta2, Epsilon: s.Epsilon, Metrics: s.Metrics}
	if err := ts.setDefaults(); err != nil {
		return nil, err // not reached: the fields were checked above
	}
	batch := cmp0(s.BatchRows, 256)
	epochs := cmp0(s.Epochs, 1)
	n := l.ev.n
	buffer := s.BufferRows
	if buffer == 0 {
		buffer = max(StreamSettings{}.blockRows(n), batch)
	}
	recordDue := func(e int) bool { return e == epochs || s.RecordEvery > 0 && e%s.RecordEvery == 0 }
	passes := epochs
	for e := 1; e <= epochs; e++ {
		if recordDue(e) {
			passes++
		}
	}

	t := &trainer{ctx: ctx, s: ts, start: time.Now(), bestLoss: math.Inf(1)}
	t.hist.MetricNames = make([]string, len(s.Metrics))
	t.hist.Metrics = make([][]float64, len(s.Metrics))
	for i, m := range s.Metrics {
		t.hist.MetricNames[i] = m.Name
	}
	d := len(x0)
	x := slices.Clone(x0)
	prev := make([]float64, d)
	g := make([]float64, d)
	step := newStepper(ts, d)
	rnd := rand.New(rand.NewPCG(s.Seed, 0xba7c4)) // Train's minibatch stream
	var perm []int

	pass := 0
	prog := StreamTrainProgress{Epochs: epochs, Loss: math.NaN()}
	ss := StreamSettings{BlockRows: buffer, ProgressInterval: s.ProgressInterval}
	if s.Progress != nil {
		ss.Progress = func(p StreamProgress) {
			prog.StreamProgress, prog.Iteration = p, t.iter
			s.Progress(prog)
		}
	}
	// record measures the full-batch loss at x by a pass and records it;
	// it reports whether it was finite.
	record := func(x []float64) (bool, error) {
		pass++
		prog.Evaluating = true
		f, _, err := l.fullPass(ctx, t.grad, x, ss, pass, passes, fn)
		prog.Evaluating = false
		if err != nil {
			return false, err
		}
		t.evals++
		gnorm := floats.Norm(t.grad, 2)
		if !numeric.IsFinite(f) || !numeric.IsFinite(gnorm) {
			return false, nil
		}
		t.record(t.iter, x, f, gnorm)
		return true, nil
	}
	t.grad = make([]float64, d)

	rows := -1 // of the first pass
	var stop StopReason
	var failure error
	for epoch := 1; epoch <= epochs && failure == nil; epoch++ {
		pass++
		prog.Epoch = epoch
		prog.Loss = math.NaN()
		var lossSum float64
		steps, m, blocks := 0, 0, 0
		err := forBlocks(ctx, l.src, ss, pass, passes, fn, func(b *mat.Dense) error {
			xb := b.RawMatrix()
			if err := checkBlock(xb, fn, pass, blocks, m); err != nil {
				return err
			}
			k := xb.Rows
			if len(perm) != k {
				perm = perm[:0]
				for i := range k {
					perm = append(perm, i)
				}
			}
			rnd.Shuffle(k, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			for pos := 0; pos < k; pos += batch {
				if ctx.Err() != nil {
					stop = Cancelled
					return errStopped
				}
				f := l.ev.gatherLossGrad(g, x, xb, perm[pos:min(pos+batch, k)], fn)
				t.evals++
				if !numeric.IsFinite(f) || !allFinite(g) {
					stop = Diverged
					return errStopped
				}
				copy(prev, x)
				step.step(x, g)
				t.iter++
				steps++
				lossSum += f
				prog.Loss = lossSum / float64(steps)
			}
			m += k
			blocks++
			return nil
		})
		switch {
		case errors.Is(err, errStopped):
			failure = err
		case err != nil && ctx.Err() != nil:
			stop, failure = Cancelled, err
		case err != nil:
			stop, failure = SourceFailed, err
		case rows >= 0 && m != rows:
			stop, failure = SourceFailed, fmt.Errorf("sae: %s: pass %d read %d rows, the first pass %d: the source changed between passes", fn, pass, m, rows)
		case m == 0:
			return nil, fmt.Errorf("sae: %s: the source has no rows", fn)
		}
		rows = m
		if failure != nil {
			break
		}
		if recordDue(epoch) {
			ok, err := record(x)
			switch {
			case err != nil && ctx.Err() != nil:
				stop, failure = Cancelled, err
			case err != nil:
				stop, failure = SourceFailed, err
			case !ok:
				stop, failure = Diverged, errStopped
			}
		}
	}
	if failure == nil {
		stop = IterationLimit
	}
	if t.iter == 0 {
		switch stop {
		case Cancelled:
			return nil, fmt.Errorf("sae: %s: not started: %w", fn, ctx.Err())
		case Diverged:
			return nil, fmt.Errorf("sae: %s: the loss or gradient at the initial parameters is not finite", fn)
		case SourceFailed:
			return nil, failure
		}
	}
	if stop == Diverged && t.best == nil && ctx.Err() == nil {
		// The step from prev gave a non-finite loss: measure prev.
		if _, err := record(prev); err != nil {
			failure = err
		}
	}
	res := t.result(stop)
	if t.best == nil {
		res.Params, res.Loss, res.GradNorm = x, math.NaN(), math.NaN()
		if stop == Diverged {
			res.Params = prev
		}
	}
	switch stop {
	case Cancelled:
		return res, fmt.Errorf("sae: %s: stopped after %d minibatch steps: %w", fn, t.iter, ctx.Err())
	case Diverged:
		return res, fmt.Errorf("%w after %d minibatch steps (best full-batch loss %g kept)", ErrDiverged, t.iter, res.Loss)
	case SourceFailed:
		return res, fmt.Errorf("%w (after %d minibatch steps)", failure, t.iter)
	}
	return res, nil
}
