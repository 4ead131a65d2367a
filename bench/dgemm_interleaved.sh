#!/usr/bin/env bash
# DGEMM 2000×2000·2000×2000, interleaved: each round times package gemm's AVX-512 and
# AVX2 micro-kernels (go test -bench, switched by the tests' path switch),
# then numpy with OpenBLAS choosing its own kernels (OPENBLAS_CORETYPE and
# OPENBLAS_L2_SIZE unset in that command alone), then numpy with the
# environment as it is; so a drift in the machine's speed, or another
# process's load, falls on all of them alike. Prints one line a
# measurement, in GFLOP per second of wall time and per second of processor
# time (user and system, all threads: on a machine shared with other work
# the second is diluted less by it; OpenBLAS's idle threads spin, and count),
# and the load average before each round. GOMAXPROCS and OpenBLAS's threads
# are the number of processors unless OPENBLAS_NUM_THREADS or GOMAXPROCS
# are set.
#
#   bench/dgemm_interleaved.sh [rounds]     # default 5 rounds; n = 2000, BenchmarkDgemm's size
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
N=2000
PY=/usr/bin/python3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
go test -c -o "$T/gemm.test" ./backend/gemm
cat >"$T/np.py" <<PYEOF
import time, numpy as np
from threadpoolctl import threadpool_info
n = $N
rng = np.random.default_rng(1)
a, b = rng.random((n, n)), rng.random((n, n))
a @ b
t, c = time.perf_counter(), time.process_time()
for _ in range(5):
    a @ b
t, c = (time.perf_counter() - t) / 5, (time.process_time() - c) / 5
arch = ",".join(i.get("architecture", "?") for i in threadpool_info() if i["user_api"] == "blas")
print(f"numpy ({arch} kernels): {2 * n**3 / t / 1e9:.1f} GFLOP/s, {2 * n**3 / c / 1e9:.1f} GFLOP/cpu-s (mean of 5)")
PYEOF
for ((r = 1; r <= ROUNDS; r++)); do
	echo "round $r, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	"$T/gemm.test" -test.run '^$' -test.bench "^BenchmarkDgemm/$N/gemm/(AVX-512|AVX2-FMA)\$" -test.benchtime 5x |
		awk '/^BenchmarkDgemm/ {k = ($1 ~ /AVX-512/) ? "AVX-512" : "AVX2/FMA"; printf "go %s: %s GFLOP/s, %s GFLOP/cpu-s (mean of 5)\n", k, $7, $5}'
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PY" "$T/np.py"
	"$PY" "$T/np.py"
done
