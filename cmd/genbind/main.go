// Command genbind writes the gomacro interpreter bindings that compile the
// project's packages (and the gonum, gonum/plot and standard-library
// packages notebooks use) into the notebook kernel, so that importing them
// in a cell is instant instead of building a Go plugin (about 13 s each).
//
// It writes one gen_*.go file per package into the output directory, made
// by package kernel/bindgen, plus gen_docs.go with the doc
// comment and declaration of every exported symbol of the project's packages,
// which the kernel shows on an inspect request. Generic functions and types
// are skipped: the interpreter cannot import them.
//
// Usage (from kernel/bindings, through go generate):
//
//	go run ../../cmd/genbind -out .
//
// A package that does not exist (yet) is skipped with a warning; any other
// load or type error stops the command before a file is written, so a failed
// run never leaves half-written bindings.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/linae/linae/internal/atomicfile"
	"github.com/linae/linae/kernel/bindgen"
)

// module is the project's module path; its packages also get doc data.
const module = "github.com/linae/linae"

// projectPackages are the project's packages: bound, documented, and checked
// symbol by symbol by the bindings test.
var projectPackages = []string{
	module + "/sae",
	module + "/data",
	module + "/plotting",
	module + "/kernel/display",
	module + "/kernel/progress",
	module + "/notebooks/nb",
}

// otherPackages are bound without doc data. The standard-library ones are
// either missing from gomacro's built-in bindings (math/rand/v2, log/slog)
// or bound there from an old Go release (errors.Join, strings.CutPrefix,
// context.WithoutCancel, time.DateOnly were missing); bindings registered
// here replace gomacro's.
var otherPackages = []string{
	"gonum.org/v1/gonum/mat",
	"gonum.org/v1/gonum/floats",
	"gonum.org/v1/gonum/stat",
	"gonum.org/v1/plot",
	"gonum.org/v1/plot/plotter",
	"gonum.org/v1/plot/vg",
	"gonum.org/v1/plot/plotutil",
	"bytes",
	"context",
	"errors",
	"log/slog",
	"math",
	"math/rand/v2",
	"sort",
	"strconv",
	"strings",
	"sync",
	"time",
}

// aliases are extra import paths under which a package is registered:
// `import "display"` works as in gophernotes.
var aliases = map[string]string{
	"display": module + "/kernel/display",
}

func main() {
	out := flag.String("out", ".", "directory to write the gen_*.go files into (package bindings)")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genbind:", err)
		os.Exit(1)
	}
}

func run(outDir string) error {
	all := append(append([]string{}, projectPackages...), otherPackages...)
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax |
			packages.NeedTypesInfo | packages.NeedFiles | packages.NeedImports | packages.NeedDeps,
		Tests: false,
	}
	pkgs, err := packages.Load(cfg, all...)
	if err != nil {
		return fmt.Errorf("loading packages: %w", err)
	}
	isProject := map[string]bool{}
	for _, p := range projectPackages {
		isProject[p] = true
	}
	files := map[string][]byte{}
	docs := map[string]map[string]string{}
	var problems []string
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			if missing(p) {
				fmt.Fprintf(os.Stderr, "genbind: warning: package %s not found, skipped (run go generate again once it exists)\n", p.PkgPath)
				continue
			}
			for _, e := range p.Errors {
				problems = append(problems, e.Error())
			}
			continue
		}
		var extra []string
		for alias, path := range aliases {
			if path == p.PkgPath {
				extra = append(extra, alias)
			}
		}
		src, skipped, err := bindgen.File(p.Types, bindgen.Registry, extra)
		if err != nil {
			return err
		}
		for _, name := range skipped {
			fmt.Fprintf(os.Stderr, "genbind: %s.%s: generic, skipped\n", p.PkgPath, name)
		}
		files[fileName(p.PkgPath)] = src
		if isProject[p.PkgPath] {
			d, err := bindgen.Docs(p.Fset, p.Syntax, p.PkgPath)
			if err != nil {
				fmt.Fprintf(os.Stderr, "genbind: warning: docs of %s: %v\n", p.PkgPath, err)
				d = map[string]string{}
			}
			docs[p.PkgPath] = d
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("package errors:\n\t%s", strings.Join(problems, "\n\t"))
	}
	src, err := docsFile(docs)
	if err != nil {
		return err
	}
	files["gen_docs.go"] = src
	return writeAll(outDir, files)
}

// missing reports whether p failed only because it does not exist.
func missing(p *packages.Package) bool {
	for _, e := range p.Errors {
		msg := e.Msg
		if !strings.Contains(msg, "cannot find package") && !strings.Contains(msg, "no required module") &&
			!strings.Contains(msg, "is not in std") && !strings.Contains(msg, "no Go files") &&
			!strings.Contains(msg, "cannot find module") && !strings.Contains(msg, "does not contain package") {
			return false
		}
	}
	return len(p.GoFiles) == 0
}

// fileName is the generated file for a package: gen_sae.go,
// gen_gonum_org_v1_gonum_mat.go, gen_std_strings.go.
func fileName(path string) string {
	name := strings.TrimPrefix(path, module+"/")
	if !strings.Contains(path, ".") {
		name = "std_" + name
	}
	return "gen_" + bindgen.Identifier(name) + ".go"
}

// writeAll replaces the gen_*.go files of dir by files, after every file was
// generated and formatted, so that a failure leaves the old set intact.
func writeAll(dir string, files map[string][]byte) error {
	old, err := filepath.Glob(filepath.Join(dir, "gen_*.go"))
	if err != nil {
		return err
	}
	for _, f := range old {
		if _, keep := files[filepath.Base(f)]; keep {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(b, []byte(bindgen.Header)) {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := atomicfile.Write(filepath.Join(dir, n), files[n]); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "genbind: wrote %d files into %s\n", len(names), dir)
	return nil
}

func docsFile(docs map[string]map[string]string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n\npackage bindings\n\n// docs holds, per import path and symbol (\"Type.Method\" for methods,\n// \"\" for the package), the declaration and doc comment shown by Doc.\nvar docs = map[string]map[string]string{\n", bindgen.Header)
	paths := make([]string, 0, len(docs))
	for p := range docs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(&b, "\t%q: {\n", p)
		names := make([]string, 0, len(docs[p]))
		for n := range docs[p] {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(&b, "\t\t%q: %q,\n", n, docs[p][n])
		}
		b.WriteString("\t},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
