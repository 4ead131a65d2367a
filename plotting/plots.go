package plotting

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/linae/linae/internal/numeric"
)

// Series is one named curve. Name is shown in the legend; series with an
// empty Name get no legend entry.
type Series struct {
	Name string
	X, Y []float64
}

// markerLimit is the number of points up to which a curve also gets a
// glyph at every point: short curves (β sweeps, per-component values) read
// better with markers, long training curves do not.
const markerLimit = 30

var glyphs = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.TriangleGlyph{}, draw.SquareGlyph{}, draw.PyramidGlyph{},
	draw.CrossGlyph{}, draw.PlusGlyph{}, draw.RingGlyph{}, draw.BoxGlyph{},
}

func xys(x, y []float64) plotter.XYs {
	pts := make(plotter.XYs, len(x))
	for i := range x {
		pts[i].X, pts[i].Y = x[i], y[i]
	}
	return pts
}

// checkSeries returns the name of series s, the i-th of a figure ("#i"
// when it has none), and an error naming it if it has no points, has
// len(X) ≠ len(Y), holds a NaN or infinite value, or a value that is not
// positive on a log axis.
func checkSeries(s Series, i int, logX, logY bool) (string, error) {
	name := s.Name
	if name == "" {
		name = "#" + strconv.Itoa(i)
	}
	if len(s.X) == 0 {
		return name, fmt.Errorf("plotting: series %q has no points", name)
	}
	if len(s.X) != len(s.Y) {
		return name, fmt.Errorf("plotting: series %q has len(X) = %d but len(Y) = %d", name, len(s.X), len(s.Y))
	}
	if err := checkFinite("series "+strconv.Quote(name)+" X", s.X); err != nil {
		return name, err
	}
	if err := checkFinite("series "+strconv.Quote(name)+" Y", s.Y); err != nil {
		return name, err
	}
	for j := range s.X {
		if logX && s.X[j] <= 0 {
			return name, fmt.Errorf("plotting: series %q: X[%d] = %g is not positive on a log x axis", name, j, s.X[j])
		}
		if logY && s.Y[j] <= 0 {
			return name, fmt.Errorf("plotting: series %q: Y[%d] = %g is not positive on a log y axis", name, j, s.Y[j])
		}
	}
	return name, nil
}

// setLogAxes puts the axes that logX and logY select on log scales, with
// a degenerate range widened as fixLogRange does.
func setLogAxes(p *plot.Plot, logX, logY bool) {
	if logX {
		setLog(&p.X)
		fixLogRange(&p.X)
	}
	if logY {
		setLog(&p.Y)
		fixLogRange(&p.Y)
	}
}

// Curves draws each series as a line in its own colour and dash pattern,
// with a legend of the named series placed where it covers the least data.
// logX and logY select log scales.
//
// It returns an error, naming the series and index, if series is empty, a
// series is empty or has len(X) ≠ len(Y), a value is NaN or infinite (a
// diverged run should be seen, not drawn as a gap), or a value on a log
// axis is not positive.
func Curves(title, xLabel, yLabel string, series []Series, logX, logY bool) (*Figure, error) {
	if len(series) == 0 {
		return nil, fmt.Errorf("plotting: Curves %q: no series", title)
	}
	p := newPlot(title, xLabel, yLabel)
	var texts []string
	var data []path
	for i, s := range series {
		name, err := checkSeries(s, i, logX, logY)
		if err != nil {
			return nil, err
		}
		pts := xys(s.X, s.Y)
		l, err := plotter.NewLine(pts)
		if err != nil {
			return nil, fmt.Errorf("plotting: series %q: %w", name, err)
		}
		l.LineStyle = lineStyle(i)
		p.Add(l)
		thumbs := []plot.Thumbnailer{l}
		if len(pts) <= markerLimit {
			sc, err := plotter.NewScatter(pts)
			if err != nil {
				return nil, fmt.Errorf("plotting: series %q: %w", name, err)
			}
			sc.GlyphStyle = draw.GlyphStyle{Color: Color(i), Radius: vg.Points(2.5), Shape: glyphs[i%len(glyphs)]}
			p.Add(sc)
			thumbs = append(thumbs, sc)
		}
		if s.Name != "" {
			p.Legend.Add(s.Name, thumbs...)
			texts = append(texts, s.Name)
		}
		data = append(data, path{x: s.X, y: s.Y, line: true})
	}
	setLogAxes(p, logX, logY)
	p.Add(plotter.NewGrid())
	return newPlotFigure(p, texts, data), nil
}

// Sweep draws quantities measured over a sweep of the penalty weight β: x
// is β on a log axis. A series whose X is nil is drawn against betas; a
// series with its own X uses it. It is Curves with logX set and the x label
// "β", so the same errors apply: in particular β = 0 cannot be drawn on a
// log axis; plot it separately or as a small positive stand-in.
func Sweep(title, yLabel string, betas []float64, series []Series, logY bool) (*Figure, error) {
	ss := make([]Series, len(series))
	for i, s := range series {
		ss[i] = s
		if s.X == nil {
			ss[i].X = betas
		}
	}
	return Curves(title, "β", yLabel, ss, true, logY)
}

// Spectrum draws an eigen-spectrum as two aligned panels: the eigenvalues
// λ_i against i on a log scale, and the cumulative explained-variance ratio
// Σ_{j≤i} λ_j / Σ_j λ_j, each with a dashed line at component k (the legend
// gives the ratio explained by the first k). k = 0 draws no marker.
//
// Eigenvalues are drawn in the order given (sorted descending by the PCA
// routines). Exact or rounding-level zero and negative eigenvalues (a
// rank-deficient covariance; |λ| ≤ 1e-9·max λ) cannot appear on a log scale:
// they are left out of the top panel, whose title says how many were, and
// count as zero in the ratio. It returns an error if eigenvalues is empty or
// all zero, holds a NaN, an infinite or a clearly negative value, or k is
// outside [0, len(eigenvalues)].
func Spectrum(eigenvalues []float64, k int, title string) (*Figure, error) {
	n := len(eigenvalues)
	if n == 0 {
		return nil, fmt.Errorf("plotting: Spectrum %q: no eigenvalues", title)
	}
	if err := checkFinite("eigenvalues", eigenvalues); err != nil {
		return nil, err
	}
	if k < 0 || k > n {
		return nil, fmt.Errorf("plotting: Spectrum %q: k = %d outside [0, %d]", title, k, n)
	}
	var largest float64
	for _, v := range eigenvalues {
		largest = math.Max(largest, v)
	}
	if largest <= 0 {
		return nil, fmt.Errorf("plotting: Spectrum %q: no positive eigenvalue", title)
	}
	tol := 1e-9 * largest
	var total float64
	var xs, ys []float64
	for i, v := range eigenvalues {
		if v < -tol {
			return nil, fmt.Errorf("plotting: Spectrum %q: eigenvalues[%d] = %g is negative", title, i, v)
		}
		if v > 0 {
			total += v
		}
		if v > tol {
			xs = append(xs, float64(i+1))
			ys = append(ys, v)
		}
	}
	cum := make([]float64, n)
	idx := make([]float64, n)
	var acc float64
	for i, v := range eigenvalues {
		if v > 0 {
			acc += v
		}
		cum[i] = acc / total
		idx[i] = float64(i + 1)
	}

	topTitle := title
	if dropped := n - len(xs); dropped > 0 {
		topTitle = fmt.Sprintf("%s (%d zero eigenvalues not shown)", title, dropped)
	}
	top := newPlot(topTitle, "", "eigenvalue")
	setLog(&top.Y)
	bottom := newPlot("", "component i", "cumulative variance ratio")
	pts := xys(xs, ys)
	l, err := plotter.NewLine(pts)
	if err != nil {
		return nil, err
	}
	l.LineStyle = lineStyle(0)
	top.Add(plotter.NewGrid(), l)
	if len(pts) <= 4*markerLimit {
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return nil, err
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: Color(0), Radius: vg.Points(1.8), Shape: draw.CircleGlyph{}}
		top.Add(sc)
	}
	fixLogRange(&top.Y)
	cl, err := plotter.NewLine(xys(idx, cum))
	if err != nil {
		return nil, err
	}
	cl.LineStyle = lineStyle(0)
	bottom.Add(plotter.NewGrid(), cl)
	bottom.Y.Min, bottom.Y.Max = 0, 1
	for _, q := range []*plot.Plot{top, bottom} {
		q.X.Min, q.X.Max = 1, math.Max(float64(n), 2)
	}
	topData := []path{{x: xs, y: ys, line: true}}
	botData := []path{{x: idx, y: cum, line: true}}
	var topText, botText []string
	if k > 0 {
		mark := draw.LineStyle{Color: Color(3), Width: vg.Points(1.2), Dashes: dashes[1]}
		ymin, ymax := ys[0], ys[0]
		for _, v := range ys {
			ymin, ymax = math.Min(ymin, v), math.Max(ymax, v)
		}
		if ymin == ymax {
			ymin, ymax = ymin/math.Sqrt(10), ymax*math.Sqrt(10)
		}
		vt, err := plotter.NewLine(plotter.XYs{{X: float64(k), Y: ymin}, {X: float64(k), Y: ymax}})
		if err != nil {
			return nil, err
		}
		vt.LineStyle = mark
		top.Add(vt)
		top.Legend.Add("eigenvalue", l)
		top.Legend.Add(fmt.Sprintf("k = %d", k), vt)
		topText = []string{"eigenvalue", fmt.Sprintf("k = %d", k)}
		vb, err := plotter.NewLine(plotter.XYs{{X: float64(k), Y: 0}, {X: float64(k), Y: 1}})
		if err != nil {
			return nil, err
		}
		vb.LineStyle = mark
		bottom.Add(vb)
		txt := fmt.Sprintf("first %d explain %.1f%%", k, 100*cum[k-1])
		bottom.Legend.Add(txt, vb)
		botText = []string{txt}
	}
	f := &Figure{
		Width: DefaultWidth, Height: 14 * vg.Centimeter, DPI: DefaultDPI,
		panels: [][]*Figure{
			{newPlotFigure(top, topText, topData)},
			{newPlotFigure(bottom, botText, botData)},
		},
	}
	return f, nil
}

// Angles draws principal angles between two subspaces, in degrees, against
// their index (1-based), on a fixed 0–90° axis so figures compare.
// It returns an error if angles is empty or holds a NaN or a value outside
// [0, 90] (radians passed by mistake usually still fit, so check units).
func Angles(angles []float64, title string) (*Figure, error) {
	if len(angles) == 0 {
		return nil, fmt.Errorf("plotting: Angles %q: no angles", title)
	}
	if err := checkFinite("angles", angles); err != nil {
		return nil, err
	}
	idx := make([]float64, len(angles))
	for i, a := range angles {
		if a < -1e-9 || a > 90+1e-9 {
			return nil, fmt.Errorf("plotting: Angles %q: angles[%d] = %g outside [0, 90] degrees", title, i, a)
		}
		idx[i] = float64(i + 1)
	}
	p := newPlot(title, "index i", "principal angle θ_i (degrees)")
	pts := xys(idx, angles)
	l, sc, err := plotter.NewLinePoints(pts)
	if err != nil {
		return nil, err
	}
	l.LineStyle = lineStyle(0)
	l.LineStyle.Width = vg.Points(1)
	sc.GlyphStyle = draw.GlyphStyle{Color: Color(0), Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
	if len(angles) > 4*markerLimit {
		sc.GlyphStyle.Radius = vg.Points(1.2)
	}
	p.Add(plotter.NewGrid(), l, sc)
	p.Y.Min, p.Y.Max = 0, 90
	var ticks plot.ConstantTicks
	for d := 0; d <= 90; d += 15 {
		ticks = append(ticks, plot.Tick{Value: float64(d), Label: strconv.Itoa(d)})
	}
	p.Y.Tick.Marker = ticks
	p.X.Min, p.X.Max = 0.5, float64(len(angles))+0.5
	p.X.Tick.Marker = intTicks{}
	return newPlotFigure(p, nil, nil), nil
}

// intTicks labels integer positions at a 1-2-5 step chosen so that at most
// ten are labelled, with unlabelled ticks at the integers between them when
// there are few enough, for index axes.
type intTicks struct{}

func (intTicks) Ticks(lo, hi float64) []plot.Tick {
	lo, hi = math.Ceil(lo), math.Floor(hi)
	if hi < lo {
		return nil
	}
	step := 1.0
	for k := 0; (hi-lo)/step > 9; k++ {
		step = []float64{1, 2, 5}[k%3] * math.Pow(10, float64(k/3))
	}
	var ticks []plot.Tick
	for v := lo; v <= hi; v++ {
		switch {
		case math.Mod(v, step) == 0 || (v == lo && v == 1 && step <= 5):
			ticks = append(ticks, plot.Tick{Value: v, Label: strconv.Itoa(int(v))})
		case hi-lo <= 30:
			ticks = append(ticks, plot.Tick{Value: v})
		}
	}
	return ticks
}

// Histogram draws the distribution of values in the given number of bins
// with a dashed vertical line at every mark, for instance the mean hidden
// activations ρ̂_j against the sparsity target ρ.
// It returns an error if values is empty, bins < 1, or values or marks hold
// a NaN or an infinite value.
func Histogram(values []float64, bins int, title, xLabel string, marks ...float64) (*Figure, error) {
	if len(values) == 0 {
		return nil, fmt.Errorf("plotting: Histogram %q: no values", title)
	}
	if bins < 1 {
		return nil, fmt.Errorf("plotting: Histogram %q: bins = %d, want ≥ 1", title, bins)
	}
	if err := checkFinite("values", values); err != nil {
		return nil, err
	}
	if err := checkFinite("marks", marks); err != nil {
		return nil, err
	}
	h, err := plotter.NewHist(plotter.Values(values), bins)
	if err != nil {
		return nil, err
	}
	h.FillColor = Color(0)
	h.LineStyle.Width = vg.Points(0.5)
	h.LineStyle.Color = color.White
	p := newPlot(title, xLabel, "count")
	p.Add(h)
	var top float64
	var data []path
	for _, b := range h.Bins {
		top = math.Max(top, b.Weight)
		m := (b.Min + b.Max) / 2
		data = append(data, path{x: []float64{b.Min, m, b.Max, b.Min, m, b.Max}, y: []float64{0, 0, 0, b.Weight, b.Weight, b.Weight}, line: false},
			path{x: []float64{m, m}, y: []float64{0, b.Weight}, line: true})
	}
	var texts []string
	for i, m := range marks {
		l, err := plotter.NewLine(plotter.XYs{{X: m, Y: 0}, {X: m, Y: top}})
		if err != nil {
			return nil, err
		}
		l.LineStyle = markStyle(i)
		p.Add(l)
		t := "mark " + formatTick(m)
		p.Legend.Add(t, l)
		texts = append(texts, t)
		data = append(data, path{x: []float64{m, m}, y: []float64{0, top}, line: true})
	}
	// Headroom, so the tallest bar does not touch the title.
	p.Y.Min, p.Y.Max = 0, 1.05*top
	p.Y.Tick.Marker = intTicks{}
	return newPlotFigure(p, texts, data), nil
}

// Scatter2D draws 2-D codes, one per row of the m×2 matrix Z, coloured by
// label with a legend (ten distinct colours; beyond ten labels the glyph
// shape changes too). labels may be nil for a single unlabelled cloud.
// It panics if Z does not have two columns or labels is neither nil nor of
// length m, and returns an error if Z is empty or holds a NaN or an
// infinite value.
func Scatter2D(Z *mat.Dense, labels []int, title string) (*Figure, error) {
	if Z == nil || Z.IsEmpty() {
		return nil, fmt.Errorf("plotting: Scatter2D %q: no points", title)
	}
	m, c := Z.Dims()
	if c != 2 {
		panic(fmt.Sprintf("plotting: Scatter2D: Z has %d columns, want 2", c))
	}
	if labels != nil && len(labels) != m {
		panic(fmt.Sprintf("plotting: Scatter2D: %d labels for %d points", len(labels), m))
	}
	groups := map[int][]int{}
	for i := range m {
		x, y := Z.At(i, 0), Z.At(i, 1)
		if !numeric.IsFinite(x) || !numeric.IsFinite(y) {
			return nil, fmt.Errorf("plotting: Scatter2D %q: Z row %d = (%g, %g) is not finite", title, i, x, y)
		}
		l := 0
		if labels != nil {
			l = labels[i]
		}
		groups[l] = append(groups[l], i)
	}
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	radius := vg.Points(2)
	if m > 2000 {
		radius = vg.Points(1)
	} else if m > 300 {
		radius = vg.Points(1.5)
	}
	p := newPlot(title, "z₁", "z₂")
	p.Add(plotter.NewGrid())
	var texts []string
	var data []path
	for gi, k := range keys {
		rows := groups[k]
		pts := make(plotter.XYs, len(rows))
		px := make([]float64, len(rows))
		py := make([]float64, len(rows))
		for j, r := range rows {
			pts[j].X, pts[j].Y = Z.At(r, 0), Z.At(r, 1)
			px[j], py[j] = pts[j].X, pts[j].Y
		}
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return nil, err
		}
		shape := glyphs[(gi/len(palette))%len(glyphs)]
		sc.GlyphStyle = draw.GlyphStyle{Color: Color(gi), Radius: radius, Shape: shape}
		p.Add(sc)
		data = append(data, path{x: px, y: py})
		if labels != nil {
			t := strconv.Itoa(k)
			// A larger glyph in the legend than in the cloud.
			th := &plotter.Scatter{GlyphStyle: draw.GlyphStyle{Color: Color(gi), Radius: vg.Points(3), Shape: shape}}
			p.Legend.Add(t, th)
			texts = append(texts, t)
		}
	}
	return newPlotFigure(p, texts, data), nil
}

// addGlyphs adds pts to p as glyphs in series i's colour and shape, with a
// legend entry when legend is not empty; name is the series' name for
// errors.
func addGlyphs(p *plot.Plot, i int, name, legend string, pts plotter.XYs, radius vg.Length) error {
	sc, err := plotter.NewScatter(pts)
	if err != nil {
		return fmt.Errorf("plotting: series %q: %w", name, err)
	}
	sc.GlyphStyle = draw.GlyphStyle{Color: Color(i), Radius: radius, Shape: glyphs[i%len(glyphs)]}
	p.Add(sc)
	if legend != "" {
		p.Legend.Add(legend, sc)
	}
	return nil
}
