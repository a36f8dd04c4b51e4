#!/usr/bin/env bash
# The fresh-machine guard: does the README's first command install, build and open Ferry on a
# minimal Debian 12 root that has nothing but apt, git and ca-certificates?
#
#   tests/support/fresh-root.sh [REPO]    REPO defaults to this checkout; its HEAD is cloned
#   tests/support/fresh-root.sh --test-command [REPO]
#       the README's second command instead (tests/run-all.sh, less this guard itself), in the
#       same kind of root: passes when it exits 0. Not in CI (it doubles CI's time); run it by
#       hand after changing what the tests install or start.
#
# Makes (or reuses) a minimal root with `mmdebstrap --variant=apt bookworm`, kept as a tarball in
# $FERRY_ROOT_CACHE (default /var/cache/ferry) between runs; extracts it to a temporary folder;
# clones the checkout into it; runs the README's first command exactly as written, inside the
# root, with QT_QPA_PLATFORM=offscreen; passes when the console process is still up 5 seconds
# after it started, and when the build printed no compiler warning. On failure it prints what
# failed: the missing package, the CMake error, the compiler error, the console's last words.
#
# Needs root (chroot, mount). Exit codes: 0 pass, 1 fail, 77 not run (not root).
# Debian packages of the root's own apt runs are kept in $FERRY_ROOT_CACHE/apt-archives, so a
# second run downloads nothing; they are still installed into the fresh root every time. Each
# root gets its own copy (hard links), so runs side by side do not hold each other's apt lock.
set -euo pipefail

mode=console
if [ "${1:-}" = "--test-command" ]; then
    mode=tests
    shift
fi
repo=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)
limit=${FERRY_FRESH_ROOT_LIMIT:-2400} # seconds for the whole command, install and build included

say() { printf 'fresh-root: %s\n' "$*"; }

if [ "$(id -u)" != 0 ]; then
    say "not run: needs root for chroot and mount"
    exit 77
fi
command -v git >/dev/null || {
    say "FAIL: git is missing (packaging/debian/install-deps.sh --test installs it)"
    exit 1
}
# shellcheck source=debian-root.sh
. "$(dirname "${BASH_SOURCE[0]}")/debian-root.sh"

started=$(date +%s)
log=""
# The command's whole output outlives the root, for a look after a failure.
debian_root_before_close() { [ -f "$log" ] && cp "$log" "$cache/fresh-root-$mode.log" || true; }
debian_root_open fresh-root
root_ready=$(date +%s)
log=$work/first-command.log
git clone --quiet --no-hardlinks "$repo" "$root/root/ferry"
say "cloned $(git -C "$repo" rev-parse --short HEAD) into $root/root/ferry"

# The README's command, exactly as written: the first sh block after its heading.
readme_command() {
    awk -v heading="$1" 'index($0, heading) == 1 {found=1}
                         found && /^```sh/ {inblock=1; next}
                         inblock && /^```/ {exit}
                         inblock {print}' "$repo/README.md"
}
if [ $mode = console ]; then
    heading='**Install, build and open the console**'
else
    heading='**Build and run every test**'
fi
command=$(readme_command "$heading")
if [ -z "$command" ]; then
    say "FAIL: README.md has no sh block after '$heading'"
    exit 1
fi
if [ $mode = tests ]; then
    command="$command -LE fresh-machine"
fi
say "running the README's command: $command"

chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    QT_QPA_PLATFORM=offscreen FERRY_SECRET_BACKEND=vault \
    /bin/bash -c "cd /root/ferry && $command" >"$log" 2>&1 &
runner=$!

failed() {
    say "FAIL: $1"
    say "--- what went wrong (from $log)"
    grep -E -A3 'Could not find|could not be found|CMake Error|^E: |Unable to locate|error:|undefined reference|Aborted|Segmentation|qt.qpa|Cannot|cannot' "$log" |
        head -n 40 || true
    say "--- last lines (all of it: $cache/fresh-root-$mode.log)"
    tail -n 25 "$log"
    exit 1
}

if [ $mode = tests ]; then
    if wait "$runner"; then
        grep -E 'tests passed|tests failed' "$log" | tail -n 1
        say "PASS: the test command exited 0 in $(($(date +%s) - root_ready))s"
        exit 0
    fi
    grep -E -A30 'tests passed|tests failed' "$log" | tail -n 30 || true
    failed "the test command failed"
fi

console=""
while [ -z "$console" ]; do
    if ! kill -0 "$runner" 2>/dev/null; then
        wait "$runner" && rc=0 || rc=$?
        failed "the command ended (exit $rc) before the console was up"
    fi
    if [ $(($(date +%s) - started)) -gt "$limit" ]; then
        failed "no console after ${limit}s"
    fi
    for pid in $(root_pids); do
        case $(readlink "/proc/$pid/exe" 2>/dev/null) in
        */root/ferry/build/app/ferry) console=$pid ;;
        esac
    done
    sleep 1
done
up=$(date +%s)
say "console up as pid $console after $((up - root_ready))s (install and build included)"
sleep 5
if ! kill -0 "$console" 2>/dev/null; then
    failed "the console exited within 5 seconds of starting"
fi
say "console still up 5 seconds later"

warnings=$(grep -c -E '(^|: )warning: ' "$log" || true)
if [ "$warnings" != 0 ]; then
    grep -E -B2 -A6 '(^|: )warning: ' "$log" | head -n 60
    failed "the build printed $warnings compiler warning(s); fix them at their cause"
fi

say "PASS in $(($(date +%s) - started))s: root $((root_ready - started))s, command to console $((up - root_ready))s"
