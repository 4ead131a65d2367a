package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/linae/linae/internal/atomicfile"
	"github.com/linae/linae/plotting"
	"gonum.org/v1/plot/vg"
)

// groupOrder is the order of the table's rows and what each group is.
var groupOrder = []struct{ group, what string }{
	{"dgemm", "DGEMM n×n·n×n (machine rate)"},
	{"pca_full", "PCA MNIST 60000×784, full spectrum"},
	{"pca30_exact", "PCA MNIST, top 30, exact"},
	{"pca30_rand", "PCA MNIST, top 30, randomized"},
	{"lae_tied_grad", "tied linear AE p=30, one loss+grad (60000 rows)"},
	{"lae_untied_grad", "untied linear AE p=30, one loss+grad (60000 rows)"},
	{"lae_tied_train", "tied linear AE p=30, L-BFGS to 1e-3 of the PCA floor"},
	{"sparse_ufldl_grad", "UFLDL sparse AE 10000 patches, one loss+grad"},
	{"sparse_ufldl_train", "UFLDL sparse AE 10000 patches, L-BFGS"},
	{"sparse_mnist_grad", "MNIST sparse AE 10000 images, one loss+grad"},
	{"sparse_mnist_train", "MNIST sparse AE 10000 images, L-BFGS"},
}

// resultKey identifies a table row: results with the same group and
// variant did the same work.
type resultKey struct{ group, variant string }

var otherImpls = []string{"numpy", "scipy", "sklearn", "torch"}

func reportCmd(args []string) error {
	fs := flag.NewFlagSet("report", flag.ExitOnError)
	in := fs.String("in", "out/bench/go.json,out/bench/py.json", "comma-separated result files")
	md := fs.String("md", "bench/RESULTS.md", "markdown file to write")
	png := fs.String("png", "bench/results.png", "plot to write")
	header := fs.String("header", "", "file whose text is put under the title (machine, load)")
	notes := fs.String("notes", "bench/NOTES.md", "hand-written analysis appended after the table (skipped if missing)")
	shareIn := fs.String("shares", "", "comma-separated result files of the default build, in the order run, whose rows with a GFLOP count give a table of their shares of the DGEMM around them run by run (run.sh: its Go rounds and share runs); empty: no such table")
	_ = fs.Parse(args)

	files, err := readResults(*in)
	if err != nil {
		return err
	}
	var all []Result
	for _, f := range files {
		all = append(all, f...)
	}
	var shareRuns [][]Result
	if *shareIn != "" {
		if shareRuns, err = readResults(*shareIn); err != nil {
			return err
		}
	}
	byKey := map[resultKey]map[string]Result{}
	var keys []resultKey
	var info []string
	for _, r := range all {
		if strings.HasPrefix(r.Group, "_") {
			if !slices.Contains(info, r.Note) { // the same in every round
				info = append(info, r.Note)
			}
			continue
		}
		k := resultKey{r.Group, r.Variant}
		if byKey[k] == nil {
			byKey[k] = map[string]Result{}
			keys = append(keys, k)
		}
		// With several rounds (run.sh alternates the sides), each
		// implementation keeps its best round: the machine's speed drifts,
		// and the best round is the one least slowed by it, for every side
		// alike.
		if old, ok := byKey[k][r.Impl]; !ok || r.Median < old.Median {
			byKey[k][r.Impl] = r
		}
	}
	var ordered []resultKey
	var what []string
	for _, g := range groupOrder {
		for _, k := range keys {
			if k.group == g.group {
				ordered = append(ordered, k)
				what = append(what, g.what)
			}
		}
	}
	// The machine's DGEMM rate: the fastest measured by any implementation.
	machine := 0.0
	for k, rs := range byKey {
		if k.group == "dgemm" {
			for _, r := range rs {
				machine = max(machine, r.GFlop/r.Median)
			}
		}
	}
	// Every DGEMM run, implementation by implementation in the order run:
	// how far the machine's speed drifted between the rounds.
	var dgemmImpls []string
	dgemmRuns := map[string][]string{}
	for _, r := range all {
		if r.Group == "dgemm" && r.Median > 0 {
			if dgemmRuns[r.Impl] == nil {
				dgemmImpls = append(dgemmImpls, r.Impl)
			}
			dgemmRuns[r.Impl] = append(dgemmRuns[r.Impl], fmt.Sprintf("%.1f", r.GFlop/r.Median))
		}
	}

	var sb strings.Builder
	sb.WriteString("# Side-by-side benchmarks: linae (Go) against numpy, SciPy, scikit-learn and PyTorch\n\n")
	sb.WriteString("Written by `bench/run.sh` (`go run ./bench/cmd report`); do not edit by hand. Times are wall-clock\n")
	sb.WriteString("medians in seconds over the runs shown, same machine, same run. With several rounds (run.sh\n")
	sb.WriteString("runs the Go side, then the Python side, then both again), each implementation's best run is\n")
	sb.WriteString("shown, so that a drift in the machine's speed does not favour the Go side (the Python side, run\n")
	sb.WriteString("twice a round, has twice the draws). *go* is the default pure-Go build\n")
	sb.WriteString("(gonum with this module's Go-assembly Dgemm/Dsyrk, package `gemm`, and eigensolver, package `eigen`);\n")
	sb.WriteString("*go+OpenBLAS* the same code built with `-tags openblas` (package `backend` installs OpenBLAS).\n")
	sb.WriteString("A ratio is our time divided by the fastest Python implementation of the same computation\n")
	sb.WriteString("(below 1: ours is faster). GFLOP/s counts the matrix-product work only; % is of the machine's\n")
	fmt.Fprintf(&sb, "measured DGEMM rate (%.1f GFLOP/s, the fastest DGEMM below); \"%% around\" is of the same build's DGEMM\n", machine)
	sb.WriteString("timed in the same process just before and just after that benchmark (the mean of the two bursts,\n")
	sb.WriteString("three products each): the machine's speed drifts by a tenth or more within minutes, between the\n")
	sb.WriteString("DGEMM row and a training row of one round.\n\n")
	if *header != "" {
		b, err := os.ReadFile(*header)
		if err != nil {
			return err
		}
		sb.Write(b)
	}
	if len(dgemmImpls) > 0 {
		var runs []string
		for _, impl := range dgemmImpls {
			runs = append(runs, impl+" "+strings.Join(dgemmRuns[impl], ", "))
		}
		sb.WriteString("- DGEMM in each run, in GFLOP/s in the order run (the machine's drift): " + strings.Join(runs, "; ") + "\n")
	}
	for _, s := range info {
		sb.WriteString("- " + s + "\n")
	}
	sb.WriteString("\n| benchmark | variant | go (s) | go+OpenBLAS (s) | numpy | SciPy | scikit-learn | PyTorch | go / fastest Python | go+OpenBLAS / fastest Python | GFLOP/s go; go+OpenBLAS | notes |\n")
	sb.WriteString("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	// The plot's rows: a benchmark each, with its two builds' ratios (NaN
	// where a build has none).
	var labels []string
	var ratios, ratiosOB []float64
	haveRatioOB := false
	cell := func(r Result, ok bool) string {
		if !ok {
			return "—"
		}
		s := fmt.Sprintf("%.4g", r.Median)
		if r.Iters > 0 {
			s += fmt.Sprintf(" (%d it, %d ev)", r.Iters, r.Evals)
		}
		return s
	}
	for i, k := range ordered {
		rs := byKey[k]
		pure, havePure := rs["go"]
		ob, haveOB := rs["go+OpenBLAS"]
		row := []string{what[i], k.variant, cell(pure, havePure), cell(ob, haveOB)}
		best := math.Inf(1)
		var notes []string
		if havePure && pure.Note != "" {
			notes = append(notes, "ours: "+pure.Note)
		} else if haveOB && ob.Note != "" {
			notes = append(notes, "ours: "+ob.Note)
		}
		for _, impl := range otherImpls {
			r, ok := rs[impl]
			row = append(row, cell(r, ok))
			if ok {
				best = min(best, r.Median)
				if r.Note != "" {
					notes = append(notes, impl+": "+r.Note)
				}
			}
		}
		ratio := func(r Result, ok bool) (float64, string) {
			if !ok || math.IsInf(best, 1) {
				return math.NaN(), "—"
			}
			q := r.Median / best
			return q, fmt.Sprintf("**%.2f**", q)
		}
		q, qs := ratio(pure, havePure)
		qOB, qsOB := ratio(ob, haveOB)
		row = append(row, qs, qsOB)
		if !math.IsInf(best, 1) && (havePure || haveOB) {
			labels = append(labels, what[i]+", "+k.variant)
			ratios, ratiosOB = append(ratios, q), append(ratiosOB, qOB)
			haveRatioOB = haveRatioOB || haveOB
		}
		rate := func(r Result, ok bool) string {
			if !ok || r.GFlop <= 0 {
				return "—"
			}
			g := r.GFlop / r.Median
			if machine > 0 && k.group != "dgemm" {
				if r.DGEMMAround > 0 {
					return fmt.Sprintf("%.1f (%.0f%%; %.0f%% around)", g, 100*g/machine, 100*g/r.DGEMMAround)
				}
				return fmt.Sprintf("%.1f (%.0f%%)", g, 100*g/machine)
			}
			return fmt.Sprintf("%.1f", g)
		}
		row = append(row, rate(pure, havePure)+"; "+rate(ob, haveOB), strings.Join(notes, "; "))
		sb.WriteString("| " + strings.Join(row, " | ") + " |\n")
	}
	if len(labels) > 0 {
		sb.WriteString("\n![ours/fastest Python per benchmark](" + filepath.Base(*png) + ")\n\n" +
			"Plot: a row per benchmark of the table, a mark per build at its time divided by the fastest " +
			"Python implementation's (log scale); left of the dashed line at 1, the build is faster.\n")
		series := []plotting.DotSeries{{Name: "go", Values: ratios}}
		if haveRatioOB {
			series = append(series, plotting.DotSeries{Name: "go+OpenBLAS", Values: ratiosOB})
		}
		fig, err := plotting.Dots("linae's time / the fastest Python implementation's (below 1: linae faster)", "time ratio (log scale)", labels, series, true, 1)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(*png), 0o755); err != nil {
			return err
		}
		fig.Width = 26 * vg.Centimeter
		fig.Height = vg.Length(3+0.75*float64(len(labels))) * vg.Centimeter
		if err := fig.Save(*png); err != nil {
			return err
		}
	}
	writeShares(&sb, ordered, what, shareRuns)
	if *notes != "" {
		b, err := os.ReadFile(*notes)
		switch {
		case err == nil:
			sb.WriteString("\n")
			sb.Write(b)
		case !os.IsNotExist(err):
			return err
		}
	}
	if err := os.MkdirAll(filepath.Dir(*md), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(*md, []byte(sb.String()))
}

// readResults reads the result files in the comma-separated list paths,
// a slice of results each.
func readResults(paths string) ([][]Result, error) {
	var files [][]Result
	for _, p := range strings.Split(paths, ",") {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var rs []Result
		if err := json.Unmarshal(b, &rs); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		files = append(files, rs)
	}
	return files, nil
}

// writeShares writes, for each row of the first table with a GFLOP count
// (the training rows), its share of the DGEMM timed around it in each of
// the default build's runs, files in the order run: with run.sh, its Go
// rounds (whole runs, marked) and the share runs between the other
// columns' runs (DGEMM and these rows alone). One run's share depends on
// the moment it was taken (the machine's speed drifts, and not by the
// same factor for every computation); the median over runs spread through
// the whole run does less. Rows of the files that are not in the first
// table are left out.
func writeShares(sb *strings.Builder, ordered []resultKey, what []string, files [][]Result) {
	type share struct {
		v     float64
		whole bool // from a whole run (it has rows without a GFLOP count, such as PCA's)
	}
	shares := map[resultKey][]share{}
	wholeRuns, shareOnly := 0, 0
	for _, f := range files {
		w := slices.ContainsFunc(f, func(r Result) bool { return strings.HasPrefix(r.Group, "pca") })
		if w {
			wholeRuns++
		} else {
			shareOnly++
		}
		for _, r := range f {
			if r.Impl == "go" && r.GFlop > 0 && r.DGEMMAround > 0 && r.Median > 0 {
				k := resultKey{r.Group, r.Variant}
				shares[k] = append(shares[k], share{100 * r.GFlop / r.Median / r.DGEMMAround, w})
			}
		}
	}
	header := false
	for i, k := range ordered {
		s := shares[k]
		if len(s) == 0 {
			continue
		}
		if !header {
			fmt.Fprintf(sb, "\n## Shares of the DGEMM around each training row, run by run\n\n")
			fmt.Fprintf(sb, "Each row of the first table with a GFLOP count, in every run of the default build (*go*): %s\n", runs(wholeRuns, "whole run"))
			fmt.Fprintf(sb, "(the table's rounds, marked \\*) and %s, which time DGEMM and these rows alone, one after\n", runs(shareOnly, "share run"))
			sb.WriteString("each of the other columns' runs (`bench/run.sh`), so that the runs are spread over the whole run. The\n")
			sb.WriteString("share is of the DGEMM timed just before and just after the row in the same process (\"% around\" in\n")
			sb.WriteString("the first table); the median is over all the runs.\n\n")
			sb.WriteString("| benchmark | variant | runs | median % of DGEMM around | lowest % | highest % | every run's %, in the order run |\n")
			sb.WriteString("|---|---|---:|---:|---:|---:|---|\n")
			header = true
		}
		vals := make([]float64, len(s))
		inOrder := make([]string, len(s))
		for j, x := range s {
			vals[j] = x.v
			inOrder[j] = fmt.Sprintf("%.0f", x.v)
			if x.whole {
				inOrder[j] += "\\*"
			}
		}
		slices.Sort(vals)
		fmt.Fprintf(sb, "| %s | %s | %d | %.0f | %.0f | %.0f | %s |\n", what[i], k.variant, len(s), median(vals), vals[0], vals[len(vals)-1], strings.Join(inOrder, ", "))
	}
}

// runs returns n and what, made plural unless n is 1.
func runs(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// median returns the median of the sorted values s (the mean of the middle
// two when their number is even).
func median(s []float64) float64 {
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
