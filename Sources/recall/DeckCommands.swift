import ArgumentParser
import Foundation
import RecallCore
import RecallLexicon
import RecallStore
import RecallTerminal

/// `recall check`: validates decks and prints their problems like a compiler.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate deck files and print their problems as file:line:column diagnostics.",
    discussion: """
      Exits 1 when any deck has errors; warnings alone exit 0. With --cards, also warns about
      cards that would mislead a student: the answer readable in the prompt, a gap that is no
      whole name or thing, a prompt that cannot stand alone or is too long, options of another kind.

      Example:
        recall check Decks
        recall check --cards Decks/central-asia.md
      """)

  @OptionGroup var decks: DeckOptions

  @Flag(name: .customLong("cards"), help: "Also warn about cards that would mislead or bore a student.")
  var cards = false

  @Argument(help: ArgumentHelp("Deck files or folders (default: the decks found).", valueName: "path"))
  var paths: [String] = []

  func run() throws {
    let catalog: DeckCatalog
    do {
      catalog = paths.isEmpty ? try DeckLocator.load(decks.source) : try DeckLocator.load(paths: paths)
    } catch {
      throw Failure.message(error.description)
    }
    if catalog.decks.isEmpty && !paths.isEmpty {
      let quoted = paths.map { "\"\($0)\"" }.joined(separator: ", ")
      throw Failure.message("no deck files (*.md) in \(quoted); check the path")
    }
    var checked = catalog
    if cards {
      let check = DeckCardCheck(lexicon: WordNetLexicon())
      for index in checked.decks.indices {
        guard let deck = checked.decks[index].result.deck else { continue }
        let warnings = check.warnings(for: deck, file: checked.decks[index].origin)
        checked.decks[index].result.diagnostics = (checked.decks[index].result.diagnostics + warnings).sorted {
          $0.line < $1.line
        }
      }
    }
    Output.write(DeckReport.check(checked, style: terminalStyle()))
    if catalog.decks.contains(where: { $0.result.hasErrors }) { throw ExitCode.failure }
  }
}

/// `recall decks`: lists the decks found.
struct DecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decks",
    abstract: "List the decks found, with card counts by kind and their topics.",
    discussion: "Example:\n  recall decks --decks ~/my-decks")

  @OptionGroup var decks: DeckOptions

  func run() throws {
    let catalog = try decks.catalog()
    Output.write("decks from \(Sanitizer.clean(decks.source.description)):\n")
    Output.write(DeckReport.list(catalog, style: terminalStyle()))
  }
}

/// `recall show`: prints the cards of a deck.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print the cards of a deck with their answers.",
    discussion: "Example:\n  recall show central-asia --topic Capitals")

  @OptionGroup var decks: DeckOptions

  @Argument(help: ArgumentHelp("The deck's name (see `recall decks`) or a deck file.", valueName: "deck"))
  var deck: String?
  @OptionGroup var deckAlias: DeckAlias

  @Option(help: ArgumentHelp("Show only the cards under this topic.", valueName: "topic"))
  var topic: String?

  func validate() throws { try deckAlias.check(deck) }

  func run() throws {
    let deck = try decks.deck(named: deckAlias.name(deck), example: "recall show")
    if let topic, let error = TopicLookupError.check(topic, known: deck.topics, deck: deck.name) {
      throw Failure.topic(error)
    }
    Output.write(DeckReport.show(deck, topic: topic, style: terminalStyle()))
  }
}

/// `recall export`: writes the cards of a deck for other tools.
struct ExportCommand: ParsableCommand {
  /// Export formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
    case md
    case tsv
    case apkg
  }

  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the cards of a deck as JSON (one object a card), as Markdown, or as Anki notes text.",
    discussion: """
      --format tsv writes Anki's "Notes in Plain Text" (File > Import in Anki reads it back with
      note types, decks, tags and guids).
      Example:
        recall export kazakhstan-position --format json -o deck.json
        recall export central-asia --format tsv -o central-asia.txt
      """)

  @OptionGroup var decks: DeckOptions

  @Argument(help: ArgumentHelp("The deck's name (see `recall decks`) or a deck file.", valueName: "deck"))
  var deck: String?
  @OptionGroup var deckAlias: DeckAlias

  @Option(help: "Output format.")
  var format: Format = .json

  @Option(help: ArgumentHelp("Export only the cards under this topic.", valueName: "topic"))
  var topic: String?

  @OptionGroup var output: OutputOption

  @Flag(name: .customLong("with-history"), help: "With --format apkg, include the review log.")
  var withHistory = false

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var now: NowOption

  func validate() throws {
    try deckAlias.check(deck)
    if format == .apkg && output.path == nil {
      throw ValidationError("--format apkg writes a file; name it with -o, e.g. -o deck.apkg")
    }
    if withHistory && format != .apkg { throw ValidationError("--with-history goes with --format apkg") }
  }

  func run() throws {
    let deck = try decks.deck(named: deckAlias.name(deck), example: "recall export")
    if let topic, let error = TopicLookupError.check(topic, known: deck.topics, deck: deck.name) {
      throw Failure.topic(error)
    }
    var selected = deck
    if let topic { selected.notes = deck.notes.filter { $0.topic == topic } }
    if format == .apkg, let path = output.path {
      try writePackage(selected, to: path)
      return
    }
    try output.refuse(overwriting: deck.origin)
    // Exact to a file or a pipe; on a terminal the deck's control characters are shown escaped.
    let toTerminal = output.path == nil && Output.isTerminal
    try output.write { sink in
      switch format {
      case .json: try sink(DeckExport.json(deck, topic: topic))
      case .md:
        let printed = DeckPrinter.print(deck)
        try sink(toTerminal ? Sanitizer.clean(printed, keepNewlines: true) : printed)
      case .tsv, .apkg: try sink(AnkiNotesText.export(selected))
      }
    }
  }
}

extension ExportCommand {
  /// Writes `deck` with its progress (and review log) as an Anki package.
  func writePackage(_ deck: Deck, to output: String) throws {
    let store = try database.store()
    let counts: AnkiPackageWriter.Counts
    do {
      counts = try AnkiPackageWriter.write(
        deck, progress: try store.progress(deck: deck.name),
        reviews: withHistory ? try store.reviewLog(deck: deck.name) : nil, to: output, now: try now.time())
    } catch let error as DeckFileError {
      throw Failure.message(error.description)
    } catch {
      throw Failure.message("cannot write \"\(output)\" (\(error)); check that its folder exists and is writable")
    }
    FileHandle.standardError.write(
      Data("wrote \(counts.notes) notes, \(counts.cards) cards, \(counts.reviews) reviews to \(output)\n".utf8))
  }
}

/// The style for standard output.
func terminalStyle() -> TextStyle {
  TextStyle.detect(isTerminal: Output.isTerminal, environment: ProcessInfo.processInfo.environment)
}
