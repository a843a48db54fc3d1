#!/usr/bin/env bash
# Recall's FSRS optimizer against fsrs-rs-python 0.9.3 (release build).
#
# Histories: three simulated learners with known true weights (scheduled with the default weights
# at retention 0.9 for a year, 20 new cards a day), and the review log of the benchmark database
# of 100,000 cards and 2,000,000 reviews (`recall db _generate`, as scripts/bench-store.sh makes
# it). Both optimizers fit each history; fsrs-rs evaluates every set of weights on the same items.
# Prints the Markdown tables of BENCHMARKS.md. Needs `pip install fsrs-rs-python==0.9.3`.
#
# Usage: scripts/bench-optimize.sh        (files are kept in $BENCH_DIR, default a temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."

dir="${BENCH_DIR:-$(mktemp -d)}"
swift build -c release --product recall >/dev/null
recall="$(swift build -c release --show-bin-path)/recall"

# Learners' true weights: FSRS-6 defaults changed where each kind differs.
forgetful="0.1,0.5,1.0,3.0,6.4133,0.8334,3.0194,0.001,1.4,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.3"
strong="1.0,3.0,6.0,20.0,5.5,0.6,2.0,0.01,2.2,0.12,1.0,1.2,0.05,0.2,1.2,0.7,2.5,0.5425,0.0912,0.0658,0.12"
shortterm="0.3,1.0,2.5,8.0,8.0,0.9,1.5,0.05,1.7,0.2,0.7,1.8,0.08,0.3,1.8,0.5,1.6,1.2,0.4,0.2,0.5"
args=()
for kind in forgetful strong shortterm; do
  weights="${!kind}"
  "$recall" fsrs _simulate-learner --weights "$weights" --days 365 --new-per-day 20 --cards 7300 --seed 7 \
    >"$dir/$kind.txt"
  args+=("$kind=$dir/$kind.txt=$weights")
done

db="$dir/bench.sqlite"
if [ ! -f "$db" ]; then
  "$recall" db _generate --db "$db" --cards 100000 --reviews 2000000 --now 2026-11-28T12:00:00Z >/dev/null
fi
"$recall" db _histories --db "$db" >"$dir/bench-db.txt"
args+=("2M-review database=$dir/bench-db.txt")

python3 scripts/bench-optimize.py "$recall" "${args[@]}"
