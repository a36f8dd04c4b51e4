#!/usr/bin/env bash
# A Kafka cluster for people, scripts and benchmarks: librdkafka's mock cluster (the real Kafka
# protocol, in memory) on 127.0.0.1, run by ferry-kafka-mock (built with the tests). No Kafka
# broker is packaged in Debian; Ferry, kcat and any librdkafka client talk to this one.
#
#   tests/support/kafka-mock.sh start [DIR [BINARY]]  start it; prints the env file to source
#   tests/support/kafka-mock.sh stop  [DIR]           stop it and remove DIR
#
# The env file exports FERRY_TEST_KAFKA_BOOTSTRAP (host:port). DIR defaults to
# /tmp/ferry-kafka-mock; BINARY to build/tests/ferry-kafka-mock. The cluster keeps messages in
# memory only: stopping it drops them. Tests start their own (tests/support/kafkatest.h).
#   kcat -b "$FERRY_TEST_KAFKA_BOOTSTRAP" -L                  list topics
#   kcat -b "$FERRY_TEST_KAFKA_BOOTSTRAP" -C -t shop.orders -e read a topic
set -euo pipefail

cmd=${1:-}
dir=${2:-/tmp/ferry-kafka-mock}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${3:-$here/../../build/tests/ferry-kafka-mock}

case $cmd in
start)
    if [ ! -x "$binary" ]; then
        echo "kafka-mock.sh: $binary is missing: build the tests (-DFERRY_BUILD_TESTS=ON) or pass its path" >&2
        exit 2
    fi
    mkdir -p "$dir"
    if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
        echo "$dir/kafka.env"
        exit 0
    fi
    : >"$dir/address"
    nohup "$binary" </dev/null >"$dir/address" 2>"$dir/mock.log" &
    echo $! >"$dir/pid"
    for _ in $(seq 1 100); do
        [ -s "$dir/address" ] && break
        sleep 0.1
    done
    address=$(head -n 1 "$dir/address")
    if [ -z "$address" ]; then
        echo "kafka-mock.sh: the mock cluster did not start (see $dir/mock.log)" >&2
        exit 1
    fi
    printf 'export FERRY_TEST_KAFKA_BOOTSTRAP=%s\n' "$address" >"$dir/kafka.env"
    echo "$dir/kafka.env"
    ;;
stop)
    if [ -f "$dir/pid" ]; then
        pid=$(cat "$dir/pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    rm -rf "$dir"
    ;;
*)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac
