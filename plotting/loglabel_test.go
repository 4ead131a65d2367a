package plotting

import (
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// TestLogYLabelLeavesNoBand checks that a long label on a log Y axis does
// not push the data area down: the gap between the top of the canvas and
// the top of the data area, where drawPlot draws it, is the same as on a
// linear axis with the same label (title and top tick label only).
func TestLogYLabelLeavesNoBand(t *testing.T) {
	x := []float64{0.001, 0.01, 0.1, 1, 10, 100, 1000}
	series := []Series{{X: x, Y: x}}
	gap := func(logY bool) vg.Length {
		f, err := Curves("a title", "x", "a long label on the vertical axis", series, true, logY)
		if err != nil {
			t.Fatal(err)
		}
		c := draw.New(vgimg.New(f.Width, f.Height))
		label, room := liftLogYLabel(f.plot)
		defer func() { f.plot.Y.Label.Text = label }()
		return c.Max.Y - f.plot.DataCanvas(draw.Crop(c, room, 0, 0, 0)).Max.Y
	}
	lin, log := gap(false), gap(true)
	if d := log - lin; d > 2 || d < -2 {
		t.Errorf("top gap %.1f pt on a log axis, %.1f pt on a linear one", log, lin)
	}
	// Without lifting the label (gonum/plot alone) the log axis has the band:
	// the test would be meaningless if it did not.
	f, err := Curves("a title", "x", "a long label on the vertical axis", series, true, true)
	if err != nil {
		t.Fatal(err)
	}
	c := draw.New(vgimg.New(f.Width, f.Height))
	if _, ok := f.plot.Y.Scale.(plot.LogScale); !ok {
		t.Fatal("Curves with logY did not set a log scale")
	}
	if band := c.Max.Y - f.plot.DataCanvas(c).Max.Y - lin; band < 10 {
		t.Errorf("gonum/plot alone leaves %.1f pt more above a log axis; the lift is no longer needed", band)
	}
}
