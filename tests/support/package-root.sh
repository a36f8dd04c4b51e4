#!/usr/bin/env bash
# The package guard: does Ferry's .deb install, start and leave cleanly on a minimal Debian 12
# root that has nothing but apt (and ca-certificates and git)?
#
#   tests/support/package-root.sh BUILD_DIR
#
# Packages BUILD_DIR with packaging/build-packages.sh (FERRY_PACKAGE_BUILD_DIR=BUILD_DIR: the
# build as it is configured; the release packages come from a Release build), checks the .deb
# with lintian (no error), the AppStream metainfo with appstreamcli and the launcher with
# desktop-file-validate, then in the root (debian-root.sh): `apt-get install ./ferry_*.deb`
# (apt fetches every dependency the package declares, nothing else), `ferry --version`,
# `ferry --help`, the console offscreen for 5 seconds, `apt-get purge ferry`, and checks that
# no file of the package is left. A missing runtime dependency (a Qt plug-in the package does
# not declare) shows as the console failing to start. Exit codes: 0 pass, 1 fail, 77 not root.
set -euo pipefail

say() { printf 'package-root: %s\n' "$*"; }
if [ $# -ne 1 ]; then
    echo "usage: tests/support/package-root.sh BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ "$(id -u)" != 0 ]; then
    say "not run: needs root for chroot and mount"
    exit 77
fi
for tool in lintian appstreamcli desktop-file-validate dpkg-deb; do
    command -v "$tool" >/dev/null || {
        say "FAIL: $tool is missing (packaging/debian/install-deps.sh --test installs it)"
        exit 1
    }
done

fail() {
    say "FAIL: $*"
    exit 1
}

out=$(mktemp -d /var/tmp/ferry-packages.XXXXXX)
FERRY_PACKAGE_BUILD_DIR=$build "$repo/packaging/build-packages.sh" "$out" >"$out/build.log" 2>&1 ||
    { tail -n 30 "$out/build.log"; fail "packaging/build-packages.sh failed"; }
deb=$(ls "$out"/ferry_*.deb)
for f in "$out"/ferry-*.rpm "$out"/ferry-*.tar.gz; do
    [ -f "$f" ] || fail "build-packages.sh made no $(basename "$f")"
done
say "built $(cd "$out" && ls ferry*.deb ferry*.rpm ferry*.tar.gz | tr '\n' ' ')"

# lintian: E: lines fail; it refuses to run as root without --allow-root on newer versions.
lintian --tag-display-limit 0 "$deb" >"$out/lintian.txt" 2>&1 || true
if grep -E '^E: ' "$out/lintian.txt"; then
    fail "lintian reports errors on $(basename "$deb")"
fi
say "lintian: no errors ($(grep -c -E '^[WIP]: ' "$out/lintian.txt" || true) warnings/infos)"
appstreamcli validate --no-net "$repo/packaging/io.ferry.Ferry.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate rejects packaging/io.ferry.Ferry.metainfo.xml"
desktop-file-validate "$repo/packaging/ferry.desktop" || fail "desktop-file-validate"
dpkg-deb -c "$deb" >"$out/contents.txt"
grep -q 'usr/share/man/man1/ferry.1.gz' "$out/contents.txt" || fail "the .deb has no man page"

# shellcheck source=debian-root.sh
. "$here/debian-root.sh"
debian_root_open package-root
cp "$deb" "$root/root/"
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen FERRY_SECRET_BACKEND=vault \
        /bin/bash -c "$1"
}
in_root "cd /root && apt-get update -qq && apt-get install -y -qq --no-install-recommends ./$(basename "$deb")" \
    >"$out/install.log" 2>&1 || { tail -n 20 "$out/install.log"; fail "apt-get install of the .deb failed"; }
say "installed with apt-get install ./$(basename "$deb")"

version=$(in_root "ferry --version" 2>&1) || fail "ferry --version: $version"
[ "$version" = "ferry $(dpkg-deb -f "$deb" Version)" ] || fail "ferry --version printed '$version'"
in_root "ferry --help >/dev/null" || fail "ferry --help failed"
say "ferry --version: $version"

in_root "ferry" >"$out/console.log" 2>&1 &
runner=$!
sleep 5
console=""
for pid in $(root_pids); do
    [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$root/usr/bin/ferry" ] && console=$pid
done
if [ -z "$console" ]; then
    tail -n 20 "$out/console.log"
    fail "the console is not running 5 seconds after it started"
fi
kill "$console"
wait "$runner" 2>/dev/null || true
runner=""
say "console still up 5 seconds after it started (offscreen)"

files=$(awk '$1 !~ /^d/ {sub(/^\./, "", $6); print $6}' "$out/contents.txt")
in_root "apt-get purge -y -qq ferry" >"$out/purge.log" 2>&1 || { tail "$out/purge.log"; fail "apt-get purge ferry"; }
left=""
for f in $files; do
    [ -e "$root$f" ] && left="$left $f"
done
[ -z "$left" ] || fail "files left after apt-get purge ferry:$left"
say "PASS: purged, no file of the package left"
rm -rf "$out"
