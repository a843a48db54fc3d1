#!/usr/bin/env bash
# Reports on the hand ratings of the held-out documents (eval/holdout/), as scripts/corpus-report.py
# does for the corpus: generates each document's deck with BINARY, turns the key facts of
# eval/holdout/key-facts.md (codes such as M3) into the facts files the report reads, and prints
# the figures of ratings set SET (NAME.SET.ratings.tsv beside the documents).
#
#   scripts/holdout-report.sh BINARY SET [DOC ...] [-- corpus-report options]
#
# DOC names documents (default: every one that has a SET ratings file). Options after `--` go to
# corpus-report.py (for example `--unrated`, or `--seed-from OLD` to start a new set, whose files
# are then written to the working folder and copied back into eval/holdout/).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 2 ] || { sed -n 2,11p "$0" >&2; exit 2; }
bin="$1"; set="$2"; shift 2
[ -x "$bin" ] || { echo "error: '$bin' is not an executable recall binary" >&2; exit 1; }
docs=(); extra=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi
  docs+=("$1"); shift
done
if [ ${#docs[@]} -eq 0 ]; then
  for ratings in eval/holdout/*."$set".ratings.tsv; do
    [ -f "$ratings" ] && docs+=("$(basename "$ratings" ".$set.ratings.tsv")")
  done
fi
[ ${#docs[@]} -gt 0 ] || { echo "error: no document named and no ratings set '$set' in eval/holdout/" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/decks"
for name in "${docs[@]}"; do
  [ -f "eval/holdout/$name.txt" ] || { echo "error: no document eval/holdout/$name.txt" >&2; exit 1; }
  cp "eval/holdout/$name.txt" eval/holdout/"$name".*.ratings.tsv "$work/corpus/" 2>/dev/null || true
  "$bin" generate "$work/corpus/$name.txt" -o "$work/decks/$name.md" >/dev/null 2>&1
  "$bin" export "$work/decks/$name.md" --format json >"$work/decks/$name.json"
done
python3 - "$work/corpus" "${docs[@]}" <<'PY'
import json, re, sys
folder, names = sys.argv[1], sys.argv[2:]
text = open("eval/holdout/key-facts.md", encoding="utf-8").read()
sections = {part.split()[0]: part for part in re.split(r"^## ", text, flags=re.M)[1:]}
for name in names:
    if name not in sections:
        sys.exit(f"error: eval/holdout/key-facts.md has no section '## {name}'")
    codes = sorted(set(re.findall(r"\b([A-Z]{1,2}\d{1,2})\b", sections[name])), key=lambda c: (re.sub(r"\d", "", c), int(re.sub(r"\D", "", c))))
    facts = [{"id": code, "fact": code, "answer_terms": [code], "topic": name} for code in codes]
    json.dump(facts, open(f"{folder}/{name}.facts.json", "w"), indent=1)
PY
python3 scripts/corpus-report.py --corpus "$work/corpus" --decks "$work/decks" --set "$set" "${extra[@]}"
for name in "${docs[@]}"; do
  if [ -f "$work/corpus/$name.$set.ratings.tsv" ] && ! cmp -s "$work/corpus/$name.$set.ratings.tsv" "eval/holdout/$name.$set.ratings.tsv" 2>/dev/null; then
    cp "$work/corpus/$name.$set.ratings.tsv" "eval/holdout/"
    echo "wrote eval/holdout/$name.$set.ratings.tsv"
  fi
done
