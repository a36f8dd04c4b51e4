#!/usr/bin/env bash
# Writes ferry's man page (section 1, roff) from the program's own help, so the page never
# drifts from the program: `ferry --help` becomes the description, and each command listed
# under "Commands:" gets a section made from `ferry COMMAND --help`.
#   packaging/manpage.sh FERRY_BINARY VERSION OUT.1
set -euo pipefail

ferry=$1
version=$2
out=$3
export QT_QPA_PLATFORM=offscreen
# The page is English and this script parses the "Commands:" list: whatever the builder's locale.
export FERRY_LANG=en

# Help text -> roff: escape backslashes and leading dots/quotes, keep the layout verbatim.
roff_block() {
    printf '.nf\n'
    sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
    printf '.fi\n'
}

help=$("$ferry" --help)
commands=$(printf '%s\n' "$help" |
    awk '/^Commands:/ {on=1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}')
if [ -z "$commands" ]; then
    echo "manpage.sh: '$ferry --help' lists no commands" >&2
    exit 1
fi

{
    printf '.TH FERRY 1 "" "ferry %s" "User Commands"\n' "$version"
    printf '.SH NAME\nferry \\- migrate and synchronize databases (console and command line)\n'
    printf '.SH SYNOPSIS\n.B ferry\n[\\fIOPTIONS\\fR]\n.br\n.B ferry\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n'
    printf '.SH DESCRIPTION\n'
    printf '%s\n' "$help" | roff_block
    printf '.SH COMMANDS\n'
    for c in $commands; do
        printf '.SS %s\n' "$c"
        "$ferry" "$c" --help | roff_block
    done
    printf '.SH FILES\n.TP\n.I ~/.local/share/Ferry/\nthe metadata store, logs and the encrypted secret vault (see \\-\\-store and FERRY_STORE)\n'
    printf '.SH SEE ALSO\nThe offline help in the console (F1), and /usr/share/doc/ferry/.\n'
} >"$out"
