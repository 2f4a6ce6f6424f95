#!/usr/bin/env bash
# Inline-cache benchmark: each program in bench/ic runs in the interpreter with and without inline
# caches (--no-ic), interleaved in one run; prints steady-state ms per iteration and the speedup.
#   bench/ic-vs-noic.sh            # the interpreter (--jitless)
#   bench/ic-vs-noic.sh --tier1    # the default tiering, tier 1 included
set -euo pipefail
mode=(--jitless); label="--jitless"
if [ "${1:-}" = "--tier1" ]; then mode=(); label="tier 1"; fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp=$(mktemp -d)
steady() { grep " iteration " | awk '{print $(NF-1)}' | python3 -c 'import sys; v=[float(x) for x in sys.stdin]; t=sorted(v[len(v)//2:]); print(t[(len(t)-1)//2] if t else "NA")'; }
printf "| program | %s ms | %s --no-ic ms | IC speedup |\n|---|---:|---:|---:|\n" "$label" "$label"
for f in "$root"/bench/ic/*.js; do
  name=$(basename "$f" .js)
  cat "$root/bench/interp/harness.js" "$f" > "$tmp/$name.js"
  with=$("$root/bin/piste" ${mode[@]+"${mode[@]}"} "$tmp/$name.js" | steady)
  without=$("$root/bin/piste" ${mode[@]+"${mode[@]}"} --no-ic "$tmp/$name.js" | steady)
  printf "| %s | %s | %s | %s |\n" "$name" "$with" "$without" "$(awk -v a="$with" -v b="$without" 'BEGIN { if (a > 0) printf "%.2fx", b / a; else print "-" }')"
done
rm -rf "$tmp"
