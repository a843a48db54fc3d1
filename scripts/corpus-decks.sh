#!/usr/bin/env bash
# Generates a deck for every document of the development corpus (eval/corpus/*.txt) and scores it
# against the document's key facts with the shared reference scorer.
#
#   scripts/corpus-decks.sh [BINARY] [OUTDIR]
#
# BINARY defaults to this checkout's release build (built if needed); pass another `recall` to
# measure another generator. OUTDIR (default .build/corpus-decks, never committed) receives
# NAME.md (the deck), NAME.json (its `recall export --format json`) and NAME.score.json (the
# scorer's figures). Hand ratings live next to the documents; scripts/corpus-report.py reads both.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${1:-}"
out="${2:-.build/corpus-decks}"
scorer="../shared/eval/score_deck.py"
[ -f "$scorer" ] || { echo "error: no scorer at '$scorer'; it lives in ../shared/eval/" >&2; exit 1; }
if [ -z "$bin" ]; then
  swift build -c release --product recall >/dev/null
  bin="$(swift build -c release --show-bin-path)/recall"
fi
[ -x "$bin" ] || { echo "error: '$bin' is not an executable recall binary" >&2; exit 1; }
mkdir -p "$out"

printf '%-24s %5s %5s %7s %7s %7s %7s %5s\n' document cards facts recall r@budg on_gold proxy dup
for doc in eval/corpus/*.txt; do
  name="$(basename "$doc" .txt)"
  gold="eval/corpus/$name.facts.json"
  [ -f "$gold" ] || { echo "error: '$doc' has no key facts ('$gold')" >&2; exit 1; }
  rm -f "$out/$name.md" "$out/$name.json" "$out/$name.score.json"   # ours to replace; newer recall refuses to overwrite
  if ! msg="$("$bin" generate "$doc" -o "$out/$name.md" 2>&1)"; then
    echo "error: generating '$doc' failed: $msg" >&2
    exit 1
  fi
  "$bin" export "$out/$name.md" --format json >"$out/$name.json"
  python3 "$scorer" "$doc" "$gold" "$out/$name.json" --json >"$out/$name.score.json"
  python3 - "$name" "$out/$name.score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[2]))
print(f"{sys.argv[1]:<24} {s['cards']:>5} {s['gold_facts']:>5} {s['recall']:>7} {s['recall_at_budget']:>7} "
      f"{s['on_gold_precision']:>7} {s['proxy_ok']:>7} {s['dup_rate']:>5}")
PY
done
echo "decks in $out"
