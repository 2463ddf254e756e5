#!/usr/bin/env bash
# Executions per second of each fuzz harness (fuzz/), per core:
#   bash scripts/fuzz-bench.sh [SECONDS]      (default 30 per harness)
# Builds build/fuzz like scripts/fuzz.sh, runs each harness with the same
# flags as fuzz.sh (fixed seed 1, a scratch corpus) for SECONDS, and prints
# executions per second of CPU time (the figure per core, whatever else the
# machine runs) and per second of wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
out=build/fuzz
CC=clang CXX=clang++ cmake -S fuzz -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j2 >/dev/null
source scripts/fuzz-flags.sh
printf '%-16s %10s %10s %12s %12s\n' harness execs cpu_s "execs/cpu_s" "execs/wall_s"
for h in "${GK_FUZZ_HARNESSES[@]}"; do
  scratch=$(mktemp -d)
  start=$(date +%s.%N)
  stats=$( { /usr/bin/time -f 'CPU %U %S' "$out/$h" $(fuzz_flags "$h") -max_total_time="$seconds" -seed=1 \
            -print_final_stats=1 "$scratch" $(fuzz_seeds "$h") 2>&1; } 2>&1 | grep -E 'stat::number_of_executed_units|^CPU ' )
  end=$(date +%s.%N)
  rm -rf "$scratch"
  execs=$(echo "$stats" | awk '/number_of_executed_units/ {print $2}')
  cpu=$(echo "$stats" | awk '/^CPU/ {print $2 + $3}')
  awk -v h="$h" -v n="$execs" -v c="$cpu" -v w="$(echo "$end - $start" | bc)" \
    'BEGIN { printf "%-16s %10d %10.1f %12.0f %12.0f\n", h, n, c, n / c, n / w }'
  echo "RESULT fuzz_${h}_execs_per_cpu_s=$(awk -v n="$execs" -v c="$cpu" 'BEGIN { printf "%.0f", n / c }')"
done
