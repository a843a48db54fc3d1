#!/usr/bin/env bash
# Generates a deck for every document of a corpus folder (NAME.txt with its key facts in
# NAME.facts.json) and scores each with the shared reference scorer: cards, key facts, cards per
# key fact and recall, per document and overall.
#
#   scripts/score-corpus.sh [FOLDER] [-- extra generate options]   # default folder: eval/corpus
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-eval/corpus}"
shift $(( $# > 0 ? 1 : 0 ))
[ "${1:-}" = "--" ] && shift
scorer="../shared/eval/score_deck.py"
[ -f "$scorer" ] || { echo "error: no scorer at '$scorer'; it lives in ../shared/eval/" >&2; exit 1; }
[ -d "$folder" ] || { echo "error: no corpus folder '$folder'" >&2; exit 1; }
swift build --product recall >/dev/null
recall="$(swift build --show-bin-path)/recall"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-28s %6s %6s %9s %7s\n' document cards facts per-fact recall
total_cards=0; total_facts=0
for doc in "$folder"/*.txt; do
  name="$(basename "$doc" .txt)"
  facts="$folder/$name.facts.json"
  [ -f "$facts" ] || continue
  "$recall" generate "$doc" "$@" >"$work/$name.md" 2>/dev/null || { echo "$name: no deck"; continue; }
  "$recall" export "$work/$name.md" --format json >"$work/$name.json"
  python3 "$scorer" "$doc" "$facts" "$work/$name.json" --json >"$work/$name.score"
  read -r cards nfacts recall_value < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
print(s["cards"], s["gold_facts"], s["recall"])' "$work/$name.score")
  total_cards=$((total_cards + cards)); total_facts=$((total_facts + nfacts))
  printf '%-28s %6d %6d %9.2f %7.3f\n' "$name" "$cards" "$nfacts" "$(echo "$cards / $nfacts" | bc -l)" "$recall_value"
done
printf '%-28s %6d %6d %9.2f\n' all "$total_cards" "$total_facts" "$(echo "$total_cards / $total_facts" | bc -l)"
