#!/usr/bin/env bash
# Inline-cache benchmark: each program in bench/ic runs in the interpreter with and without inline
# caches (--no-ic), interleaved in one run; prints steady-state ms per iteration and the speedup.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp=$(mktemp -d)
steady() { grep " iteration " | awk '{print $(NF-1)}' | python3 -c 'import sys; v=[float(x) for x in sys.stdin]; t=sorted(v[len(v)//2:]); print(t[(len(t)-1)//2] if t else "NA")'; }
printf "| program | --jitless ms | --jitless --no-ic ms | IC speedup |\n|---|---:|---:|---:|\n"
for f in "$root"/bench/ic/*.js; do
  name=$(basename "$f" .js)
  cat "$root/bench/interp/harness.js" "$f" > "$tmp/$name.js"
  with=$("$root/bin/piste" --jitless "$tmp/$name.js" | steady)
  without=$("$root/bin/piste" --jitless --no-ic "$tmp/$name.js" | steady)
  printf "| %s | %s | %s | %s |\n" "$name" "$with" "$without" "$(awk -v a="$with" -v b="$without" 'BEGIN { if (a > 0) printf "%.2fx", b / a; else print "-" }')"
done
rm -rf "$tmp"
