# Sourced by scripts/fuzz.sh and scripts/fuzz-bench.sh: the harnesses and the
# flags and seeds of each, in one place.
#   fuzz_check      the whole check (gk::check, to_json, check_json, with and
#                   without last year's report), structure-aware mutator
#   fuzz_read       reading alone: normalise, sections, tables, rows, cells
#                   (structure-aware mutator too)
#   fuzz_normalize  the normaliser and its offset map alone
#   fuzz_cells      the cell splitter alone
GK_FUZZ_HARNESSES=(fuzz_check fuzz_read fuzz_normalize fuzz_cells)
root=${root:-$PWD}

# Inputs are capped at 4 KiB: a report's three tables with their headings
# take about 3 KiB (fuzz/corpus/compact_*.txt), and time per execution grows
# with length; longer inputs are the scaling tests' business
# (tests/unit/test_limits.cpp). ASan keeps 8 frames of each allocation's
# stack instead of 30 (collecting them was 5 % of the time; a report still
# shows where the memory came from) and checks every access as before.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=8}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

fuzz_flags() {
  local h=$1
  local len=4096
  [ "$h" = fuzz_cells ] && len=1024  # a few table lines are what the splitter sees
  echo "-max_len=$len -dict=$root/fuzz/gkcheck.dict"
}

fuzz_seeds() {
  echo "$root/fuzz/corpus $root/tests/fixtures/seeds"
  [ -d "$root/tests/fixtures/fuzz-regressions" ] && echo "$root/tests/fixtures/fuzz-regressions"
  return 0
}
