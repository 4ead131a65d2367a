package sae

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// lossGradEqual reports whether a and b give bit-identical losses and
// gradients at params: a loss derived from another must be the same
// function as one built from scratch on the same data.
func lossGradEqual(a, b Objective, params []float64) (bool, float64, float64) {
	ga, gb := make([]float64, a.Dim()), make([]float64, b.Dim())
	fa, fb := a.LossGrad(ga, params), b.LossGrad(gb, params)
	return fa == fb && floats.Equal(ga, gb), fa, fb
}

func TestLinearLossWithConfig(t *testing.T) {
	X := linTestData(40, 9, 0.5, 31) // uncentred, so the bias terms matter
	base, err := NewLinearLoss(X, LinearConfig{Hidden: 3})
	if err != nil {
		t.Fatal(err)
	}
	x0 := base.shape.initParams(nil, 0.3, 1)
	f0 := base.LossGrad(nil, x0)
	for _, cfg := range []LinearConfig{
		{Hidden: 3},
		{Hidden: 5, Tied: true},
		{Hidden: 4, Bias: true, Lambda: 0.7},
		{Hidden: 3, Lambdas: []float64{1, 2, 3}},
	} {
		derived, err := base.WithConfig(cfg)
		if err != nil {
			t.Fatalf("%+v: %v", cfg, err)
		}
		fresh, err := NewLinearLoss(X, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if derived.Dim() != fresh.Dim() || derived.NumSamples() != 40 {
			t.Fatalf("%+v: Dim %d, NumSamples %d; want %d, 40", cfg, derived.Dim(), derived.NumSamples(), fresh.Dim())
		}
		x := derived.shape.initParams(nil, 0.3, 2)
		if ok, fd, ff := lossGradEqual(derived, fresh, x); !ok {
			t.Errorf("%+v: WithConfig loss %v (or gradient) differs from NewLinearLoss %v", cfg, fd, ff)
		}
	}
	if f := base.LossGrad(nil, x0); f != f0 {
		t.Errorf("WithConfig changed the base loss: %v, was %v", f, f0)
	}
	for _, c := range []struct {
		cfg  LinearConfig
		want string
	}{
		{LinearConfig{Hidden: 0}, "Hidden = 0"},
		{LinearConfig{Hidden: 10}, "Hidden = 10"},
		{LinearConfig{Hidden: 2, Tied: true, Bias: true}, "Tied and Bias"},
		{LinearConfig{Hidden: 2, Lambda: math.NaN()}, "Lambda"},
		{LinearConfig{Hidden: 2, Lambdas: []float64{1}}, "len(Lambdas)"},
	} {
		_, err := base.WithConfig(c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "WithConfig") {
			t.Errorf("%+v: error %v, want one naming WithConfig and %q", c.cfg, err, c.want)
		}
	}
}

func TestDraftLossWithConfig(t *testing.T) {
	X := linTestData(30, 8, 0.5, 32)
	rho := []float64{0.3, -0.2, 0.8}
	base, err := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 2, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	x := base.shape.initParams(nil, 0.5, 3)
	f0 := base.LossGrad(nil, x)
	for _, beta := range []float64{0, 2, 17.5, 1e6} {
		cfg := base.Config()
		cfg.Beta = beta
		derived, err := base.WithConfig(cfg)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: beta, Rho: rho})
		if err != nil {
			t.Fatal(err)
		}
		if ok, fd, ff := lossGradEqual(derived, fresh, x); !ok {
			t.Errorf("β = %v: WithConfig loss %v (or gradient) differs from NewDraftLoss %v", beta, fd, ff)
		}
	}
	if f := base.LossGrad(nil, x); f != f0 {
		t.Errorf("WithConfig changed the base loss: %v, was %v", f, f0)
	}
	base.Config().Rho[0] = 99 // Config returns a copy
	if f := base.LossGrad(nil, x); f != f0 {
		t.Errorf("changing Config().Rho changed the loss: %v, was %v", f, f0)
	}
	for _, beta := range []float64{-1, math.NaN(), math.Inf(1)} {
		cfg := base.Config()
		cfg.Beta = beta
		if _, err := base.WithConfig(cfg); err == nil || !strings.Contains(err.Error(), "WithConfig") || !strings.Contains(err.Error(), "Beta") {
			t.Errorf("β = %v: error %v, want one naming WithConfig and Beta", beta, err)
		}
	}
}

func TestDraftLossMeanCode(t *testing.T) {
	X := linTestData(30, 8, 0.5, 33)
	rho := []float64{0.3, -0.2, 0.8}
	d, err := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 2, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	x := d.shape.initParams(nil, 0.5, 4)
	got := d.MeanCode(x)

	// The mean of the codes of the samples, computed from the model.
	var codes mat.Dense
	d.Model(x).Encode(&codes, X)
	want := make([]float64, 3)
	for j := range want {
		want[j] = floats.Sum(mat.Col(nil, j, &codes)) / 30
	}
	if !floats.EqualApprox(got, want, 1e-12) {
		t.Errorf("MeanCode = %v, want the mean code %v", got, want)
	}
	if floats.Norm(want, 2) < 0.1 {
		t.Fatalf("test data too close to centred: mean code %v", want)
	}
	// ‖ρ − MeanCode‖ is SparsityGap.
	if g := floats.Distance(rho, got, 2); math.Abs(g-d.SparsityGap(x)) > 1e-12 {
		t.Errorf("‖ρ − MeanCode‖ = %v, SparsityGap %v", g, d.SparsityGap(x))
	}
	// Centred data: exactly zero.
	var c mat.Dense
	c.Apply(func(_, _ int, v float64) float64 { return v }, X)
	for j := 0; j < 8; j++ {
		col := mat.Col(nil, j, &c)
		mu := floats.Sum(col) / 30
		for i := range col {
			c.Set(i, j, col[i]-mu)
		}
	}
	dc, err := NewDraftLoss(&c, DraftConfig{Hidden: 3, Beta: 2, Rho: rho})
	if err != nil {
		t.Fatal(err)
	}
	for j, v := range dc.MeanCode(x) {
		if v != 0 {
			t.Errorf("centred data: MeanCode[%d] = %v, want 0", j, v)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MeanCode with short params: no panic")
			}
		}()
		d.MeanCode(x[:5])
	}()
}

// TestLossesConcurrent evaluates every loss on several goroutines at once,
// full and minibatch, and checks each result bit for bit against a serial
// evaluation: the losses are documented as safe for concurrent use. Run it
// with -race.
func TestLossesConcurrent(t *testing.T) {
	X := linTestData(300, 12, 0.5, 41)
	S := mat.NewDense(300, 12, nil)
	S.Apply(func(i, j int, _ float64) float64 { return 0.1 + 0.8*math.Abs(math.Sin(float64(5*i+3*j+1))) }, S)
	lin, err := NewLinearLoss(X, LinearConfig{Hidden: 4, Bias: true, InitScale: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	draft, err := NewDraftLoss(X, DraftConfig{Hidden: 3, Beta: 2, Rho: []float64{0.1, 0.2, 0.3}, InitScale: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	sparse, err := NewSparseLoss(S, SparseConfig{Hidden: 5, Lambda: 1e-3, Beta: 3, Rho: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	sparse2, err := sparse.WithConfig(SparseConfig{Hidden: 5, Beta: 1, Rho: 0.2, Penalty: L2Penalty})
	if err != nil {
		t.Fatal(err)
	}
	type eval struct {
		name   string
		obj    BatchObjective
		params []float64
		rows   []int // nil: LossGrad
	}
	var evals []eval
	for _, c := range []struct {
		name   string
		obj    BatchObjective
		params []float64
	}{
		{"linear", lin, lin.InitParams(nil, 1)},
		{"draft", draft, draft.InitParams(nil, 2)},
		{"sparse", sparse, sparse.InitParams(nil, 3)},
		{"sparse L2", sparse2, sparse2.InitParams(nil, 4)},
	} {
		evals = append(evals, eval{c.name, c.obj, c.params, nil})
		// Batches of different sizes, one larger than m (sampled with
		// replacement), so that the pooled work spaces are resized.
		for k, b := range []int{7, 300, 450} {
			rows := make([]int, b)
			for i := range rows {
				rows[i] = (i*13 + k) % 300
			}
			evals = append(evals, eval{c.name, c.obj, c.params, rows})
		}
	}
	run := func(e eval, grad []float64) float64 {
		if e.rows == nil {
			return e.obj.LossGrad(grad, e.params)
		}
		return e.obj.BatchLossGrad(grad, e.params, e.rows)
	}
	wantF := make([]float64, len(evals))
	wantG := make([][]float64, len(evals))
	for i, e := range evals {
		wantG[i] = make([]float64, e.obj.Dim())
		wantF[i] = run(e, wantG[i])
	}
	const rounds = 4
	errs := make(chan string, rounds*len(evals))
	var wg sync.WaitGroup
	for r := range rounds {
		for i, e := range evals {
			wg.Add(1)
			go func() {
				defer wg.Done()
				g := make([]float64, e.obj.Dim())
				if f := run(e, g); f != wantF[i] || !floats.Equal(g, wantG[i]) {
					errs <- fmt.Sprintf("round %d, %s (%d rows): loss %v, want %v (or the gradient differs)", r, e.name, len(e.rows), f, wantF[i])
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
