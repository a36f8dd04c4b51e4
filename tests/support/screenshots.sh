#!/usr/bin/env bash
# Takes a screenshot of every console page under Xvfb (1280x800), on a demo store seeded with
# data sources of the running test servers, into docs/screenshots/ (or DIR).
#   tests/support/screenshots.sh [BUILD_DIR] [DIR]
# Needs xvfb and imagemagick; starts the test servers when none are running.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
ferry=$build/app/ferry
mkdir -p "$out"

servers_started=""
if [ -z "${FERRY_TEST_MARIADB_PORT:-}" ]; then
    export FERRY_TEST_DIR=$(mktemp -d /tmp/ferry-shots-servers.XXXXXX)
    . "$("$root/tests/support/servers.sh" start "$FERRY_TEST_DIR")"
    servers_started=1
fi
demo=$(mktemp -d /tmp/ferry-demo.XXXXXX)
cleanup() {
    rm -rf "$demo"
    if [ -n "$servers_started" ]; then "$root/tests/support/servers.sh" stop "$FERRY_TEST_DIR"; fi
}
trap cleanup EXIT

export FERRY_STORE=$demo/ferry.db FERRY_SECRET_BACKEND=vault FERRY_MASTER_PASSWORD=demo-master
f() { "$ferry" "$@" >/dev/null; }
echo "$FERRY_TEST_MARIADB_PASSWORD" | f datasource add shop-mariadb --engine mariadb \
    --host 127.0.0.1 --port "$FERRY_TEST_MARIADB_PORT" --user ferry --password-stdin \
    --remark "Orders and customers (source)"
echo "$FERRY_TEST_PG_PASSWORD" | f datasource add shop-postgres --engine postgresql \
    --host 127.0.0.1 --port "$FERRY_TEST_PG_PORT" --user ferry --database postgres \
    --tls verify-full --ca-file "$FERRY_TEST_CA_FILE" --password-stdin --remark "Reporting replica"
echo "$FERRY_TEST_MARIADB_PASSWORD" | f datasource add audit-readonly --engine mariadb \
    --host 127.0.0.1 --port "$FERRY_TEST_MARIADB_PORT" --user ferry_limited --password-stdin
f datasource add archive-sqlite --engine sqlite --path "$demo/archive.sqlite"
f datasource add legacy-mysql --engine mysql --host 127.0.0.1 --port 1 --user app
for n in shop-mariadb shop-postgres audit-readonly archive-sqlite legacy-mysql; do
    "$ferry" datasource test "$n" >/dev/null 2>&1 || true
done

shoot() { # NAME PAGE [SECONDS]
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$ferry' --page $2 & pid=\$!
        sleep ${3:-3}
        import -window root '$out/$1.png'
        kill \$pid; wait \$pid 2>/dev/null || true"
    echo "$out/$1.png"
}
shoot overview overview
shoot data-migration migration
shoot data-synchronization synchronization
shoot data-sources datasources
shoot monitoring monitoring
shoot system system
