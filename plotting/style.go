package plotting

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/linae/linae/internal/numeric"
)

// palette is the ten-colour "tab10" cycle of matplotlib: distinct on screen
// and still distinguishable when printed.
var palette = []color.RGBA{
	{0x1f, 0x77, 0xb4, 0xff},
	{0xff, 0x7f, 0x0e, 0xff},
	{0x2c, 0xa0, 0x2c, 0xff},
	{0xd6, 0x27, 0x28, 0xff},
	{0x94, 0x67, 0xbd, 0xff},
	{0x8c, 0x56, 0x4b, 0xff},
	{0xe3, 0x77, 0xc2, 0xff},
	{0x7f, 0x7f, 0x7f, 0xff},
	{0xbc, 0xbd, 0x22, 0xff},
	{0x17, 0xbe, 0xcf, 0xff},
}

// Color returns the i-th colour of the package's ten-colour cycle, so that
// callers adding their own plotters can match the figures.
func Color(i int) color.Color { return palette[((i%len(palette))+len(palette))%len(palette)] }

// dashes cycles with a period (4) coprime to nothing in the palette's
// period (10) except 2, giving 20 distinct colour/dash pairs.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(1.5), vg.Points(2)},
	{vg.Points(6), vg.Points(2), vg.Points(1.5), vg.Points(2)},
}

func lineStyle(i int) draw.LineStyle {
	return draw.LineStyle{Color: Color(i), Width: vg.Points(1.5), Dashes: dashes[i%len(dashes)]}
}

// markStyle is the style of a figure's i-th reference line (a histogram's
// or a dot plot's marks): dashed, in colours after the data's.
func markStyle(i int) draw.LineStyle {
	return draw.LineStyle{Color: Color(3 + i), Width: vg.Points(1.5), Dashes: dashes[1+i%3]}
}

// newPlot returns a plot with the package's font sizes: slightly smaller
// legend and label text than gonum's defaults so legends cover less.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(plot.DefaultFont, 12)
	p.Title.Padding = vg.Points(4)
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	p.X.Label.TextStyle.Font = font.From(plot.DefaultFont, 11)
	p.Y.Label.TextStyle.Font = font.From(plot.DefaultFont, 11)
	p.X.Tick.Label.Font = font.From(plot.DefaultFont, 9)
	p.Y.Tick.Label.Font = font.From(plot.DefaultFont, 9)
	p.X.Tick.Length = vg.Points(5)
	p.Y.Tick.Length = vg.Points(5)
	p.Legend.TextStyle.Font = font.From(plot.DefaultFont, 9)
	p.Legend.ThumbnailWidth = vg.Points(24)
	p.Legend.Padding = vg.Points(1)
	p.Legend.Top = true
	p.X.Tick.Marker = linearTicks{}
	p.Y.Tick.Marker = linearTicks{}
	return p
}

// linearTicks is gonum's default linear ticker with labels written by
// formatTick: plot.DefaultTicks pads every label of an axis to one
// precision, which turns 0, 25000, 50000 into "0.00", "25000.00", ...
// when the axis range is not a round number.
type linearTicks struct{}

func (linearTicks) Ticks(vmin, vmax float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(vmin, vmax)
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = formatTick(ticks[i].Value)
		}
	}
	return ticks
}

// setLog switches an axis to a log scale with labelled powers of ten (and
// 2 and 5 multiples when the range spans little more than a decade).
func setLog(a *plot.Axis) {
	a.Scale = plot.LogScale{}
	a.Tick.Marker = logTicks{}
}

// logTicks labels decades; unlike plot.LogTicks it never places ticks
// outside the data range, and it labels every axis at least twice: a range
// of a decade or two gets 2 and 5 labels too, a range within a decade
// (a loss falling from 5.5e5 to 3e5) every multiple 1–9 it holds, and a
// range narrower than two such multiples gets linear ticks, so a reader
// can always tell the scale from two labels. Ranges beyond six decades get
// ticks at decades only: nine minor ticks a decade make a solid bar there.
type logTicks struct{}

func (logTicks) Ticks(vmin, vmax float64) []plot.Tick {
	if !(vmin > 0) || !(vmax >= vmin) || math.IsInf(vmax, 0) {
		return nil
	}
	lo := math.Floor(math.Log10(vmin))
	hi := math.Ceil(math.Log10(vmax))
	// Very wide ranges: label every k-th decade only.
	step := 1.0
	if hi-lo > 8 {
		step = math.Ceil((hi - lo) / 8)
	}
	minor := hi-lo <= 6
	inRange := func(v float64) bool { return v >= vmin*(1-1e-12) && v <= vmax*(1+1e-12) }
	// ticks returns the ticks with labels on the multiples d·10^e that
	// label(d, e) selects, and how many labels that makes.
	ticks := func(label func(d int, e float64) bool) ([]plot.Tick, int) {
		var ts []plot.Tick
		n := 0
		for e := lo; e <= hi; e++ {
			base := math.Pow(10, e)
			for d := 1; d <= 9; d++ {
				v := float64(d) * base
				if !inRange(v) || (d > 1 && !minor) {
					continue
				}
				t := plot.Tick{Value: v}
				if label(d, e) {
					t.Label = formatTick(v)
					n++
				}
				ts = append(ts, t)
			}
		}
		return ts, n
	}
	short := hi-lo <= 2
	ts, n := ticks(func(d int, e float64) bool {
		return (d == 1 && math.Mod(e-lo, step) == 0) || (short && (d == 2 || d == 5))
	})
	if n < 2 {
		ts, n = ticks(func(d int, e float64) bool { return d == 1 || d == 2 || d == 5 })
	}
	if n < 2 {
		ts, n = ticks(func(int, float64) bool { return true })
	}
	if n < 2 {
		// Within a factor of about 1.25: evenly spaced labels read fine.
		ts = linearTicks{}.Ticks(vmin, vmax)
	}
	return ts
}

// formatTick prints v compactly: 0.001, 1e-05 becomes 1e-5.
func formatTick(v float64) string {
	s := strconv.FormatFloat(v, 'g', 4, 64)
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		sign := ""
		if exp[0] == '-' {
			sign = "-"
		}
		exp = strings.TrimLeft(exp[1:], "0")
		s = mant + "e" + sign + exp
	}
	return s
}

// fixLogRange widens a degenerate log-axis range (a constant series) by
// half a decade each way; gonum's own widening could reach zero.
func fixLogRange(a *plot.Axis) {
	if a.Min == a.Max && a.Min > 0 {
		a.Min /= math.Sqrt(10)
		a.Max *= math.Sqrt(10)
	}
}

// checkFinite returns an error naming what and the index of the first NaN or
// infinite value of v.
func checkFinite(what string, v []float64) error {
	if i := numeric.NonFiniteIndex(v); i >= 0 {
		return fmt.Errorf("plotting: %s[%d] is %v", what, i, v[i])
	}
	return nil
}

// legendSize returns the size of p's legend given its entry texts.
func legendSize(p *plot.Plot, texts []string) (w, h vg.Length) {
	sty := p.Legend.TextStyle
	var eh vg.Length
	for _, t := range texts {
		if r := sty.Rectangle(" " + t); r.Max.X > w {
			w = r.Max.X
		}
		if r := sty.Rectangle(t); r.Max.Y > eh {
			eh = r.Max.Y
		}
	}
	w += p.Legend.ThumbnailWidth
	n := vg.Length(len(texts))
	h = n*eh + (n-1)*p.Legend.Padding + sty.FontExtents().Descent
	return w, h
}

// legendInset keeps the legend off the axes lines.
const legendInset = vg.Length(4)

// placeLegend chooses the corner of the data area where p's legend covers
// the fewest points of data (top-right, top-left, bottom-right, bottom-left
// in that order of preference). When every corner covers data it raises
// p.Y.Max so the legend sits above the data at the top right.
func placeLegend(p *plot.Plot, texts []string, data []path, c draw.Canvas) {
	dc := p.DataCanvas(c)
	lw, lh := legendSize(p, texts)
	lw += 2 * legendInset
	lh += 2 * legendInset
	W, H := dc.Max.X-dc.Min.X, dc.Max.Y-dc.Min.Y
	if lw >= W || lh >= H {
		return
	}
	tx, ty := p.Transforms(&dc)
	type corner struct{ top, left bool }
	corners := []corner{{true, false}, {true, true}, {false, false}, {false, true}}
	best, bestN := 0, math.MaxInt
	for i, k := range corners {
		r := vg.Rectangle{Min: dc.Min, Max: dc.Max}
		if k.left {
			r.Max.X = dc.Min.X + lw
		} else {
			r.Min.X = dc.Max.X - lw
		}
		if k.top {
			r.Min.Y = dc.Max.Y - lh
		} else {
			r.Max.Y = dc.Min.Y + lh
		}
		n := countInside(data, tx, ty, r)
		if n < bestN {
			best, bestN = i, n
		}
	}
	k := corners[best]
	if bestN > 0 {
		// Every corner covers data: stretch the axis that costs the least
		// (a tall legend widens x, a wide one raises y) so that the legend
		// sits beyond the data at the top right. In normalised coordinates
		// the data then end at 1 − lw/W (or 1 − lh/H).
		k = corner{true, false}
		if lw/W < lh/H {
			stretch(&p.X, float64(W/(W-lw)))
		} else {
			stretch(&p.Y, float64(H/(H-lh)))
		}
	}
	p.Legend.Top, p.Legend.Left = k.top, k.left
	p.Legend.XOffs, p.Legend.YOffs = -legendInset, -legendInset
	if k.left {
		p.Legend.XOffs = legendInset
	}
	if !k.top {
		p.Legend.YOffs = legendInset
	}
}

// stretch extends the maximum of a so that the old range fills 1/frac of
// the new one, on the axis's own scale.
func stretch(a *plot.Axis, frac float64) {
	if _, ok := a.Scale.(plot.LogScale); ok && a.Min > 0 {
		lmin, lmax := math.Log(a.Min), math.Log(a.Max)
		a.Max = math.Exp(lmin + (lmax-lmin)*frac)
		return
	}
	a.Max = a.Min + (a.Max-a.Min)*frac
}

// countInside counts data points, and samples along drawn segments, that
// fall inside r.
func countInside(data []path, tx, ty func(float64) vg.Length, r vg.Rectangle) int {
	in := func(x, y vg.Length) bool {
		return x >= r.Min.X && x <= r.Max.X && y >= r.Min.Y && y <= r.Max.Y
	}
	n := 0
	for _, d := range data {
		for i := range d.x {
			x, y := tx(d.x[i]), ty(d.y[i])
			if in(x, y) {
				n++
			}
			if d.line && i > 0 {
				px, py := tx(d.x[i-1]), ty(d.y[i-1])
				const sub = 16
				for s := 1; s < sub; s++ {
					t := vg.Length(s) / sub
					if in(px+(x-px)*t, py+(y-py)*t) {
						n++
					}
				}
			}
		}
	}
	return n
}
