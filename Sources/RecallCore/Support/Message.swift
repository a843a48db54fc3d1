/// Text for a person about what happened: an error, a warning or a note. Its words are written
/// where the cause is known; how it looks (its label, colour and escaping) is decided once, by the
/// terminal layer's `MessageRenderer`, for the command line and the REPL alike.
public struct Message: Equatable, Sendable {
  /// What kind of message it is, which decides its label.
  public enum Kind: String, Equatable, Sendable {
    /// Something failed: `error: ...`.
    case error
    /// Something worked but deserves attention: `warning: ...`.
    case warning
    /// A report beside the output (`wrote 12 cards to deck.md`), without a label.
    case note
  }

  /// The kind, which decides the label.
  public var kind: Kind
  /// The words, without a label: lower-case, quoting the user's values, saying what to do next.
  public var text: String

  /// A message of `kind` saying `text`; a label at the start of `text` (`error: `) is dropped, the
  /// renderer writes its own.
  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    let label = kind.rawValue + ": "
    self.text = kind != .note && text.hasPrefix(label) ? String(text.dropFirst(label.count)) : text
  }

  /// An error saying `text`.
  public static func error(_ text: String) -> Message { Message(.error, text) }

  /// A warning saying `text`.
  public static func warning(_ text: String) -> Message { Message(.warning, text) }

  /// A note saying `text`.
  public static func note(_ text: String) -> Message { Message(.note, text) }

  /// The label written before the text (`error:`), nil for a note.
  public var label: String? { kind == .note ? nil : kind.rawValue + ":" }
}
