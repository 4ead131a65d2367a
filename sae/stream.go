package sae

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/par"
	"github.com/linae/linae/data"
)

// Scatter accumulates the statistics through which PCA, the linear
// autoencoders' Gram form and the draft's objective see the data: the
// number of samples m, their mean x̄ and their centred scatter matrix
// S = Σ_i (x_i − x̄)(x_i − x̄)ᵀ. It takes the samples block by block (Add,
// AddRows) and merges with another Scatter (Merge), so that data larger
// than memory, or sharded over many machines, need memory for one block
// and one n×n matrix, whatever m.
//
// Each block is centred on its own mean, its scatter matrix formed by the
// backend's Dsyrk, and the two combined by the pairwise update of Chan,
// Golub & LeVeque (1979): with m_a, x̄_a, S_a and m_b, x̄_b, S_b and
// δ = x̄_b − x̄_a,
//
//	m = m_a + m_b,  x̄ = x̄_a + (m_b/m) δ,  S = S_a + S_b + (m_a m_b/m) δδᵀ,
//
// whose rounding error does not grow with m as the textbook Σxxᵀ − m x̄x̄ᵀ
// does on data with a large mean. Merging is the same update, so shards
// reduced separately and merged in any order give the same statistics to
// rounding.
//
// A Scatter also keeps the column sums of |x_ij|, which tell the losses
// built from it (NewLinearLossScatter) which column means are zero up to
// rounding, as NewLinearLoss does. MarshalBinary writes all of it.
//
// A Scatter is not safe for concurrent use; give each goroutine its own
// and merge them.
type Scatter struct {
	n      int
	count  int
	blocks int
	mean   []float64 // x̄
	abs    []float64 // Σ_i |x_ij|
	s      []float64 // n×n, the upper triangle of S
	buf    []float64 // a centred block
}

// NewScatter returns an empty Scatter for samples of n features. It panics
// if n < 1.
func NewScatter(n int) *Scatter {
	if n < 1 {
		panic(fmt.Sprintf("sae: NewScatter: n = %d features", n))
	}
	return &Scatter{n: n, mean: make([]float64, n), abs: make([]float64, n), s: make([]float64, n*n)}
}

// Cols returns the number n of features.
func (a *Scatter) Cols() int { return a.n }

// Count returns the number m of samples accumulated.
func (a *Scatter) Count() int { return a.count }

// Blocks returns the number of blocks added (merged Scatters count theirs).
func (a *Scatter) Blocks() int { return a.blocks }

// Mean stores the mean of the samples in dst (allocated when nil) and
// returns it; with no samples it is zero. It panics if dst is not nil and
// len(dst) != n.
func (a *Scatter) Mean(dst []float64) []float64 {
	if dst == nil {
		dst = make([]float64, a.n)
	}
	if len(dst) != a.n {
		panic(fmt.Sprintf("sae: Scatter.Mean: len(dst) = %d, want %d", len(dst), a.n))
	}
	copy(dst, a.mean)
	return dst
}

// ScatterTo stores the centred scatter matrix S = Σ_i (x_i − x̄)(x_i − x̄)ᵀ
// in dst, scaled by scale: 1 for S, 1/(m−1) for the sample covariance. A
// zero-value dst is resized; a dst of another size panics.
func (a *Scatter) ScatterTo(dst *mat.SymDense, scale float64) {
	if dst.IsEmpty() {
		dst.ReuseAsSym(a.n)
	}
	if dst.SymmetricDim() != a.n {
		panic(fmt.Sprintf("sae: Scatter.ScatterTo: dst is %d×%d, want %d×%d", dst.SymmetricDim(), dst.SymmetricDim(), a.n, a.n))
	}
	for i := range a.n {
		for j := i; j < a.n; j++ {
			dst.SetSym(i, j, scale*a.s[i*a.n+j])
		}
	}
}

// Add accumulates the samples in the rows of the block X, which it does
// not modify. It returns an error, and leaves the Scatter as it was, if a
// value of X is NaN or infinite: the error names the block (counted from 0
// over the blocks added), the row within it, the row of the whole data and
// the column. It panics if X does not have n columns. An empty block adds
// nothing.
func (a *Scatter) Add(X mat.Matrix) error {
	m, n := X.Dims()
	if n != a.n {
		panic(fmt.Sprintf("sae: Scatter.Add: the block has %d columns, want %d", n, a.n))
	}
	if m == 0 {
		return nil
	}
	var x blas64.General
	if d, ok := X.(*mat.Dense); ok {
		x = d.RawMatrix()
	} else {
		x = mat.DenseCopyOf(X).RawMatrix()
	}
	// Column sums and sums of |x|, one pass; their being finite tells
	// that the elements are (short of overflow), which are then searched
	// only when one is not.
	sums := sumRows(x, 2*n, func(acc, row []float64) {
		s, q := acc[:n], acc[n:]
		for j, v := range row {
			s[j] += v
			q[j] += math.Abs(v)
		}
	})
	bmean, babs := sums[:n], sums[n:]
	for j, v := range babs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return a.nonFinite(x, j)
		}
		bmean[j] /= float64(m)
	}
	// The block centred on its mean, with one correction pass (the mean
	// of the residuals) so that its rows sum to zero to working accuracy.
	a.buf = slices.Grow(a.buf[:0], m*n)[:m*n]
	c := blas64.General{Rows: m, Cols: n, Stride: n, Data: a.buf}
	corr := sumRows(x, n, func(acc, row []float64) {
		for j, v := range row {
			acc[j] += v - bmean[j]
		}
	})
	for j := range bmean {
		bmean[j] += corr[j] / float64(m)
	}
	par.Split(runtime.GOMAXPROCS(0), m, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			dst := c.Data[i*n : (i+1)*n]
			for j, v := range x.Data[i*x.Stride : i*x.Stride+n] {
				dst[j] = v - bmean[j]
			}
		}
	})
	sb := blas64.General{Rows: n, Cols: n, Stride: n, Data: a.s}
	syrkUpper(1, c, 1, sb)
	a.combine(m, bmean, babs, nil, 1)
	return nil
}

// nonFinite returns the error naming the first NaN or infinite element of
// the block x, searching column j first (its sum is not finite) and then
// the whole block.
func (a *Scatter) nonFinite(x blas64.General, j int) error {
	at := func(i, j int) error {
		return fmt.Errorf("sae: Scatter.Add: block %d, row %d (row %d of the data), column %d: value %v is not finite",
			a.blocks, i, a.count+i, j, x.Data[i*x.Stride+j])
	}
	for i := range x.Rows {
		for jj, v := range x.Data[i*x.Stride : i*x.Stride+x.Cols] {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return at(i, jj)
			}
		}
	}
	return fmt.Errorf("sae: Scatter.Add: block %d: the sum of |x| of column %d overflows", a.blocks, j)
}

// combine adds the statistics of mb samples with mean bmean, sums of
// |x| babs and, when bs is not nil, upper-triangular scatter matrix bs
// (else already added to a.s) to a's, by the pairwise update; blocks is
// the number of blocks they came from.
func (a *Scatter) combine(mb int, bmean, babs, bs []float64, blocks int) {
	n := a.n
	ma := a.count
	mt := float64(ma + mb)
	if bs != nil {
		for i := range n {
			row, brow := a.s[i*n+i:(i+1)*n], bs[i*n+i:(i+1)*n]
			for j, v := range brow {
				row[j] += v
			}
		}
	}
	delta := make([]float64, n)
	for j := range delta {
		delta[j] = bmean[j] - a.mean[j]
	}
	if ma > 0 {
		// S += (m_a m_b/m) δδᵀ.
		blas64.Syr(float64(ma)*float64(mb)/mt, blas64.Vector{N: n, Inc: 1, Data: delta},
			blas64.Symmetric{N: n, Stride: n, Uplo: blas.Upper, Data: a.s})
	}
	w := float64(mb) / mt
	for j, d := range delta {
		a.mean[j] += w * d
		a.abs[j] += babs[j]
	}
	a.count += mb
	a.blocks += blocks
}

// Merge adds the statistics of b to a's, as if a had been given b's
// samples too. b is not modified (a.Merge(a) doubles every sample). Merging
// in any order gives the same result to rounding. It panics if b has a
// different number of features.
func (a *Scatter) Merge(b *Scatter) {
	if b.n != a.n {
		panic(fmt.Sprintf("sae: Scatter.Merge: %d features into %d", b.n, a.n))
	}
	if b.count == 0 {
		return
	}
	if b == a {
		b = a.clone()
	}
	a.combine(b.count, b.mean, b.abs, b.s, b.blocks)
}

// clone returns a deep copy of a without its work space.
func (a *Scatter) clone() *Scatter {
	return &Scatter{n: a.n, count: a.count, blocks: a.blocks, mean: slices.Clone(a.mean), abs: slices.Clone(a.abs), s: slices.Clone(a.s)}
}

// scatterMagic starts a Scatter's binary form, followed by its version.
const (
	scatterMagic   = "linae.Scatter\x00\x00\x00"
	scatterVersion = 1
)

// MarshalBinary returns the Scatter's statistics as bytes, for a shard's
// result written to a file and merged elsewhere: the 16-byte magic
// "linae.Scatter" (zero-padded), then little-endian uint64s for the
// version (1), n, m and the number of blocks, then float64s for the n
// means, the n sums of |x| and the n(n+1)/2 elements of S's upper
// triangle, row by row. For n = 784 that is 2.5 MB, whatever m.
func (a *Scatter) MarshalBinary() ([]byte, error) {
	n := a.n
	b := make([]byte, 0, 16+32+8*(2*n+n*(n+1)/2))
	b = append(b, scatterMagic...)
	for _, v := range []uint64{scatterVersion, uint64(n), uint64(a.count), uint64(a.blocks)} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	put := func(s []float64) {
		for _, v := range s {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
	}
	put(a.mean)
	put(a.abs)
	for i := range n {
		put(a.s[i*n+i : (i+1)*n])
	}
	return b, nil
}

// UnmarshalBinary sets a to the Scatter whose binary form (MarshalBinary)
// is b. It returns an error, and leaves a unchanged, if b is not such a
// form: a wrong magic, version or length, or a value that is NaN or
// infinite.
func (a *Scatter) UnmarshalBinary(b []byte) error {
	const fn = "sae: Scatter.UnmarshalBinary"
	if len(b) < 48 || string(b[:16]) != scatterMagic {
		return fmt.Errorf("%s: not a Scatter (bad magic or shorter than its header)", fn)
	}
	u := func(i int) uint64 { return binary.LittleEndian.Uint64(b[16+8*i:]) }
	if v := u(0); v != scatterVersion {
		return fmt.Errorf("%s: version %d, want %d", fn, v, scatterVersion)
	}
	n64, count, blocks := u(1), u(2), u(3)
	if n64 < 1 || n64 > 1<<20 || count > math.MaxInt64 || blocks > math.MaxInt64 {
		return fmt.Errorf("%s: n = %d, m = %d, %d blocks: out of range", fn, n64, count, blocks)
	}
	n := int(n64)
	want := 48 + 8*(2*n+n*(n+1)/2)
	if len(b) != want {
		return fmt.Errorf("%s: %d bytes, want %d for n = %d", fn, len(b), want, n)
	}
	vals := make([]float64, 2*n+n*(n+1)/2)
	for i := range vals {
		v := math.Float64frombits(binary.LittleEndian.Uint64(b[48+8*i:]))
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%s: value %d of %d is %v", fn, i, len(vals), v)
		}
		vals[i] = v
	}
	c := NewScatter(n)
	c.count, c.blocks = int(count), int(blocks)
	copy(c.mean, vals[:n])
	copy(c.abs, vals[n:2*n])
	t := vals[2*n:]
	for i := range n {
		k := copy(c.s[i*n+i:(i+1)*n], t)
		t = t[k:]
	}
	*a = *c
	return nil
}

// StreamSettings configures a pass over a data.RowSource. The zero value
// gives the defaults.
type StreamSettings struct {
	// BlockRows is the number of rows read and accumulated at a time;
	// 0 means as many as make about 16 MB of float64 (2674 rows of 784
	// features), at least 256. Two blocks are held: one is read while the
	// other is accumulated.
	BlockRows int
	// Progress, if not nil, is called at most every ProgressInterval and
	// once at the end of the pass with Done set, as TrainSettings.Progress.
	Progress func(StreamProgress)
	// ProgressInterval is the least time between progress reports;
	// 0 means 250 ms.
	ProgressInterval time.Duration
}

// StreamProgress is what a pass over a data.RowSource reports to
// StreamSettings.Progress.
type StreamProgress struct {
	Rows      int // rows done in this pass
	TotalRows int // the rows of a pass, or -1 if the source does not know
	Pass      int // this pass, from 1
	Passes    int // the number of passes
	Elapsed   time.Duration
	Done      bool // the last report of the pass
}

// RowsPerSecond returns the pass's rate so far.
func (p StreamProgress) RowsPerSecond() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Rows) / p.Elapsed.Seconds()
}

// blockRows returns the block size for n features.
func (s StreamSettings) blockRows(n int) int {
	if s.BlockRows > 0 {
		return s.BlockRows
	}
	return max(256, (1<<21)/n)
}

// passReporter reports the progress of one pass.
type passReporter struct {
	s    StreamSettings
	p    StreamProgress
	t0   time.Time
	last time.Time
}

func newPassReporter(s StreamSettings, total, pass, passes int) *passReporter {
	if s.ProgressInterval == 0 {
		s.ProgressInterval = 250 * time.Millisecond
	}
	return &passReporter{s: s, p: StreamProgress{TotalRows: total, Pass: pass, Passes: passes}, t0: time.Now()}
}

func (r *passReporter) add(rows int, done bool) {
	r.p.Rows += rows
	if r.s.Progress == nil {
		return
	}
	now := time.Now()
	if !done && now.Sub(r.last) < r.s.ProgressInterval {
		return
	}
	r.last = now
	r.p.Elapsed, r.p.Done = now.Sub(r.t0), done
	r.s.Progress(r.p)
}

// forBlocks makes one pass over src from its first row, calling use on
// each block (a view of dst's leading rows) while the next is read on
// another goroutine. It stops at the first error of src or use, or when
// ctx is cancelled (checked before each block; the error wraps ctx.Err()).
// src is never called concurrently and not after forBlocks returns.
func forBlocks(ctx context.Context, src data.RowSource, s StreamSettings, pass, passes int, fn string, use func(b *mat.Dense) error) error {
	n := src.Cols()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("sae: %s: not started: %w", fn, err)
	}
	if err := src.Reset(); err != nil {
		return fmt.Errorf("sae: %s: %w", fn, err)
	}
	rows := s.blockRows(n)
	rep := newPassReporter(s, src.Rows(), pass, passes)
	defer rep.add(0, true)
	type block struct {
		m   *mat.Dense
		k   int
		err error
	}
	bufs := [2]*mat.Dense{mat.NewDense(rows, n, nil), mat.NewDense(rows, n, nil)}
	next := make(chan block, 1)
	read := func(i int) {
		k, err := src.Next(bufs[i])
		next <- block{bufs[i], k, err}
	}
	go read(0)
	for i := 0; ; i ^= 1 {
		b := <-next
		if errors.Is(b.err, io.EOF) {
			return nil
		}
		if b.err != nil {
			return fmt.Errorf("sae: %s: %w", fn, b.err)
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("sae: %s: cancelled after %d rows: %w", fn, rep.p.Rows, err)
		}
		go read(i ^ 1)
		if err := use(b.m.Slice(0, b.k, 0, n).(*mat.Dense)); err != nil {
			<-next
			return err
		}
		rep.add(b.k, false)
	}
}

// AddRows accumulates one pass over src, from its first row, block by
// block, reporting progress and checking ctx before each block (see
// StreamSettings). On an error (a corrupt file, a NaN in the data, a
// cancelled context, whose error it wraps) a holds the blocks added before
// it: a valid Scatter of fewer rows. It panics if src.Cols() is not n.
func (a *Scatter) AddRows(ctx context.Context, src data.RowSource, s StreamSettings) error {
	if src.Cols() != a.n {
		panic(fmt.Sprintf("sae: Scatter.AddRows: the source has %d columns, want %d", src.Cols(), a.n))
	}
	return forBlocks(ctx, src, s, 1, 1, "Scatter.AddRows", func(b *mat.Dense) error { return a.Add(b) })
}

// FitPCAScatter fits a rank-k PCA from the statistics of a: the PCAEigen
// method of FitPCA (the same eigendecomposition of the covariance
// S/(m−1)), without the data. The result is FitPCA's on the same samples,
// to rounding.
//
// It returns an error if a holds fewer than two samples, if k is outside
// 1…min(m, n), or if the eigendecomposition fails.
func FitPCAScatter(a *Scatter, k int) (*PCA, error) {
	m, n := a.count, a.n
	if m < 2 {
		return nil, fmt.Errorf("sae: FitPCAScatter: need at least 2 samples to estimate a covariance, have m=%d", m)
	}
	if r := min(m, n); k < 1 || k > r {
		return nil, fmt.Errorf("sae: FitPCAScatter: k=%d out of range: need 1 ≤ k ≤ min(m, n) = %d", k, r)
	}
	c := blas64.General{Rows: n, Cols: n, Stride: n, Data: slices.Clone(a.s)}
	comps, vars, spectrum, trace, err := scatterPCA(c, m, k, "FitPCAScatter")
	if err != nil {
		return nil, err
	}
	p := &PCA{Mean: slices.Clone(a.mean), Spectrum: spectrum, TotalVariance: trace, NumSamples: m}
	p.setComponents(comps, vars)
	return p, nil
}

// linDataScatter returns the Gram-form data of the samples a accumulated,
// without the samples.
func linDataScatter(a *Scatter, who string) (*linData, error) {
	if a.count == 0 {
		return nil, fmt.Errorf("%s: the Scatter holds no samples", who)
	}
	d := &linData{m: a.count, n: a.n, mean: slices.Clone(a.mean)}
	snapMean(d.mean, a.abs, a.count)
	d.setScatter(blas64.General{Rows: a.n, Cols: a.n, Stride: a.n, Data: slices.Clone(a.s)})
	return d, nil
}

// needSamples panics if d was built from a Scatter, which keeps no
// samples.
func (d *linData) needSamples(fn string) {
	if d.x.Data == nil {
		panic("sae: " + fn + ": the loss was built from a Scatter and has no samples")
	}
}

// hasSamples reports whether a BatchObjective can evaluate minibatches: a
// loss built from a Scatter cannot.
func hasSamples(obj BatchObjective) bool {
	switch l := obj.(type) {
	case *LinearLoss:
		return l.data.x.Data != nil
	case *DraftLoss:
		return l.data.x.Data != nil
	}
	return true
}

// NewLinearLossScatter returns the loss of a linear autoencoder on the
// samples a accumulated, in the Gram form of LinearLoss, which needs only
// their mean and scatter matrix: LossGrad and Reconstruction are those of
// NewLinearLoss on the same samples, to rounding, at a cost independent of
// m. The loss keeps no samples, so its BatchLossGrad panics and Train
// refuses it for minibatch methods.
//
// It returns an error if a holds no samples, and the errors NewLinearLoss
// returns for cfg.
func NewLinearLossScatter(a *Scatter, cfg LinearConfig) (*LinearLoss, error) {
	const who = "sae: NewLinearLossScatter"
	d, err := linDataScatter(a, who)
	if err != nil {
		return nil, err
	}
	return newLinearLoss(d, cfg, who)
}

// NewDraftLossScatter returns the draft's objective (DraftLoss) on the
// samples a accumulated, from their mean and scatter matrix alone, as
// NewLinearLossScatter does for the linear autoencoder. Its BatchLossGrad
// and ExplicitGradient, which need the samples, panic.
//
// It returns an error if a holds no samples, and the errors NewDraftLoss
// returns for cfg.
func NewDraftLossScatter(a *Scatter, cfg DraftConfig) (*DraftLoss, error) {
	const who = "sae: NewDraftLossScatter"
	d, err := linDataScatter(a, who)
	if err != nil {
		return nil, err
	}
	return newDraftLoss(d, cfg, who)
}
