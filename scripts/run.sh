#!/usr/bin/env bash
# Installs what is missing, builds, and starts the iitalent GUI. Arguments are passed to iitalent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${IITALENT_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<MSG
iitalent: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot be shown.
Built: $build/bin/iitalent
To run it on a virtual display:  xvfb-run -a $build/bin/iitalent
The command line works without a display:  $build/bin/iitalent-cli roles
MSG
  exit 2
fi
exec "$build/bin/iitalent" "$@"
