/// Writes JSON text by hand so that key order and number formatting are fixed and output is
/// byte-for-byte reproducible (Foundation's encoders reorder keys on some platforms).
public enum JSONText {
  /// A JSON string literal for `text`, with quotes and control characters escaped.
  public static func string(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A JSON array of strings.
  public static func array(_ items: [String]) -> String {
    "[" + items.map(string).joined(separator: ", ") + "]"
  }

  /// A JSON object from ordered key/value pairs whose values are already JSON text.
  public static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }
}
