import RecallCore

/// The one place where a `Message` becomes text: its label (coloured when the style has colours),
/// then its words with control characters shown escaped, since messages quote what a person or a
/// deck gave. The command line and the REPL both write messages through it.
public enum MessageRenderer {
  /// `error: no deck named "x"; ...`: one line (or more, when the message has line breaks),
  /// without a final line break.
  public static func render(_ message: Message, style: TextStyle = .plain) -> String {
    let text = Sanitizer.clean(message.text, keepNewlines: true)
    guard let label = message.label else { return text }
    switch message.kind {
    case .error: return style.error(label) + " " + text
    case .warning: return style.warning(label) + " " + text
    case .note: return text
    }
  }
}
