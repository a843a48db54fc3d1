#!/usr/bin/env bash
# Import benchmark: a package of 100,000 notes and 2,000,000 reviews, built with Anki's own backend
# (PyPI anki==26.9.3), imported by `recall import` (release build) and by Anki's importer.
#   scripts/bench-anki-import.sh [PACKAGE]
set -euo pipefail
cd "$(dirname "$0")/.."
package="${1:-.build/bench-anki/big.apkg}"
mkdir -p .build/bench-anki
if [ ! -f "$package" ]; then
  echo "== building $package with Anki's backend"
  python3 scripts/anki-make-package.py big "$package" 100000 2000000
fi
swift build -c release --product recall >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== recall import"
/usr/bin/time -f "recall: %e s wall, %M KiB peak" .build/release/recall import "$package" \
  -o "$work/big.md" --db "$work/recall.sqlite"
echo "== Anki's import of the same package"
python3 scripts/anki-make-package.py time-import "$package"
