#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest (GUI tests on the offscreen platform).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IITALENT_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
cd "$build"
ctest --output-on-failure --timeout 300 "$@"
