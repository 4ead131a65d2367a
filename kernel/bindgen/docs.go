package bindgen

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/doc"
	"go/printer"
	"go/token"
	"strconv"
	"strings"
)

// Docs returns, for every exported symbol of the package made of files (and
// every exported method, under "Type.Method"; "" for the package itself), its
// declaration followed by its doc comment: the text the kernel shows on an
// inspect request (Shift-Tab). cmd/genbind stores it for the project's
// packages; the kernel computes it from the source of any other package when
// asked.
func Docs(fset *token.FileSet, files []*ast.File, path string) (map[string]string, error) {
	dp, err := doc.NewFromFiles(fset, files, path)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	out[""] = "package " + dp.Name + " // import " + strconv.Quote(path) + "\n\n" + dp.Doc
	values := func(vs []*doc.Value) {
		for _, v := range vs {
			text := printNode(fset, stripGenDecl(v.Decl)) + "\n\n" + v.Doc
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
			out[prefix+f.Name] = strings.TrimSpace(printNode(fset, &decl) + "\n\n" + f.Doc)
		}
	}
	values(dp.Consts)
	values(dp.Vars)
	funcs("", dp.Funcs)
	for _, t := range dp.Types {
		if !token.IsExported(t.Name) {
			continue
		}
		out[t.Name] = strings.TrimSpace(printNode(fset, stripGenDecl(t.Decl)) + "\n\n" + t.Doc)
		values(t.Consts)
		values(t.Vars)
		funcs("", t.Funcs)
		funcs(t.Name+".", t.Methods)
	}
	return out, nil
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
