package bindgen

import (
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// loadSample type-checks testdata/sample.
func loadSample(t *testing.T) *packages.Package {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax |
		packages.NeedTypesInfo | packages.NeedFiles}, "./testdata/sample")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("load: %v %v", err, pkgs)
	}
	return pkgs[0]
}

// TestDocs: methods are documented under "Type.Method", constants with
// their declaration.
func TestDocs(t *testing.T) {
	p := loadSample(t)
	docs, err := Docs(p.Fset, p.Syntax, p.PkgPath)
	if err != nil {
		t.Fatal(err)
	}
	if d := docs["Inner.Hello"]; !strings.HasPrefix(d, "func (Inner) Hello() string\n\nHello is promoted.") {
		t.Errorf("method doc = %q", d)
	}
	if d := docs["Big"]; !strings.Contains(d, "const Big = 1 << 63") || !strings.Contains(d, "does not fit") {
		t.Errorf("const doc = %q", d)
	}
}

func TestFileRegistry(t *testing.T) {
	p := loadSample(t)
	src, skipped, err := File(p.Types, Registry, []string{"sample"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{
		"package bindings",
		`imports.Packages["github.com/linae/linae/kernel/bindgen/testdata/sample"] = imports.Package{`,
		`imports.Packages["sample"] = imports.Packages["github.com/linae/linae/kernel/bindgen/testdata/sample"]`,
		`"Big":   r.ValueOf(uint64(p_`,
		`"Small": r.ValueOf(p_`,
		`"V":     r.ValueOf(&p_`,
		`"Logger": r.TypeOf((*P_`,
		`Logf_   func(any, string, ...any)`,
		`return p.Writer_(p.Object)`,
		`p.Logf_(p.Object, a0, a1...)`,
		`"Outer": {"Hello"}`,
		`p_io "io"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("generated code lacks %q", want)
		}
	}
	for _, bad := range []string{`"Map"`, `"Box"`, `"Number"`, `"Hidden": r.TypeOf((*P_`} {
		if strings.Contains(s, bad) {
			t.Errorf("generated code has %s, which cannot be bound", bad)
		}
	}
	if want := []string{"Box", "Map", "Number"}; !slices.Equal(skipped, want) {
		t.Errorf("skipped %v, want %v", skipped, want)
	}
	if t.Failed() {
		t.Log(s)
	}
}

// TestFilePlugin: a plugin's file is a main package that declares the
// Packages variable gomacro looks up, and does not import gomacro.
func TestFilePlugin(t *testing.T) {
	p := loadSample(t)
	src, _, err := File(p.Types, Plugin, []string{"ignored"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{
		"package main",
		"type Package = struct {",
		"var Packages = map[string]Package{}",
		"func main() {}",
		`Packages["github.com/linae/linae/kernel/bindgen/testdata/sample"] = Package{`,
		`"Logger": r.TypeOf((*P_`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("generated code lacks %q", want)
		}
	}
	for _, bad := range []string{"github.com/cosmos72", `"ignored"`} {
		if strings.Contains(s, bad) {
			t.Errorf("generated code mentions %s", bad)
		}
	}
	if t.Failed() {
		t.Log(s)
	}
}

// TestFileEmpty: a package without exported names is imported for its
// init only (a plugin must still link it).
func TestFileEmpty(t *testing.T) {
	pkg := types.NewPackage("example.com/empty", "empty")
	src, _, err := File(pkg, Plugin, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), `_ "example.com/empty"`) {
		t.Errorf("the package is not imported for its side effects:\n%s", src)
	}
}
