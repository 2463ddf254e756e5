#!/usr/bin/env bash
# Builds the native command line and the unit tests: build/native/gkcheck (Release).
#   bash scripts/build-native.sh [extra cmake -D options…]
# Incremental: reconfigures only when build/native has no cache yet (or options are given).
set -euo pipefail
cd "$(dirname "$0")/.."
B=build/native
if [ ! -f "$B/CMakeCache.txt" ] || [ "$#" -gt 0 ]; then
  cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=Release "$@"
fi
cmake --build "$B" --parallel "$(nproc 2>/dev/null || echo 2)"
echo "build-native: $B/gkcheck" >&2
