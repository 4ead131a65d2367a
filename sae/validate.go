package sae

import (
	"fmt"
	"math"
	"reflect"
	"strings"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/internal/numeric"
)

// isNilMatrix reports whether X is nil, a nil pointer (such as a typed nil
// *mat.Dense, whose Dims dereferences it) or the transpose of one.
func isNilMatrix(X mat.Matrix) bool {
	if X == nil {
		return true
	}
	if v := reflect.ValueOf(X); v.Kind() == reflect.Pointer && v.IsNil() {
		return true
	}
	if t, ok := X.(mat.Untransposer); ok {
		return isNilMatrix(t.Untranspose())
	}
	return false
}

// dataDims returns the dimensions of the matrix X that fn takes as name,
// or an error if X is nil (isNilMatrix) or has no rows or no columns.
func dataDims(X mat.Matrix, fn, name string) (m, n int, err error) {
	if isNilMatrix(X) {
		if X == nil {
			return 0, 0, fmt.Errorf("sae: %s: %s is empty (nil)", fn, name)
		}
		return 0, 0, fmt.Errorf("sae: %s: %s is empty (nil %T)", fn, name, X)
	}
	m, n = X.Dims()
	if m == 0 || n == 0 {
		return 0, 0, fmt.Errorf("sae: %s: %s is empty (%d×%d)", fn, name, m, n)
	}
	return m, n, nil
}

// checkOverflow returns an error naming fn, what and the place of the first
// infinite or NaN element of g, a result fn computed from finite inputs:
// such an element comes from an overflow.
func checkOverflow(g blas64.General, fn, what string) error {
	if i, j, found := numeric.NonFinite(g); found {
		return fmt.Errorf("sae: %s: %s overflows (element [%d,%d] is %v): rescale the data", fn, what, i, j, g.Data[i*g.Stride+j])
	}
	return nil
}

// overflows returns an error naming fn and what, whose value v a routine
// computed from finite data, if v is infinite or NaN: an overflow.
func overflows(v float64, fn, what string) error {
	if numeric.IsFinite(v) {
		return nil
	}
	return fmt.Errorf("sae: %s: %s overflows (%v): rescale the data", fn, what, v)
}

// reconstructionBound bounds the sparse autoencoder's reconstruction error
// on m×n data whose squares sum to sumsq: with outputs a in (0, 1),
// (a − x)² ≤ 2x² + 2, so the error is finite if the bound is.
func reconstructionBound(m, n int, sumsq float64) float64 {
	return 2*float64(m)*float64(n) + 2*sumsq
}

// trainSetting is a TrainSettings field with the test of its value.
type trainSetting struct {
	name string
	v    any
	ok   bool
	want string
}

// check returns an error naming the first field of s whose value no run can
// mean, or nil. Zero values are valid: they stand for the defaults.
func (s *TrainSettings) check() error {
	return checkSettings("Train", s.Metrics, append(append([]trainSetting{
		{"Method", s.Method, s.Method >= GradientDescent && s.Method <= Adam, "GradientDescent, LBFGS, SGD or Adam"},
		{"Iterations", s.Iterations, s.Iterations >= 0, "a value ≥ 1 (0 for the default 1000)"},
		{"Momentum", s.Momentum, inUnit(s.Momentum), "a value in [0, 1)"},
		{"BatchSize", s.BatchSize, s.BatchSize >= 0, "a value ≥ 1 (0 for the full batch)"},
	}, adamSettings(s.StepSize, s.Beta1, s.Beta2, s.Epsilon)...), []trainSetting{
		{"GradTol", s.GradTol, finiteNonNeg(s.GradTol), "a finite value ≥ 0 (0 disables the test)"},
		{"LossTol", s.LossTol, finiteNonNeg(s.LossTol), "a finite value ≥ 0 (0 disables the test)"},
		{"RecordEvery", s.RecordEvery, s.RecordEvery >= 0, "a value ≥ 1 (0 for the default)"},
		{"ProgressInterval", s.ProgressInterval, s.ProgressInterval >= 0, "a duration ≥ 0 (0 for the default 250ms)"},
	}...))
}

// adamSettings returns the tests of Adam's step and constants, shared by
// TrainSettings and StreamTrainSettings (where StepSize is also the step of
// the other methods).
func adamSettings(stepSize, beta1, beta2, epsilon float64) []trainSetting {
	return []trainSetting{
		{"StepSize", stepSize, finiteNonNeg(stepSize), "a finite value > 0 (0 for the default 1e-3)"},
		{"Beta1", beta1, inUnit(beta1), "a value in (0, 1) (0 for the default 0.9)"},
		{"Beta2", beta2, inUnit(beta2), "a value in (0, 1) (0 for the default 0.999)"},
		{"Epsilon", epsilon, finiteNonNeg(epsilon), "a finite value > 0 (0 for the default 1e-8)"},
	}
}

// inUnit reports whether v is in [0, 1); false for NaN.
func inUnit(v float64) bool { return v >= 0 && v < 1 }

// finiteNonNeg reports whether v is finite and ≥ 0; false for NaN.
func finiteNonNeg(v float64) bool { return v >= 0 && !math.IsInf(v, 1) }

// checkSettings returns an error naming fn and the first of fields whose
// value is outside its range, or the first of metrics without a function,
// or nil.
func checkSettings(fn string, metrics []Metric, fields []trainSetting) error {
	for _, f := range fields {
		if !f.ok {
			return fmt.Errorf("sae: %s: %s = %v, want %s", fn, f.name, f.v, f.want)
		}
	}
	for i, m := range metrics {
		if m.F == nil {
			return fmt.Errorf("sae: %s: Metrics[%d] (%q) has a nil F", fn, i, m.Name)
		}
	}
	return nil
}

// checkScatter returns an error naming who if the scatter matrix of d
// overflowed (its trace is not finite), as it does for data whose squares
// sum beyond the largest float64: every loss on it would be infinite.
func (d *linData) checkScatter(who string) error {
	return overflows(d.trS, strings.TrimPrefix(who, "sae: "), "the trace of the data's scatter matrix")
}

// underflows returns an error naming fn if tv, the total variance of the
// data x, is below the smallest normal float64 while a column of x is not
// constant: the squares of the deviations have then lost their digits to
// underflow, and the variances would be zero or meaningless.
func underflows(x blas64.General, tv float64, fn string) error {
	if tv >= 0x1p-1022 {
		return nil
	}
	for i := 1; i < x.Rows; i++ {
		row, first := x.Data[i*x.Stride:i*x.Stride+x.Cols], x.Data[:x.Cols]
		for j, v := range row {
			if v != first[j] {
				return fmt.Errorf("sae: %s: the total variance of X underflows (%v, column %d varies): rescale the data", fn, tv, j)
			}
		}
	}
	return nil
}
