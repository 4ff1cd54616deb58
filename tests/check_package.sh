#!/usr/bin/env bash
# Checks the Debian package scripts/package.sh built (issue 13), as a user and Debian would see it:
# its control fields and dependencies, that every file lands under /usr with the usual owners and
# modes, the desktop entry, AppStream metainfo and MIME type through their validators (and the
# MIME type through GLib's gio, as a file manager sees files), the icons, the manual pages against
# the programs' --help, lintian, apt's view of its dependencies, and the programs taken out of the
# package with dpkg-deb -x: iitalent-cli --version, roles, export, and the window on the offscreen
# platform with --exit-when-shown.
#
#   check_package.sh BUILD_DIR SOURCE_DIR VERSION RELEASE_DATE APP_ID
#
# Without a package (or with one older than the build) it is skipped with exit status 77, unless
# IITALENT_TEST_PACKAGE_REQUIRED=1 (scripts/test.sh), which makes that a failure.
set -uo pipefail
build="$1" source="$2" version="$3" release_date="$4" id="$5"
deb="$(realpath -m "$build/package/iitalent_${version}_amd64.deb")" # apt wants a path, not a name

unusable() {
  if [ "${IITALENT_TEST_PACKAGE_REQUIRED:-}" = 1 ]; then echo "FAIL: $*"; exit 1; fi
  echo "SKIPPED: $* (scripts/package.sh builds the package; scripts/test.sh does it first)"
  exit 77
}
[ -f "$deb" ] || unusable "there is no $deb"
for program in iitalent iitalent-cli; do
  [ "$build/bin/$program" -nt "$deb" ] && unusable "$deb is older than $build/bin/$program"
done
newer="$(find "$source/dist" "$source/resources/icons" -newer "$deb" -type f | head -1)"
[ -z "$newer" ] || unusable "$deb is older than $newer"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
expect() { # expect DESCRIPTION COMMAND...: the command must succeed
  local what="$1"; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== control fields of $deb"
field() { dpkg-deb -f "$deb" "$1"; }
expect "Package is iitalent" test "$(field Package)" = iitalent
expect "Version is $version (project(VERSION))" test "$(field Version)" = "$version"
expect "Architecture is amd64" test "$(field Architecture)" = amd64
expect "Section is education" test "$(field Section)" = education
expect "Priority is optional" test "$(field Priority)" = optional
expect "Maintainer has a name and an address" grep -Eq '^[^<]+ <[^@>]+@[^>]+>$' <<<"$(field Maintainer)"
expect "Description has a synopsis and a long text" test "$(field Description | wc -l)" -ge 5
depends="$(field Depends)"
echo "Depends: $depends"
for dep in libc6 libstdc++6 libsqlite3-0 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
  libqt6svg6 libqt6printsupport6 libqt6sql6-sqlite "fonts-wqy-microhei | fonts-wqy-zenhei"; do
  expect "Depends on $dep" grep -Fxq "$dep" <<<"$(sed 's/, /\n/g; s/ ([^)]*)//g' <<<"$depends")"
done
recommends="$(field Recommends)"
for dep in libqt6sql6-psql qt6-translations-l10n fonts-noto-cjk; do
  expect "Recommends $dep" grep -Fxq "$dep" <<<"$(sed 's/, /\n/g; s/ ([^)]*)//g' <<<"$recommends")"
done
expect "apt can install it with its dependencies" \
  bash -c "apt-get -s -o Debug::NoLocking=1 --reinstall install '$deb' 2>&1 | grep -Eq '^(Inst|Reinst) iitalent '"

echo "== files"
dpkg-deb -c "$deb" >"$tmp/contents"
outside="$(awk '{print $6}' "$tmp/contents" | grep -Ev '^\./$|^\./usr/' || true)"
expect "every file lands under /usr" test -z "$outside"
expect "nothing under /usr/local" bash -c "! grep -q ' \./usr/local' '$tmp/contents'"
expect "every file belongs to root/root" bash -c "! awk '{print \$2}' '$tmp/contents' | grep -v '^root/root$'"
expect "directories are rwxr-xr-x" bash -c "! awk '/^d/ {print \$1}' '$tmp/contents' | grep -v '^drwxr-xr-x$'"
for program in iitalent iitalent-cli; do
  expect "/usr/bin/$program is rwxr-xr-x" grep -Eq "^-rwxr-xr-x .* \./usr/bin/$program$" "$tmp/contents"
done
expect "the other files are rw-r--r--" \
  bash -c "! awk '/^-/ && \$6 !~ /^\\.\\/usr\\/bin\\// {print \$1}' '$tmp/contents' | grep -v '^-rw-r--r--$'"
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
usr="$root/usr"
for f in bin/iitalent bin/iitalent-cli "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
  "share/mime/packages/$id.xml" "share/icons/hicolor/scalable/apps/$id.svg" share/man/man1/iitalent.1.gz \
  share/man/man1/iitalent-cli.1.gz share/doc/iitalent/copyright share/doc/iitalent/changelog.gz; do
  expect "/usr/$f is in the package" test -s "$usr/$f"
done
for program in iitalent iitalent-cli; do
  expect "$program is stripped" bash -c "file -b '$usr/bin/$program' | grep -q ', stripped'"
  expect "$program has no run path (Qt is found where Debian puts it)" \
    bash -c "! readelf -d '$usr/bin/$program' | grep -Eq 'RPATH|RUNPATH'"
done

echo "== desktop entry, metainfo, MIME type, icons"
desktop="$usr/share/applications/$id.desktop"
desktop-file-validate "$desktop" >"$tmp/dfv" 2>&1
status=$?
cat "$tmp/dfv"
expect "desktop-file-validate passes" test "$status" -eq 0
# The one hint it gives is the issue's own choice, Categories=Office;Education;Qt; (README explains).
expect "desktop-file-validate says nothing else" \
  bash -c "! grep -v 'contains more than one main category' '$tmp/dfv'"
expect "the desktop entry is named in Chinese and English" \
  bash -c "grep -q '^Name=iitalent$' '$desktop' && grep -q '^Name\\[zh_CN\\]=' '$desktop' &&
           grep -q '^Comment\\[zh_CN\\]=' '$desktop' && grep -q '^Keywords\\[zh_CN\\]=' '$desktop'"
metainfo="$usr/share/metainfo/$id.metainfo.xml"
expect "appstreamcli validate --no-net passes" appstreamcli validate --no-net "$metainfo"
expect "the metainfo has the release $version of $release_date" \
  grep -q "<release version=\"$version\" date=\"$release_date\">" "$metainfo"
expect "the metainfo has screenshots and a content rating" \
  bash -c "grep -q '<screenshot type=\"default\">' '$metainfo' && grep -q '<content_rating type=\"oars-1.1\"/>' '$metainfo'"
expect "the changelog's newest entry is $version" \
  bash -c "zcat '$usr/share/doc/iitalent/changelog.gz' | head -1 | grep -q '^iitalent ($version) '"
changelog_date="$(zcat "$usr/share/doc/iitalent/changelog.gz" | sed -n 's/^ -- .*>  //p' | head -1)"
expect "the changelog's newest entry is of $release_date" \
  test "$(date -u -d "$changelog_date" +%F 2>/dev/null)" = "$release_date"
expect "the copyright file is machine-readable" \
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' \
  "$usr/share/doc/iitalent/copyright"
for f in "applications/$id.desktop" "metainfo/$id.metainfo.xml" "mime/packages/$id.xml"; do
  expect "/usr/share/$f is the one the build wrote" cmp -s "$usr/share/$f" "$build/dist/$(basename "$f")"
done
expect "the SVG icon is the source's" cmp -s "$usr/share/icons/hicolor/scalable/apps/$id.svg" \
  "$source/resources/icons/iitalent.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
  expect "the ${size}x${size} icon is a PNG of that size" \
    bash -c "file -b '$png' | grep -q '^PNG image data, $size x $size, 8-bit/color RGBA'"
done

echo "== the programs from the package"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_RUNTIME_DIR="$tmp/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset IITALENT_DB IITALENT_CATALOG
cli="$usr/bin/iitalent-cli"
expect "iitalent-cli --version says $version" test "$("$cli" --version)" = "iitalent-cli $version"
expect "iitalent --version says $version" test "$("$usr/bin/iitalent" --version)" = "iitalent $version"
expect "iitalent --version needs no display" \
  test "$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$usr/bin/iitalent" --version 2>/dev/null)" = "iitalent $version"
"$cli" roles >"$tmp/roles"
codes="$(grep -Eo '^  [0-9]{2}  ' "$tmp/roles" | tr -d ' ' | sort -u | tr '\n' ' ')"
expect "iitalent-cli roles lists the 41 roles" test "$codes" = "$(seq -f '%02g' 1 41 | tr '\n' ' ')"
store="$tmp/store.sqlite"
assessment="$("$cli" --db "$store" new --role 05 --mode self --subject 张三)"
expect "iitalent-cli new stores an assessment" test -n "$assessment"
"$cli" --db "$store" rate "$assessment" 05.a.1 3 >/dev/null
"$cli" --db "$store" export "$assessment" --out "$tmp/export.iitalent.json"
expect "iitalent-cli export writes an exchange file" grep -q '"schema": "iitalent.assessment/1"' \
  "$tmp/export.iitalent.json"
timeout 60 "$usr/bin/iitalent" --exit-when-shown --db "$store" >"$tmp/gui.log" 2>&1
status=$?
cat "$tmp/gui.log"
expect "the window starts, shows itself and quits (--exit-when-shown)" test "$status" -eq 0
expect "the window's settings went to the temporary home" test -d "$XDG_CONFIG_HOME/iitalent"

echo "== the MIME type as a file manager sees it (GLib's gio with the package's type)"
if command -v gio >/dev/null && command -v update-mime-database >/dev/null; then
  # A type database of the package's type and the standard ones only (not the one installed).
  mkdir -p "$tmp/xdg/mime/packages"
  cp "$usr/share/mime/packages/$id.xml" /usr/share/mime/packages/freedesktop.org.xml "$tmp/xdg/mime/packages/"
  update-mime-database "$tmp/xdg/mime" 2>/dev/null
  cp "$tmp/export.iitalent.json" "$tmp/plain.json"
  cp "$tmp/export.iitalent.json" "$tmp/saved-without-an-ending"
  echo '{"schema": "something.else/1"}' >"$tmp/other.json"
  type_of() { XDG_DATA_DIRS="$tmp/xdg" gio info -a standard::content-type "$1" 2>/dev/null |
    sed -n 's/^ *standard::content-type: //p'; }
  mime="application/x-iitalent-assessment+json"
  expect "an exported .iitalent.json file is $mime" test "$(type_of "$tmp/export.iitalent.json")" = "$mime"
  # Where the name says nothing, the content does (magic: the schema in the first 4 KB).
  expect "an exchange file without an ending is $mime by its schema" \
    test "$(type_of "$tmp/saved-without-an-ending")" = "$mime"
  # GLib (and Qt) believe an unambiguous .json ending over the content: such a file stays JSON to
  # the file manager, and iitalent still imports it (README says so).
  expect "a plain .json exchange file stays application/json" test "$(type_of "$tmp/plain.json")" = application/json
  expect "another .json file stays application/json" test "$(type_of "$tmp/other.json")" = application/json
else
  fail "gio or update-mime-database is missing (scripts/deps.sh installs libglib2.0-bin and shared-mime-info)"
fi

echo "== manual pages"
for program in iitalent iitalent-cli; do
  page="$usr/share/man/man1/$program.1.gz"
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)"
  expect "man $program renders without warnings" test -z "$warnings"
  [ -z "$warnings" ] || echo "$warnings"
  # The generated part, before the hand-written ENVIRONMENT (which names options too).
  LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$page" 2>/dev/null | col -b | sed '/^ENVIRONMENT/,$d' >"$tmp/$program.man"
  expect "man $program has its NAME line" grep -q "^ *$program - " "$tmp/$program.man"
  missing=""
  for option in $("$usr/bin/$program" --help | grep -Eo -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$option" "$tmp/$program.man" || missing="$missing $option"
  done
  expect "man $program has every option of $program --help${missing:+ (missing:$missing)}" test -z "$missing"
done

echo "== lintian"
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 --fail-on error "$deb" >"$tmp/lintian" 2>&1
  status=$?
  cat "$tmp/lintian"
  expect "lintian ran and reports no errors" test "$status" -eq 0
  expect "lintian printed no error tag" bash -c "! grep -q '^E: ' '$tmp/lintian'"
else
  fail "lintian is missing (scripts/deps.sh installs it)"
fi
# The warnings that stay are explained in README ("The Debian package"); a new one fails here.
while read -r tag; do
  expect "lintian's warning $tag is explained in README" grep -q "\`$tag\`" "$source/README.md"
done < <(sed -n 's/^W: iitalent[^:]*: \([a-z0-9-]*\).*/\1/p' "$tmp/lintian" | sort -u)

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) of the package failed"
  exit 1
fi
echo "the package passed every check"
