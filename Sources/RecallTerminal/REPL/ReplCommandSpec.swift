import RecallCore

/// What a REPL command asks of the loop once it has run.
public enum ReplOutcome: Sendable {
  /// Show the prompt again.
  case proceed
  /// Leave the REPL (with its summary).
  case quit
}

/// A command of the REPL: its name, help and what it does. The executable registers its
/// subcommands here (one registry: what runs at `recall NAME` runs at the prompt as `NAME`), so
/// help, options and completion come from the command itself.
public struct ReplCommandSpec: Sendable {
  /// What Tab completes after the command's name.
  public struct Completion: Sendable, Equatable {
    /// Options the command takes (`--topic`...).
    public var options: [String]
    /// Whether the command takes a deck name as its argument (`show DECK`), so Tab offers decks.
    public var takesDeck: Bool

    /// Creates a completion.
    public init(options: [String] = [], takesDeck: Bool = false) {
      self.options = options
      self.takesDeck = takesDeck
    }
  }

  /// The word that runs the command.
  public var name: String
  /// One line for the `help` listing.
  public var summary: String
  /// The help `help NAME` shows, laid out in `columns` (the same as `recall NAME --help`).
  public var help: @Sendable (_ columns: Int) -> String
  /// Subcommands that may follow the name (`quiz history`), completed with Tab.
  public var subcommands: [String]
  /// Works out what Tab completes, when Tab first asks: reading it from a command's help takes
  /// time, which the REPL should not spend before its first prompt.
  public var completion: @Sendable () -> Completion
  /// Runs the command with its argument words.
  public var run: @Sendable (_ arguments: [String], _ context: ReplContext) throws -> ReplOutcome

  /// Options the command takes, completed with Tab (`--topic`...).
  public var options: [String] { completion().options }
  /// Whether the command takes a deck name as its argument (`show DECK`), so Tab offers decks.
  public var takesDeck: Bool { completion().takesDeck }

  /// Creates a command whose completion is known.
  public init(
    name: String, summary: String, help: @escaping @Sendable (_ columns: Int) -> String, options: [String] = [],
    subcommands: [String] = [], takesDeck: Bool = false,
    run: @escaping @Sendable (_ arguments: [String], _ context: ReplContext) throws -> ReplOutcome
  ) {
    let known = Completion(options: options, takesDeck: takesDeck)
    self.init(name: name, summary: summary, help: help, subcommands: subcommands, completion: { known }, run: run)
  }

  /// Creates a command whose completion `completion` works out when Tab needs it.
  public init(
    name: String, summary: String, help: @escaping @Sendable (_ columns: Int) -> String, subcommands: [String] = [],
    completion: @escaping @Sendable () -> Completion,
    run: @escaping @Sendable (_ arguments: [String], _ context: ReplContext) throws -> ReplOutcome
  ) {
    self.name = name
    self.summary = summary
    self.help = help
    self.subcommands = subcommands
    self.completion = completion
    self.run = run
  }
}

/// The commands a REPL knows, by name.
public struct CommandRegistry: Sendable {
  private var commands: [String: ReplCommandSpec] = [:]
  private var order: [String] = []

  /// Creates an empty registry.
  public init() {}

  /// Adds `command`, replacing one of the same name.
  public mutating func register(_ command: ReplCommandSpec) {
    if commands[command.name] == nil { order.append(command.name) }
    commands[command.name] = command
  }

  /// The command called `name`, if any.
  public func command(named name: String) -> ReplCommandSpec? { commands[name.lowercased()] }

  /// Every command in the order registered.
  public var all: [ReplCommandSpec] { order.compactMap { commands[$0] } }

  /// Command names close to `word`: those it is a prefix of, else the nearest within two typos.
  public func suggestions(for word: String) -> [String] {
    NameSuggestion.closest(to: word, among: order)
  }
}

/// Splits a command line into words; double or single quotes keep spaces inside a word.
public enum CommandLineWords {
  /// The words of `line`: `study --deck "world history"` gives `["study", "--deck", "world history"]`.
  public static func split(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
