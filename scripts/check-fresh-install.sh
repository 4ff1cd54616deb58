#!/usr/bin/env bash
# Installs the package scripts/package.sh built into a fresh, minimal Debian 12 (made with
# mmdebstrap in a temporary folder, as root) and runs it there: what `apt-get install ./deb` pulls
# in on a machine that has none of the build's packages. Not part of scripts/test.sh (it downloads
# about 150 MB); run it before a release.
#
# The fresh root gets its packages from wherever this machine's apt gets them: its Debian 12
# entries (suites bookworm, bookworm-updates and bookworm-security, component main, type deb) are
# taken from the sources apt reads (sources.list and sources.list.d/, one-line *.list or deb822
# *.sources files), with their options, and the keyrings their Signed-By names are copied into the
# new root. apt's proxy settings, if any, go along too. No mirror is named here.
#
#   sudo scripts/check-fresh-install.sh [PACKAGE.deb]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls "${IITALENT_BUILD_DIR:-$root/build}"/package/iitalent_*_amd64.deb | head -1)}"
[ "$(id -u)" -eq 0 ] || { echo "check-fresh-install: run it as root (mmdebstrap and chroot)" >&2; exit 1; }
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap

work="$(mktemp -d)"
chmod 755 "$work"  # apt downloads as the user _apt, into the new root
chroot_dir="$work/root"
cleanup() {
  umount "$chroot_dir/proc" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Where this machine's apt reads its sources (apt-config also follows APT_CONFIG).
sourcelist=/etc/apt/sources.list sourceparts=/etc/apt/sources.list.d/
eval "$(apt-config shell sourcelist Dir::Etc::sourcelist/f sourceparts Dir::Etc::sourceparts/d)"
oneline=()
deb822=()
[ -r "$sourcelist" ] && oneline+=("$sourcelist")
for f in "$sourceparts"*.list; do [ -r "$f" ] && oneline+=("$f"); done
for f in "$sourceparts"*.sources; do [ -r "$f" ] && deb822+=("$f"); done

# Keeps the Debian 12 entries: one-line ones go to machine.list, deb822 ones to machine.sources,
# the keyring files named by their signed-by/Signed-By to keyrings; prints how many entries are
# for the suite bookworm itself, and "https" if any entry's address is an https one.
awk -v list="$work/machine.list" -v sources="$work/machine.sources" -v keys="$work/keyrings" '
  BEGIN { wanted["bookworm"] = wanted["bookworm-updates"] = wanted["bookworm-security"] = 1 }
  function keyfiles(value,   n, i, k) {
    if (value ~ /BEGIN PGP/) return  # a key written into the entry itself
    gsub(/"/, "", value)
    n = split(value, k, /[ ,\t\n]+/)
    for (i = 1; i <= n; i++) if (k[i] ~ /^\//) print k[i] > keys
  }
  function uses(uris) { if (uris ~ /(^|[ \t\n])https:/) https = 1 }
  function has(words, word,   n, i, w) {
    n = split(words, w, /[ \t\n]+/)
    for (i = 1; i <= n; i++) if (w[i] == word) return 1
    return 0
  }
  function lower(s) { return tolower(s) }
  # one line: deb [ options ] uri suite component...
  function one_line(line,   opts, end, n, f, o, i) {
    sub(/#.*/, "", line)
    if (line !~ /^[ \t]*deb[ \t]/) return
    sub(/^[ \t]*deb[ \t]+/, "", line)
    opts = ""
    if (line ~ /^\[/) {
      end = index(line, "]")
      if (!end) return
      opts = substr(line, 1, end)
      line = substr(line, end + 1)
    }
    sub(/^[ \t]+/, "", line)
    sub(/[ \t]+$/, "", line)
    n = split(line, f, /[ \t]+/)
    if (n < 3 || !(f[2] in wanted)) return
    for (i = 3; i <= n && f[i] != "main"; i++) ;
    if (i > n) return
    print "deb " (opts == "" ? "" : opts " ") f[1] " " f[2] " main" > list
    if (f[2] == "bookworm") base++
    uses(f[1])
    n = split(substr(opts, 2, length(opts) - 2), o, /[ \t]+/)
    for (i = 1; i <= n; i++) if (o[i] ~ /^signed-by=/) keyfiles(substr(o[i], 11))
  }
  # deb822: a stanza of "Field: value" lines, continued by lines starting with a blank
  function stanza(   i, suites, n, s, kept, isbase) {
    if (fields == 0) return
    if (lower(value["enabled"]) != "no" && has(value["types"], "deb") &&
        has(value["components"], "main")) {
      n = split(value["suites"], s, /[ \t\n]+/)
      kept = ""
      for (i = 1; i <= n; i++) if (s[i] in wanted) {
        kept = kept (kept == "" ? "" : " ") s[i]
        if (s[i] == "bookworm") isbase = 1
      }
      if (kept != "") {
        printf "Types: deb\nURIs: %s\nSuites: %s\nComponents: main\n", value["uris"], kept > sources
        for (i = 1; i <= fields; i++)
          if (!(name[i] in skip)) print text[i] > sources
        print "" > sources
        if (isbase) base++
        uses(value["uris"])
        if ("signed-by" in value) keyfiles(value["signed-by"])
      }
    }
    for (i = 1; i <= fields; i++) delete value[name[i]]
    fields = 0
  }
  BEGIN { skip["types"] = skip["uris"] = skip["suites"] = skip["components"] = skip["enabled"] = 1 }
  FNR == 1 { stanza() }
  FILENAME !~ /\.sources$/ { one_line($0); next }
  /^#/ { next }
  /^[ \t]*$/ { stanza(); next }
  /^[ \t]/ && fields > 0 {
    text[fields] = text[fields] "\n" $0
    value[name[fields]] = value[name[fields]] "\n" $0
    next
  }
  /^[^:]+:/ {
    fields++
    name[fields] = lower(substr($0, 1, index($0, ":") - 1))
    text[fields] = $0
    value[name[fields]] = substr($0, index($0, ":") + 1)
    sub(/^[ \t]+/, "", value[name[fields]])
  }
  END { stanza(); print base + 0; if (https) print "https" }
' "${oneline[@]}" "${deb822[@]}" /dev/null >"$work/found"

if [ "$(head -1 "$work/found")" -eq 0 ]; then
  echo "check-fresh-install: this machine's apt sources ($sourcelist, $sourceparts) have no Debian 12 entry (type deb, suite bookworm, component main) to make the fresh root from, so add one there first" >&2
  exit 1
fi
mirrors=()
for f in "$work/machine.list" "$work/machine.sources"; do [ -s "$f" ] && mirrors+=("$f"); done
options=()
if [ -s "$work/keyrings" ]; then
  sort -u -o "$work/keyrings" "$work/keyrings"
  while IFS= read -r key; do
    [ -r "$key" ] || { echo "check-fresh-install: $key, named by Signed-By in this machine's apt sources, cannot be read" >&2; exit 1; }
  done <"$work/keyrings"
  sed 's|^/||' "$work/keyrings" | tar -C / -chf "$work/keyrings.tar" -T -
  options+=(--setup-hook="tar-in $work/keyrings.tar /")
fi
grep -qx https "$work/found" && options+=(--include=ca-certificates)
while IFS= read -r proxy; do options+=(--aptopt="$proxy"); done \
  < <(apt-config dump | grep -E '^Acquire::(https?|ftp)::Proxy' || true)

mmdebstrap --variant=apt "${options[@]}" bookworm "$chroot_dir" "${mirrors[@]}"
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
