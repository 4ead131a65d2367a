#!/usr/bin/env bash
# The machine's FMA peak, each micro-kernel's share of it, and DGEMM
# 2000³ of package gemm's AVX-512 and AVX2 kernels against numpy
# (OpenBLAS's own choice of kernels, and the environment's), interleaved;
# writes bench/KERNELS.md (about 3 minutes on 2 cores).
#
#   bench/kernels.sh            # 3 rounds of each DGEMM comparison
#   KERNELS_ROUNDS=5 bench/kernels.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${KERNELS_MD:-bench/KERNELS.md}
ROUNDS=${KERNELS_ROUNDS:-3}
PY=/usr/bin/python3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
before=$(load)
go test -count=1 -run '^$' -bench 'FMAPeak|KernelShare' -cpu 1 ./backend/gemm/ | grep -E '^Benchmark' >"$T/peak.txt"
bench/dgemm_interleaved.sh "$ROUNDS" >"$T/two.txt"
GOMAXPROCS=1 OPENBLAS_NUM_THREADS=1 bench/dgemm_interleaved.sh "$ROUNDS" >"$T/one.txt"
after=$(load)

"$PY" - "$T" "$OUT" "$ROUNDS" "$before" "$after" <<'PYEOF'
import re, statistics, subprocess, sys
t, out, rounds, before, after = sys.argv[1:]
def metric(line, unit):
    m = re.search(r"([\d.]+) " + re.escape(unit), line)
    return float(m.group(1)) if m else None
peak = {}
for line in open(f"{t}/peak.txt"):
    name = line.split()[0].removeprefix("Benchmark")
    peak[name] = metric(line, "GFLOP/cpu-s")
def dgemm(path):
    rows = {}
    for line in open(path):
        if ":" not in line or line.startswith("round"):
            continue
        label = line.split(":")[0]
        rows.setdefault(label, []).append((metric(line, "GFLOP/s"), metric(line, "GFLOP/cpu-s")))
    return {k: (statistics.median(a for a, _ in v), statistics.median(b for _, b in v)) for k, v in rows.items()}
two, one = dgemm(f"{t}/two.txt"), dgemm(f"{t}/one.txt")
cpu = open("/proc/cpuinfo").read()
model = re.search(r"model name\s*:\s*(.*)", cpu).group(1)
family = re.search(r"cpu family\s*:\s*(\d+)", cpu).group(1)
go = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.split()[2]
w = open(out, "w")
w.write("# FMA peak, micro-kernels, and DGEMM against numpy, interleaved\n\n")
w.write("Written by `bench/kernels.sh`; do not edit by hand. GFLOP/cpu-s is GFLOP per second of processor\n"
        "time (user and system, all threads) of the process: on a machine shared with other work it is\n"
        "diluted far less than GFLOP per wall-clock second, which is also given. OpenBLAS's idle threads\n"
        "spin, and count, so with two threads numpy's GFLOP/cpu-s is a lower bound; single-threaded,\n"
        "both are exact.\n\n")
w.write(f"- Machine: {model} (family {family}), {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} processors; {go}\n")
w.write(f"- Load average before: {before}; after: {after}\n")
w.write(f"- DGEMM: {rounds} round(s), each package gemm's two kernels (go test -bench, mean of 5 products), then numpy with\n"
        "  OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (OpenBLAS's own choice), then numpy as the environment is\n"
        "  (mean of 5); medians over the rounds.\n\n")
w.write("## FMA peak of one core, and the micro-kernels alone (k = 256, panels in L1)\n\n")
w.write("| loop | GFLOP/cpu-s | share of its width's peak |\n|---|---:|---:|\n")
ymm, zmm = peak.get("FMAPeak/YMM/chains=12"), peak.get("FMAPeak/ZMM/chains=12")
for name, v in peak.items():
    share = ""
    if name.startswith("KernelShare/AVX2") and ymm:
        share = f"{v / ymm:.0%}"
    elif name.startswith("KernelShare/AVX-512") and zmm:
        share = f"{v / zmm:.0%}"
    w.write(f"| {name} | {v:.1f} | {share} |\n")
w.write("\nWith 4 chains the loop is bound by the FMA latency, not by the units: ZMM with 4 chains runs at\n"
        "YMM's peak, which is how a test with too few accumulators finds ZMM no faster than YMM.\n")
for title, d in (("two threads (GOMAXPROCS and OpenBLAS's threads = processors)", two),
                 ("one thread (GOMAXPROCS=1, OPENBLAS_NUM_THREADS=1)", one)):
    w.write(f"\n## DGEMM 2000³, {title}\n\n| implementation | GFLOP/s | GFLOP/cpu-s | GFLOP/cpu-s ÷ numpy's on its own kernels | GFLOP/cpu-s ÷ one core's ZMM peak |\n|---|---:|---:|---:|---:|\n")
    ref = next((v[1] for k, v in d.items() if k.startswith("numpy") and "Haswell" not in k), None)
    for k, (g, c) in d.items():
        w.write(f"| {k} | {g:.1f} | {c:.1f} | {c / ref:.2f} | {c / zmm:.0%} |\n")
w.write("\nRaw output:\n\n```\n")
for f in ("peak", "two", "one"):
    w.write(open(f"{t}/{f}.txt").read())
w.write("```\n")
PYEOF
echo "bench: wrote $OUT" >&2
