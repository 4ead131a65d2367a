#!/usr/bin/env bash
# The project's test command: formatting, vet, staticcheck, every Go test
# (the kernel's include a real Jupyter run), then every notebook executed
# through real Jupyter against the kernel (scripts/reproduce.sh): no error
# output, every check passes, every figure a real, non-blank PNG.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(go env GOPATH)/bin:$PATH"

scripts/setup.sh

echo "test: gofmt"
# third_party/ holds upstream modules carried with small patches (see their
# LINAE.md): they keep upstream's formatting so that the patches stay small.
unformatted=$(gofmt -l $(git ls-files '*.go' ':!third_party/' 2>/dev/null || find . -name '*.go' -not -path './third_party/*'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:" $unformatted >&2
	exit 1
fi

echo "test: go vet"
go vet ./...

echo "test: staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

echo "test: go test"
go test -count=1 ./...

echo "test: go test without assembly (-tags noasm)"
go test -count=1 -tags noasm ./...

# The interpreter's patches (third_party/gomacro/LINAE.md) are tested in its
# own module, by name: the module's other tests are upstream's, some of which
# expect behaviour the patches change or an older Go. They and the kernel's
# tests run under the race detector: a cell's goroutines, and an abandoned
# cell's, run while later cells compile and run. (The kernel captures fd 2
# while a cell runs: to read a report, set GORACE=log_path=FILE.)
echo "test: the interpreter's patches and the kernel under the race detector (-race)"
GODEBUG=gotypesalias=0 go test -race -count=1 \
	-run 'TestCallbackPanicHook|TestGoroutinePanicHook|TestInterruptFromAnotherGoroutine|TestFrames|TestProxyIntern|TestTypeLookupWhileCompiling' \
	github.com/cosmos72/gomacro github.com/cosmos72/gomacro/fast
go test -race -count=1 ./kernel/...

if ls /usr/lib/*/libopenblas.so >/dev/null 2>&1; then
	echo "test: go test on OpenBLAS (-tags openblas)"
	CGO_ENABLED=1 CGO_LDFLAGS=-lopenblas go test -count=1 -tags openblas ./backend/ ./sae/
fi

echo "test: bindings up to date (go generate ./kernel/bindings changes nothing)"
go generate ./kernel/bindings
if ! git diff --quiet -- kernel/bindings 2>/dev/null; then
	git diff --stat -- kernel/bindings >&2
	echo "kernel/bindings is stale: run go generate ./kernel/bindings and commit" >&2
	exit 1
fi

echo "test: notebooks"
scripts/reproduce.sh

# The write-up, from the results the notebooks just wrote: it builds, every
# reference resolves, every number is one of this run's (paper/check.sh).
echo "test: paper"
if command -v latexmk >/dev/null && command -v pdftotext >/dev/null; then
	paper/build.sh --check
	paper/check.sh
else
	echo "test: paper skipped: TeX Live or poppler-utils missing (scripts/setup.sh installs them)"
fi
