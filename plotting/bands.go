package plotting

import (
	"fmt"
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Band is one named curve, Y against X, with an optional shaded band from
// Lo to Hi around it: for instance the mean of a quantity over seeds and its
// minimum and maximum. A Band with nil Lo and Hi is a plain curve (a
// reference line such as a floor). Name is shown in the legend; a Band with
// an empty Name gets no legend entry.
type Band struct {
	Name   string
	X, Y   []float64
	Lo, Hi []float64
}

// bandAlpha is the opacity of a band's fill: light enough that the curves
// of other bands stay visible through it.
const bandAlpha = 0x40

// Bands draws each band's curve as a line in its own colour and dash
// pattern (as Curves does) over a translucent fill of the same colour from
// Lo to Hi, with a legend of the named bands. logX and logY select log
// scales. The axes hold the bands as well as the curves.
//
// It returns an error, naming the band and index, if bands is empty, a band
// has no points, Lo and Hi are not both nil or both of the length of X, Y
// has another length, a value is NaN or infinite, Lo[i] > Hi[i], or a value
// on a log axis is not positive.
func Bands(title, xLabel, yLabel string, bands []Band, logX, logY bool) (*Figure, error) {
	if len(bands) == 0 {
		return nil, fmt.Errorf("plotting: Bands %q: no bands", title)
	}
	for i, b := range bands {
		if err := checkBand(i, b, logX, logY); err != nil {
			return nil, err
		}
	}
	p := newPlot(title, xLabel, yLabel)
	// The fills first, so that every curve is drawn over every fill.
	for i, b := range bands {
		if b.Lo == nil {
			continue
		}
		n := len(b.X)
		ring := make(plotter.XYs, 0, 2*n)
		for j := 0; j < n; j++ {
			ring = append(ring, plotter.XY{X: b.X[j], Y: b.Lo[j]})
		}
		for j := n - 1; j >= 0; j-- {
			ring = append(ring, plotter.XY{X: b.X[j], Y: b.Hi[j]})
		}
		poly, err := plotter.NewPolygon(ring)
		if err != nil {
			return nil, fmt.Errorf("plotting: band %q: %w", bandName(i, b), err)
		}
		r, g, bl, _ := Color(i).RGBA()
		// Premultiplied alpha, as color.RGBA requires.
		poly.Color = color.RGBA{R: uint8((r >> 8) * bandAlpha / 0xff), G: uint8((g >> 8) * bandAlpha / 0xff), B: uint8((bl >> 8) * bandAlpha / 0xff), A: bandAlpha}
		poly.LineStyle = draw.LineStyle{Color: Color(i), Width: vg.Points(0.3)}
		p.Add(poly)
	}
	var texts []string
	var data []path
	for i, b := range bands {
		pts := xys(b.X, b.Y)
		l, err := plotter.NewLine(pts)
		if err != nil {
			return nil, fmt.Errorf("plotting: band %q: %w", bandName(i, b), err)
		}
		l.LineStyle = lineStyle(i)
		p.Add(l)
		thumbs := []plot.Thumbnailer{l}
		if len(pts) <= markerLimit {
			sc, err := plotter.NewScatter(pts)
			if err != nil {
				return nil, fmt.Errorf("plotting: band %q: %w", bandName(i, b), err)
			}
			sc.GlyphStyle = draw.GlyphStyle{Color: Color(i), Radius: vg.Points(2.5), Shape: glyphs[i%len(glyphs)]}
			p.Add(sc)
			thumbs = append(thumbs, sc)
		}
		if b.Name != "" {
			p.Legend.Add(b.Name, thumbs...)
			texts = append(texts, b.Name)
		}
		data = append(data, path{x: b.X, y: b.Y, line: true})
		if b.Lo != nil {
			data = append(data, path{x: b.X, y: b.Lo, line: true}, path{x: b.X, y: b.Hi, line: true})
		}
	}
	setLogAxes(p, logX, logY)
	p.Add(plotter.NewGrid())
	return newPlotFigure(p, texts, data), nil
}

func bandName(i int, b Band) string {
	if b.Name == "" {
		return "#" + strconv.Itoa(i)
	}
	return b.Name
}

// checkBand returns the error Bands documents for band i, or nil.
func checkBand(i int, b Band, logX, logY bool) error {
	name := strconv.Quote(bandName(i, b))
	n := len(b.X)
	if n == 0 {
		return fmt.Errorf("plotting: band %s has no points", name)
	}
	if len(b.Y) != n {
		return fmt.Errorf("plotting: band %s has len(X) = %d but len(Y) = %d", name, n, len(b.Y))
	}
	if (b.Lo == nil) != (b.Hi == nil) || (b.Lo != nil && (len(b.Lo) != n || len(b.Hi) != n)) {
		return fmt.Errorf("plotting: band %s: Lo and Hi must both be nil or both have len(X) = %d (have %d and %d)", name, n, len(b.Lo), len(b.Hi))
	}
	for _, s := range []struct {
		what string
		v    []float64
		log  bool
	}{{"X", b.X, logX}, {"Y", b.Y, logY}, {"Lo", b.Lo, logY}, {"Hi", b.Hi, logY}} {
		if err := checkFinite("band "+name+" "+s.what, s.v); err != nil {
			return err
		}
		for j, v := range s.v {
			if s.log && v <= 0 {
				return fmt.Errorf("plotting: band %s: %s[%d] = %g is not positive on a log axis", name, s.what, j, v)
			}
		}
	}
	for j := range b.Lo {
		if b.Lo[j] > b.Hi[j] {
			return fmt.Errorf("plotting: band %s: Lo[%d] = %g > Hi[%d] = %g", name, j, b.Lo[j], j, b.Hi[j])
		}
	}
	return nil
}
