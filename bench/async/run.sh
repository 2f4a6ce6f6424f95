#!/usr/bin/env bash
# Async benchmark: bench/async/generators.js (1e6 generator next() calls) and awaits.js (1e6 awaits of a
# resolved promise) on `bin/piste --jitless`, `node` and `node --jitless`. Each run prints "<name>: <ms> ms,
# checksum <n>"; the table shows the time of one run each and piste's ratio to both node modes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ms() { sed -n 's/.*: \([0-9]*\) ms.*/\1/p'; }
sum() { sed -n 's/.*checksum \([0-9]*\).*/\1/p'; }
printf "| program | piste --jitless ms | node ms | node --jitless ms | piste/node | piste/node --jitless | checksums agree |\n|---|---:|---:|---:|---:|---:|---|\n"
for name in generators awaits; do
  f="$root/bench/async/$name.js"
  po=$("$root/bin/piste" --jitless "$f"); no=$(node "$f"); nj=$(node --jitless "$f" 2>/dev/null)
  p=$(echo "$po" | ms); n=$(echo "$no" | ms); j=$(echo "$nj" | ms)
  agree=no; [ "$(echo "$po" | sum)" = "$(echo "$no" | sum)" ] && [ "$(echo "$no" | sum)" = "$(echo "$nj" | sum)" ] && agree=yes
  r1=$(awk -v a="$p" -v b="$n" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
  r2=$(awk -v a="$p" -v b="$j" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
  printf "| %s | %s | %s | %s | %s | %s | %s |\n" "$name" "$p" "$n" "$j" "$r1" "$r2" "$agree"
done
