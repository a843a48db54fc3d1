/// One line of a deck file, classified by its leading syntax.
///
/// Classification reads the line's UTF-8 bytes in place, not `Character`s: every marker of the
/// format is ASCII, and grapheme breaking and reference counting would dominate the time to parse
/// a large deck. Columns count the ASCII prefix, the same in bytes and characters.
enum DeckLine {
  /// A blank line.
  case blank
  /// A `#` line: `level` hashes and the heading's text.
  case heading(level: Int, text: String)
  /// A remark (`>`) or a comment (`<!-- -->`): ignored.
  case remark
  /// The start of a comment that goes on over the following lines.
  case commentStart
  /// A `key: value` line.
  case field(key: String, value: String, valueColumn: Int)
  /// A list item: `- x`, `* x`, `+ x`, `1. x`, `1) x`; `checkbox` is nil without `[ ]`/`[x]`.
  case item(text: String, numbered: Bool, checkbox: Bool?, textColumn: Int)
  /// Anything else.
  case unknown

  typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  /// Classifies `line`, which has no line feed.
  static func classify(_ line: Bytes) -> (DeckLine, indent: Int) {
    var index = line.startIndex
    while index < line.endIndex, isBlank(line[index]) { index += 1 }
    let indent = index - line.startIndex
    guard index < line.endIndex, line[index] != 0x0D else { return (.blank, indent) }
    let rest = line[index...]
    switch line[index] {
    case UInt8(ascii: "#"):
      var after = index
      while after < line.endIndex, line[after] == UInt8(ascii: "#") { after += 1 }
      if after == line.endIndex || isSpace(line[after]) {
        return (.heading(level: after - index, text: text(trimmed(line[after...]))), indent)
      }
      return (.unknown, indent)
    case UInt8(ascii: ">"):
      return (.remark, indent)
    case UInt8(ascii: "<") where rest.starts(with: "<!--".utf8):
      return (contains(rest.dropFirst(4), "-->") ? .remark : .commentStart, indent)
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
      let after = index + 1
      if after == line.endIndex || isSpace(line[after]) {
        return (item(line[after...], numbered: false, column: indent + 2), indent)
      }
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      var marker = index
      while marker < line.endIndex, isDigit(line[marker]) { marker += 1 }
      if marker < line.endIndex, line[marker] == UInt8(ascii: ".") || line[marker] == UInt8(ascii: ")") {
        let after = marker + 1
        if after == line.endIndex || isSpace(line[after]) {
          return (item(line[after...], numbered: true, column: indent + (marker - index) + 2), indent)
        }
      }
    default:
      break
    }
    var colon = index
    while colon < line.endIndex, isASCIILetter(line[colon]) { colon += 1 }
    let keyLength = colon - index
    if keyLength > 0, keyLength <= 16, colon < line.endIndex, line[colon] == UInt8(ascii: ":") {
      var valueStart = colon + 1
      while valueStart < line.endIndex, isBlank(line[valueStart]) { valueStart += 1 }
      let value = text(trimmed(line[valueStart...]))
      return (
        .field(key: text(line[index..<colon]), value: value, valueColumn: indent + (valueStart - index) + 1), indent
      )
    }
    return (.unknown, indent)
  }

  private static func item(_ rest: Bytes, numbered: Bool, column: Int) -> DeckLine {
    var body = trimmed(rest)
    var column = column + (body.startIndex - rest.startIndex)
    var checkbox: Bool?
    if body.count >= 3, body[body.startIndex] == UInt8(ascii: "["), body[body.startIndex + 2] == UInt8(ascii: "]") {
      let mark = body[body.startIndex + 1]
      let afterBox = body.startIndex + 3
      if mark == 0x20 || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X"),
        afterBox == body.endIndex || isBlank(body[afterBox])
      {
        checkbox = mark != 0x20
        let inner = trimmed(body[afterBox...])
        column += inner.startIndex - body.startIndex
        body = inner
      }
    }
    if body.starts(with: "\\[".utf8) {
      body = body.dropFirst()
      column += 1
    }
    return .item(text: text(body), numbered: numbered, checkbox: checkbox, textColumn: column)
  }

  /// The bytes as a string (always valid: the parser validated the whole text first).
  static func text(_ bytes: Bytes) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
  }

  /// The bytes without leading and trailing spaces, tabs and carriage returns.
  static func trimmed(_ bytes: Bytes) -> Bytes {
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, isBlank(bytes[start]) || bytes[start] == 0x0D { start += 1 }
    while end > start, isBlank(bytes[end - 1]) || bytes[end - 1] == 0x0D { end -= 1 }
    return bytes[start..<end]
  }

  private static func contains(_ bytes: Bytes, _ needle: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard bytes.count >= pattern.count else { return false }
    var index = bytes.startIndex
    while index + pattern.count <= bytes.endIndex {
      if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
      index += 1
    }
    return false
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }
}

/// `text` without leading and trailing spaces, tabs and carriage returns.
func trimWhitespace(_ text: Substring) -> Substring {
  let bytes = text.utf8
  var start = bytes.startIndex
  var end = bytes.endIndex
  let isTrimmable: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  while start < end, isTrimmable(bytes[start]) { start = bytes.index(after: start) }
  while end > start, isTrimmable(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
  return text[start..<end]
}
