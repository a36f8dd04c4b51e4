#!/usr/bin/env bash
# Incremental catch-up: how fast `ferry run FILE --until-caught-up` applies a backlog of source
# changes, on this machine.
#
#   tests/bench/bench-cdc-catchup.sh [CHANGES] [BUILD_DIR]
#
# For MariaDB -> PostgreSQL, then PostgreSQL -> MariaDB:
#   1. `sysbench oltp_write_only prepare` makes a table of BENCH_TABLE_ROWS rows (200000) on the
#      source, and a project with the steps schema, full and incremental copies it and catches up
#      once (`ferry run --until-caught-up`), which anchors the stream;
#   2. with Ferry stopped, `sysbench oltp_write_only run` commits a backlog. With its default
#      options every transaction makes 4 row changes (oltp_common.lua: one UPDATE of k, one
#      UPDATE of c, a DELETE and an INSERT of one id), so CHANGES/4 transactions; one client
#      thread, because concurrent ones make PostgreSQL updates miss a row another transaction
#      deleted and re-inserted (fewer than 4 changes); ids are drawn uniformly
#      (--rand-type=uniform), so few changes meet the same row in one batch;
#   3. `ferry run FILE --until-caught-up` applies the backlog, timed end to end (start, connect,
#      apply, stop) under /usr/bin/time -v.
# Twice per direction, with CHANGES/4 and with CHANGES changes in the backlog, so the peak memory
# of both shows whether it stays flat with the backlog. Row changes/s count the source's changes
# (4 per sysbench transaction); the row changes Ferry applied (stream_state.events in its store)
# are checked against them, and `ferry verify` compares the tables at the end.
# Figures, not a pass/fail test; the issue's goal is 25,000 row changes/s MariaDB -> PostgreSQL.
# Uses the running test servers ($FERRY_TEST_*), or starts its own with tests/support/servers.sh.
# Installs nothing: sysbench (Debian package sysbench) and GNU time (package time) must be there.
set -euo pipefail

changes=${1:-400000}
build=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build}
table_rows=${BENCH_TABLE_ROWS:-200000}
for tool in sysbench /usr/bin/time sqlite3; do
    command -v "$tool" >/dev/null || {
        echo "bench-cdc-catchup: $tool is missing: install the Debian package" \
            "$(case $tool in /usr/bin/time) echo time ;; *) echo "$tool" ;; esac) and run again" >&2
        exit 2
    }
done
BENCH_PACKAGES=""
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
rate() { awk "BEGIN { printf \"%.0f\", $1 / $2 }"; }
peak_mb() { awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$1"; }
small=$((changes / 4))

# The databases of both directions, and the replication slots of earlier runs (a slot keeps
# its database from being dropped, and its WAL forever).
drop_slots() {
    pg -d postgres -Atc "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots
        WHERE database = 'cdc_src'" >/dev/null
}
drop_slots
my -e "DROP DATABASE IF EXISTS cdc_src; DROP DATABASE IF EXISTS cdc_dst;
    CREATE DATABASE cdc_src; CREATE DATABASE cdc_dst"
pg -d postgres -c "DROP DATABASE IF EXISTS cdc_src" -c "DROP DATABASE IF EXISTS cdc_dst" \
    -c "CREATE DATABASE cdc_src" -c "CREATE DATABASE cdc_dst"
trap 'drop_slots || true; cleanup' EXIT

sb_mariadb() {
    sysbench oltp_write_only --db-driver=mysql --mysql-host=$MH --mysql-port=$MP --mysql-user=$MU \
        --mysql-password=$MW --mysql-db=cdc_src --tables=1 --table-size=$table_rows "$@"
}
sb_postgresql() {
    sysbench oltp_write_only --db-driver=pgsql --pgsql-host=$PH --pgsql-port=$PP --pgsql-user=$PU \
        --pgsql-password=$PGPASSWORD --pgsql-db=cdc_src --tables=1 --table-size=$table_rows "$@"
}
endpoint() { # ENGINE DATABASE
    if [ "$1" = mariadb ]; then
        echo "{\"engine\": \"mariadb\", \"host\": \"$MH\", \"port\": $MP, \"user\": \"$MU\", \"passwordEnv\": \"BENCH_MY_PW\", \"database\": \"$2\", \"tls\": \"disable\"}"
    else
        echo "{\"engine\": \"postgresql\", \"host\": \"$PH\", \"port\": $PP, \"user\": \"$PU\", \"passwordEnv\": \"PGPASSWORD\", \"database\": \"$2\", \"tls\": \"disable\"}"
    fi
}
applied_events() { sqlite3 "$1" "SELECT coalesce(max(events), 0) FROM stream_state WHERE stream = 'forward'"; }

results=()
warnings=()
# One direction: SOURCE TARGET (engine names), both backlog sizes.
bench_direction() {
    local from=$1 to=$2 name="cdc-$1-to-$2" file store label
    label="$( [ "$from" = mariadb ] && echo MariaDB || echo PostgreSQL) -> $( [ "$to" = mariadb ] && echo MariaDB || echo PostgreSQL)"
    file="$work/$name.json"
    store="$work/$name.db"
    cat >"$file" <<JSON
{"name": "$name", "source": $(endpoint "$from" cdc_src), "target": $(endpoint "$to" cdc_dst),
 "steps": ["schema", "full", "incremental"], "options": {"concurrency": 2}}
JSON
    echo "== $label: $table_rows rows, schema + full + catch-up" >&2
    "sb_$from" prepare >/dev/null
    "$ferry" --store "$store" run "$file" --until-caught-up --quiet >&2

    local size
    for size in "$small" "$changes"; do
        local tx=$((size / 4))
        echo "== $label: backlog of $tx sysbench transactions with Ferry stopped" >&2
        "sb_$from" run --threads=1 --events=$tx --time=0 --rand-type=uniform --report-interval=0 \
            >"$work/sysbench.out"
        local done_tx
        done_tx=$(awk '/transactions:/ {print $2}' "$work/sysbench.out")
        local expected=$((done_tx * 4)) before after t0 t1 secs
        before=$(applied_events "$store")
        echo "== $label: ferry run --until-caught-up over $expected row changes" >&2
        t0=$(now)
        /usr/bin/time -v -o "$work/ferry.time" "$ferry" --store "$store" run "$file" \
            --until-caught-up --quiet >&2
        t1=$(now)
        secs=$(calc "$t1 - $t0")
        after=$(applied_events "$store")
        results+=("$(printf '%-28s %9s changes %8.2f s %10s changes/s %6s MB peak' "$label" \
            "$expected" "$secs" "$(rate "$expected" "$secs")" "$(peak_mb "$work/ferry.time")")")
        [ $((after - before)) = "$expected" ] \
            || warnings+=("$label: Ferry applied $((after - before)) row changes, sysbench made $expected")
    done
    echo "== $label: ferry verify" >&2
    "$ferry" --store "$store" verify "$file" --quiet >"$work/verify.out" 2>&1 \
        || warnings+=("$label: ferry verify: $(head -c 300 "$work/verify.out")")
}

bench_direction mariadb postgresql
bench_direction postgresql mariadb

echo
echo "CDC catch-up benchmark: sysbench oltp_write_only backlogs of $small and $changes row changes" \
    "on a $table_rows-row table, $(nproc) cores"
for line in "${results[@]}"; do echo "  $line"; done
echo "  (wall time of ferry run --until-caught-up: start, connect, apply, stop)"
for w in "${warnings[@]}"; do echo "  WARNING: $w"; done
