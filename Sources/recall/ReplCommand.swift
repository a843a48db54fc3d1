import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// `recall` with no arguments (or `recall repl`): the interactive prompt.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Open the interactive prompt (what `recall` does with no arguments).",
    discussion: """
      Every command of `recall` runs at the prompt without the word recall, with the same options \
      and help (help lists them, help COMMAND explains one). Tab completes commands, deck names, \
      topics and options; history is kept in $XDG_STATE_HOME/recall/history. Ctrl-C cancels a \
      question; Ctrl-D or quit leaves.

      Example:
        recall
        printf 'study\\n30\\n\\n' | recall
      """)

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var session: SessionOptions
  @OptionGroup var now: NowOption

  func run() throws {
    let context = try LiveSession.context(
      decks: decks, database: database, options: session, clock: try now.clock(live: SystemClock()))
    var shared: [String] = []
    if let directory = decks.directory { shared += ["--decks", directory] }
    if let path = database.path { shared += ["--db", path] }
    if session.dayStarts != 4 { shared += ["--day-starts", String(session.dayStarts)] }
    if let time = now.now { shared += ["--now", time] }
    let repl = Repl(context: context, commands: replCommands(shared: shared))
    LiveSession.enableCompletion(repl, context: context)
    repl.run()
  }
}

/// The REPL's commands: every subcommand of `recall` that a person would type there, in the
/// order `recall --help` lists them (the REPL itself and hidden tools left out). `shared` holds
/// the REPL's own options (`--decks`, `--db`, `--day-starts`, `--now`), given to each subcommand
/// that takes them.
func replCommands(shared: [String]) -> [ReplCommandSpec] {
  RecallCommand.commands.filter { $0 != ReplCommand.self && $0.configuration.shouldDisplay }.map {
    SubcommandInRepl.spec($0, shared: shared)
  }
}

/// Thrown by a command run in the REPL when input ended, so the REPL leaves too.
struct ReplEnd: Error {}

/// A subcommand that knows it runs in the REPL: it acts through the REPL's decks, store and
/// clock, writes through its output and names commands as they are typed there.
protocol ReplRunnable {
  /// Runs the command in the REPL of `context`.
  func run(in context: ReplContext) throws
}

/// Runs an ArgumentParser subcommand as a REPL command: the words typed are parsed as
/// `recall` parses them, so `stats central-asia --days 7` in the REPL is
/// `recall stats central-asia --days 7`, with the same options, help and errors.
enum SubcommandInRepl {
  /// The options the REPL was opened with, which its own commands take from the REPL.
  static let replOptions: Set<String> = ["--decks", "--db", "--day-starts", "--now"]

  /// The REPL command for `command`.
  static func spec(_ command: any ParsableCommand.Type, shared: [String]) -> ReplCommandSpec {
    let name = CommandInfo.name(of: command)
    let leaf = CommandInfo.leaf(command)
    let subcommands = command.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map {
      CommandInfo.name(of: $0)
    }
    return ReplCommandSpec(
      name: name, summary: command.configuration.abstract, help: { columns in help(name, columns: columns) },
      subcommands: subcommands,
      completion: {
        let help = RecallCommand.helpMessage(for: leaf, columns: 10_000)
        let options = CommandInfo.options(inHelp: help).filter { !replOptions.contains($0) && $0 != "--version" }
        return ReplCommandSpec.Completion(options: options, takesDeck: CommandInfo.takesDeck(help: help))
      }
    ) { arguments, context in
      try outcome([name] + arguments, shared: shared, in: context)
    }
  }

  /// The help of the command typed as `name`, as `recall NAME --help` prints it.
  static func help(_ name: String, columns: Int) -> String {
    HelpText.laidOut(
      RecallCommand.helpMessage(for: UsageErrorText.commandPath(of: [name]).command, columns: columns),
      columns: columns)
  }

  /// Runs `words`; whether the REPL goes on.
  static func outcome(_ words: [String], shared: [String], in context: ReplContext) throws -> ReplOutcome {
    do {
      try run(words, shared: shared, in: context)
    } catch is ReplEnd {
      return .quit
    }
    return .proceed
  }

  /// Parses `words` (a command line typed at the prompt) as `recall` would, with the REPL's
  /// options the command takes inserted after its name, and runs it.
  static func run(_ words: [String], shared: [String], in context: ReplContext) throws {
    let (path, command, _) = UsageErrorText.commandPath(of: words)
    let accepted = Set(CommandInfo.options(of: CommandInfo.leaf(command), includeHidden: true))
    var given: [String] = []
    var index = 0
    while index + 1 < shared.count {
      if accepted.contains(shared[index]) { given += [shared[index], shared[index + 1]] }
      index += 2
    }
    let typed = Array(words.dropFirst(path.count))
    do {
      var parsed = try RecallCommand.parseAsRoot(path + given + typed)
      if let runnable = parsed as? any ReplRunnable {
        if let option = typed.first(where: { replOptions.contains(optionName($0)) }) {
          throw ReplError(
            "\(optionName(option)) is given when Recall opens (recall \(optionName(option)) ...), "
              + "not to a command at its prompt")
        }
        try runnable.run(in: context)
      } else {
        try parsed.run()
      }
    } catch let error as ReplError {
      throw error
    } catch is ReplEnd {
      throw ReplEnd()
    } catch  where RecallCommand.exitCode(for: error) == .success && !(error is ExitCode) {
      // `--help` typed at the prompt: the help `recall NAME --help` prints.
      context.output.write(Repl.oneLineBreak(HelpText.text(for: error, columns: context.style.columns ?? 80)))
    } catch {
      guard let message = ErrorText.message(for: error, arguments: words, surface: .repl) else { return }
      throw ReplError(message)
    }
  }

  /// `--db` for `--db=x.sqlite`.
  private static func optionName(_ word: String) -> String {
    String(word.prefix { $0 != "=" })
  }
}

/// What ArgumentParser knows of a command, read from its help: its name, its options, whether it
/// takes a deck.
enum CommandInfo {
  /// The name a command is typed by.
  static func name(of command: any ParsableCommand.Type) -> String {
    command.configuration.commandName ?? "\(command)".lowercased()
  }

  /// The command that runs when `command` is typed without a subcommand (`quiz` is `quiz take`).
  static func leaf(_ command: any ParsableCommand.Type) -> any ParsableCommand.Type {
    var current = command
    while let next = current.configuration.defaultSubcommand, next != ReplCommand.self { current = next }
    return current
  }

  /// The long options `command` takes (`--topic`, `--no-bury-siblings`), in its help's order;
  /// hidden ones too when `includeHidden`.
  static func options(of command: any ParsableCommand.Type, includeHidden: Bool = false) -> [String] {
    options(inHelp: RecallCommand.helpMessage(for: command, includeHidden: includeHidden, columns: 10_000))
  }

  /// The long options a command's `help` lists, in its order.
  static func options(inHelp help: String) -> [String] {
    var names: [String] = []
    for line in help.split(separator: "\n") where line.hasPrefix("  -") {
      // The option's names come before the two spaces that open its description.
      let head = line.dropFirst(2).components(separatedBy: "  ").first ?? ""
      for word in head.split(whereSeparator: { $0 == " " || $0 == "," }) where word.hasPrefix("--") {
        let option = String(word)
        if !names.contains(option) { names.append(option) }
      }
    }
    return names
  }

  /// Whether the command whose help is `help` takes a deck as its argument (it lists `<deck>`).
  static func takesDeck(help: String) -> Bool {
    help.contains("\n  <deck>")
  }
}
