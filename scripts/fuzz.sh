#!/usr/bin/env bash
# Builds and runs one libFuzzer harness of Fuzz/Harnesses against RecallCore (and RecallTerminal's
# renderers, so what would be printed is checked too), with AddressSanitizer.
#
#   scripts/fuzz.sh TARGET [SECONDS]      # TARGET: parser, answer, generator, quiz, anki; default 60 s
#   scripts/fuzz.sh --list                # the targets
#   scripts/fuzz.sh --build TARGET        # only build .build-fuzz/TARGET
#
# The harnesses are compiled here with swiftc, not by SwiftPM, so `swift build` and `swift test`
# never see them. New inputs go to .build-fuzz/corpus/TARGET (seeded from Fuzz/Corpus/TARGET);
# a failing input is written to .build-fuzz/artifacts/TARGET/ and the script exits non-zero: copy
# it into Tests/RecallCoreTests/Fixtures/FuzzRegressions/TARGET/ so the test suite keeps it.
# Extra libFuzzer flags may follow after `--`, e.g. `scripts/fuzz.sh parser 600 -- -jobs=1`.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(parser answer generator quiz anki)
if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi
build_only=0
if [ "${1:-}" = "--build" ]; then
  build_only=1
  shift
fi
target="${1:-}"
if [ -z "$target" ] || [ ! -f "Fuzz/Harnesses/$target.swift" ]; then
  echo "usage: scripts/fuzz.sh TARGET [SECONDS]; targets: ${targets[*]}" >&2
  exit 64
fi
seconds="${2:-60}"
shift $(($# >= 2 ? 2 : $#))
[ "${1:-}" = "--" ] && shift
out=.build-fuzz
mkdir -p "$out/modules" "$out/corpus/$target" "$out/artifacts/$target"

flags=(-swift-version 6 -O -parse-as-library -sanitize=fuzzer,address -g)
newest() { find "$@" -name '*.swift' -newer "$stamp" 2>/dev/null | head -1; }

# One object per library module, rebuilt when its sources' content changed (a hash, not times:
# sources edited while a build runs must not pass for built).
build_module() {
  local name=$1
  shift
  local hash
  hash=$(find "Sources/$name" -name '*.swift' -print0 | sort -z | xargs -0 cat | sha1sum | cut -d' ' -f1)
  if [ -f "$out/modules/$name.o" ] && [ "$(cat "$out/modules/$name.hash" 2>/dev/null)" = "$hash" ]; then return; fi
  echo "== compiling $name for fuzzing" >&2
  rm -f "$out/modules/$name.hash"
  find "Sources/$name" -name '*.swift' -print0 | sort -z | xargs -0 swiftc "${flags[@]}" -wmo -c \
    -module-name "$name" -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
    -I "$out/modules" "$@" -o "$out/modules/$name.o"
  echo "$hash" > "$out/modules/$name.hash"
}
build_module RecallCore
# RecallTerminal is compiled against RecallCore's module: rebuilt whenever RecallCore is.
[ "$out/modules/RecallCore.o" -nt "$out/modules/RecallTerminal.o" ] && rm -f "$out/modules/RecallTerminal.o"
build_module RecallTerminal -I Sources/CReadline

# The Anki harness compiles in RecallStore's readers that need no database (RecallStore itself
# needs GRDB and ZIPFoundation, which this script does not build), with libxml2 and libzstd.
extra=()
libraries=(-lreadline)
if [ "$target" = anki ]; then
  for file in HTMLText Zstd ProtobufFields AnkiRowText AnkiNotesTextReader AnkiPackageError; do
    extra+=("Sources/RecallStore/Anki/$file.swift")
  done
  extra+=(-I Sources/CLibXML2 -I Sources/CZstd -Xcc -I/usr/include/libxml2)
  libraries+=(-lxml2 -lzstd)
fi
binary="$out/$target"
stamp="$binary"
if [ ! -f "$binary" ] || [ -n "$(newest Fuzz)" ] || { [ "$target" = anki ] && [ -n "$(newest Sources/RecallStore/Anki)" ]; } \
  || [ "$out/modules/RecallCore.o" -nt "$binary" ] || [ "$out/modules/RecallTerminal.o" -nt "$binary" ]; then
  echo "== compiling the $target harness" >&2
  # The linker warns about each of AddressSanitizer's local symbols; only other lines are shown.
  swiftc "${flags[@]}" -I "$out/modules" -I Sources/CReadline "Fuzz/Harnesses/$target.swift" Fuzz/Support/*.swift \
    "${extra[@]}" "$out/modules/RecallCore.o" "$out/modules/RecallTerminal.o" "${libraries[@]}" -o "$binary" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; } >&2
fi
[ "$build_only" = 1 ] && exit 0

# Inputs of at most max_len bytes: decks and documents up to 4 KB, typed answers up to 1 KB (far
# longer than anyone types; the tests pin linear time on longer ones). Each harness stops on an input that takes more than
# 1 s of processor time (Fuzz.bounded); -timeout=30 (wall time, which a busy machine stretches)
# catches one that never ends. Leaks are reported by AddressSanitizer at the end of each run.
case "$target" in
  parser | generator) max_len=4096 ;;
  *) max_len=1024 ;;
esac
# Short malloc stacks: leak reports still name the allocating function, at a fraction of the cost.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=5}"
# Swift's own crash backtracer cannot read AddressSanitizer's memory: the sanitizer reports instead.
export SWIFT_BACKTRACE=enable=no
exec "$binary" "$out/corpus/$target" "Fuzz/Corpus/$target" \
  -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=$max_len -print_final_stats=1 \
  -artifact_prefix="$out/artifacts/$target/" "$@"
