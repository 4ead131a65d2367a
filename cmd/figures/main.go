// Command figures writes one example of every figure type of package
// plotting, drawn from synthetic numbers, into a folder: a quick way to see
// what the figures look like and to check them after a change of style.
//
// Usage:
//
//	go run ./cmd/figures -out DIR [-formats png,svg,pdf] [-seed 1]
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/plotting"
)

func main() {
	out := flag.String("out", "figures", "output folder (created if missing)")
	formats := flag.String("formats", "png", "comma-separated output formats: png, svg, pdf")
	seed := flag.Uint64("seed", 1, "seed of the synthetic numbers")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("figures: ")
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	figs, err := examples(*seed)
	if err != nil {
		log.Fatal(err)
	}
	for _, nf := range figs {
		for _, ext := range strings.Split(*formats, ",") {
			p := filepath.Join(*out, nf.name+"."+strings.TrimSpace(ext))
			if err := nf.fig.Save(p); err != nil {
				log.Fatal(err)
			}
			fmt.Println(p)
		}
	}
}

type namedFigure struct {
	name string
	fig  *plotting.Figure
}

// examples builds one figure of every type from synthetic numbers.
func examples(seed uint64) ([]namedFigure, error) {
	rnd := rand.New(rand.NewPCG(seed, 0x6669677572657321))
	var figs []namedFigure
	add := func(name string, f *plotting.Figure, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		figs = append(figs, namedFigure{name, f})
		return nil
	}

	// Training curves on log–log axes: losses approaching a PCA floor.
	const floor = 2.5
	iters := make([]float64, 400)
	for i := range iters {
		iters[i] = float64(i + 1)
	}
	curve := func(rate, noise float64) []float64 {
		y := make([]float64, len(iters))
		for i, t := range iters {
			y[i] = floor + 80*math.Exp(-t*rate) + 40/(1+t*rate*5) + noise*rnd.Float64()
		}
		return y
	}
	floorY := make([]float64, len(iters))
	for i := range floorY {
		floorY[i] = floor
	}
	curves, err := plotting.Curves("linear autoencoder training", "iteration", "loss per sample",
		[]plotting.Series{
			{Name: "tied, L-BFGS", X: iters, Y: curve(0.05, 0.01)},
			{Name: "untied, L-BFGS", X: iters, Y: curve(0.03, 0.01)},
			{Name: "tied, Adam", X: iters, Y: curve(0.01, 0.2)},
			{Name: "PCA floor", X: iters, Y: floorY},
		}, true, true)
	if err := add("curves", curves, err); err != nil {
		return nil, err
	}

	// Spectrum: power-law eigenvalues with a few exact zeros (rank deficient).
	eig := make([]float64, 64)
	for i := range 60 {
		eig[i] = 20 * math.Pow(float64(i+1), -1.6)
	}
	spec, err := plotting.Spectrum(eig, 10, "covariance spectrum")
	if err := add("spectrum", spec, err); err != nil {
		return nil, err
	}

	// Principal angles between a learned and the PCA subspace.
	angles := make([]float64, 20)
	for i := range angles {
		angles[i] = 0.2 + 70*math.Pow(float64(i)/19, 3) + rnd.Float64()
	}
	ang, err := plotting.Angles(angles, "principal angles to the PCA subspace")
	if err := add("angles", ang, err); err != nil {
		return nil, err
	}

	// β sweep.
	betas := []float64{1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1, 3, 10, 30, 100}
	recon := make([]float64, len(betas))
	gap := make([]float64, len(betas))
	for i, b := range betas {
		recon[i] = floor * (1 + b/(b+3))
		gap[i] = 1 / (1 + b)
	}
	sweep, err := plotting.Sweep("uncentred data: β sweep", "value", betas, []plotting.Series{
		{Name: "reconstruction loss", Y: recon},
		{Name: "‖ρ − W x̄‖", Y: gap},
	}, true)
	if err := add("sweep", sweep, err); err != nil {
		return nil, err
	}

	// Mosaic of Gabor-like 8×8 filters.
	const pr, pc = 8, 8
	W := mat.NewDense(36, pr*pc, nil)
	for f := range 36 {
		theta := rnd.Float64() * math.Pi
		phase := rnd.Float64() * 2 * math.Pi
		cx, cy := 2+4*rnd.Float64(), 2+4*rnd.Float64()
		freq := 0.5 + 0.6*rnd.Float64()
		for r := range pr {
			for c := range pc {
				x, y := float64(c)-cx, float64(r)-cy
				u := x*math.Cos(theta) + y*math.Sin(theta)
				env := math.Exp(-(x*x + y*y) / (2 * 2.2 * 2.2))
				W.Set(f, r*pc+c, env*math.Cos(freq*u+phase)+0.05*rnd.NormFloat64())
			}
		}
	}
	mosaic, err := plotting.Mosaic(W, pr, pc, 0)
	if err := add("mosaic", mosaic, err); err != nil {
		return nil, err
	}

	// Reconstruction grid: blobs, a blurred "PCA" and a noisy "AE" version.
	const ir, ic, nimg = 16, 16, 8
	orig := mat.NewDense(nimg, ir*ic, nil)
	pca := mat.NewDense(nimg, ir*ic, nil)
	ae := mat.NewDense(nimg, ir*ic, nil)
	for k := range nimg {
		cx, cy := 4+8*rnd.Float64(), 4+8*rnd.Float64()
		theta := rnd.Float64() * math.Pi
		for r := range ir {
			for c := range ic {
				x, y := float64(c)-cx, float64(r)-cy
				u := x*math.Cos(theta) + y*math.Sin(theta)
				v := -x*math.Sin(theta) + y*math.Cos(theta)
				o := math.Exp(-(u*u/30 + v*v/1.5))
				orig.Set(k, r*ic+c, o)
				pca.Set(k, r*ic+c, 0.1+0.7*math.Exp(-(u*u/36+v*v/4)))
				ae.Set(k, r*ic+c, o+0.08*rnd.NormFloat64())
			}
		}
	}
	grid, err := plotting.ImageGrid([]*mat.Dense{orig, pca, ae}, ir, ic, []string{"original", "PCA, p = 10", "autoencoder"})
	if err := add("imagegrid", grid, err); err != nil {
		return nil, err
	}

	// Scatter of 2-D codes in ten labelled clusters.
	const npts = 1500
	Z := mat.NewDense(npts, 2, nil)
	labels := make([]int, npts)
	for i := range npts {
		l := i % 10
		a := 2 * math.Pi * float64(l) / 10
		Z.Set(i, 0, 4*math.Cos(a)+0.9*rnd.NormFloat64())
		Z.Set(i, 1, 4*math.Sin(a)+0.9*rnd.NormFloat64())
		labels[i] = l
	}
	scatter, err := plotting.Scatter2D(Z, labels, "2-D codes by digit")
	if err := add("scatter", scatter, err); err != nil {
		return nil, err
	}

	// Histogram of mean hidden activations against ρ = 0.1.
	act := make([]float64, 196)
	for i := range act {
		act[i] = 0.1 * math.Exp(0.35*rnd.NormFloat64())
	}
	hist, err := plotting.Histogram(act, 25, "mean hidden activation", "ρ̂_j", 0.1)
	if err := add("histogram", hist, err); err != nil {
		return nil, err
	}

	// Panels: four of the above in a 2×2 grid.
	panels, err := plotting.Panels(2, 2, curves, ang, hist, mosaic)
	if err := add("panels", panels, err); err != nil {
		return nil, err
	}
	return figs, nil
}
