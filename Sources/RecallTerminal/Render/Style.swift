/// Colours and emphasis for terminal output: on only when output is a terminal and `NO_COLOR` is
/// not set; otherwise every method returns its text unchanged.
public struct Style: Hashable, Sendable {
  /// Whether escape sequences are written.
  public var enabled: Bool

  /// Creates a style, on or off.
  public init(enabled: Bool) {
    self.enabled = enabled
  }

  /// The style for an output that `isTerminal` in `environment` (`NO_COLOR` set to anything turns
  /// colour off, as no-color.org asks; `TERM=dumb` too).
  public static func detect(isTerminal: Bool, environment: [String: String]) -> Style {
    Style(enabled: isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb")
  }

  /// Bold text.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dimmed text.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Red text: wrong answers, text typed but not expected.
  public func red(_ text: String) -> String { wrap(text, "31") }
  /// Green text: right answers, text expected but not typed.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Yellow text: answers with typos, partial answers.
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  /// Cyan text: prompts and names.
  public func cyan(_ text: String) -> String { wrap(text, "36") }
  /// Underlined text.
  public func underline(_ text: String) -> String { wrap(text, "4") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
