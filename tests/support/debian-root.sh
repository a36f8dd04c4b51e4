# Sourced by the scripts that try Ferry in a minimal Debian 12 root (fresh-root.sh: the README's
# commands; package-root.sh: the .deb). Needs root (chroot, mount) and mmdebstrap.
#
# The root is made once with `mmdebstrap --variant=apt bookworm` (plus ca-certificates and git)
# and kept as a tarball in $FERRY_ROOT_CACHE (default /var/cache/ferry), remade after 30 days.
# Debian packages that a root's apt downloads are kept in $FERRY_ROOT_CACHE/apt-archives, so a
# second run downloads nothing; each root gets its own copy (hard links), so roots side by side
# do not hold each other's apt lock.
#
#   debian_root_open NAME   prints nothing; sets $root (the extracted root, mounted) and $work
#                           (its temporary folder) and installs an EXIT trap that closes it
#   root_pids               the processes running inside $root
#   debian_root_close       kills them, keeps the downloaded packages, unmounts, removes $work
#                           (runs from the trap; call `root_log_keep FILE DEST` before to keep a log)

cache=${FERRY_ROOT_CACHE:-/var/cache/ferry}
tarball=$cache/bookworm-apt-git.tar
max_age_days=30

debian_root_open() {
    local name=$1 tool
    for tool in mmdebstrap chroot mount; do
        command -v "$tool" >/dev/null || {
            say "FAIL: $tool is missing (packaging/debian/install-deps.sh --test installs it)"
            exit 1
        }
    done
    mkdir -p "$cache/apt-archives"
    if [ -f "$tarball" ] && [ -z "$(find "$tarball" -mtime +$max_age_days)" ]; then
        say "reusing the minimal root $tarball"
    else
        say "making a minimal Debian 12 root (mmdebstrap --variant=apt bookworm)"
        # mmdebstrap picks its output format from the file name: keep the .tar ending.
        if ! mmdebstrap --quiet --variant=apt --include=ca-certificates,git bookworm \
            "$cache/new.tar" >"$cache/mmdebstrap.log" 2>&1; then
            tail -n 20 "$cache/mmdebstrap.log"
            say "FAIL: mmdebstrap could not make the root (log: $cache/mmdebstrap.log)"
            exit 1
        fi
        mv "$cache/new.tar" "$tarball"
    fi
    work=$(mktemp -d "/var/tmp/ferry-$name.XXXXXX")
    root=$work/root
    mkdir -p "$root"
    trap debian_root_close EXIT
    tar -xf "$tarball" -C "$root"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    mount -t sysfs sys "$root/sys"
    cp -l "$cache"/apt-archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null ||
        cp "$cache"/apt-archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
    cp /etc/resolv.conf "$root/etc/resolv.conf"
}

root_pids() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && echo "${p#/proc/}"
    done
    return 0
}

# Hooks a script sets to run first when the root closes (for example to keep a log).
debian_root_before_close() { :; }

debian_root_close() {
    local pids m
    debian_root_before_close
    pids=$(root_pids)
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
    [ -n "${runner:-}" ] && { wait "$runner" 2>/dev/null || true; }
    sleep 0.5
    # Keep what this root downloaded for the next run.
    cp -n "$root"/var/cache/apt/archives/*.deb "$cache/apt-archives/" 2>/dev/null || true
    for m in dev sys proc; do
        mountpoint -q "$root/$m" && umount -R "$root/$m" 2>/dev/null || true
    done
    if mount | grep -q " $root/"; then
        say "warning: mounts left under $root; not removing it"
    else
        rm -rf "$work"
    fi
}
