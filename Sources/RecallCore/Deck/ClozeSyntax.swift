/// Reads and writes the cloze syntax: `[answer]` or `[answer|hint]` marks a gap; `\[`, `\]`, `\|`
/// and `\\` stand for themselves.
public enum ClozeSyntax {
  /// A problem in a cloze sentence, with the 0-based character offset where it starts.
  public struct Problem: Error, Hashable, Sendable {
    /// What is wrong, as a message for people.
    public var message: String
    /// The 0-based character offset in the sentence.
    public var offset: Int
  }

  /// Splits `text` into text runs and gaps. Reads UTF-8 bytes: every marker is ASCII, so multi-byte
  /// characters pass through untouched; offsets in problems are converted to characters.
  public static func parse(_ text: Substring) -> Result<ClozeText, Problem> {
    let bytes = text.utf8
    var segments: [ClozeText.Segment] = []
    var current: [UInt8] = []
    var answer: [UInt8] = []
    var inGap = false
    var inHint = false
    var gapStart = bytes.startIndex
    var index = bytes.startIndex
    func problem(_ message: String, at position: String.Index) -> Result<ClozeText, Problem> {
      .failure(Problem(message: message, offset: text[..<position].count))
    }
    while index < bytes.endIndex {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\\"):
        let next = bytes.index(after: index)
        if next < bytes.endIndex {
          current.append(bytes[next])
          index = bytes.index(after: next)
        } else {
          current.append(byte)
          index = next
        }
        continue
      case UInt8(ascii: "["):
        if inGap { return problem("a gap opened inside the gap at column \(text[..<gapStart].count + 1)", at: index) }
        if !current.isEmpty { segments.append(.text(String(decoding: current, as: UTF8.self))) }
        current.removeAll(keepingCapacity: true)
        inGap = true
        inHint = false
        gapStart = index
      case UInt8(ascii: "]"):
        guard inGap else { return problem("`]` closes no gap; write `\\]` for a literal bracket", at: index) }
        let hintBytes = inHint ? current : []
        let answerBytes = inHint ? answer : current
        let gapAnswer = String(decoding: answerBytes, as: UTF8.self).trimmingSpaces()
        guard !gapAnswer.isEmpty else {
          return problem("empty gap; put the hidden answer between the brackets", at: gapStart)
        }
        let hint = String(decoding: hintBytes, as: UTF8.self).trimmingSpaces()
        segments.append(.gap(answer: gapAnswer, hint: hint.isEmpty ? nil : hint))
        current.removeAll(keepingCapacity: true)
        inGap = false
        inHint = false
      case UInt8(ascii: "|") where inGap && !inHint:
        answer = current
        current.removeAll(keepingCapacity: true)
        inHint = true
      default:
        current.append(byte)
      }
      index = bytes.index(after: index)
    }
    if inGap { return problem("gap is not closed; add `]` after the hidden answer", at: gapStart) }
    if !current.isEmpty { segments.append(.text(String(decoding: current, as: UTF8.self))) }
    return .success(ClozeText(segments: segments))
  }

  /// Writes `cloze` back in the cloze syntax.
  public static func format(_ cloze: ClozeText) -> String {
    var result = ""
    for segment in cloze.segments {
      switch segment {
      case .text(let text):
        result += escape(text, extra: [])
      case .gap(let answer, let hint):
        result += "[" + escape(answer, extra: ["|"])
        if let hint { result += "|" + escape(hint, extra: ["|"]) }
        result += "]"
      }
    }
    return result
  }

  /// `text` with a backslash before each bracket, backslash and `extra` scalar. Scalars, not
  /// Characters: a bracket followed by a combining mark is one Character, but the parser reads
  /// bytes and would take it for a bracket.
  private static func escape(_ text: String, extra: Set<Unicode.Scalar>) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "[" || scalar == "]" || scalar == "\\" || extra.contains(scalar) {
        result.append("\\")
      }
      result.append(scalar)
    }
    return String(result)
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    String(trimWhitespace(self[...]))
  }
}
