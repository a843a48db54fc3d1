/// One line of a deck file, classified by its leading syntax.
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

  /// Classifies `line`, which has no line break.
  static func classify(_ line: Substring) -> (DeckLine, indent: Int) {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    let indent = line.count - trimmed.count
    guard let first = trimmed.first else { return (.blank, indent) }
    switch first {
    case "#":
      let hashes = trimmed.prefix { $0 == "#" }
      let rest = trimmed.dropFirst(hashes.count)
      if rest.isEmpty || rest.first == " " || rest.first == "\t" {
        return (.heading(level: hashes.count, text: trimWhitespace(rest)), indent)
      }
      return (.unknown, indent)
    case ">":
      return (.remark, indent)
    case "<" where trimmed.hasPrefix("<!--"):
      return (trimmed.dropFirst(4).contains("-->") ? .remark : .commentStart, indent)
    case "-", "*", "+":
      let rest = trimmed.dropFirst()
      guard rest.first == " " || rest.first == "\t" || rest.isEmpty else { break }
      return (item(rest, numbered: false, column: indent + 2), indent)
    case "0"..."9":
      let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
      let rest = trimmed.dropFirst(digits.count)
      if let marker = rest.first, marker == "." || marker == ")" {
        let after = rest.dropFirst()
        if after.isEmpty || after.first == " " || after.first == "\t" {
          return (item(after, numbered: true, column: indent + digits.count + 2), indent)
        }
      }
    default:
      break
    }
    if let colon = trimmed.firstIndex(of: ":") {
      let key = trimmed[..<colon]
      if !key.isEmpty, key.count <= 16, key.allSatisfy({ $0.isLetter }) {
        let afterColon = trimmed[trimmed.index(after: colon)...]
        let value = trimWhitespace(afterColon)
        let leading = afterColon.prefix { $0 == " " || $0 == "\t" }.count
        return (.field(key: key, value: value, valueColumn: indent + key.count + 2 + leading), indent)
      }
    }
    return (.unknown, indent)
  }

  private static func item(_ rest: Substring, numbered: Bool, column: Int) -> DeckLine {
    let leading = rest.prefix { $0 == " " || $0 == "\t" }.count
    var text = trimWhitespace(rest)
    var column = column + leading
    var checkbox: Bool?
    if text.count >= 3, text.first == "[", text.dropFirst(2).first == "]" {
      let mark = text.dropFirst().first
      if mark == " " || mark == "x" || mark == "X" {
        let after = text.dropFirst(3)
        if after.isEmpty || after.first == " " || after.first == "\t" {
          checkbox = mark != " "
          let inner = trimWhitespace(after)
          column += text.count - inner.count
          text = inner
        }
      }
    }
    if text.hasPrefix("\\[") {
      text = text.dropFirst()
      column += 1
    }
    return .item(text: text, numbered: numbered, checkbox: checkbox, textColumn: column)
  }
}

/// `text` without leading and trailing spaces and tabs (and a trailing carriage return).
func trimWhitespace(_ text: Substring) -> Substring {
  let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }
  guard let start = text.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
  guard let end = text.lastIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
  return text[start...end]
}
