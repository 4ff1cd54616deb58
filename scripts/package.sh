#!/usr/bin/env bash
# Builds the Debian package of iitalent, build/package/iitalent_<version>_amd64.deb, with CPack's
# DEB generator from the install rules (dist/CMakeLists.txt); prints its path. Builds first, like
# scripts/run.sh. Install it with: sudo apt-get install ./build/package/iitalent_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IITALENT_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" >&2
cd "$build"
rm -f package/iitalent_*.deb
if ! cpack -G DEB --config CPackConfig.cmake >package.log 2>&1; then
  cat package.log >&2
  echo "iitalent: the package could not be built (the whole log is $build/package.log)" >&2
  exit 1
fi
ls "$build"/package/iitalent_*.deb
