/// Parses the plaintext deck format (see `Decks/FORMAT.md`) and collects every problem.
///
/// The parser never stops at the first problem: it reports each one with its line and column and
/// keeps the notes that are sound, so one typo does not hide a whole deck.
public enum DeckParser {
  /// Parses a deck from raw bytes, reporting invalid UTF-8 line by line.
  public static func parse(bytes: [UInt8], origin: String) -> DeckParseResult {
    if let text = String(validating: bytes, as: UTF8.self) {
      return parse(text: text, origin: origin)
    }
    var repaired = ""
    repaired.reserveCapacity(bytes.count)
    var problems: [Diagnostic] = []
    var lineNumber = 1
    for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if let line = String(validating: rawLine, as: UTF8.self) {
        repaired += line
      } else {
        let column = firstInvalidColumn(rawLine)
        problems.append(
          Diagnostic(
            file: origin, line: lineNumber, column: column,
            message: "invalid UTF-8 byte; save the file as UTF-8 text"))
        repaired += String(decoding: rawLine, as: UTF8.self)
      }
      repaired += "\n"
      lineNumber += 1
    }
    var result = parse(text: repaired, origin: origin)
    result.diagnostics = (problems + result.diagnostics).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    return result
  }

  /// Parses a deck from text.
  public static func parse(text: String, origin: String) -> DeckParseResult {
    var text = text
    return text.withUTF8 { buffer in parse(utf8: buffer, origin: origin) }
  }

  /// Parses valid UTF-8 bytes, line by line, in place.
  private static func parse(utf8 buffer: UnsafeBufferPointer<UInt8>, origin: String) -> DeckParseResult {
    var state = DeckParserState(origin: origin)
    var lineNumber = 0
    var inComment = false
    var body = buffer[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var lineStart = body.startIndex
    repeat {
      let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
      let line = body[lineStart..<lineEnd]
      lineStart = min(lineEnd + 1, body.endIndex)
      lineNumber += 1
      if inComment {
        if DeckLine.text(line).contains("-->") { inComment = false }
        continue
      }
      let (kind, indent) = DeckLine.classify(line)
      if case .commentStart = kind {
        inComment = true
        continue
      }
      state.consume(kind, indent: indent, raw: line, line: lineNumber)
    } while lineStart < body.endIndex
    let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    return state.finish(lastLine: lineNumber, isBlank: isBlank)
  }

  /// The 1-based column of the first byte that is not valid UTF-8.
  private static func firstInvalidColumn(_ bytes: ArraySlice<UInt8>) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: column += 1
      case .emptyInput, .error: return column
      }
    }
  }
}
