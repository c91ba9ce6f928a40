#!/usr/bin/env bash
# roms/build.sh - builds every ROM of the project with SDCC (Z80).
#
#   roms/build.sh            build roms/src/<rom>/ into roms/<rom>.bin for every <rom>
#                            (every folder of roms/src with a rom.conf, except lib)
#   roms/build.sh NAME...    build only the named ROMs
#   roms/build.sh --check    build into a temporary folder and fail if a committed
#                            roms/<rom>.bin differs from the fresh build (used by CI)
# Beside each image the build keeps the debugger's symbols: roms/<rom>.noi (SDCC's NoICE
# list, DEF NAME 0xADDR) and roms/<rom>.cdb (the C line table: the L:C records of SDCC's
# --debug output). --debug only adds records; the image is the same with or without it.
#
# Each ROM folder holds its C/assembly sources and a rom.conf (shell syntax):
#   LIB="crt0.s startup.c usart8251.c console.c"  library modules (roms/src/lib), crt0.s first
#   ROM_SIZE=0x2000     ROM region $0000..ROM_SIZE-1; the image is padded to it with $FF
#   CODE_LOC=0x0070     start of _CODE (after crt0's fixed vectors)
#   DATA_LOC=0x2000     start of RAM data (globals)
#   STACK_TOP=0x2400    initial SP (the stack grows down from here)
#   STACK_SIZE=0x0100   bytes kept free below STACK_TOP; data must end below it
#   RAM_END=0xFFFF      last RAM address
#   CFLAGS="--opt-code-size"  extra sdcc options for the C files (this is the default)
# C files see these values as ROM_MAP_ROM_SIZE, ROM_MAP_DATA_LOC, ROM_MAP_STACK_TOP,
# ROM_MAP_STACK_SIZE and ROM_MAP_RAM_END, to check fixed addresses of their own (#error).
# Intermediates go to roms/build/<rom>/ (git-ignored). The result depends only on the
# sources: no dates or paths end up in the image.
set -euo pipefail

ROMS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC_DIR="$ROMS_DIR/src"
LIB_DIR="$SRC_DIR/lib"

die() { echo "build.sh: $*" >&2; exit 1; }

for tool in sdcc sdasz80 makebin; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found: apt-get install sdcc"
done

# Debian's SDCC 4.2 prints "op8_cost op: N" debug lines; drop them, keep real messages.
quiet() {
    local log
    log="$(mktemp)"
    if "$@" >"$log" 2>&1; then
        grep -v '^op8_cost op:' "$log" || true
        rm -f "$log"
    else
        grep -v '^op8_cost op:' "$log" >&2 || true
        rm -f "$log"
        return 1
    fi
}

# Value of symbol $2 in map file $1 (hex), 0 if absent.
map_symbol() {
    local value
    value="$(awk -v name="$2" '$2 == name { print $1; exit }' "$1")"
    echo $(( 16#${value:-0} ))
}

# Highest end address (start + length) of the named areas.
areas_end() {
    local map="$1"; shift
    local end=0 area s l
    for area in "$@"; do
        l=$(map_symbol "$map" "l_$area")
        [ "$l" -eq 0 ] && continue
        s=$(map_symbol "$map" "s_$area")
        [ $((s + l)) -gt "$end" ] && end=$((s + l))
    done
    echo "$end"
}

build_rom() {
    local rom="$1" out_dir="$2"
    local src="$SRC_DIR/$rom" work="$ROMS_DIR/build/$rom"
    [ -d "$src" ] || die "no ROM folder $src"
    [ -f "$src/rom.conf" ] || die "$rom: missing $src/rom.conf"

    local LIB="" ROM_SIZE=0x2000 CODE_LOC=0x0070 DATA_LOC=0x2000 STACK_TOP=0x2400
    local STACK_SIZE=0x0100 RAM_END=0xFFFF CFLAGS="--opt-code-size"
    # shellcheck source=/dev/null
    . "$src/rom.conf"

    rm -rf "$work"
    mkdir -p "$work"
    local rels=() file base
    for file in $LIB; do
        [ -f "$LIB_DIR/$file" ] || die "$rom: library module $file not found in $LIB_DIR"
        rels+=("$(compile "$rom" "$LIB_DIR/$file" "$work" "lib_")")
    done
    for file in "$src"/*.s "$src"/*.c; do
        [ -f "$file" ] || continue
        rels+=("$(compile "$rom" "$file" "$work" "")")
    done

    (cd "$work" && quiet sdcc -mz80 --no-std-crt0 --debug -Wl-j \
        --code-loc "$CODE_LOC" --data-loc "$DATA_LOC" \
        "-Wl-g__stack_top=$STACK_TOP" -o "$rom.ihx" "${rels[@]}") \
        || die "$rom: link failed"

    check_memory_map "$rom" "$work/$rom.map"
    makebin -s $((ROM_SIZE)) "$work/$rom.ihx" "$out_dir/$rom.bin" \
        || die "$rom: makebin failed"
    LC_ALL=C grep -v '^DEF [^ ]*\$' "$work/$rom.noi" | LC_ALL=C sort -u > "$out_dir/$rom.noi"
    LC_ALL=C grep -h '^L:C\$' "$work/$rom.cdb" | LC_ALL=C sort -u > "$out_dir/$rom.cdb" || true
}

# The rom.conf memory map as C macros (ROM_MAP_*), so sources can check their own
# fixed addresses against it with #if / #error.
map_defines() {
    printf -- '-DROM_MAP_ROM_SIZE=0x%04X -DROM_MAP_DATA_LOC=0x%04X -DROM_MAP_STACK_TOP=0x%04X ' \
        $((ROM_SIZE)) $((DATA_LOC)) $((STACK_TOP))
    printf -- '-DROM_MAP_STACK_SIZE=0x%04X -DROM_MAP_RAM_END=0x%04X' $((STACK_SIZE)) $((RAM_END))
}

# Compiles one source into $3, prints the .rel name (relative to $3).
compile() {
    local rom="$1" file="$2" work="$3" prefix="$4"
    local name base
    name="$(basename "$file")"
    base="$prefix${name%.*}"
    case "$name" in
        *.s) (cd "$work" && quiet sdasz80 -plosgff -o "$base.rel" "$file") \
                 || die "$rom: assembling $file failed" ;;
        *.c) (cd "$work" && quiet sdcc -mz80 -c --debug $CFLAGS -I"$LIB_DIR" -I"$SRC_DIR/$rom" \
                 $(map_defines) -o "$base.rel" "$file") || die "$rom: compiling $file failed" ;;
        *) die "$rom: do not know how to build $file" ;;
    esac
    echo "$base.rel"
}

check_memory_map() {
    local rom="$1" map="$2"
    local rom_end data_start data_end code_size data_size
    rom_end=$(areas_end "$map" _HEADER0 _HEADER1 _HEADER2 _HEADER3 _HEADER4 _HEADER5 \
        _HEADER6 _HEADER7 _HEADER8 _HEADER9 _HOME _CODE _INITIALIZER _GSINIT _GSFINAL)
    data_start=$((DATA_LOC))
    data_end=$(areas_end "$map" _DATA _INITIALIZED _BSEG _BSS _HEAP)
    [ "$data_end" -lt "$data_start" ] && data_end=$data_start
    code_size=$((rom_end))
    data_size=$((data_end - data_start))
    if [ "$rom_end" -gt $((ROM_SIZE)) ]; then
        die "$rom: code+constants end at $(printf '$%04X' "$rom_end"), past the ROM region \$0000-$(printf '$%04X' $((ROM_SIZE - 1)))"
    fi
    if [ "$data_start" -lt $((ROM_SIZE)) ]; then
        die "$rom: data at $(printf '$%04X' "$data_start") lies inside the ROM region"
    fi
    if [ "$data_end" -gt $((STACK_TOP - STACK_SIZE)) ]; then
        die "$rom: data $(printf '$%04X-$%04X' "$data_start" $((data_end - 1))) overlaps the stack area $(printf '$%04X-$%04X' $((STACK_TOP - STACK_SIZE)) $((STACK_TOP - 1)))"
    fi
    # A ROM that keeps RAM of its own after the globals (the label _heap_start in the
    # _HEAP area, e.g. BASIC's memory settings and program) must find it past all of them.
    local heap
    heap=$(map_symbol "$map" _heap_start)
    if [ "$heap" -ne 0 ] && [ "$heap" -lt "$(areas_end "$map" _DATA _INITIALIZED _BSEG _BSS)" ]; then
        die "$rom: _heap_start $(printf '$%04X' "$heap") lies inside the globals (they end at $(printf '$%04X' "$(areas_end "$map" _DATA _INITIALIZED _BSEG _BSS)"))"
    fi
    if [ $((STACK_TOP - 1)) -gt $((RAM_END)) ] || [ "$data_end" -gt $((RAM_END + 1)) ]; then
        die "$rom: data or stack leave the RAM region (RAM ends at $(printf '$%04X' $((RAM_END))))"
    fi
    printf '%-10s code %5d bytes ($0000-$%04X of $%04X)  data %4d bytes ($%04X-$%04X)  stack $%04X-$%04X\n' \
        "$rom" "$code_size" $((rom_end - 1)) $((ROM_SIZE - 1)) "$data_size" "$data_start" \
        $((data_end - 1)) $((STACK_TOP - STACK_SIZE)) $((STACK_TOP - 1))
}

list_roms() {
    local dir
    for dir in "$SRC_DIR"/*/; do
        dir="$(basename "$dir")"
        [ "$dir" = lib ] && continue
        # A folder without rom.conf is not (yet) a ROM, e.g. a library being written for it.
        [ -f "$SRC_DIR/$dir/rom.conf" ] || continue
        echo "$dir"
    done
}

check=0
roms=()
for arg in "$@"; do
    case "$arg" in
        --check) check=1 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        -*) die "unknown option $arg" ;;
        *) roms+=("$arg") ;;
    esac
done
[ ${#roms[@]} -eq 0 ] && mapfile -t roms < <(list_roms)

if [ "$check" -eq 1 ]; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    failed=()
    for rom in "${roms[@]}"; do
        build_rom "$rom" "$tmp"
        if ! cmp -s "$tmp/$rom.bin" "$ROMS_DIR/$rom.bin"; then
            failed+=("$rom")
        fi
        for ext in noi cdb; do
            if [ -f "$ROMS_DIR/$rom.$ext" ] && ! cmp -s "$tmp/$rom.$ext" "$ROMS_DIR/$rom.$ext"; then
                failed+=("$rom.$ext")
            fi
        done
    done
    if [ ${#failed[@]} -ne 0 ]; then
        die "committed image differs from a fresh build: ${failed[*]} (run roms/build.sh and commit roms/*.bin, *.noi, *.cdb)"
    fi
    echo "build.sh --check: all images match their sources"
else
    for rom in "${roms[@]}"; do
        build_rom "$rom" "$ROMS_DIR"
    done
fi
