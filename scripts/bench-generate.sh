#!/usr/bin/env bash
# Benchmark: `recall generate` on a 10 MB document (release build).
#
#   scripts/bench-generate.sh [SIZE]     SIZE: megabytes (default 10), or kilobytes as 5k, 100k
#
# The document is built from the repository's own sample documents, each copy with its numbers
# changed so that copies are not identical; a size in kilobytes is cut at the last paragraph
# break before it (5k gives 5,100 bytes). Prints the wall and CPU time of three runs.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$size" "$work/big.txt" <<'PY'
import glob, re, sys
kilobytes = sys.argv[1].endswith("k")
size = int(sys.argv[1].rstrip("k")) * 1024 * (1 if kilobytes else 1024)
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
text = "".join(out)
if kilobytes:
    text = text[: text.rindex("\n\n", 0, size)]
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY

swift build -c release --product recall >/dev/null
bin="$(swift build -c release --show-bin-path)/recall"
echo "document: $(wc -c <"$work/big.txt") bytes"
for run in 1 2 3; do
  rm -f "$work/big.md"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$bin" generate "$work/big.txt" -o "$work/big.md" >/dev/null 2>&1
  read -r wall user sys <"$work/time"
  echo "run $run: $wall s wall, $(echo "$user + $sys" | bc) s CPU, $(grep -c '^id: ' "$work/big.md") cards"
done
