#!/usr/bin/env bash
# Test servers for Ferry: MariaDB (ROW binlog, full row metadata, LOCAL INFILE) and
# PostgreSQL 15 (wal_level=logical, replication from 127.0.0.1), both on loopback, on free
# ports, in one temporary directory, with TLS from a throw-away CA.
#
#   tests/support/servers.sh start [DIR]   start both; prints the env file to source
#   tests/support/servers.sh stop  [DIR]   stop both and remove DIR
#   tests/support/servers.sh env   [DIR]   print the env file path
#   tests/support/servers.sh restart-pg      [DIR [SECONDS]]   stop PostgreSQL (fast shutdown:
#   tests/support/servers.sh restart-mariadb [DIR [SECONDS]]   sessions are cut), keep it down
#                                            SECONDS (default 0), start it on the same port
#
# DIR defaults to $FERRY_TEST_DIR or /tmp/ferry-test-servers. Must run as root: the servers
# run as the users mysql and postgres (initdb refuses root). No service manager is needed.
#
# Accounts (password in the env file):
#   MariaDB  ferry@127.0.0.1          all privileges, grant option
#            ferry_tls@127.0.0.1      REQUIRE SSL
#            ferry_limited@127.0.0.1  SELECT only (no replication privileges)
#   Postgres ferry                    superuser (replication, createdb)
#            ferry_tls                refused without TLS (pg_hba hostnossl reject)
#            ferry_limited            plain login, no replication
set -euo pipefail

cmd=${1:-}
dir=${2:-${FERRY_TEST_DIR:-/tmp/ferry-test-servers}}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
password=ferry-test-pw

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Hltn "sport = :$port" | grep -q .; then
            echo "$port"
            return
        fi
    done
}

make_certs() {
    local d=$dir/tls
    mkdir -p "$d"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Ferry Test CA" \
        -keyout "$d/ca.key" -out "$d/ca.pem" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$d/server.key" -out "$d/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$d/san.ext"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" \
        -CAcreateserial -days 30 -extfile "$d/san.ext" -out "$d/server.pem" >/dev/null 2>&1
    chmod 644 "$d"/*.pem
    chmod 640 "$d/server.key"
}

# Starts mariadbd on the data directory start_mariadb made (also after a stop: restart-mariadb).
launch_mariadb() {
    local d=$dir/mariadb port=$1
    mariadbd --no-defaults --user=mysql --datadir="$d/data" --socket="$d/mysqld.sock" \
        --pid-file="$d/mysqld.pid" --port="$port" --bind-address=127.0.0.1 \
        --skip-name-resolve --server-id=1 --log-bin="$d/binlog/mysql-bin" \
        --binlog-format=ROW --binlog-row-image=FULL --binlog-row-metadata=FULL \
        --expire-logs-days=7 --local-infile=ON --max-allowed-packet=256M \
        --innodb-buffer-pool-size=512M --innodb-log-file-size=256M \
        --innodb-flush-log-at-trx-commit=2 --sync-binlog=0 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --ssl-ca="$d/tls/ca.pem" --ssl-cert="$d/tls/server.pem" --ssl-key="$d/tls/server.key" \
        --log-error="$d/error.log" >/dev/null 2>&1 &
    echo $! >"$d/launcher.pid"
    for _ in $(seq 1 300); do
        mariadb-admin --no-defaults --socket="$d/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
        sleep 0.1
    done
}

stop_mariadb() {
    local d=$dir/mariadb
    if [ -S "$d/mysqld.sock" ]; then
        mariadb-admin --no-defaults --socket="$d/mysqld.sock" -uroot shutdown \
            >/dev/null 2>&1 || true
    fi
    if [ -f "$d/launcher.pid" ]; then
        local pid
        pid=$(cat "$d/launcher.pid")
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
}

start_mariadb() {
    local d=$dir/mariadb port
    port=$(free_port)
    mkdir -p "$d/data" "$d/binlog" "$d/tls"
    cp "$dir/tls/ca.pem" "$dir/tls/server.pem" "$dir/tls/server.key" "$d/tls/"
    chown -R mysql:mysql "$d"
    mariadb-install-db --no-defaults --user=mysql --datadir="$d/data" \
        --auth-root-authentication-method=normal --skip-test-db >"$d/install.log" 2>&1
    launch_mariadb "$port"
    mariadb --no-defaults --socket="$d/mysqld.sock" -uroot <<SQL
CREATE USER 'ferry'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'ferry'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER 'ferry_tls'@'127.0.0.1' IDENTIFIED BY '$password' REQUIRE SSL;
GRANT ALL PRIVILEGES ON *.* TO 'ferry_tls'@'127.0.0.1';
CREATE USER 'ferry_limited'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT SELECT ON *.* TO 'ferry_limited'@'127.0.0.1';
SQL
    echo "$port"
}

start_postgres() {
    local d=$dir/postgres port
    port=$(free_port)
    mkdir -p "$d"
    cp "$dir/tls/server.pem" "$dir/tls/server.key" "$dir/tls/ca.pem" "$d/"
    chown -R postgres:postgres "$d"
    chmod 600 "$d/server.key"
    printf '%s\n' "$password" >"$d/pwfile"
    chown postgres:postgres "$d/pwfile"
    su postgres -s /bin/sh -c "$pgbin/initdb -D '$d/data' -U postgres --pwfile='$d/pwfile' \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8" \
        >"$d/initdb.log" 2>&1
    cat >>"$d/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$d'
wal_level = logical
max_replication_slots = 10
max_wal_senders = 10
fsync = off
full_page_writes = off
max_wal_size = 2GB
shared_buffers = 256MB
ssl = on
ssl_cert_file = '$d/server.pem'
ssl_key_file = '$d/server.key'
ssl_ca_file = '$d/ca.pem'
CONF
    cat >"$d/data/pg_hba.conf" <<HBA
local     all          all                    trust
hostnossl all          ferry_tls 127.0.0.1/32 reject
host      all          all       127.0.0.1/32 scram-sha-256
host      replication  all       127.0.0.1/32 scram-sha-256
HBA
    su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$d/data' -l '$d/server.log' -w -t 60 start" \
        >/dev/null
    su postgres -s /bin/sh -c "$pgbin/psql -h '$d' -p $port -U postgres -v ON_ERROR_STOP=1 -q" <<SQL
CREATE ROLE ferry LOGIN SUPERUSER REPLICATION PASSWORD '$password';
CREATE ROLE ferry_tls LOGIN SUPERUSER PASSWORD '$password';
CREATE ROLE ferry_limited LOGIN PASSWORD '$password';
SQL
    echo "$port"
}

stop_postgres() {
    if [ -f "$dir/postgres/data/postmaster.pid" ]; then
        su postgres -s /bin/sh -c "$pgbin/pg_ctl -D '$dir/postgres/data' -m fast -w stop" \
            >/dev/null 2>&1 || true
    fi
}

stop_all() {
    stop_mariadb
    stop_postgres
}

case "$cmd" in
start)
    [ "$(id -u)" = 0 ] || { echo "servers.sh: run as root (the servers switch users)" >&2; exit 2; }
    if [ -f "$dir/servers.env" ]; then stop_all; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 755 "$dir"
    make_certs
    mport=$(start_mariadb)
    pport=$(start_postgres)
    cat >"$dir/servers.env" <<ENV
export FERRY_TEST_DIR=$dir
export FERRY_TEST_MARIADB_HOST=127.0.0.1
export FERRY_TEST_MARIADB_PORT=$mport
export FERRY_TEST_MARIADB_USER=ferry
export FERRY_TEST_MARIADB_PASSWORD=$password
export FERRY_TEST_MARIADB_SOCKET=$dir/mariadb/mysqld.sock
export FERRY_TEST_PG_HOST=127.0.0.1
export FERRY_TEST_PG_PORT=$pport
export FERRY_TEST_PG_USER=ferry
export FERRY_TEST_PG_PASSWORD=$password
export FERRY_TEST_CA_FILE=$dir/tls/ca.pem
ENV
    echo "$dir/servers.env"
    ;;
stop)
    stop_all
    rm -rf "$dir"
    ;;
env)
    echo "$dir/servers.env"
    ;;
restart-pg)
    [ -f "$dir/servers.env" ] || { echo "servers.sh: no servers in $dir" >&2; exit 2; }
    stop_postgres
    sleep "${3:-0}"
    su postgres -s /bin/sh \
        -c "$pgbin/pg_ctl -D '$dir/postgres/data' -l '$dir/postgres/server.log' -w -t 60 start" \
        >/dev/null
    ;;
restart-mariadb)
    [ -f "$dir/servers.env" ] || { echo "servers.sh: no servers in $dir" >&2; exit 2; }
    # shellcheck disable=SC1091
    . "$dir/servers.env"
    stop_mariadb
    sleep "${3:-0}"
    launch_mariadb "$FERRY_TEST_MARIADB_PORT"
    ;;
*)
    echo "usage: $0 start|stop|env|restart-pg|restart-mariadb [DIR [SECONDS]]" >&2
    exit 2
    ;;
esac
