#!/usr/bin/env bash
# Benchmark: `recall generate` on a 10 MB document (release build).
#
#   scripts/bench-generate.sh [SIZE_MB]
#
# The document is built from the repository's own sample documents, each copy with its numbers
# changed so that copies are not identical. Prints the wall time of three runs.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$size_mb" "$work/big.txt" <<'PY'
import glob, re, sys
size = int(sys.argv[1]) * 1024 * 1024
sources = sorted(glob.glob("Tests/RecallCoreTests/Fixtures/Generator/*.txt")) + ["Decks/sources/kazakhstan-position.txt"]
texts = [open(p, encoding="utf-8").read() for p in sources]
out, n = [], 0
total = 0
while total < size:
    text = texts[n % len(texts)]
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + n % 97), text)
    out.append(f"Part {n}\n\n" + text + "\n\n")
    total += len(out[-1].encode("utf-8"))
    n += 1
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
PY

swift build -c release --product recall >/dev/null
bin="$(swift build -c release --show-bin-path)/recall"
echo "document: $(du -h "$work/big.txt" | cut -f1)"
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$bin" generate "$work/big.txt" -o "$work/big.md" 2>/dev/null
  end=$(date +%s.%N)
  echo "run $run: $(echo "$end - $start" | bc) s, $(grep -c '^id: ' "$work/big.md") cards"
done
