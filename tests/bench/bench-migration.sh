#!/usr/bin/env bash
# Migration throughput: Ferry against pgloader and the raw pipe limit, on this machine.
#
#   tests/bench/bench-migration.sh [ROWS] [BUILD_DIR]
#
# Generates a sysbench table (ROWS rows) and a wide mixed-type table (ROWS/2 rows) in MariaDB,
# then migrates them to PostgreSQL with
#   1. Ferry (schema + full, indexes after the load),
#   2. pgloader (Debian package, with "prefetch rows = 10000", its best setting here),
#   3. the practical limit: `mariadb --quick | psql \copy` per table, plus the index builds,
# and back from PostgreSQL to MariaDB with Ferry and with `psql COPY TO STDOUT | mariadb LOAD
# DATA LOCAL INFILE`. Prints rows/s, peak memory and the ratios. Figures, not a pass/fail test.
# Uses the running test servers ($FERRY_TEST_*), or starts its own with tests/support/servers.sh.
set -euo pipefail

rows=${1:-1000000}
build=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build}
BENCH_PACKAGES="sysbench pgloader time"
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
elapsed() { calc "$2 - $1"; }
rate() { awk "BEGIN { printf \"%.0f\", $1 / $2 }"; }
peak_mb() { awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$1"; }
wide_rows=$((rows / 2))
total=$((rows + wide_rows))

echo "== preparing $rows sysbench rows + $wide_rows wide rows in MariaDB" >&2
my -e "DROP DATABASE IF EXISTS bench; CREATE DATABASE bench; DROP DATABASE IF EXISTS bench_back_ferry; DROP DATABASE IF EXISTS bench_back_pipe;"
sysbench oltp_read_write --db-driver=mysql --mysql-host=$MH --mysql-port=$MP --mysql-user=$MU \
    --mysql-password=$MW --mysql-db=bench --tables=1 --table-size=$rows prepare >/dev/null
my bench -e "CREATE TABLE wide (id BIGINT PRIMARY KEY, i INT NOT NULL, bi BIGINT, d DECIMAL(12,2),
    f DOUBLE, vc VARCHAR(64), t TEXT, dt DATETIME(6), ts TIMESTAMP(6) NULL, b TINYINT(1),
    bl VARBINARY(32), dte DATE, u BIGINT UNSIGNED);
  INSERT INTO wide SELECT id, k, id * 1000003, (k % 100000) / 100, k / 7.0, LEFT(c, 40), pad,
    TIMESTAMP('2020-01-01') + INTERVAL id SECOND + INTERVAL (id % 1000000) MICROSECOND,
    TIMESTAMP('2021-01-01') + INTERVAL id SECOND, id % 2, UNHEX(MD5(c)), DATE('2000-01-01') + INTERVAL (id % 9000) DAY,
    18446744073709551615 - id FROM sbtest1 WHERE id <= $wide_rows;
  ANALYZE TABLE sbtest1, wide;" >/dev/null
for db in bench_ferry bench_pgloader bench_pipe; do
    pg -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

results=()
record() { results+=("$(printf '%-34s %9s rows %8.2f s %10s rows/s %6s MB' "$1" "$2" "$3" "$(rate "$2" "$3")" "$4")"); }

# 1. Ferry, MariaDB -> PostgreSQL
cat >"$work/to-pg.json" <<JSON
{"name": "bench-to-pg",
 "source": {"engine": "mariadb", "host": "$MH", "port": $MP, "user": "$MU", "passwordEnv": "BENCH_MY_PW", "database": "bench", "tls": "disable"},
 "target": {"engine": "postgresql", "host": "$PH", "port": $PP, "user": "$PU", "passwordEnv": "PGPASSWORD", "database": "bench_ferry", "tls": "disable"},
 "steps": ["schema", "full"], "options": {"concurrency": 4}}
JSON
echo "== Ferry MariaDB -> PostgreSQL" >&2
t0=$(now)
/usr/bin/time -v -o "$work/ferry.time" "$ferry" --store "$work/store.db" run "$work/to-pg.json" --quiet >&2
t1=$(now)
ferry_s=$(elapsed "$t0" "$t1")
ferry_rows=$(pg -d bench_ferry -Atc "SELECT (SELECT count(*) FROM sbtest1) + (SELECT count(*) FROM wide)")
record "Ferry MariaDB -> PostgreSQL" "$ferry_rows" "$ferry_s" "$(peak_mb "$work/ferry.time")"

# 2. pgloader with its best setting on this machine
echo "== pgloader MariaDB -> PostgreSQL" >&2
t0=$(now)
/usr/bin/time -v -o "$work/pgloader.time" pgloader --with "prefetch rows = 10000" \
    "mysql://$MU:$MW@$MH:$MP/bench" "postgresql://$PU:$PGPASSWORD@$PH:$PP/bench_pgloader" \
    >"$work/pgloader.log" 2>&1 || echo "pgloader exited with an error (judged by rows arrived)" >&2
t1=$(now)
pgl_s=$(elapsed "$t0" "$t1")
pgl_rows=$(pg -d bench_pgloader -Atc "SELECT coalesce(sum(n), 0) FROM (
    SELECT (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint AS n
    FROM information_schema.tables WHERE table_name IN ('sbtest1', 'wide')
      AND table_schema NOT IN ('pg_catalog', 'information_schema')) x")
record "pgloader MariaDB -> PostgreSQL" "$pgl_rows" "$pgl_s" "$(peak_mb "$work/pgloader.time")"

# 3. The pipe limit (with the index builds, as a migration needs them)
echo "== pipe mariadb --quick | psql \\copy" >&2
pg -d bench_pipe -c "CREATE TABLE sbtest1 (id integer PRIMARY KEY, k integer NOT NULL DEFAULT 0,
    c character(120) NOT NULL DEFAULT '', pad character(60) NOT NULL DEFAULT '');
  CREATE TABLE wide (id bigint PRIMARY KEY, i integer NOT NULL, bi bigint, d numeric(12,2),
    f double precision, vc varchar(64), t text, dt timestamp(6), ts timestamptz(6), b boolean,
    bl bytea, dte date, u numeric(20,0))"
t0=$(now)
my --quick --batch --raw --skip-column-names bench -e "SELECT id, k, c, pad FROM sbtest1" \
    | pg -d bench_pipe -c "\\copy sbtest1 FROM STDIN"
my --quick --batch --raw --skip-column-names bench -e "SELECT id, i, bi, d, f, vc, t, dt, ts, b,
    CONCAT('\\\\\\\\x', LOWER(HEX(bl))), dte, u FROM wide" | pg -d bench_pipe -c "\\copy wide FROM STDIN"
pg -d bench_pipe -c "CREATE INDEX k_1 ON sbtest1 (k)"
t1=$(now)
pipe_s=$(elapsed "$t0" "$t1")
pipe_rows=$(pg -d bench_pipe -Atc "SELECT (SELECT count(*) FROM sbtest1) + (SELECT count(*) FROM wide)")
record "pipe limit MariaDB -> PostgreSQL" "$pipe_rows" "$pipe_s" "-"

# 4. Ferry, PostgreSQL -> MariaDB
cat >"$work/to-my.json" <<JSON
{"name": "bench-to-my",
 "source": {"engine": "postgresql", "host": "$PH", "port": $PP, "user": "$PU", "passwordEnv": "PGPASSWORD", "database": "bench_ferry", "tls": "disable"},
 "target": {"engine": "mariadb", "host": "$MH", "port": $MP, "user": "$MU", "passwordEnv": "BENCH_MY_PW", "database": "bench_back_ferry", "tls": "disable"},
 "steps": ["schema", "full"], "options": {"concurrency": 4}}
JSON
echo "== Ferry PostgreSQL -> MariaDB" >&2
t0=$(now)
/usr/bin/time -v -o "$work/back.time" "$ferry" --store "$work/store.db" run "$work/to-my.json" --quiet >&2
t1=$(now)
back_s=$(elapsed "$t0" "$t1")
back_rows=$(my -N bench_back_ferry -e "SELECT (SELECT count(*) FROM sbtest1) + (SELECT count(*) FROM wide)")
record "Ferry PostgreSQL -> MariaDB" "$back_rows" "$back_s" "$(peak_mb "$work/back.time")"

# 5. The reverse pipe limit
echo "== pipe psql COPY TO STDOUT | mariadb LOAD DATA LOCAL INFILE" >&2
my -e "CREATE DATABASE bench_back_pipe"
my bench_back_pipe -e "CREATE TABLE sbtest1 (id INT PRIMARY KEY, k INT NOT NULL DEFAULT 0,
    c CHAR(120) NOT NULL DEFAULT '', pad CHAR(60) NOT NULL DEFAULT '');
  CREATE TABLE wide (id BIGINT PRIMARY KEY, i INT NOT NULL, bi BIGINT, d DECIMAL(12,2), f DOUBLE,
    vc VARCHAR(64), t LONGTEXT, dt DATETIME(6), ts DATETIME(6), b TINYINT(1), bl VARBINARY(32),
    dte DATE, u DECIMAL(20,0))"
t0=$(now)
pg -d bench_ferry -c "\\copy (SELECT id, k, c, pad FROM sbtest1) TO STDOUT" \
    | my --local-infile=1 bench_back_pipe -e "LOAD DATA LOCAL INFILE '/dev/stdin' INTO TABLE sbtest1"
pg -d bench_ferry -c "\\copy (SELECT id, i, bi, d, f, vc, t, dt, to_char(ts, 'YYYY-MM-DD HH24:MI:SS.US'), b::int, encode(bl, 'hex'), dte, u FROM wide) TO STDOUT" \
    | my --local-infile=1 bench_back_pipe -e "LOAD DATA LOCAL INFILE '/dev/stdin' INTO TABLE wide
        (id, i, bi, d, f, vc, t, dt, ts, b, @bl, dte, u) SET bl = UNHEX(@bl)"
my bench_back_pipe -e "CREATE INDEX k_1 ON sbtest1 (k)"
t1=$(now)
rpipe_s=$(elapsed "$t0" "$t1")
rpipe_rows=$(my -N bench_back_pipe -e "SELECT (SELECT count(*) FROM sbtest1) + (SELECT count(*) FROM wide)")
record "pipe limit PostgreSQL -> MariaDB" "$rpipe_rows" "$rpipe_s" "-"

echo
echo "Migration benchmark: $rows sysbench rows + $wide_rows wide rows ($total rows), $(nproc) cores"
for line in "${results[@]}"; do echo "  $line"; done
ferry_rate=$(calc "$ferry_rows / $ferry_s")
pgl_rate=$(calc "$pgl_rows / $pgl_s")
pipe_rate=$(calc "$pipe_rows / $pipe_s")
back_rate=$(calc "$back_rows / $back_s")
rpipe_rate=$(calc "$rpipe_rows / $rpipe_s")
printf '  Ferry / pgloader (MariaDB -> PostgreSQL):   %.2fx\n' "$(calc "$ferry_rate / ($pgl_rate + 0.000001)")"
printf '  Ferry / pipe limit (MariaDB -> PostgreSQL): %.2fx\n' "$(calc "$ferry_rate / $pipe_rate")"
printf '  Ferry / pipe limit (PostgreSQL -> MariaDB): %.2fx\n' "$(calc "$back_rate / $rpipe_rate")"
[ "$ferry_rows" = "$total" ] || echo "  WARNING: Ferry moved $ferry_rows of $total rows"
[ "$back_rows" = "$total" ] || echo "  WARNING: Ferry moved back $back_rows of $total rows"
[ "$pgl_rows" = "$total" ] || echo "  note: pgloader moved $pgl_rows of $total rows"
