package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"time"

	"github.com/linae/linae/backend"
	"github.com/linae/linae/data"
	"github.com/linae/linae/internal/atomicfile"
	"github.com/linae/linae/sae"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// Result is one timed benchmark of one implementation. The Python side
// writes the same fields, so that report can merge both.
type Result struct {
	// Group names the computation; results with the same Group and Variant
	// did the same work and are compared with each other.
	Group   string `json:"group"`
	Variant string `json:"variant"`
	// Impl is the implementation: "go" (or "go+openblas"), "numpy",
	// "sklearn", "scipy" or "torch".
	Impl string `json:"impl"`
	// Median and Min are wall-clock seconds over Runs runs.
	Median float64 `json:"median_s"`
	Min    float64 `json:"min_s"`
	Runs   int     `json:"runs"`
	// GFlop is the floating-point work of one run in 1e9 flops, 0 when it
	// is not a well-defined count of matrix-product work.
	GFlop float64 `json:"gflop"`
	// Iters and Evals are optimiser iterations and loss evaluations of
	// training benchmarks (of the median run).
	Iters int    `json:"iters,omitempty"`
	Evals int    `json:"evals,omitempty"`
	Note  string `json:"note,omitempty"`
	// DGEMMAround is the DGEMM rate (GFLOP/s) timed just before and just
	// after this benchmark in the same process (the mean of the two), on
	// the Go side: the machine's speed drifts by a tenth or more within
	// minutes, so a training row's share of DGEMM is measured against the
	// DGEMM of the same moment too.
	DGEMMAround float64 `json:"dgemm_around,omitempty"`
}

// blasName labels the Go results: "go" on gonum's pure-Go BLAS, "go+OpenBLAS"
// when built with the openblas tag (see package backend).
var blasName = map[bool]string{false: "go", true: "go+OpenBLAS"}[backend.Installed() == backend.OpenBLAS]

type runner struct {
	runs, longRuns int
	only           *regexp.Regexp
	results        []Result
	// dgemm, once benchDGEMM has run, times a short burst of its product
	// and returns its rate; around is the mean of the bursts before and
	// after the last timed benchmark.
	dgemm  func() float64
	around float64
}

func (r *runner) want(group string) bool { return r.only == nil || r.only.MatchString(group) }

// time runs f n times and returns the median and minimum wall time in
// seconds, with the int results (iterations, evaluations) of the median run.
func (r *runner) time(n int, f func() (int, int)) (med, mn float64, iters, evals int) {
	type sample struct {
		t    float64
		i, e int
	}
	var before float64
	if r.dgemm != nil {
		before = r.dgemm()
	}
	s := make([]sample, n)
	for k := range s {
		runtime.GC()
		t0 := time.Now()
		i, e := f()
		s[k] = sample{time.Since(t0).Seconds(), i, e}
	}
	slices.SortFunc(s, func(a, b sample) int {
		switch {
		case a.t < b.t:
			return -1
		case a.t > b.t:
			return 1
		}
		return 0
	})
	if r.dgemm != nil {
		r.around = (before + r.dgemm()) / 2
	}
	m := s[len(s)/2]
	return m.t, s[0].t, m.i, m.e
}

// timeEach is time for a call too short to time alone, after which the
// runtime.GC before each run would leave it waking idle processors and
// cold caches: each run times reps calls of f, and the median and minimum
// are per call.
func (r *runner) timeEach(runs, reps int, f func()) (med, mn float64) {
	med, mn, _, _ = r.time(runs, func() (int, int) {
		for range reps {
			f()
		}
		return 0, 0
	})
	return med / float64(reps), mn / float64(reps)
}

func (r *runner) add(res Result) {
	res.Impl = blasName
	if res.GFlop > 0 && res.Group != "dgemm" {
		res.DGEMMAround = r.around
	}
	r.results = append(r.results, res)
	fmt.Fprintf(os.Stderr, "%-22s %-10s %-12s median %9.4f s  min %9.4f s", res.Group, res.Variant, res.Impl, res.Median, res.Min)
	if res.GFlop > 0 {
		fmt.Fprintf(os.Stderr, "  %6.2f GFLOP/s", res.GFlop/res.Median)
	}
	if res.DGEMMAround > 0 {
		fmt.Fprintf(os.Stderr, " (DGEMM around it %.1f)", res.DGEMMAround)
	}
	if res.Iters > 0 {
		fmt.Fprintf(os.Stderr, "  iters %d evals %d", res.Iters, res.Evals)
	}
	fmt.Fprintln(os.Stderr)
}

func runCmd(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	out := fs.String("out", "out/bench/go.json", "where to write the results (JSON)")
	export := fs.String("export", "out/bench/data", "directory for the shared inputs the Python side reads")
	runs := fs.Int("runs", 5, "runs of each short benchmark (the median is reported)")
	longRuns := fs.Int("longruns", 3, "runs of each long benchmark (PCA, training)")
	only := fs.String("only", "", "regular expression selecting benchmark groups")
	mnistIters := fs.Int("mnist-iters", 10, "L-BFGS iterations of the MNIST sparse autoencoder")
	ufldlIters := fs.Int("ufldl-iters", 400, "L-BFGS iterations of the UFLDL sparse autoencoder")
	dgemmN := fs.Int("dgemm", 2000, "size of the square DGEMM")
	_ = fs.Parse(args)
	r := &runner{runs: *runs, longRuns: *longRuns}
	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			return fmt.Errorf("-only: %w", err)
		}
		r.only = re
	}
	if *runs < 1 || *longRuns < 1 {
		return errors.New("-runs and -longruns must be at least 1")
	}
	if err := os.MkdirAll(*export, 0o755); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "go %s, GOMAXPROCS %d, BLAS %s\n", runtime.Version(), runtime.GOMAXPROCS(0), blasName)
	// Which kernels the column ran on (the micro-kernel's instruction set,
	// or the kernel set OpenBLAS chose), for the report's header.
	r.results = append(r.results, Result{Group: "_info", Impl: blasName, Note: "*" + blasName + "*: " + backend.Name()})

	if r.want("dgemm") {
		benchDGEMM(r, *dgemmN)
	}
	mn, err := data.LoadMNIST("", "train", 0)
	if err != nil {
		return fmt.Errorf("loading MNIST: %w", err)
	}
	X := mn.Images
	if err := benchPCA(r, X); err != nil {
		return err
	}
	if err := benchLinear(r, X, *export); err != nil {
		return err
	}
	if err := benchSparse(r, X, *export, *ufldlIters, *mnistIters); err != nil {
		return err
	}
	return writeJSON(*out, r.results)
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(path, b)
}

// writeF64 stores v as raw little-endian float64, numpy.fromfile's '<f8'.
func writeF64(path string, v []float64) error {
	b := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(x))
	}
	return os.WriteFile(path, b, 0o644)
}

func benchDGEMM(r *runner, n int) {
	rnd := rand.New(rand.NewPCG(1, 2))
	mk := func() blas64.General {
		g := blas64.General{Rows: n, Cols: n, Stride: n, Data: make([]float64, n*n)}
		for i := range g.Data {
			g.Data[i] = rnd.Float64()
		}
		return g
	}
	a, b, c := mk(), mk(), mk()
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, b, 0, c) // warm up
	gflop := 2 * math.Pow(float64(n), 3) / 1e9
	product := func() (int, int) {
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, b, 0, c)
		return 0, 0
	}
	med, mn, _, _ := r.time(r.runs, product)
	r.add(Result{Group: "dgemm", Variant: fmt.Sprintf("%d", n), Median: med, Min: mn, Runs: r.runs, GFlop: gflop})
	// From here on every timed benchmark has a burst of three products,
	// their median rate, before and after it.
	r.dgemm = func() float64 {
		t := make([]float64, 3)
		for k := range t {
			t0 := time.Now()
			product()
			t[k] = time.Since(t0).Seconds()
		}
		slices.Sort(t)
		return gflop / t[1]
	}
}

func benchPCA(r *runner, X *mat.Dense) error {
	var ferr error
	fit := func(k int, s sae.PCASettings) func() (int, int) {
		return func() (int, int) {
			if _, err := sae.FitPCA(X, k, s); err != nil && ferr == nil {
				ferr = err
			}
			return 0, 0
		}
	}
	if r.want("pca_full") {
		med, mn, _, _ := r.time(r.longRuns, fit(784, sae.PCASettings{Method: sae.PCAEigen}))
		r.add(Result{Group: "pca_full", Variant: "784", Median: med, Min: mn, Runs: r.longRuns, Note: "covariance eigendecomposition"})
	}
	if r.want("pca30_exact") {
		med, mn, _, _ := r.time(r.longRuns, fit(30, sae.PCASettings{Method: sae.PCAEigen}))
		r.add(Result{Group: "pca30_exact", Variant: "30", Median: med, Min: mn, Runs: r.longRuns, Note: "covariance eigendecomposition"})
	}
	if r.want("pca30_rand") {
		med, mn, _, _ := r.time(r.longRuns, fit(30, sae.PCASettings{Method: sae.PCARandomized, Seed: 1}))
		r.add(Result{Group: "pca30_rand", Variant: "30", Median: med, Min: mn, Runs: r.longRuns, Note: "10 oversamples, 7 power iterations (CholeskyQR2)"})
	}
	return ferr
}

// linFlops is the work of one data-form loss and gradient of a p-unit
// linear autoencoder on m×n data: five m×n×p matrix products.
func linFlops(m, n, p int) float64 { return 10 * float64(m) * float64(n) * float64(p) / 1e9 }

func benchLinear(r *runner, X *mat.Dense, export string) error {
	if !r.want("lae_tied_grad") && !r.want("lae_untied_grad") && !r.want("lae_tied_train") {
		return nil
	}
	const p = 30
	m, n := X.Dims()
	var xc mat.Dense
	if _, err := data.Center(&xc, X); err != nil {
		return err
	}
	tied, err := sae.NewLinearLoss(&xc, sae.LinearConfig{Hidden: p, Tied: true})
	if err != nil {
		return err
	}
	untied, err := sae.NewLinearLoss(&xc, sae.LinearConfig{Hidden: p})
	if err != nil {
		return err
	}
	wt := tied.InitParams(nil, 1) // InitScale 0.01, the default
	wu := untied.InitParams(nil, 2)
	if err := writeF64(filepath.Join(export, "w_tied.f64"), wt); err != nil {
		return err
	}
	if err := writeF64(filepath.Join(export, "w_untied.f64"), wu); err != nil {
		return err
	}
	rows := make([]int, m)
	for i := range rows {
		rows[i] = i
	}
	for _, c := range []struct {
		name string
		l    *sae.LinearLoss
		w    []float64
	}{{"lae_tied_grad", tied, wt}, {"lae_untied_grad", untied, wu}} {
		if !r.want(c.name) {
			continue
		}
		g := make([]float64, len(c.w))
		c.l.LossGrad(g, c.w)
		// A sub-millisecond call: each run times gramReps calls (the
		// Python side does the same).
		med, mn := r.timeEach(r.runs, gramReps, func() { c.l.LossGrad(g, c.w) })
		r.add(Result{Group: c.name, Variant: "gram", Median: med, Min: mn, Runs: r.runs, Note: fmt.Sprintf("per call, %d calls a run; trace form with XᵀX formed once (pseudo-samples of its factor where the trace form would lose accuracy)", gramReps)})
		c.l.BatchLossGrad(g, c.w, rows)
		med, mn, _, _ = r.time(r.runs, func() (int, int) { c.l.BatchLossGrad(g, c.w, rows); return 0, 0 })
		r.add(Result{Group: c.name, Variant: "data", Median: med, Min: mn, Runs: r.runs, GFlop: linFlops(m, n, p)})
	}
	if r.want("lae_tied_train") {
		pca, err := sae.FitPCA(&xc, p, sae.PCASettings{})
		if err != nil {
			return err
		}
		floor := pca.Floor(p)
		var lastGap float64
		var terr error
		med, mn, it, ev := r.time(r.longRuns, func() (int, int) {
			// Timed from the data: forming the scatter matrix is part
			// of the Gram-form method.
			l, err := sae.NewLinearLoss(&xc, sae.LinearConfig{Hidden: p, Tied: true})
			if err != nil {
				terr = err
				return 0, 0
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			gap := sae.Metric{Name: "gap", F: func(w []float64) float64 {
				g := sae.RelativeGap(l.LossGrad(nil, w), floor)
				if g <= 1e-3 {
					cancel() // reached: stop within one evaluation
				}
				return g
			}}
			res, err := sae.Train(ctx, l, wt, sae.TrainSettings{Method: sae.LBFGS, Iterations: 5000, Metrics: []sae.Metric{gap}})
			if res == nil {
				terr = err
				return 0, 0
			}
			lastGap = sae.RelativeGap(l.Reconstruction(res.Params), floor)
			if lastGap > 1e-3 {
				terr = fmt.Errorf("tied LAE stopped (%v) at gap %.3g, above 1e-3", res.Stop, lastGap)
			}
			return res.Iterations, res.Evaluations
		})
		if terr != nil {
			return terr
		}
		r.add(Result{Group: "lae_tied_train", Variant: "gram", Median: med, Min: mn, Runs: r.longRuns, Iters: it, Evals: ev,
			Note: fmt.Sprintf("L-BFGS to gap ≤ 1e-3 (reached %.2g), incl. forming XᵀX", lastGap)})
	}
	return nil
}

// gramReps is the number of Gram-form evaluations timed together, and
// ufldlReps that of UFLDL sparse-autoencoder evaluations (about 2 ms each):
// timed one at a time, those ran at 53 to 99 GFLOP/s from run to run, and
// twenty together at 101 to 102 (bench/rates/issue16-ufldl-reps.txt).
const (
	gramReps  = 100
	ufldlReps = 20
)

func benchSparse(r *runner, X *mat.Dense, export string, ufldlIters, mnistIters int) error {
	imgs, _, err := data.NaturalImages()
	if err != nil {
		return err
	}
	patches, err := data.SamplePatches(imgs, 8, 10000, 1)
	if err != nil {
		return err
	}
	if err := data.NormalizeUFLDL(patches, patches); err != nil {
		return err
	}
	if err := writeF64(filepath.Join(export, "patches.f64"), patches.RawMatrix().Data); err != nil {
		return err
	}
	mnist := mat.DenseCopyOf(X.Slice(0, 10000, 0, 784))
	for _, c := range []struct {
		name  string
		x     *mat.Dense
		cfg   sae.SparseConfig
		iters int
		reps  int // calls of one loss+grad a timed run (the Python side's too)
	}{
		{"sparse_ufldl", patches, sae.SparseConfig{Hidden: 25, Lambda: 1e-4, Beta: 3, Rho: 0.01}, ufldlIters, ufldlReps},
		{"sparse_mnist", mnist, sae.SparseConfig{Hidden: 196, Lambda: 3e-3, Beta: 3, Rho: 0.1}, mnistIters, 1},
	} {
		l, err := sae.NewSparseLoss(c.x, c.cfg)
		if err != nil {
			return err
		}
		theta := l.InitParams(nil, 1)
		if err := writeF64(filepath.Join(export, "theta_"+c.name+".f64"), theta); err != nil {
			return err
		}
		m, n := c.x.Dims()
		flops := 10 * float64(m) * float64(n) * float64(c.cfg.Hidden) / 1e9
		if r.want(c.name + "_grad") {
			g := make([]float64, len(theta))
			l.LossGrad(g, theta)
			med, mn := r.timeEach(r.runs, c.reps, func() { l.LossGrad(g, theta) })
			res := Result{Group: c.name + "_grad", Variant: fmt.Sprintf("%d-%d-%d", n, c.cfg.Hidden, n), Median: med, Min: mn, Runs: r.runs, GFlop: flops}
			if c.reps > 1 {
				res.Note = fmt.Sprintf("per call, %d calls a run", c.reps)
			}
			r.add(res)
		}
		if r.want(c.name + "_train") {
			var terr error
			med, mn, it, ev := r.time(r.longRuns, func() (int, int) {
				res, err := sae.Train(context.Background(), l, theta, sae.TrainSettings{Method: sae.LBFGS, Iterations: c.iters})
				if err != nil {
					terr = err
					return 0, 0
				}
				return res.Iterations, res.Evaluations
			})
			if terr != nil {
				return terr
			}
			r.add(Result{Group: c.name + "_train", Variant: fmt.Sprintf("%d iters", c.iters), Median: med, Min: mn, Runs: r.longRuns,
				Iters: it, Evals: ev, GFlop: flops * float64(ev), Note: "L-BFGS, memory 15"})
		}
	}
	return nil
}
