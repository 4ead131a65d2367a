// Package kernel is the project's Jupyter kernel for Go: the Jupyter
// messaging protocol 5.3 over ZeroMQ (github.com/go-zeromq/zmq4, pure Go)
// in front of the gomacro interpreter, with the project's packages compiled
// in as interpreter bindings (package bindings), so that a notebook imports
// sae, data, plotting, display, progress and the notebooks' helpers nb
// instantly.
//
// The command cmd/linae-kernel runs it and installs its kernelspec.
//
// # Cells
//
// Variables, functions, types and imports persist across cells. A cell is
// parsed as a whole first (a syntax error runs nothing), then its top-level
// statements run one after the other, as in gomacro's own REPL: when one
// fails, the ones before it have taken effect. The value of a last
// expression is the cell's result (execute_result), in text and, when it
// has one, as rich output: an image.Image, a *plotting.Figure or any value
// with a PNG/SVG/HTML/Markdown method, or a display.Data, rendered as
// display.Show renders it (see display.Rich).
// The (n, err) results of a final fmt.Print call are not shown.
//
// Output a cell writes to standard output or error (fmt.Println, the log
// package, even C code: file descriptors 1 and 2 are redirected while the
// cell runs) reaches the notebook as it is written, in chunks every 50 ms.
// Output written by goroutines after their cell has ended goes to the
// kernel's own standard streams instead.
//
// A compile error, a panic (including a runtime panic inside compiled
// library code) or an interrupt becomes an error reply whose traceback names
// the cell line (of the top-level statement that was running) and, for a
// panic in a library, its innermost frames. The kernel and the session's
// state survive; the next cell runs normally. So does a panic in a
// goroutine a cell's go statement started (or a goroutine that one
// started), which in compiled Go ends the process: while the cell runs, the
// cell fails with it and is stopped as an interrupt stops it; once the
// cell has finished, the panic shows as standard error on the cell running
// then, or on the next one, and in the log. A recover in the goroutine
// catches its panic first, as in Go. A panic in a cell's function that
// compiled code calls on a goroutine of its own (time.AfterFunc) ends that
// goroutine and shows as standard error on the cell running then, or on
// the next one, and in the log. Go's fatal errors end the process
// (concurrent map writes, out of memory, a stack overflow: the stack limit
// is 256 MiB, so that a runaway recursion ends the process within
// seconds), as does a panic in compiled code on a goroutine with no
// cell's function on its stack to recover it. Jupyter then starts
// a new kernel on the same connection file; if the process ended during a
// cell, the new kernel shows the start of the runtime's report as standard
// error on its first cell (see Options.StderrSpool).
//
// # Interrupts and ctx
//
// Each cell gets a fresh context in the interpreter variable ctx (of type
// context.Context). Interrupting the cell (Jupyter's interrupt button, which
// sends interrupt_request with interrupt_mode "message", or SIGINT) cancels
// it at once, so library calls that take it return early with what they
// have:
//
//	res, err := sae.Train(ctx, loss, x0, settings) // interrupt: res holds the best parameters so far
//
// If the cell is still running after Options.InterruptGrace (1 s), or at a
// second interrupt, the interpreter stops it at its next interpreted
// statement (an endless `for {}` loop stops this way). A cell blocked in a
// compiled call (time.Sleep, a channel receive, a lock) that has not stopped
// a quarter of a second later is abandoned: Go cannot kill its goroutine,
// which stays blocked, and a new interpreter goroutine serves the next
// cells with the same state. Should the blocked call return, the abandoned
// goroutine stops at its next interpreted statement; only the rest of the
// statement it was in may still run, concurrently with later cells. That
// does not disturb them: every top-level statement runs in an interpreter
// frame of its own, which shares the session's variables and nothing of the
// interpreter's running state. The cell is reported as interrupted in every
// case, and what it assigned before the interrupt is kept.
//
// # Standard input
//
// When the front end allows input (execute_request's allow_stdin: the
// notebook and jupyter console do), a cell's reads of standard input
// (fmt.Scanln, a bufio.Reader on os.Stdin, os.Stdin.Read, C code reading
// fd 0) prompt the user: each read that finds nothing left to read sends
// input_request, and returns what the user typed and a newline. Go has no
// prompt argument: the request's prompt is empty, and what the cell printed
// before the read (fmt.Print("name? ")) is published before the request, so
// that it shows above or beside the input field. The kernel sees that a
// cell waits for input in /proc (a thread blocked in read(2) on fd 0), so
// this works on Linux only. An interrupt ends the wait: the read returns
// end of file, the cell stops before its next statement and is reported as
// interrupted at the read. Ctrl-D at jupyter console's
// input prompt gives end of file to that read and the cell's later ones.
// Requests never ask for a password (the input is echoed). Without allow_stdin
// (nbclient, papermill, nbconvert --execute), and on other platforms, a
// read gets end of file at once. Commands run with ! never get input.
//
// # Compiled cells
//
// A cell that starts with the magic line %%compile NAME is the Go source of
// a package NAME (its package clause may be left out): imports, types,
// functions (generic ones too), variables. The kernel writes it as a
// package of a module in the user's cache directory (CompileDirEnv) whose
// go.mod is the kernel module's, requiring the kernel's source tree, has
// package bindgen write interpreter bindings of its exported names, builds
// both into a Go plugin with the go command and the build flags of the
// kernel binary, loads it and imports it as NAME: later cells call NAME.F
// at compiled speed, and values of gonum's and the project's types pass
// both ways. The interpreter sees the exported non-generic names only;
// generic code runs inside the package. Go's errors name the cell's lines.
//
// A plugin loads only into a program built with cgo, by the same Go
// release, from the same source of every package the two share; the kernel
// checks the first two and says when its source tree changed since it was
// built. A plugin cannot be unloaded: compiling NAME again with other
// source makes a new package (values of the old one's types keep their old
// type), and the same source again reuses the loaded one.
//
// # Restart
//
// shutdown_request ends Run; the command then exits. Jupyter restarts a
// kernel by starting a new process on the same connection file, which is
// how the session's state is reset.
//
// # Limits
//
// Interpreted code is slow (keep loops in library calls or in a compiled
// cell); methods of types declared in cells are invisible to compiled
// code, so a cell cannot implement a library interface (pass func values:
// sae.FuncObjective).
// Packages that are not compiled in are imported through gomacro's plugin
// mechanism: it builds a Go plugin with the go command (cgo needed), which
// takes about 13 s per package. Comms and widgets, and the debugger are not
// supported.
package kernel
