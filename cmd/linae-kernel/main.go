// gomacro's type converter predates types.Alias; see the kernel package.
//go:debug gotypesalias=0

// Command linae-kernel is the project's Jupyter kernel for Go: the gomacro
// interpreter with the packages sae, data, plotting, display, progress and
// nb (and the gonum and gonum/plot packages the notebooks use) compiled in.
//
// Usage:
//
//	linae-kernel install [-user | -prefix DIR] [-name NAME] [-display-name TEXT]
//	linae-kernel run -connection-file FILE   (what Jupyter runs; -f FILE works too)
//	linae-kernel version
//
// install writes the kernelspec (kernel.json and logos) into the Jupyter
// data directory: $JUPYTER_DATA_DIR/kernels/NAME when that variable is set,
// else ~/.local/share/jupyter/kernels/NAME (-user, the default), or
// DIR/share/jupyter/kernels/NAME with -prefix. The kernelspec runs this
// binary by its absolute path, so install the binary first (go install
// ./cmd/linae-kernel) and run install from there.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/linae/linae/backend"
	"github.com/linae/linae/kernel"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the exit, for tests.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	var err error
	switch args[0] {
	case "run":
		err = runKernel(args[1:], stderr)
	case "install":
		err = install(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "linae-kernel %s (BLAS: %s)\n", kernel.Version, backend.Name())
	case "help", "-h", "-help", "--help":
		usage(stdout)
	default:
		fmt.Fprintf(stderr, "linae-kernel: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "linae-kernel: %v\n", err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  linae-kernel install [-user | -prefix DIR] [-name NAME] [-display-name TEXT]
      register the kernel with Jupyter
  linae-kernel run -connection-file FILE
      serve a Jupyter connection file (Jupyter runs this; -f FILE also works)
  linae-kernel version
`)
}

// runKernel serves one connection file until Jupyter shuts the kernel down.
func runKernel(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var conn string
	fs.StringVar(&conn, "connection-file", "", "Jupyter connection `file`")
	fs.StringVar(&conn, "f", "", "Jupyter connection `file` (same as -connection-file)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if conn == "" && fs.NArg() == 1 {
		conn = fs.Arg(0)
	}
	if conn == "" {
		return errors.New("run: no connection file (use -connection-file FILE)")
	}
	info, err := kernel.ReadConnectionFile(conn)
	if err != nil {
		return err
	}
	// Cells' output is redirected while they run; the traceback of a
	// fatal error of the runtime (a stack overflow, concurrent map writes)
	// must still reach the log. SetCrashOutput duplicates the descriptor,
	// so it keeps pointing at the original stderr. The runtime's one-line
	// reason goes to fd 2 only: the stderr spool kept next to the
	// connection file holds it for the kernel Jupyter starts next on the
	// same file, which shows it to the user.
	if f, ok := stderr.(*os.File); ok {
		_ = debug.SetCrashOutput(f, debug.CrashOptions{})
	}
	k, err := kernel.New(info, &kernel.Options{HandleSIGINT: true, StderrSpool: conn + ".stderr"})
	if err != nil {
		return err
	}
	return k.Run(context.Background())
}
