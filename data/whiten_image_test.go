package data

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// TestWhitenImageFilter checks WhitenImage against its definition on an
// image whose spectrum is known exactly: two cosines at whole-bin
// frequencies keep their shapes and come out with amplitudes in the ratio
// of the filter R(f) = f·exp(−(f/cutoff)⁴) at their frequencies, and the
// result has mean 0 and variance 0.1.
func TestWhitenImageFilter(t *testing.T) {
	const r, c, cutoff = 24, 40, 0.4
	// f1 = (2/40, 0) cycles per pixel, horizontal; f2 = (0, 9/24), vertical.
	f1, f2 := 2.0/c, 9.0/r
	img := mat.NewDense(r, c, nil)
	for y := 0; y < r; y++ {
		for x := 0; x < c; x++ {
			img.Set(y, x, 7+3*math.Cos(2*math.Pi*f1*float64(x))+5*math.Cos(2*math.Pi*f2*float64(y)))
		}
	}
	var w mat.Dense
	if err := WhitenImage(&w, img, cutoff); err != nil {
		t.Fatal(err)
	}
	R := func(f float64) float64 { return f * math.Exp(-math.Pow(f/cutoff, 4)) }
	a1, a2 := 3*R(f1), 5*R(f2)
	// The result is s·(a1 cos + a2 cos) for the one scale s that makes the
	// variance 0.1: each cosine contributes a²/2.
	s := math.Sqrt(0.1 / (a1*a1/2 + a2*a2/2))
	for y := 0; y < r; y++ {
		for x := 0; x < c; x++ {
			want := s * (a1*math.Cos(2*math.Pi*f1*float64(x)) + a2*math.Cos(2*math.Pi*f2*float64(y)))
			if got := w.At(y, x); math.Abs(got-want) > 1e-12 {
				t.Fatalf("pixel (%d,%d) = %v, want %v", y, x, got, want)
			}
		}
	}
	data := mat.DenseCopyOf(&w).RawMatrix().Data
	if m := stat.Mean(data, nil); math.Abs(m) > 1e-14 {
		t.Errorf("mean %v, want 0", m)
	}
	if v := stat.PopVariance(data, nil); math.Abs(v-0.1) > 1e-13 {
		t.Errorf("variance %v, want 0.1", v)
	}
}

func TestWhitenImageErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		img    mat.Matrix
		cutoff float64
		want   string
	}{
		{"constant", constImage(4, 4, 2), 0.4, "constant"},
		{"too small", mat.NewDense(1, 5, []float64{1, 2, 3, 4, 5}), 0.4, "at least 2×2"},
		{"nan", mat.NewDense(2, 2, []float64{1, math.NaN(), 3, 4}), 0.4, "NaN"},
		{"zero cutoff", mat.NewDense(2, 2, []float64{1, 2, 3, 4}), 0, "cutoff"},
		{"nan cutoff", mat.NewDense(2, 2, []float64{1, 2, 3, 4}), math.NaN(), "cutoff"},
	} {
		var dst mat.Dense
		err := WhitenImage(&dst, tc.img, tc.cutoff)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
		if !dst.IsEmpty() {
			t.Errorf("%s: dst changed on error", tc.name)
		}
	}
}

func TestDownsample(t *testing.T) {
	img := mat.NewDense(5, 7, nil)
	for i := 0; i < 5; i++ {
		for j := 0; j < 7; j++ {
			img.Set(i, j, float64(10*i+j))
		}
	}
	var d mat.Dense
	if err := Downsample(&d, img, 2); err != nil {
		t.Fatal(err)
	}
	// Block (i, j) holds 10·(2i + {0,1}) + 2j + {0,1}: mean 20i + 5 + 2j + 0.5.
	want := mat.NewDense(2, 3, nil)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			want.Set(i, j, float64(20*i+2*j)+5.5)
		}
	}
	if !mat.Equal(&d, want) {
		t.Errorf("Downsample = %v, want %v", mat.Formatted(&d), mat.Formatted(want))
	}
	if err := Downsample(&mat.Dense{}, img, 0); err == nil || !strings.Contains(err.Error(), "factor") {
		t.Errorf("factor 0: error %v", err)
	}
	if err := Downsample(&mat.Dense{}, img, 6); err == nil || !strings.Contains(err.Error(), "block") {
		t.Errorf("factor 6 on 5×7: error %v", err)
	}
}

// constImage returns an r×c image of one value v.
func constImage(r, c int, v float64) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, v)
		}
	}
	return m
}
