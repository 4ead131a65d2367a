package sae

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

// noPanic calls f and turns a panic into an error, so that a constructor
// that panics on bad data fails its test case instead of the whole run.
func noPanic(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f()
}

// wantError fails t unless err is an error (not a panic) that mentions
// every string in want.
func wantError(t *testing.T, what string, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", what)
		return
	}
	if strings.HasPrefix(err.Error(), "panic:") {
		t.Errorf("%s: %v, want an error", what, err)
		return
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: error %q does not mention %q", what, err, w)
		}
	}
}

// scaledTestData returns 6×3 data with distinct variances, scaled by s.
func scaledTestData(s float64) *mat.Dense {
	X := mat.NewDense(6, 3, []float64{
		1, 2, 3,
		4, 5, 6,
		7, 8, 10,
		0, 1, 0,
		-3, 2, 1,
		2, -4, 5,
	})
	X.Scale(s, X)
	return X
}

// Data whose elements are finite but whose variances overflow must give an
// error from every PCA method, not +Inf variances and NaN ratios.
func TestFitPCAOverflowIsAnError(t *testing.T) {
	X := scaledTestData(1e300)
	for _, method := range []PCAMethod{PCAAuto, PCAEigen, PCASVD, PCARandomized} {
		p, err := FitPCA(X, 2, PCASettings{Method: method})
		wantError(t, method.String(), err, "overflow")
		if err == nil {
			t.Logf("%v: Variances %v, VarianceRatios %v", method, p.Variances, p.VarianceRatios)
		}
	}
	// At 1e150 the squares are about 1e302: large, finite, and fitted.
	for _, method := range []PCAMethod{PCAEigen, PCASVD, PCARandomized} {
		p, err := FitPCA(scaledTestData(1e150), 2, PCASettings{Method: method})
		if err != nil {
			t.Errorf("%v at 1e150: %v", method, err)
			continue
		}
		for i, r := range p.VarianceRatios {
			if !(r > 0 && r <= 1) || math.IsInf(p.Variances[i], 0) {
				t.Errorf("%v at 1e150: variance %v, ratio %v", method, p.Variances[i], r)
			}
		}
	}
}

// Data whose variances underflow (squares below the smallest normal
// float64) give an error, not zero variances beside meaningless
// components; constant data have zero variances and no error.
func TestFitPCAUnderflowIsAnError(t *testing.T) {
	for _, method := range []PCAMethod{PCAEigen, PCASVD, PCARandomized} {
		_, err := FitPCA(scaledTestData(1e-300), 2, PCASettings{Method: method})
		wantError(t, method.String(), err, "underflow")
		c := mat.NewDense(4, 3, nil)
		for i := range 4 {
			c.SetRow(i, []float64{1, -2, 3})
		}
		p, err := FitPCA(c, 2, PCASettings{Method: method})
		if err != nil {
			t.Errorf("%v, constant data: %v", method, err)
		} else if p.TotalVariance != 0 || p.Variances[0] != 0 {
			t.Errorf("%v, constant data: variances %v, total %v", method, p.Variances, p.TotalVariance)
		}
	}
}

// Transform, InverseTransform and ReconstructionError of finite inputs
// whose results overflow return an error, not Inf.
func TestPCAOverflowingResultsAreErrors(t *testing.T) {
	p, err := FitPCA(scaledTestData(1), 3, PCASettings{Method: PCASVD})
	if err != nil {
		t.Fatal(err)
	}
	big := mat.NewDense(1, 3, []float64{math.MaxFloat64, math.MaxFloat64, math.MaxFloat64})
	var dst mat.Dense
	wantError(t, "Transform", noPanic(func() error { return p.Transform(&dst, big) }), "overflow")
	var back mat.Dense
	wantError(t, "InverseTransform", noPanic(func() error { return p.InverseTransform(&back, big) }), "overflow")
	_, err = p.ReconstructionError(scaledTestData(1e200))
	wantError(t, "ReconstructionError", err, "overflow")
}

// RecoverComponents of data whose codes' covariance overflows returns an
// error, not infinite variances.
func TestRecoverComponentsOverflowIsAnError(t *testing.T) {
	l, err := NewLinearLoss(scaledTestData(1), LinearConfig{Hidden: 2})
	if err != nil {
		t.Fatal(err)
	}
	model := l.Model(l.InitParams(nil, 1))
	var dst mat.Dense
	vars, err := RecoverComponents(&dst, model, scaledTestData(1e300))
	wantError(t, "RecoverComponents", err, "overflow")
	if err == nil {
		t.Logf("variances %v", vars)
	}
}

// Losses whose data term cannot be evaluated without overflow are refused
// when they are built: LossGrad has no error to report it with.
func TestLossOverflowIsAnError(t *testing.T) {
	X := scaledTestData(1e300)
	_, err := NewLinearLoss(X, LinearConfig{Hidden: 2})
	wantError(t, "NewLinearLoss", err, "overflow")
	_, err = NewDraftLoss(X, DraftConfig{Hidden: 2, Rho: []float64{0, 0}})
	wantError(t, "NewDraftLoss", err, "overflow")
	_, err = NewSparseLoss(X, SparseConfig{Hidden: 2})
	wantError(t, "NewSparseLoss", err, "overflow")
	_, err = NewLinearDecoderLoss(X, SparseConfig{Hidden: 2})
	wantError(t, "NewLinearDecoderLoss", err, "overflow")
	// Large but representable data are accepted, and their loss is finite.
	l, err := NewLinearLoss(scaledTestData(1e150), LinearConfig{Hidden: 2})
	if err != nil {
		t.Fatal(err)
	}
	if f := l.LossGrad(nil, l.InitParams(nil, 1)); math.IsInf(f, 0) || math.IsNaN(f) {
		t.Errorf("linear loss at 1e150: %v", f)
	}
	s, err := NewSparseLoss(scaledTestData(1e150), SparseConfig{Hidden: 2})
	if err != nil {
		t.Fatal(err)
	}
	if f := s.LossGrad(nil, s.InitParams(nil, 1)); math.IsInf(f, 0) || math.IsNaN(f) {
		t.Errorf("sparse loss at 1e150: %v", f)
	}
}

// A Scatter of data whose squares overflow gives an error from the
// routines that use it, not +Inf variances or losses.
func TestScatterOverflowIsAnError(t *testing.T) {
	a := NewScatter(3)
	if err := a.Add(scaledTestData(1e300)); err != nil {
		return // refused where it is accumulated: nothing further to check
	}
	_, err := FitPCAScatter(a, 2)
	wantError(t, "FitPCAScatter", err, "overflow")
	_, err = NewLinearLossScatter(a, LinearConfig{Hidden: 2})
	wantError(t, "NewLinearLossScatter", err, "overflow")
	_, err = NewDraftLossScatter(a, DraftConfig{Hidden: 2, Rho: []float64{0, 0}})
	wantError(t, "NewDraftLossScatter", err, "overflow")
}

// A nil data matrix, as an untyped nil or a typed nil *mat.Dense, is an
// error from every public function that takes data, not a nil dereference.
func TestNilDataIsAnError(t *testing.T) {
	p, err := FitPCA(scaledTestData(1), 2, PCASettings{})
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLinearLoss(scaledTestData(1), LinearConfig{Hidden: 2})
	if err != nil {
		t.Fatal(err)
	}
	model := l.Model(l.InitParams(nil, 1))
	for _, nilX := range []struct {
		name string
		X    mat.Matrix
	}{{"nil", nil}, {"(*mat.Dense)(nil)", (*mat.Dense)(nil)}} {
		X := nilX.X
		for name, f := range map[string]func() error{
			"FitPCA": func() error { _, err := FitPCA(X, 1, PCASettings{}); return err },
			"NewLinearLoss": func() error {
				_, err := NewLinearLoss(X, LinearConfig{Hidden: 1})
				return err
			},
			"NewDraftLoss": func() error {
				_, err := NewDraftLoss(X, DraftConfig{Hidden: 1, Rho: []float64{0}})
				return err
			},
			"NewSparseLoss": func() error {
				_, err := NewSparseLoss(X, SparseConfig{Hidden: 1})
				return err
			},
			"NewLinearDecoderLoss": func() error {
				_, err := NewLinearDecoderLoss(X, SparseConfig{Hidden: 1})
				return err
			},
			"NewNestedDropoutLoss": func() error {
				_, err := NewNestedDropoutLoss(X, NestedDropoutConfig{Hidden: 1})
				return err
			},
			"NewOrderedLoss": func() error {
				_, err := NewOrderedLoss(X, OrderedConfig{Hidden: 1})
				return err
			},
			"NewRAGLoss": func() error { _, err := NewRAGLoss(X, RAGConfig{Hidden: 1}); return err },
			"RecoverComponents": func() error {
				var dst mat.Dense
				_, err := RecoverComponents(&dst, model, X)
				return err
			},
			"PCA.Transform": func() error { var dst mat.Dense; return p.Transform(&dst, X) },
			"PCA.InverseTransform": func() error {
				var dst mat.Dense
				return p.InverseTransform(&dst, X)
			},
			"PCA.Reconstruct": func() error { var dst mat.Dense; return p.Reconstruct(&dst, X) },
			"PCA.ReconstructionError": func() error {
				_, err := p.ReconstructionError(X)
				return err
			},
			"PrincipalAngles": func() error {
				_, err := PrincipalAngles(X, p.Components.T())
				return err
			},
			"SubspaceDistance": func() error {
				_, err := SubspaceDistance(p.Components.T(), X)
				return err
			},
		} {
			wantError(t, name+"("+nilX.name+")", noPanic(f), "nil")
		}
	}
}

// A gradient that becomes NaN where the loss is finite stops every method
// with ErrDiverged, keeping the best point, never with a nil error.
func TestTrainNaNGradientDiverges(t *testing.T) {
	obj := FuncObjective{N: 1, F: func(g, x []float64) float64 {
		if g != nil {
			g[0] = 2 * x[0]
			if x[0] < 0.5 {
				g[0] = math.NaN()
			}
		}
		return x[0] * x[0]
	}}
	for _, m := range []Method{GradientDescent, LBFGS, SGD, Adam} {
		res, err := Train(context.Background(), obj, []float64{1}, TrainSettings{Method: m, Iterations: 50, StepSize: 0.1})
		if !errors.Is(err, ErrDiverged) {
			t.Errorf("%v: err = %v, want ErrDiverged", m, err)
			continue
		}
		if res.Stop != Diverged || !(res.Loss <= 1) || math.IsNaN(res.GradNorm) {
			t.Errorf("%v: stop %v, loss %v, gradient norm %v", m, res.Stop, res.Loss, res.GradNorm)
		}
	}
}

// Every field of TrainSettings that holds a value no run can mean is an
// error naming the field.
func TestTrainSettingsErrorsNameTheField(t *testing.T) {
	obj := quadratic([]float64{1}, []float64{0})
	nan := math.NaN()
	for _, tc := range []struct {
		s     TrainSettings
		field string
	}{
		{TrainSettings{Method: Adam, Beta2: 1.5}, "Beta2"},
		{TrainSettings{Method: Adam, Beta2: 1}, "Beta2"},
		{TrainSettings{Method: Adam, Beta2: -0.5}, "Beta2"},
		{TrainSettings{Method: Adam, Beta2: nan}, "Beta2"},
		{TrainSettings{Method: Adam, Beta1: 1}, "Beta1"},
		{TrainSettings{Method: Adam, Beta1: -0.1}, "Beta1"},
		{TrainSettings{Method: Adam, Beta1: nan}, "Beta1"},
		{TrainSettings{Method: Adam, Epsilon: -1}, "Epsilon"},
		{TrainSettings{Method: Adam, Epsilon: nan}, "Epsilon"},
		{TrainSettings{Method: Adam, Epsilon: math.Inf(1)}, "Epsilon"},
		{TrainSettings{GradTol: nan}, "GradTol"},
		{TrainSettings{GradTol: -1}, "GradTol"},
		{TrainSettings{GradTol: math.Inf(1)}, "GradTol"},
		{TrainSettings{LossTol: -1}, "LossTol"},
		{TrainSettings{LossTol: nan}, "LossTol"},
		{TrainSettings{LossTol: math.Inf(1)}, "LossTol"},
		{TrainSettings{ProgressInterval: -time.Second}, "ProgressInterval"},
		{TrainSettings{StepSize: -1}, "StepSize"},
		{TrainSettings{StepSize: nan}, "StepSize"},
		{TrainSettings{StepSize: math.Inf(1)}, "StepSize"},
		{TrainSettings{Momentum: 1}, "Momentum"},
		{TrainSettings{Momentum: -0.5}, "Momentum"},
		{TrainSettings{Momentum: nan}, "Momentum"},
		{TrainSettings{Iterations: -1}, "Iterations"},
		{TrainSettings{Method: SGD, BatchSize: -1}, "BatchSize"},
		{TrainSettings{RecordEvery: -1}, "RecordEvery"},
		{TrainSettings{Method: Method(42)}, "Method"},
		{TrainSettings{Metrics: []Metric{{Name: "x"}}}, "Metrics[0]"},
	} {
		_, err := Train(context.Background(), obj, []float64{1}, tc.s)
		wantError(t, fmt.Sprintf("%+v", tc.s), err, tc.field)
	}
	// The zero values are the defaults, and values at the edges of the
	// ranges are accepted.
	for _, s := range []TrainSettings{
		{},
		{Method: Adam, Beta1: 0.5, Beta2: 0.5, Epsilon: 1e-12, Iterations: 3},
		{GradTol: 1e-8, LossTol: 1e-12, ProgressInterval: time.Millisecond, Momentum: 0.99, Iterations: 3},
	} {
		if _, err := Train(context.Background(), obj, []float64{1}, s); err != nil {
			t.Errorf("%+v: %v", s, err)
		}
	}
}
