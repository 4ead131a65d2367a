package kernel

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Magics, as IPython's users know them. A cell whose first line starts
// with %% is a cell magic; a line that starts with % or ! where Go code
// could start a statement (outside any bracket) is a line magic. The Go
// code around line magics runs in order with them, each part as the cell's
// own lines (errors name the cell's line numbers).
const magicHelp = `Magics:
  %%time            (first line) run the cell and print its wall time
  %%writefile FILE  (first line) write the rest of the cell to FILE; -a appends
  %%go              (first line) build and run the rest of the cell, a whole Go program
                    (package main), with the go command: generics and compiled speed,
                    but nothing shared with the session's variables
  %%compile NAME    (first line) compile the rest of the cell, the Go source of a package
                    NAME (imports, types, funcs, generic ones too), with the go command
                    into a plugin, and import it: later cells use its exported non-generic
                    names as NAME.F, at compiled speed (2-4 s a cell; the first one on a
                    machine 15-45 s: it builds the standard library for plugins once)
  %time STATEMENT   run one Go statement and print its wall time
  !COMMAND          run COMMAND with sh -c, its output streamed
  %env              list the environment; %env NAME shows one, %env NAME=VALUE sets it
  %help             this list
`

// evalWithMagics runs a cell that may hold magics; without magics it is
// p.eval.
func (p *interp) evalWithMagics(cell *cellRun, code, name string, lines []string) cellResult {
	first, rest, _ := strings.Cut(code, "\n")
	if f := strings.TrimSpace(first); strings.HasPrefix(f, "%%") {
		// The cell without its first line, which keeps the line numbers.
		body := "\n" + rest
		args := strings.Fields(f[2:])
		if len(args) == 0 {
			return magicError(name, "a cell magic needs a name after %%; %help lists them")
		}
		switch args[0] {
		case "time":
			start := time.Now()
			res := p.evalWithMagics(cell, body, name, lines)
			fmt.Printf("Wall time: %v\n", time.Since(start).Round(time.Microsecond))
			return res
		case "writefile":
			args = args[1:]
			appending := len(args) > 0 && args[0] == "-a"
			if appending {
				args = args[1:]
			}
			if len(args) != 1 {
				return magicError(name, "%%writefile needs one file name (and -a to append)")
			}
			flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			verb := "Writing"
			if appending {
				flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
				verb = "Appending to"
			}
			f, err := os.OpenFile(args[0], flags, 0o644)
			if err == nil {
				_, err = f.WriteString(rest)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				return magicError(name, err.Error())
			}
			fmt.Printf("%s %s\n", verb, args[0])
			return cellResult{}
		case "go":
			return goProgram(name, rest)
		case "compile":
			return p.compileCell(cell, args[1:], body, name, lines)
		}
		return magicError(name, fmt.Sprintf("unknown cell magic %%%%%s; %%help lists them", args[0]))
	}

	// Split into Go parts and magic lines; lines (the cell as sent) stays
	// what errors quote.
	src := strings.Split(code, "\n")
	isMagic := make([]bool, len(src))
	found := false
	for i, l := range src {
		t := strings.TrimSpace(l)
		if (strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!")) && bracketStatus(strings.Join(src[:i], "\n")) == "complete" {
			isMagic[i], found = true, true
		}
	}
	if !found {
		return p.eval(cell, code, name, lines)
	}
	var res cellResult
	for i := 0; i < len(src); {
		if isMagic[i] {
			if r, stop := p.lineMagic(cell, strings.TrimSpace(src[i]), i, name, src); stop {
				return r
			}
			res = cellResult{}
			i++
			continue
		}
		// A run of Go lines, run with every other line blanked.
		j := i
		for j < len(src) && !isMagic[j] {
			j++
		}
		part := make([]string, len(src))
		copy(part[i:j], src[i:j])
		res = p.eval(cell, strings.Join(part, "\n"), name, lines)
		if res.err != nil || cell.isAbandoned() {
			return res
		}
		i = j
	}
	return res
}

// lineMagic runs the line magic on line i; stop is true when the cell must
// stop with r (an error).
func (p *interp) lineMagic(cell *cellRun, line string, i int, name string, lines []string) (r cellResult, stop bool) {
	if cmd, ok := strings.CutPrefix(line, "!"); ok {
		c := exec.Command("sh", "-c", cmd)
		// Descriptors 1 and 2 are the cell's captured output: the
		// command's output streams to the notebook as it is written.
		c.Stdin, c.Stdout, c.Stderr = nil, os.Stdout, os.Stderr
		if err := c.Run(); err != nil {
			fmt.Fprintf(os.Stderr, "!%s: %v\n", cmd, err)
		}
		return cellResult{}, false
	}
	fields := strings.Fields(strings.TrimPrefix(line, "%"))
	if len(fields) == 0 {
		return magicError(name, "a line magic needs a name after %; %help lists them"), true
	}
	arg := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "%"), fields[0]))
	switch fields[0] {
	case "help":
		os.Stdout.WriteString(magicHelp)
	case "env":
		switch {
		case arg == "":
			env := os.Environ()
			sort.Strings(env)
			for _, e := range env {
				fmt.Println(e)
			}
		case strings.ContainsAny(arg, "= "):
			k, v, _ := strings.Cut(arg, "=")
			if !strings.Contains(arg, "=") {
				k, v, _ = strings.Cut(arg, " ")
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if err := os.Setenv(k, v); err != nil {
				return magicError(name, err.Error()), true
			}
			fmt.Printf("env: %s=%s\n", k, v)
		default:
			fmt.Println(os.Getenv(arg))
		}
	case "time":
		part := make([]string, len(lines))
		// The statement in place of the magic line, at its column.
		part[i] = strings.Replace(lines[i], "%time", "     ", 1)
		start := time.Now()
		res := p.eval(cell, strings.Join(part, "\n"), name, lines)
		fmt.Printf("Wall time: %v\n", time.Since(start).Round(time.Microsecond))
		if res.err != nil {
			return res, true
		}
		return res, false
	default:
		return magicError(name, fmt.Sprintf("unknown magic %%%s; %%help lists them", fields[0])), true
	}
	return cellResult{}, false
}

// magicError is the error reply of a magic used wrongly.
func magicError(name, msg string) cellResult {
	return cellResult{err: &cellError{Name: "MagicError", Value: msg, Traceback: []string{name + ": " + msg}}}
}

// goProgram builds and runs src, a whole Go program, with the go command in
// a temporary module that, when the kernel runs inside a module (a
// notebook of this repository), requires it through a replace directive, so
// that the program can import the project's packages. Its output streams to
// the cell; a build error or a non-zero exit is the cell's error.
func goProgram(name, src string) cellResult {
	dir, err := os.MkdirTemp("", "linae-go-cell-")
	if err != nil {
		return magicError(name, err.Error())
	}
	defer os.RemoveAll(dir)
	mod := "module linaecell\n\ngo 1.26\n"
	if out, err := exec.Command("go", "env", "GOMOD").Output(); err == nil {
		if gomod := strings.TrimSpace(string(out)); gomod != "" && gomod != os.DevNull {
			root := filepath.Dir(gomod)
			if data, err := os.ReadFile(gomod); err == nil {
				if path, _, ok := strings.Cut(strings.TrimPrefix(string(data), "module "), "\n"); ok {
					mod += fmt.Sprintf("\nrequire %s v0.0.0\n\nreplace %s => %s\n", path, path, root)
					if sum, err := os.ReadFile(filepath.Join(root, "go.sum")); err == nil {
						os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
					}
				}
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return magicError(name, err.Error())
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		return magicError(name, err.Error())
	}
	cmd := exec.Command("go", "run", "-mod=mod", ".")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return magicError(name, "%%go: "+err.Error())
	}
	return cellResult{}
}
