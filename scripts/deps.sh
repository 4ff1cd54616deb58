#!/usr/bin/env bash
# Installs the Debian 12 packages iitalent needs to build, test and run, and nothing else.
# Only what is missing is installed; on a machine that has everything this is a no-op.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libqt6sql6-psql libpq-dev postgresql-15
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  nlohmann-json3-dev catch2 libsqlite3-dev sqlite3
  fonts-noto-cjk fonts-wqy-microhei xvfb xauth poppler-utils openbox xdotool x11-utils
  qt6-translations-l10n clang-format
  dpkg-dev file gzip man-db lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "iitalent: installing missing packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "iitalent: these packages are missing and I am not root: ${missing[*]}" >&2
    exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
