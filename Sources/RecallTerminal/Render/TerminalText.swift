/// Makes untrusted text (from deck files, or typed) safe to print: control characters, escape
/// sequences, NUL bytes and bidirectional overrides never reach the terminal raw.
///
/// ```swift
/// TerminalText.sanitize("a\u{1B}[2Jb\u{0}c")   // "a^[[2Jb^@c"
/// TerminalText.sanitize("tab\there")           // "tab here"
/// ```
/// C0 controls are shown in caret notation (`^[` for ESC, `^@` for NUL), DEL as `^?`, C1 controls
/// and bidi overrides as `\u{FFFD}`; tabs and line breaks become spaces (a line stays one line).
public enum TerminalText {
  /// The printable form of `text`.
  public static func sanitize(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D:
        result.unicodeScalars.append(" ")
      case 0x00..<0x20:
        result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
      case 0x7F:
        result += "^?"
      case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
        result.unicodeScalars.append("\u{FFFD}")
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
