#!/usr/bin/env bash
# Installs what is missing, builds, builds the Debian package, and runs every test with ctest (GUI
# tests on the offscreen platform; check_package checks the package). The team store's tests get a
# throwaway PostgreSQL server (scripts/test-postgres.sh), stopped at the end whatever happens; when
# it cannot start they fail rather than skip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IITALENT_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
"$root/scripts/package.sh" >/dev/null
export IITALENT_TEST_PACKAGE_REQUIRED=1

export IITALENT_TEST_PG_REQUIRED=1
unset IITALENT_TEST_PG
if server="$("$root/scripts/test-postgres.sh" start)"; then
  pg_dir="$(sed -n 1p <<<"$server")"
  trap '"$root/scripts/test-postgres.sh" stop "$pg_dir"' EXIT
  export IITALENT_TEST_PG="$(sed -n 2p <<<"$server")"
else
  echo "iitalent: the PostgreSQL test server could not start; the team store's tests will fail" >&2
fi
cd "$build"
ctest --output-on-failure --timeout 300 -j2 "$@"
