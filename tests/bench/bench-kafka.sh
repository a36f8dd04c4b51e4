#!/usr/bin/env bash
# Sync to Kafka: how fast `ferry run` publishes MariaDB binlog changes into Kafka (librdkafka's
# mock cluster, tests/support/kafka-mock.sh) and how far behind the source its messages are,
# on this machine.
#
#   tests/bench/bench-kafka.sh [CHANGES] [BUILD_DIR]
#
#   1. `sysbench oltp_write_only prepare` makes a table of BENCH_TABLE_ROWS rows (200000) and a
#      one-row probe table; two sync projects (ferry-json and debezium-json, steps: incremental)
#      take their start position (`ferry run --until-caught-up`);
#   2. with Ferry stopped, `sysbench oltp_write_only run` commits a backlog of CHANGES row
#      changes (4 per transaction: two UPDATEs, a DELETE and an INSERT; one client thread);
#   3. per format, `ferry run FILE --until-caught-up` publishes the backlog, timed end to end
#      (start, connect, publish, wait for the broker's acknowledgements, stop). Events/s count
#      the messages Ferry had acknowledged (stream_state.events in its store), checked against
#      the topic's message count (the partitions' end offsets, kcat -Q);
#   4. lag: the ferry-json project streams while sysbench writes BENCH_RATE transactions/s for
#      BENCH_SECONDS (30) and a probe writer sets probe.at_us = the source clock every 100 ms;
#      bench_kafka_consumer (a librdkafka consumer, built with the tests) reads the probe topic
#      live: a probe's lag is the time from its commit (at_us, taken just before) until the
#      consumer has the message. Prints p50 / p99 / max.
# Figures, not a pass/fail test; the issue's goal is 40,000 events/s.
# Uses the running test servers ($FERRY_TEST_*), or starts its own with tests/support/servers.sh.
# Installs nothing: sysbench, kcat and GNU time (Debian packages sysbench, kcat, time).
set -euo pipefail

changes=${1:-400000}
build=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build}
table_rows=${BENCH_TABLE_ROWS:-200000}
seconds=${BENCH_SECONDS:-30}
tx_rate=${BENCH_RATE:-500}
for tool in sysbench kcat /usr/bin/time sqlite3; do
    command -v "$tool" >/dev/null || {
        echo "bench-kafka: $tool is missing: install its Debian package and run again" >&2
        exit 2
    }
done
BENCH_PACKAGES=""
. "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
rate() { awk "BEGIN { printf \"%.0f\", $1 / $2 }"; }
peak_mb() { awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$1"; }

kafka_dir=$work/kafka
. "$("$root/tests/support/kafka-mock.sh" start "$kafka_dir" "$build/tests/ferry-kafka-mock")"
ferry_pid=""
stop_ferry() {
    [ -n "$ferry_pid" ] || return 0
    kill -TERM "$ferry_pid" 2>/dev/null || true
    wait "$ferry_pid" || true
    ferry_pid=""
}
trap 'stop_ferry; "$root/tests/support/kafka-mock.sh" stop "$kafka_dir"; cleanup' EXIT

my -e "DROP DATABASE IF EXISTS kbench; CREATE DATABASE kbench"
sb() {
    sysbench oltp_write_only --db-driver=mysql --mysql-host=$MH --mysql-port=$MP --mysql-user=$MU \
        --mysql-password=$MW --mysql-db=kbench --tables=1 --table-size=$table_rows "$@"
}
project() { # NAME FORMAT
    cat >"$work/$1.json" <<JSON
{"name": "$1", "type": "sync",
 "source": {"engine": "mariadb", "host": "$MH", "port": $MP, "user": "$MU",
            "passwordEnv": "BENCH_MY_PW", "database": "kbench", "tls": "disable"},
 "target": {"engine": "kafka", "bootstrapServers": "$FERRY_TEST_KAFKA_BOOTSTRAP"},
 "steps": ["incremental"],
 "objects": {"include": ["*"], "exclude": []},
 "sync": {"format": "$2", "topic": "$1.{table}", "partitionBy": "key", "partitions": 4}}
JSON
}
events() { sqlite3 "$work/$1.db" "SELECT events FROM stream_state WHERE stream = 'forward'"; }
topic_count() { # TOPIC: the sum of its partitions' end offsets
    local partitions total=0 p
    partitions=$(kcat -b "$FERRY_TEST_KAFKA_BOOTSTRAP" -L -t "$1" | awk '/partitions:/ {print $4}')
    for ((p = 0; p < partitions; p++)); do
        total=$((total + $(kcat -b "$FERRY_TEST_KAFKA_BOOTSTRAP" -Q -t "$1:$p:-1" | awk '{print $NF}')))
    done
    echo "$total"
}

echo "== sysbench prepare: $table_rows rows, and the probe table" >&2
sb prepare >/dev/null
my kbench -e "CREATE TABLE probe (id INT PRIMARY KEY, seq BIGINT NOT NULL, at_us BIGINT NOT NULL);
  INSERT INTO probe VALUES (1, 0, 0);
  DELIMITER //
  CREATE PROCEDURE probe_write(n INT)
  BEGIN
    DECLARE i INT DEFAULT 1;
    WHILE i <= n DO
      UPDATE probe SET seq = i, at_us = CAST(UNIX_TIMESTAMP(SYSDATE(6)) * 1000000 AS SIGNED) WHERE id = 1;
      DO SLEEP(0.1);
      SET i = i + 1;
    END WHILE;
  END//
  DELIMITER ;"
formats=(ferry-json debezium-json)
for f in "${formats[@]}"; do
    project "kb-$f" "$f"
    "$ferry" --store "$work/kb-$f.db" run "$work/kb-$f.json" --until-caught-up --quiet >&2
done

transactions=$((changes / 4))
echo "== backlog: $transactions sysbench transactions ($changes row changes)" >&2
sb run --threads=1 --events=$transactions --time=0 --rand-type=uniform --report-interval=0 >/dev/null

results=()
for f in "${formats[@]}"; do
    name="kb-$f"
    before=$(events "$name")
    echo "== $f: ferry run --until-caught-up publishes the backlog" >&2
    start=$(now)
    /usr/bin/time -v -o "$work/time.txt" "$ferry" --store "$work/$name.db" run "$work/$name.json" \
        --until-caught-up --quiet >&2
    end=$(now)
    after=$(events "$name")
    published=$((after - before))
    secs=$(awk "BEGIN { printf \"%.2f\", $end - $start }")
    in_topic=$(topic_count "$name.sbtest1")
    results+=("$(printf '%-14s %9d events in %6.2f s = %7s events/s   (topic holds %d, %d expected; peak RSS %s MB)' \
        "$f" "$published" "$secs" "$(rate "$published" "$secs")" "$in_topic" "$changes" "$(peak_mb "$work/time.txt")")")
done

echo "== lag: ferry-json streams while sysbench writes $tx_rate tx/s for $seconds s" >&2
"$ferry" --store "$work/kb-ferry-json.db" run "$work/kb-ferry-json.json" --quiet >&2 &
ferry_pid=$!
probes=$((seconds * 10))
# The probe's topic exists once Ferry has sent its first message there.
my kbench -e "UPDATE probe SET seq = -1 WHERE id = 1"
until kcat -b "$FERRY_TEST_KAFKA_BOOTSTRAP" -L -t kb-ferry-json.probe 2>/dev/null | grep -q "partitions:"; do
    sleep 0.2
done
"$build/tests/bench/bench_kafka_consumer" "$FERRY_TEST_KAFKA_BOOTSTRAP" kb-ferry-json.probe \
    "$probes" $((seconds + 30)) >"$work/seen.txt" &
consumer=$!
sleep 1
my kbench -e "CALL probe_write($probes)" &
writer=$!
sb run --threads=4 --rate=$tx_rate --time=$seconds --rand-type=uniform --report-interval=0 \
    >"$work/sysbench.out"
wait $writer
wait $consumer
stop_ferry
tps=$(awk '/transactions:/ {gsub(/[(]/, "", $3); printf "%.0f", $3}' "$work/sysbench.out")
awk '{ printf "%.3f\n", ($2 - $1) / 1000 }' "$work/seen.txt" | sort -n >"$work/lag.txt"
n=$(wc -l <"$work/lag.txt")
pct() { awk -v p="$1" -v n="$n" 'NR == int((n - 1) * p) + 1 { printf "%.1f", $1 }' "$work/lag.txt"; }

echo
echo "Sync MariaDB binlog -> Kafka (mock cluster), $changes row changes backlog, $(nproc) cores:"
for r in "${results[@]}"; do echo "  $r"; done
echo "Lag (ferry-json, commit on the source -> a consumer has the message), $n probe updates under" \
    "$tps tx/s (~$((tps * 4)) row changes/s):"
echo "  p50 $(pct 0.50) ms   p99 $(pct 0.99) ms   max $(tail -n 1 "$work/lag.txt") ms"
echo "Goal: >= 40,000 events/s."
