#!/usr/bin/env bash
# The main job. Until the notebooks and the kernel land (issues 4 and 5), it
# runs the library's theory checks on synthetic spectra and real MNIST, and
# writes one example of every figure type, then prints a table of the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

out=${OUT:-out}
mkdir -p "$out/figures"
echo "reproduce: theory checks (science.md facts 1-7)"
log="$out/checks.log"
if go test -count=1 -run 'TestFact|TestDraft' -v ./sae/ >"$log" 2>&1; then status=0; else status=$?; fi
echo
printf '%-50s %s\n' "check" "result"
grep -E '^(--- )?(PASS|FAIL): Test' "$log" | sed -E 's/^--- //' | awk '{printf "%-50s %s %s\n", $2, $1, $3}'
echo
echo "reproduce: figures"
go run ./cmd/figures -out "$out/figures"
ls -1 "$out/figures"
echo "checks log: $log"
exit $status
