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
      return letteredItem(in: line)
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

  /// An item marked "a)", "a.", "(a)", "(1)" or "(iv)", or nil.
  private static func letteredItem(in line: String) -> Item? {
    let bytes = Array(line.utf8.prefix(8))
    guard let first = bytes.first else { return nil }
    var index = 0
    let bracketed = first == 0x28
    if bracketed { index = 1 }
    let start = index
    while index < bytes.count,
      (0x61...0x7A).contains(bytes[index]) || (bracketed && (0x30...0x39).contains(bytes[index]))
    {
      index += 1
    }
    let marker = bytes[start..<index]
    // One letter ("a)"), or a small roman numeral in brackets ("(iv)").
    let isRoman = bracketed && marker.count <= 4 && marker.allSatisfy { [0x69, 0x76, 0x78].contains($0) }
    guard !marker.isEmpty, marker.count == 1 || isRoman || marker.allSatisfy({ (0x30...0x39).contains($0) }),
      index + 1 < bytes.count
    else { return nil }
    let close = bytes[index]
    guard bracketed ? close == 0x29 : (close == 0x29 || (close == 0x2E && marker.count == 1)),
      bytes[index + 1] == 0x20
    else { return nil }
    return Item(text: TextScan.trimmed(line.dropFirst(index + 2)), numbered: true)
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
