// Package bindings compiles the project's packages (sae, data, plotting,
// kernel/display, kernel/progress, notebooks/nb), the gonum and gonum/plot
// packages the notebooks use, and a few standard-library packages into the
// notebook kernel's interpreter: importing the package (for its side effect) registers
// them in gomacro's imports.Packages, so that `import "github.com/linae/linae/sae"`
// in a cell is instant instead of building a Go plugin. `import "display"`
// works too, as in gophernotes.
//
// The gen_*.go files are written by cmd/genbind; run `go generate
// ./kernel/bindings` after changing an exported API of the project. The
// package's tests fail when an exported symbol is not bound.
//
// Generic functions and types are not bound: the interpreter cannot import
// them, which is why the project's packages export none.
package bindings

//go:generate go run ../../cmd/genbind -out .

import (
	"sort"
	"strings"

	"github.com/cosmos72/gomacro/imports"
)

// Doc returns the declaration and doc comment of the exported symbol name of
// the project package path, for the kernel's inspect reply. name may be
// "Type.Method" for a method, or "" for the package's own documentation;
// path may be the alias "display". ok is false for a symbol without
// documentation data (packages outside the project have none).
func Doc(path, name string) (text string, ok bool) {
	if full, isAlias := aliasOf[path]; isAlias {
		path = full
	}
	text, ok = docs[path][name]
	return text, ok
}

// aliasOf maps the extra import paths registered by the generated files to
// the package they stand for.
var aliasOf = map[string]string{
	"display": "github.com/linae/linae/kernel/display",
}

// DocPaths returns the import paths that have documentation data, sorted.
func DocPaths() []string {
	out := make([]string, 0, len(docs))
	for p := range docs {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Names returns the exported names bound for the import path, sorted, for
// completion after "pkg." in a cell: functions, variables, constants and
// types. ok is false when the path is not compiled in.
func Names(path string) (names []string, ok bool) {
	pkg, ok := imports.Packages[path]
	if !ok {
		return nil, false
	}
	for n := range pkg.Binds {
		names = append(names, n)
	}
	for n := range pkg.Types {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, true
}

// Compiled returns the import paths whose bindings are compiled into the
// kernel (this package's and gomacro's built-in standard library), sorted;
// any other import in a cell builds a plugin at run time.
func Compiled() []string {
	out := make([]string, 0, len(imports.Packages))
	for p := range imports.Packages {
		if !strings.HasPrefix(p, "github.com/cosmos72/gomacro/") {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// Named returns the compiled-in import paths whose last element is name
// ("rand": math/rand and crypto/rand), sorted: the packages a cell may mean
// by name before importing it.
func Named(name string) []string {
	var out []string
	for _, p := range Compiled() {
		if p == name || strings.HasSuffix(p, "/"+name) {
			out = append(out, p)
		}
	}
	return out
}
