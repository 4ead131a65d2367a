#!/usr/bin/env bash
# Builds the write-up, paper/paper.pdf, from paper/paper.tex with Debian's
# TeX Live, every number and figure from the notebooks' results:
#
#   1. runs the notebooks (scripts/reproduce.sh) when a results file is
#      missing or older than the notebooks or the Go sources;
#   2. converts the SVG copies of the figures (out/figures-svg/, written by
#      package nb) to PDF with rsvg-convert, and turns the results into
#      LaTeX macros (cmd/papermacros), which fails when a check failed;
#   3. latexmk into out/paper/, stopping at the first error (a \result key
#      the results do not have is one), and fails on an undefined reference
#      or citation;
#   4. copies the PDF to paper/paper.pdf and its first page, as a picture
#      for the README, to paper/page1.png.
#
#   paper/build.sh                all of the above (make paper)
#   paper/build.sh --as-is        from the results in out/results/ as they are
#                                 (no notebook run, whether they are stale or not)
#   paper/build.sh --check        as --as-is, into out/paper/ only (the test
#                                 command's step: it has just run the notebooks)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

check=""
asis=""
for arg in "$@"; do
	case "$arg" in
	--check) check=1 asis=1 ;;
	--as-is) asis=1 ;;
	*) echo "usage: $0 [--as-is | --check]" >&2; exit 2 ;;
	esac
done

if ! command -v latexmk >/dev/null || ! command -v pdftotext >/dev/null ||
	! command -v rsvg-convert >/dev/null || ! fc-list -q 'Liberation Serif' 2>/dev/null; then
	scripts/setup.sh
fi

stale=""
[ -n "$asis" ] || for notebook in notebooks/[0-9]*.ipynb; do
	results="out/results/$(basename "$notebook" .ipynb).json"
	if [ ! -f "$results" ]; then
		stale="$results is missing"
		break
	fi
	newer=$(find notebooks/[0-9]*.ipynb $(git ls-files '*.go' ':!:*_test.go' ':!:cmd/papermacros/*' 2>/dev/null) -newer "$results" -print -quit)
	if [ -n "$newer" ]; then
		stale="$newer is newer than $results"
		break
	fi
done
if [ -n "$stale" ]; then
	echo "paper: $stale: running the notebooks (scripts/reproduce.sh)"
	scripts/reproduce.sh
fi

# The figures as vector PDF. gonum/plot's PDF writer garbles every
# character outside ASCII (gonum/plot issue 347: λ comes out as "Î»"), so
# package nb writes an SVG copy of each figure, whose text is UTF-8, and
# rsvg-convert (librsvg) makes the PDF, its text as text in the Liberation
# fonts gonum/plot measures its labels with (fonts-liberation2; another
# font would not fit the places the labels were laid out for). A figure
# with a raster image in it (filter mosaics, image grids) stays PNG:
# gonum/plot's SVG labels its PNG data image/jpg, which librsvg does not
# draw, and a PDF would smooth the image's pixels. Each PDF gets its SVG's
# time, so that cmd/papermacros takes it only when it is as new as the
# figure's PNG, that is, from the same run.
mkdir -p out/paper/figures
if command -v rsvg-convert >/dev/null && fc-list -q 'Liberation Serif' 2>/dev/null; then
	vector=0 raster=0
	for svg in out/figures-svg/*.svg; do
		[ -e "$svg" ] || continue
		pdf="out/paper/figures/$(basename "$svg" .svg).pdf"
		if grep -q '<image' "$svg"; then
			rm -f "$pdf"
			raster=$((raster + 1))
			continue
		fi
		if [ ! -e "$pdf" ] || [ "$svg" -nt "$pdf" ]; then
			rsvg-convert -f pdf -o "$pdf.tmp" "$svg"
			touch -r "$svg" "$pdf.tmp"
			mv "$pdf.tmp" "$pdf"
		fi
		vector=$((vector + 1))
	done
	echo "paper: figures: $vector as vector PDF, $raster with raster images as PNG"
else
	echo "paper: no rsvg-convert or no Liberation fonts (scripts/setup.sh installs them): every figure as PNG" >&2
fi

echo "paper: results to LaTeX macros (cmd/papermacros)"
built=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no -- paper ':!paper/paper.pdf' ':!paper/page1.png' cmd/papermacros 2>/dev/null)" ]; then
	built="$built with uncommitted changes to paper/"
fi
go run ./cmd/papermacros -results out/results -run out/run.json -figures-pdf out/paper/figures \
	-built-from "$built" -out out/paper/results.tex

echo "paper: latexmk"
start=$(date +%s)
# The commit's time as the PDF's date, so that a rebuild of the same
# sources gives the same file.
export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export FORCE_SOURCE_DATE=1
export max_print_line=10000  # one log line per message, for the checks
export TEXINPUTS="$root/paper:$root/out/paper:" BIBINPUTS="$root/paper:"
if ! latexmk -pdf -outdir=out/paper -interaction=nonstopmode -halt-on-error -file-line-error \
	paper/paper.tex >out/paper/latexmk.out 2>&1; then
	grep -A3 -E '^(\./|/).*:[0-9]+:|^! ' out/paper/paper.log >&2 || tail -30 out/paper/latexmk.out >&2
	echo "paper: LaTeX failed (log: out/paper/paper.log)" >&2
	exit 1
fi
if grep -E "LaTeX Warning: (Reference|Citation).*undefined|There were undefined references|Warning--I didn't find a database entry" \
	out/paper/paper.log out/paper/paper.blg 2>/dev/null >&2; then
	echo "paper: undefined references or citations (out/paper/paper.log)" >&2
	exit 1
fi
pages=$(pdfinfo out/paper/paper.pdf | awk '/^Pages:/ {print $2}')
echo "paper: out/paper/paper.pdf, $pages pages, in $(($(date +%s) - start)) s"
if [ -z "$check" ]; then
	cp out/paper/paper.pdf paper/paper.pdf
	# The README's picture of the first page.
	pdftoppm -r 60 -f 1 -l 1 -png -singlefile paper/paper.pdf paper/page1
	echo "paper: paper/paper.pdf, paper/page1.png"
fi
