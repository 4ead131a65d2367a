package bindings_test

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cosmos72/gomacro/fast"
	"github.com/cosmos72/gomacro/imports"

	"github.com/linae/linae/kernel/bindings"
)

const module = "github.com/linae/linae"

// projectDirs are the project's packages, relative to this directory, that
// must be fully bound; a directory that does not exist yet is skipped.
var projectDirs = map[string]string{
	module + "/sae":             "../../sae",
	module + "/data":            "../../data",
	module + "/plotting":        "../../plotting",
	module + "/kernel/display":  "../display",
	module + "/kernel/progress": "../progress",
	module + "/notebooks/nb":    "../../notebooks/nb",
}

// exportedSymbols parses the non-test Go files of dir that the current
// build would compile and returns its exported non-generic values
// (functions, variables, constants) and types.
func exportedSymbols(t *testing.T, dir string) (values, typs []string) {
	t.Helper()
	bp, err := build.ImportDir(dir, 0)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	fset := token.NewFileSet()
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() && d.Type.TypeParams == nil {
					values = append(values, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								values = append(values, n.Name)
							}
						}
					case *ast.TypeSpec:
						if s.Name.IsExported() && s.TypeParams == nil {
							typs = append(typs, s.Name.Name)
						}
					}
				}
			}
		}
	}
	return values, typs
}

// TestProjectSymbolsBound fails when an exported symbol of a project
// package is missing from the generated bindings or from the doc data:
// someone changed an API and forgot `go generate ./kernel/bindings`.
func TestProjectSymbolsBound(t *testing.T) {
	for path, dir := range projectDirs {
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			t.Logf("%s: no package yet, skipped", path)
			continue
		}
		pkg, ok := imports.Packages[path]
		if !ok {
			t.Errorf("%s is not bound at all: run go generate ./kernel/bindings", path)
			continue
		}
		values, typs := exportedSymbols(t, dir)
		if len(values)+len(typs) == 0 {
			t.Errorf("%s: found no exported symbol in %s; the test is not looking at the package", path, dir)
		}
		for _, n := range values {
			if _, ok := pkg.Binds[n]; !ok {
				t.Errorf("%s.%s is not bound: run go generate ./kernel/bindings", path, n)
			}
			if _, ok := bindings.Doc(path, n); !ok {
				t.Errorf("%s.%s has no doc data: run go generate ./kernel/bindings", path, n)
			}
		}
		for _, n := range typs {
			if _, ok := pkg.Types[n]; !ok {
				t.Errorf("type %s.%s is not bound: run go generate ./kernel/bindings", path, n)
			}
			if _, ok := bindings.Doc(path, n); !ok {
				t.Errorf("type %s.%s has no doc data: run go generate ./kernel/bindings", path, n)
			}
		}
		t.Logf("%s: %d values and %d types bound", path, len(values), len(typs))
	}
}

// TestEveryBindingImports imports every compiled-in package in the
// interpreter: gomacro validates the generated interface proxies on import
// and panics on an invalid one, which is how gophernotes v0.7.5 fails.
func TestEveryBindingImports(t *testing.T) {
	ir := fast.New()
	n := 0
	for _, path := range bindings.Compiled() {
		if strings.HasPrefix(path, "gonum.org/") || strings.HasPrefix(path, module) || path == "display" {
			eval(t, ir, "import _ "+`"`+path+`"`)
			n++
		}
	}
	if n < 12 {
		t.Errorf("imported %d project and gonum packages, want at least 12", n)
	}
	// The refreshed standard-library bindings replace gomacro's older ones.
	eval(t, ir, `import ("errors"; "strings")`)
	if v := eval(t, ir, `errors.Join(errors.New("a"), errors.New("b")).Error()`); v[0].String() != "a\nb" {
		t.Errorf("errors.Join from the interpreter: %q", v[0].String())
	}
	if v := eval(t, ir, `strings.CutPrefix("linae", "lin")`); v[0].String() != "ae" {
		t.Errorf("strings.CutPrefix: %q", v[0].String())
	}
}

func TestDoc(t *testing.T) {
	text, ok := bindings.Doc(module+"/sae", "FitPCA")
	if !ok || !strings.HasPrefix(text, "func FitPCA(X mat.Matrix, k int, s PCASettings) (*PCA, error)") ||
		!strings.Contains(text, "FitPCA") || !strings.Contains(text, "\n\n") {
		t.Errorf("Doc(sae, FitPCA) = %q, %v; want the signature then the doc comment", text, ok)
	}
	if text, ok := bindings.Doc(module+"/sae", "LinearLoss.InitParams"); !ok || !strings.Contains(text, "func (l *LinearLoss) InitParams(") {
		t.Errorf("Doc of a method = %q, %v", text, ok)
	}
	if text, ok := bindings.Doc("display", "PNG"); !ok || !strings.Contains(text, "func PNG(b []byte) Data") {
		t.Errorf(`Doc("display", "PNG") through the alias = %q, %v`, text, ok)
	}
	if text, ok := bindings.Doc(module+"/sae", ""); !ok || !strings.HasPrefix(text, "package sae") {
		t.Errorf("package doc = %q, %v", text, ok)
	}
	if _, ok := bindings.Doc(module+"/sae", "NoSuchThing"); ok {
		t.Error("Doc of a missing symbol reported ok")
	}
	if _, ok := bindings.Doc("fmt", "Println"); ok {
		t.Error("Doc of a package without doc data reported ok")
	}
}

func TestNames(t *testing.T) {
	names, ok := bindings.Names(module + "/plotting")
	if !ok {
		t.Fatal("plotting not compiled in")
	}
	has := map[string]bool{}
	for _, n := range names {
		has[n] = true
	}
	for _, want := range []string{"Curves", "Figure", "Series", "DefaultWidth"} {
		if !has[want] {
			t.Errorf("Names(plotting) lacks %s", want)
		}
	}
	if _, ok := bindings.Names("no/such/package"); ok {
		t.Error("Names of an unknown path reported ok")
	}
}

// BenchmarkImportProject measures a cell importing the project's packages
// into a fresh interpreter: with compiled-in bindings no plugin is built.
func BenchmarkImportProject(b *testing.B) {
	for b.Loop() {
		ir := fast.New()
		eval(b, ir, `import (
			"github.com/linae/linae/sae"
			"github.com/linae/linae/data"
			"github.com/linae/linae/plotting"
			"gonum.org/v1/gonum/mat"
			"display"
		)`)
	}
}

// BenchmarkNewInterp is the baseline of BenchmarkImportProject: creating
// the interpreter alone.
func BenchmarkNewInterp(b *testing.B) {
	for b.Loop() {
		fast.New()
	}
}
