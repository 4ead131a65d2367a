package kernel

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// A corpus snippet is one section of a txtar file in testdata/corpus: the
// code of one cell. Its import lines ("import "path"", one per line) come
// first; declarations follow, up to a line "// main", and the statements
// after it. Without that line everything after the imports is statements.
// A line "// want-error: text" anywhere states that the interpreter must
// reject the snippet with an error containing text (an unsupported
// construct) instead of running it; the compiled program still runs it.
// A line "// known-difference: reason" marks a difference the interpreter
// cannot remove (README lists them): its output is then the lines
// "//> text" of the snippet, and must differ from the compiled program's,
// so that the test fails when the difference goes away, or changes.
type snippet struct {
	name      string // file:section
	imports   []string
	decls     string
	body      string
	wantErr   string
	knownDiff string
	interpOut string // with knownDiff: what the interpreter prints
}

var (
	wantErrLine   = regexp.MustCompile(`(?m)^\s*// want-error: (.*)$`)
	knownDiffLine = regexp.MustCompile(`(?m)^\s*// known-difference: (.*)$`)
	interpOutLine = regexp.MustCompile(`(?m)^//> ?(.*)$`)
)

// isDirective reports whether a line of a snippet's header is one of the
// comment lines above.
func isDirective(l string) bool {
	return wantErrLine.MatchString(l) || knownDiffLine.MatchString(l) || interpOutLine.MatchString(l)
}

// loadCorpus reads every snippet of testdata/corpus.
func loadCorpus(t *testing.T) []snippet {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []snippet
	seen := map[string]bool{}
	for _, f := range files {
		a, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range a.Files {
			s := snippet{name: strings.TrimSuffix(filepath.Base(f), ".txtar") + ":" + sec.Name}
			if seen[s.name] {
				t.Fatalf("snippet %s appears twice", s.name)
			}
			seen[s.name] = true
			text := string(sec.Data)
			if m := wantErrLine.FindStringSubmatch(text); m != nil {
				s.wantErr = strings.TrimSpace(m[1])
			}
			if m := knownDiffLine.FindStringSubmatch(text); m != nil {
				s.knownDiff = strings.TrimSpace(m[1])
				for _, m := range interpOutLine.FindAllStringSubmatch(text, -1) {
					s.interpOut += m[1] + "\n"
				}
			}
			var rest []string
			lines := strings.Split(text, "\n")
			i := 0
			for ; i < len(lines); i++ {
				l := strings.TrimSpace(lines[i])
				if strings.HasPrefix(l, "import ") {
					s.imports = append(s.imports, strings.TrimSpace(strings.TrimPrefix(l, "import ")))
					continue
				}
				if l != "" && !isDirective(l) {
					break
				}
			}
			rest = lines[i:]
			body := strings.Join(rest, "\n")
			if d, b, ok := strings.Cut(body, "\n// main\n"); ok {
				s.decls, s.body = d, b
			} else if d, ok := strings.CutSuffix(strings.TrimRight(body, "\n"), "\n// main"); ok {
				s.decls = d
			} else if b, ok := strings.CutPrefix(body, "// main\n"); ok {
				s.body = b
			} else {
				s.body = body
			}
			out = append(out, s)
		}
	}
	return out
}

// cell is the snippet as one notebook cell.
func (s snippet) cell() string {
	var sb strings.Builder
	for _, imp := range s.imports {
		fmt.Fprintf(&sb, "import %s\n", imp)
	}
	sb.WriteString(s.decls)
	sb.WriteString("\n")
	sb.WriteString(s.body)
	return sb.String()
}

// recordSeparator starts each snippet's output in the compiled program's.
const recordSeparator = "\x1e"

// compiledOutputs builds one program with every snippet as a package of its
// own (its declarations at package level, its statements in Run) and runs
// it: the output of each snippet, by name, as the go command compiles it.
// A panic that escapes Run is printed as "panic: value", as the
// comparison expects it of the kernel.
func compiledOutputs(t *testing.T, snippets []snippet) map[string]string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gosum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	modfile := fmt.Sprintf("module linaecorpus\n\ngo 1.26.0\n\nrequire github.com/linae/linae v0.0.0\n\nreplace github.com/linae/linae => %s\n", root)
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", modfile)
	write("go.sum", string(gosum))
	var main strings.Builder
	main.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n")
	for i := range snippets {
		fmt.Fprintf(&main, "\tp%03d \"linaecorpus/p%03d\"\n", i, i)
	}
	main.WriteString(")\n\nfunc run(name string, f func()) {\n\tfmt.Print(\"" + recordSeparator + "\" + name + \"\\n\")\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"panic:\", r)\n\t\t}\n\t}()\n\tf()\n}\n\nfunc main() {\n")
	for i, s := range snippets {
		var src strings.Builder
		fmt.Fprintf(&src, "package p%03d\n\n", i)
		for _, imp := range s.imports {
			fmt.Fprintf(&src, "import %s\n", imp)
		}
		fmt.Fprintf(&src, "\n%s\n\nfunc Run() {\n%s\n}\n", s.decls, s.body)
		write(fmt.Sprintf("p%03d/p.go", i), src.String())
		fmt.Fprintf(&main, "\trun(%q, p%03d.Run)\n", s.name, i)
	}
	main.WriteString("\tos.Stdout.Sync()\n}\n")
	write("main.go", main.String())

	cmd := exec.Command(goCmd, "run", "-mod=mod", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("compiling the corpus: %v\n%s", err, stderr.String())
	}
	t.Logf("corpus compiled and run by the go command in %v", time.Since(start).Round(time.Millisecond))
	out := map[string]string{}
	for _, rec := range strings.Split(stdout.String(), recordSeparator)[1:] {
		name, text, _ := strings.Cut(rec, "\n")
		out[name] = text
	}
	return out
}

// TestDifferentialCorpus runs every snippet of testdata/corpus through the
// kernel (over the protocol, each in a fresh interpreter) and compiled by
// the go command, and compares what they print: the interpreter must never
// give another answer than Go, and what it cannot run it must refuse with
// an error naming the construct.
func TestDifferentialCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a program of every snippet")
	}
	if runtime.GOOS != "linux" {
		t.Skip("the corpus's expectations are Linux's")
	}
	snippets := loadCorpus(t)
	if len(snippets) < 200 {
		t.Errorf("the corpus has %d snippets, want at least 200", len(snippets))
	}
	want := compiledOutputs(t, snippets)
	start := time.Now()
	for _, s := range snippets {
		_, c := testKernel(t)
		r := c.execWith(map[string]any{"code": s.cell(), "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}, 60*time.Second)
		got := r.stream(t, "stdout")
		var errText string
		if r.reply["status"] != "ok" {
			errText = fmt.Sprint(r.reply["ename"], ": ", r.reply["evalue"])
			if r.reply["ename"] == errPanic {
				got += fmt.Sprint("panic: ", r.reply["evalue"], "\n")
			}
		}
		if s.wantErr != "" {
			if errText == "" || !strings.Contains(errText, s.wantErr) {
				t.Errorf("%s: the interpreter should refuse it with an error containing %q; got status %v, error %q, output %q",
					s.name, s.wantErr, r.reply["status"], errText, got)
			}
			continue
		}
		w, ok := want[s.name]
		if !ok {
			t.Errorf("%s: no output from the compiled program", s.name)
			continue
		}
		if errText != "" && r.reply["ename"] != errPanic {
			t.Errorf("%s: the interpreter failed: %s\ncompiled Go printed:\n%s", s.name, errText, w)
			continue
		}
		switch {
		case s.knownDiff != "" && got == w:
			t.Errorf("%s: the known difference (%s) is gone: the interpreter printed what compiled Go prints; make it an ordinary snippet and update the README",
				s.name, s.knownDiff)
		case s.knownDiff != "" && got != s.interpOut:
			t.Errorf("%s: the known difference (%s) changed: the interpreter printed\n%s\nnot the recorded\n%s\n(compiled Go printed\n%s)",
				s.name, s.knownDiff, got, s.interpOut, w)
		case s.knownDiff == "" && got != w:
			t.Errorf("%s: the interpreter printed\n%s\ncompiled Go printed\n%s", s.name, got, w)
		}
	}
	t.Logf("%d snippets through the kernel in %v", len(snippets), time.Since(start).Round(time.Millisecond))
}
