#!/usr/bin/env bash
# The whole test suite, from a fresh machine:  bash scripts/test.sh
#
# Sets up (scripts/setup.sh), builds native, wasm and web, then runs every suite in SUITES
# below, each even when an earlier one failed. Exits non-zero when any build or suite fails.
# Closes with one line "N passed, N failed" summing the tests the suites ran.
#
# To add a step: add a line to BUILDS or SUITES (name, then the command). A suite's command
# prints its runner's usual output; the counts are read from ctest's "N tests failed out of M"
# or node:test's "# pass N" / "# fail N" lines (add a reader in count() for another runner).
# A command whose first word is a file that does not exist is skipped with a note.
#
# Environment: GK_SKIP_SETUP=1 skips setup.sh; GK_ONLY="wasm browser" runs only those suites;
# GK_FUZZ_SECONDS (default 60) bounds the fuzz run of the core, GK_FUZZ_READER_SECONDS (default 20)
# that of each file reader's harness, GK_FUZZ_SEED (default 1) fixes their mutations,
# so that a run fails only on what the change brought (a longer, random run: scripts/fuzz.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

BUILDS=(
  "native|bash scripts/build-native.sh"
  "wasm|bash scripts/build-wasm.sh"
  "web|bash scripts/build-web.sh"
  "sanitized|bash scripts/build-sanitized.sh"
)
SUITES=(
  "unit|ctest --test-dir build/native --output-on-failure --parallel 2"
  "wasm|node --test tests/wasm/"
  "browser|node tests/browser/run.mjs"
  "browser-files|node tests/browser/readers.mjs"
  "files-readback|node tests/browser/readback-files.mjs"
  "review|GK_REVIEW_BENCH=${GK_REVIEW_BENCH:-0} node tests/browser/review.mjs"
  "sanitized|ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build/san --output-on-failure --parallel 2"
  "fuzz|GK_FUZZ_SEED=${GK_FUZZ_SEED:-1} bash scripts/fuzz.sh ${GK_FUZZ_SECONDS:-60}"
  "fuzz-readers|GK_FUZZ_SEED=${GK_FUZZ_SEED:-1} GK_FUZZ_HARNESS='fuzz_docx fuzz_html fuzz_pdf_layout' bash scripts/fuzz.sh ${GK_FUZZ_READER_SECONDS:-20}"
)

LOGS=build/test-logs
mkdir -p "$LOGS"
passed=0
failed=0
problems=()
t0=$SECONDS

say() { printf '\n=== %s\n' "$*"; }

# Does the step's command exist? "bash FILE" / "node FILE" need FILE.
present() {
  local words
  read -r -a words <<<"$1"
  case "${words[0]}" in
    bash|node) [[ "${words[1]}" == -* ]] || [ -e "${words[1]}" ] ;;
    *) return 0 ;;
  esac
}

# Adds the counts a runner printed in LOG to passed/failed; returns 1 if it found none.
count() {
  local log=$1 p f
  # ctest: "100% tests passed, 0 tests failed out of 57"
  if grep -Eq 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log"; then
    read -r f total < <(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$log" | tail -n1 | awk '{print $1, $6}')
    passed=$((passed + total - f)); failed=$((failed + f)); return 0
  fi
  # node:test: "# pass N" and "# fail N" (the last summary of the run)
  if grep -Eq '^# pass [0-9]+' "$log"; then
    p=$(grep -Eo '^# pass [0-9]+' "$log" | tail -n1 | awk '{print $3}')
    f=$(grep -Eo '^# fail [0-9]+' "$log" | tail -n1 | awk '{print $3}')
    passed=$((passed + p)); failed=$((failed + ${f:-0})); return 0
  fi
  return 1
}

if [ "${GK_SKIP_SETUP:-}" != 1 ]; then
  say "setup"
  if ! bash scripts/setup.sh; then
    echo "setup failed"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

build_failed=0
for entry in "${BUILDS[@]}"; do
  name=${entry%%|*}; cmd=${entry#*|}
  if ! present "$cmd"; then say "build $name: skipped ($cmd: not there)"; continue; fi
  say "build $name: $cmd"
  s=$SECONDS
  if ! eval "$cmd"; then
    problems+=("build $name failed"); build_failed=1
    [ "$name" = native ] || [ "$name" = wasm ] && break
  fi
  echo "build $name: $((SECONDS - s)) s"
done

for entry in "${SUITES[@]}"; do
  name=${entry%%|*}; cmd=${entry#*|}
  if [ -n "${GK_ONLY:-}" ] && [[ " $GK_ONLY " != *" $name "* ]]; then continue; fi
  if ! present "$cmd"; then say "suite $name: skipped ($cmd: not there)"; continue; fi
  say "suite $name: $cmd"
  log="$LOGS/$name.log"
  s=$SECONDS
  eval "$cmd" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  if ! count "$log"; then
    # No counts printed (the runner did not start): one failure, or one pass if it exited 0.
    if [ "$rc" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  fi
  [ "$rc" -eq 0 ] || problems+=("suite $name failed (exit $rc, log $log)")
  echo "suite $name: exit $rc, $((SECONDS - s)) s"
done

say "summary ($((SECONDS - t0)) s)"
for p in "${problems[@]}"; do echo "FAILED: $p"; done
if [ "$build_failed" -eq 1 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "${#problems[@]}" -eq 0 ]
