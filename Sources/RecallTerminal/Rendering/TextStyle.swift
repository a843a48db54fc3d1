/// Colours, emphasis and width for terminal output: ANSI when writing to a terminal without
/// `NO_COLOR`, plain text otherwise, so pipes and files get clean text; on a terminal, text is laid
/// out to its width (`columns`), elsewhere it is not wrapped.
public struct TextStyle: Sendable {
  /// Whether ANSI sequences are written.
  public var colored: Bool
  /// A fixed width in columns (for tests and `--width`); nil to follow the terminal, if any.
  public var fixedColumns: Int?
  /// Whether the width is read from the terminal each time it is asked for, so a resize is seen.
  var followsTerminal = false

  /// Creates a style; `columns` fixes the width text is laid out in (nil: no wrapping).
  public init(colored: Bool, columns: Int? = nil) {
    self.colored = colored
    self.fixedColumns = columns
  }

  /// No colours, no wrapping.
  public static let plain = TextStyle(colored: false)

  /// Colours when `isTerminal` and the environment has no `NO_COLOR`; the terminal's width when
  /// `isTerminal`.
  public static func detect(isTerminal: Bool, environment: [String: String]) -> TextStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    var style = TextStyle(colored: isTerminal && !noColor && environment["TERM"] != "dumb")
    style.followsTerminal = isTerminal
    return style
  }

  /// The width to lay text out in, at least 40 columns; nil for output that is not wrapped.
  public var columns: Int? {
    if let fixedColumns { return max(40, fixedColumns) }
    guard followsTerminal else { return nil }
    return max(40, TerminalSize.columns() ?? 80)
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
