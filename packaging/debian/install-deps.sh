#!/usr/bin/env bash
# Installs what Ferry needs on Debian 12 (bookworm), on a minimal root, with or without
# recommends:
#   packaging/debian/install-deps.sh          build and run the console
#   packaging/debian/install-deps.sh --test   ... plus the servers and tools its tests use
#                                              (the packaging tools included: CI builds and
#                                              installs the .deb)
#   packaging/debian/install-deps.sh --package ... plus what packaging/build-packages.sh and
#                                              the package checks use
#   packaging/debian/install-deps.sh --fuzz   ... plus clang 19 and libFuzzer (docs/fuzzing.md;
#                                              optional: no test needs them)
#   packaging/debian/install-deps.sh --check  no install: every find_package component and
#                                              pkg_check_modules module that the CMake files ask
#                                              for has a package below (run by ctest: deps_map)
#
# The build list is derived from what CMake asks for, one row per request, never from what a
# machine happens to have: `--no-install-recommends` installs exactly these and their Depends.
set -euo pipefail

# CMake request -> the Debian package that satisfies it on bookworm.
declare -A provides=(
    # find_package(Qt6 COMPONENTS ...)
    [Qt6::Core]=qt6-base-dev
    [Qt6::Gui]=qt6-base-dev
    [Qt6::Widgets]=qt6-base-dev
    [Qt6::Sql]=qt6-base-dev
    [Qt6::Network]=qt6-base-dev
    [Qt6::Concurrent]=qt6-base-dev
    [Qt6::Test]=qt6-base-dev
    # Qt6Charts' CMake package requires Qt6OpenGL and Qt6OpenGLWidgets, which live in
    # libqt6opengl6-dev: qt6-base-dev only *recommends* it.
    [Qt6::Charts]="qt6-charts-dev libqt6opengl6-dev"
    [Qt6::Svg]=qt6-svg-dev
    # lupdate/lrelease (qt6-l10n-tools), their CMake package (qt6-tools-dev) and lprodump,
    # which the CMake package imports (qt6-tools-dev-tools).
    [Qt6::LinguistTools]="qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools"
    # find_package(Qt6Keychain)
    [Qt6Keychain]=qtkeychain-qt6-dev
    # find_package(PkgConfig) and pkg_check_modules(... module)
    [PkgConfig]=pkg-config
    [libsodium]=libsodium-dev
    [libmariadb]=libmariadb-dev
    [libpq]=libpq-dev
    [sqlite3]=libsqlite3-dev
    [rdkafka]=librdkafka-dev
    # find_package(ZLIB)
    [ZLIB]=zlib1g-dev
)

# The tool chain that the README's commands call, and the Qt plug-ins that Ferry loads at run
# time (no CMake request names them: a build without them succeeds and the console then fails).
toolchain=(g++ cmake ninja-build)
runtime=(
    libqt6sql6-sqlite # QSQLITE: the metadata store
    libqt6svg6        # SVG icon engine and image format plug-ins
    qt6-qpa-plugins   # platform plug-ins beyond xcb/offscreen
    qt6-translations-l10n # Qt's own texts (file dialogs, context menus) in Ferry's languages
)
tests=(
    mariadb-server mariadb-client postgresql-15 postgresql-client-15 openssl
    xvfb xauth imagemagick clang-format procps iproute2 git
    kcat # reads the mock Kafka cluster's topics by hand (docs/sync-formats.md)
    mmdebstrap ca-certificates # tests/support/fresh-root.sh
    prometheus # promtool checks the /metrics text (tst_monitoring, tst_monitoring_cli)
    postgresql-15-postgis-3 # PostGIS: spatial columns into PostgreSQL (tst_schema_objects)
)
# packaging/build-packages.sh and tests/support/package-root.sh: dpkg-shlibdeps (dpkg-dev),
# rpmbuild (rpm), lintian, appstreamcli (appstream), desktop-file-validate.
package=(dpkg-dev file rpm lintian appstream desktop-file-utils)
# tests/fuzz (FERRY_FUZZ=ON): clang 17 or later, the first whose concepts let libstdc++ 12 offer
# std::expected (bookworm's clang 14 cannot build Ferry), and its libFuzzer + ASan runtimes.
fuzz=(clang-19 libclang-rt-19-dev)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

# Every request in the CMake files, as Qt6::Component, a find_package name, or a pkg module.
cmake_requests() {
    local files
    files=$(find "$root" -path "$root/build*" -prune -o \
        \( -name CMakeLists.txt -o -name '*.cmake' \) -print)
    # shellcheck disable=SC2086
    cat $files | tr '\n' ' ' | grep -oE '(find_package|pkg_check_modules)\([^)]*\)' |
        while read -r call; do
            args=${call#*(}
            args=${args%)}
            # shellcheck disable=SC2086
            set -- $args
            case $call in
            find_package*)
                name=$1
                shift
                if [ "$name" = Qt6 ]; then
                    seen=0
                    for a in "$@"; do
                        case $a in
                        COMPONENTS) seen=1 ;;
                        REQUIRED | OPTIONAL_COMPONENTS | CONFIG | QUIET) ;;
                        *) [ $seen = 1 ] && echo "Qt6::$a" ;;
                        esac
                    done
                else
                    echo "$name"
                fi
                ;;
            pkg_check_modules*)
                shift # the prefix
                for a in "$@"; do
                    case $a in
                    REQUIRED | QUIET | IMPORTED_TARGET | GLOBAL | NO_CMAKE_PATH | NO_CMAKE_ENVIRONMENT_PATH) ;;
                    *) echo "${a%%[<>=]*}" ;;
                    esac
                done
                ;;
            esac
        done | sort -u
}

if [ "${1:-}" = "--check" ]; then
    unmapped=()
    while read -r request; do
        [ -n "${provides[$request]+x}" ] || unmapped+=("$request")
    done < <(cmake_requests)
    if [ ${#unmapped[@]} -ne 0 ]; then
        echo "install-deps.sh: no Debian package named for: ${unmapped[*]}" >&2
        echo "  add a row to 'provides' in packaging/debian/install-deps.sh" >&2
        exit 1
    fi
    echo "every CMake request has a package: $(cmake_requests | tr '\n' ' ')"
    exit 0
fi

packages=("${toolchain[@]}" "${runtime[@]}")
while read -r request; do
    if [ -z "${provides[$request]+x}" ]; then
        echo "install-deps.sh: CMake asks for $request, and no Debian package is named for it" >&2
        exit 1
    fi
    # shellcheck disable=SC2206
    packages+=(${provides[$request]})
done < <(cmake_requests)
if [ "${1:-}" = "--test" ]; then
    packages+=("${tests[@]}" "${package[@]}")
fi
if [ "${1:-}" = "--package" ]; then
    packages+=("${package[@]}")
fi
if [ "${1:-}" = "--fuzz" ]; then
    packages+=("${fuzz[@]}")
fi
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)

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
if ! $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/ferry-apt.log 2>&1; then
    grep -E '^E:|Unable to locate|has no installation candidate' /tmp/ferry-apt.log >&2 || tail -n 20 /tmp/ferry-apt.log >&2
    echo "install-deps.sh: apt-get install failed (full output: /tmp/ferry-apt.log)" >&2
    exit 1
fi
