#!/usr/bin/env bash
# roms/test-build.sh - checks build.sh itself (needs SDCC, like build.sh):
#   1. the memory-map check stops a build whose code runs past the ROM region,
#      whose data reaches the stack, or (MINT) whose stack reaches MINT's own RAM;
#   2. the images are reproducible: two copies of the sources in different folders
#      build byte-identical images, equal to the committed ones.
# Works on throw-away copies in a temporary folder; the repository is not touched.
# Exit status 0 when every check passes.
set -euo pipefail

ROMS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0

# A copy of roms/ (sources, build.sh, committed images) in $tmp/$1/roms.
copy() {
    mkdir -p "$tmp/$1"
    tar -C "$ROMS_DIR/.." --exclude=roms/build -cf - roms | tar -C "$tmp/$1" -xf -
}

# expect_failure NAME ROM MESSAGE: building ROM in copy NAME must fail and print MESSAGE.
expect_failure() {
    local out
    if out="$("$tmp/$1/roms/build.sh" "$2" 2>&1)"; then
        echo "FAIL $1: the build succeeded"; failures=$((failures + 1))
    elif ! grep -qF -- "$3" <<<"$out"; then
        echo "FAIL $1: no \"$3\" in:"; echo "$out"; failures=$((failures + 1))
    else
        echo "ok   $1: $(grep -F -- "$3" <<<"$out" | head -1)"
    fi
}

copy code-too-big
echo 'const unsigned char oversized_table[3000] = {1};' >> "$tmp/code-too-big/roms/src/monitor/memory.c"
expect_failure code-too-big monitor "past the ROM region"

copy data-too-big
echo 'unsigned char oversized_buffer[3000];' >> "$tmp/data-too-big/roms/src/monitor/memory.c"
expect_failure data-too-big monitor "overlaps the stack area"

copy stack-into-mint
sed -i 's/^STACK_TOP=.*/STACK_TOP=0x3100/' "$tmp/stack-into-mint/roms/src/mint/rom.conf"
expect_failure stack-into-mint mint "reaches into MINT_VARS"

copy first
mkdir -p "$tmp/second/elsewhere"
copy second/elsewhere
(cd "$tmp/first" && roms/build.sh >/dev/null)
(cd "$tmp/second/elsewhere/roms" && TZ=Pacific/Auckland ./build.sh >/dev/null)
for image in "$ROMS_DIR"/*.bin; do
    name="$(basename "$image")"
    if cmp -s "$tmp/first/roms/$name" "$tmp/second/elsewhere/roms/$name" \
        && cmp -s "$tmp/first/roms/$name" "$image"; then
        echo "ok   reproducible: $name"
    else
        echo "FAIL reproducible: $name differs between two builds or from the committed image"
        failures=$((failures + 1))
    fi
done

if [ "$failures" -ne 0 ]; then
    echo "test-build.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "test-build.sh: all checks passed"
