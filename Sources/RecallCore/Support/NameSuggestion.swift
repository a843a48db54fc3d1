/// Which of a few known names (commands, subcommands) a mistyped word most likely meant.
public enum NameSuggestion {
  /// The names of `names` that `word` is a prefix of; else the nearest within one typo (words of up
  /// to 3 letters) or two. Several names tie when they are equally near; none when nothing is near.
  public static func closest(to word: String, among names: [String]) -> [String] {
    let lower = word.lowercased()
    guard !lower.isEmpty else { return [] }
    let prefixed = names.filter { $0.lowercased().hasPrefix(lower) }
    if !prefixed.isEmpty { return prefixed }
    let allowance = lower.count <= 3 ? 1 : 2
    let scored = names.map { ($0, EditDistance.between($0.lowercased(), lower)) }.filter { $0.1 <= allowance }
    guard let best = scored.map(\.1).min() else { return [] }
    return scored.filter { $0.1 == best }.map(\.0)
  }
}

/// A word typed where a command was expected that names none: its text is written here once, for
/// the shell and the REPL (`unknown command "stat"; did you mean "stats"? ...`).
public struct UnknownCommandError: Error, Equatable, Sendable {
  /// What was typed.
  public var word: String
  /// The command group it was typed in (`["db"]` for `recall db chek`); empty at the top.
  public var group: [String]
  /// The nearest command name, if one is near.
  public var suggestion: String?

  /// The error for `word` typed in `group`, suggesting the nearest of `names`.
  public init(word: String, group: [String] = [], among names: [String]) {
    self.word = word
    self.group = group
    self.suggestion = NameSuggestion.closest(to: word, among: names).first
  }

  /// The message as read on `surface`; `clean` makes the typed word safe to print.
  public func message(on surface: CommandSurface, clean: (String) -> String = { $0 }) -> String {
    let scope = group.isEmpty ? "command" : "\(group.joined(separator: " ")) command"
    let help = surface.run((["help"] + group).joined(separator: " "))
    let list = group.isEmpty ? "the commands" : "its commands"
    let guess = suggestion.map { "did you mean \"\($0)\"? " } ?? ""
    return "unknown \(scope) \"\(clean(word))\"; \(guess)\(help) to list \(list)"
  }
}
