package plotting

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestErrorBars checks that the line goes through the means and the bars
// span the minimum to the maximum, and that the axis holds the bars.
func TestErrorBars(t *testing.T) {
	f, err := ErrorBars("t", "x", "y", []SpreadSeries{
		{Name: "a", X: []float64{1, 10}, Y: [][]float64{{1, 2, 3}, {4, 8}}},
	}, true, false)
	if err != nil {
		t.Fatal(err)
	}
	means, lows, highs, err := spreadStats("t", []SpreadSeries{
		{Name: "a", X: []float64{1, 10}, Y: [][]float64{{1, 2, 3}, {4, 8}}},
	}, false)
	if err != nil {
		t.Fatal(err)
	}
	if means[0].Y[0] != 2 || means[0].Y[1] != 6 || lows[0][0] != 1 || lows[0][1] != 4 || highs[0][0] != 3 || highs[0][1] != 8 {
		t.Errorf("means %v, lows %v, highs %v; want [2 6], [1 4], [3 8]", means[0].Y, lows[0], highs[0])
	}
	if p := f.Plot(); p.Y.Min > 1 || p.Y.Max < 8 {
		t.Errorf("y axis [%g, %g] does not hold [1, 8]", p.Y.Min, p.Y.Max)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
}

// TestPointsAndSharedMosaic renders both and checks the shared scale.
func TestPointsAndSharedMosaic(t *testing.T) {
	f, err := Points("t", "x", "y", []Series{{Name: "a", X: []float64{1, 2}, Y: []float64{3, 4}}},
		[]Series{{Name: "ref", X: []float64{1, 1}, Y: []float64{3, 4}}}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
	W := mat.NewDense(2, 4, []float64{
		-2, 0, 2, 1, // the largest |value| of W is 2: 0, 128, 255, 191
		0.5, -0.5, 0, 0, // on the same scale: 159, 96, 128, 128
	})
	m, err := MosaicShared(W, 2, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, m)
	s := img.Bounds().Dx() / 7
	want := map[[2]int]uint8{{1, 1}: 0, {2, 1}: 128, {1, 2}: 255, {2, 2}: 191, {4, 1}: 159, {5, 1}: 96, {4, 2}: 128}
	for c, w := range want {
		if g := gray(img.At(c[0]*s+s/2, c[1]*s+s/2)); g != w {
			t.Errorf("cell %v = %d, want %d", c, g, w)
		}
	}
}

func TestSpreadErrors(t *testing.T) {
	nan := math.NaN()
	ok := []float64{1, 2}
	for _, c := range []struct {
		name string
		err  func() error
		want string
	}{
		{"bars empty", func() error { _, err := ErrorBars("t", "x", "y", nil, false, false); return err }, "no series"},
		{"bars lengths", func() error {
			_, err := ErrorBars("t", "x", "y", []SpreadSeries{{Name: "a", X: ok, Y: [][]float64{{1}}}}, false, false)
			return err
		}, "len(X) = 2 but len(Y) = 1"},
		{"bars no measurements", func() error {
			_, err := ErrorBars("t", "x", "y", []SpreadSeries{{Name: "a", X: ok, Y: [][]float64{{1}, nil}}}, false, false)
			return err
		}, "no measurements at X[1]"},
		{"bars NaN", func() error {
			_, err := ErrorBars("t", "x", "y", []SpreadSeries{{Name: "a", X: ok, Y: [][]float64{{1}, {2, nan}}}}, false, false)
			return err
		}, "is NaN"},
		{"bars log", func() error {
			_, err := ErrorBars("t", "x", "y", []SpreadSeries{{Name: "a", X: ok, Y: [][]float64{{1}, {0}}}}, false, true)
			return err
		}, "not positive on a log y axis"},
		{"points empty", func() error { _, err := Points("t", "x", "y", nil, nil, false, false); return err }, "no series"},
		{"points NaN", func() error {
			_, err := Points("t", "x", "y", []Series{{Name: "a", X: ok, Y: []float64{nan, 1}}}, nil, false, false)
			return err
		}, `"a" Y[0] is NaN`},
		{"points log", func() error {
			_, err := Points("t", "x", "y", []Series{{X: ok, Y: ok}}, []Series{{Name: "r", X: []float64{0, 1}, Y: ok}}, true, false)
			return err
		}, `"r": X[0] = 0 is not positive`},
		{"shared empty", func() error { _, err := MosaicShared(&mat.Dense{}, 2, 2, 0); return err }, "no filters"},
		{"shared inf", func() error {
			_, err := MosaicShared(mat.NewDense(1, 4, []float64{0, math.Inf(1), 0, 0}), 2, 2, 0)
			return err
		}, "W[0, 1] = +Inf"},
	} {
		err := c.err()
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not contain %q", c.name, err, c.want)
		}
	}
}
