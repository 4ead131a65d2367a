#!/usr/bin/env bash
# Builds bin/linae-kernel, the kernel the main job and the web-UI check run.
# It is pure Go (gonum with this module's assembly matrix products, packages
# gemm and eigen: as fast as OpenBLAS here, see bench/RESULTS.md);
# LINAE_BLAS=openblas builds it on Debian's libopenblas-dev instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
if [ "${LINAE_BLAS:-}" = openblas ]; then
	CGO_ENABLED=1 CGO_LDFLAGS=-lopenblas go build -tags openblas -o bin/linae-kernel ./cmd/linae-kernel
else
	go build -o bin/linae-kernel ./cmd/linae-kernel
fi
