package kernel

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// crashSummaryLines is how many lines of a fatal error's report a user is
// shown: the runtime's reason and the top of the traceback.
const crashSummaryLines = 16

// previousCrash returns the report Go's runtime wrote to the standard error
// spool path when a fatal error ended the process that had it, or "" when
// the file is absent or holds none. The report is what follows the last
// "fatal error:" line (or, failing one, the last "panic:" line: a panic
// nothing recovered), with the "runtime:" lines just before it.
func previousCrash(path string) (string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("kernel: reading the previous process's standard error: %w", err)
	}
	// What the spool's reader had sent on was freed as holes, which read
	// as zeros.
	b = bytes.ReplaceAll(b, []byte{0}, nil)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	start := lastWithPrefix(lines, "fatal error: ")
	if start < 0 {
		start = lastWithPrefix(lines, "panic: ")
	}
	if start < 0 {
		return "", nil
	}
	for start > 0 && strings.HasPrefix(lines[start-1], "runtime: ") {
		start--
	}
	return strings.Join(lines[start:], "\n") + "\n", nil
}

func lastWithPrefix(lines []string, prefix string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], prefix) {
			return i
		}
	}
	return -1
}

// crashNotice is what the first cell of a kernel restarted after a fatal
// error shows on standard error: the start of the runtime's report.
func crashNotice(report string) string {
	lines := strings.Split(strings.TrimRight(report, "\n"), "\n")
	more := ""
	if len(lines) > crashSummaryLines {
		lines = lines[:crashSummaryLines]
		more = "...\n(the whole report is in the kernel's log)\n"
	}
	return "The previous kernel process crashed while a cell ran, with an error Go cannot recover from; this is a new process, and the session's state is gone. The report began:\n\n" +
		strings.Join(lines, "\n") + "\n" + more
}
