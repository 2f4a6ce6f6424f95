#!/usr/bin/env bash
# Interpreter benchmark: each program in bench/interp on `bin/piste --jitless` and `node --jitless`,
# interleaved in one run. Prints the steady-state time per iteration (median of the last half) and the ratio.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp=$(mktemp -d)
steady() { grep " iteration " | awk '{print $(NF-1)}' | python3 -c 'import sys; v=[float(x) for x in sys.stdin]; t=sorted(v[len(v)//2:]); print(t[(len(t)-1)//2] if t else "NA")'; }
printf "| program | piste --jitless ms | node --jitless ms | ratio |\n|---|---:|---:|---:|\n"
for f in "$root"/bench/interp/*.js; do
  name=$(basename "$f" .js); [ "$name" = harness ] && continue
  cat "$root/bench/interp/harness.js" "$f" > "$tmp/$name.js"
  p=$("$root/bin/piste" --jitless "$tmp/$name.js" | steady)
  if command -v node >/dev/null; then n=$(node --jitless "$tmp/$name.js" | steady); else n=NA; fi
  ratio=$(awk -v p="$p" -v n="$n" 'BEGIN { if (n > 0) printf "%.2f", p / n; else print "-" }')
  printf "| %s | %s | %s | %s |\n" "$name" "$p" "$n" "$ratio"
done
rm -rf "$tmp"
