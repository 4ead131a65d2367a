package kernel

import (
	"strings"
	"testing"
)

// TestSymbolDocWithoutSource: with no go command to find the source, a
// package outside the project is documented by its signature alone, and a
// project package still by its bundled doc.
func TestSymbolDocWithoutSource(t *testing.T) {
	saved := sourceDocs
	sourceDocs = &docCache{pkgs: map[string]map[string]string{}}
	t.Cleanup(func() { sourceDocs = saved })
	t.Setenv("PATH", t.TempDir())

	if got := packageSymbol("strings", "Fields"); got != "func strings.Fields(string) []string" {
		t.Errorf("strings.Fields without source: %q, want the signature", got)
	}
	if got := packageSymbol("github.com/linae/linae/sae", "FitPCA"); !strings.HasPrefix(got, "func FitPCA(") || !strings.Contains(got, "\n\n") {
		t.Errorf("sae.FitPCA without source: %q, want its bundled doc", got)
	}
	if _, ok := symbolDoc("no/such/package", "X"); ok {
		t.Error("a package that does not exist has documentation")
	}
}

// TestSymbolDocFromSource: the standard library's and gonum's docs are read
// from their source, methods under "Type.Method", once per package.
func TestSymbolDocFromSource(t *testing.T) {
	for _, c := range []struct{ path, name, want string }{
		{"fmt", "Println", "Println formats using the default formats"},
		{"gonum.org/v1/gonum/mat", "Dense.Dims", "func (m *Dense) Dims() (r, c int)"},
		{"gonum.org/v1/gonum/mat", "", `package mat // import "gonum.org/v1/gonum/mat"`},
	} {
		if got, ok := symbolDoc(c.path, c.name); !ok || !strings.Contains(got, c.want) {
			t.Errorf("symbolDoc(%q, %q) = %q, %v; want it to contain %q", c.path, c.name, got, ok, c.want)
		}
	}
}
