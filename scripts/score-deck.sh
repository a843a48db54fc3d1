#!/usr/bin/env bash
# Scores a generated deck against the key facts of its document with the shared reference scorer.
#
#   scripts/score-deck.sh                      # the shipped deck, Decks/kazakhstan-position.md
#   scripts/score-deck.sh DECK.md DOC.txt GOLD.json [--budget N]
#
# The deck is exported with `recall export DECK --format json`; the scorer and the key facts live
# next to the repository in ../shared/eval/ (they are for measuring, never read by the generator).
set -euo pipefail
cd "$(dirname "$0")/.."

deck="${1:-Decks/kazakhstan-position.md}"
doc="${2:-Decks/sources/kazakhstan-position.txt}"
gold="${3:-../shared/eval/seed-gold-facts.json}"
shift $(( $# < 3 ? $# : 3 ))
scorer="../shared/eval/score_deck.py"

[ -f "$scorer" ] || { echo "error: no scorer at '$scorer'; it lives in ../shared/eval/" >&2; exit 1; }
swift build --product recall >/dev/null
json="$(mktemp)"
trap 'rm -f "$json"' EXIT
"$(swift build --show-bin-path)/recall" export "$deck" --format json >"$json"
python3 "$scorer" "$doc" "$gold" "$json" "$@"
