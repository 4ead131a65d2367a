#!/usr/bin/env bash
# The machine's FMA peak, each micro-kernel's share of it, its memory
# bandwidth (STREAM's copy, scale, add and triad, and a read-only sum, on
# 1 and 2 threads), and DGEMM 2000³ of package gemm's AVX-512 and AVX2
# kernels against numpy (OpenBLAS's own choice of kernels, and the
# environment's), interleaved, and against OpenBLAS call by call in one
# process (bench/dgemmpair); writes bench/KERNELS.md (about 5 minutes on 2
# cores with KERNELS_ROUNDS=5).
#
#   bench/kernels.sh            # 3 rounds of each DGEMM comparison
#   KERNELS_ROUNDS=5 bench/kernels.sh
#   KERNELS_ONLY=bandwidth bench/kernels.sh   # only the bandwidth section, in place
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${KERNELS_MD:-bench/KERNELS.md}
ROUNDS=${KERNELS_ROUNDS:-3}
PY=/usr/bin/python3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
if [ "${KERNELS_ONLY:-}" != bandwidth ]; then
before=$(load)
go test -count=1 -run '^$' -bench 'FMAPeak|KernelShare' -cpu 1 ./backend/gemm/ | grep -E '^Benchmark' >"$T/peak.txt"
bench/dgemm_interleaved.sh "$ROUNDS" >"$T/two.txt"
GOMAXPROCS=1 OPENBLAS_NUM_THREADS=1 bench/dgemm_interleaved.sh "$ROUNDS" >"$T/one.txt"
# The same product alternated with OpenBLAS's call by call in one process
# (bench/dgemmpair), a run of each thread count a round.
CGO_ENABLED=1 CGO_LDFLAGS=-lopenblas go build -tags openblas -o "$T/dgemmpair" ./bench/dgemmpair
for ((r = 1; r <= ROUNDS; r++)); do
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$T/dgemmpair" -rounds 30 | tail -n 1 >>"$T/pair.txt"
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE GOMAXPROCS=1 OPENBLAS_NUM_THREADS=1 "$T/dgemmpair" -rounds 15 | tail -n 1 >>"$T/pair.txt"
done
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
w.write("# FMA peak, micro-kernels, memory bandwidth, and DGEMM against numpy, interleaved\n\n")
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
pairs = [l.strip() for l in open(f"{t}/pair.txt") if l.startswith("|")]
w.write("\n## DGEMM 2000³ alternated with OpenBLAS call by call in one process (`bench/dgemmpair`)\n\n"
        "Package gemm's Dgemm and OpenBLAS's (its own kernels) by turns on the same operands, each first every\n"
        "other round, a pause of 200 ms after each OpenBLAS call (its threads spin after a call and slow what\n"
        "runs next); one run of 30 rounds on all processors and one of 15 on one thread in each of the rounds\n"
        "above. A ratio is the median over a run's rounds of go's rate ÷ OpenBLAS's in the same round.\n\n"
        "| threads | rounds | go: GFLOP/s | OpenBLAS: GFLOP/s | go ÷ OpenBLAS | go: GFLOP/cpu-s | OpenBLAS: GFLOP/cpu-s | go ÷ OpenBLAS (cpu-s) | OpenBLAS's kernels |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
for l in sorted(pairs, key=lambda l: -int(l.split("|")[1])):
    w.write(l + "\n")
for th in sorted({int(l.split("|")[1]) for l in pairs}, reverse=True):
    rs = [l.split("|") for l in pairs if int(l.split("|")[1]) == th]
    w.write(f"\n{th} thread(s): median of the runs' ratios {statistics.median(float(r[5]) for r in rs):.3f} (wall), "
            f"{statistics.median(float(r[8]) for r in rs):.3f} (processor time); lowest {min(float(r[5]) for r in rs):.3f}.\n")
w.write("\nRaw output:\n\n```\n")
for f in ("peak", "two", "one"):
    w.write(open(f"{t}/{f}.txt").read())
w.write("```\n")
PYEOF
fi

# The bandwidth section, replaced in place in the file (with its own load
# averages and raw output), so that KERNELS_ONLY=bandwidth leaves the rest.
before=$(load)
go test -count=3 -run '^$' -bench MemoryBandwidth -benchtime 5x -cpu 1,2 ./backend/gemm/ | grep -E '^Benchmark' >"$T/bw.txt"
after=$(load)
"$PY" - "$T" "$OUT" "$before" "$after" <<'PYEOF'
import re, sys
t, out, before, after = sys.argv[1:]
bw = {}
for line in open(f"{t}/bw.txt"):
    # BenchmarkMemoryBandwidth/LOOP/KiB=SIZE[-THREADS]  N  T ns/op  RATE GB/s
    rate = float(line.split()[-2])
    name = line.split()[0].removeprefix("BenchmarkMemoryBandwidth/")
    threads = 1
    if re.search(r"-\d+$", name):
        name, threads = name.rsplit("-", 1)
    loop, size = name.split("/")
    kib = int(size.removeprefix("KiB="))
    bw.setdefault((loop, kib), {})
    bw[(loop, kib)][int(threads)] = max(bw[(loop, kib)].get(int(threads), 0), rate)
def size_name(kib):
    return f"{kib // 1048576} GiB" if kib >= 1048576 else f"{kib // 1024} MiB" if kib >= 1024 else f"{kib} KiB"
sec = ("## Memory bandwidth (`BenchmarkMemoryBandwidth`)\n\n"
       "STREAM's loops in Go over arrays of the given size each (split into one contiguous range a\n"
       "thread), bytes counted as STREAM counts them (each element read or written once; the line a\n"
       "store first reads is not counted); best of 15 repetitions (3 runs of 5). 1 GiB an array is far\n"
       "larger than the caches: that row is the memory's bandwidth. 256 KiB stays in L2, where the\n"
       "loops themselves are the limit; 16 MiB is one 2560×784 block of the linear losses.\n"
       f"Load average before: {before}; after: {after}.\n\n"
       "| loop | array size | GB/s, 1 thread | GB/s, 2 threads |\n|---|---:|---:|---:|\n")
order = ["copy", "scale", "add", "triad", "sum"]
for (loop, kib), v in sorted(bw.items(), key=lambda kv: (-kv[0][1], order.index(kv[0][0]))):
    sec += f"| {loop} | {size_name(kib)} | {v.get(1, float('nan')):.1f} | {v.get(2, float('nan')):.1f} |\n"
sec += "\n```\n" + open(f"{t}/bw.txt").read() + "```\n\n"
doc = open(out).read()
doc = re.sub(r"## Memory bandwidth.*?(?=^## |^Raw output:)", "", doc, flags=re.S | re.M)
m = re.search(r"^## DGEMM 2000³", doc, flags=re.M)
at = m.start() if m else len(doc)
open(out, "w").write(doc[:at] + sec + doc[at:])
PYEOF
echo "bench: wrote $OUT" >&2
