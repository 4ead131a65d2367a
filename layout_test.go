package linae

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/linae/linae"

// layer is the layer of a package of this module by its path below the
// module root: 0 the numerical backend and internal's helpers (which import
// no package of the module, so that every layer may use them), 1 the
// science, 2 the front end; -1 for a path that belongs to no layer.
func layer(rel string) int {
	top, _, _ := strings.Cut(rel, "/")
	switch top {
	case "backend", "internal":
		return 0
	case "sae", "data", "plotting":
		return 1
	case "kernel", "notebooks", "cmd", "bench":
		return 2
	}
	return -1
}

// TestLayers checks that no package of the module, nor its tests, imports
// from a higher layer (the science never reaches into the front end, the
// backend into neither) and that every package belongs to a layer, so that
// the engine can be replaced without touching the science.
func TestLayers(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}{{range .TestImports}} {{.}}{{end}}{{range .XTestImports}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	seen := 0
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		if pkg == "" {
			continue // this package
		}
		seen++
		l := layer(pkg)
		if l < 0 {
			t.Errorf("package %s belongs to no layer: add it to layer()", pkg)
			continue
		}
		for _, imp := range fields[1:] {
			rel, ok := strings.CutPrefix(imp, module+"/")
			if !ok {
				continue
			}
			if li := layer(rel); li > l {
				t.Errorf("%s (layer %d) imports %s (layer %d): a package may import only from its own layer or a lower one", pkg, l, rel, li)
			}
		}
	}
	if seen < 10 {
		t.Fatalf("go list found only %d packages below the module root", seen)
	}
}
