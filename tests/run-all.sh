#!/usr/bin/env bash
# Builds Ferry and runs every test against real servers, from a fresh Debian 12 machine:
# installs the packages, configures and builds (tests included, warnings as errors), starts
# MariaDB and PostgreSQL on loopback, runs ctest (formatting, the fresh-machine guard on a
# minimal Debian root, unit, integration and UI tests), stops the servers. Exits non-zero on
# any failure. Used verbatim by .ci/run. Arguments go to ctest: tests/run-all.sh -LE fresh-machine
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FERRY_BUILD_DIR:-$root/build}
cd "$root"

packaging/debian/install-deps.sh --test

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFERRY_BUILD_TESTS=ON -DFERRY_WARNINGS_AS_ERRORS=ON
cmake --build "$build"

export FERRY_TEST_DIR=${FERRY_TEST_DIR:-$(mktemp -d /tmp/ferry-servers.XXXXXX)}
trap '"$root/tests/support/servers.sh" stop "$FERRY_TEST_DIR"' EXIT
envfile=$(tests/support/servers.sh start "$FERRY_TEST_DIR")
# shellcheck disable=SC1090
. "$envfile"

echo "== ctest"
cd "$build"
ctest --output-on-failure --timeout 600 "$@"
