#!/usr/bin/env bash
# Incremental steady-state lag: how far behind the source the target is while `ferry run FILE`
# streams a steady write load, on this machine.
#
#   tests/bench/bench-cdc-lag.sh [BUILD_DIR]
#
# For MariaDB -> PostgreSQL, then PostgreSQL -> MariaDB: a project (schema, full, incremental)
# copies a sysbench table of BENCH_TABLE_ROWS rows (200000) and a one-row probe table, catches
# up once, then `ferry run FILE` streams while, for BENCH_SECONDS (60):
#   - `sysbench oltp_write_only --rate=BENCH_RATE` (500 transactions/s x 4 row changes = 2,000
#     row changes/s) writes the source;
#   - a probe writer on the source sets probe.seq = i and probe.at_us = the source clock, one
#     committed update every 100 ms, and logs (i, at_us) in a temporary table (never captured);
#   - a recorder on the target reads the probe row every 5 ms and logs each new seq with the
#     target clock.
# A probe update's lag is the time from its commit on the source until the target first shows
# it or a later one (both servers share this machine's clock; the 5 ms poll is the resolution).
# Prints p50 / p99 / max over every probe update, the load sysbench reached and Ferry's peak
# memory. Figures, not a pass/fail test.
# Uses the running test servers ($FERRY_TEST_*), or starts its own with tests/support/servers.sh.
# Installs nothing: sysbench (Debian package sysbench) and GNU time (package time) must be there.
set -euo pipefail

build=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build}
table_rows=${BENCH_TABLE_ROWS:-200000}
seconds=${BENCH_SECONDS:-60}
tx_rate=${BENCH_RATE:-500}
for tool in sysbench /usr/bin/time; do
    command -v "$tool" >/dev/null || {
        echo "bench-cdc-lag: $tool is missing: install the Debian package" \
            "$(case $tool in /usr/bin/time) echo time ;; *) echo "$tool" ;; esac) and run again" >&2
        exit 2
    }
done
BENCH_PACKAGES=""
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
peak_mb() { awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$1"; }
probes=$((seconds * 10))

drop_slots() {
    pg -d postgres -Atc "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots
        WHERE database = 'lag_src'" >/dev/null
}
ferry_pid=""
stop_ferry() { # the ferry under /usr/bin/time: SIGTERM stops its stream at a clean point
    [ -n "$ferry_pid" ] || return 0
    local child
    child=$(pgrep -P "$ferry_pid" || true)
    [ -z "$child" ] || kill -TERM $child 2>/dev/null || true
    wait "$ferry_pid" || true
    ferry_pid=""
}
drop_slots
my -e "DROP DATABASE IF EXISTS lag_src; DROP DATABASE IF EXISTS lag_dst;
    CREATE DATABASE lag_src; CREATE DATABASE lag_dst"
pg -d postgres -c "DROP DATABASE IF EXISTS lag_src" -c "DROP DATABASE IF EXISTS lag_dst" \
    -c "CREATE DATABASE lag_src" -c "CREATE DATABASE lag_dst"
trap 'stop_ferry; drop_slots || true; cleanup' EXIT

sb_mariadb() {
    sysbench oltp_write_only --db-driver=mysql --mysql-host=$MH --mysql-port=$MP --mysql-user=$MU \
        --mysql-password=$MW --mysql-db=lag_src --tables=1 --table-size=$table_rows "$@"
}
sb_postgresql() {
    sysbench oltp_write_only --db-driver=pgsql --pgsql-host=$PH --pgsql-port=$PP --pgsql-user=$PU \
        --pgsql-password=$PGPASSWORD --pgsql-db=lag_src --tables=1 --table-size=$table_rows "$@"
}
endpoint() { # ENGINE DATABASE
    if [ "$1" = mariadb ]; then
        echo "{\"engine\": \"mariadb\", \"host\": \"$MH\", \"port\": $MP, \"user\": \"$MU\", \"passwordEnv\": \"BENCH_MY_PW\", \"database\": \"$2\", \"tls\": \"disable\"}"
    else
        echo "{\"engine\": \"postgresql\", \"host\": \"$PH\", \"port\": $PP, \"user\": \"$PU\", \"passwordEnv\": \"PGPASSWORD\", \"database\": \"$2\", \"tls\": \"disable\"}"
    fi
}

# The probe, per engine: create it on the source, read it on the target, write it and record it.
# The MariaDB writer's procedure is made here, before the stream's start position: a later
# CREATE PROCEDURE would be a statement in the binlog the stream reads.
probe_create_mariadb() {
    my lag_src -e "CREATE TABLE probe (id INT PRIMARY KEY, seq BIGINT NOT NULL, at_us BIGINT NOT NULL);
      INSERT INTO probe VALUES (1, 0, 0);
      DELIMITER //
      CREATE PROCEDURE probe_write(n INT)
      BEGIN
        DECLARE i INT DEFAULT 1; DECLARE t BIGINT;
        WHILE i <= n DO
          SET t = CAST(UNIX_TIMESTAMP(SYSDATE(6)) * 1000000 AS SIGNED);
          UPDATE probe SET seq = i, at_us = t WHERE id = 1;
          INSERT INTO written VALUES (i, t);
          DO SLEEP(0.1);
          SET i = i + 1;
        END WHILE;
      END//
      DELIMITER ;"
}
probe_create_postgresql() { pg -d lag_src -c "CREATE TABLE probe (id INT PRIMARY KEY, seq BIGINT NOT NULL, at_us BIGINT NOT NULL);
    INSERT INTO probe VALUES (1, 0, 0)"; }
probe_seq_mariadb() { my -N lag_dst -e "SELECT seq FROM probe WHERE id = 1" 2>/dev/null || echo none; }
probe_seq_postgresql() { pg -d lag_dst -Atc "SELECT seq FROM probe WHERE id = 1" 2>/dev/null || echo none; }
probe_set_mariadb() { my lag_src -e "UPDATE probe SET seq = $1 WHERE id = 1"; }
probe_set_postgresql() { pg -d lag_src -c "UPDATE probe SET seq = $1 WHERE id = 1"; }
# Writes seq 1..N every 100 ms; prints "seq at_us" lines.
probe_write_mariadb() {
    my -N lag_src -e "SET SESSION sql_log_bin = 0; CREATE TEMPORARY TABLE written (seq BIGINT, at_us BIGINT);
      SET SESSION sql_log_bin = 1; CALL probe_write($1); SELECT seq, at_us FROM written ORDER BY seq"
}
probe_write_postgresql() {
    pg -d lag_src -At -c "CREATE TEMPORARY TABLE written (seq bigint, at_us bigint)" -c "DO \$\$
      DECLARE t bigint;
      BEGIN
        FOR i IN 1..$1 LOOP
          t := (extract(epoch FROM clock_timestamp()) * 1000000)::bigint;
          UPDATE probe SET seq = i, at_us = t WHERE id = 1;
          INSERT INTO written VALUES (i, t);
          COMMIT;
          PERFORM pg_sleep(0.1);
        END LOOP;
      END \$\$" -c "SELECT seq || ' ' || at_us FROM written ORDER BY seq"
}
# Polls the target every 5 ms until it shows seq N (or a time-out); prints "seq seen_us" lines.
probe_record_mariadb() {
    my -N lag_dst -e "CREATE TEMPORARY TABLE seen (seq BIGINT, seen_us BIGINT);
      SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
      DELIMITER //
      CREATE OR REPLACE PROCEDURE probe_record(n INT, secs INT)
      BEGIN
        DECLARE last BIGINT DEFAULT -1; DECLARE s BIGINT; DECLARE t BIGINT; DECLARE stop_at BIGINT;
        SET stop_at = CAST(UNIX_TIMESTAMP(SYSDATE(6)) * 1000000 AS SIGNED) + secs * 1000000;
        REPEAT
          SELECT seq INTO s FROM probe WHERE id = 1;
          SET t = CAST(UNIX_TIMESTAMP(SYSDATE(6)) * 1000000 AS SIGNED);
          IF s <> last THEN INSERT INTO seen VALUES (s, t); SET last = s; END IF;
          DO SLEEP(0.005);
        UNTIL last >= n OR t > stop_at END REPEAT;
      END//
      DELIMITER ;
      CALL probe_record($1, $2); SELECT seq, seen_us FROM seen ORDER BY seq"
}
probe_record_postgresql() {
    pg -d lag_dst -At -c "CREATE TEMPORARY TABLE seen (seq bigint, seen_us bigint)" -c "DO \$\$
      DECLARE last bigint := -1; s bigint; t bigint;
        stop_at bigint := (extract(epoch FROM clock_timestamp()) * 1000000)::bigint + $2 * 1000000;
      BEGIN
        LOOP
          SELECT seq INTO s FROM probe WHERE id = 1;
          t := (extract(epoch FROM clock_timestamp()) * 1000000)::bigint;
          IF s <> last THEN INSERT INTO seen VALUES (s, t); last := s; END IF;
          COMMIT;
          EXIT WHEN last >= $1 OR t > stop_at;
          PERFORM pg_sleep(0.005);
        END LOOP;
      END \$\$" -c "SELECT seq || ' ' || seen_us FROM seen ORDER BY seq"
}

results=()
warnings=()
bench_direction() { # SOURCE TARGET (engine names)
    local from=$1 to=$2 name="lag-$1-to-$2" file store label
    label="$( [ "$from" = mariadb ] && echo MariaDB || echo PostgreSQL) -> $( [ "$to" = mariadb ] && echo MariaDB || echo PostgreSQL)"
    file="$work/$name.json"
    store="$work/$name.db"
    cat >"$file" <<JSON
{"name": "$name", "source": $(endpoint "$from" lag_src), "target": $(endpoint "$to" lag_dst),
 "steps": ["schema", "full", "incremental"], "options": {"concurrency": 2}}
JSON
    echo "== $label: $table_rows rows + probe, schema + full + catch-up" >&2
    "sb_$from" prepare >/dev/null
    "probe_create_$from" >/dev/null
    "$ferry" --store "$store" run "$file" --until-caught-up --quiet >&2

    echo "== $label: ferry run streams; waiting for it to apply a first probe update" >&2
    /usr/bin/time -v -o "$work/ferry.time" "$ferry" --store "$store" run "$file" --quiet >&2 &
    ferry_pid=$!
    "probe_set_$from" -1 >/dev/null
    local waited=0
    until [ "$("probe_seq_$to")" = -1 ]; do
        sleep 0.2
        waited=$((waited + 1))
        [ $waited -lt 600 ] || { echo "bench-cdc-lag: the stream applied nothing in 120 s" >&2; exit 1; }
    done

    echo "== $label: $seconds s of sysbench at $tx_rate transactions/s with the probe" >&2
    "probe_record_$to" "$probes" $((seconds + 60)) >"$work/seen.txt" &
    local recorder=$!
    "probe_write_$from" "$probes" >"$work/written.txt" &
    local writer=$!
    "sb_$from" run --threads=4 --rate=$tx_rate --time=$seconds --rand-type=uniform \
        --report-interval=0 >"$work/sysbench.out"
    wait $writer
    wait $recorder
    stop_ferry

    local tps stats
    tps=$(awk '/transactions:/ {gsub(/[(]/, "", $3); printf "%.0f", $3}' "$work/sysbench.out")
    # lag(i) = the first seen_us of a seq >= i, minus at_us(i)
    stats=$(awk 'NR == FNR { seen[n++] = $1 " " $2; next }
        { written[m] = $1; at[m++] = $2 }
        END {
            j = 0; k = 0
            for (i = 0; i < m; i++) {
                while (j < n) { split(seen[j], p, " "); if (p[1] >= written[i]) break; j++ }
                if (j == n) continue
                lag[k++] = (p[2] - at[i]) / 1000.0
            }
            if (k == 0) { print "0 0 0 0"; exit }
            for (a = 1; a < k; a++) { v = lag[a]; b = a - 1; while (b >= 0 && lag[b] > v) { lag[b + 1] = lag[b]; b-- } lag[b + 1] = v }
            p50 = lag[int(0.50 * (k - 1) + 0.5)]; p99 = lag[int(0.99 * (k - 1) + 0.5)]
            printf "%d %.1f %.1f %.1f\n", k, p50, p99, lag[k - 1]
        }' "$work/seen.txt" "$work/written.txt")
    local count p50 p99 max
    read -r count p50 p99 max <<<"$stats"
    results+=("$(printf '%-26s %5s tx/s (%5s changes/s)  lag p50 %7s ms  p99 %7s ms  max %7s ms  %s probes  %4s MB peak' \
        "$label" "$tps" "$((tps * 4))" "$p50" "$p99" "$max" "$count" "$(peak_mb "$work/ferry.time")")")
    [ "$count" = "$probes" ] || warnings+=("$label: $count of $probes probe updates reached the target")
}

bench_direction mariadb postgresql
bench_direction postgresql mariadb

echo
echo "CDC lag benchmark: sysbench oltp_write_only at $tx_rate transactions/s for $seconds s on a" \
    "$table_rows-row table, a probe updated every 100 ms, $(nproc) cores"
for line in "${results[@]}"; do echo "  $line"; done
for w in "${warnings[@]}"; do echo "  WARNING: $w"; done
