#!/usr/bin/env bash
# Fuzzes the core (gk::check, gk::to_json, gk::check_json, with and without
# last year's report) with libFuzzer, AddressSanitizer and UBSan, for a
# bounded time:
#   bash scripts/fuzz.sh            60 seconds (what CI runs)
#   bash scripts/fuzz.sh 3600       an hour (the long run: nice -n 19 bash scripts/fuzz.sh 3600,
#                                   or GK_FUZZ_JOBS=N on N idle cores)
#   GK_FUZZ_HARNESS=fuzz_normalize bash scripts/fuzz.sh 600   another harness (scripts/fuzz-flags.sh
#                                   lists them: fuzz_check, the default, fuzz_read, fuzz_normalize,
#                                   fuzz_cells, and the file readers fuzz_docx, fuzz_html, fuzz_pdf_layout)
#   GK_FUZZ_HARNESS="fuzz_docx fuzz_html fuzz_pdf_layout" bash scripts/fuzz.sh 20   each for 20 s (CI)
#   bash scripts/fuzz-bench.sh      executions per second of each harness
#   GK_FUZZ_JOBS=2 bash scripts/fuzz.sh 3600   two processes (logs in build/fuzz/fuzz-*.log)
#   GK_FUZZ_SEED=1 bash scripts/fuzz.sh        the same mutations each run (the test suite's run)
# The harnesses are fuzz/fuzz_*.cpp; they are built in build/fuzz with clang.
# fuzz_check mutates mostly the report's structure (fuzz/report_mutator.h:
# cells, rows, labels, separators), one time in five libFuzzer's bytes.
# Inputs are capped at 4 KiB (scripts/fuzz-flags.sh says why).
# Seeds: fuzz/corpus, the fixtures' reports and every input that once failed
# (tests/fixtures/fuzz-regressions); what it learns stays in build/fuzz/corpus.
# The timeout is wall-clock: at nice 19 on a busy machine a 30 ms input once
# took over 10 s, so give the long run GK_FUZZ_TIMEOUT=60:
#   GK_FUZZ_TIMEOUT=60 nice -n 19 bash scripts/fuzz.sh 3600
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
harnesses=${GK_FUZZ_HARNESS:-fuzz_check}  # one or more, space-separated, each run for the seconds given
out=build/fuzz

CC=clang CXX=clang++ cmake -S fuzz -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j2 >/dev/null

root=$PWD
source scripts/fuzz-flags.sh

# One harness for the given seconds; non-zero when it found something.
run_one() {
  local harness=$1 corpus=corpus
  [ "$harness" != fuzz_check ] && corpus=corpus-$harness
  mkdir -p "$out/$corpus" "$out/artifacts"
  local seeds hflags
  read -r -a seeds <<<"$(fuzz_seeds "$harness" | tr '\n' ' ')"
  read -r -a hflags <<<"$(fuzz_flags "$harness")"
  local flags=(
    -max_total_time="$seconds"
    -timeout="$timeout"
    -rss_limit_mb=2048
    "${hflags[@]}"
    -artifact_prefix="$root/$out/artifacts/"
    -print_final_stats=1
  )
  [ "$jobs" -gt 1 ] && flags+=(-jobs="$jobs" -workers="$jobs")
  [ -n "$seed" ] && flags+=(-seed="$seed")

  echo "fuzz: $harness, ${seconds} s, $jobs process(es); seeds: ${seeds[*]#$root/}"
  # Runs in build/fuzz (where -jobs writes its logs); new coverage goes to build/fuzz/$corpus.
  # The progress lines are left out; the final stats and any report are kept.
  set +e
  (cd "$out" && "./$harness" "${flags[@]}" "$corpus" "${seeds[@]}" 2>&1) |
    grep --line-buffered -Ev '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)|^".*" # Uses: '
  local status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $harness FAILED (exit $status). The newest saved inputs:"
    ls -1t "$out/artifacts/" | head -n 3 | sed "s|^|  $out/artifacts/|"
    echo "fuzz: replay one with: $out/$harness $out/artifacts/FILE"
    echo "fuzz: once fixed, copy it to tests/fixtures/fuzz-regressions/ (ctest replays that folder)"
    return 1
  fi
  echo "fuzz: $harness: no crash, hang, leak or broken promise in ${seconds} s"
}

failed=0
for h in $harnesses; do run_one "$h" || failed=1; done
exit "$failed"
