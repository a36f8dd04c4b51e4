#!/usr/bin/env bash
# Builds Ferry's DEB, RPM and TGZ packages (CPack) from a Release build into OUTDIR:
#   packaging/build-packages.sh OUTDIR
# The Release build lives in build-release/ (or FERRY_PACKAGE_BUILD_DIR: an existing build
# folder is reused as it is configured, which is how the package test packages the test build).
# Needs what `packaging/debian/install-deps.sh --package` installs (the build's packages, plus
# dpkg-dev for dpkg-shlibdeps, rpm for rpmbuild, lintian and appstream to check the result).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: packaging/build-packages.sh OUTDIR" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
build=${FERRY_PACKAGE_BUILD_DIR:-$root/build-release}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_TESTS=OFF
fi
cmake --build "$build"
# CPack writes into the build folder; the packages are moved to OUTDIR.
(cd "$build" && cpack -G "DEB;RPM;TGZ" -B "$build/packages")
find "$build/packages" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.tar.gz' \) \
    -exec mv -f {} "$out/" \;
ls -l "$out"
