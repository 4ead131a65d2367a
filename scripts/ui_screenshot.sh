#!/usr/bin/env bash
# The web-UI check: the notebooks open and run in the Jupyter Notebook web UI.
# Builds the Go kernel and registers it in a private Jupyter data directory,
# starts Debian's notebook server on loopback with a random token, on a COPY
# of the notebook in a temporary notebook-dir (the UI autosaves, and the
# committed notebook must not change), then drives Debian's headless Chromium
# with playwright-core (scripts/ui/screenshot.mjs) through it: the notebook's
# linae-go kernel, Cell → Run All, wait until every cell ran and the kernel is
# idle, check there is no error output and an inline figure, and save
#   out/ui/notebook.png          the notebook UI scrolled to the first figure
#   out/ui/notebook-figure.png   that figure's output area alone
#   out/ui/server.log            the server's log, with the kernel's stderr
# It prints a one-line summary and exits non-zero when anything fails. The
# server, the kernel and the browser are stopped on exit.
#
#   scripts/ui_screenshot.sh [NOTEBOOK]   default notebooks/03-linearization.ipynb (about 1 min)
#
# LINAE_UI_TIMEOUT (seconds, default 900) bounds the notebook's run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

notebook=${1:-notebooks/03-linearization.ipynb}
[ $# -le 1 ] || { echo "usage: $0 [NOTEBOOK]" >&2; exit 2; }
[ -f "$notebook" ] || { echo "ui: no notebook $notebook" >&2; exit 2; }
kernel=linae-go
outdir="$root/out/ui"
timeout=${LINAE_UI_TIMEOUT:-900}

# What this check needs beyond scripts/setup.sh (Go modules, Jupyter):
# Debian's Chromium and Node.js with npm. Nothing downloads a browser build:
# playwright-core drives /usr/bin/chromium.
scripts/setup.sh
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	echo "ui: installing Debian packages: ${need[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
for f in /usr/bin/jupyter-notebook /usr/bin/chromium /usr/bin/python3; do
	[ -x "$f" ] || { echo "ui: $f is missing (apt-get install jupyter-notebook chromium)" >&2; exit 1; }
done

echo "ui: installing playwright-core (scripts/ui, npm ci)"
(cd scripts/ui && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

echo "ui: building the kernel"
mkdir -p "$outdir"
scripts/build_kernel.sh

tmp=$(mktemp -d "${TMPDIR:-/tmp}/linae-ui.XXXXXX")
server_pid=""
node_pid=""
port=""
token=""

# cleanup stops, in order, the browser driver (Playwright closes Chromium with
# it), the notebook server (asked through its API first, so that it shuts its
# kernels down itself), and any kernel still running on a connection file in
# this run's private runtime directory; then removes the temporary tree.
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
		kill "$node_pid" 2>/dev/null || true
		wait "$node_pid" 2>/dev/null || true
	fi
	if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
		/usr/bin/python3 - "$port" "$token" <<-'EOF' 2>/dev/null || true
			import sys, urllib.request
			port, token = sys.argv[1], sys.argv[2]
			req = urllib.request.Request(f"http://127.0.0.1:{port}/api/shutdown",
			                             method="POST", headers={"Authorization": f"token {token}"})
			urllib.request.urlopen(req, timeout=5).read()
		EOF
		for _ in $(seq 1 40); do
			kill -0 "$server_pid" 2>/dev/null || break
			sleep 0.25
		done
		if kill -0 "$server_pid" 2>/dev/null; then
			kill "$server_pid" 2>/dev/null || true
			sleep 2
			kill -9 "$server_pid" 2>/dev/null || true
		fi
		wait "$server_pid" 2>/dev/null || true
	fi
	# Jupyter starts kernels in their own session, so a server that died hard
	# can leave one behind; it is found by this run's unique runtime path.
	local left
	left=$(pgrep -f -- "$tmp/runtime/" || true)
	if [ -n "$left" ]; then
		echo "ui: stopping a kernel the server left running: $left" >&2
		kill $left 2>/dev/null || true
	fi
	rm -rf "$tmp"
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A private Jupyter: kernelspec, config and runtime files under $tmp, so that
# nothing of the user's Jupyter set-up is read or changed.
export JUPYTER_DATA_DIR="$tmp/data" JUPYTER_CONFIG_DIR="$tmp/config" JUPYTER_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$JUPYTER_DATA_DIR" "$JUPYTER_CONFIG_DIR" "$JUPYTER_RUNTIME_DIR" "$tmp/notebooks" "$tmp/profile"
bin/linae-kernel install >/dev/null
cp "$notebook" "$tmp/notebooks/"
nbname=$(basename "$notebook")

# A free loopback port and a random token.
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(24))')

allow_root=()
[ "$(id -u)" -ne 0 ] || allow_root=(--allow-root)
log="$outdir/server.log"
echo "ui: starting the notebook server on 127.0.0.1:$port (log: out/ui/server.log)"
/usr/bin/jupyter-notebook --no-browser --ip=127.0.0.1 --port="$port" --port-retries=0 \
	--NotebookApp.token="$token" --notebook-dir="$tmp/notebooks" "${allow_root[@]}" \
	</dev/null >"$log" 2>&1 &
server_pid=$!

# Ready when the API answers and lists our kernel.
ready=""
for _ in $(seq 1 120); do
	if ! kill -0 "$server_pid" 2>/dev/null; then
		echo "ui: FAIL: the notebook server exited; its log:" >&2
		cat "$log" >&2
		exit 1
	fi
	if /usr/bin/python3 - "$port" "$token" "$kernel" <<-'EOF' 2>/dev/null; then
		import json, sys, urllib.request
		port, token, kernel = sys.argv[1:]
		req = urllib.request.Request(f"http://127.0.0.1:{port}/api/kernelspecs",
		                             headers={"Authorization": f"token {token}"})
		specs = json.load(urllib.request.urlopen(req, timeout=2))["kernelspecs"]
		sys.exit(0 if kernel in specs else 3)
	EOF
		ready=1
		break
	fi
	sleep 0.5
done
if [ -z "$ready" ]; then
	echo "ui: FAIL: the notebook server did not answer within 60 s, or does not list the $kernel kernel; its log:" >&2
	cat "$log" >&2
	exit 1
fi
echo "ui: server up"

rm -f "$outdir/notebook.png" "$outdir/notebook-figure.png"
status=0
UI_BASE_URL="http://127.0.0.1:$port" UI_TOKEN="$token" UI_NOTEBOOK="$nbname" UI_KERNEL="$kernel" \
	UI_OUT="$outdir/notebook.png" UI_PROFILE="$tmp/profile" UI_CHROMIUM=/usr/bin/chromium UI_TIMEOUT_S="$timeout" \
	node scripts/ui/screenshot.mjs &
node_pid=$!
wait "$node_pid" || status=$?
node_pid=""

# The kernel writes its own diagnostics to stderr, which the server logs:
# show them, and fail on a panic or a kernel the server had to restart.
if grep -q 'linae-kernel:' "$log"; then
	echo "ui: the kernel's log lines (from out/ui/server.log):"
	grep 'linae-kernel:' "$log" | sed 's/^/ui:   /'
fi
if grep -Eq 'linae-kernel: .*panic|KernelRestarter: restarting|[Kk]ernel died' "$log"; then
	echo "ui: FAIL: the kernel panicked or died (see out/ui/server.log)" >&2
	status=1
fi
if [ "$status" -eq 0 ]; then
	echo "ui: OK: screenshot in out/ui/notebook.png"
else
	echo "ui: FAIL (exit $status); server log in out/ui/server.log" >&2
fi
exit "$status"
