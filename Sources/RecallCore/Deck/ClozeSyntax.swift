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

  /// Splits `text` into text runs and gaps.
  public static func parse(_ text: Substring) -> Result<ClozeText, Problem> {
    var segments: [ClozeText.Segment] = []
    var plain = ""
    var gap: (answer: String, hint: String?, offset: Int)?
    var escaped = false
    for (offset, character) in text.enumerated() {
      if escaped {
        escaped = false
        if gap == nil {
          plain.append(character)
        } else if gap?.hint != nil {
          gap?.hint?.append(character)
        } else {
          gap?.answer.append(character)
        }
        continue
      }
      switch character {
      case "\\":
        escaped = true
      case "[":
        if let open = gap {
          return .failure(Problem(message: "a gap opened inside the gap at column \(open.offset + 1)", offset: offset))
        }
        if !plain.isEmpty { segments.append(.text(plain)) }
        plain = ""
        gap = ("", nil, offset)
      case "]":
        guard let open = gap else {
          return .failure(Problem(message: "`]` closes no gap; write `\\]` for a literal bracket", offset: offset))
        }
        let answer = open.answer.trimmingSpaces()
        guard !answer.isEmpty else {
          return .failure(
            Problem(message: "empty gap; put the hidden answer between the brackets", offset: open.offset))
        }
        let hint = open.hint.map { $0.trimmingSpaces() }
        segments.append(.gap(answer: answer, hint: hint?.isEmpty == true ? nil : hint))
        gap = nil
      case "|" where gap != nil && gap?.hint == nil:
        gap?.hint = ""
      default:
        if gap == nil {
          plain.append(character)
        } else if gap?.hint != nil {
          gap?.hint?.append(character)
        } else {
          gap?.answer.append(character)
        }
      }
    }
    if let open = gap {
      return .failure(Problem(message: "gap is not closed; add `]` after the hidden answer", offset: open.offset))
    }
    if escaped { plain.append("\\") }
    if !plain.isEmpty { segments.append(.text(plain)) }
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

  private static func escape(_ text: String, extra: Set<Character>) -> String {
    var result = ""
    for character in text {
      if character == "[" || character == "]" || character == "\\" || extra.contains(character) {
        result.append("\\")
      }
      result.append(character)
    }
    return result
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    String(trimWhitespace(self[...]))
  }
}
