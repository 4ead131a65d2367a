#!/usr/bin/env bash
# Builds bin/linae-kernel, the kernel the main job and the web-UI check run.
# It runs gonum on OpenBLAS when Debian's libopenblas-dev is there (several
# times gonum's pure-Go matrix-product rate; see bench/RESULTS.md);
# LINAE_BLAS=gonum keeps it pure Go.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
if [ "${LINAE_BLAS:-}" != gonum ] && ls /usr/lib/*/libopenblas.so >/dev/null 2>&1; then
	CGO_ENABLED=1 CGO_LDFLAGS=-lopenblas go build -tags openblas -o bin/linae-kernel ./cmd/linae-kernel
else
	go build -o bin/linae-kernel ./cmd/linae-kernel
fi
