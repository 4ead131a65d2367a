package plotting

import (
	"math"
	"strings"
	"testing"
)

// TestBands renders a band and a plain curve on log axes and checks that
// the axes hold the band, not only the curves.
func TestBands(t *testing.T) {
	f, err := Bands("t", "x", "y", []Band{
		{Name: "mean", X: []float64{1, 10, 100}, Y: []float64{2, 3, 4}, Lo: []float64{1, 2, 3}, Hi: []float64{5, 6, 70}},
		{Name: "floor", X: []float64{1, 100}, Y: []float64{1.5, 1.5}},
	}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Plot(); p.Y.Min > 1 || p.Y.Max < 70 {
		t.Errorf("y axis [%g, %g] does not hold the band [1, 70]", p.Y.Min, p.Y.Max)
	}
	if got := strings.Join(f.legendText, ","); got != "mean,floor" {
		t.Errorf("legend %q, want mean,floor", got)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
}

// TestBandsErrors checks every documented error.
func TestBandsErrors(t *testing.T) {
	ok := func() Band {
		return Band{Name: "b", X: []float64{1, 2}, Y: []float64{1, 2}, Lo: []float64{0.5, 1}, Hi: []float64{2, 3}}
	}
	cases := []struct {
		name string
		edit func(*Band)
		logY bool
		want string
	}{
		{"no points", func(b *Band) { b.X, b.Y, b.Lo, b.Hi = nil, nil, nil, nil }, false, "no points"},
		{"Y length", func(b *Band) { b.Y = b.Y[:1] }, false, "len(Y)"},
		{"Lo without Hi", func(b *Band) { b.Hi = nil }, false, "both"},
		{"Hi length", func(b *Band) { b.Hi = b.Hi[:1] }, false, "both"},
		{"NaN", func(b *Band) { b.Lo[1] = math.NaN() }, false, "Lo[1]"},
		{"Lo above Hi", func(b *Band) { b.Lo[0] = 3 }, false, "Lo[0] = 3 > Hi[0]"},
		{"log axis", func(b *Band) { b.Lo[0] = 0 }, true, "not positive"},
	}
	for _, c := range cases {
		b := ok()
		c.edit(&b)
		_, err := Bands("t", "x", "y", []Band{b}, false, c.logY)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := Bands("t", "x", "y", nil, false, false); err == nil {
		t.Error("no bands: no error")
	}
}
