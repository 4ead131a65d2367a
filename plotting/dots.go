package plotting

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// DotSeries is one named set of values of a dot plot, one per category;
// NaN marks a category the series has no value for.
type DotSeries struct {
	Name   string
	Values []float64
}

// Dots draws a dot plot: one row per category, named on the y axis from
// the top in the given order, and in each row a glyph per series at its
// value on the x axis (the series side by side a little apart, so that
// equal values stay visible), with a dashed vertical line at every mark,
// for instance a ratio's parity at 1. logX selects a log scale for the
// values. Categories, unlike the numbers of a line plot's x axis, can be
// read without a key.
//
// It returns an error if categories or series is empty, a series does not
// have one value per category, a value is infinite, a mark is NaN or
// infinite, a value or mark on a log axis is not positive, or there is
// nothing to draw (every value NaN and no mark).
func Dots(title, xLabel string, categories []string, series []DotSeries, logX bool, marks ...float64) (*Figure, error) {
	if len(categories) == 0 {
		return nil, fmt.Errorf("plotting: Dots %q: no categories", title)
	}
	if len(series) == 0 {
		return nil, fmt.Errorf("plotting: Dots %q: no series", title)
	}
	if err := checkFinite("marks", marks); err != nil {
		return nil, err
	}
	n := len(categories)
	row := func(j int) float64 { return float64(n - 1 - j) } // the first category on top
	p := newPlot(title, xLabel, "")
	var texts []string
	var data []path
	for i, s := range series {
		name := s.Name
		if name == "" {
			name = fmt.Sprintf("#%d", i)
		}
		if len(s.Values) != n {
			return nil, fmt.Errorf("plotting: series %q: %d values for %d categories", name, len(s.Values), n)
		}
		// Series side by side within a row, centred on it.
		off := 0.3 * (float64(i) - float64(len(series)-1)/2) / float64(max(1, len(series)-1))
		var xs, ys []float64
		for j, v := range s.Values {
			switch {
			case math.IsNaN(v):
				continue
			case math.IsInf(v, 0):
				return nil, fmt.Errorf("plotting: series %q: Values[%d] is %v", name, j, v)
			case logX && v <= 0:
				return nil, fmt.Errorf("plotting: series %q: Values[%d] = %v is not positive on a log x axis", name, j, v)
			}
			xs, ys = append(xs, v), append(ys, row(j)-off)
		}
		if len(xs) == 0 {
			continue
		}
		if err := addGlyphs(p, i, name, s.Name, xys(xs, ys), vg.Points(3)); err != nil {
			return nil, err
		}
		if s.Name != "" {
			texts = append(texts, s.Name)
		}
		data = append(data, path{x: xs, y: ys})
	}
	for i, m := range marks {
		if logX && m <= 0 {
			return nil, fmt.Errorf("plotting: marks[%d] = %v is not positive on a log x axis", i, m)
		}
		l, err := plotter.NewLine(plotter.XYs{{X: m, Y: -0.5}, {X: m, Y: float64(n) - 0.5}})
		if err != nil {
			return nil, err
		}
		l.LineStyle = markStyle(i)
		p.Add(l)
		data = append(data, path{x: []float64{m, m}, y: []float64{-0.5, float64(n) - 0.5}, line: true})
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("plotting: Dots %q: every value is NaN and there is no mark", title)
	}
	ticks := make([]plot.Tick, n)
	for j, c := range categories {
		// A space's margin: the longest name is otherwise flush with the
		// figure's edge.
		ticks[j] = plot.Tick{Value: row(j), Label: " " + c}
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Min, p.Y.Max = -0.6, float64(n)-0.4
	setLogAxes(p, logX, false)
	// Room beyond the outermost glyphs, which would otherwise be cut in
	// half by the plot's edge.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, d := range data {
		for _, v := range d.x {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if lo <= hi {
		if logX {
			lo, hi = lo/1.15, hi*1.15
		} else {
			pad := 0.05 * math.Max(hi-lo, math.Abs(hi))
			if pad == 0 {
				pad = 1
			}
			lo, hi = lo-pad, hi+pad
		}
		p.X.Min, p.X.Max = lo, hi
	}
	p.Add(plotter.NewGrid())
	return newPlotFigure(p, texts, data), nil
}
