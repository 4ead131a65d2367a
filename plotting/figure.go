package plotting

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/linae/linae/internal/atomicfile"
)

// Default sizes and resolution. 12 cm × 9 cm is a single-column figure
// that stays legible when printed; 150 dpi keeps notebook PNGs small while
// printing cleanly at that size.
const (
	DefaultWidth  = 12 * vg.Centimeter
	DefaultHeight = 9 * vg.Centimeter
	DefaultDPI    = 150
)

// Limits on the size of a figure, which Encode (and so PNG, SVG, PDF and
// Save) checks before drawing anything: a size beyond them is a mistake (a
// length in the wrong unit, a DPI meant for something else), and a PNG
// beyond MaxPixels would take gigabytes of memory to draw.
const (
	// MaxFigureSide is the largest Width and Height: 200 inches (5.08 m),
	// the largest page side a PDF reader has to show.
	MaxFigureSide = 200 * vg.Inch
	// MaxPixels is the largest number of pixels of PNG output, Width ×
	// Height at DPI: 2^27, drawn as 512 MiB of RGBA. A 30 cm × 20 cm
	// figure at 1200 dpi fits.
	MaxPixels = 1 << 27
)

// Figure is a drawable figure: a single plot, a grid of panels, or a raster
// image with optional row labels. Width, Height and DPI may be changed
// before rendering, within MaxFigureSide and MaxPixels; DPI only affects
// PNG output.
//
// A Figure has a PNG method, so notebook kernels that display such values
// show it inline.
type Figure struct {
	// Width and Height are the size of the rendered figure.
	Width, Height vg.Length
	// DPI is the resolution of PNG output in dots per inch, ≥ 0; 0 means
	// DefaultDPI.
	DPI int

	plot       *plot.Plot
	legendText []string // the legend's entries, in order
	legendData []path   // data the legend must avoid, in data coordinates

	panels [][]*Figure // grid layout, row-major; nil cells stay blank

	raster *raster

	title string // of a raster or panel figure; a plot keeps its own
}

// path is a sequence of data points used to place a legend away from the
// data; line tells whether the segments between points are drawn.
type path struct {
	x, y []float64
	line bool
}

// newPlotFigure wraps p with the default single-plot size.
func newPlotFigure(p *plot.Plot, texts []string, data []path) *Figure {
	return &Figure{Width: DefaultWidth, Height: DefaultHeight, DPI: DefaultDPI, plot: p, legendText: texts, legendData: data}
}

// Plot returns the underlying *plot.Plot of a single-plot figure, or nil
// for panels and raster figures. It is the escape hatch for adjustments this
// package does not offer (axis ranges, extra plotters); changes show up in
// later renders.
func (f *Figure) Plot() *plot.Plot { return f.plot }

// Save writes the figure to path in the format named by its extension
// (.png, .svg or .pdf). The file is written to a temporary file in the same
// directory, synced and renamed, so an interrupted run never leaves a
// truncated figure behind.
func (f *Figure) Save(path string) error {
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	var buf bytes.Buffer
	if err := f.Encode(&buf, format); err != nil {
		return fmt.Errorf("plotting: saving %s: %w", path, err)
	}
	if err := atomicfile.Write(path, buf.Bytes()); err != nil {
		return fmt.Errorf("plotting: %w", err)
	}
	return nil
}

// PNG renders the figure as a PNG image at f.DPI.
func (f *Figure) PNG() ([]byte, error) { return f.bytes("png") }

// SVG renders the figure as an SVG document.
func (f *Figure) SVG() ([]byte, error) { return f.bytes("svg") }

// PDF renders the figure as a PDF document.
func (f *Figure) PDF() ([]byte, error) { return f.bytes("pdf") }

func (f *Figure) bytes(format string) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Encode(&buf, format); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Encode writes the figure to w in the given format: "png", "svg" or "pdf".
//
// It returns an error if Width or Height is not positive and finite or
// exceeds MaxFigureSide, if DPI is negative, or if a PNG would have more
// than MaxPixels pixels.
func (f *Figure) Encode(w io.Writer, format string) error {
	if f == nil {
		return fmt.Errorf("plotting: nil figure")
	}
	if err := f.checkSize(format); err != nil {
		return err
	}
	var cw vg.CanvasWriterTo
	switch format {
	case "png":
		cw = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(f.Width, f.Height), vgimg.UseDPI(f.dpi()))}
	case "svg":
		cw = vgsvg.New(f.Width, f.Height)
	case "pdf":
		c := vgpdf.New(f.Width, f.Height)
		c.EmbedFonts(true)
		cw = c
	default:
		return fmt.Errorf("plotting: unsupported format %q (want png, svg or pdf)", format)
	}
	dc := draw.New(cw)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	f.draw(dc)
	_, err := cw.WriteTo(w)
	return err
}

// dpi returns the resolution of PNG output: DPI, or DefaultDPI for 0.
func (f *Figure) dpi() int {
	if f.DPI == 0 {
		return DefaultDPI
	}
	return f.DPI
}

// checkSize returns an error if the figure's size or resolution is outside
// the limits (see MaxFigureSide and MaxPixels) for output in format.
func (f *Figure) checkSize(format string) error {
	if !(f.Width > 0) || !(f.Height > 0) || math.IsInf(float64(f.Width), 0) || math.IsInf(float64(f.Height), 0) {
		return fmt.Errorf("plotting: figure size %v × %v is not positive and finite", f.Width, f.Height)
	}
	if f.Width > MaxFigureSide || f.Height > MaxFigureSide {
		return fmt.Errorf("plotting: figure size %v × %v is larger than MaxFigureSide = %v on a side", f.Width, f.Height, MaxFigureSide)
	}
	if f.DPI < 0 {
		return fmt.Errorf("plotting: DPI = %d, want a value ≥ 1 (0 for the default %d)", f.DPI, DefaultDPI)
	}
	if format != "png" {
		return nil
	}
	dpi := float64(f.dpi())
	pw, ph := math.Ceil(f.Width.Dots(dpi)), math.Ceil(f.Height.Dots(dpi))
	if pw*ph > MaxPixels {
		return fmt.Errorf("plotting: figure %v × %v at %d dpi is %.0f × %.0f = %.3g pixels, more than MaxPixels = %d", f.Width, f.Height, f.dpi(), pw, ph, pw*ph, MaxPixels)
	}
	return nil
}

// draw draws the figure into the area of c.
func (f *Figure) draw(c draw.Canvas) {
	switch {
	case f.plot != nil:
		drawPlot(f.plot, f.legendText, f.legendData, c)
	case f.panels != nil:
		drawPanels(f.panels, f.drawTitle(c))
	case f.raster != nil:
		f.raster.draw(c, f.title)
	}
}

// drawPlot draws p into c after moving its legend to the corner where it
// covers the fewest data points; if every corner is busy it stretches
// one axis just enough to make room beside the data.
func drawPlot(p *plot.Plot, texts []string, data []path, c draw.Canvas) {
	label, room := liftLogYLabel(p)
	defer func() { p.Y.Label.Text = label }()
	pc := draw.Crop(c, room, 0, 0, 0)
	if len(texts) == 0 {
		p.Draw(pc)
	} else {
		x, y := p.X, p.Y
		placeLegend(p, texts, data, pc)
		p.Draw(pc)
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = x.Min, x.Max, y.Min, y.Max
	}
	if room > 0 {
		// Where gonum/plot draws it: rotated, centred on the data area.
		sty := p.Y.Label.TextStyle
		sty.Rotation += math.Pi / 2
		x := c.Min.X + sty.Height(label) - sty.FontExtents().Descent
		dc := p.DataCanvas(pc)
		c.FillText(sty, vg.Point{X: x, Y: dc.Center().Y}, label)
	}
}

// liftLogYLabel takes the label off a log-scaled Y axis of p and returns it
// with the width it takes beside the axis; the caller draws it (drawPlot)
// and puts it back. gonum/plot sizes the rotated label's glyph box at the
// data value 0.5·(Min+Max), which on a log axis lies near the top, so a
// long label pushes the data area down and leaves an empty band under the
// title, in every panel of its row once panels are aligned. Without the
// label the axis is room narrower, so drawing into a canvas cropped by room
// on the left keeps the data area where the label would have put it. For a
// linear axis, or no label, it returns ("", 0) and leaves p as it is.
func liftLogYLabel(p *plot.Plot) (label string, room vg.Length) {
	if _, ok := p.Y.Scale.(plot.LogScale); !ok || p.Y.Label.Text == "" {
		return p.Y.Label.Text, 0
	}
	label = p.Y.Label.Text
	sty := p.Y.Label.TextStyle
	room = sty.FontExtents().Descent + sty.Height(label) + p.Y.Label.Padding
	p.Y.Label.Text = ""
	return label, room
}

// vgimgCanvas returns the image canvas underlying c, if any.
// draw.Tiles wraps the parent draw.Canvas itself, so unwrap those.
func vgimgCanvas(c draw.Canvas) *vgimg.Canvas {
	for {
		switch v := c.Canvas.(type) {
		case *vgimg.Canvas:
			return v
		case vgimg.PngCanvas:
			return v.Canvas
		case draw.Canvas:
			c = v
		case *draw.Canvas:
			c = *v
		default:
			return nil
		}
	}
}

// blitNearest copies src into the pixels of dst covered by rect (in vg
// coordinates of the image canvas) with nearest-neighbour sampling.
func blitNearest(vc *vgimg.Canvas, rect vg.Rectangle, src image.Image) {
	dst := vc.Image()
	dpi := vc.DPI()
	h := dst.Bounds().Dy()
	x0 := int(math.Round(rect.Min.X.Dots(dpi)))
	x1 := int(math.Round(rect.Max.X.Dots(dpi)))
	y0 := h - int(math.Round(rect.Max.Y.Dots(dpi)))
	y1 := h - int(math.Round(rect.Min.Y.Dots(dpi)))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	sb := src.Bounds()
	for py := y0; py < y1; py++ {
		sy := sb.Min.Y + (py-y0)*sb.Dy()/(y1-y0)
		for px := x0; px < x1; px++ {
			sx := sb.Min.X + (px-x0)*sb.Dx()/(x1-x0)
			dst.Set(px, py, src.At(sx, sy))
		}
	}
}

// titleStyle is the style of the titles of raster and panel figures: the
// font and size of a plot's title, so that a titled mosaic beside a plot in
// Panels reads as a sibling.
var titleStyle = text.Style{
	Color:   color.Black,
	Font:    font.From(plot.DefaultFont, 12),
	XAlign:  draw.XCenter,
	YAlign:  draw.YTop,
	Handler: plot.DefaultTextHandler,
}

// titlePad is the space above and below the title of a raster or panel
// figure, the padding newPlot gives plot titles.
const titlePad = vg.Length(4)

// titleHeight is the height of the band that holds title above a raster or
// panel figure: whole pixels at DefaultDPI, so that a raster below it still
// starts on a pixel boundary and is copied pixel for pixel; zero for "".
func titleHeight(title string) vg.Length {
	if title == "" {
		return 0
	}
	h := titleStyle.Height(title) + 2*titlePad
	px := vg.Inch / DefaultDPI
	return vg.Length(math.Ceil(float64(h/px))) * px
}

// SetTitle sets the title of the figure and returns the figure, so that it
// can label a mosaic where it is made: a plot's title is replaced; a raster
// figure (Mosaic, ImageGrid) or a panel figure gets the title centred in a
// band above it, and its Height grows by that band (shrinks when the title
// is removed with ""), so the image itself keeps its size. Inside Panels a
// titled raster keeps its title above it in its cell, as a plot does; a
// panel figure's title sits above the whole grid.
//
// A title with several lines (separated by "\n") is allowed. SetTitle on a
// nil figure does nothing and returns nil.
func (f *Figure) SetTitle(title string) *Figure {
	if f == nil {
		return nil
	}
	if f.plot != nil {
		f.plot.Title.Text = title
		return f
	}
	f.Height += titleHeight(title) - titleHeight(f.title)
	f.title = title
	return f
}

// Title returns the title of the figure: a plot's title, or the title set
// on a raster or panel figure with SetTitle.
func (f *Figure) Title() string {
	if f == nil {
		return ""
	}
	if f.plot != nil {
		return f.plot.Title.Text
	}
	return f.title
}

// drawTitle draws f's title at the top of c and returns the rest of c.
func (f *Figure) drawTitle(c draw.Canvas) draw.Canvas {
	h := titleHeight(f.title)
	if h == 0 {
		return c
	}
	mid := (c.Min.X + c.Max.X) / 2
	c.FillText(titleStyle, vg.Point{X: mid, Y: c.Max.Y - titlePad}, f.title)
	return draw.Crop(c, 0, 0, 0, -h)
}
