/// Recognises bullet and number markers at the start of a list line.
enum ListMarker {
  /// A list item's text and whether its marker is a number.
  struct Item {
    var text: String
    var numbered: Bool
  }

  private static let bullets: Set<Character> = [
    "\u{2022}", "-", "*", "\u{2013}", "\u{00B7}", "\u{25AA}", "\u{25E6}", "\u{25CF}", "+",
  ]

  /// The item on a trimmed line, or nil when the line is not a list item.
  static func item(in line: String) -> Item? {
    // A line starting with an ASCII character other than -, *, + or a digit is no item.
    if let byte = line.utf8.first, byte < 0x80, byte != 0x2D, byte != 0x2A, byte != 0x2B, !(0x30...0x39).contains(byte)
    {
      return nil
    }
    guard let first = line.first else { return nil }
    if bullets.contains(first) {
      let rest = line.dropFirst()
      guard let space = rest.first, space.fastIsWhitespace else { return nil }
      return Item(text: TextScan.trimmed(rest), numbered: false)
    }
    var digits = 0
    var index = line.startIndex
    while index < line.endIndex, line[index].fastIsNumber, digits < 3 {
      digits += 1
      index = line.index(after: index)
    }
    guard digits > 0, index < line.endIndex, line[index] == "." || line[index] == ")" else { return nil }
    let rest = line[line.index(after: index)...]
    guard let space = rest.first, space.fastIsWhitespace else { return nil }
    return Item(text: TextScan.trimmed(rest), numbered: true)
  }

  /// An item without trailing punctuation ("Sovereignty." becomes "Sovereignty").
  static func cleanItem(_ text: String) -> String {
    var result = TextScan.trimmed(text)
    while let last = result.last, ";,.".contains(last) { result.removeLast() }
    if result.hasSuffix(" and") { result.removeLast(4) }
    if result.hasSuffix(" or") { result.removeLast(3) }
    return TextScan.trimmed(result)
  }
}
