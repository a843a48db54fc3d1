#!/usr/bin/env bash
# Benchmark: checking long typed answers (`twenty twenty ...`, issue 16) with AnswerChecker, built
# with -O from RecallCore's sources at HEAD and at a reference revision (default: the commit before
# number words were made linear). Prints seconds per answer and microseconds per word.
#
#   scripts/bench-answer.sh [REFERENCE-REVISION]
set -euo pipefail
cd "$(dirname "$0")/.."
reference="${1:-0c2dcf3}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'SWIFT'
import Foundation

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let checker = AnswerChecker()
for words in sizes {
  let typed = Array(repeating: "twenty", count: words).joined(separator: " ")
  let start = DispatchTime.now().uptimeNanoseconds
  let verdict = checker.check(typed, expected: "Astana").verdict
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  print(String(format: "%6d words %7d chars %9.3f s %8.1f us/word  %@", words, typed.count, seconds,
    seconds * 1e6 / Double(words), "\(verdict)"))
}
SWIFT
build() {
  local revision=$1 folder="$work/$1"
  mkdir -p "$folder"
  git archive "$revision" Sources/RecallCore | tar -x -C "$folder"
  find "$folder/Sources/RecallCore" -name '*.swift' -print0 \
    | xargs -0 swiftc -O -wmo -swift-version 6 -module-name Bench "$work/main.swift" -o "$folder/bench" 2>/dev/null
}
echo "== $reference (reference)"
build "$reference"
"$work/$reference/bench" 200 400 800 1600
echo "== HEAD"
build HEAD
"$work/HEAD/bench" 200 400 800 1600 5000 20000
