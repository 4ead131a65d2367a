package main

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestPackageDocs: methods are documented under "Type.Method", constants
// with their declaration.
func TestPackageDocs(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax |
		packages.NeedTypesInfo | packages.NeedFiles}, "../../kernel/bindgen/testdata/sample")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("load: %v %v", err, pkgs)
	}
	docs := packageDocs(pkgs[0])
	if d := docs["Inner.Hello"]; !strings.HasPrefix(d, "func (Inner) Hello() string\n\nHello is promoted.") {
		t.Errorf("method doc = %q", d)
	}
	if d := docs["Big"]; !strings.Contains(d, "const Big = 1 << 63") || !strings.Contains(d, "does not fit") {
		t.Errorf("const doc = %q", d)
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		module + "/sae":            "gen_sae.go",
		module + "/kernel/display": "gen_kernel_display.go",
		"gonum.org/v1/gonum/mat":   "gen_gonum_org_v1_gonum_mat.go",
		"math/rand/v2":             "gen_std_math_rand_v2.go",
	} {
		if got := fileName(in); got != want {
			t.Errorf("fileName(%s) = %s, want %s", in, got, want)
		}
	}
}
