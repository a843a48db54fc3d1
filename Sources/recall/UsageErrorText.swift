import ArgumentParser
import RecallCore

/// The one place where a command line that could not be parsed is put into words, for the shell
/// and the REPL alike: one short line that says what was wrong, with a suggestion where one is
/// near, and which help to read, instead of ArgumentParser's full usage block.
enum UsageErrorText {
  /// The subcommand path that `arguments` open with (`["quiz", "history"]` for `quiz history
  /// --json`), the command it names, and the word right after it when that is not an option.
  static func commandPath(of arguments: [String]) -> (
    path: [String], command: any ParsableCommand.Type, next: String?
  ) {
    var command: any ParsableCommand.Type = RecallCommand.self
    var path: [String] = []
    for argument in arguments {
      guard let sub = subcommands(of: command).first(where: { name(of: $0) == argument }) else {
        return (path, command, argument.hasPrefix("-") ? nil : argument)
      }
      command = sub
      path.append(argument)
    }
    return (path, command, nil)
  }

  /// The message for a parse `error` of `arguments` (the words after `recall`, or typed at the
  /// REPL's prompt), as `surface` names the help to read.
  static func message(for error: Error, arguments: [String], surface: CommandSurface) -> Message {
    let (path, command, next) = commandPath(of: arguments)
    if let next, let unknown = unknownCommand(next, under: command, path: path, surface: surface) {
      return unknown
    }
    var text = firstLine(of: command.message(for: error))
    if text.hasSuffix(".") { text.removeLast() }
    let joint = text.hasSuffix("?") ? " " : "; "
    return .error("\(text)\(joint)\(surface.run(helpCommand(path))) for more")
  }

  /// A hint when `word`, which did not name a deck or was not understood, is close to a
  /// subcommand of the command at `path` (`quiz histroy` for `quiz history`).
  static func subcommandHint(for word: String, arguments: [String], surface: CommandSurface) -> String? {
    let (path, command, _) = commandPath(of: arguments)
    let names = subcommands(of: command).map(name(of:))
    guard let best = NameSuggestion.closest(to: word, among: names).first, best != word else { return nil }
    let typed = (path + [best]).joined(separator: " ")
    return "did you mean `\(surface == .commandLine ? "recall " : "")\(typed)`?"
  }

  /// `unknown command "stat"; did you mean "stats"? ...` when the command at `path` takes
  /// subcommands, takes no positional argument itself, and `word` names none of them.
  private static func unknownCommand(
    _ word: String, under command: any ParsableCommand.Type, path: [String], surface: CommandSurface
  ) -> Message? {
    let subs = subcommands(of: command)
    guard !subs.isEmpty, takesNoPositional(command) else { return nil }
    let names = subs.map(name(of:)).filter { !hidden($0, under: command) }
    return .error(UnknownCommandError(word: word, group: path, among: names).message(on: surface))
  }

  /// Whether `command` takes no positional argument of its own (so a bare word must be a
  /// subcommand). The root's default subcommand, the REPL, takes none.
  private static func takesNoPositional(_ command: any ParsableCommand.Type) -> Bool {
    let defaultSub = command.configuration.defaultSubcommand
    if let defaultSub, defaultSub != ReplCommand.self { return false }
    return true
  }

  private static func hidden(_ name: String, under command: any ParsableCommand.Type) -> Bool {
    subcommands(of: command).first { self.name(of: $0) == name }?.configuration.shouldDisplay == false
  }

  private static func subcommands(of command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
    command.configuration.subcommands
  }

  private static func name(of command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? "\(command)".lowercased()
  }

  private static func helpCommand(_ path: [String]) -> String {
    (["help"] + path).joined(separator: " ")
  }

  private static func firstLine(of message: String) -> String {
    let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
    let line = trimmed.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? trimmed
    let lowered = line.prefix(1).lowercased() + line.dropFirst()
    return lowered.hasPrefix("error: ") ? String(lowered.dropFirst(7)) : lowered
  }
}
