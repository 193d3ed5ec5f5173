#!/bin/sh
# check-modules.sh - checks each module object's .exo.module record against
# the object itself:
#   - one record, whose name is the object's file name, with the keys name,
#     requires, hypercalls and doc in that order;
#   - requires names exactly the modules that define the symbols the object
#     leaves undefined (besides the app's main and the linker script's
#     symbols, listed in EXTERNAL);
#   - hypercalls names exactly the hypercalls its ecall instructions make
#     (the a7 value loaded last before each ecall in the disassembly,
#     numbers from exovisor/pv.h);
#   - the object has no R_RISCV_ALIGN relocation (a linker need not relax).
#
#   check-modules.sh PV_H OBJ...
#
# Environment: NM, OBJCOPY, OBJDUMP, EXTERNAL (space-separated symbols).
set -eu
export LC_ALL=C

[ $# -ge 2 ] || { echo "usage: check-modules.sh PV_H OBJ..." >&2; exit 2; }
pv_h=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
bad() {
    echo "check-modules: $*" >&2
    status=1
}

# Symbol -> defining module, and number -> hypercall name.
: > "$work/defs"
for m in "$@"; do
    $NM -g --defined-only "$m" | awk -v m="$(basename "$m" .o)" 'NF == 3 { print $3, m }' >> "$work/defs"
done
sort -u "$work/defs" -o "$work/defs"
for s in ${EXTERNAL:-}; do
    echo "$s -"
done | sort -u > "$work/external"
sed -n 's/^#define __HYPERVISOR_\([a-z_0-9]*\) *EXO_U(\([0-9]*\)).*/\2 \1/p' "$pv_h" > "$work/hypercalls"

for m in "$@"; do
    name=$(basename "$m" .o)
    : > "$work/record.bin"
    $OBJCOPY --dump-section .exo.module="$work/record.bin" "$m" "$work/copy.o" 2>/dev/null || true
    tr '\000' '\n' < "$work/record.bin" > "$work/record"
    keys=$(sed 's/=.*//' "$work/record" | paste -s -d' ')
    [ "$keys" = "name requires hypercalls doc" ] || { bad "$m: record keys are '$keys'"; continue; }
    value() { sed -n "s/^$1=//p" "$work/record"; }
    [ "$(value name)" = "$name" ] || bad "$m: the record names module '$(value name)'"
    [ -n "$(value doc)" ] || bad "$m: the record has no doc"

    # requires
    value requires | tr ',' '\n' | sed '/^$/d' | sort -u > "$work/declared"
    $NM -u "$m" | awk 'NF == 2 { print $2 }' | sort -u > "$work/undefined"
    join -v 1 "$work/undefined" "$work/external" > "$work/needed"
    join "$work/needed" "$work/defs" | awk '{ print $2 }' | grep -v "^$name\$" | sort -u > "$work/used" || true
    missing=$(join -v 1 "$work/needed" "$work/defs" | paste -s -d' ')
    [ -z "$missing" ] || bad "$m: no module defines $missing"
    [ "$(paste -s -d, "$work/declared")" = "$(paste -s -d, "$work/used")" ] ||
        bad "$m: requires=$(value requires), but its undefined symbols come from $(paste -s -d, "$work/used")"

    if $OBJDUMP -r "$m" | grep -q R_RISCV_ALIGN; then
        bad "$m: R_RISCV_ALIGN relocations (compile with -mno-relax)"
    fi

    # hypercalls
    value hypercalls | tr ',' '\n' | sed '/^$/d' | sort -u > "$work/declared"
    $OBJDUMP -d --no-show-raw-insn "$m" | awk '
        / <[^.>][^>]*>:$/ { a7 = "" }
        $2 == "li" && $3 ~ /^a7,/ { a7 = substr($3, 4) }
        $2 == "ecall" { print (a7 == "" ? "unknown" : a7) }
    ' | sort -u > "$work/numbers"
    if grep -q unknown "$work/numbers"; then
        bad "$m: an ecall without a known a7"
    fi
    sort -k1,1 "$work/hypercalls" | join "$work/numbers" - | awk '{ print $2 }' | sort -u > "$work/made"
    [ "$(paste -s -d, "$work/declared")" = "$(paste -s -d, "$work/made")" ] ||
        bad "$m: hypercalls=$(value hypercalls), but it makes $(paste -s -d, "$work/made")"
done
exit $status
