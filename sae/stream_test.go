package sae

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// streamData returns m×n Gaussian data with a spread-out spectrum and a
// mean of 1e4 on every column, which the textbook Σxxᵀ − m x̄x̄ᵀ would lose
// to cancellation.
func streamData(m, n int, seed uint64) *mat.Dense {
	eig := make([]float64, n)
	for i := range eig {
		eig[i] = math.Pow(0.7, float64(i))
	}
	X, _, err := data.GaussianSpectrum(m, eig, seed)
	if err != nil {
		panic(err)
	}
	raw := X.RawMatrix()
	for i := range raw.Data {
		raw.Data[i] += 1e4
	}
	return X
}

// scatterOf accumulates the rows of X in blocks of the given sizes, taken
// in turn until X is used up.
func scatterOf(t *testing.T, X *mat.Dense, sizes ...int) *Scatter {
	t.Helper()
	m, n := X.Dims()
	a := NewScatter(n)
	for lo, b := 0, 0; lo < m; b++ {
		hi := min(lo+sizes[b%len(sizes)], m)
		if err := a.Add(X.Slice(lo, hi, 0, n)); err != nil {
			t.Fatal(err)
		}
		lo = hi
	}
	return a
}

// sameStats fails unless a and b hold the same count and the same mean and
// scatter matrix to a relative tol (of the diagonal's scale).
func sameStats(t *testing.T, name string, a, b *Scatter, tol float64) {
	t.Helper()
	if a.Count() != b.Count() {
		t.Fatalf("%s: count %d, want %d", name, a.Count(), b.Count())
	}
	n := a.n
	for j := range n {
		if d := math.Abs(a.mean[j] - b.mean[j]); d > tol*math.Max(1, math.Abs(b.mean[j])) {
			t.Fatalf("%s: mean[%d] = %v, want %v", name, j, a.mean[j], b.mean[j])
		}
		for k := j; k < n; k++ {
			scale := math.Sqrt(b.s[j*n+j] * b.s[k*n+k])
			if d := math.Abs(a.s[j*n+k] - b.s[j*n+k]); d > tol*scale {
				t.Fatalf("%s: S[%d,%d] = %v, want %v", name, j, k, a.s[j*n+k], b.s[j*n+k])
			}
		}
	}
}

// TestScatterMatchesInMemory checks the streamed mean, scatter matrix and
// PCA against the in-memory ones (FitPCA, and the scatter matrix by its
// definition) on data with a large mean, for several block sizes.
func TestScatterMatchesInMemory(t *testing.T) {
	const m, n, k = 3000, 12, 4
	X := streamData(m, n, 1)
	want, err := FitPCA(X, k, PCASettings{Method: PCAEigen})
	if err != nil {
		t.Fatal(err)
	}
	x := X.RawMatrix()
	def := naiveScatter(x, want.Mean)
	for _, sizes := range [][]int{{m}, {1000}, {1, 7, 500, 2}, {2999}} {
		a := scatterOf(t, X, sizes...)
		for j := range n {
			for l := j; l < n; l++ {
				if d := math.Abs(a.s[j*n+l] - def[j*n+l]); d > 1e-10*math.Sqrt(def[j*n+j]*def[l*n+l]) {
					t.Fatalf("blocks %v: S[%d,%d] = %v, by definition %v", sizes, j, l, a.s[j*n+l], def[j*n+l])
				}
			}
		}
		got, err := FitPCAScatter(a, k)
		if err != nil {
			t.Fatal(err)
		}
		for j := range n {
			if math.Abs(got.Mean[j]-want.Mean[j]) > 1e-12*1e4 {
				t.Fatalf("blocks %v: mean[%d] = %v, want %v", sizes, j, got.Mean[j], want.Mean[j])
			}
		}
		for i, v := range want.Spectrum {
			if math.Abs(got.Spectrum[i]-v) > 1e-10*want.Spectrum[0] {
				t.Fatalf("blocks %v: eigenvalue %d = %v, want %v", sizes, i, got.Spectrum[i], v)
			}
		}
		if d := math.Abs(got.TotalVariance - want.TotalVariance); d > 1e-12*want.TotalVariance {
			t.Fatalf("blocks %v: total variance %v, want %v", sizes, got.TotalVariance, want.TotalVariance)
		}
		if !mat.EqualApprox(got.Components, want.Components, 1e-9) {
			t.Fatalf("blocks %v: components differ:\n%v\n%v", sizes, mat.Formatted(got.Components), mat.Formatted(want.Components))
		}
		if got.Floor(k) != 0 && math.Abs(got.Floor(k)-want.Floor(k)) > 1e-9*want.Floor(k) {
			t.Fatalf("blocks %v: floor %v, want %v", sizes, got.Floor(k), want.Floor(k))
		}
	}
	if _, err := FitPCAScatter(NewScatter(n), 1); err == nil {
		t.Error("empty Scatter: no error")
	}
	if _, err := FitPCAScatter(scatterOf(t, X, m), n+1); err == nil {
		t.Error("k > n: no error")
	}
}

// TestScatterMerge checks that shards reduced separately and merged in
// different orders and trees give the statistics of the whole, and that
// merging an empty Scatter, or into one, changes nothing.
func TestScatterMerge(t *testing.T) {
	const m, n = 2000, 9
	X := streamData(m, n, 2)
	whole := scatterOf(t, X, m)
	bounds := []int{0, 1, 300, 1100, 1101, m}
	shards := make([]*Scatter, len(bounds)-1)
	for i := range shards {
		shards[i] = scatterOf(t, mat.DenseCopyOf(X.Slice(bounds[i], bounds[i+1], 0, n)), 128)
	}
	forward := NewScatter(n)
	for _, s := range shards {
		forward.Merge(s)
	}
	sameStats(t, "forward", forward, whole, 1e-12)
	backward := NewScatter(n)
	for i := len(shards) - 1; i >= 0; i-- {
		backward.Merge(shards[i])
		backward.Merge(NewScatter(n))
	}
	sameStats(t, "backward", backward, whole, 1e-12)
	// A tree: (0+3) + ((4+1) + 2).
	l, r := shards[0].clone(), shards[4].clone()
	l.Merge(shards[3])
	r.Merge(shards[1])
	r.Merge(shards[2])
	l.Merge(r)
	sameStats(t, "tree", l, whole, 1e-12)
	if forward.Blocks() != 1+3+7+1+8 {
		t.Errorf("blocks %d, want 20", forward.Blocks())
	}
	twice := whole.clone()
	twice.Merge(twice)
	doubled := scatterOf(t, mat.NewDense(2*m, n, append(append([]float64(nil), X.RawMatrix().Data...), X.RawMatrix().Data...)), 2*m)
	sameStats(t, "self", twice, doubled, 1e-12)
}

// TestScatterNonFinite checks that a NaN or an Inf is rejected with its
// block, row and column, and leaves the Scatter as it was.
func TestScatterNonFinite(t *testing.T) {
	X := streamData(100, 5, 3)
	a := scatterOf(t, X.Slice(0, 40, 0, 5).(*mat.Dense), 20)
	before, _ := a.MarshalBinary()
	bad := mat.DenseCopyOf(X.Slice(40, 60, 0, 5))
	bad.Set(7, 3, math.Inf(-1))
	err := a.Add(bad)
	if err == nil || !strings.Contains(err.Error(), "block 2, row 7 (row 47 of the data), column 3: value -Inf") {
		t.Errorf("error %v", err)
	}
	bad.Set(7, 3, 0)
	bad.Set(19, 0, math.NaN())
	if err := a.Add(bad); err == nil || !strings.Contains(err.Error(), "row 19 (row 59 of the data), column 0: value NaN") {
		t.Errorf("error %v", err)
	}
	after, _ := a.MarshalBinary()
	if string(before) != string(after) {
		t.Error("a rejected block changed the Scatter")
	}
}

// TestScatterBinary checks that the binary form round-trips exactly and
// that corrupt forms are rejected.
func TestScatterBinary(t *testing.T) {
	a := scatterOf(t, streamData(500, 7, 4), 64)
	b, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var c Scatter
	if err := c.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	sameStats(t, "round trip", &c, a, 0)
	if c.Blocks() != a.Blocks() {
		t.Errorf("blocks %d, want %d", c.Blocks(), a.Blocks())
	}
	if b2, _ := c.MarshalBinary(); string(b2) != string(b) {
		t.Error("marshalling the copy gives other bytes")
	}
	nan := append([]byte(nil), b...)
	copy(nan[48+8*3:], []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f})
	for name, bad := range map[string][]byte{"short": b[:len(b)-1], "magic": append([]byte("x"), b[1:]...), "NaN": nan} {
		if err := c.UnmarshalBinary(bad); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	sameStats(t, "after errors", &c, a, 0)
}

// TestLossesFromScatter checks that the linear and draft losses built
// from a Scatter equal those built from the data, value and gradient, and
// that minibatch use is refused.
func TestLossesFromScatter(t *testing.T) {
	const m, n, p = 1500, 10, 3
	X := streamData(m, n, 5)
	a := scatterOf(t, X, 256)
	rnd := rand.New(rand.NewPCG(1, 2))
	compare := func(name string, want, got Objective) {
		t.Helper()
		x := make([]float64, want.Dim())
		for i := range x {
			x[i] = rnd.NormFloat64() * 0.3
		}
		gw, gg := make([]float64, len(x)), make([]float64, len(x))
		fw, fg := want.LossGrad(gw, x), got.LossGrad(gg, x)
		if math.Abs(fw-fg) > 1e-10*math.Abs(fw) {
			t.Errorf("%s: loss %v, want %v", name, fg, fw)
		}
		var gn float64
		for _, v := range gw {
			gn = math.Max(gn, math.Abs(v))
		}
		for i := range gw {
			if math.Abs(gw[i]-gg[i]) > 1e-9*gn {
				t.Fatalf("%s: grad[%d] = %v, want %v", name, i, gg[i], gw[i])
			}
		}
	}
	for _, cfg := range []LinearConfig{{Hidden: p, Tied: true}, {Hidden: p, Bias: true, Lambda: 0.1}, {Hidden: p, ProductLambda: 2}} {
		want, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		got, err := NewLinearLossScatter(a, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got.NumSamples() != m {
			t.Errorf("NumSamples %d, want %d", got.NumSamples(), m)
		}
		compare("linear", want, got)
	}
	rho := []float64{0.5, -1, 2}
	want, err := NewDraftLoss(X, DraftConfig{Hidden: p, Beta: 3, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	got, err := NewDraftLossScatter(a, DraftConfig{Hidden: p, Beta: 3, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	compare("draft", want, got)

	// On exactly centred data the mean is taken as exactly zero, as by
	// NewDraftLoss, so that the β term is exactly inert.
	X0, _, err := data.SyntheticSpectrum(200, n, []float64{5, 4, 3, 2, 1}, 1)
	if err != nil {
		t.Fatal(err)
	}
	d0, err := NewDraftLossScatter(scatterOf(t, X0, 64), DraftConfig{Hidden: p, Beta: 3, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range d0.MeanCode(d0.InitParams(nil, 1)) {
		if v != 0 {
			t.Errorf("centred data: mean code[%d] = %v, want 0", i, v)
		}
	}

	l, _ := NewLinearLossScatter(a, LinearConfig{Hidden: p})
	_, err = Train(context.Background(), l, l.InitParams(nil, 1), TrainSettings{Method: SGD, BatchSize: 10, Iterations: 2})
	if err == nil || !strings.Contains(err.Error(), "not built from a Scatter") {
		t.Errorf("Train SGD on a Scatter's loss: error %v", err)
	}
	func() {
		defer func() {
			if r := recover(); r == nil || !strings.Contains(r.(string), "has no samples") {
				t.Errorf("BatchLossGrad: recovered %v", r)
			}
		}()
		l.BatchLossGrad(nil, l.InitParams(nil, 1), []int{0})
	}()
	if _, err := NewLinearLossScatter(NewScatter(n), LinearConfig{Hidden: p}); err == nil {
		t.Error("empty Scatter: no error")
	}
}

// TestAddRowsProgressCancel checks a pass over IDX shards against the
// in-memory data, its progress reports, that a cancelled context stops it
// between blocks with a valid Scatter of the rows before, and that an error
// of the source ends it with that error.
func TestAddRowsProgressCancel(t *testing.T) {
	const m, n = 1000, 6
	X := streamData(m, n, 6)
	dir := t.TempDir()
	for s, lo := range []int{0, 400} {
		hi := []int{400, m}[s]
		f, err := os.Create(filepath.Join(dir, []string{"a.idx", "b.idx"}[s]))
		if err != nil {
			t.Fatal(err)
		}
		w, err := data.NewIDXWriter(f, data.IDXFloat64, hi-lo, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteRows(X.Slice(lo, hi, 0, n)); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	src, err := data.OpenIDXShards(filepath.Join(dir, "*.idx"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var reports []StreamProgress
	a := NewScatter(n)
	err = a.AddRows(context.Background(), src, StreamSettings{BlockRows: 64, ProgressInterval: -1, Progress: func(p StreamProgress) {
		reports = append(reports, p)
	}})
	if err != nil {
		t.Fatal(err)
	}
	sameStats(t, "shards", a, scatterOf(t, X, 64), 1e-12)
	last := reports[len(reports)-1]
	if !last.Done || last.Rows != m || last.TotalRows != m || last.Pass != 1 || last.Passes != 1 {
		t.Errorf("last report %+v", last)
	}
	if len(reports) != 7+10+1 { // a report a block (a shard's 400 and 600 rows in 64s), and the end
		t.Errorf("%d reports, want 18", len(reports))
	}
	for i := 1; i < len(reports); i++ {
		if reports[i].Rows < reports[i-1].Rows {
			t.Fatalf("rows went back: %+v then %+v", reports[i-1], reports[i])
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	b := NewScatter(n)
	err = b.AddRows(ctx, src, StreamSettings{BlockRows: 100, ProgressInterval: -1, Progress: func(p StreamProgress) {
		if p.Rows >= 300 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled pass: error %v", err)
	}
	if b.Count() != 300 {
		t.Errorf("cancelled after %d rows, want 300", b.Count())
	}
	sameStats(t, "cancelled", b, scatterOf(t, mat.DenseCopyOf(X.Slice(0, 300, 0, n)), 100), 1e-12)

	f := data.NewFuncRows(n, m, func(dst *mat.Dense, first int) error {
		if first >= 500 {
			return errors.New("generator broke")
		}
		return nil
	})
	if err := NewScatter(n).AddRows(context.Background(), f, StreamSettings{BlockRows: 100}); err == nil || !strings.Contains(err.Error(), "generator broke") {
		t.Errorf("source error: %v", err)
	}
	nan := data.NewFuncRows(n, m, func(dst *mat.Dense, first int) error {
		if first == 200 {
			dst.Set(3, 1, math.NaN())
		}
		return nil
	})
	if err := NewScatter(n).AddRows(context.Background(), nan, StreamSettings{BlockRows: 100}); err == nil || !strings.Contains(err.Error(), "block 2, row 3 (row 203 of the data), column 1") {
		t.Errorf("NaN: %v", err)
	}
}
