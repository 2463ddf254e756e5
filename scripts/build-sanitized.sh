#!/usr/bin/env bash
# Builds the command line and every test with AddressSanitizer and UndefinedBehaviorSanitizer
# (GKCHECK_SANITIZE=ON) in build/san, for the sanitized run of the test suite:
#   bash scripts/build-sanitized.sh && ctest --test-dir build/san
# Any report of either sanitizer aborts the test that caused it (-fno-sanitize-recover=all).
# The linear-time tests use 1 and 4 MB inputs here instead of 10 and 40 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
B=build/san
if [ ! -f "$B/CMakeCache.txt" ]; then
  cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGKCHECK_SANITIZE=ON >/dev/null
fi
cmake --build "$B" --parallel "$(nproc 2>/dev/null || echo 2)"
echo "build-sanitized: $B" >&2
