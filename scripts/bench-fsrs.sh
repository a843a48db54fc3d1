#!/usr/bin/env bash
# FSRS benchmark: recall's scheduler against the reference (PyPI fsrs 6.3.2), on the same histories.
#   1. scheduling core on histories already in memory, reviews/s, and the ratio to the reference;
#   2. allocations per review (valgrind, when installed): heap allocations of 3 passes minus 1 pass;
#   3. the whole `recall fsrs replay FILE` (JSON included) against the reference's own end-to-end
#      replay (scripts/fsrs-reference-bench.py replay), best wall time of 5 runs each.
# Usage: scripts/bench-fsrs.sh [FILE.jsonl] (default: the dev vectors in the test fixtures)
# Env: BENCH_SECONDS (default 2) per core measurement round.
set -euo pipefail
cd "$(dirname "$0")/.."

file=${1:-Tests/RecallCoreTests/Fixtures/fsrs/vectors-dev.jsonl}
seconds=${BENCH_SECONDS:-2}
python3 -c "import fsrs" 2>/dev/null || { echo "error: run \`pip install fsrs==6.3.2\` first" >&2; exit 1; }

swift build -c release --product recall >/dev/null
bin="$(swift build -c release --show-bin-path)/recall"

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), file $file"

echo "== 1. scheduling core, histories in memory (3 alternating rounds each; best round)"
recall_cpu=0; recall_wall=0; python_cpu=0; python_wall=0
pick() { echo "$1" | sed -n "s/^$2: //p"; }
larger() { if [ "$1" -gt "$2" ]; then echo "$1"; else echo "$2"; fi; }
for _ in 1 2 3; do
  recall_out=$("$bin" fsrs bench "$file" --seconds "$seconds")
  python_out=$(python3 scripts/fsrs-reference-bench.py core "$file" --seconds "$seconds")
  recall_cpu=$(larger "$(pick "$recall_out" "cpu reviews\/s")" "$recall_cpu")
  recall_wall=$(larger "$(pick "$recall_out" "reviews\/s")" "$recall_wall")
  python_cpu=$(larger "$(pick "$python_out" "cpu reviews\/s")" "$python_cpu")
  python_wall=$(larger "$(pick "$python_out" "reviews\/s")" "$python_wall")
done
awk -v rc="$recall_cpu" -v rw="$recall_wall" -v pc="$python_cpu" -v pw="$python_wall" 'BEGIN {
  printf "             %14s %14s\n", "cpu time", "wall time"
  printf "recall:      %14d %14d reviews/s\n", rc, rw
  printf "reference:   %14d %14d reviews/s\n", pc, pw
  printf "ratio:       %13.0fx %13.0fx\n", rc / pc, rw / pw
}'

if command -v valgrind >/dev/null; then
  echo "== 2. heap allocations per review (valgrind)"
  allocs() {
    valgrind "$bin" fsrs bench "$file" --passes "$1" 2>&1 >/dev/null \
      | sed -n 's/.*total heap usage: \([0-9,]*\) allocs.*/\1/p' | tr -d ,
  }
  one=$(allocs 1)
  three=$(allocs 3)
  reviews=$(echo "$recall_out" | sed -n 's/.*reviews per pass: \([0-9]*\).*/\1/p')
  awk -v a="$one" -v b="$three" -v n="$reviews" \
    'BEGIN { printf "allocations: %d (1 pass), %d (3 passes); per review: %.4f\n", a, b, (b - a) / (2 * n) }'
fi

echo "== 3. whole replay (read, parse, replay, compare), best of 5"
best() {
  local best_ns=""
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    local took=$((end - start))
    if [ -z "$best_ns" ] || [ "$took" -lt "$best_ns" ]; then best_ns=$took; fi
  done
  echo "$best_ns"
}
"$bin" fsrs replay "$file" | tail -1
recall_ns=$(best "$bin" fsrs replay "$file")
python_ns=$(best python3 scripts/fsrs-reference-bench.py replay "$file")
awk -v a="$recall_ns" -v b="$python_ns" \
  'BEGIN { printf "recall fsrs replay: %.1f ms\nreference replay:   %.1f ms\nratio:              %.0fx\n", a / 1e6, b / 1e6, b / a }'
