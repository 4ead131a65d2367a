package sae

import (
	"math"
	"strings"
	"testing"

	"github.com/linae/linae/data"
	"gonum.org/v1/gonum/mat"
)

// pcaTestPlanes returns bases of the (x, y) plane (not orthonormal) and of the
// plane through the x axis tilted by t about it.
func pcaTestPlanes(t float64) (A, B *mat.Dense) {
	A = mat.NewDense(3, 2, []float64{
		1, 1,
		1, 3,
		0, 0,
	})
	B = mat.NewDense(3, 2, []float64{
		2, 0,
		0, math.Cos(t),
		0, math.Sin(t),
	})
	return A, B
}

func TestPrincipalAnglesKnown(t *testing.T) {
	for _, tc := range []struct {
		theta, tol float64
	}{
		{math.Pi / 6, 1e-15},
		{1e-7, 1e-20},
		{1e-12, 1e-18},
		{math.Pi / 3, 1e-15},
		{math.Pi / 2, 1e-15},
	} {
		A, B := pcaTestPlanes(tc.theta)
		got, err := PrincipalAngles(A, B)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("θ=%g: %d angles, want 2", tc.theta, len(got))
		}
		if math.Abs(got[0]) > 1e-15 {
			t.Errorf("θ=%g: shared direction has angle %g, want 0", tc.theta, got[0])
		}
		if math.Abs(got[1]-tc.theta) > tc.tol {
			t.Errorf("θ=%g: angle %.17g, want %.17g", tc.theta, got[1], tc.theta)
		}
		// Symmetric in its arguments.
		rev, _ := PrincipalAngles(B, A)
		if math.Abs(rev[1]-got[1]) > tc.tol {
			t.Errorf("θ=%g: PrincipalAngles(B, A) = %v, (A, B) = %v", tc.theta, rev, got)
		}
	}
	// Different dimensions: a line at angle 0.3 from the (x, y) plane.
	A, _ := pcaTestPlanes(0)
	line := mat.NewDense(3, 1, []float64{math.Cos(0.3), 0, math.Sin(0.3)})
	for _, args := range [][2]mat.Matrix{{A, line}, {line, A}} {
		got, err := PrincipalAngles(args[0], args[1])
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || math.Abs(got[0]-0.3) > 1e-15 {
			t.Errorf("line vs plane: angles %v, want [0.3]", got)
		}
	}
}

// TestPrincipalAnglesRandom checks Σ cos²θ_i = tr(P_A P_B), with the
// projectors formed independently through the normal equations, and that
// the angles are ascending in [0, π/2].
func TestPrincipalAnglesRandom(t *testing.T) {
	const n = 12
	A := data.RandomOrthonormal(n, 4, 1)
	B := data.RandomOrthonormal(n, 3, 2)
	var Bs mat.Dense // a non-orthonormal basis of the same span
	Bs.Mul(B, mat.NewDense(3, 3, []float64{2, 1, 0, 0, 1, 3, 1, 0, 1}))
	got, err := PrincipalAngles(A, &Bs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d angles, want 3", len(got))
	}
	var sumCos2 float64
	for i, a := range got {
		if a < 0 || a > math.Pi/2 || (i > 0 && a < got[i-1]) {
			t.Errorf("angles not ascending in [0, π/2]: %v", got)
		}
		sumCos2 += math.Cos(a) * math.Cos(a)
	}
	proj := func(M mat.Matrix) *mat.Dense {
		var g, x, p mat.Dense
		g.Mul(M.T(), M)
		if err := x.Solve(&g, M.T()); err != nil {
			t.Fatal(err)
		}
		p.Mul(M, &x)
		return &p
	}
	var pp mat.Dense
	pp.Mul(proj(A), proj(&Bs))
	if tr := mat.Trace(&pp); math.Abs(tr-sumCos2) > 1e-12 {
		t.Errorf("Σcos²θ = %v, tr(P_A P_B) = %v", sumCos2, tr)
	}
	// Subspace distance is the mean squared sine.
	var sin2 float64
	for _, a := range got {
		sin2 += math.Sin(a) * math.Sin(a)
	}
	d, err := SubspaceDistance(&Bs, A)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(d-sin2/3) > 1e-14 {
		t.Errorf("SubspaceDistance = %v, mean sin² = %v", d, sin2/3)
	}
}

func TestPrincipalAnglesErrors(t *testing.T) {
	A, B := pcaTestPlanes(0.5)
	deficient := mat.NewDense(3, 2, []float64{1, 2, 0, 0, 0, 0})
	nan := mat.DenseCopyOf(B)
	nan.Set(1, 1, math.NaN())
	for _, tc := range []struct {
		name string
		a, b mat.Matrix
		want string
	}{
		{"rank deficient", A, deficient, "rank deficient"},
		{"zero", mat.NewDense(3, 1, nil), A, "rank deficient"},
		{"too many columns", mat.NewDense(3, 4, []float64{1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1}), A, "rank deficient"},
		{"NaN", A, nan, "NaN"},
	} {
		if _, err := PrincipalAngles(tc.a, tc.b); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("PrincipalAngles %s: error %v, want it to mention %q", tc.name, err, tc.want)
		}
		if _, err := SubspaceDistance(tc.a, tc.b); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("SubspaceDistance %s: error %v, want it to mention %q", tc.name, err, tc.want)
		}
	}
	pcaMustPanic(t, "PrincipalAngles row mismatch", func() { PrincipalAngles(A, mat.NewDense(4, 1, []float64{1, 0, 0, 0})) })
	pcaMustPanic(t, "SubspaceDistance row mismatch", func() { SubspaceDistance(A, mat.NewDense(4, 1, []float64{1, 0, 0, 0})) })
	pcaMustPanic(t, "AxisAlignment row mismatch", func() { AxisAlignment(A, mat.NewDense(4, 1, []float64{1, 0, 0, 0})) })
}

func TestSubspaceDistance(t *testing.T) {
	U := data.RandomOrthonormal(10, 3, 5)
	var W mat.Dense // same span, skewed basis
	W.Mul(U, mat.NewDense(3, 3, []float64{1, 2, 0, 0, 1, -1, 3, 0, 1}))
	if d, err := SubspaceDistance(U, &W); err != nil || d > 1e-15 {
		t.Errorf("same span: distance %g, err %v", d, err)
	}
	// span(U) inside a bigger span(W): 0; the other way round: 1 − 2/4.
	Q := data.RandomOrthonormal(10, 4, 6)
	sub := Q.Slice(0, 10, 0, 2)
	if d, err := SubspaceDistance(sub, Q); err != nil || d > 1e-15 {
		t.Errorf("subspace of W: distance %g, err %v", d, err)
	}
	if d, err := SubspaceDistance(Q, sub); err != nil || math.Abs(d-0.5) > 1e-15 {
		t.Errorf("superspace of W: distance %v, want 0.5", d)
	}
	// Orthogonal subspaces: 1.
	if d, err := SubspaceDistance(Q.Slice(0, 10, 0, 2), Q.Slice(0, 10, 2, 4)); err != nil || math.Abs(d-1) > 1e-15 {
		t.Errorf("orthogonal: distance %v, want 1", d)
	}
	// A tiny tilt θ: distance sin²θ/2, accurate far below 1e-16.
	const th = 1e-9
	A, B := pcaTestPlanes(th)
	want := math.Sin(th) * math.Sin(th) / 2
	if d, err := SubspaceDistance(A, B); err != nil || pcaRelDiff(d, want) > 1e-8 {
		t.Errorf("tilt %g: distance %g, want %g", th, d, want)
	}
}

func TestAxisAlignment(t *testing.T) {
	U := data.RandomOrthonormal(6, 3, 8)
	// Permuted, sign-flipped, rescaled columns plus an extra column.
	W := mat.NewDense(6, 4, nil)
	for i := 0; i < 6; i++ {
		W.Set(i, 0, -2*U.At(i, 2))
		W.Set(i, 1, 0.5*U.At(i, 0))
		W.Set(i, 2, 0)
		W.Set(i, 3, -U.At(i, 1))
	}
	if a := AxisAlignment(U, W); a > 1e-15 {
		t.Errorf("permuted columns: alignment %g, want 0", a)
	}
	// A 45° rotation in the plane of the first two axes: each of those
	// directions has cos² = 1/2 with its best column, the third is exact.
	E := mat.NewDense(3, 3, []float64{1, 0, 0, 0, 1, 0, 0, 0, 1})
	s := 1 / math.Sqrt2
	R := mat.NewDense(3, 3, []float64{s, s, 0, s, -s, 0, 0, 0, 1})
	if a := AxisAlignment(E, R); math.Abs(a-1.0/3) > 1e-15 {
		t.Errorf("45° rotation: alignment %v, want 1/3", a)
	}
	// The measure is not symmetric: U has k columns, W may have more.
	if a := AxisAlignment(E.Slice(0, 3, 2, 3), R); a > 1e-15 {
		t.Errorf("e3 vs rotated basis: alignment %v, want 0", a)
	}
	// Rotation by θ: 1 − cos²θ for the two rotated axes.
	th := 0.2
	Rt := mat.NewDense(3, 2, []float64{math.Cos(th), -math.Sin(th), math.Sin(th), math.Cos(th), 0, 0})
	want := math.Sin(th) * math.Sin(th)
	if a := AxisAlignment(E.Slice(0, 3, 0, 2), Rt); math.Abs(a-want) > 1e-15 {
		t.Errorf("rotation %v: alignment %v, want %v", th, a, want)
	}
	nanW := mat.DenseCopyOf(R)
	nanW.Set(0, 0, math.NaN())
	if a := AxisAlignment(E, nanW); !math.IsNaN(a) {
		t.Errorf("NaN input gave %v, want NaN", a)
	}
}

func TestTransposeDistance(t *testing.T) {
	W1 := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	W2 := mat.NewDense(3, 2, []float64{1, 4, 2, 5, 3, 7})
	if d := TransposeDistance(W1, W2); d != 0.5 {
		t.Errorf("TransposeDistance = %v, want 1²/2 = 0.5", d)
	}
	if d := TransposeDistance(W1, W1.T()); d != 0 {
		t.Errorf("tied weights: %v, want 0", d)
	}
	pcaMustPanic(t, "TransposeDistance shape", func() { TransposeDistance(W1, W1) })
}

func TestOrthonormalityError(t *testing.T) {
	if e := OrthonormalityError(mat.NewDense(2, 3, []float64{1, 0, 0, 0, 2, 0})); e != 3 {
		t.Errorf("diag(1, 2): %v, want 3", e)
	}
	if e := OrthonormalityError(mat.NewDense(2, 3, []float64{1, 1, 0, 0, 1, 0})); math.Abs(e-math.Sqrt(3)) > 1e-15 {
		t.Errorf("[[1 1 0] [0 1 0]]: %v, want √3", e)
	}
	if e := OrthonormalityError(data.RandomOrthonormal(7, 4, 3).T()); e > 1e-14 {
		t.Errorf("orthonormal rows: %v, want ~0", e)
	}
}

func TestRelativeGap(t *testing.T) {
	for _, tc := range []struct{ loss, floor, want float64 }{
		{1.01, 1, 0.01},
		{2, 4, -0.5},
		{0, 0, 0},
		{1, 0, math.Inf(1)},
	} {
		if got := RelativeGap(tc.loss, tc.floor); math.Abs(got-tc.want) > 1e-15 && got != tc.want {
			t.Errorf("RelativeGap(%v, %v) = %v, want %v", tc.loss, tc.floor, got, tc.want)
		}
	}
}
