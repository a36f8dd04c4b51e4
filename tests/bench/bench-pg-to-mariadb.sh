#!/usr/bin/env bash
# PostgreSQL -> MariaDB on a database with foreign keys and secondary indexes: Ferry against
# the plain pipe, on this machine.
#
#   tests/bench/bench-pg-to-mariadb.sh [SCALE] [BUILD_DIR]
#
# Builds the pgbench schema with foreign keys at SCALE (default 39: 3,900,000 accounts) plus an
# `events` table of SCALE x 20,000 rows keyed by text (so its chunks are cut by a key walk, the
# case that used to hold the copy back), with an index and a foreign key to the accounts. Then:
#   1. Ferry (schema + full, 4 workers, indexes and foreign keys after the load),
#   2. the pipe: `psql COPY TO STDOUT | mariadb LOAD DATA LOCAL INFILE` per table into tables
#      with their primary keys, then the same secondary indexes and foreign keys.
# Prints rows/s of each, Ferry's peak memory, the ratio, and how long Ferry took to its first
# committed chunk of `events`. Figures, not a pass/fail test. Uses the running test servers
# ($FERRY_TEST_*), or starts its own with tests/support/servers.sh.
set -euo pipefail

scale=${1:-39}
build=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build}
BENCH_PACKAGES="time"
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
pgbench=$(ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
rate() { awk "BEGIN { printf \"%.0f\", $1 / $2 }"; }
events=$((scale * 20000))

echo "== preparing pgbench scale $scale with foreign keys + $events events in PostgreSQL" >&2
pg -d postgres -c "DROP DATABASE IF EXISTS fkbench" -c "CREATE DATABASE fkbench"
"$pgbench" -h "$PH" -p "$PP" -U "$PU" -i -q -s "$scale" --foreign-keys fkbench >/dev/null 2>&1
pg -d fkbench -c "CREATE TABLE events (code text PRIMARY KEY, aid integer NOT NULL
      REFERENCES pgbench_accounts (aid), at timestamptz NOT NULL, amount numeric(12,2) NOT NULL,
      note text);
  INSERT INTO events SELECT 'ev-' || md5(g::text), 1 + (g::bigint * 7919) % ($scale * 100000),
      timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second', (g % 100000) / 100.0,
      CASE WHEN g % 3 = 0 THEN NULL ELSE 'note ' || g END FROM generate_series(1, $events) g;
  CREATE INDEX events_aid ON events (aid);
  CREATE INDEX accounts_bid ON pgbench_accounts (bid)" -c "VACUUM ANALYZE"
total=$(pg -d fkbench -Atc "SELECT (SELECT count(*) FROM pgbench_accounts) + (SELECT count(*) FROM pgbench_branches)
    + (SELECT count(*) FROM pgbench_tellers) + (SELECT count(*) FROM events)")
my -e "DROP DATABASE IF EXISTS fk_ferry; DROP DATABASE IF EXISTS fk_pipe"

# 1. Ferry
cat >"$work/to-my.json" <<JSON
{"name": "fk-to-my",
 "source": {"engine": "postgresql", "host": "$PH", "port": $PP, "user": "$PU", "passwordEnv": "PGPASSWORD", "database": "fkbench", "tls": "disable"},
 "target": {"engine": "mariadb", "host": "$MH", "port": $MP, "user": "$MU", "passwordEnv": "BENCH_MY_PW", "database": "fk_ferry", "tls": "disable"},
 "steps": ["schema", "full"], "options": {"concurrency": 4}}
JSON
echo "== Ferry PostgreSQL -> MariaDB" >&2
t0=$(now)
/usr/bin/time -v -o "$work/ferry.time" "$ferry" --store "$work/store.db" run "$work/to-my.json" --quiet >&2
t1=$(now)
ferry_s=$(calc "$t1 - $t0")
ferry_rows=$(my -N fk_ferry -e "SELECT (SELECT count(*) FROM pgbench_accounts) + (SELECT count(*) FROM pgbench_branches)
    + (SELECT count(*) FROM pgbench_tellers) + (SELECT count(*) FROM events)")
ferry_fks=$(my -N -e "SELECT count(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'fk_ferry'")
ferry_mb=$(awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$work/ferry.time")
walk=$(grep -h -o "cut public.events into [0-9]* chunk(s) by key walk in [0-9.]* s" $(find "$work" -name 'ferry.log*') | head -1 || true)

# 2. The pipe, doing the same work: tables with primary keys, load, indexes, foreign keys.
echo "== pipe psql COPY TO STDOUT | mariadb LOAD DATA LOCAL INFILE" >&2
my -e "CREATE DATABASE fk_pipe"
my fk_pipe -e "CREATE TABLE pgbench_branches (bid INT PRIMARY KEY, bbalance INT, filler CHAR(88));
  CREATE TABLE pgbench_tellers (tid INT PRIMARY KEY, bid INT, tbalance INT, filler CHAR(84));
  CREATE TABLE pgbench_accounts (aid INT PRIMARY KEY, bid INT, abalance INT, filler CHAR(84));
  CREATE TABLE pgbench_history (tid INT, bid INT, aid INT, delta INT, mtime DATETIME(6), filler CHAR(22));
  CREATE TABLE events (code VARCHAR(255) PRIMARY KEY, aid INT NOT NULL, at DATETIME(6) NOT NULL,
    amount DECIMAL(12,2) NOT NULL, note LONGTEXT)"
t0=$(now)
for t in pgbench_branches pgbench_tellers pgbench_accounts; do
    pg -d fkbench -c "\\copy $t TO STDOUT" \
        | my --local-infile=1 fk_pipe -e "LOAD DATA LOCAL INFILE '/dev/stdin' INTO TABLE $t"
done
pg -d fkbench -c "\\copy (SELECT code, aid, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), amount, note FROM events) TO STDOUT" \
    | my --local-infile=1 fk_pipe -e "LOAD DATA LOCAL INFILE '/dev/stdin' INTO TABLE events"
my fk_pipe -e "CREATE INDEX events_aid ON events (aid); CREATE INDEX accounts_bid ON pgbench_accounts (bid);
  ALTER TABLE pgbench_tellers ADD FOREIGN KEY (bid) REFERENCES pgbench_branches (bid);
  ALTER TABLE pgbench_accounts ADD FOREIGN KEY (bid) REFERENCES pgbench_branches (bid);
  ALTER TABLE pgbench_history ADD FOREIGN KEY (bid) REFERENCES pgbench_branches (bid),
    ADD FOREIGN KEY (tid) REFERENCES pgbench_tellers (tid), ADD FOREIGN KEY (aid) REFERENCES pgbench_accounts (aid);
  ALTER TABLE events ADD FOREIGN KEY (aid) REFERENCES pgbench_accounts (aid)"
t1=$(now)
pipe_s=$(calc "$t1 - $t0")
pipe_rows=$(my -N fk_pipe -e "SELECT (SELECT count(*) FROM pgbench_accounts) + (SELECT count(*) FROM pgbench_branches)
    + (SELECT count(*) FROM pgbench_tellers) + (SELECT count(*) FROM events)")

echo
echo "PostgreSQL -> MariaDB, pgbench scale $scale with foreign keys + $events text-keyed events ($total rows), $(nproc) cores"
printf '  %-28s %9s rows %8.2f s %10s rows/s %6s MB, %s foreign keys\n' "Ferry" "$ferry_rows" "$ferry_s" "$(rate "$ferry_rows" "$ferry_s")" "$ferry_mb" "$ferry_fks"
printf '  %-28s %9s rows %8.2f s %10s rows/s\n' "pipe (same indexes and FKs)" "$pipe_rows" "$pipe_s" "$(rate "$pipe_rows" "$pipe_s")"
printf '  Ferry / pipe: %.2fx\n' "$(calc "($ferry_rows / $ferry_s) / ($pipe_rows / $pipe_s)")"
[ -n "$walk" ] && echo "  key walk of events (while copying): $walk"
[ "$ferry_rows" = "$total" ] || echo "  WARNING: Ferry moved $ferry_rows of $total rows"
