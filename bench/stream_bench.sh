#!/usr/bin/env bash
# The streaming benchmark (issue 17): one pass of sae.Scatter over rows
# generated on the fly (n = 784 columns), against numpy accumulating XᵀX by
# blocks and scikit-learn's IncrementalPCA, each run alone under
# /usr/bin/time -v for its peak resident memory; then a pass over float32
# IDX shards on disk, checked against numpy on the same files. Writes one
# JSON line a run to $OUT/stream.jsonl and prints the table for
# bench/RESULTS.md.
#
#   bench/stream_bench.sh                          # the default sizes
#   GO_ROWS="100000 1000000" NUMPY_ROWS=100000 SKLEARN_ROWS= bench/stream_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3 # Debian's, with numpy and scikit-learn
OUT=${BENCH_OUT:-out/bench}
GO_ROWS=${GO_ROWS:-"100000 1000000 10000000"}
GEN_ROWS=${GEN_ROWS:-"100000 1000000"}
NUMPY_ROWS=${NUMPY_ROWS:-"100000 1000000"}
SKLEARN_ROWS=${SKLEARN_ROWS:-"100000"}
IDX_ROWS=${IDX_ROWS:-100000}
mkdir -p "$OUT"
J=$OUT/stream.jsonl
: >"$J"
BIN=$OUT/streambench
go build -o "$BIN" ./bench/stream

# run LABEL CMD...: runs CMD under /usr/bin/time -v and appends its JSON
# line with the peak RSS and the load average before it.
run() {
	local load tv line
	load=$(cut -d' ' -f1 /proc/loadavg)
	tv=$(mktemp)
	line=$(/usr/bin/time -v -o "$tv" "$@")
	local rss
	rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
	rm -f "$tv"
	echo "${line%\}}, \"rss_kb\": $rss, \"load\": $load}" | tee -a "$J"
}

for r in $GO_ROWS; do run "$BIN" -mode scatter -rows "$r"; done
for r in $GEN_ROWS; do run "$BIN" -mode gen -rows "$r"; done
for r in $NUMPY_ROWS; do run $PY bench/stream_bench.py --mode numpy --rows "$r"; done
for r in $GEN_ROWS; do run $PY bench/stream_bench.py --mode gen --rows "$r"; done
for r in $SKLEARN_ROWS; do run $PY bench/stream_bench.py --mode sklearn --rows "$r"; done
run "$BIN" -mode inmemory -rows "${GO_ROWS%% *}"

# Shards on disk: written, streamed, checked against numpy on the same files.
D=$OUT/stream-shards
rm -rf "$D"
"$BIN" -mode write -rows "$IDX_ROWS" -shard-rows $((IDX_ROWS / 4)) -out "$D" >/dev/null
line=$(run "$BIN" -mode idx -in "$D/*.idx")
top=$(echo "$line" | $PY -c 'import json,sys; print(json.dumps(json.loads(sys.stdin.read())["top"]))')
run $PY bench/stream_bench.py --mode idxcheck --in "$D/*.idx" --go-top "$top"
rm -rf "$D"
$PY bench/stream_bench.py --table "${BENCH_ROUNDS_JSONL:-$J}"
