// Command papermacros turns the notebooks' results files into LaTeX macros
// for the write-up (paper/), so that the paper quotes no number typed by
// hand: every number it prints is one a notebook recorded in the run that
// made the results.
//
// Usage:
//
//	go run ./cmd/papermacros [-results out/results] [-run out/run.json]
//	    [-figures-pdf out/paper/figures] [-built-from COMMIT] -out out/paper/results.tex
//	go run ./cmd/papermacros [-results out/results] -digest
//
// It reads every NOTEBOOK.json in -results (package nb's schema) and fails
// when a file cannot be read, when a claim failed (a paper must not quote a
// number whose check did not hold), or when two names map to one key. It
// writes one line per quoted value and per claim:
//
//	\linaeresult{KEY}{1 digit}{2 digits}{3 digits}{4 digits}{5 digits}{6 digits}{3 down}{3 up}
//
// where KEY is the notebook's number, a colon and the name made LaTeX-safe
// (see Key), and the last two are rounded down and up, for "at least" and
// "at most" (\result[lo]{KEY}, \result[hi]{KEY}): the value "p = 20: largest angle a 1e-3 gap allows" of
// notebook 02 is 02:p-20-largest-angle-a-1e-3-gap-allows. A claim's value
// has the claim's key and its bound the key with ":bound" appended. Each
// figure is \linaefigure{NAME}{PATH}: its PDF in -figures-pdf (which
// paper/build.sh converts from the SVG copy package nb writes, and gives
// the SVG's time) when it is at least as new as the PNG, else the PNG. The run
// record of scripts/reproduce.sh (out/run.json) becomes \linaerun{...}.
// paper/results.sty defines these macros and \result, which stops the LaTeX
// build at a key the results do not have.
//
// -digest prints the SHA-256 of the results files (their names and bytes,
// in name order), which the generated file also carries, so that a check
// can tell that a built paper used the results on disk.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/linae/linae/notebooks/nb"
)

func main() {
	results := flag.String("results", filepath.Join("out", "results"), "folder of the notebooks' results files")
	runRecord := flag.String("run", filepath.Join("out", "run.json"), "run record written by scripts/reproduce.sh")
	figuresPDF := flag.String("figures-pdf", filepath.Join("out", "paper", "figures"), "folder of the figures' PDF copies")
	builtFrom := flag.String("built-from", "", "the commit the paper is built from (shown in the reproducibility block)")
	out := flag.String("out", "", "the LaTeX file to write")
	digest := flag.Bool("digest", false, "print the digest of the results files and exit")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("papermacros: ")

	files, err := resultFiles(*results)
	if err != nil {
		log.Fatal(err)
	}
	sum, err := Digest(files)
	if err != nil {
		log.Fatal(err)
	}
	if *digest {
		fmt.Println(sum)
		return
	}
	if *out == "" {
		log.Fatal("-out is required")
	}
	var all []*nb.Results
	for _, f := range files {
		r, err := nb.ReadResults(f)
		if err != nil {
			log.Fatal(err)
		}
		all = append(all, r)
	}
	run, err := readRun(*runRecord)
	if err != nil {
		log.Printf("%v: the reproducibility block will say the run was not recorded", err)
	}
	var b strings.Builder
	if err := Write(&b, all, run, sum, *builtFrom, *figuresPDF); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// resultFiles returns the results files in dir, sorted by name.
func resultFiles(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no results files in %s: run scripts/reproduce.sh", dir)
	}
	slices.Sort(files)
	return files, nil
}

// Digest returns the hex SHA-256 of the files' base names and contents, in
// the order given.
func Digest(files []string) (string, error) {
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.Base(f), len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Run is the record scripts/reproduce.sh writes of the run that made the
// results.
type Run struct {
	Command  string `json:"command"`
	Seconds  int    `json:"seconds"`
	Status   int    `json:"status"`
	Commit   string `json:"commit"`
	Modified bool   `json:"modified"`
	Go       string `json:"go"`
	CPU      string `json:"cpu"`
	Cores    int    `json:"cores"`
	Finished string `json:"finished"`
}

// readRun reads the run record; a missing record is an error the caller
// may accept (results made before runs were recorded).
func readRun(path string) (*Run, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Run
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}

// Write writes the macros of every results file to w. It fails when a
// claim failed or a value is not finite, or when two names of one notebook
// map to one key. run may be nil.
func Write(w io.Writer, all []*nb.Results, run *Run, digest, builtFrom, figuresPDF string) error {
	fmt.Fprintf(w, "%% Generated by cmd/papermacros from the notebooks' results files: do not edit.\n")
	fmt.Fprintf(w, "\\linaeresultsdigest{%s}{%s}\n", digest, digest[:min(16, len(digest))])
	var failed []string
	for _, r := range all {
		prefix, _, ok := strings.Cut(r.Notebook, "-")
		if !ok || prefix == "" || strings.TrimFunc(prefix, unicode.IsDigit) != "" {
			return fmt.Errorf("notebook %q: its name does not start with a number and a hyphen", r.Notebook)
		}
		fmt.Fprintf(w, "\n%% %s (full-size settings: %t)\n", r.Notebook, r.Full)
		fmt.Fprintf(w, "\\linaenotebook{%s}{%t}\n", prefix, r.Full)
		keys := map[string]string{}
		define := func(name, suffix string, v float64, comment string) error {
			key := prefix + ":" + Key(name) + suffix
			if other, dup := keys[key]; dup {
				return fmt.Errorf("notebook %s: %q and %q have the same key %s", r.Notebook, other, name, key)
			}
			keys[key] = name
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("notebook %s: %q is %v, which a paper cannot quote", r.Notebook, name, v)
			}
			fmt.Fprintf(w, "%% %s\n\\linaeresult{%s}", oneLine(comment), key)
			for digits := 1; digits <= 6; digits++ {
				fmt.Fprintf(w, "{%s}", Format(v, digits))
			}
			fmt.Fprintf(w, "{%s}{%s}\n", Format(Round(v, 3, math.Floor), 3), Format(Round(v, 3, math.Ceil), 3))
			return nil
		}
		for _, c := range r.Claims {
			if !c.Pass {
				failed = append(failed, fmt.Sprintf("%s: %s: %v %s %v", r.Notebook, c.Name, float64(c.Value), c.Comparison, float64(c.Bound)))
				continue
			}
			if err := define(c.Name, "", float64(c.Value), "check: "+c.Name+" "+c.Comparison+" bound"); err != nil {
				return err
			}
			if err := define(c.Name, ":bound", float64(c.Bound), "bound of: "+c.Name); err != nil {
				return err
			}
		}
		names := make([]string, 0, len(r.Values))
		for name := range r.Values {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			q := r.Values[name]
			if err := define(name, "", float64(q.Value), name+" ["+q.Description+"]"); err != nil {
				return err
			}
		}
		for _, f := range r.Figures {
			fmt.Fprintf(w, "\\linaefigure{%s}{%s}\n", f.Name, figurePath(f, figuresPDF))
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d failed checks; the paper quotes only checked results:\n  %s", len(failed), strings.Join(failed, "\n  "))
	}
	fmt.Fprintln(w)
	if run != nil && run.Status != 0 {
		return fmt.Errorf("the run that made the results (%s) exited with status %d", run.Command, run.Status)
	}
	modified := "no"
	if run == nil {
		modified = "not recorded"
		// Results made before scripts/reproduce.sh kept a record: say so,
		// and give the machine that builds the paper, marked as such.
		run = &Run{Command: "not recorded", Commit: "not recorded", Finished: "not recorded", Seconds: -1,
			Go: runtime.Version() + " (paper build)", CPU: cpuModel() + " (paper build)", Cores: runtime.NumCPU()}
	}
	if run.Modified {
		modified = "yes"
	}
	took := "not recorded"
	if run.Seconds >= 0 {
		took = fmt.Sprintf("%d s (%d min %d s)", run.Seconds, run.Seconds/60, run.Seconds%60)
	}
	fmt.Fprintf(w, "\\linaerun{%s}{%s}{%s}{%s}{%s}{%s}{%d}{%s}{%s}\n",
		TeX(run.Command), took, TeX(run.Commit), modified, TeX(run.Go), TeX(run.CPU), run.Cores, TeX(run.Finished), TeX(builtFrom))
	return nil
}

// cpuModel returns the processor's model name from /proc/cpuinfo, or
// runtime.GOARCH where there is none.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err == nil {
		for line := range strings.Lines(string(b)) {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}

// figurePath returns the PDF copy of f in dir when it exists and is not
// older than the PNG (Save writes the PNG first, then the SVG the PDF is
// made from; a PDF from an earlier run is older), else the PNG's path.
func figurePath(f nb.Figure, dir string) string {
	pdf := filepath.ToSlash(filepath.Join(dir, f.Name+".pdf"))
	ps, err := os.Stat(pdf)
	if err != nil {
		return f.Path
	}
	if ns, err := os.Stat(f.Path); err == nil && ps.ModTime().Before(ns.ModTime()) {
		return f.Path
	}
	return pdf
}

// Key makes a results name LaTeX-safe and readable: lower case, Greek
// letters and a few symbols spelled out, a decimal point between digits as
// "p", every other run of characters a single hyphen. Key("β → ∞: ‖λ‖ per
// image") is "beta-to-inf-lambda-per-image".
func Key(name string) string {
	var b strings.Builder
	rs := []rune(name)
	hyphen := func() {
		if s := b.String(); s != "" && !strings.HasSuffix(s, "-") {
			b.WriteByte('-')
		}
	}
	word := func(s string) {
		hyphen()
		b.WriteString(s)
		hyphen()
	}
	for i, r := range rs {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		case r == '.' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			b.WriteByte('p')
		case r == '\u0304': // combining macron: x̄
			b.WriteString("bar")
		case unicode.Is(unicode.Mn, r): // other combining marks
		case spelled[r] != "":
			if s := spelled[r]; s[0] == '=' { // part of the word before it
				b.WriteString(s[1:])
			} else {
				word(s)
			}
		default:
			hyphen()
		}
	}
	return strings.Trim(b.String(), "-")
}

// spelled spells out the non-ASCII characters of results names; "=" marks a
// sub- or superscript, written without a hyphen.
var spelled = map[rune]string{
	'α': "alpha", 'β': "beta", 'γ': "gamma", 'Γ': "gamma", 'δ': "delta", 'ε': "epsilon",
	'θ': "theta", 'λ': "lambda", 'μ': "mu", 'ρ': "rho", 'σ': "sigma", 'τ': "tau",
	'φ': "phi", 'ω': "omega", 'Ω': "omega", '∇': "grad", 'ℓ': "=l", '∞': "inf",
	'→': "to", '≤': "le", '≥': "ge", '<': "lt", '>': "gt", '×': "x", '°': "deg",
	'²': "=2", '₀': "=0", '₁': "=1", '₂': "=2", 'ᵀ': "=t", 'ᵢ': "=i", '⁻': "=m",
}

// Format writes v with the given number of significant digits for LaTeX:
// integers (below a million) in full, values from 0.001 to a million in
// fixed point, others as m\times10^{e}; always inside \ensuremath, so that
// a minus sign is one.
func Format(v float64, digits int) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e6 {
		return fmt.Sprintf("\\ensuremath{%d}", int64(v))
	}
	e := strconv.FormatFloat(v, 'e', digits-1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	if x >= -3 && x < 6 {
		return "\\ensuremath{" + strconv.FormatFloat(v, 'f', max(0, digits-1-x), 64) + "}"
	}
	return fmt.Sprintf("\\ensuremath{%s\\times10^{%d}}", mant, x)
}

// Round rounds v to the given number of significant digits in the
// direction of round (math.Floor or math.Ceil), so that a text that says
// "at least" or "at most" stays true after rounding. A value already on
// the grid, up to rounding error, stays as it is.
func Round(v float64, digits int, round func(float64) float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	scale := math.Pow(10, float64(digits-1)-math.Floor(math.Log10(math.Abs(v))))
	x := v * scale
	if math.Abs(x-math.Round(x)) < 1e-9*math.Abs(x) {
		return math.Round(x) / scale
	}
	return round(x) / scale
}

// TeX escapes LaTeX's special characters in s.
func TeX(s string) string {
	r := strings.NewReplacer(`\`, `\textbackslash{}`, `{`, `\{`, `}`, `\}`, `#`, `\#`, `$`, `\$`,
		`%`, `\%`, `&`, `\&`, `_`, `\_`, `~`, `\textasciitilde{}`, `^`, `\textasciicircum{}`,
		`--`, `-{}-`) // no en dash in --full
	return r.Replace(s)
}

// oneLine keeps a comment on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
