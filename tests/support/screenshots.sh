#!/usr/bin/env bash
# Takes a screenshot of every console page under Xvfb (1280x800), on a demo store seeded with
# data sources of the running test servers, into docs/screenshots/ (or DIR).
#   tests/support/screenshots.sh [BUILD_DIR] [DIR]
#   FERRY_LANG=zh_CN tests/support/screenshots.sh ...   the console's pages in that language, as
#                                                       zh_CN-overview.png ... (no wizard shots)
# Needs xvfb and imagemagick; starts the test servers when none are running.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
ferry=$build/app/ferry
lang=${FERRY_LANG:-}
# The wizard's pages are shot by its UI test: the build must include the tests.
[ -n "$lang" ] || [ -x "$build/tests/ui/tst_wizard" ] || {
    echo "screenshots.sh: $build has no tests/ui/tst_wizard; configure it with -DFERRY_BUILD_TESTS=ON" >&2
    exit 2
}
mkdir -p "$out"

servers_started=""
if [ -z "${FERRY_TEST_MARIADB_PORT:-}" ]; then
    export FERRY_TEST_DIR=$(mktemp -d /tmp/ferry-shots-servers.XXXXXX)
    . "$("$root/tests/support/servers.sh" start "$FERRY_TEST_DIR")"
    servers_started=1
fi
demo=$(mktemp -d /tmp/ferry-demo.XXXXXX)
maria() { mariadb -h 127.0.0.1 -P "$FERRY_TEST_MARIADB_PORT" -u ferry \
    -p"$FERRY_TEST_MARIADB_PASSWORD" "$@"; }
pg() { PGPASSWORD=$FERRY_TEST_PG_PASSWORD psql -q -h 127.0.0.1 -p "$FERRY_TEST_PG_PORT" \
    -U ferry -d postgres -v ON_ERROR_STOP=1 "$@"; }
drop_demo() {
    maria -e "DROP DATABASE IF EXISTS ferry_demo_shop" || true
    pg -c "DROP SCHEMA IF EXISTS ferry_demo_reporting, ferry_demo_staging, ferry_demo_paused CASCADE" || true
}
cleanup() {
    drop_demo
    rm -rf "$demo"
    if [ -n "$servers_started" ]; then "$root/tests/support/servers.sh" stop "$FERRY_TEST_DIR"; fi
}
trap cleanup EXIT

# A small shop on MariaDB: customers, products, 200k orders, their lines.
drop_demo
maria -e "
CREATE DATABASE ferry_demo_shop;
USE ferry_demo_shop;
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL, email VARCHAR(120),
    created_at DATETIME NOT NULL);
INSERT INTO customers SELECT seq, CONCAT('Customer ', seq), CONCAT('c', seq, '@example.com'),
    '2024-01-01' + INTERVAL seq MINUTE FROM seq_1_to_20000;
CREATE TABLE products (sku VARCHAR(16) PRIMARY KEY, title VARCHAR(120) NOT NULL,
    price DECIMAL(10,2) NOT NULL);
INSERT INTO products SELECT CONCAT('SKU-', LPAD(seq, 5, '0')), CONCAT('Product ', seq),
    (seq % 500) + 0.99 FROM seq_1_to_2000;
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, status ENUM('new','paid',
    'shipped','returned') NOT NULL, total DECIMAL(12,2) NOT NULL, placed_at DATETIME(3) NOT NULL,
    KEY (customer_id));
INSERT INTO orders SELECT seq, seq % 20000 + 1, ELT(seq % 4 + 1, 'new', 'paid', 'shipped',
    'returned'), (seq % 100000) / 100, '2024-01-01' + INTERVAL seq SECOND FROM seq_1_to_200000;
CREATE TABLE order_lines (order_id BIGINT NOT NULL, line SMALLINT NOT NULL, sku VARCHAR(16)
    NOT NULL, qty INT NOT NULL, PRIMARY KEY (order_id, line));
INSERT INTO order_lines SELECT seq DIV 3 + 1, seq % 3, CONCAT('SKU-', LPAD(seq % 2000 + 1, 5,
    '0')), seq % 7 + 1 FROM seq_0_to_299999;
CREATE TABLE event_log (at DATETIME NOT NULL, message TEXT);
INSERT INTO event_log SELECT '2024-06-01' + INTERVAL seq SECOND, CONCAT('event ', seq)
    FROM seq_1_to_5000;"

export FERRY_STORE=$demo/ferry.db FERRY_SECRET_BACKEND=vault FERRY_MASTER_PASSWORD=demo-master
f() { "$ferry" "$@" >/dev/null; }
echo "$FERRY_TEST_MARIADB_PASSWORD" | f datasource add shop-mariadb --engine mariadb \
    --host 127.0.0.1 --port "$FERRY_TEST_MARIADB_PORT" --user ferry --database ferry_demo_shop \
    --password-stdin --remark "Orders and customers (source)"
echo "$FERRY_TEST_PG_PASSWORD" | f datasource add shop-postgres --engine postgresql \
    --host 127.0.0.1 --port "$FERRY_TEST_PG_PORT" --user ferry --database postgres \
    --schema ferry_demo_reporting --tls verify-full --ca-file "$FERRY_TEST_CA_FILE" \
    --password-stdin --remark "Reporting replica"
echo "$FERRY_TEST_PG_PASSWORD" | f datasource add staging-postgres --engine postgresql \
    --host 127.0.0.1 --port "$FERRY_TEST_PG_PORT" --user ferry --database postgres \
    --schema ferry_demo_staging --password-stdin --remark "Staging for the cut-over rehearsal"
echo "$FERRY_TEST_PG_PASSWORD" | f datasource add paused-postgres --engine postgresql \
    --host 127.0.0.1 --port "$FERRY_TEST_PG_PORT" --user ferry --database postgres \
    --schema ferry_demo_paused --password-stdin
echo "$FERRY_TEST_MARIADB_PASSWORD" | f datasource add audit-readonly --engine mariadb \
    --host 127.0.0.1 --port "$FERRY_TEST_MARIADB_PORT" --user ferry_limited --password-stdin
f datasource add archive-sqlite --engine sqlite --path "$demo/archive.sqlite"
f datasource add legacy-mysql --engine mysql --host 127.0.0.1 --port 1 --user app
for n in shop-mariadb shop-postgres staging-postgres audit-readonly archive-sqlite legacy-mysql; do
    "$ferry" datasource test "$n" >/dev/null 2>&1 || true
done

# Projects in the states a DBA meets: completed and verified, verified with differences,
# paused mid-copy, failed, not started.
project() { # NAME SOURCE TARGET STEPS OPTIONS [TAGS]
    cat >"$demo/$1.json" <<JSON
{"name": "$1", "tags": [${6:-}], "source": "$2", "target": "$3", "steps": [$4],
 "objects": {"include": ["*"]}, "options": {$5}}
JSON
    echo "$demo/$1.json"
}
"$ferry" run --quiet "$(project shop-to-reporting shop-mariadb shop-postgres \
    '"schema", "full", "verify"' '"concurrency": 2' '"shop", "q4-cutover"')" || true
"$ferry" run --quiet "$(project shop-rehearsal shop-mariadb staging-postgres \
    '"schema", "full"' '"concurrency": 2' '"shop", "rehearsal"')" || true
pg -c "UPDATE ferry_demo_staging.orders SET total = total + 1 WHERE id IN (1042, 77001);
       DELETE FROM ferry_demo_staging.customers WHERE id = 314;
       INSERT INTO ferry_demo_staging.products VALUES ('SKU-99999', 'Stray test row', 1.00);"
"$ferry" verify --quiet "$demo/shop-rehearsal.json" >/dev/null || true
"$ferry" run --quiet "$(project shop-to-archive shop-mariadb archive-sqlite \
    '"schema", "full", "verify"' '"concurrency": 1, "rowsPerSecond": 40000' '"archive"')" &
run_pid=$!
sleep 4
kill -TERM "$run_pid" || true
wait "$run_pid" || true
"$ferry" run --quiet "$(project legacy-to-reporting legacy-mysql shop-postgres \
    '"schema", "full"' '"concurrency": 2' '"legacy"')" 2>/dev/null || true
f project import "$(project customers-to-paused shop-mariadb paused-postgres \
    '"schema", "full", "verify"' '"concurrency": 2, "nonEmptyTarget": "truncate"' '"shop"')"
"$ferry" project list

shoot() { # NAME SECONDS CONSOLE-OPTIONS...
    local name=${lang:+$lang-}$1 seconds=$2
    shift 2
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$ferry' $* & pid=\$!
        sleep $seconds
        import -window root '$out/$name.png'
        kill \$pid; wait \$pid 2>/dev/null || true"
    echo "$out/$name.png"
}
if [ -n "$lang" ]; then
    # The pages in another language (FERRY_LANG is exported to the console), one per module.
    shoot overview 6 --page overview
    shoot data-sources 6 --page datasources
    shoot data-migration 6 --project shop-to-reporting --tab progress
    shoot data-synchronization 6 --page synchronization
    shoot monitoring 6 --page monitoring --tab metrics
    shoot system 6 --page system
    shoot system-installation 6 --page system --tab installation
    exit 0
fi
shoot overview 4 --page overview
shoot data-migration 4 --project shop-to-reporting --tab progress
shoot data-migration-verification 4 --project shop-rehearsal --tab verification
shoot data-migration-checkpoints 4 --project shop-to-archive --tab checkpoints
shoot data-migration-failed 4 --project legacy-to-reporting --tab log
shoot data-sources 3 --page datasources
shoot monitoring 3 --page monitoring
shoot system 3 --page system

# The create wizard, page by page, as its test drives it.
QT_QPA_PLATFORM=offscreen FERRY_WIZARD_SHOTS=$out "$build/tests/ui/tst_wizard" >/dev/null 2>&1 ||
    echo "the wizard test failed: no wizard screenshots" >&2
ls "$out"/wizard-*.png 2>/dev/null || true
# The Data Synchronization page streaming, its wizard and a Kafka data source, from their test
# (librdkafka's mock cluster as the broker).
QT_QPA_PLATFORM=offscreen FERRY_SYNC_SHOTS=$out "$build/tests/ui/tst_syncpage" >/dev/null 2>&1 ||
    echo "the sync page test failed: no sync screenshots" >&2
