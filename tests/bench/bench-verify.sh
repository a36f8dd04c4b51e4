#!/usr/bin/env bash
# Verification throughput on identical tables, on this machine.
#
#   tests/bench/bench-verify.sh [ROWS] [BUILD_DIR]
#
# Generates a sysbench table of ROWS rows and a wide mixed-type table of ROWS/2 rows in MariaDB,
# migrates them to PostgreSQL with Ferry, then times
#   1. `ferry verify` (servers on this machine: rows streamed and hashed in Ferry; with
#      VERIFY_PUSHDOWN=1, checksums computed by the servers instead);
#   2. a plain full scan of both sides at once: `SELECT *` from MariaDB and `COPY TO STDOUT` from
#      PostgreSQL, streamed to /dev/null — the cost of reading everything once;
# and prints rows/s and the ratio. Figures, not a pass/fail test.
set -euo pipefail

rows=${1:-1000000}
build=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build}
BENCH_PACKAGES="sysbench time"
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
wide_rows=$((rows / 2))
total=$((rows + wide_rows))

echo "== preparing $rows + $wide_rows rows in MariaDB and copying them to PostgreSQL" >&2
my -e "DROP DATABASE IF EXISTS vbench; CREATE DATABASE vbench"
sysbench oltp_read_write --db-driver=mysql --mysql-host=$MH --mysql-port=$MP --mysql-user=$MU \
    --mysql-password=$MW --mysql-db=vbench --tables=1 --table-size=$rows prepare >/dev/null
my vbench -e "CREATE TABLE wide (id BIGINT PRIMARY KEY, i INT NOT NULL, d DECIMAL(12,2),
    vc VARCHAR(64), t TEXT, dt DATETIME(6), b TINYINT(1), bl VARBINARY(32), dte DATE);
  INSERT INTO wide SELECT id, k, (k % 100000) / 100, LEFT(c, 40), pad,
    TIMESTAMP('2020-01-01') + INTERVAL id SECOND, id % 2, UNHEX(MD5(c)),
    DATE('2000-01-01') + INTERVAL (id % 9000) DAY FROM sbtest1 WHERE id <= $wide_rows;
  ANALYZE TABLE sbtest1, wide" >/dev/null
pg -d postgres -c "DROP DATABASE IF EXISTS vbench" -c "CREATE DATABASE vbench"
cat >"$work/p.json" <<JSON
{"name": "vbench",
 "source": {"engine": "mariadb", "host": "$MH", "port": $MP, "user": "$MU", "passwordEnv": "BENCH_MY_PW", "database": "vbench", "tls": "disable"},
 "target": {"engine": "postgresql", "host": "127.0.0.1", "port": $FERRY_TEST_PG_PORT, "user": "$FERRY_TEST_PG_USER", "passwordEnv": "PGPASSWORD", "database": "vbench", "tls": "disable"},
 "steps": ["schema", "full"], "options": {"concurrency": 4},
 "verify": {"pushdown": $([ "${VERIFY_PUSHDOWN:-0}" = 1 ] && echo true || echo false)}}
JSON
"$ferry" --store "$work/store.db" run "$work/p.json" --quiet >&2
pg -d vbench -c "VACUUM ANALYZE"

echo "== ferry verify" >&2
t0=$(now)
/usr/bin/time -v -o "$work/verify.time" "$ferry" --store "$work/store.db" verify "$work/p.json" --quiet >"$work/verify.out"
t1=$(now)
verify_s=$(calc "$t1 - $t0")
cat "$work/verify.out" >&2

echo "== plain scan of both sides" >&2
t0=$(now)
my --quick --batch --raw --skip-column-names vbench -e "SELECT * FROM sbtest1; SELECT * FROM wide" >/dev/null &
pg -d vbench -c "\\copy sbtest1 TO '/dev/null'" -c "\\copy wide TO '/dev/null'"
wait
t1=$(now)
scan_s=$(calc "$t1 - $t0")

echo
echo "Verification benchmark: $rows sysbench rows + $wide_rows wide rows ($total rows), MariaDB -> PostgreSQL, $(nproc) cores"
printf '  ferry verify            %8.2f s  %10.0f rows/s  %5s MB peak\n' "$verify_s" "$(calc "$total / $verify_s")" \
    "$(awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$work/verify.time")"
printf '  plain scan, both sides  %8.2f s  %10.0f rows/s\n' "$scan_s" "$(calc "$total / $scan_s")"
printf '  verify time / scan time: %.2f (at most 1 is the goal)\n' "$(calc "$verify_s / $scan_s")"
grep -q '^consistent' "$work/verify.out" || echo "  WARNING: the verification did not report consistent"
