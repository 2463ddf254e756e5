#!/usr/bin/env bash
# Prints the size of the wasm bundle (and the web page's single file if built): raw bytes and
# gzip -9 bytes, as written in README "Measurements".
#   bash scripts/measure-size.sh [FILE…]     default: build/wasm/gkcheck_wasm.js build/web/gkcheck.html
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
[ "${#files[@]}" -gt 0 ] || files=(build/wasm/gkcheck_wasm.js build/web/gkcheck.html)
printf '%-34s %12s %12s\n' file raw gzip-9
for f in "${files[@]}"; do
  [ -f "$f" ] || { printf '%-34s %12s\n' "$f" missing; continue; }
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-34s %12s %12s   (%s KiB, %s KiB gzipped)\n' "$f" "$raw" "$gz" $((raw / 1024)) $((gz / 1024))
done
