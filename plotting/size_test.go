package plotting

import (
	"io"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

// Sizes and resolutions no one means are errors from every format, not an
// out-of-memory crash or an endless render; sizes at the limits render.
func TestFigureSizeLimits(t *testing.T) {
	fig := func(w, h vg.Length, dpi int) *Figure {
		f, err := Angles([]float64{0.1, 0.2}, "t")
		if err != nil {
			t.Fatal(err)
		}
		f.Width, f.Height, f.DPI = w, h, dpi
		return f
	}
	w, h := DefaultWidth, DefaultHeight
	side := MaxFigureSide
	for _, c := range []struct {
		name   string
		f      *Figure
		format string
		want   string
	}{
		{"DPI 1e6", fig(w, h, 1e6), "png", "pixels"},
		{"DPI max int", fig(w, h, math.MaxInt), "png", "pixels"},
		{"DPI negative", fig(w, h, -1), "png", "DPI"},
		{"DPI negative svg", fig(w, h, -72), "svg", "DPI"},
		{"width NaN", fig(vg.Length(math.NaN()), h, 0), "svg", "not positive"},
		{"height negative", fig(w, -h, 0), "pdf", "not positive"},
		{"width +Inf", fig(vg.Length(math.Inf(1)), h, 0), "png", "not positive"},
		{"width huge svg", fig(1e300, h, 0), "svg", "larger than"},
		{"width huge pdf", fig(2*side, h, 0), "pdf", "larger than"},
		{"height huge png", fig(w, 2*side, 0), "png", "larger than"},
		{"pixels", fig(side, side, 300), "png", "pixels"},
	} {
		err := c.f.Encode(io.Discard, c.format)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s (%s): error %v, want it to mention %q", c.name, c.format, err, c.want)
		}
	}
	// The largest side renders as a vector figure.
	for _, format := range []string{"svg", "pdf"} {
		if err := fig(side, side, 0).Encode(io.Discard, format); err != nil {
			t.Errorf("side %v as %s: %v", side, format, err)
		}
	}
}
