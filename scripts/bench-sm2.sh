#!/usr/bin/env bash
# A year of reviews for simulated learners (true weights known): SM-2 (Anki's classic algorithm,
# default settings) against FSRS with weights Recall fitted to the learner's own first year
# (scheduled with the default weights), at the desired retention that gives the same mean retention
# as SM-2. 20 new cards a day; each day's retention is the mean true recall probability of every
# card introduced so far. Prints the Markdown table of BENCHMARKS.md.
#
# Usage: scripts/bench-sm2.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product recall >/dev/null
recall="$(swift build -c release --show-bin-path)/recall"

forgetful="0.1,0.5,1.0,3.0,6.4133,0.8334,3.0194,0.001,1.4,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.3"
strong="1.0,3.0,6.0,20.0,5.5,0.6,2.0,0.01,2.2,0.12,1.0,1.2,0.05,0.2,1.2,0.7,2.5,0.5425,0.0912,0.0658,0.12"
shortterm="0.3,1.0,2.5,8.0,8.0,0.9,1.5,0.05,1.7,0.2,0.7,1.8,0.08,0.3,1.8,0.5,1.6,1.2,0.4,0.2,0.5"
echo "| learner | SM-2 reviews | SM-2 mean retention | FSRS (fitted) desired retention | FSRS reviews | FSRS mean retention | FSRS / SM-2 reviews |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for kind in forgetful strong shortterm; do
  "$recall" fsrs _versus-sm2 --weights "${!kind}" | python3 -c "
import json, sys
r = json.load(sys.stdin)
print(f\"| $kind | {r['sm2_reviews']:,} | {r['sm2_retention']:.4f} | {r['desired_retention']:.3f} | \"
      f\"{r['fsrs_reviews']:,} | {r['fsrs_retention']:.4f} | {r['fsrs_reviews'] / r['sm2_reviews']:.3f} |\")"
done
