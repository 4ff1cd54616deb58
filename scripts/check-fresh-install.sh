#!/usr/bin/env bash
# Installs the package scripts/package.sh built into a fresh, minimal Debian 12 (made with
# mmdebstrap in a temporary folder, as root) and runs it there: what `apt-get install ./deb` pulls
# in on a machine that has none of the build's packages. Not part of scripts/test.sh (it downloads
# about 150 MB from Debian's mirrors); run it before a release.
#
#   sudo scripts/check-fresh-install.sh [PACKAGE.deb]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls "${IITALENT_BUILD_DIR:-$root/build}"/package/iitalent_*_amd64.deb | head -1)}"
[ "$(id -u)" -eq 0 ] || { echo "check-fresh-install: run it as root (mmdebstrap and chroot)" >&2; exit 1; }
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap
chroot_dir="$(mktemp -d)"
cleanup() {
  umount "$chroot_dir/proc" 2>/dev/null || true
  rm -rf "$chroot_dir"
}
trap cleanup EXIT
mmdebstrap --variant=apt bookworm "$chroot_dir" \
  "deb http://deb.debian.org/debian bookworm main" \
  "deb http://deb.debian.org/debian bookworm-updates main" \
  "deb http://deb.debian.org/debian-security bookworm-security main"
cp "$deb" "$chroot_dir/root/iitalent.deb"
mount -t proc proc "$chroot_dir/proc"
chroot "$chroot_dir" bash -euo pipefail -c '
  export HOME=/root DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq /root/iitalent.deb
  iitalent-cli --version
  test "$(iitalent-cli roles | grep -Ec "^  [0-9]{2}  ")" -eq 41
  id="$(iitalent-cli new --role 24 --mode self --subject 张三)"
  iitalent-cli rate "$id" 24.a.1 3
  iitalent-cli report "$id" --format pdf --out /root/report.pdf
  test -s /root/report.pdf
  iitalent --version
  QT_QPA_PLATFORM=offscreen timeout 60 iitalent --exit-when-shown
'
echo "check-fresh-install: $deb installs and runs on a fresh Debian 12"
