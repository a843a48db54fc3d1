/// One line of a deck file, classified by its leading syntax.
///
/// Classification reads UTF-8 bytes, not `Character`s: every marker of the format is ASCII, and
/// grapheme breaking would dominate the time to parse a large deck. Columns count the ASCII
/// prefix, which is the same in bytes and characters.
enum DeckLine {
  /// A blank line.
  case blank
  /// A `#` line: `level` hashes and the heading's text.
  case heading(level: Int, text: Substring)
  /// A remark (`>`) or a comment (`<!-- -->`): ignored.
  case remark
  /// The start of a comment that goes on over the following lines.
  case commentStart
  /// A `key: value` line.
  case field(key: Substring, value: Substring, valueColumn: Int)
  /// A list item: `- x`, `* x`, `+ x`, `1. x`, `1) x`; `checkbox` is nil without `[ ]`/`[x]`.
  case item(text: Substring, numbered: Bool, checkbox: Bool?, textColumn: Int)
  /// Anything else.
  case unknown

  private static let space: UInt8 = 0x20
  private static let tab: UInt8 = 0x09

  /// Classifies `line`, which has no line feed.
  static func classify(_ line: Substring) -> (DeckLine, indent: Int) {
    let bytes = line.utf8
    var index = bytes.startIndex
    while index < bytes.endIndex, bytes[index] == space || bytes[index] == tab { index = bytes.index(after: index) }
    let indent = bytes.distance(from: bytes.startIndex, to: index)
    guard index < bytes.endIndex, bytes[index] != 0x0D else { return (.blank, indent) }
    let rest = line[index...]
    switch bytes[index] {
    case UInt8(ascii: "#"):
      let hashes = rest.utf8.prefix { $0 == UInt8(ascii: "#") }.count
      let after = rest.utf8.dropFirst(hashes)
      if after.isEmpty || after.first == space || after.first == tab || after.first == 0x0D {
        return (.heading(level: hashes, text: trimWhitespace(rest[after.startIndex...])), indent)
      }
      return (.unknown, indent)
    case UInt8(ascii: ">"):
      return (.remark, indent)
    case UInt8(ascii: "<") where rest.utf8.starts(with: "<!--".utf8):
      return (rest.utf8.dropFirst(4).containsSequence("-->".utf8) ? .remark : .commentStart, indent)
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
      let after = rest.utf8.dropFirst()
      if after.isEmpty || after.first == space || after.first == tab || after.first == 0x0D {
        return (item(rest[after.startIndex...], numbered: false, column: indent + 2), indent)
      }
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      let digits = rest.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
      let marker = rest.utf8.dropFirst(digits)
      if let first = marker.first, first == UInt8(ascii: ".") || first == UInt8(ascii: ")") {
        let after = marker.dropFirst()
        if after.isEmpty || after.first == space || after.first == tab || after.first == 0x0D {
          return (item(rest[after.startIndex...], numbered: true, column: indent + digits + 2), indent)
        }
      }
    default:
      break
    }
    let keyLength = rest.utf8.prefix { isASCIILetter($0) }.count
    let afterKey = rest.utf8.dropFirst(keyLength)
    if keyLength > 0, keyLength <= 16, afterKey.first == UInt8(ascii: ":") {
      let key = rest[rest.startIndex..<afterKey.startIndex]
      let valueStart = afterKey.dropFirst()
      let leading = valueStart.prefix { $0 == space || $0 == tab }.count
      let value = trimWhitespace(rest[valueStart.startIndex...])
      return (.field(key: key, value: value, valueColumn: indent + keyLength + 2 + leading), indent)
    }
    return (.unknown, indent)
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  private static func item(_ rest: Substring, numbered: Bool, column: Int) -> DeckLine {
    let leading = rest.utf8.prefix { $0 == space || $0 == tab }.count
    var text = trimWhitespace(rest)
    var column = column + leading
    var checkbox: Bool?
    let bytes = Array(text.utf8.prefix(4))
    if bytes.count >= 3, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
      bytes[1] == space || bytes[1] == UInt8(ascii: "x") || bytes[1] == UInt8(ascii: "X"),
      bytes.count == 3 || bytes[3] == space || bytes[3] == tab
    {
      checkbox = bytes[1] != space
      let inner = trimWhitespace(text[text.utf8.index(text.utf8.startIndex, offsetBy: 3)...])
      column += text.utf8.count - inner.utf8.count
      text = inner
    }
    if text.utf8.starts(with: "\\[".utf8) {
      text = text[text.utf8.index(after: text.utf8.startIndex)...]
      column += 1
    }
    return .item(text: text, numbered: numbered, checkbox: checkbox, textColumn: column)
  }
}

extension Substring.UTF8View {
  /// Whether `needle` occurs anywhere in the bytes.
  fileprivate func containsSequence(_ needle: String.UTF8View) -> Bool {
    var index = startIndex
    while index < endIndex {
      if self[index...].starts(with: needle) { return true }
      index = self.index(after: index)
    }
    return false
  }
}

/// `text` without leading and trailing spaces, tabs and carriage returns.
func trimWhitespace(_ text: Substring) -> Substring {
  let bytes = text.utf8
  var start = bytes.startIndex
  var end = bytes.endIndex
  while start < end, isTrimmable(bytes[start]) { start = bytes.index(after: start) }
  while end > start, isTrimmable(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
  return text[start..<end]
}

private func isTrimmable(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x09 || byte == 0x0D
}
