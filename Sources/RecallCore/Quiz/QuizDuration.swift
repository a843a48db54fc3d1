import Foundation

/// A length of time written the way people type it: `90s`, `5m`, `1m30s`, `1h`, or a bare number
/// of seconds.
public struct QuizDuration: Hashable, Sendable, CustomStringConvertible {
  /// The length in milliseconds.
  public var milliseconds: Int64

  /// Creates a duration of `milliseconds`.
  public init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  /// Parses `text`: one or more `<number><unit>` parts with units `h`, `m`, `s` or `ms`, largest
  /// first (`1m30s`), or a bare number of seconds (`45`).
  public static func parse(_ text: String) throws(QuizError) -> QuizDuration {
    let input = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard !input.isEmpty else { throw .invalidDuration(text) }
    if input.allSatisfy({ $0.isASCII && $0.isNumber }) {
      guard input.count <= 7, let seconds = Int64(input) else { throw .invalidDuration(text) }
      guard seconds > 0 else { throw .emptyDuration(text) }
      return QuizDuration(milliseconds: seconds * 1000)
    }
    var total: Int64 = 0
    var digits = ""
    var lastRank = Int.max
    var characters = Array(input)
    characters.append(" ")
    var index = 0
    while index < characters.count - 1 {
      let character = characters[index]
      if character.isASCII, character.isNumber {
        digits.append(character)
        index += 1
        continue
      }
      var unit = String(character)
      if character == "m", characters[index + 1] == "s" {
        unit = "ms"
        index += 1
      }
      index += 1
      let scale: (Int64, Int)? =
        switch unit {
        case "h": (3_600_000, 3)
        case "m": (60_000, 2)
        case "s": (1000, 1)
        case "ms": (1, 0)
        default: nil
        }
      guard let (factor, rank) = scale, let value = Int64(digits), digits.count <= 7, rank < lastRank else {
        throw .invalidDuration(text)
      }
      total += value * factor
      lastRank = rank
      digits = ""
    }
    guard digits.isEmpty else { throw .invalidDuration(text) }
    guard total > 0 else { throw .emptyDuration(text) }
    return QuizDuration(milliseconds: total)
  }

  /// The duration written back compactly: `90s` as `1m30s`, `500ms` as `500ms`.
  public var description: String {
    if milliseconds % 1000 != 0 { return "\(milliseconds)ms" }
    var seconds = milliseconds / 1000
    var result = ""
    if seconds >= 3600 {
      result += "\(seconds / 3600)h"
      seconds %= 3600
    }
    if seconds >= 60 {
      result += "\(seconds / 60)m"
      seconds %= 60
    }
    if seconds > 0 || result.isEmpty { result += "\(seconds)s" }
    return result
  }
}
