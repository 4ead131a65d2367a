package kernel

import (
	"context"
	"errors"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/linae/linae/kernel/bindgen"
	"github.com/linae/linae/kernel/bindings"
)

// symbolDoc returns the declaration and doc comment of the exported symbol
// name ("Type.Method" for a method, "" for the package) of the package path:
// from the bindings for the project's packages, and for any other package
// (the standard library, gonum) from its source, found by the go command
// as the kernel's own module resolves it, so that the text is the one of the
// version the kernel runs. ok is false when there is neither.
func symbolDoc(path, name string) (text string, ok bool) {
	if text, ok := bindings.Doc(path, name); ok {
		return text, true
	}
	docs := sourceDocs.of(path)
	text, ok = docs[name]
	return text, ok
}

// sourceDocs caches, per import path, the documentation read from source.
var sourceDocs = &docCache{pkgs: map[string]map[string]string{}}

type docCache struct {
	mu   sync.Mutex
	pkgs map[string]map[string]string // nil: looked up, nothing found
}

// of returns the documentation of the package path from its source, reading
// it on first use: a go list to find the directory, then parsing its files
// for this platform (a few hundred milliseconds for gonum's mat).
func (c *docCache) of(path string) map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if docs, seen := c.pkgs[path]; seen {
		return docs
	}
	docs, _ := readSourceDocs(path)
	c.pkgs[path] = docs
	return docs
}

// readSourceDocs finds the source directory of the package path and returns
// its documentation.
func readSourceDocs(path string) (map[string]string, error) {
	if path == "" || strings.HasPrefix(path, ".") || filepath.IsAbs(path) {
		return nil, errors.New("not an import path")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// -find resolves the path without loading its dependencies. Run in
	// the kernel's source tree, modules resolve to the kernel's versions;
	// without it (a -trimpath build) only the standard library is found.
	cmd := exec.CommandContext(ctx, goCmd, "list", "-find", "-f", "{{.Dir}}", "--", path)
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly", "GOWORK=off")
	if src, err := kernelSource(); err == nil {
		cmd.Dir = src
	} else {
		cmd.Dir = os.TempDir()
	}
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		return nil, errors.New("no source directory")
	}
	bp, err := build.Default.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range append(bp.GoFiles, bp.CgoFiles...) {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return bindgen.Docs(fset, files, path)
}

// kernelSource returns the root of the kernel module's source tree, from
// which the kernel was built: the path of this file, as the compiler
// recorded it, is in it. It is an error for a binary built with -trimpath,
// which records no directory, or when the tree is gone.
func kernelSource() (string, error) {
	_, file, _, _ := runtime.Caller(0)
	if !filepath.IsAbs(file) {
		return "", errors.New("the kernel was built with -trimpath, which records no source directory")
	}
	src := filepath.Dir(filepath.Dir(file))
	if _, err := os.Stat(filepath.Join(src, "go.mod")); err != nil {
		return "", err
	}
	return src, nil
}
