// Command rates times the training benchmarks of bench/run.sh (the
// data-form linear autoencoder losses, the UFLDL and MNIST-sized sparse
// autoencoders, one loss and gradient and an L-BFGS run) and DGEMM 2000³ in
// one process, in wall-clock and processor time, and prints one JSON line
// per benchmark: the input of bench/rates.sh, which runs it built at two
// revisions, interleaved. On a machine shared with other work, a rate per
// processor-second divided by DGEMM's in the same process is the share of
// the DGEMM rate that the load dilutes least.
//
//	rates                       # every benchmark
//	rates -only lin_tied,ufldl  # some
//	rates -only products        # each matrix product of the losses alone
//	rates -only ufldl_train -cpuprofile p.out  # where an L-BFGS run's time goes
//
// The data are uniform random numbers of the benchmarks' shapes (60000×784
// in [0, 1) for the linear losses, 10000×64 and 10000×784 in [0.1, 0.9]
// for the sparse ones), not MNIST and the natural images: the work does
// not depend on the values. It uses only the public API, so that the same
// program can be built at an older revision.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"log"
	"math/rand/v2"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/sae"
)

// result is one benchmark's line.
type result struct {
	Name       string  `json:"name"`
	GFlop      float64 `json:"gflop"` // per call
	Calls      int     `json:"calls"`
	WallMin    float64 `json:"wall_min"`
	WallMedian float64 `json:"wall_median"`
	CPUMin     float64 `json:"cpu_min"`
	CPUMedian  float64 `json:"cpu_median"`
	// CPUMean is the processor time of all the calls over their number:
	// the kernel counts another thread's time while it runs at its clock
	// ticks, too coarse for one call of a millisecond (cpu_min and
	// cpu_median), not for a few hundred.
	CPUMean float64 `json:"cpu_mean"`
	Load    string  `json:"load"`
}

// cpuSeconds is the processor time, user and system, of the process so far.
func cpuSeconds() float64 {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e9
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

func uniform(m, n int, lo, hi float64, seed uint64) *mat.Dense {
	r := rand.New(rand.NewPCG(seed, 7))
	d := make([]float64, m*n)
	for i := range d {
		d[i] = lo + (hi-lo)*r.Float64()
	}
	return mat.NewDense(m, n, d)
}

// measure calls f once untimed, then calls times, and prints the line.
func measure(name string, calls int, gflop float64, f func()) {
	f()
	walls, cpus := make([]float64, calls), make([]float64, calls)
	start := cpuSeconds()
	for i := range calls {
		c0, t0 := cpuSeconds(), time.Now()
		f()
		walls[i], cpus[i] = time.Since(t0).Seconds(), cpuSeconds()-c0
	}
	mean := (cpuSeconds() - start) / float64(calls)
	slices.Sort(walls)
	slices.Sort(cpus)
	r := result{Name: name, GFlop: gflop, Calls: calls, WallMin: walls[0], WallMedian: walls[calls/2],
		CPUMin: cpus[0], CPUMedian: cpus[calls/2], CPUMean: mean, Load: loadAverage()}
	if err := json.NewEncoder(os.Stdout).Encode(r); err != nil {
		log.Fatal(err)
	}
}

func main() {
	only := flag.String("only", "", "comma-separated benchmarks (dgemm, lin_tied, lin_untied, ufldl, ufldl_train, mnist, mnist_train, products); empty: all but products")
	calls := flag.Int("calls", 5, "timed calls of each long benchmark (four times as many of the short ones)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			if err := f.Close(); err != nil {
				log.Fatal(err)
			}
		}()
	}
	want := func(s string) bool {
		return *only == "" && s != "products" || slices.Contains(strings.Split(*only, ","), s)
	}
	if want("products") {
		products(*calls)
	}

	if want("dgemm") {
		const n = 2000
		a, b := uniform(n, n, -1, 1, 1).RawMatrix(), uniform(n, n, -1, 1, 2).RawMatrix()
		c := mat.NewDense(n, n, nil).RawMatrix()
		measure("dgemm", *calls, 2*n*n*n/1e9, func() { blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, a, b, 0, c) })
	}
	if want("lin_tied") || want("lin_untied") {
		// bench/run.sh's data form: five 60000×784×30 products a call.
		const m, n, p = 60000, 784, 30
		x := uniform(m, n, 0, 1, 9)
		rows := make([]int, m)
		for i := range rows {
			rows[i] = i
		}
		for _, c := range []struct {
			name string
			cfg  sae.LinearConfig
		}{{"lin_tied", sae.LinearConfig{Hidden: p, Tied: true}}, {"lin_untied", sae.LinearConfig{Hidden: p}}} {
			if !want(c.name) {
				continue
			}
			l, err := sae.NewLinearLoss(x, c.cfg)
			if err != nil {
				log.Fatal(err)
			}
			w := l.InitParams(nil, 1)
			g := make([]float64, len(w))
			measure(c.name, *calls, 10*m*n*p/1e9, func() { l.BatchLossGrad(g, w, rows) })
		}
	}
	for _, c := range []struct {
		name  string
		m, n  int
		cfg   sae.SparseConfig
		iters int
	}{
		{"ufldl", 10000, 64, sae.SparseConfig{Hidden: 25, Lambda: 1e-4, Beta: 3, Rho: 0.01}, 400},
		{"mnist", 10000, 784, sae.SparseConfig{Hidden: 196, Lambda: 3e-3, Beta: 3, Rho: 0.1}, 10},
	} {
		if !want(c.name) && !want(c.name+"_train") {
			continue
		}
		l, err := sae.NewSparseLoss(uniform(c.m, c.n, 0.1, 0.9, 5), c.cfg)
		if err != nil {
			log.Fatal(err)
		}
		theta := l.InitParams(nil, 1)
		// Five m×n×p products a call, as bench/run.sh counts.
		gflop := 10 * float64(c.m*c.n*c.cfg.Hidden) / 1e9
		if want(c.name) {
			g := make([]float64, len(theta))
			measure(c.name, 4**calls, gflop, func() { l.LossGrad(g, theta) })
		}
		if want(c.name + "_train") {
			s := sae.TrainSettings{Method: sae.LBFGS, Iterations: c.iters}
			res, err := sae.Train(context.Background(), l, theta, s)
			if err != nil {
				log.Fatal(err)
			}
			measure(c.name+"_train", max(2, *calls/2), gflop*float64(res.Evaluations), func() {
				if _, err := sae.Train(context.Background(), l, theta, s); err != nil {
					log.Fatal(err)
				}
			})
		}
	}
}

// products times each matrix product of one evaluation of the losses
// alone, on operands of its shape, repeated in place (so in the caches as
// far as they fit): the rate each product reaches by itself. The linear
// losses' data-form products are those of one block of 512 rows; two of
// their Gram form's (p = 30, n = 784) come first. The UFLDL loss's come
// twice: over all 10000 samples (ufldl), and over one block of 512 as its
// lanes compute them (ufldl512), with ∇W2 in both orientations (the lanes
// compute ∇W2ᵀ = A2ᵀ·D3).
func products(calls int) {
	const (
		n, t = blas.NoTrans, blas.Trans
	)
	for _, s := range []struct {
		name    string
		tA, tB  blas.Transpose
		m, n, k int
		beta    float64
	}{
		{"gram W1·(S W1ᵀ)", n, n, 30, 30, 784, 0},
		{"gram K·W1", n, n, 30, 784, 30, 1},
		{"lin512 H=Z·W1ᵀ", n, t, 512, 30, 784, 0},
		{"lin512 Y=H·W2ᵀ", n, t, 512, 784, 30, 0},
		{"lin512 ∇W2+=Yᵀ·H", t, n, 784, 30, 512, 1},
		{"lin512 G=Y·W2", n, n, 512, 30, 784, 0},
		{"lin512 ∇W1+=Gᵀ·Z", t, n, 30, 784, 512, 1},
		{"ufldl A2=X·W1ᵀ", n, t, 10000, 25, 64, 0},
		{"ufldl A3=A2·W2ᵀ", n, t, 10000, 64, 25, 0},
		{"ufldl ∇W2=D3ᵀ·A2", t, n, 64, 25, 10000, 1},
		{"ufldl D2=D3·W2", n, n, 10000, 25, 64, 0},
		{"ufldl ∇W1=D2ᵀ·X", t, n, 25, 64, 10000, 1},
		{"ufldl512 A2=X·W1ᵀ", n, t, 512, 25, 64, 0},
		{"ufldl512 A3=A2·W2ᵀ", n, t, 512, 64, 25, 0},
		{"ufldl512 ∇W2+=D3ᵀ·A2", t, n, 64, 25, 512, 1},
		{"ufldl512 ∇W2ᵀ+=A2ᵀ·D3", t, n, 25, 64, 512, 1},
		{"ufldl512 D2=D3·W2", n, n, 512, 25, 64, 0},
		{"ufldl512 ∇W1+=D2ᵀ·X", t, n, 25, 64, 512, 1},
		{"mnist A2=X·W1ᵀ", n, t, 10000, 196, 784, 0},
		{"mnist A3=A2·W2ᵀ", n, t, 10000, 784, 196, 0},
		{"mnist ∇W2=D3ᵀ·A2", t, n, 784, 196, 10000, 1},
		{"mnist D2=D3·W2", n, n, 10000, 196, 784, 0},
		{"mnist ∇W1=D2ᵀ·X", t, n, 196, 784, 10000, 1},
	} {
		ar, ac := s.m, s.k
		if s.tA == t {
			ar, ac = s.k, s.m
		}
		br, bc := s.k, s.n
		if s.tB == t {
			br, bc = s.n, s.k
		}
		a, b := uniform(ar, ac, -1, 1, 1).RawMatrix(), uniform(br, bc, -1, 1, 2).RawMatrix()
		c := mat.NewDense(s.m, s.n, nil).RawMatrix()
		gflop := 2 * float64(s.m*s.n*s.k) / 1e9
		// About 2 GFLOP of each, at least calls.
		measure(s.name, max(calls, int(2/gflop)), gflop, func() { blas64.Gemm(s.tA, s.tB, 1, a, b, s.beta, c) })
	}
}
