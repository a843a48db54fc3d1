#!/usr/bin/env bash
# Benchmark: `recall check` on a generated 100,000-card deck (release build). The whole process is
# timed: start-up, reading the file, parsing, identities, duplicate checks and the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/make-big-deck.py 100000 > "$work/big.md"
swift build -c release --product recall >/dev/null
bin=$(swift build -c release --show-bin-path)/recall
echo "deck: $(wc -c < "$work/big.md") bytes, $(grep -c '^id:' "$work/big.md") notes"
"$bin" check "$work/big.md" | tail -1
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 10 "$bin check $work/big.md"
else
  for i in 1 2 3 4 5; do /usr/bin/time -f "%e s, %M KiB max RSS" "$bin" check "$work/big.md" >/dev/null; done
fi
