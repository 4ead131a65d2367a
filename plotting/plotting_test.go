package plotting

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
	"gonum.org/v1/plot/vg"
)

// regen is the -regen flag, which cmpimg already registers: go test
// ./plotting -regen rewrites the golden images in testdata/.
var regen = cmpimg.GenerateTestData

// goldenDelta is the per-pixel tolerance of cmpimg.EqualApprox: renders are
// byte-identical on one machine but antialiasing may differ slightly across
// CPUs and Go versions.
const goldenDelta = 0.05

// checkGolden compares the PNG rendering of f with testdata/name.png.
func checkGolden(t *testing.T, name string, f *Figure) {
	t.Helper()
	got, err := f.PNG()
	if err != nil {
		t.Fatalf("%s: PNG: %v", name, err)
	}
	path := filepath.Join("testdata", name+".png")
	if *regen {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (run go test -regen to create it)", name, err)
	}
	ok, err := cmpimg.EqualApprox("png", got, want, goldenDelta)
	if err != nil {
		t.Fatalf("%s: comparing: %v", name, err)
	}
	if !ok {
		out := filepath.Join(t.TempDir(), name+"_got.png")
		if werr := os.WriteFile(out, got, 0o644); werr == nil {
			// TempDir is removed after the test; keep a copy beside the golden.
			out = filepath.Join(os.TempDir(), "plotting_"+name+"_got.png")
			_ = os.WriteFile(out, got, 0o644)
		}
		t.Errorf("%s: render differs from %s; got written to %s", name, path, out)
	}
}

// goldenFigures builds one small deterministic figure of each type.
func goldenFigures(t *testing.T) map[string]*Figure {
	t.Helper()
	must := func(f *Figure, err error) *Figure {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	x := make([]float64, 50)
	y1 := make([]float64, 50)
	y2 := make([]float64, 50)
	for i := range x {
		x[i] = float64(i + 1)
		y1[i] = 1 + 100/x[i]
		y2[i] = 1 + 30*math.Exp(-x[i]/10)
	}
	curves := must(Curves("curves", "iteration", "loss", []Series{{Name: "power", X: x, Y: y1}, {Name: "exp", X: x, Y: y2}}, true, true))
	eig := []float64{10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0, 0}
	spectrum := must(Spectrum(eig, 3, "spectrum"))
	angles := must(Angles([]float64{0.5, 2, 10, 30, 60, 89}, "angles"))
	sweep := must(Sweep("sweep", "loss", []float64{0.01, 0.1, 1, 10}, []Series{{Name: "a", Y: []float64{1, 1.1, 2, 4}}}, false))
	W := mat.NewDense(6, 16, nil)
	for f := range 6 {
		for j := range 16 {
			W.Set(f, j, math.Sin(float64(f+1)*float64(j)/3))
		}
	}
	mosaic := must(Mosaic(W, 4, 4, 3))
	A := mat.NewDense(3, 16, nil)
	B := mat.NewDense(3, 16, nil)
	for i := range 3 {
		for j := range 16 {
			A.Set(i, j, float64(j)/15)
			B.Set(i, j, float64(15-j)/15*float64(i+1)/3)
		}
	}
	grid := must(ImageGrid([]*mat.Dense{A, B}, 4, 4, []string{"original", "reconstruction"}))
	Z := mat.NewDense(60, 2, nil)
	labels := make([]int, 60)
	for i := range 60 {
		l := i % 3
		a := float64(i) * 0.7
		Z.Set(i, 0, float64(3*l)+math.Cos(a))
		Z.Set(i, 1, float64(l)+math.Sin(a))
		labels[i] = l
	}
	scatter := must(Scatter2D(Z, labels, "scatter"))
	vals := make([]float64, 100)
	for i := range vals {
		vals[i] = 0.1 + 0.05*math.Sin(float64(i)*1.3)
	}
	hist := must(Histogram(vals, 10, "histogram", "mean activation", 0.1))
	panels := must(Panels(2, 2, curves, angles, hist, mosaic))
	// Titled rasters side by side, the grid titled too, as in the
	// notebooks' rotation-ambiguity figure (fresh figures: Panels shares).
	titled := must(Panels(1, 3,
		must(Mosaic(W, 4, 4, 3)).SetTitle("seed 1"),
		must(Mosaic(W.Slice(0, 6, 0, 16).(*mat.Dense), 4, 4, 2)).SetTitle("seed 2"),
		must(ImageGrid([]*mat.Dense{A, B}, 4, 4, []string{"a", "b"})).SetTitle("grid"),
	)).SetTitle("titled panels")
	// A loss on a log axis within one decade: several labelled ticks.
	loss := make([]float64, 50)
	for i := range loss {
		loss[i] = 2.9e5 + 2.7e5*math.Exp(-x[i]/8)
	}
	shortLog := must(Curves("short log range", "iteration", "loss", []Series{{Name: "loss", X: x, Y: loss}}, true, true))
	return map[string]*Figure{
		"curves": curves, "spectrum": spectrum, "angles": angles, "sweep": sweep,
		"mosaic": mosaic, "imagegrid": grid, "scatter": scatter, "histogram": hist,
		"panels": panels, "panels-titled": titled, "curves-short-log": shortLog,
	}
}

func TestGolden(t *testing.T) {
	for name, f := range goldenFigures(t) {
		t.Run(name, func(t *testing.T) { checkGolden(t, name, f) })
	}
}

func TestRenderFormats(t *testing.T) {
	f, err := Angles([]float64{1, 2, 3}, "formats")
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(p))
	if err != nil {
		t.Fatal(err)
	}
	// 12 cm × 9 cm at 150 dpi.
	wantW := int(math.Round(12 / 2.54 * 150))
	wantH := int(math.Round(9 / 2.54 * 150))
	if b := img.Bounds(); b.Dx() != wantW || b.Dy() != wantH {
		t.Errorf("PNG size %d×%d, want %d×%d", b.Dx(), b.Dy(), wantW, wantH)
	}
	s, err := f.SVG()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(s[:min(len(s), 200)], []byte("<svg")) {
		t.Errorf("SVG output does not start with an svg element: %q", s[:min(len(s), 80)])
	}
	d, err := f.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(d, []byte("%PDF")) {
		t.Errorf("PDF output starts with %q", d[:min(len(d), 8)])
	}
	if err := f.Encode(&bytes.Buffer{}, "gif"); err == nil || !strings.Contains(err.Error(), "gif") {
		t.Errorf("Encode gif: error %v, want one naming the format", err)
	}
	f.DPI = 300
	p2, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img2, err := png.Decode(bytes.NewReader(p2))
	if err != nil {
		t.Fatal(err)
	}
	if got := img2.Bounds().Dx(); got != int(math.Round(12/2.54*300)) {
		t.Errorf("PNG width at 300 dpi = %d", got)
	}
}

func TestSave(t *testing.T) {
	f, err := Angles([]float64{1, 2, 3}, "save")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"a.png", "a.svg", "a.pdf", "A.PNG"} {
		if err := f.Save(filepath.Join(dir, name)); err != nil {
			t.Errorf("Save %s: %v", name, err)
		}
	}
	if err := f.Save(filepath.Join(dir, "a.gif")); err == nil {
		t.Error("Save a.gif: no error")
	}
	if err := f.Save(filepath.Join(dir, "missing", "a.png")); err == nil {
		t.Error("Save into a missing folder: no error")
	}
	// Overwriting replaces the file; no temporary files are left behind.
	if err := f.Save(filepath.Join(dir, "a.png")); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != "A.PNG a.pdf a.png a.svg" {
		t.Errorf("folder holds %q, want the four figures only", got)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "a.png"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, want) {
		t.Error("saved PNG differs from PNG()")
	}
}

// decode renders f as PNG and decodes it.
func decode(t *testing.T, f *Figure) image.Image {
	t.Helper()
	p, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(p))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func gray(c color.Color) uint8 {
	r, g, b, _ := c.RGBA()
	if r != g || g != b {
		return 0x7 // not gray: fails any comparison below
	}
	return uint8(r >> 8)
}

// TestMosaicPixels checks the PNG of a mosaic pixel by pixel against the
// display_network mapping: value/max|row| from [−1, 1] to [0, 255], black
// gaps, integer nearest-neighbour upscaling and no smoothing.
func TestMosaicPixels(t *testing.T) {
	W := mat.NewDense(3, 4, []float64{
		-2, 0, 2, 1, // max |.| = 2: 0, 128, 255, 191
		0, 0, 0, 0, // all zero: uniform mid-grey
		0.5, -0.25, 0, 0.25, // max 0.5: 255, 64, 128, 191
	})
	f, err := Mosaic(W, 2, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, f)
	// 2×2 grid of 2×2 patches with 1-pixel gaps: 7×7 before upscaling.
	b := img.Bounds()
	s := b.Dx() / 7
	if b.Dx() != 7*s || b.Dy() != 7*s || s != scaleFor(7, 7) {
		t.Fatalf("mosaic PNG %d×%d, want 7s×7s with s = %d", b.Dx(), b.Dy(), scaleFor(7, 7))
	}
	want := [7][7]uint8{}
	set := func(ox, oy int, v [4]uint8) {
		want[oy][ox], want[oy][ox+1], want[oy+1][ox], want[oy+1][ox+1] = v[0], v[1], v[2], v[3]
	}
	set(1, 1, [4]uint8{0, 128, 255, 191})
	set(4, 1, [4]uint8{128, 128, 128, 128})
	set(1, 4, [4]uint8{255, 64, 128, 191})
	for y := range 7 * s {
		for x := range 7 * s {
			if g := gray(img.At(x, y)); g != want[y/s][x/s] {
				t.Fatalf("pixel (%d, %d) = %d, want %d (cell %d, %d)", x, y, g, want[y/s][x/s], x/s, y/s)
			}
		}
	}
}

// TestImageGridPixels checks clipping to [0, 1] without per-image
// normalisation, and that the labels sit left of the image.
func TestImageGridPixels(t *testing.T) {
	A := mat.NewDense(1, 4, []float64{-0.5, 0.25, 0.5, 1.5})
	B := mat.NewDense(1, 4, []float64{0.5, 0.5, 0.5, 0.5}) // must stay mid-grey
	f, err := ImageGrid([]*mat.Dense{A, B}, 2, 2, []string{"a", "bb"})
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, f)
	r := f.raster
	s := r.img.Bounds().Dx() / 4 // 1 image: 2 + 2 gaps = 4 pixels wide
	lw := img.Bounds().Dx() - r.img.Bounds().Dx()
	if lw <= 0 {
		t.Fatalf("no label column: PNG width %d, image width %d", img.Bounds().Dx(), r.img.Bounds().Dx())
	}
	at := func(cx, cy int) uint8 { return gray(img.At(lw+cx*s+s/2, cy*s+s/2)) }
	for _, c := range []struct {
		x, y int
		want uint8
	}{
		{1, 1, 0}, {2, 1, 64}, {1, 2, 128}, {2, 2, 255}, // first row, clipped
		{1, 4, 128}, {2, 4, 128}, {1, 5, 128}, {2, 5, 128}, // second row, not normalised
	} {
		if g := at(c.x, c.y); g != c.want {
			t.Errorf("cell (%d, %d) = %d, want %d", c.x, c.y, g, c.want)
		}
	}
	// Gap colour between the rows.
	if got := color.RGBAModel.Convert(img.At(lw+s+s/2, 3*s+s/2)).(color.RGBA); got != gridGap {
		t.Errorf("gap pixel = %v, want %v", got, gridGap)
	}
	// Something dark (label text) is drawn in the label column.
	dark := false
	for y := range img.Bounds().Dy() {
		for x := range lw {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x4000 {
				dark = true
			}
		}
	}
	if !dark {
		t.Error("label column is blank")
	}
}

func TestLegendPlacement(t *testing.T) {
	x := []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	down := make([]float64, len(x))
	up := make([]float64, len(x))
	for i, v := range x {
		down[i] = 10 - v
		up[i] = v
	}
	for _, c := range []struct {
		name      string
		y         []float64
		top, left bool
	}{
		{"decreasing", down, true, false}, // top right is free
		{"increasing", up, true, true},    // top left is free
	} {
		f, err := Curves(c.name, "x", "y", []Series{{Name: "a long legend entry", X: x, Y: c.y}}, false, false)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.PNG(); err != nil {
			t.Fatal(err)
		}
		p := f.Plot()
		if p.Legend.Top != c.top || p.Legend.Left != c.left {
			t.Errorf("%s: legend top=%v left=%v, want top=%v left=%v", c.name, p.Legend.Top, p.Legend.Left, c.top, c.left)
		}
		if p.Y.Max != 10 || p.X.Max != 10 {
			t.Errorf("%s: axis ranges changed by rendering: x max %g, y max %g", c.name, p.X.Max, p.Y.Max)
		}
	}
	// Data in every corner: the x axis (tall legend) or the y axis is
	// stretched while drawing and restored afterwards.
	corners := Series{Name: "corners", X: []float64{0, 10, 0, 10, 5}, Y: []float64{0, 0, 10, 10, 5}}
	f, err := Curves("busy", "x", "y", []Series{corners}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	p := f.Plot()
	img := decode(t, f)
	if !p.Legend.Top || p.Legend.Left {
		t.Errorf("busy: legend top=%v left=%v, want top right", p.Legend.Top, p.Legend.Left)
	}
	if p.X.Max != 10 || p.Y.Max != 10 {
		t.Errorf("busy: ranges not restored: x max %g, y max %g", p.X.Max, p.Y.Max)
	}
	_ = img
}

func TestLogTicks(t *testing.T) {
	for _, c := range []struct {
		min, max float64
		labels   string
	}{
		{1e-3, 10, "0.001 0.01 0.1 1 10"},
		{0.5, 3, "0.5 1 2"},
		{2, 40, "2 5 10 20"},
		{1e-12, 1, "1e-12 1e-10 1e-8 1e-6 0.0001 0.01 1"},
		// A loss falling from 5.6e5 to 2.9e5 used to get "5e5" alone.
		{2.9e5, 5.6e5, "3e5 4e5 5e5"},
		{7e4, 1.8e5, "7e4 8e4 9e4 1e5"},
		{0.3, 20, "1 10"},
		// Within a factor 1.2, no multiple 1–9 of a power of ten twice: linear.
		{5.1e5, 5.9e5, "5.1e5 5.3e5 5.5e5 5.7e5 5.9e5"},
	} {
		var got []string
		for _, tk := range (logTicks{}).Ticks(c.min, c.max) {
			if tk.Value < c.min || tk.Value > c.max*(1+1e-12) {
				t.Errorf("[%g, %g]: tick %g outside the range", c.min, c.max, tk.Value)
			}
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if g := strings.Join(got, " "); g != c.labels {
			t.Errorf("[%g, %g]: labels %q, want %q", c.min, c.max, g, c.labels)
		}
	}
	// Beyond six decades only decades get ticks: no solid bar of minor ticks.
	for _, tk := range (logTicks{}).Ticks(1e-15, 1) {
		if e := math.Log10(tk.Value); math.Abs(e-math.Round(e)) > 1e-9 {
			t.Errorf("[1e-15, 1]: tick at %g is not a power of ten", tk.Value)
		}
	}
}

func TestSpectrumRatio(t *testing.T) {
	f, err := Spectrum([]float64{6, 3, 1, 0, -1e-14}, 2, "s")
	if err != nil {
		t.Fatal(err)
	}
	// (6+3)/10 = 90%.
	if got := f.panels[1][0].legendText; len(got) != 1 || got[0] != "first 2 explain 90.0%" {
		t.Errorf("legend %q", got)
	}
	if got := f.panels[0][0].plot.Title.Text; got != "s (2 zero eigenvalues not shown)" {
		t.Errorf("title %q", got)
	}
	if _, err := f.PNG(); err != nil {
		t.Fatal(err)
	}
}

func TestErrors(t *testing.T) {
	nan := math.NaN()
	ok := []float64{1, 2, 3}
	Z := mat.NewDense(2, 2, []float64{0, 1, nan, 2})
	W := mat.NewDense(1, 4, []float64{0, math.Inf(1), 0, 0})
	for _, c := range []struct {
		name string
		err  func() error
		want string
	}{
		{"curves empty", func() error { _, err := Curves("t", "x", "y", nil, false, false); return err }, "no series"},
		{"curves no points", func() error { _, err := Curves("t", "x", "y", []Series{{Name: "a"}}, false, false); return err }, `"a" has no points`},
		{"curves lengths", func() error {
			_, err := Curves("t", "x", "y", []Series{{Name: "a", X: ok, Y: ok[:2]}}, false, false)
			return err
		}, "len(X) = 3 but len(Y) = 2"},
		{"curves NaN", func() error {
			_, err := Curves("t", "x", "y", []Series{{Name: "a", X: ok, Y: []float64{1, nan, 3}}}, false, false)
			return err
		}, `"a" Y[1] is NaN`},
		{"curves log y", func() error {
			_, err := Curves("t", "x", "y", []Series{{X: ok, Y: ok}, {Name: "b", X: ok, Y: []float64{1, 0, 3}}}, false, true)
			return err
		}, `"b": Y[1] = 0 is not positive on a log y axis`},
		{"curves log x unnamed", func() error {
			_, err := Curves("t", "x", "y", []Series{{X: []float64{-1, 2, 3}, Y: ok}}, true, false)
			return err
		}, `"#0": X[0] = -1 is not positive on a log x axis`},
		{"sweep beta 0", func() error {
			_, err := Sweep("t", "y", []float64{0, 1, 2}, []Series{{Name: "a", Y: ok}}, false)
			return err
		}, "X[0] = 0 is not positive on a log x axis"},
		{"spectrum empty", func() error { _, err := Spectrum(nil, 0, "t"); return err }, "no eigenvalues"},
		{"spectrum k", func() error { _, err := Spectrum(ok, 4, "t"); return err }, "k = 4 outside [0, 3]"},
		{"spectrum negative", func() error { _, err := Spectrum([]float64{3, -1}, 1, "t"); return err }, "eigenvalues[1] = -1 is negative"},
		{"spectrum zero", func() error { _, err := Spectrum([]float64{0, 0}, 1, "t"); return err }, "no positive eigenvalue"},
		{"spectrum NaN", func() error { _, err := Spectrum([]float64{1, nan}, 1, "t"); return err }, "eigenvalues[1] is NaN"},
		{"angles empty", func() error { _, err := Angles(nil, "t"); return err }, "no angles"},
		{"angles range", func() error { _, err := Angles([]float64{10, 91}, "t"); return err }, "angles[1] = 91 outside [0, 90]"},
		{"angles inf", func() error { _, err := Angles([]float64{math.Inf(1)}, "t"); return err }, "angles[0] is +Inf"},
		{"hist empty", func() error { _, err := Histogram(nil, 3, "t", "x"); return err }, "no values"},
		{"hist bins", func() error { _, err := Histogram(ok, 0, "t", "x"); return err }, "bins = 0"},
		{"hist NaN", func() error { _, err := Histogram([]float64{nan}, 3, "t", "x"); return err }, "values[0] is NaN"},
		{"hist mark", func() error { _, err := Histogram(ok, 3, "t", "x", 1, nan); return err }, "marks[1] is NaN"},
		{"scatter empty", func() error { _, err := Scatter2D(&mat.Dense{}, nil, "t"); return err }, "no points"},
		{"scatter NaN", func() error { _, err := Scatter2D(Z, nil, "t"); return err }, "row 1"},
		{"mosaic empty", func() error { _, err := Mosaic(&mat.Dense{}, 2, 2, 0); return err }, "no filters"},
		{"mosaic inf", func() error { _, err := Mosaic(W, 2, 2, 0); return err }, "W[0, 1] = +Inf"},
		{"grid empty", func() error { _, err := ImageGrid(nil, 2, 2, nil); return err }, "no rows"},
		{"grid nil", func() error { _, err := ImageGrid([]*mat.Dense{nil}, 2, 2, nil); return err }, "rows[0] has no images"},
		{"grid NaN", func() error {
			_, err := ImageGrid([]*mat.Dense{mat.NewDense(1, 4, []float64{0, 0, nan, 0})}, 2, 2, nil)
			return err
		}, "rows[0] image 0 pixel 2 is NaN"},
		{"panels none", func() error { _, err := Panels(1, 1); return err }, "no figures"},
		{"panels grid", func() error { _, err := Panels(0, 1); return err }, "0×1 grid"},
		{"panels too many", func() error {
			f, _ := Angles(ok, "t")
			_, err := Panels(1, 1, f, f)
			return err
		}, "2 figures for 1×1"},
		{"panels nil", func() error { _, err := Panels(1, 2, nil); return err }, "figure 0 is nil"},
		{"size", func() error {
			f, _ := Angles(ok, "t")
			f.Width = 0
			_, err := f.PNG()
			return err
		}, "not positive"},
	} {
		err := c.err()
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not contain %q", c.name, err, c.want)
		}
	}
}

func TestPanics(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"mosaic shape", func() { Mosaic(mat.NewDense(2, 5, nil), 2, 2, 0) }},
		{"mosaic patch", func() { Mosaic(mat.NewDense(2, 4, nil), 0, 4, 0) }},
		{"grid shape", func() { ImageGrid([]*mat.Dense{mat.NewDense(1, 5, nil)}, 2, 2, nil) }},
		{"grid labels", func() { ImageGrid([]*mat.Dense{mat.NewDense(1, 4, nil)}, 2, 2, []string{"a", "b"}) }},
		{"scatter cols", func() { Scatter2D(mat.NewDense(2, 3, nil), nil, "t") }},
		{"scatter labels", func() { Scatter2D(mat.NewDense(2, 2, nil), []int{1}, "t") }},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", c.name)
				}
			}()
			c.f()
		}()
	}
}

// TestRasterInPanelsCrisp checks that a mosaic drawn into a panel cell is
// still sampled nearest-neighbour: only the mosaic's own grey levels and
// the white background appear in its cell.
func TestRasterInPanelsCrisp(t *testing.T) {
	W := mat.NewDense(2, 4, []float64{-1, 1, 1, -1, 1, -1, -1, 1})
	m, err := Mosaic(W, 2, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Panels(1, 2, m, m)
	if err != nil {
		t.Fatal(err)
	}
	p.Width, p.Height = 10*vg.Centimeter, 4*vg.Centimeter
	img := decode(t, p)
	b := img.Bounds()
	for y := range b.Dy() {
		for x := range b.Dx() {
			if g := gray(img.At(x, y)); g != 0 && g != 255 {
				t.Fatalf("pixel (%d, %d) = %v: smoothed", x, y, img.At(x, y))
			}
		}
	}
}

// TestSetTitle checks that a title adds a band of its own height above a
// raster without resampling the raster, that the band holds dark text
// pixels, and that removing the title restores the figure.
func TestSetTitle(t *testing.T) {
	W := mat.NewDense(2, 4, []float64{-1, 1, 1, -1, 1, -1, -1, 1})
	plain, err := Mosaic(W, 2, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	before := decode(t, plain)
	h0 := plain.Height
	if got := plain.SetTitle("filters"); got != plain {
		t.Fatal("SetTitle does not return its figure")
	}
	if plain.Title() != "filters" {
		t.Errorf("Title() = %q", plain.Title())
	}
	band := titleHeight("filters")
	if band <= 0 || plain.Height != h0+band {
		t.Fatalf("height %v after SetTitle, want %v + %v", plain.Height, h0, band)
	}
	plain.SetTitle("another") // replacing a title keeps the height
	if plain.Height != h0+band {
		t.Errorf("height %v after a second SetTitle, want %v", plain.Height, h0+band)
	}
	after := decode(t, plain)
	bb, ab := before.Bounds(), after.Bounds()
	top := ab.Dy() - bb.Dy()
	if ab.Dx() != bb.Dx() || top <= 0 {
		t.Fatalf("titled render %v, untitled %v: want the same width and a taller image", ab, bb)
	}
	// The raster is the same pixels, below the band.
	for y := range bb.Dy() {
		for x := range bb.Dx() {
			if gray(before.At(x, y)) != gray(after.At(x, y+top)) {
				t.Fatalf("pixel (%d, %d) changed under the title", x, y)
			}
		}
	}
	dark := 0
	for y := range top {
		for x := range ab.Dx() {
			if gray(after.At(x, y)) < 128 {
				dark++
			}
		}
	}
	if dark == 0 {
		t.Error("no title text drawn in the band above the raster")
	}
	plain.SetTitle("")
	if plain.Height != h0 || plain.Title() != "" {
		t.Errorf("after SetTitle(\"\"): height %v, title %q; want %v, \"\"", plain.Height, plain.Title(), h0)
	}

	// A plot's own title is replaced; a nil figure is ignored.
	c, err := Curves("old", "x", "y", []Series{{X: []float64{1, 2}, Y: []float64{1, 2}}}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	if c.SetTitle("new").Plot().Title.Text != "new" || c.Title() != "new" {
		t.Errorf("plot title %q, want new", c.Plot().Title.Text)
	}
	var nilFig *Figure
	if nilFig.SetTitle("x") != nil || nilFig.Title() != "" {
		t.Error("nil figure: SetTitle or Title not a no-op")
	}
}

// TestTitledRasterInPanelsCrisp checks that titled mosaics in a panel
// figure are still drawn nearest-neighbour: the only grey levels in the
// cells are the mosaic's own, white, and (within the title bands) text.
func TestTitledRasterInPanelsCrisp(t *testing.T) {
	W := mat.NewDense(2, 4, []float64{-1, 1, 1, -1, 1, -1, -1, 1})
	a, err := Mosaic(W, 2, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Mosaic(W, 2, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Panels(1, 2, a.SetTitle("a"), b.SetTitle("b"))
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, p)
	bd := img.Bounds()
	// Below the tallest possible title band every pixel is black or white.
	band := int(math.Ceil(float64(titleHeight("a").Dots(DefaultDPI)))) + 4
	for y := band; y < bd.Dy(); y++ {
		for x := range bd.Dx() {
			if g := gray(img.At(x, y)); g != 0 && g != 255 {
				t.Fatalf("pixel (%d, %d) = %v: smoothed", x, y, img.At(x, y))
			}
		}
	}
}

// TestPanelTitlesAligned checks that the titles of plots in one row of
// Panels share a baseline even when only one plot has a tick label
// reaching above its data area (plot.Align alone leaves that plot's title
// higher): the first rows of dark pixels, the tops of the titles, match.
func TestPanelTitlesAligned(t *testing.T) {
	x := []float64{1, 10, 100, 1000}
	low, err := Curves("no label at the top", "i", "loss", []Series{{X: x, Y: []float64{5.6e5, 4e5, 3e5, 2.9e5}}}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	high, err := Curves("label at the top", "i", "error", []Series{{X: x, Y: []float64{1, 1e-5, 1e-10, 1e-15}}}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Panels(1, 2, low, high)
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, p)
	b := img.Bounds()
	firstDark := func(x0, x1 int) int {
		for y := range b.Dy() {
			for x := x0; x < x1; x++ {
				if gray(img.At(x, y)) < 100 {
					return y
				}
			}
		}
		return -1
	}
	l, r := firstDark(0, b.Dx()/2), firstDark(b.Dx()/2, b.Dx())
	if l < 0 || r < 0 || l-r > 1 || r-l > 1 {
		t.Errorf("title tops at rows %d (left) and %d (right), want the same", l, r)
	}
}
