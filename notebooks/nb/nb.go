package nb

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/linae/linae/kernel/display"
	"github.com/linae/linae/plotting"
)

// state is the running notebook's record. Cells may call the package from
// goroutines, so every access holds mu.
var (
	mu      sync.Mutex
	current *Results // nil before Start
	path    string   // the results file of current
	root    string   // the project root figure paths are relative to
)

// Start names the running notebook and clears its results file: it writes
// an empty record for notebook, replacing what an earlier run left. Call it
// in the notebook's first cell, before any Check, Value or Save, with the
// notebook's file name without .ipynb. It panics when the name cannot name a
// file or the file cannot be written.
func Start(notebook string) {
	if notebook == "" || notebook != filepath.Base(notebook) || strings.ContainsAny(notebook, `/\`) || notebook == "." || notebook == ".." {
		panic(fmt.Sprintf("nb: Start(%q): the notebook's name must be a file name, such as \"02-equivalence-with-pca\"", notebook))
	}
	r, dir, err := projectRoot()
	Must(err)
	if env := os.Getenv("LINAE_RESULTS_DIR"); env != "" {
		dir = env
	}
	mu.Lock()
	defer mu.Unlock()
	current = &Results{
		Schema:   Schema,
		Version:  SchemaVersion,
		Notebook: notebook,
		Full:     Full(),
		Claims:   []Claim{},
		Values:   map[string]Quoted{},
		Figures:  []Figure{},
	}
	path, root = filepath.Join(dir, notebook+".json"), r
	Must(write(path, current))
}

// Full reports whether the notebook runs its full-size settings: the
// environment variable LINAE_FULL is set (scripts/reproduce.sh --full sets
// it). The default settings are smaller, so that a notebook runs in about
// a minute.
func Full() bool {
	return os.Getenv("LINAE_FULL") != ""
}

// Must stops the cell at the first error: it panics with err when err is
// not nil, and the notebook shows the panic as the cell's error.
func Must(err error) {
	if err != nil {
		panic(err)
	}
}

// Check records one claim, that value comparison bound holds (comparison is
// "<", "<=", ">" or ">="), prints its verdict as
//
//	CHECK name: value comparison bound PASS|FAIL
//
// and reports whether it holds. A claim checked again under the same name
// replaces the earlier one. Check panics before Start, for any other
// comparison, and when the results file cannot be written.
func Check(name string, value float64, comparison string, bound float64) bool {
	var ok bool
	switch comparison {
	case "<":
		ok = value < bound
	case "<=":
		ok = value <= bound
	case ">":
		ok = value > bound
	case ">=":
		ok = value >= bound
	default:
		panic(fmt.Sprintf("nb: Check(%q): comparison %q is not one of <, <=, >, >=", name, comparison))
	}
	c := Claim{Name: name, Value: Number(value), Comparison: comparison, Bound: Number(bound), Pass: ok}
	record("Check", func(r *Results) {
		if i := slices.IndexFunc(r.Claims, func(c Claim) bool { return c.Name == name }); i >= 0 {
			r.Claims[i] = c
		} else {
			r.Claims = append(r.Claims, c)
		}
	})
	verdict := "FAIL"
	if ok {
		verdict = "PASS"
	}
	fmt.Printf("CHECK %s: %.4g %s %.4g %s\n", name, value, comparison, bound, verdict)
	return ok
}

// Value records a number the notebook's text quotes, under name, with a
// description that gives its unit. It returns nothing, so that a cell ending
// with it shows no result. A number recorded again under the same name
// replaces the earlier one. Value panics before Start and when the results
// file cannot be written.
func Value(name string, value float64, description string) {
	record("Value", func(r *Results) {
		r.Values[name] = Quoted{Value: Number(value), Description: description}
	})
}

// Save writes fig as a PNG to notebooks/figures/NAME.png (figures/NAME.png
// when the working directory has no notebooks folder, as when the kernel
// runs in notebooks/) and as an SVG to out/figures-svg/NAME.svg below the
// project root (the vector copy the write-up converts to PDF), prints "saved
// PATH", shows the figure in the notebook and records the PNG in the results
// file.
// It panics before Start, for a name that is not a file name, and on any
// error.
func Save(fig *plotting.Figure, name string) {
	if name == "" || name != filepath.Base(name) || strings.ContainsAny(name, `/\`) {
		panic(fmt.Sprintf("nb: Save(%q): the figure's name must be a file name without .png", name))
	}
	dir := "figures"
	if _, err := os.Stat("notebooks"); err == nil {
		dir = filepath.Join("notebooks", "figures")
	}
	Must(os.MkdirAll(dir, 0o755))
	file := filepath.Join(dir, name+".png")
	Must(fig.Save(file))
	// A vector copy for the write-up (paper/), outside the committed
	// figures. SVG, not gonum/plot's PDF: its PDF writer puts a label's
	// UTF-8 bytes into a single-byte font encoding, so λ comes out as "Î»"
	// (gonum/plot issue 347), while its SVG keeps the text as UTF-8, which
	// paper/build.sh converts to PDF.
	mu.Lock()
	vector := filepath.Join(root, "out", "figures-svg")
	mu.Unlock()
	Must(os.MkdirAll(vector, 0o755))
	Must(fig.Save(filepath.Join(vector, name+".svg")))
	abs, err := filepath.Abs(file)
	Must(err)
	record("Save", func(r *Results) {
		rel := abs
		if p, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(p, "..") {
			rel = p
		}
		f := Figure{Name: name, Path: filepath.ToSlash(rel)}
		if i := slices.IndexFunc(r.Figures, func(f Figure) bool { return f.Name == name }); i >= 0 {
			r.Figures[i] = f
		} else {
			r.Figures = append(r.Figures, f)
		}
	})
	fmt.Println("saved", file)
	Must(display.Show(fig))
}

// Floats returns the integers x as float64s: a training history's
// iteration numbers as a plot's X values.
func Floats(x []int) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

// FloatsPlusOne returns x+1 as float64s: iteration numbers, which start at
// 0, on a logarithmic axis (labelled "iteration + 1").
func FloatsPlusOne(x []int) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v) + 1
	}
	return out
}

// record applies change to the running notebook's record and rewrites its
// results file; fn names the caller in the panic before Start.
func record(fn string, change func(*Results)) {
	mu.Lock()
	defer mu.Unlock()
	if current == nil {
		panic(fmt.Sprintf("nb: %s before Start: call nb.Start(\"NOTEBOOK\") in the notebook's first cell, so that its results have a file", fn))
	}
	change(current)
	Must(write(path, current))
}

// projectRoot returns the nearest directory at or above the working
// directory that holds go.mod (the working directory when none does), and
// the default results directory below it.
func projectRoot() (root, results string, err error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", "", fmt.Errorf("nb: %w", err)
	}
	root = wd
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			root = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return root, filepath.Join(root, "out", "results"), nil
}
