#!/usr/bin/env bash
# check-qemu.sh - runs every manifest entry with "qemu": true on QEMU and
# compares the console output with <name>.expected (byte for byte) and the
# exit code with the manifest's "exit". Build first: make -s -C libos guests
set -u

cd "$(dirname "$0")" || exit 2
QEMU=${QEMU:-qemu-system-riscv32}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# Prints "name exit" for every manifest entry that runs on QEMU.
qemu_entries() {
    if command -v jq >/dev/null; then
        jq -r '.[] | select(.qemu) | "\(.name) \(.exit)"' manifest.json
    else
        node -e 'for (const t of JSON.parse(require("fs").readFileSync("manifest.json", "utf8")))
            if (t.qemu) console.log(t.name, t.exit);'
    fi
}

failed=0
total=0
while IFS=' ' read -r name want_exit; do
    total=$((total + 1))
    timeout -s KILL 20 "$QEMU" -machine virt -bios none -kernel "build/$name.elf" \
        -nographic </dev/null 2>"$tmp/$name.err" | head -c 20000 >"$tmp/$name.out"
    got_exit=${PIPESTATUS[0]}
    problems=""
    if [ "$got_exit" != "$want_exit" ]; then
        problems="exit $got_exit, want $want_exit"
    fi
    if ! cmp -s "$tmp/$name.out" "$name.expected"; then
        problems="${problems:+$problems; }output differs from $name.expected"
    fi
    if [ -s "$tmp/$name.err" ]; then
        problems="${problems:+$problems; }stderr: $(head -c 200 "$tmp/$name.err")"
    fi
    if [ -n "$problems" ]; then
        failed=$((failed + 1))
        echo "FAIL $name: $problems"
        diff "$name.expected" "$tmp/$name.out" | head -n 20
    else
        echo "ok   $name"
    fi
done < <(qemu_entries)

echo "$((total - failed))/$total passed"
[ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
