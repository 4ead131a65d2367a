// Command genbind writes the gomacro interpreter bindings that compile the
// project's packages (and the gonum, gonum/plot and standard-library
// packages notebooks use) into the notebook kernel, so that importing them
// in a cell is instant instead of building a Go plugin (about 13 s each).
//
// It writes one gen_*.go file per package into the output directory, in the
// format of gomacro's own generator (imports.Packages[path] = imports.Package
// {Binds, Types, Proxies, Untypeds, Wrappers}), plus gen_docs.go with the doc
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
	"go/ast"
	"go/constant"
	"go/doc"
	"go/format"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cosmos72/gomacro/base/untyped"
	"golang.org/x/tools/go/packages"
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
		src, err := generate(p)
		if err != nil {
			return err
		}
		files[fileName(p.PkgPath)] = src
		if isProject[p.PkgPath] {
			docs[p.PkgPath] = packageDocs(p)
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
	return "gen_" + sanitize(name) + ".go"
}

func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, s)
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
		if bytes.HasPrefix(b, []byte(header)) {
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
		path := filepath.Join(dir, n)
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, files[n], 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "genbind: wrote %d files into %s\n", len(names), dir)
	return nil
}

const header = "// Code generated by genbind (cmd/genbind); DO NOT EDIT."

// gen writes the bindings of one package.
type gen struct {
	pkg     *types.Package
	alias   string            // import name of pkg in the generated file
	imports map[string]string // path → import name, for proxies
	body    bytes.Buffer
	proxies bytes.Buffer
}

func generate(p *packages.Package) ([]byte, error) {
	g := &gen{pkg: p.Types, imports: map[string]string{}}
	g.alias = g.importName(p.Types)
	g.write()
	var src bytes.Buffer
	// Deprecated symbols are bound on purpose: a notebook may still use them.
	fmt.Fprintf(&src, "%s\n\n//lint:file-ignore SA1019 every exported symbol is bound, deprecated ones included\n\npackage bindings\n\nimport (\n\tr \"reflect\"\n\n\t\"github.com/cosmos72/gomacro/imports\"\n", header)
	paths := make([]string, 0, len(g.imports))
	for path := range g.imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		fmt.Fprintf(&src, "\t%s %q\n", g.imports[path], path)
	}
	src.WriteString(")\n\n")
	src.Write(g.body.Bytes())
	src.Write(g.proxies.Bytes())
	formatted, err := format.Source(src.Bytes())
	if err != nil {
		return nil, fmt.Errorf("formatting bindings of %s: %w\n%s", p.PkgPath, err, src.Bytes())
	}
	return formatted, nil
}

// importName returns the name under which the generated file imports pkg,
// made from the whole path so that it collides neither with another package
// of the same name (image/draw and plot/vg/draw) nor with identifiers.
func (g *gen) importName(pkg *types.Package) string {
	if n, ok := g.imports[pkg.Path()]; ok {
		return n
	}
	n := "p_" + sanitize(pkg.Path())
	g.imports[pkg.Path()] = n
	return n
}

func (g *gen) write() {
	scope := g.pkg.Scope()
	var names []string
	for _, n := range scope.Names() {
		if token.IsExported(n) {
			names = append(names, n)
		}
	}
	var binds, typs, proxies, untypeds, wrappers []string
	for _, name := range names {
		q := g.alias + "." + name
		switch obj := scope.Lookup(name).(type) {
		case *types.Const:
			conv, s := constConversion(obj)
			binds = append(binds, fmt.Sprintf("%q: r.ValueOf(%s),", name, conv(q)))
			if s != "" {
				untypeds = append(untypeds, fmt.Sprintf("%q: %q,", name, s))
			}
		case *types.Var:
			binds = append(binds, fmt.Sprintf("%q: r.ValueOf(&%s).Elem(),", name, q))
		case *types.Func:
			if isGeneric(obj.Type()) {
				fmt.Fprintf(os.Stderr, "genbind: %s.%s: generic function skipped\n", g.pkg.Path(), name)
				continue
			}
			binds = append(binds, fmt.Sprintf("%q: r.ValueOf(%s),", name, q))
		case *types.TypeName:
			if isGeneric(obj.Type()) {
				fmt.Fprintf(os.Stderr, "genbind: %s.%s: generic type skipped\n", g.pkg.Path(), name)
				continue
			}
			typs = append(typs, fmt.Sprintf("%q: r.TypeOf((*%s)(nil)).Elem(),", name, q))
			if iface, ok := obj.Type().Underlying().(*types.Interface); ok && !obj.IsAlias() {
				if pname, ok := g.proxy(name, iface); ok {
					proxies = append(proxies, fmt.Sprintf("%q: r.TypeOf((*%s)(nil)).Elem(),", name, pname))
				}
			}
			if w := wrapperMethods(obj.Type()); len(w) > 0 {
				wrappers = append(wrappers, fmt.Sprintf("%q: {%s},", name, quoteAll(w)))
			}
		}
	}
	b := &g.body
	fmt.Fprintf(b, "// Bindings of %q for the interpreter.\nfunc init() {\n\timports.Packages[%q] = imports.Package{\n\t\tName: %q,\n", g.pkg.Path(), g.pkg.Path(), g.pkg.Name())
	section := func(field, typ string, lines []string) {
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(b, "\t\t%s: map[string]%s{\n", field, typ)
		for _, l := range lines {
			fmt.Fprintf(b, "\t\t\t%s\n", l)
		}
		b.WriteString("\t\t},\n")
	}
	section("Binds", "r.Value", binds)
	section("Types", "r.Type", typs)
	section("Proxies", "r.Type", proxies)
	section("Untypeds", "string", untypeds)
	section("Wrappers", "[]string", wrappers)
	b.WriteString("\t}\n")
	for alias, path := range aliases {
		if path == g.pkg.Path() {
			fmt.Fprintf(b, "\timports.Packages[%q] = imports.Packages[%q]\n", alias, path)
		}
	}
	b.WriteString("}\n")
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// constConversion returns how to write a constant as a reflect.Value and,
// for an untyped constant, its exact value in gomacro's Untypeds format. An
// untyped integer that does not fit int is converted to a type that holds it,
// as gomacro's generator does; the interpreter uses the exact value anyway.
func constConversion(c *types.Const) (func(string) string, string) {
	id := func(s string) string { return s }
	t, ok := c.Type().(*types.Basic)
	if !ok || t.Info()&types.IsUntyped == 0 {
		return id, ""
	}
	exact := untyped.Marshal(untyped.GoUntypedToKind(t.Kind()), c.Val())
	if c.Val().Kind() != constant.Int {
		return id, exact
	}
	str := c.Val().ExactString()
	if i, err := strconv.ParseInt(str, 0, 64); err == nil {
		switch {
		case i == int64(int32(i)):
			return id, exact
		case i == int64(uint32(i)):
			return func(s string) string { return "uint32(" + s + ")" }, exact
		default:
			return func(s string) string { return "int64(" + s + ")" }, exact
		}
	}
	if _, err := strconv.ParseUint(str, 0, 64); err == nil {
		return func(s string) string { return "uint64(" + s + ")" }, exact
	}
	return func(s string) string { return "float64(" + s + ")" }, exact
}

// isGeneric reports whether t cannot be bound because it has (or is) type
// parameters or is a constraint interface.
func isGeneric(t types.Type) bool {
	switch t := t.(type) {
	case *types.Alias:
		if t.TypeParams() != nil && t.TypeArgs() == nil {
			return true
		}
		return isGeneric(types.Unalias(t))
	case *types.Named:
		if t.TypeParams() != nil && t.TypeArgs() == nil {
			return true
		}
		return isGeneric(t.Underlying())
	case *types.Signature:
		return t.TypeParams() != nil || t.RecvTypeParams() != nil
	case *types.Interface:
		return t.IsImplicit() || !t.IsMethodSet()
	case *types.TypeParam:
		return true
	}
	return false
}

// wrapperMethods lists the exported methods a struct type gets from its
// embedded fields: gomacro needs them because reflect cannot tell a
// promoted method from a declared one.
func wrapperMethods(t types.Type) []string {
	named, ok := t.(*types.Named)
	if !ok {
		return nil
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return nil
	}
	var out []string
	ms := types.NewMethodSet(types.NewPointer(named))
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		if sel.Obj().Exported() && len(sel.Index()) > 1 {
			out = append(out, sel.Obj().Name())
		}
	}
	sort.Strings(out)
	return out
}

// proxy writes the proxy struct through which interpreted code implements
// interface name: one func field per method, called with the wrapped object.
// Interfaces with unexported methods, or whose methods mention types the
// generated file cannot name, get no proxy (gomacro accepts that: no other
// package could implement them either).
func (g *gen) proxy(name string, iface *types.Interface) (string, bool) {
	n := iface.NumMethods()
	if n == 0 {
		return "", false
	}
	for i := 0; i < n; i++ {
		m := iface.Method(i)
		if !m.Exported() || !g.nameable(m.Type()) {
			return "", false
		}
	}
	pname := "P_" + sanitize(g.pkg.Path()) + "_" + name
	b := &g.proxies
	fmt.Fprintf(b, "\n// %s lets interpreted code implement %s.%s.\ntype %s struct {\n\tObject any\n", pname, g.pkg.Name(), name, pname)
	for i := 0; i < n; i++ {
		m := iface.Method(i)
		sig := m.Type().(*types.Signature)
		params := g.tuple(sig.Params(), sig.Variadic(), false)
		if params != "" {
			params = ", " + params
		}
		fmt.Fprintf(b, "\t%s_ func(any%s) %s\n", m.Name(), params, g.results(sig.Results()))
	}
	b.WriteString("}\n")
	for i := 0; i < n; i++ {
		m := iface.Method(i)
		sig := m.Type().(*types.Signature)
		ret := ""
		if sig.Results().Len() > 0 {
			ret = "return "
		}
		args := g.tuple(sig.Params(), sig.Variadic(), true)
		callArgs := ""
		for j := 0; j < sig.Params().Len(); j++ {
			callArgs += ", a" + strconv.Itoa(j)
			if sig.Variadic() && j == sig.Params().Len()-1 {
				callArgs += "..."
			}
		}
		fmt.Fprintf(b, "\n// %s calls the interpreted method.\nfunc (p *%s) %s(%s) %s {\n\t%sp.%s_(p.Object%s)\n}\n",
			m.Name(), pname, m.Name(), args, g.results(sig.Results()), ret, m.Name(), callArgs)
	}
	return pname, true
}

func (g *gen) qualifier(p *types.Package) string {
	return g.importName(p)
}

func (g *gen) typeString(t types.Type) string {
	return types.TypeString(t, g.qualifier)
}

func (g *gen) tuple(t *types.Tuple, variadic, named bool) string {
	parts := make([]string, t.Len())
	for i := 0; i < t.Len(); i++ {
		typ := g.typeString(t.At(i).Type())
		if variadic && i == t.Len()-1 {
			typ = "..." + g.typeString(t.At(i).Type().(*types.Slice).Elem())
		}
		if named {
			typ = "a" + strconv.Itoa(i) + " " + typ
		}
		parts[i] = typ
	}
	return strings.Join(parts, ", ")
}

func (g *gen) results(t *types.Tuple) string {
	switch t.Len() {
	case 0:
		return ""
	case 1:
		return g.typeString(t.At(0).Type())
	}
	return "(" + g.tuple(t, false, false) + ")"
}

// nameable reports whether every named type in t can be written in the
// generated file: exported, and not in an internal or vendored package.
func (g *gen) nameable(t types.Type) bool {
	ok := true
	var walk func(t types.Type)
	seen := map[types.Type]bool{}
	walk = func(t types.Type) {
		if !ok || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() != nil && (!obj.Exported() || !importable(obj.Pkg().Path())) {
				ok = false
			}
			if t.TypeArgs() != nil {
				for i := 0; i < t.TypeArgs().Len(); i++ {
					walk(t.TypeArgs().At(i))
				}
			}
		case *types.Alias:
			walk(types.Unalias(t))
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				if !t.Field(i).Exported() {
					ok = false
				}
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumMethods(); i++ {
				if !t.Method(i).Exported() {
					ok = false
				}
				walk(t.Method(i).Type())
			}
		case *types.TypeParam:
			ok = false
		}
	}
	walk(t)
	return ok
}

func importable(path string) bool {
	return !strings.Contains(path, "/internal/") && !strings.HasPrefix(path, "internal/") &&
		!strings.HasSuffix(path, "/internal") && !strings.HasPrefix(path, "vendor/")
}

// packageDocs returns, for every exported symbol of p (and every exported
// method, under "Type.Method"), its declaration followed by its doc comment.
func packageDocs(p *packages.Package) map[string]string {
	out := map[string]string{}
	dp, err := doc.NewFromFiles(p.Fset, p.Syntax, p.PkgPath)
	if err != nil {
		fmt.Fprintf(os.Stderr, "genbind: warning: docs of %s: %v\n", p.PkgPath, err)
		return out
	}
	out[""] = "package " + dp.Name + " // import " + strconv.Quote(p.PkgPath) + "\n\n" + dp.Doc
	values := func(vs []*doc.Value) {
		for _, v := range vs {
			text := printNode(p.Fset, stripGenDecl(v.Decl)) + "\n\n" + v.Doc
			for _, n := range v.Names {
				if token.IsExported(n) {
					out[n] = strings.TrimSpace(text)
				}
			}
		}
	}
	funcs := func(prefix string, fs []*doc.Func) {
		for _, f := range fs {
			if !token.IsExported(f.Name) {
				continue
			}
			decl := *f.Decl
			decl.Body, decl.Doc = nil, nil
			out[prefix+f.Name] = strings.TrimSpace(printNode(p.Fset, &decl) + "\n\n" + f.Doc)
		}
	}
	values(dp.Consts)
	values(dp.Vars)
	funcs("", dp.Funcs)
	for _, t := range dp.Types {
		if !token.IsExported(t.Name) {
			continue
		}
		out[t.Name] = strings.TrimSpace(printNode(p.Fset, stripGenDecl(t.Decl)) + "\n\n" + t.Doc)
		values(t.Consts)
		values(t.Vars)
		funcs("", t.Funcs)
		funcs(t.Name+".", t.Methods)
	}
	return out
}

// stripGenDecl returns a copy of d without its doc comment (shown separately).
func stripGenDecl(d *ast.GenDecl) *ast.GenDecl {
	c := *d
	c.Doc = nil
	return &c
}

func printNode(fset *token.FileSet, n any) string {
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 4}
	if err := cfg.Fprint(&b, fset, n); err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return b.String()
}

func docsFile(docs map[string]map[string]string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n\npackage bindings\n\n// docs holds, per import path and symbol (\"Type.Method\" for methods,\n// \"\" for the package), the declaration and doc comment shown by Doc.\nvar docs = map[string]map[string]string{\n", header)
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
