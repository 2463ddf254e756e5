#!/usr/bin/env bash
# Fuzzes the core (gk::check, gk::to_json, gk::check_json, with and without
# last year's report) with libFuzzer, AddressSanitizer and UBSan, for a
# bounded time:
#   bash scripts/fuzz.sh            60 seconds (what CI runs)
#   bash scripts/fuzz.sh 3600       an hour
#   GK_FUZZ_JOBS=2 bash scripts/fuzz.sh 3600   two processes (logs in build/fuzz/fuzz-*.log)
#   GK_FUZZ_SEED=1 bash scripts/fuzz.sh        the same mutations each run (the test suite's run)
# The harness is fuzz/fuzz_check.cpp; it is built in build/fuzz with clang.
# Seeds: fuzz/corpus, the fixtures' reports and every input that once failed
# (tests/fixtures/fuzz-regressions); what it learns stays in build/fuzz/corpus.
# A crash, a hang (over GK_FUZZ_TIMEOUT s, default 10) or a memory blow-up
# (over 2 GB) stops it: the input is saved in build/fuzz/artifacts/, the exit
# status is non-zero, and the input belongs in tests/fixtures/fuzz-regressions/
# (ctest replays that folder) once the core is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
jobs=${GK_FUZZ_JOBS:-1}
timeout=${GK_FUZZ_TIMEOUT:-10}
seed=${GK_FUZZ_SEED:-}   # libFuzzer's random seed: set for a reproducible run (test.sh sets 1)
out=build/fuzz

CC=clang CXX=clang++ cmake -S fuzz -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j2 >/dev/null

root=$PWD
mkdir -p "$out/corpus" "$out/artifacts"
seeds=("$root/fuzz/corpus" "$root/tests/fixtures/seeds")
[ -d tests/fixtures/fuzz-regressions ] && seeds+=("$root/tests/fixtures/fuzz-regressions")

flags=(
  -max_total_time="$seconds"
  -timeout="$timeout"
  -rss_limit_mb=2048
  -max_len=16384
  -dict="$root/fuzz/gkcheck.dict"
  -artifact_prefix="$root/$out/artifacts/"
  -print_final_stats=1
)
[ "$jobs" -gt 1 ] && flags+=(-jobs="$jobs" -workers="$jobs")
[ -n "$seed" ] && flags+=(-seed="$seed")

echo "fuzz: ${seconds} s, $jobs process(es); seeds: fuzz/corpus, tests/fixtures/seeds, tests/fixtures/fuzz-regressions"
# Runs in build/fuzz (where -jobs writes its logs); new coverage goes to build/fuzz/corpus.
# The progress lines are left out; the final stats and any report are kept.
set +e
(cd "$out" && ./fuzz_check "${flags[@]}" corpus "${seeds[@]}" 2>&1) |
  grep --line-buffered -Ev '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)|^".*" # Uses: '
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "fuzz: FAILED (exit $status). The newest saved inputs:"
  ls -1t "$out/artifacts/" | head -n 3 | sed "s|^|  $out/artifacts/|"
  echo "fuzz: replay one with: $out/fuzz_check $out/artifacts/FILE"
  echo "fuzz: once the core is fixed, copy it to tests/fixtures/fuzz-regressions/ (ctest replays that folder)"
  exit 1
fi
echo "fuzz: no crash, hang, leak or broken JSON in ${seconds} s"
