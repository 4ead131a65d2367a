#!/usr/bin/env bash
# Builds bin/linae-kernel, the kernel the main job and the web-UI check run.
# It is pure Go (gonum with this module's assembly matrix products and
# eigensolver, package backend: as fast as OpenBLAS here, see
# bench/RESULTS.md); LINAE_BLAS=openblas builds it on Debian's
# libopenblas-dev instead. Either way LINAE_BACKEND=gonum|linae|openblas in
# the kernel's environment chooses another backend the build has (see
# backend/doc.go).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bin
if [ "${LINAE_BLAS:-}" = openblas ]; then
	CGO_ENABLED=1 CGO_LDFLAGS=-lopenblas go build -tags openblas -o bin/linae-kernel ./cmd/linae-kernel
else
	go build -o bin/linae-kernel ./cmd/linae-kernel
fi
