/// Colours and emphasis for terminal output: ANSI when writing to a terminal without `NO_COLOR`,
/// plain text otherwise, so pipes and files get clean text.
public struct TextStyle: Sendable {
  /// Whether ANSI sequences are written.
  public var colored: Bool

  /// Creates a style.
  public init(colored: Bool) {
    self.colored = colored
  }

  /// No colours.
  public static let plain = TextStyle(colored: false)

  /// Colours when `isTerminal` and the environment has no `NO_COLOR`.
  public static func detect(isTerminal: Bool, environment: [String: String]) -> TextStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TextStyle(colored: isTerminal && !noColor && environment["TERM"] != "dumb")
  }

  /// Wraps `text` in an SGR sequence when colours are on.
  public func apply(_ code: String, _ text: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Red, bold: errors and wrong answers.
  public func error(_ text: String) -> String { apply("1;31", text) }
  /// Yellow: warnings.
  public func warning(_ text: String) -> String { apply("33", text) }
  /// Green: success and right answers.
  public func success(_ text: String) -> String { apply("32", text) }
  /// Bold.
  public func bold(_ text: String) -> String { apply("1", text) }
  /// Dim: secondary details.
  public func dim(_ text: String) -> String { apply("2", text) }
  /// Cyan: headings.
  public func heading(_ text: String) -> String { apply("1;36", text) }
  /// Green: answers shown.
  public func answer(_ text: String) -> String { apply("32", text) }
}
