import Foundation
import RecallCore

/// The read-eval-print loop `recall` opens without arguments.
///
/// It greets with what is due, reads commands, answers unknown words with "did you mean", turns
/// Ctrl-C at the prompt into a hint on how to leave, and leaves on `quit` or Ctrl-D with a summary.
public final class Repl {
  /// The prompt of the command line.
  public static let prompt = "recall> "

  /// The commands known.
  public private(set) var registry: CommandRegistry
  private let context: ReplContext

  /// Creates a REPL over `context` with `commands` (the executable's subcommands) and the
  /// built-in `help` and `quit`.
  public init(context: ReplContext, commands: [ReplCommandSpec]) {
    self.context = context
    var registry = CommandRegistry()
    commands.forEach { registry.register($0) }
    BuiltinCommands.all.forEach { registry.register($0) }
    self.registry = registry
  }

  /// The greeting: what is due and how to begin, and a second line when decks have errors.
  public func greeting() -> String {
    let faulty = context.catalog?.decks.filter { $0.result.diagnostics.contains { $0.severity == .error } }.count ?? 0
    guard faulty > 0 else { return dueLine() }
    let decks = faulty == 1 ? "1 deck has errors and its" : "\(faulty) decks have errors and their"
    return dueLine() + "\n\(decks) faulty cards are left out: type check to see them."
  }

  private func dueLine() -> String {
    guard !context.decks.isEmpty else {
      return "Recall: no decks found. Put Markdown decks in ./Decks or pass --decks DIR; type help for commands."
    }
    let deckCount = "\(context.decks.count) deck\(context.decks.count == 1 ? "" : "s")"
    guard let due = try? context.dueCounts() else {
      return "Recall: \(deckCount). Type study to begin, help for commands."
    }
    let total = due.learning + due.review + due.new
    if total == 0 {
      return "Recall: \(deckCount), nothing due now. Type quiz to test yourself, help for commands."
    }
    // Two short lines rather than one that wraps on an 80-column terminal.
    return "Recall: \(deckCount), \(total) card\(total == 1 ? "" : "s") to study "
      + "(\(due.learning) learning, \(due.review) review, \(due.new) new).\nType study to begin, help for commands."
  }

  /// Runs the loop until `quit` or the end of input.
  public func run() {
    context.say(greeting())
    while true {
      switch context.reader.readLine(prompt: Self.prompt) {
      case .interrupt:
        context.say("(to leave Recall, type quit or press Ctrl-D)")
      case .end:
        leave()
        return
      case .line(let line):
        if execute(line) == .quit {
          leave()
          return
        }
      }
    }
  }

  /// Runs one command line; returns whether to go on.
  public func execute(_ line: String) -> ReplOutcome {
    let words = CommandLineWords.split(line)
    guard let name = words.first else { return .proceed }
    guard let command = registry.command(named: name) else {
      context.say(.error(UnknownCommandError(word: name, among: registry.all.map(\.name)).message(on: .repl)))
      return .proceed
    }
    if name.lowercased() == "help" {
      help(Array(words.dropFirst()))
      return .proceed
    }
    do {
      return try command.run(Array(words.dropFirst()), context)
    } catch let error as ReplError {
      context.say(error.message)
    } catch let error as DeckLookupError {
      context.say(ReplError(error).message)
    } catch let error as TopicLookupError {
      context.say(ReplError(error).message)
    } catch {
      context.say(.error("\(error); the last saved answer is kept, try again"))
    }
    return .proceed
  }

  private func help(_ arguments: [String]) {
    let columns = context.style.columns ?? 80
    if let name = arguments.first {
      guard let command = registry.command(named: name) else {
        context.say(.error(UnknownCommandError(word: name, among: registry.all.map(\.name)).message(on: .repl)))
        return
      }
      context.output.write(Self.oneLineBreak(command.help(columns)))
      return
    }
    let width = registry.all.map(\.name.count).max() ?? 0
    let indent = String(repeating: " ", count: width + 4)
    for command in registry.all {
      let line = "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary
      context.output.write(TextWrap.wrapped(line, width: columns, indent: indent) + "\n")
    }
    context.say("help COMMAND shows the help of one, as recall COMMAND --help does; e.g. help study.")
  }

  /// `text` ending in exactly one line break.
  public static func oneLineBreak(_ text: String) -> String {
    var trimmed = Substring(text)
    while trimmed.last == "\n" { trimmed = trimmed.dropLast() }
    return trimmed + "\n"
  }

  private func leave() {
    context.say(StudyRenderer(style: context.style).summary(context.summary) + ". bye.")
  }

  /// The Tab completions for a line: commands first, then a command's subcommands and options
  /// (and deck names for commands taking a DECK), deck names after `--deck`, topics after
  /// `--topic`, modes after `--mode`, command names after `help`.
  public func completionTable() -> CompletionTable {
    let registry = registry
    let commands = Set(registry.all.map(\.name))
    return CompletionTable(
      commands: registry.all.map(\.name), decks: context.decks.map(\.name),
      topics: Array(Set(context.decks.flatMap(\.topics))).sorted()
    ) { name in
      guard commands.contains(name), let command = registry.command(named: name) else { return nil }
      let completion = command.completion()
      return (command.subcommands + completion.options, completion.takesDeck)
    }
  }
}

/// What Tab completes, safe to hand to readline's callback. A command's options are worked out
/// the first time Tab asks for them, and kept.
public struct CompletionTable: Sendable {
  /// Command names.
  public var commands: [String]
  /// Deck names.
  public var decks: [String]
  /// Topics of all decks.
  public var topics: [String]
  private let commandCompletions: CommandCompletions

  /// Creates a table from what each command completes: `options` per command, and the commands
  /// in `deckCommands` take a deck name as an argument (`show DECK`).
  public init(
    commands: [String], options: [String: [String]], decks: [String], topics: [String], deckCommands: Set<String> = []
  ) {
    self.init(commands: commands, decks: decks, topics: topics) { name in
      (options[name] ?? [], deckCommands.contains(name))
    }
  }

  /// Creates a table whose commands' subcommands and options, and whether they take a deck,
  /// `lookup` works out for a command name when Tab first needs them (nil: not a command).
  public init(
    commands: [String], decks: [String], topics: [String],
    lookup: @escaping @Sendable (_ command: String) -> (options: [String], takesDeck: Bool)?
  ) {
    self.commands = commands
    self.decks = decks
    self.topics = topics
    self.commandCompletions = CommandCompletions(lookup: lookup)
  }

  /// The completions of the word starting at UTF-8 offset `wordStart` of `line` (the line up to the cursor).
  public func completions(line: String, wordStart: Int) -> [String] {
    let bytes = Array(line.utf8)
    let start = min(max(0, wordStart), bytes.count)
    let before = String(decoding: bytes[..<start], as: UTF8.self)
    let word = String(decoding: bytes[start...], as: UTF8.self)
    let previous = CommandLineWords.split(before)
    guard let command = previous.first else { return matching(commands, word) }
    switch previous.count > 1 ? previous[previous.count - 1] : "" {
    case "--deck": return matching(decks, word)
    case "--topic": return matching(topics, word)
    case "--mode": return matching(StudySession.Mode.allCases.map(\.rawValue), word)
    default: break
    }
    if command == "help" { return previous.count == 1 ? matching(commands, word) : [] }
    let (commandOptions, takesDeck) = commandCompletions.completion(of: command) ?? ([], false)
    if word.hasPrefix("-") || !takesDeck { return matching(commandOptions, word) }
    // A command that takes a deck name offers the decks before its options.
    return matching(decks + commandOptions, word)
  }

  private func matching(_ candidates: [String], _ word: String) -> [String] {
    return candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
  }
}

/// Each command's completion, worked out once, the first time it is asked for.
private final class CommandCompletions: @unchecked Sendable {
  private let lookup: @Sendable (String) -> (options: [String], takesDeck: Bool)?
  private let lock = NSLock()
  private var known: [String: (options: [String], takesDeck: Bool)?] = [:]

  init(lookup: @escaping @Sendable (String) -> (options: [String], takesDeck: Bool)?) {
    self.lookup = lookup
  }

  func completion(of command: String) -> (options: [String], takesDeck: Bool)? {
    lock.lock()
    defer { lock.unlock() }
    if let found = known[command] { return found }
    let found = lookup(command)
    known[command] = found
    return found
  }
}

/// An error of a REPL command, with the message shown for it.
public struct ReplError: Error, Sendable {
  /// The message: lower-case, quoting the user's values, saying what to do next.
  public var message: Message

  /// Creates an error with its message.
  public init(_ message: Message) {
    self.message = message
  }

  /// An error saying `text` (a leading `error: ` is the renderer's to write, and dropped).
  public init(_ text: String) {
    self.message = .error(text)
  }

  /// The error for a deck name that names no deck, as the REPL words it.
  public init(_ error: DeckLookupError) {
    self.message = .error(error.message(on: .repl))
  }

  /// The error for a topic that names no topic.
  public init(_ error: TopicLookupError) {
    self.message = .error(error.description)
  }
}
