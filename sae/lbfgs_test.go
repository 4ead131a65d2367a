package sae

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/optimize"
)

// TestLBFGSDirectionNearGonum drives lbfgsDirection and gonumOrderDirection
// (gonum's, TestLBFGSDirectionSameAsGonum) through the same locations, on
// a convex quadratic's gradients and on random ones (where sᵀy takes either
// sign), before the 15 pairs are stored and after: the same steps, and
// directions that agree to rounding, ‖d − d_gonum‖∞ ≤ 1e-11·‖d_gonum‖∞.
// Where gonum's direction is not finite (an infinite gradient component,
// and γ = +Inf), so is this one, in the same components.
func TestLBFGSDirectionNearGonum(t *testing.T) {
	const n, steps = 3289, 40 // the UFLDL autoencoder's parameters
	for _, tc := range []struct {
		name       string
		convex     bool
		overflowAt int // -1: none
	}{
		{"quadratic", true, -1},
		{"random", false, -1},
		{"random, infinite gradient at 3", false, 3},
		{"random, infinite gradient at 20", false, 20},
	} {
		rnd := rand.New(rand.NewPCG(4, uint64(tc.overflowAt+2)))
		curv := make([]float64, n)
		for i := range curv {
			curv[i] = math.Pow(10, 4*rnd.Float64()-2)
		}
		ref, ours := &gonumOrderDirection{}, &lbfgsDirection{}
		loc := &optimize.Location{X: make([]float64, n), Gradient: make([]float64, n)}
		fill := func(k int) {
			for i := range n {
				loc.X[i] = rnd.NormFloat64()
				loc.Gradient[i] = rnd.NormFloat64()
				if tc.convex {
					loc.Gradient[i] = curv[i] * loc.X[i]
				}
			}
			if k == tc.overflowAt {
				loc.Gradient[7] = math.Inf(1)
			}
		}
		want, got := make([]float64, n), make([]float64, n)
		fill(0)
		if ws, gs := ref.InitDirection(loc, want), ours.InitDirection(loc, got); ws != gs || !floats.Same(got, want) {
			t.Fatalf("%s: initial direction (step %v) is not gonum's (%v)", tc.name, gs, ws)
		}
		worst := 0.0
		for k := 1; k < steps; k++ {
			fill(k)
			ws, gs := ref.NextDirection(loc, want), ours.NextDirection(loc, got)
			if ws != gs {
				t.Fatalf("%s: step %d: step %v, gonum's %v", tc.name, k, gs, ws)
			}
			if !allFinite(want) {
				for i := range want {
					if math.IsNaN(got[i]) != math.IsNaN(want[i]) || math.IsInf(got[i], 0) != math.IsInf(want[i], 0) {
						t.Fatalf("%s: step %d: component %d is %v, gonum's %v", tc.name, k, i, got[i], want[i])
					}
				}
				continue
			}
			scale := floats.Norm(want, math.Inf(1))
			diff := 0.0
			for i := range want {
				diff = max(diff, math.Abs(got[i]-want[i])) // NaN if got[i] is
			}
			worst = max(worst, diff/scale)
			if !(diff <= 1e-11*scale) { // NaN fails too
				t.Fatalf("%s: step %d: ‖d − d_gonum‖∞ = %v of ‖d_gonum‖∞ = %v", tc.name, k, diff, scale)
			}
		}
		t.Logf("%s: largest ‖d − d_gonum‖∞/‖d_gonum‖∞ %.3g", tc.name, worst)
	}
	{
		// γ = +Inf: y·y underflows to 0; gonum's direction is all NaN.
		ref, ours := &gonumOrderDirection{}, &lbfgsDirection{}
		want, got := make([]float64, 2), make([]float64, 2)
		loc := &optimize.Location{X: []float64{0, 0}, Gradient: []float64{1e-170, 3e-170}}
		ref.InitDirection(loc, want)
		ours.InitDirection(loc, got)
		loc = &optimize.Location{X: []float64{1, -1}, Gradient: []float64{3e-170, 4e-170}}
		ref.NextDirection(loc, want)
		ours.NextDirection(loc, got)
		if !math.IsNaN(got[0]) || !math.IsNaN(got[1]) || !math.IsNaN(want[0]) || !math.IsNaN(want[1]) {
			t.Errorf("γ = +Inf: direction %v, gonum's %v, want both all NaN", got, want)
		}
	}
}

// TestLBFGSMethodNearGonum runs lbfgsMethod and gonum's L-BFGS side by
// side: their directions differ in the last bits, so their runs do too, but
// on a sparse autoencoder their first 30 iterates (the ring of 15 pairs
// turned over) agree to 1e-9, and on Rosenbrock's function both reach its
// minimiser, at the same number of iterations.
func TestLBFGSMethodNearGonum(t *testing.T) {
	sp := lbfgsTestSparse(t)
	// run runs gonum's L-BFGS when m is nil, lbfgsMethod otherwise.
	run := func(obj Objective, x0 []float64, iters int, m *lbfgsMethod) (*optimize.Result, *majorIterates) {
		rec := &majorIterates{}
		settings := &optimize.Settings{MajorIterations: iters, Converger: optimize.NeverTerminate{}, Recorder: rec}
		var res *optimize.Result
		var err error
		if m == nil {
			res, err = optimize.Minimize(gonumProblem(obj), x0, settings, &optimize.LBFGS{GradStopThreshold: math.NaN()})
		} else {
			res, err = m.minimize(gonumProblem(obj), x0, settings)
		}
		if err != nil {
			t.Fatal(err)
		}
		return res, rec
	}
	_, wantX := run(sp, sp.InitParams(nil, 1), 2*lbfgsStore+1, nil)
	_, gotX := run(sp, sp.InitParams(nil, 1), 2*lbfgsStore+1, &lbfgsMethod{})
	if len(gotX.x) != 2*lbfgsStore || len(wantX.x) != 2*lbfgsStore {
		t.Fatalf("sparse: %d and %d iterates, want %d", len(gotX.x), len(wantX.x), 2*lbfgsStore)
	}
	for i := range gotX.x {
		if !floats.EqualApprox(gotX.x[i], wantX.x[i], 1e-9) {
			t.Errorf("sparse: iterate %d: %v, gonum's %v", i, gotX.x[i], wantX.x[i])
			break
		}
	}
	x0 := []float64{-1.2, 1, -1.2, 1, -1.2, 1}
	want, _ := run(rosenbrock(6), x0, 60, nil)
	got, _ := run(rosenbrock(6), x0, 60, &lbfgsMethod{})
	ones := []float64{1, 1, 1, 1, 1, 1}
	if got.Status != want.Status || got.Stats.MajorIterations != want.Stats.MajorIterations ||
		!floats.EqualApprox(got.X, ones, 1e-12) || !floats.EqualApprox(want.X, ones, 1e-12) {
		t.Errorf("rosenbrock: %v after %d iterations at %v, gonum %v after %d at %v; want both at all ones",
			got.Status, got.Stats.MajorIterations, got.X, want.Status, want.Stats.MajorIterations, want.X)
	}
}

// BenchmarkLBFGSDirection times one direction over 15 stored pairs of the
// UFLDL autoencoder's 3289 parameters, gonum's order and kernels against
// lbfgsDirection's, with the pairs in cache ("warm") and after 8 MB of
// other data has gone through the caches, as a loss evaluation's does
// between two directions ("cold").
func BenchmarkLBFGSDirection(b *testing.B) {
	const n = 3289
	flush := make([]float64, 1<<20)
	for _, cold := range []bool{false, true} {
		for _, name := range []string{"gonum", "fused"} {
			temp := "warm"
			if cold {
				temp = "cold"
			}
			b.Run(name+"/"+temp, func(b *testing.B) {
				var nd interface {
					optimize.NextDirectioner
				}
				if name == "gonum" {
					nd = &gonumOrderDirection{}
				} else {
					nd = &lbfgsDirection{}
				}
				rnd := rand.New(rand.NewPCG(1, 1))
				loc := &optimize.Location{X: make([]float64, n), Gradient: make([]float64, n)}
				fill := func() {
					for i := range n {
						loc.X[i] = rnd.NormFloat64()
						loc.Gradient[i] = loc.X[i] * (1 + float64(i%7))
					}
				}
				dir := make([]float64, n)
				fill()
				nd.InitDirection(loc, dir)
				for range lbfgsStore {
					fill()
					nd.NextDirection(loc, dir)
				}
				sum := 0.0
				for b.Loop() {
					// A new location each time: the same one twice would
					// store a zero pair, and every direction after it would
					// be NaN.
					b.StopTimer()
					fill()
					if cold {
						for i := range flush {
							flush[i]++
						}
						sum += flush[len(flush)-1]
					}
					b.StartTimer()
					nd.NextDirection(loc, dir)
				}
				_ = sum
			})
		}
	}
}
