#!/usr/bin/env bash
# The training benchmarks' rates at two revisions, side by side: bench/rates
# (this checkout's copy of it, so both sides run the same program) built
# against each revision's library, then run alternately, BASE then NEW, in
# each round and for each number of threads; the load average is recorded
# with every line. Prints a Markdown table of each benchmark's best rate per
# revision (wall-clock and per processor-second, and as a share of DGEMM's
# in the same runs); the raw lines go to $OUT/rates.jsonl.
#
#   bench/rates.sh                      # main against the checkout's HEAD
#   bench/rates.sh BASE NEW             # two revisions
#   ROUNDS=5 THREADS="2 1" bench/rates.sh
#   ONLY=dgemm,ufldl bench/rates.sh       # some benchmarks (see bench/rates)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-main}
NEW=${2:-HEAD}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-"2 1"}
OUT=${BENCH_OUT:-out/bench}
mkdir -p "$OUT"
J=$OUT/rates.jsonl
: >"$J"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for side in base new; do
	rev=$BASE
	[ "$side" = new ] && rev=$NEW
	mkdir -p "$T/$side"
	git archive "$rev" | tar -x -C "$T/$side"
	mkdir -p "$T/$side/bench/rates"
	cp bench/rates/main.go "$T/$side/bench/rates/"
	(cd "$T/$side" && go build -o "$T/rates-$side" ./bench/rates)
	echo "$side: $rev = $(git rev-parse --short "$rev")" >&2
done
for round in $(seq "$ROUNDS"); do
	for threads in $THREADS; do
		for side in base new; do
			echo "round $round, $threads thread(s), $side, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
			GOMAXPROCS=$threads "$T/rates-$side" ${ONLY:+-only "$ONLY"} | while read -r line; do
				echo "{\"side\": \"$side\", \"round\": $round, \"threads\": $threads, ${line#\{}"
			done >>"$J"
		done
	done
done
/usr/bin/python3 - "$J" "$BASE" "$NEW" <<'PYEOF'
import json, sys
path, base, new = sys.argv[1:]
rows = [json.loads(l) for l in open(path)]
best = {}
loads = [float(r["load"].split()[0]) for r in rows]
for r in rows:
    k = (r["name"], r["threads"], r["side"])
    b = best.setdefault(k, {"wall": 1e300, "cpu": 1e300, "gflop": r["gflop"]})
    b["wall"] = min(b["wall"], r["wall_min"])
    # Processor time: the mean over a run's calls where the record has it
    # (a running thread's time is counted at clock ticks, too coarse for
    # one short call), else the fastest call's.
    b["cpu"] = min(b["cpu"], r.get("cpu_mean", r["cpu_min"]))
print(f"Load average (1 min) during the runs: {min(loads):.1f} to {max(loads):.1f}. Best of "
      f"{max(r['round'] for r in rows)} rounds, each the fastest of its calls in wall time and the mean "
      f"of its calls in processor time; base = {base}, new = {new}.\n")
print("| benchmark | threads | base: GFLOP/s | new: GFLOP/s | new/base (wall) | base: GFLOP/cpu-s | new: GFLOP/cpu-s | base: % of DGEMM (wall; cpu-s) | new: % of DGEMM (wall; cpu-s) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
names = []
for r in rows:
    if r["name"] not in names:
        names.append(r["name"])
for threads in sorted({r["threads"] for r in rows}, reverse=True):
    for name in names:
        b, n = best.get((name, threads, "base")), best.get((name, threads, "new"))
        if not b or not n:
            continue
        db, dn = best.get(("dgemm", threads, "base")), best.get(("dgemm", threads, "new"))
        def rate(x, t):
            return x["gflop"] / x[t]
        def share(x, d):
            if d is None:
                return "—"
            return f"{rate(x, 'wall') / rate(d, 'wall'):.0%}; {rate(x, 'cpu') / rate(d, 'cpu'):.0%}"
        print(f"| {name} | {threads} | {rate(b, 'wall'):.1f} | {rate(n, 'wall'):.1f} | {b['wall'] / n['wall']:.2f} | "
              f"{rate(b, 'cpu'):.1f} | {rate(n, 'cpu'):.1f} | {share(b, db)} | {share(n, dn)} |")
PYEOF
