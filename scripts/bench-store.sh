#!/usr/bin/env bash
# Benchmark of the progress store and statistics (release build).
#
# Builds a database of 100,000 cards and 2,000,000 reviews spread over two years (about 2% of the
# cards due today, 12% new) with the hidden generator, then times, each as a fresh process:
#   - `recall stats bench` (target < 0.3 s),
#   - opening the database and finding the first due card, `recall db _first-due` (target < 50 ms),
# and reports peak memory (`/usr/bin/time -v`, target < 100 MiB).
#
# Usage: scripts/bench-store.sh [RUNS]    (the database is kept in $BENCH_DIR, default a temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-10}"
dir="${BENCH_DIR:-$(mktemp -d)}"
db="$dir/bench.sqlite"
now="2026-11-28T12:00:00Z"

echo "== swift build -c release"
swift build -c release --product recall >/dev/null
recall="$(swift build -c release --show-bin-path)/recall"

if [ ! -f "$db" ]; then
  echo "== generating $db"
  start=$(date +%s.%N)
  "$recall" db _generate --db "$db" --cards 100000 --reviews 2000000 --now "$now"
  end=$(date +%s.%N)
  echo "generated in $(python3 -c "print(f'{$end - $start:.1f}')") s, $(du -h "$db" | cut -f1)"
fi

# Median wall and CPU (user + system) time of RUNS fresh processes, after one warm-up run (the
# file is then in the page cache). CPU time matters when other work shares the machine's cores.
time_median() {
  python3 - "$runs" "$@" <<'PY'
import resource, statistics, subprocess, sys, time
runs = int(sys.argv[1]); command = sys.argv[2:]
subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
ms = lambda x: f"{x * 1000:.1f} ms"
print(f"wall median {ms(statistics.median(walls))} (min {ms(min(walls))}, max {ms(max(walls))}); "
      f"cpu median {ms(statistics.median(cpus))} ({runs} runs)")
PY
}

peak() {
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f MiB\n", $2 / 1024 }'
}

empty="$dir/no-decks"
mkdir -p "$empty"
stats=("$recall" stats bench --db "$db" --now "$now" --decks "$empty")
json=("$recall" stats bench --db "$db" --now "$now" --decks "$empty" --json)
first=("$recall" db _first-due --db "$db" --deck bench --now "$now")

echo "== recall stats bench";            time_median "${stats[@]}"; echo "peak $(peak "${stats[@]}")"
echo "== recall stats bench --json";     time_median "${json[@]}";  echo "peak $(peak "${json[@]}")"
echo "== recall db _first-due";          time_median "${first[@]}"; echo "peak $(peak "${first[@]}")"
echo "== recall db rebuild (FSRS replay of every card), on a copy"
cp "$db" "$dir/rebuild.sqlite"
/usr/bin/time -f "wall %e s, peak %M KiB" "$recall" db rebuild --db "$dir/rebuild.sqlite" 2>&1
rm -f "$dir/rebuild.sqlite"*
echo "== first lines of the report"
"${stats[@]}" | head -5
"${first[@]}"
