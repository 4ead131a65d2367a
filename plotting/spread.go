package plotting

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// SpreadSeries is one named curve measured several times (over seeds) at
// each X: Y[i] holds the repeated measurements at X[i].
type SpreadSeries struct {
	Name string
	X    []float64
	Y    [][]float64
}

// ErrorBars draws each series as a line through the means of its repeated
// measurements with an error bar from their minimum to their maximum at
// every point, so that a reader sees both the trend and the spread over
// seeds. logX and logY select log scales.
//
// It returns an error, naming the series and index, if series is empty, a
// series has no points, len(X) ≠ len(Y), a point has no measurements, a
// value is NaN or infinite, or a value on a log axis is not positive.
func ErrorBars(title, xLabel, yLabel string, series []SpreadSeries, logX, logY bool) (*Figure, error) {
	means, lows, highs, err := spreadStats(title, series, logY)
	if err != nil {
		return nil, err
	}
	f, err := Curves(title, xLabel, yLabel, means, logX, logY)
	if err != nil {
		return nil, err
	}
	p := f.plot
	for i, m := range means {
		if len(m.X) == 0 {
			continue
		}
		bars := &plotter.YErrorBars{
			XYs:       xys(m.X, m.Y),
			YErrors:   make(plotter.YErrors, len(m.X)),
			LineStyle: draw.LineStyle{Color: Color(i), Width: vg.Points(1)},
			CapWidth:  vg.Points(5),
		}
		for j := range m.X {
			bars.YErrors[j].Low = m.Y[j] - lows[i][j]
			bars.YErrors[j].High = highs[i][j] - m.Y[j]
			f.legendData = append(f.legendData, path{x: []float64{m.X[j], m.X[j]}, y: []float64{lows[i][j], highs[i][j]}, line: true})
		}
		p.Add(bars)
	}
	// Curves sized the axes to the means; make room for the bars.
	for i := range means {
		for j := range means[i].X {
			p.Y.Min = math.Min(p.Y.Min, lows[i][j])
			p.Y.Max = math.Max(p.Y.Max, highs[i][j])
		}
	}
	return f, nil
}

// spreadStats returns the mean, minimum and maximum of every point of every
// series, checking the series as ErrorBars documents.
func spreadStats(title string, series []SpreadSeries, logY bool) (means []Series, lows, highs [][]float64, err error) {
	if len(series) == 0 {
		return nil, nil, nil, fmt.Errorf("plotting: ErrorBars %q: no series", title)
	}
	means = make([]Series, len(series))
	lows = make([][]float64, len(series))
	highs = make([][]float64, len(series))
	for i, s := range series {
		name := s.Name
		if name == "" {
			name = "#" + strconv.Itoa(i)
		}
		if len(s.X) != len(s.Y) {
			return nil, nil, nil, fmt.Errorf("plotting: series %q has len(X) = %d but len(Y) = %d", name, len(s.X), len(s.Y))
		}
		m := Series{Name: s.Name, X: s.X, Y: make([]float64, len(s.Y))}
		lows[i] = make([]float64, len(s.Y))
		highs[i] = make([]float64, len(s.Y))
		for j, ys := range s.Y {
			if len(ys) == 0 {
				return nil, nil, nil, fmt.Errorf("plotting: series %q: no measurements at X[%d]", name, j)
			}
			if err := checkFinite("series "+strconv.Quote(name)+" Y["+strconv.Itoa(j)+"]", ys); err != nil {
				return nil, nil, nil, err
			}
			lo, hi, sum := math.Inf(1), math.Inf(-1), 0.0
			for _, y := range ys {
				if logY && y <= 0 {
					return nil, nil, nil, fmt.Errorf("plotting: series %q: a value %g at X[%d] is not positive on a log y axis", name, y, j)
				}
				lo, hi, sum = math.Min(lo, y), math.Max(hi, y), sum+y
			}
			m.Y[j] = sum / float64(len(ys))
			lows[i][j], highs[i][j] = lo, hi
		}
		means[i] = m
	}
	return means, lows, highs, nil
}

// Points draws each series of points as unconnected glyphs in its own
// colour and shape, and each series of lines as a dashed line (reference
// values such as a target or a bound), with a legend of the named series.
// logX and logY select log scales. lines may be nil.
//
// It returns the errors of Curves, for points and lines alike.
func Points(title, xLabel, yLabel string, points, lines []Series, logX, logY bool) (*Figure, error) {
	if len(points) == 0 {
		return nil, fmt.Errorf("plotting: Points %q: no series", title)
	}
	p := newPlot(title, xLabel, yLabel)
	p.Add(plotter.NewGrid())
	var texts []string
	var data []path
	for i, s := range points {
		name, err := checkSeries(s, i, logX, logY)
		if err != nil {
			return nil, err
		}
		if err := addGlyphs(p, i, name, s.Name, xys(s.X, s.Y), vg.Points(2.5)); err != nil {
			return nil, err
		}
		if s.Name != "" {
			texts = append(texts, s.Name)
		}
		data = append(data, path{x: s.X, y: s.Y})
	}
	for i, s := range lines {
		name, err := checkSeries(s, len(points)+i, logX, logY)
		if err != nil {
			return nil, err
		}
		l, err := plotter.NewLine(xys(s.X, s.Y))
		if err != nil {
			return nil, fmt.Errorf("plotting: series %q: %w", name, err)
		}
		l.LineStyle = draw.LineStyle{Color: color.Gray{Y: 0x40}, Width: vg.Points(1.2), Dashes: dashes[1+i%3]}
		p.Add(l)
		if s.Name != "" {
			p.Legend.Add(s.Name, l)
			texts = append(texts, s.Name)
		}
		data = append(data, path{x: s.X, y: s.Y, line: true})
	}
	setLogAxes(p, logX, logY)
	return newPlotFigure(p, texts, data), nil
}

// MosaicShared displays filters as Mosaic does but on one scale for all of
// them: −max is black, 0 mid-grey and +max white, with max the largest
// |value| of W as a whole. Unlike display_network's per-filter scaling it
// shows how large filters are relative to each other: a filter with a
// fiftieth of the largest norm is drawn nearly uniform grey.
//
// It panics and returns errors as Mosaic does; an all-zero W is drawn
// uniformly grey.
func MosaicShared(W *mat.Dense, patchRows, patchCols, gridCols int) (*Figure, error) {
	return mosaic("MosaicShared", W, patchRows, patchCols, gridCols, true)
}
