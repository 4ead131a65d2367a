package kernel

import (
	"go/ast"
	"go/token"

	"github.com/cosmos72/gomacro/ast2"
)

// declStubs returns, for the functions (not methods) among the function
// declarations of a run, declarations with the same signatures and a body that
// panics: compiled first, they let mutually recursive functions compile
// (gomacro resolves a call when it compiles it); the run's declarations
// then replace them.
func declStubs(run ast2.Ast) []ast2.Ast {
	var out []ast2.Ast
	for j := 0; j < run.Size(); j++ {
		fd, ok := run.Get(j).Interface().(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name == "init" || fd.Name.Name == "main" {
			continue
		}
		panicCall := &ast.CallExpr{Fun: ast.NewIdent("panic"), Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: `"declared, not yet defined"`}}}
		stub := &ast.FuncDecl{Name: ast.NewIdent(fd.Name.Name), Type: fd.Type, Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: panicCall}}}}
		out = append(out, ast2.ToAst(stub))
	}
	return out
}

// declRun returns the run of consecutive function and type declarations
// of a cell that starts at its top-level node i, split into its type
// declarations and its function and method declarations, each as one node
// (nil when there is none), and the index of the run's last node; for any
// other node, nil, nil and i. Compiled together, the declarations of a run
// may refer to each other in any order (mutually recursive functions, a
// method declared before its type), as in a Go file; compiled one by one,
// the first would not see the second. The types are compiled first, so that
// the functions' stubs (declStubs), whose signatures may name them, compile.
func declRun(form ast2.Ast, i int) (types, funcs ast2.Ast, last int) {
	isDecl := func(j int) bool {
		switch d := form.Get(j).Interface().(type) {
		case *ast.FuncDecl:
			return true
		case *ast.GenDecl:
			return d.Tok == token.TYPE
		}
		return false
	}
	n := form.Size()
	last = i
	for last+1 < n && isDecl(last) && isDecl(last+1) {
		last++
	}
	if last == i {
		return nil, nil, i
	}
	var ts, fs []ast.Node
	for j := i; j <= last; j++ {
		nd := form.Get(j).Interface().(ast.Node)
		if _, ok := nd.(*ast.FuncDecl); ok {
			fs = append(fs, nd)
		} else {
			ts = append(ts, nd)
		}
	}
	if len(ts) > 0 {
		types = ast2.NodeSlice{X: ts}
	}
	if len(fs) > 0 {
		funcs = ast2.NodeSlice{X: fs}
	}
	return types, funcs, last
}
