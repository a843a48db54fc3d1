/// Makes untrusted text (from deck files and documents) safe to print: control characters and
/// escape sequences never reach the terminal raw, so a deck cannot move the cursor, change colours
/// or ring the bell.
public enum Sanitizer {
  /// `text` with every control character shown visibly: ESC as `^[`, NUL as `^@`, DEL as `^?`,
  /// C1 controls as `<U+0085>`; tabs become a space and line breaks are kept only when `keepNewlines`.
  public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A where keepNewlines: result.unicodeScalars.append(scalar)
      case 0x09: result += " "
      case 0x00..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
      case 0x7F: result += "^?"
      case 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        result += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0x2028 || value == 0x2029
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }
}
