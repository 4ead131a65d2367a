package plotting_test

import (
	"bytes"
	"fmt"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/plotting"
)

// A training curve on log axes, saved as PNG into a folder.
func ExampleCurves() {
	dir, err := os.MkdirTemp("", "plotting-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	iter := []float64{1, 2, 5, 10, 20, 50, 100}
	loss := []float64{90, 60, 31, 12, 5.1, 2.6, 2.5}
	floor := []float64{2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5}
	f, err := plotting.Curves("training", "iteration", "loss", []plotting.Series{
		{Name: "linear AE", X: iter, Y: loss},
		{Name: "PCA floor", X: iter, Y: floor},
	}, true, true)
	if err != nil {
		log.Fatal(err)
	}
	path := filepath.Join(dir, "loss.png")
	if err := f.Save(path); err != nil {
		log.Fatal(err)
	}

	r, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	cfg, err := png.DecodeConfig(r)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d×%d pixels\n", filepath.Base(path), cfg.Width, cfg.Height)
	// Output:
	// loss.png: 709×531 pixels
}

// Errors name the offending series and index.
func ExampleCurves_errors() {
	_, err := plotting.Curves("", "β", "loss", []plotting.Series{
		{Name: "sweep", X: []float64{0, 0.1, 1}, Y: []float64{3, 2, 1}},
	}, true, false)
	fmt.Println(err)
	// Output:
	// plotting: series "sweep": X[0] = 0 is not positive on a log x axis
}

// Filters shown as in UFLDL's display_network, side by side with a
// spectrum in a two-panel figure.
func ExamplePanels() {
	W := mat.NewDense(4, 9, []float64{
		1, 0, -1, 1, 0, -1, 1, 0, -1,
		1, 1, 1, 0, 0, 0, -1, -1, -1,
		0, 1, 0, 1, -4, 1, 0, 1, 0,
		1, 0, 0, 0, 1, 0, 0, 0, 1,
	})
	mosaic, err := plotting.Mosaic(W, 3, 3, 2)
	if err != nil {
		log.Fatal(err)
	}
	spectrum, err := plotting.Spectrum([]float64{4, 2, 1, 0.5, 0.25}, 2, "spectrum")
	if err != nil {
		log.Fatal(err)
	}
	both, err := plotting.Panels(1, 2, spectrum, mosaic)
	if err != nil {
		log.Fatal(err)
	}
	b, err := both.PNG()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(b) > 0, both.Width == 2*spectrum.Width)
	// Output:
	// true true
}

// Times relative to a baseline, one row per benchmark, with the parity
// line at 1; a NaN leaves a benchmark without a mark.
func ExampleDots() {
	f, err := plotting.Dots("time / baseline", "ratio (log scale)",
		[]string{"DGEMM", "PCA", "training"},
		[]plotting.DotSeries{
			{Name: "ours", Values: []float64{0.9, 0.8, 0.2}},
			{Name: "ours on OpenBLAS", Values: []float64{1.0, math.NaN(), 0.7}},
		}, true, 1)
	if err != nil {
		log.Fatal(err)
	}
	b, err := f.PNG()
	if err != nil {
		log.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d×%d pixels\n", cfg.Width, cfg.Height)
	_, err = plotting.Dots("", "ratio", []string{"DGEMM"}, []plotting.DotSeries{{Name: "ours", Values: []float64{0}}}, true)
	fmt.Println(err)
	// Output:
	// 709×531 pixels
	// plotting: series "ours": Values[0] = 0 is not positive on a log x axis
}
