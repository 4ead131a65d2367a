package plotting

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Panels lays figures out in a rows×cols grid, filled row by row; cells
// beyond len(figs) stay blank. Plot panels are aligned with plot.Align so
// their data areas line up across rows and columns; raster figures and
// nested panel figures are fitted into their cells. Each cell is as large
// as the largest figure, so Panels(1, 2, a, b) is twice as wide as a.
//
// The figures are shared, not copied: later changes to them show in the
// panel figure. It returns an error if rows or cols is below 1, figs is
// empty, holds a nil figure, or has more figures than cells.
func Panels(rows, cols int, figs ...*Figure) (*Figure, error) {
	if rows < 1 || cols < 1 {
		return nil, fmt.Errorf("plotting: Panels: %d×%d grid", rows, cols)
	}
	if len(figs) == 0 {
		return nil, fmt.Errorf("plotting: Panels: no figures")
	}
	if len(figs) > rows*cols {
		return nil, fmt.Errorf("plotting: Panels: %d figures for %d×%d = %d cells", len(figs), rows, cols, rows*cols)
	}
	var w, h vg.Length
	for i, f := range figs {
		if f == nil {
			return nil, fmt.Errorf("plotting: Panels: figure %d is nil", i)
		}
		w, h = max(w, f.Width), max(h, f.Height)
	}
	grid := make([][]*Figure, rows)
	for j := range grid {
		grid[j] = make([]*Figure, cols)
		for i := range grid[j] {
			if k := j*cols + i; k < len(figs) {
				grid[j][i] = figs[k]
			}
		}
	}
	return &Figure{Width: vg.Length(cols) * w, Height: vg.Length(rows) * h, DPI: DefaultDPI, panels: grid}, nil
}

// panelPad is the space between and around panels.
const panelPad = 4 * vg.Millimeter

// drawPanels draws a grid of figures into c.
func drawPanels(grid [][]*Figure, c draw.Canvas) {
	rows, cols := len(grid), len(grid[0])
	plots := make([][]*plot.Plot, rows)
	for j := range grid {
		plots[j] = make([]*plot.Plot, cols)
		for i, f := range grid[j] {
			if f != nil {
				plots[j][i] = f.plot
			}
		}
	}
	t := draw.Tiles{
		Rows: rows, Cols: cols,
		PadX: panelPad, PadY: panelPad,
		PadTop: vg.Points(2), PadBottom: vg.Points(2), PadLeft: vg.Points(2), PadRight: vg.Points(2),
	}
	// Align with every log-axis label lifted as drawPlot lifts it, the room
	// it took kept as axis padding so that the data areas come out the same.
	type lifted struct {
		p     *plot.Plot
		label string
		room  vg.Length
	}
	var lifts []lifted
	for _, row := range plots {
		for _, p := range row {
			if p == nil {
				continue
			}
			if label, room := liftLogYLabel(p); room > 0 {
				p.Y.Padding += room
				lifts = append(lifts, lifted{p, label, room})
			}
		}
	}
	cs := plot.Align(plots, t, c)
	for _, l := range lifts {
		l.p.Y.Padding -= l.room
		l.p.Y.Label.Text = l.label
	}
	for j := range grid {
		// plot.Align lines up the data areas, so a plot that needs less room
		// above its data (no tick label reaching the top) gets a lower canvas
		// and its title sits lower than its neighbours'. Raise such canvases
		// to the row's highest and pad their titles by the difference: the
		// titles of a row then share a baseline and the data areas stay put.
		var top vg.Length
		for i, p := range plots[j] {
			if p != nil && p.Title.Text != "" {
				top = max(top, cs[j][i].Max.Y)
			}
		}
		for i, f := range grid[j] {
			if f == nil {
				continue
			}
			p := plots[j][i]
			if p == nil || p.Title.Text == "" || cs[j][i].Max.Y >= top {
				f.draw(cs[j][i])
				continue
			}
			cell, pad := cs[j][i], p.Title.Padding
			p.Title.Padding += top - cell.Max.Y
			cell.Max.Y = top
			f.draw(cell)
			p.Title.Padding = pad
		}
	}
}
