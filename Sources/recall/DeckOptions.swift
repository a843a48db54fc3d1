import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal

/// The `--decks DIR` option shared by every command that reads decks.
struct DeckOptions: ParsableArguments {
  @Option(
    name: .customLong("decks"),
    help: ArgumentHelp(
      "Folder of deck files (default: $RECALL_DECKS, else ./Decks when present, else the bundled decks).",
      valueName: "dir"))
  var directory: String?

  /// Where decks come from, from the option, the environment and the working folder.
  var source: DeckSource {
    DeckLocator.source(
      option: directory, environment: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath)
  }

  /// The decks found.
  func catalog() throws -> DeckCatalog {
    do {
      return try DeckLocator.load(source)
    } catch {
      throw Failure.message(error.description)
    }
  }

  /// The deck named `name` (or the only deck when `name` is nil); `example` is how the command
  /// names a deck (`recall show`, `recall undo --deck`), for the message when several are found.
  func deck(named name: String?, example: String? = nil) throws -> Deck {
    try deck(named: name, example: example, in: try catalog())
  }

  /// The deck named `name` among the decks of `catalog`, loaded before (see `deck(named:example:)`).
  func deck(named name: String?, example: String? = nil, in catalog: DeckCatalog) throws -> Deck {
    if let name {
      if name.hasSuffix(".md") {
        do {
          let loaded = try DeckLocator.load(file: name)
          guard let deck = loaded.result.deck, !deck.notes.isEmpty else {
            throw Failure.deck(.unusable(name))
          }
          return deck
        } catch let error as DeckLoadError {
          throw Failure.message(error.description)
        }
      }
      switch catalog.deck(named: name) {
      case .success(let deck): return deck
      case .failure(let error): throw Failure.deck(error)
      }
    }
    let decks = catalog.usableDecks
    guard let first = decks.first else {
      throw Failure.deck(.noUsableDeck(in: "\(source)"))
    }
    guard decks.count == 1 else {
      throw Failure.severalDecks(decks.map(\.name), example: example)
    }
    return first
  }
}

/// A failure to report to the user: the message is printed as `error: ...` and the exit code is 1.
enum Failure: Error, CustomStringConvertible {
  /// Something went wrong (exit code 1).
  case message(String)
  /// The command was not given what it needs (exit code 64), said without the usage text.
  case usage(String)
  /// A deck name fits no deck (exit code 1); worded for the command line, or for the REPL when a
  /// subcommand runs there.
  case deck(DeckLookupError)
  /// A `--topic` that names no topic (exit code 1).
  case topic(TopicLookupError)
  /// A command that needs one deck found several (exit code 64); `example` is how the command
  /// names a deck on the command line (`recall show`), for a hint.
  case severalDecks([String], example: String?)

  var description: String {
    switch self {
    case .message(let text), .usage(let text): text
    case .deck(let error): error.message(on: .commandLine)
    case .topic(let error): error.description
    case .severalDecks(let names, let example): Self.severalDecks(names, example: example)
    }
  }

  /// `several decks are found (a, b); name one, e.g. `recall show a``; in the REPL the example
  /// is typed without `recall`.
  static func severalDecks(_ names: [String], example: String?, on surface: CommandSurface = .commandLine) -> String {
    let hint = example.map { command in
      let typed = surface == .repl && command.hasPrefix("recall ") ? String(command.dropFirst(7)) : command
      return ", e.g. `\(typed) \(names.first ?? "DECK")`"
    }
    return "several decks are found (\(names.joined(separator: ", "))); name one\(hint ?? "")"
  }

  /// The words of the failure, naming commands as they are typed on `surface`.
  func text(on surface: CommandSurface) -> String {
    switch self {
    case .deck(let error): error.message(on: surface)
    case .severalDecks(let names, let example): Self.severalDecks(names, example: example, on: surface)
    case .message, .usage, .topic: description
    }
  }

  /// The process exit code.
  var exitCode: Int32 {
    switch self {
    case .message, .deck, .topic: 1
    case .usage, .severalDecks: 64
    }
  }
}

/// Output helpers for commands.
enum Output {
  /// Whether standard output is a terminal.
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Writes text to standard output without adding a line break.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `message` to standard error as `MessageRenderer` renders it (escape sequences in the
  /// words a person gave shown escaped), and a line break.
  static func say(_ message: Message) {
    FileHandle.standardError.write(Data((MessageRenderer.render(message) + "\n").utf8))
  }

  /// Writes `warning: message` to standard error.
  static func warning(_ message: String) { say(.warning(message)) }

  /// Writes `error: message` to standard error.
  static func error(_ message: String) { say(.error(message)) }

  /// Writes `message` as a line to standard error: a report beside the output (`wrote ...`).
  static func note(_ message: String) { say(.note(message)) }
}
