/// Text pasted at an answer prompt may hold several lines (readline's bracketed paste keeps a
/// paste whole, line breaks included). It is one answer: its lines are joined, as list items when
/// the card asks for a list, else with spaces.
public enum PastedAnswer {
  /// `text` on one line: blank lines dropped, each line trimmed, joined by `; ` for a list answer
  /// (so one item a line counts item by item) or by a space.
  public static func oneLine(_ text: String, asList: Bool) -> String {
    guard text.contains(where: \.isNewline) else { return text }
    let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    return lines.joined(separator: asList ? "; " : " ")
  }
}
