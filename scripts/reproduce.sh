#!/usr/bin/env bash
# The main job: build the Go kernel, register it in a private Jupyter data
# directory, execute every notebook headless through real Jupyter (nbclient)
# with progress, write every figure to notebooks/figures/, each notebook's
# results (claims, quoted numbers, figures; see notebooks/README.md) to
# out/results/ and the executed notebooks to out/notebooks/, then print a
# table of every check. Exits non-zero when a cell errors, a check fails or
# a notebook records no results.
#
#   scripts/reproduce.sh          default (faithful, smaller) settings, a few minutes
#   scripts/reproduce.sh --full   the full-size settings of the reference experiments
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

full=""
for arg in "$@"; do
	case "$arg" in
	--full) full=1 ;;
	*) echo "usage: $0 [--full]" >&2; exit 2 ;;
	esac
done

scripts/setup.sh

echo "reproduce: building the kernel"
mkdir -p out
scripts/build_kernel.sh
export JUPYTER_DATA_DIR="$root/out/jupyter"
bin/linae-kernel install

bin/linae-kernel version
export LINAE_FULL="$full"
start=$(date +%s)
status=0
/usr/bin/python3 scripts/run_notebooks.py --kernel linae-go --out out/notebooks --results out/results notebooks/[0-9]*.ipynb || status=$?
echo "reproduce: $(($(date +%s) - start)) s; figures in notebooks/figures/, results in out/results/, executed notebooks in out/notebooks/"
exit $status
