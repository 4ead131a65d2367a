package kernel

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"plugin"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/cosmos72/gomacro/imports"
	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"

	"github.com/linae/linae/internal/atomicfile"
	"github.com/linae/linae/kernel/bindgen"
	"github.com/linae/linae/kernel/bindings"
)

// CompileDirEnv names the environment variable that sets the directory in
// which %%compile writes compiled cells (a Go module of their packages);
// by default it is linae/compiled in the user's cache directory.
const CompileDirEnv = "LINAE_COMPILE_DIR"

// compileModule is the module path of compiled cells' packages: cell NAME
// is the package compileModule/NAME_HASH, HASH that of its source, so that
// a changed cell is a new package (a Go plugin cannot be unloaded, nor a
// package loaded twice).
const compileModule = "linaecell"

// toolchain is how the kernel builds plugins that it can load: the go
// command of the kernel's own Go release, the build flags and environment
// the kernel binary was built with (a plugin loads only if every package it
// shares with the kernel was built identically), and the kernel's source
// directory, which the plugins' module requires through a replace
// directive with the kernel module's own requirements and replacements.
type toolchain struct {
	goCmd  string
	src    string   // the kernel module's root directory
	module []byte   // go.mod of the compiled cells' module
	sum    []byte   // its go.sum: the kernel module's
	flags  []string // build flags: the kernel binary's -tags, -trimpath, ...
	env    []string // environment of the go command
}

// findToolchain checks that compiled cells can be built and loaded by this
// kernel process, and says why not otherwise.
func findToolchain() (*toolchain, error) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil, errors.New("the kernel binary carries no build information, which %%compile needs to build matching plugins")
	}
	tc := &toolchain{env: append(os.Environ(), "GOFLAGS=", "GOWORK=off")}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
		switch {
		case s.Key == "-tags" || s.Key == "-trimpath" || s.Key == "-gcflags" || s.Key == "-asmflags" ||
			s.Key == "-race" || s.Key == "-msan" || s.Key == "-asan":
			tc.flags = append(tc.flags, s.Key+"="+s.Value)
		case strings.HasPrefix(s.Key, "CGO_") || (strings.HasPrefix(s.Key, "GO") && s.Key == strings.ToUpper(s.Key)):
			tc.env = append(tc.env, s.Key+"="+s.Value)
		}
	}
	if settings["CGO_ENABLED"] != "1" {
		return nil, errors.New("the kernel was built with CGO_ENABLED=0, and Go plugins load only into a program built with cgo: " +
			"rebuild it with CGO_ENABLED=1 (scripts/build_kernel.sh does, with gcc installed) and restart it")
	}
	src, err := kernelSource()
	if err != nil {
		return nil, fmt.Errorf("%%%%compile builds a cell against the kernel's own source tree, and %w: "+
			"rebuild the kernel from its source without -trimpath (scripts/build_kernel.sh) and restart it", err)
	}
	tc.src = src
	gomod, err := os.ReadFile(filepath.Join(tc.src, "go.mod"))
	if err != nil {
		return nil, fmt.Errorf("the kernel's source, from which it was built, is needed to build compiled cells: %w", err)
	}
	tc.sum, _ = os.ReadFile(filepath.Join(tc.src, "go.sum"))
	if tc.module, err = cellModule(gomod, tc.src); err != nil {
		return nil, err
	}
	if tc.goCmd, err = exec.LookPath("go"); err != nil {
		return nil, fmt.Errorf("%%%%compile builds the cell with the Go toolchain, and there is no go command on PATH: %w", err)
	}
	out, err := exec.Command(tc.goCmd, "env", "GOVERSION").Output()
	if err != nil {
		return nil, fmt.Errorf("%s env GOVERSION: %w", tc.goCmd, err)
	}
	if v := strings.TrimSpace(string(out)); v != runtime.Version() {
		return nil, fmt.Errorf("the go command on PATH (%s) is %s, but the kernel was built with %s, and a plugin loads only into a program of the same Go release: "+
			"put that release's go first on PATH, or rebuild the kernel with this one (scripts/build_kernel.sh)", tc.goCmd, v, runtime.Version())
	}
	return tc, nil
}

// cellModule returns the go.mod of the compiled cells' module: the kernel
// module's (its requirements select the kernel's versions of every module),
// renamed, requiring the kernel module from its source directory src, with
// relative replacements made absolute.
func cellModule(gomod []byte, src string) ([]byte, error) {
	f, err := modfile.Parse("go.mod", gomod, nil)
	if err != nil {
		return nil, err
	}
	if f.Module == nil {
		return nil, fmt.Errorf("%s/go.mod has no module statement", src)
	}
	kernelModule := f.Module.Mod.Path
	if err := f.AddModuleStmt(compileModule); err != nil {
		return nil, err
	}
	for _, r := range f.Replace {
		if r.New.Version == "" && !filepath.IsAbs(r.New.Path) {
			if err := f.AddReplace(r.Old.Path, r.Old.Version, filepath.Join(src, r.New.Path), ""); err != nil {
				return nil, err
			}
		}
	}
	if err := f.AddRequire(kernelModule, "v0.0.0-00010101000000-000000000000"); err != nil {
		return nil, err
	}
	if err := f.AddReplace(kernelModule, "", src, ""); err != nil {
		return nil, err
	}
	f.Cleanup()
	return modfile.Format(f.Syntax), nil
}

// compileDir is the root of the compiled cells' module.
func compileDir(tc *toolchain) (string, error) {
	dir := os.Getenv(CompileDirEnv)
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("no directory for compiled cells (set %s): %w", CompileDirEnv, err)
		}
		dir = filepath.Join(cache, "linae", "compiled")
	}
	// One module per kernel source tree and build.
	h := sha256.Sum256([]byte(tc.src + "\x00" + runtime.Version() + "\x00" + strings.Join(tc.flags, " ")))
	return filepath.Join(dir, hex.EncodeToString(h[:6])), nil
}

// writeFileAtomic writes a file that kernels sharing the directory may
// write at the same time, with the same content.
func writeFileAtomic(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return atomicfile.Write(path, data)
}

// compileCell runs the cell magic %%compile NAME: body (the cell with its
// first line blank, so that lines keep their numbers) is the Go source of
// package NAME. It is built with the go command into a Go plugin together
// with interpreter bindings of its exported names, loaded, and imported as
// NAME, so that later cells call NAME.F at compiled speed. Generic
// functions and types work inside the package; the interpreter can use
// only its exported non-generic names.
func (p *interp) compileCell(cell *cellRun, args []string, body, name string, lines []string) (res cellResult) {
	defer func() {
		if r := recover(); r != nil {
			res = magicError(name, fmt.Sprintf("%%%%compile failed: %v", r))
		}
	}()
	if len(args) != 1 || !token.IsIdentifier(args[0]) || args[0] == "main" || args[0] == "_" {
		return magicError(name, "%%compile needs one package name, an identifier other than main and _: %%compile NAME")
	}
	pkgName := args[0]
	start := time.Now()
	src, err := cellSource(pkgName, body)
	if err != nil {
		return goErrors(name, lines, []string{err.Error()})
	}
	if p.toolchain == nil {
		// Found again after a failure: the user may have fixed PATH.
		tc, err := findToolchain()
		if err != nil {
			return magicError(name, "%%compile: "+err.Error())
		}
		p.toolchain = tc
	}
	tc := p.toolchain
	root, err := compileDir(tc)
	if err != nil {
		return magicError(name, "%%compile: "+err.Error())
	}
	h := sha256.Sum256(src)
	dirName := pkgName + "_" + hex.EncodeToString(h[:6])
	path := compileModule + "/" + dirName
	how := "compiled"
	if p.compiled[path] {
		how = "unchanged, imported again"
	} else {
		srcErr, err := p.buildCell(cell.ctx, tc, root, dirName, path, src, name, lines)
		if cell.isAbandoned() {
			// Later cells own the interpreter now.
			return cellResult{}
		}
		switch {
		case cell.ctx.Err() != nil:
			return cellResult{err: &cellError{Name: errInterrupt, Value: "interrupted", Traceback: []string{"Interrupted: %%compile stopped building " + pkgName}}}
		case srcErr != nil:
			return cellResult{err: srcErr}
		case err != nil:
			return magicError(name, "%%compile: "+err.Error())
		}
		p.compiled[path] = true
	}
	if err := p.importCompiled(pkgName, path); err != nil {
		return magicError(name, fmt.Sprintf("%%%%compile: importing %s: %v", pkgName, err))
	}
	names, _ := bindings.Names(path)
	list := strings.Join(names, ", ")
	if list == "" {
		list = "no exported names"
	}
	fmt.Printf("%s: %s (%s in %v)\n", pkgName, list, how, time.Since(start).Round(time.Millisecond))
	return cellResult{}
}

// cellSource is the Go file of a compiled cell: body, whose first line is
// blank, with the package clause "package NAME" on that line unless body
// has its own, which must name NAME.
func cellSource(pkgName, body string) ([]byte, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(body))
	var s scanner.Scanner
	s.Init(file, []byte(body), nil, 0)
	_, tok, _ := s.Scan()
	if tok != token.PACKAGE {
		return []byte("package " + pkgName + ";" + body), nil
	}
	pos, tok, lit := s.Scan()
	if tok == token.IDENT && lit != pkgName {
		p := fset.Position(pos)
		return nil, fmt.Errorf("%d:%d: the package clause names %s, but the magic line names %s", p.Line, p.Column, lit, pkgName)
	}
	return []byte(body), nil
}

// buildCell writes the cell's package and its bindings into the module at
// root, builds them into a plugin and loads it, which registers the
// bindings in the interpreter's packages. Go's errors in the cell are
// srcErr, which names the cell's lines; err is any other failure.
func (p *interp) buildCell(ctx context.Context, tc *toolchain, root, dirName, path string, src []byte, name string, lines []string) (srcErr *cellError, err error) {
	dir := filepath.Join(root, dirName)
	if err := os.MkdirAll(filepath.Join(dir, "plugin"), 0o755); err != nil {
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(root, "go.mod"), tc.module); err != nil {
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(root, "go.sum"), tc.sum); err != nil {
		return nil, err
	}
	cellFile := filepath.Join(dir, "cell.go")
	if err := writeFileAtomic(cellFile, src); err != nil {
		return nil, err
	}
	// Type-check the cell (the go command compiles its imports), for its
	// exported names and its errors.
	pkgs, err := packages.Load(&packages.Config{
		Context:    ctx,
		Mode:       packages.NeedName | packages.NeedTypes | packages.NeedFiles | packages.NeedImports,
		Dir:        root,
		Env:        tc.env,
		BuildFlags: tc.flags,
	}, "./"+dirName)
	if err != nil {
		return nil, err
	}
	if len(pkgs) != 1 {
		return nil, fmt.Errorf("go list found %d packages in %s", len(pkgs), dir)
	}
	if len(pkgs[0].Errors) > 0 {
		var msgs []string
		for _, e := range pkgs[0].Errors {
			msg := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				msg = e.Pos + ": " + msg
			}
			msgs = append(msgs, msg)
		}
		return goErrors(name, lines, goMessages(msgs, cellFile, dirName)).err, nil
	}
	bind, skipped, err := bindgen.File(pkgs[0].Types, bindgen.Plugin, nil)
	if err != nil {
		return nil, err
	}
	if len(skipped) > 0 {
		fmt.Fprintf(os.Stderr, "%%%%compile: generic, so not usable from other cells (call them from a non-generic exported function): %s\n",
			strings.Join(skipped, ", "))
	}
	if err := writeFileAtomic(filepath.Join(dir, "plugin", "bindings.go"), bind); err != nil {
		return nil, err
	}
	so := filepath.Join(dir, fmt.Sprintf("plugin-%d-%d.so", os.Getpid(), time.Now().UnixNano()))
	cmd := exec.CommandContext(ctx, tc.goCmd, append(append([]string{"build", "-buildmode=plugin", "-o", so}, tc.flags...), "./"+dirName+"/plugin")...)
	cmd.Dir, cmd.Env = root, tc.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		msgs := goMessages([]string{string(out)}, cellFile, dirName)
		if len(msgs) == 0 {
			msgs = []string{err.Error()}
		}
		return goErrors(name, lines, msgs).err, nil
	}
	// The loaded plugin stays mapped; its file is not needed any more.
	defer os.Remove(so)
	plug, err := plugin.Open(so)
	if err != nil {
		if msg := err.Error(); strings.Contains(msg, "different version of package") {
			// Without plugin.Open's quoting of the temporary file.
			if i := strings.Index(msg, "plugin was built"); i > 0 {
				msg = msg[i:]
			}
			return nil, fmt.Errorf("%s: the kernel binary was built from a different version of that package than the source in %s is now; "+
				"rebuild the kernel (scripts/build_kernel.sh) and restart it", msg, tc.src)
		}
		return nil, err
	}
	sym, err := plug.Lookup("Packages")
	if err != nil {
		return nil, err
	}
	bound, ok := sym.(*map[string]imports.PackageUnderlying)
	if !ok {
		return nil, fmt.Errorf("the plugin's Packages is a %T", sym)
	}
	for boundPath, pkg := range *bound {
		imports.Packages.MergePackage(boundPath, pkg)
	}
	if _, ok := imports.Packages[path]; !ok {
		return nil, fmt.Errorf("the plugin holds no bindings of %s", path)
	}
	return nil, nil
}

// goMessages splits what the go command and go/packages report about the
// cell's package into messages, one a line, without the "# package" lines
// of the compiler's output and without repetitions (go/packages reports a
// compile error of the go command and the type checker's of the same
// mistake), and writes the positions in the cell's file, an absolute or a
// relative path, as cell positions "LINE:COL: ".
func goMessages(reports []string, cellFile, dirName string) []string {
	re := regexp.MustCompile(`(?:` + regexp.QuoteMeta(cellFile) + `|(?:\./)?` + regexp.QuoteMeta(dirName) + `/cell\.go):(\d+)(:\d+)?: `)
	var out []string
	seen := map[string]bool{}
	for _, r := range reports {
		for l := range strings.Lines(r) {
			l = strings.TrimRight(l, "\n")
			if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "# ") {
				continue
			}
			l = re.ReplaceAllString(l, "$1$2: ")
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return out
}

// goErrors is the error reply for Go's errors in a compiled cell, each
// "LINE:COL: message" or another message: shown as Go shows them, with the
// cell's name, and the cell line they point at.
func goErrors(name string, lines []string, msgs []string) cellResult {
	e := &cellError{Name: errCompile}
	for _, m := range msgs {
		line, col, rest, ok := splitPosition(name+":"+m, name)
		if !ok {
			e.Traceback = append(e.Traceback, m)
			continue
		}
		pos := fmt.Sprintf("%s:%d:%d: %s", name, line, col, rest)
		if col == 0 {
			pos = fmt.Sprintf("%s:%d: %s", name, line, rest)
		}
		if e.Value == "" {
			e.Value = pos
		}
		e.Traceback = append(e.Traceback, pos)
		e.Traceback = append(e.Traceback, sourceLines(lines, line, col)...)
	}
	if e.Value == "" && len(msgs) > 0 {
		e.Value = msgs[0]
	}
	return cellResult{err: e}
}

// importCompiled imports the compiled package path into the interpreter
// as pkgName.
func (p *interp) importCompiled(pkgName, path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p.ir.Eval("import " + pkgName + " " + strconv.Quote(path))
	return nil
}
