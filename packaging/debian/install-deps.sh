#!/usr/bin/env bash
# Installs what Ferry needs on Debian 12 (bookworm): the build tool chain, Qt 6, the database
# client libraries, and with --test also the servers and tools its tests use.
#   packaging/debian/install-deps.sh          build and run the console
#   packaging/debian/install-deps.sh --test   ... plus MariaDB, PostgreSQL, Xvfb, clang-format
set -euo pipefail

build=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libmariadb-dev libpq-dev
)
tests=(
    mariadb-server mariadb-client postgresql-15 postgresql-client-15 openssl
    xvfb xauth imagemagick clang-format procps iproute2
)

packages=("${build[@]}")
if [ "${1:-}" = "--test" ]; then
    packages+=("${tests[@]}")
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
fi

# Skip apt entirely when everything is there already (a second run costs nothing).
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
