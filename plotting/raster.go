package plotting

import (
	"fmt"
	"image"
	"image/color"
	imgdraw "image/draw"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/linae/linae/internal/numeric"
)

// rasterTarget is the approximate number of pixels of the longer side of an
// upscaled raster: at DefaultDPI about 12 cm, a printed column.
const rasterTarget = 700

// raster is an upscaled image with optional labels to the left of bands of
// pixel rows.
type raster struct {
	img    image.Image
	labels []string // one per band; empty strings draw nothing
	bands  [][2]int // [top, bottom) pixel rows of each band in img
}

var labelStyle = text.Style{
	Color:   color.Black,
	Font:    font.From(plot.DefaultFont, 11),
	XAlign:  draw.XRight,
	YAlign:  draw.YCenter,
	Handler: plot.DefaultTextHandler,
}

// labelGap separates row labels from the image.
const labelGap = vg.Length(5)

// labelWidth is the width of the label column, zero without labels.
func (r *raster) labelWidth() vg.Length {
	var w vg.Length
	for _, l := range r.labels {
		if l == "" {
			continue
		}
		if x := labelStyle.Width(l); x > w {
			w = x
		}
	}
	if w == 0 {
		return 0
	}
	return w + 2*labelGap
}

// newRasterFigure sizes the figure so that at DefaultDPI each image pixel
// is one output pixel, so PNG output is an exact copy.
func newRasterFigure(r *raster) *Figure {
	b := r.img.Bounds()
	px := func(n int) vg.Length { return vg.Length(n) * vg.Inch / DefaultDPI }
	lw := r.labelWidth()
	if lw > 0 {
		// Whole pixels, so the image starts on a pixel boundary.
		lw = px(int(math.Ceil(float64(lw / px(1)))))
	}
	return &Figure{Width: lw + px(b.Dx()), Height: px(b.Dy()), DPI: DefaultDPI, raster: r}
}

// draw draws the raster, scaled to fit c with its aspect ratio kept, with
// nearest-neighbour sampling on image canvases, and title (if any) centred
// just above the image: in a panel cell taller than the raster the title
// stays with its image instead of at the top of the cell.
func (r *raster) draw(c draw.Canvas, title string) {
	lw := r.labelWidth()
	th := titleHeight(title)
	area := draw.Crop(c, lw, 0, 0, -th)
	b := r.img.Bounds()
	aw, ah := area.Max.X-area.Min.X, area.Max.Y-area.Min.Y
	if aw <= 0 || ah <= 0 {
		return
	}
	s := math.Min(float64(aw)/float64(b.Dx()), float64(ah)/float64(b.Dy()))
	w, h := vg.Length(s*float64(b.Dx())), vg.Length(s*float64(b.Dy()))
	min := vg.Point{X: area.Min.X, Y: area.Min.Y + (ah-h)/2}
	if lw == 0 {
		min.X += (aw - w) / 2
	}
	rect := vg.Rectangle{Min: min, Max: vg.Point{X: min.X + w, Y: min.Y + h}}
	if vc := vgimgCanvas(c); vc != nil {
		blitNearest(vc, rect, r.img)
	} else {
		c.DrawImage(rect, r.img)
	}
	if th > 0 {
		c.FillText(titleStyle, vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: rect.Max.Y + th - titlePad}, title)
	}
	for i, l := range r.labels {
		if l == "" {
			continue
		}
		mid := float64(r.bands[i][0]+r.bands[i][1]) / 2
		y := rect.Max.Y - vg.Length(mid/float64(b.Dy()))*h
		c.FillText(labelStyle, vg.Point{X: rect.Min.X - labelGap, Y: y}, l)
	}
}

// upscale enlarges img by the integer factor s with nearest-neighbour
// sampling, into an image of the same kind (gray or RGBA).
func upscale(img imgdraw.Image, s int) imgdraw.Image {
	if s <= 1 {
		return img
	}
	b := img.Bounds()
	r := image.Rect(0, 0, b.Dx()*s, b.Dy()*s)
	var out imgdraw.Image
	if _, gray := img.(*image.Gray); gray {
		out = image.NewGray(r)
	} else {
		out = image.NewRGBA(r)
	}
	for y := range r.Dy() {
		for x := range r.Dx() {
			out.Set(x, y, img.At(b.Min.X+x/s, b.Min.Y+y/s))
		}
	}
	return out
}

// scaleFor returns the integer upscaling factor that brings the longer
// side of a w×h image near rasterTarget pixels.
func scaleFor(w, h int) int {
	s := int(math.Round(rasterTarget / float64(max(w, h))))
	return max(s, 1)
}

// Mosaic displays filters as UFLDL's display_network does: each row of W is
// one filter, reshaped row-major to patchRows×patchCols and scaled by its
// own largest |value| so that −max is black, 0 mid-grey and +max white;
// filters are laid out gridCols to a row (gridCols ≤ 0 picks a square
// grid) with one-pixel black gaps, and the whole image is upscaled by an
// integer factor with nearest-neighbour sampling so it stays crisp.
//
// It panics if patchRows or patchCols is not positive or W does not have
// patchRows·patchCols columns, and returns an error if W is empty or holds
// a NaN or an infinite value. An all-zero filter is drawn uniformly grey.
func Mosaic(W *mat.Dense, patchRows, patchCols, gridCols int) (*Figure, error) {
	return mosaic("Mosaic", W, patchRows, patchCols, gridCols, false)
}

// mosaic draws the rows of W as a grid of patches for Mosaic (each filter
// on its own scale) and, with shared, MosaicShared (all on the largest
// |element| of W); fn names the caller in panics and errors.
func mosaic(fn string, W *mat.Dense, patchRows, patchCols, gridCols int, shared bool) (*Figure, error) {
	if patchRows < 1 || patchCols < 1 {
		panic(fmt.Sprintf("plotting: %s: patch size %d×%d", fn, patchRows, patchCols))
	}
	if W == nil || W.IsEmpty() {
		return nil, fmt.Errorf("plotting: %s: no filters", fn)
	}
	k, n := W.Dims()
	if n != patchRows*patchCols {
		panic(fmt.Sprintf("plotting: %s: W has %d columns, want %d×%d = %d", fn, n, patchRows, patchCols, patchRows*patchCols))
	}
	// scale[f] is the |value| drawn white (and its negative black) in
	// filter f.
	scale := make([]float64, k)
	var all float64
	for f := range k {
		for j, v := range W.RawRowView(f) {
			if !numeric.IsFinite(v) {
				return nil, fmt.Errorf("plotting: %s: W[%d, %d] = %g is not finite", fn, f, j, v)
			}
			scale[f] = math.Max(scale[f], math.Abs(v))
		}
		all = math.Max(all, scale[f])
	}
	if shared {
		for f := range scale {
			scale[f] = all
		}
	}
	if gridCols <= 0 {
		gridCols = int(math.Ceil(math.Sqrt(float64(k))))
	}
	gridCols = min(gridCols, k)
	gridRows := (k + gridCols - 1) / gridCols
	img := image.NewGray(image.Rect(0, 0, gridCols*(patchCols+1)+1, gridRows*(patchRows+1)+1))
	for f := range k {
		row := W.RawRowView(f)
		m := scale[f]
		ox := 1 + (f%gridCols)*(patchCols+1)
		oy := 1 + (f/gridCols)*(patchRows+1)
		for r := range patchRows {
			for c := range patchCols {
				g := 0.5
				if m > 0 {
					g = (row[r*patchCols+c]/m + 1) / 2
				}
				img.SetGray(ox+c, oy+r, color.Gray{Y: uint8(math.Round(255 * g))})
			}
		}
	}
	s := scaleFor(img.Rect.Dx(), img.Rect.Dy())
	return newRasterFigure(&raster{img: upscale(img, s)}), nil
}

// gridGap is the colour of the gaps in ImageGrid: a blue that cannot be
// mistaken for image content in a grayscale grid.
var gridGap = color.RGBA{0x1f, 0x77, 0xb4, 0xff}

// ImageGrid draws rows of images for side-by-side comparison, e.g. the
// originals, their PCA reconstructions and their autoencoder
// reconstructions: each element of rows is a matrix with one image per row
// (patchRows·patchCols values, row-major), and becomes one row of the grid,
// labelled on the left by rowLabels[i] when rowLabels is not nil.
//
// Values are clipped to [0, 1] (0 black, 1 white) with no per-image
// normalisation, so reconstructions are drawn on the same scale as the
// originals. Rows with fewer images leave their last cells blank.
//
// It panics if a matrix does not have patchRows·patchCols columns or
// rowLabels is neither nil nor of length len(rows), and returns an error if
// rows is empty, a matrix is nil or empty, or a value is NaN.
func ImageGrid(rows []*mat.Dense, patchRows, patchCols int, rowLabels []string) (*Figure, error) {
	if patchRows < 1 || patchCols < 1 {
		panic(fmt.Sprintf("plotting: ImageGrid: patch size %d×%d", patchRows, patchCols))
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("plotting: ImageGrid: no rows")
	}
	if rowLabels != nil && len(rowLabels) != len(rows) {
		panic(fmt.Sprintf("plotting: ImageGrid: %d labels for %d rows", len(rowLabels), len(rows)))
	}
	cols := 0
	for i, m := range rows {
		if m == nil || m.IsEmpty() {
			return nil, fmt.Errorf("plotting: ImageGrid: rows[%d] has no images", i)
		}
		r, c := m.Dims()
		if c != patchRows*patchCols {
			panic(fmt.Sprintf("plotting: ImageGrid: rows[%d] has %d columns, want %d×%d = %d", i, c, patchRows, patchCols, patchRows*patchCols))
		}
		cols = max(cols, r)
	}
	img := image.NewRGBA(image.Rect(0, 0, cols*(patchCols+1)+1, len(rows)*(patchRows+1)+1))
	for y := range img.Rect.Dy() {
		for x := range img.Rect.Dx() {
			img.SetRGBA(x, y, gridGap)
		}
	}
	for i, m := range rows {
		r, _ := m.Dims()
		for j := range r {
			v := m.RawRowView(j)
			ox := 1 + j*(patchCols+1)
			oy := 1 + i*(patchRows+1)
			for a := range patchRows {
				for b := range patchCols {
					x := v[a*patchCols+b]
					if math.IsNaN(x) {
						return nil, fmt.Errorf("plotting: ImageGrid: rows[%d] image %d pixel %d is NaN", i, j, a*patchCols+b)
					}
					g := uint8(math.Round(255 * math.Min(1, math.Max(0, x))))
					img.SetRGBA(ox+b, oy+a, color.RGBA{g, g, g, 0xff})
				}
			}
		}
	}
	s := scaleFor(img.Rect.Dx(), img.Rect.Dy())
	rs := &raster{img: upscale(img, s), labels: rowLabels}
	for i := range rows {
		top := (1 + i*(patchRows+1)) * s
		rs.bands = append(rs.bands, [2]int{top, top + patchRows*s})
	}
	return newRasterFigure(rs), nil
}
