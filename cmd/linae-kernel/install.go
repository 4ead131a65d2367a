package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/linae/linae/internal/atomicfile"
)

// kernelSpec is the content of kernel.json.
type kernelSpec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env,omitempty"`
	Metadata      map[string]any    `json:"metadata,omitempty"`
}

// install writes the kernelspec directory.
func install(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	user := fs.Bool("user", false, "install for the current user (the default): $JUPYTER_DATA_DIR or ~/.local/share/jupyter")
	prefix := fs.String("prefix", "", "install under `DIR`/share/jupyter (e.g. a virtualenv or /usr/local)")
	name := fs.String("name", "linae-go", "kernelspec `name` (directory name)")
	display := fs.String("display-name", "Go (linae)", "name shown in Jupyter's kernel menu")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("install: unexpected argument %q", fs.Arg(0))
	}
	if *user && *prefix != "" {
		return fmt.Errorf("install: -user and -prefix exclude each other")
	}
	if *name == "" || filepath.Base(*name) != *name || *name == "." || *name == ".." {
		return fmt.Errorf("install: invalid kernel name %q", *name)
	}
	dataDir, err := jupyterDataDir(*prefix)
	if err != nil {
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("install: locating this binary: %w", err)
	}
	if exe, err = filepath.EvalSymlinks(exe); err != nil {
		return fmt.Errorf("install: locating this binary: %w", err)
	}
	if exe, err = filepath.Abs(exe); err != nil {
		return fmt.Errorf("install: locating this binary: %w", err)
	}
	dir := filepath.Join(dataDir, "kernels", *name)
	if err := writeSpec(dir, exe, *display); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "installed kernelspec %s in %s\n", *name, dir)
	return nil
}

// jupyterDataDir is where kernelspecs go: PREFIX/share/jupyter with a
// prefix, else $JUPYTER_DATA_DIR, else the user's data directory as Jupyter
// computes it on Linux (~/.local/share/jupyter, honouring XDG_DATA_HOME).
func jupyterDataDir(prefix string) (string, error) {
	if prefix != "" {
		abs, err := filepath.Abs(prefix)
		if err != nil {
			return "", fmt.Errorf("install: prefix: %w", err)
		}
		return filepath.Join(abs, "share", "jupyter"), nil
	}
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return d, nil
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "jupyter"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("install: no home directory (set JUPYTER_DATA_DIR or use -prefix): %w", err)
	}
	return filepath.Join(home, ".local", "share", "jupyter"), nil
}

// writeSpec writes kernel.json and the two logos into dir, each file
// atomically, so that a failed install never leaves a half-written spec.
func writeSpec(dir, exe, displayName string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	spec := kernelSpec{
		Argv:          []string{exe, "run", "-connection-file", "{connection_file}"},
		DisplayName:   displayName,
		Language:      "go",
		InterruptMode: "message",
		Metadata:      map[string]any{"debugger": false},
	}
	b, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return fmt.Errorf("install: %w", err)
	}
	if err := writeAtomic(filepath.Join(dir, "kernel.json"), append(b, '\n')); err != nil {
		return err
	}
	for _, size := range []int{32, 64} {
		if err := writeAtomic(filepath.Join(dir, fmt.Sprintf("logo-%dx%d.png", size, size)), logoPNG(size)); err != nil {
			return err
		}
	}
	return nil
}

// writeAtomic writes an installed file whole or not at all.
func writeAtomic(path string, data []byte) error {
	if err := atomicfile.Write(path, data); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	return nil
}

// logoPNG draws the kernel's logo at size×size: a Go-blue disc with a
// white ring and a dot (an encoder's bottleneck, seen from above), drawn
// with antialiased edges so that it needs no image file.
func logoPNG(size int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	blue := color.NRGBA{0x00, 0xAD, 0xD8, 0xFF}
	white := color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	c := float64(size) / 2
	r := float64(size)/2 - 0.5
	cover := func(d, edge float64) float64 { // 1 inside edge, 0 outside, linear over 1 px
		return math.Max(0, math.Min(1, edge-d+0.5))
	}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			d := math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c)
			disc := cover(d, r)
			if disc == 0 {
				continue
			}
			// White ring between 0.55r and 0.72r, white dot inside 0.22r.
			ring := cover(d, 0.72*r) * (1 - cover(d, 0.55*r))
			dot := cover(d, 0.22*r)
			w := math.Max(ring, dot)
			col := color.NRGBA{
				R: uint8(float64(blue.R)*(1-w) + float64(white.R)*w),
				G: uint8(float64(blue.G)*(1-w) + float64(white.G)*w),
				B: uint8(float64(blue.B)*(1-w) + float64(white.B)*w),
				A: uint8(255 * disc),
			}
			img.SetNRGBA(x, y, col)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		// Encoding an in-memory NRGBA image cannot fail.
		panic(err)
	}
	return buf.Bytes()
}
