# Sourced by the benchmarks in tests/bench after they set `build` (the build directory): checks
# the ferry binary, installs the Debian packages named in BENCH_PACKAGES, uses the running test
# servers ($FERRY_TEST_*) or starts its own, makes a scratch folder `work` removed at exit, and
# defines the clients: my (MariaDB), pg (PostgreSQL), now.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ferry=$build/app/ferry
[ -x "$ferry" ] || { echo "build Ferry first ($ferry is missing)" >&2; exit 2; }

need=()
for p in ${BENCH_PACKAGES:-}; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

started=""
if [ -z "${FERRY_TEST_MARIADB_PORT:-}" ]; then
    export FERRY_TEST_DIR=$(mktemp -d /tmp/ferry-bench-servers.XXXXXX)
    . "$("$root/tests/support/servers.sh" start "$FERRY_TEST_DIR")"
    started=1
fi
work=$(mktemp -d /tmp/ferry-bench.XXXXXX)
cleanup() {
    rm -rf "$work"
    if [ -n "$started" ]; then "$root/tests/support/servers.sh" stop "$FERRY_TEST_DIR"; fi
}
trap cleanup EXIT

MH=127.0.0.1 MP=$FERRY_TEST_MARIADB_PORT MU=$FERRY_TEST_MARIADB_USER MW=$FERRY_TEST_MARIADB_PASSWORD
PH=127.0.0.1 PP=$FERRY_TEST_PG_PORT PU=$FERRY_TEST_PG_USER
export PGPASSWORD=$FERRY_TEST_PG_PASSWORD BENCH_MY_PW=$MW
my() { mariadb --no-defaults -h "$MH" -P "$MP" -u "$MU" -p"$MW" "$@"; }
pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$PH" -p "$PP" -U "$PU" "$@"; }
now() { date +%s.%N; }
