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
seconds=$(($(date +%s) - start))
# What made these results, for the write-up's reproducibility block (paper/).
/usr/bin/python3 - "$seconds" "$status" "$full" <<'PY' || true
import json, os, subprocess, sys
def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "")
json.dump({
    "command": "scripts/reproduce.sh" + (" --full" if sys.argv[3] else ""),
    "seconds": int(sys.argv[1]),
    "status": int(sys.argv[2]),
    "commit": run("git", "rev-parse", "HEAD"),
    "modified": run("git", "status", "--porcelain", "--untracked-files=no") != "",
    "go": run("go", "env", "GOVERSION"),
    "cpu": cpu,
    "cores": os.cpu_count(),
    "finished": run("date", "-u", "+%Y-%m-%dT%H:%M:%SZ"),
}, open("out/run.json", "w"), indent=2)
PY
echo "reproduce: $seconds s; figures in notebooks/figures/, results in out/results/, executed notebooks in out/notebooks/, run record out/run.json"
exit $status
