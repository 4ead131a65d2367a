// gomacro's type converter predates types.Alias and panics on it; the
// kernel's main package sets the same GODEBUG. It applies to the whole test
// binary and may appear in only one file.
//go:debug gotypesalias=0

package bindings_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cosmos72/gomacro/fast"

	"github.com/linae/linae/data"
	_ "github.com/linae/linae/kernel/bindings"
)

// eval runs src in ir and returns the values of its last expression,
// turning the interpreter's panics into test failures.
func eval(t testing.TB, ir *fast.Interp, src string) (vals []reflect.Value) {
	t.Helper()
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%v", r)
			}
		}()
		vs, _ := ir.Eval(src)
		for _, v := range vs {
			vals = append(vals, v.ReflectValue())
		}
		return nil
	}()
	if err != nil {
		t.Fatalf("eval %q: %v", firstLine(src), err)
	}
	return vals
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " ..."
	}
	return s
}

func TestInterpFitPCA(t *testing.T) {
	ir := fast.New()
	eval(t, ir, `import (
		"github.com/linae/linae/sae"
		"gonum.org/v1/gonum/mat"
	)`)
	eval(t, ir, `X := mat.NewDense(4, 2, []float64{1, 2, -1, -2, 2, 4.1, -2, -4.1})`)
	eval(t, ir, `pca, err := sae.FitPCA(X, 1, sae.PCASettings{})`)
	v := eval(t, ir, `err == nil && pca != nil`)
	if len(v) != 1 || !v[0].Bool() {
		t.Fatalf("FitPCA from the interpreter failed: %v", eval(t, ir, `err`))
	}
	v = eval(t, ir, `pca.Components.At(0, 1) / pca.Components.At(0, 0)`)
	if r := v[0].Float(); r < 1.9 || r > 2.1 {
		t.Errorf("first component slope = %g, want about 2", r)
	}
}

// TestInterpTrain drives the training API the notebooks use from
// interpreted code: a config literal, InitParams, Train with a metric and a
// progress callback written as func literals, and the result's fields.
func TestInterpTrain(t *testing.T) {
	ir := fast.New()
	eval(t, ir, `import (
		"context"
		"github.com/linae/linae/data"
		"github.com/linae/linae/sae"
	)`)
	eval(t, ir, `X, _, err := data.SyntheticSpectrum(60, 6, []float64{5, 4, 3, 1, 0.5, 0.2}, 1)`)
	eval(t, ir, `pca, err := sae.FitPCA(X, 2, sae.PCASettings{})`)
	eval(t, ir, `loss, err := sae.NewLinearLoss(X, sae.LinearConfig{Hidden: 2, Tied: true, InitScale: 0.1})`)
	if v := eval(t, ir, `err == nil`); !v[0].Bool() {
		t.Fatalf("NewLinearLoss: %v", eval(t, ir, `err`))
	}
	eval(t, ir, `reports := 0`)
	eval(t, ir, `res, err := sae.Train(context.Background(), loss, loss.InitParams(nil, 1), sae.TrainSettings{
		Method:     sae.LBFGS,
		Iterations: 300,
		Metrics: []sae.Metric{{Name: "dim", F: func(p []float64) float64 { return float64(len(p)) }}},
		Progress:   func(p sae.Progress) { reports++ },
	})`)
	if v := eval(t, ir, `err == nil`); !v[0].Bool() {
		t.Fatalf("Train: %v", eval(t, ir, `err`))
	}
	gap := eval(t, ir, `sae.RelativeGap(loss.Reconstruction(res.Params), pca.Floor(2))`)[0].Float()
	if gap > 1e-6 || gap < -1e-6 {
		t.Errorf("tied AE trained from the interpreter: gap to the PCA floor %g, want ≈ 0", gap)
	}
	t.Logf("gap to the PCA floor %g after %d iterations", gap, eval(t, ir, `res.Iterations`)[0].Int())
	if n := eval(t, ir, `reports`)[0].Int(); n < 1 {
		t.Errorf("progress callback ran %d times, want at least once (the final report)", n)
	}
	if n := eval(t, ir, `len(res.History.Metric("dim"))`)[0].Int(); n < 1 {
		t.Errorf("metric recorded %d times", n)
	}
}

// TestInterpPlotAndDisplay draws a figure from interpreted code, renders it
// to PNG and shows it through the gophernotes-style "display" import.
func TestInterpPlotAndDisplay(t *testing.T) {
	ir := fast.New()
	eval(t, ir, `import (
		"display"
		"github.com/linae/linae/plotting"
	)`)
	eval(t, ir, `fig, err := plotting.Curves("loss", "iteration", "loss", []plotting.Series{
		{Name: "a", X: []float64{1, 2, 3}, Y: []float64{3, 2, 1}},
		{Name: "b", X: []float64{1, 2, 3}, Y: []float64{2, 2, 1.5}},
	}, false, true)`)
	if v := eval(t, ir, `err == nil`); !v[0].Bool() {
		t.Fatalf("Curves: %v", eval(t, ir, `err`))
	}
	eval(t, ir, `b, err := fig.PNG()`)
	b := eval(t, ir, `b`)[0].Bytes()
	if !strings.HasPrefix(string(b), "\x89PNG") {
		t.Fatalf("fig.PNG() from the interpreter gave %d bytes without the PNG signature", len(b))
	}
	v := eval(t, ir, `display.Auto(fig).Data["image/png"] != nil`)
	if !v[0].Bool() {
		t.Error("display.Auto(fig) from the interpreter has no image/png")
	}
	v = eval(t, ir, `display.Display(display.Markdown("# hi")) == display.ErrNoKernel`)
	if !v[0].Bool() {
		t.Error("display.Display without a kernel should return ErrNoKernel")
	}
}

// TestInterpMNIST loads real MNIST digits from interpreted code.
func TestInterpMNIST(t *testing.T) {
	if _, err := data.MNISTDir(); err != nil {
		t.Skipf("MNIST files not available: %v", err)
	}
	ir := fast.New()
	eval(t, ir, `import "github.com/linae/linae/data"`)
	eval(t, ir, `m, err := data.LoadMNIST("", "test", 20)`)
	if v := eval(t, ir, `err == nil`); !v[0].Bool() {
		t.Fatalf("LoadMNIST: %v", eval(t, ir, `err`))
	}
	r := eval(t, ir, `m.Images.RawMatrix().Rows`)[0].Int()
	if r != 20 {
		t.Errorf("LoadMNIST(20) from the interpreter: %d rows", r)
	}
}

// TestInterpMoreAPIs covers the remaining shapes of API the notebooks meet:
// variadic functions, a loss written in the cell (as a FuncObjective and as
// an interpreted type through the generated sae.Objective proxy), sparse
// autoencoder training on natural-image patches, mosaics and panels.
func TestInterpMoreAPIs(t *testing.T) {
	ir := fast.New()
	eval(t, ir, `import (
		"context"
		"github.com/linae/linae/data"
		"github.com/linae/linae/plotting"
		"github.com/linae/linae/sae"
	)`)
	eval(t, ir, `quad := sae.FuncObjective{N: 3, F: func(grad, x []float64) float64 {
		s := 0.0
		for i, v := range x {
			s += v * v
			if grad != nil {
				grad[i] = 2 * v
			}
		}
		return s
	}}`)
	if e := eval(t, ir, `sae.CheckGradient(quad, []float64{1, -2, 0.5}, 1e-6).RelErr`)[0].Float(); e > 1e-8 {
		t.Errorf("CheckGradient of a cell-defined FuncObjective: RelErr %g", e)
	}
	eval(t, ir, `type bowl struct{ n int }`)
	eval(t, ir, `func (b bowl) Dim() int { return b.n }`)
	eval(t, ir, `func (b bowl) LossGrad(grad, x []float64) float64 { return quad.F(grad, x) }`)
	eval(t, ir, `res, err := sae.Train(context.Background(), bowl{3}, []float64{1, 1, 1}, sae.TrainSettings{Method: sae.GradientDescent, StepSize: 0.1, Iterations: 200})`)
	if v := eval(t, ir, `err == nil && res.Loss < 1e-12`); !v[0].Bool() {
		t.Errorf("Train on an interpreted Objective: err %v, loss %v", eval(t, ir, `err`)[0], eval(t, ir, `res.Loss`)[0])
	}
	eval(t, ir, `imgs, _, err := data.NaturalImages()`)
	eval(t, ir, `P, err := data.SamplePatches(imgs, 8, 200, 1)`)
	eval(t, ir, `err = data.NormalizeUFLDL(P, P)`)
	eval(t, ir, `sl, err := sae.NewSparseLoss(P, sae.SparseConfig{Hidden: 9, Rho: 0.01, Beta: 3, Lambda: 1e-4})`)
	if v := eval(t, ir, `err == nil`); !v[0].Bool() {
		t.Fatalf("NewSparseLoss: %v", eval(t, ir, `err`)[0])
	}
	eval(t, ir, `sr, err := sae.Train(context.Background(), sl, sl.InitParams(nil, 1), sae.TrainSettings{Method: sae.LBFGS, Iterations: 20})`)
	if v := eval(t, ir, `err == nil`); !v[0].Bool() {
		t.Fatalf("sparse Train: %v", eval(t, ir, `err`)[0])
	}
	eval(t, ir, `mos, err := plotting.Mosaic(sl.Model(sr.Params).W1, 8, 8, 3)`)
	eval(t, ir, `h, err := plotting.Histogram([]float64{1, 2, 2, 3}, 3, "h", "x", 1.5, 2.5)`)
	eval(t, ir, `pan, err := plotting.Panels(1, 2, mos, h)`)
	if v := eval(t, ir, `err == nil && pan != nil`); !v[0].Bool() {
		t.Fatalf("Mosaic/Histogram/Panels: %v", eval(t, ir, `err`)[0])
	}
	eval(t, ir, `b, err := pan.PNG()`)
	if n := eval(t, ir, `len(b)`)[0].Int(); n < 100 {
		t.Errorf("panel PNG has %d bytes", n)
	}
}
