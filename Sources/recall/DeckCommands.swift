import ArgumentParser
import Foundation
import RecallCore
import RecallLexicon
import RecallStore
import RecallTerminal

/// `recall check`: validates decks and prints their problems like a compiler.
struct CheckCommand: ParsableCommand, ReplRunnable {
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
    let catalog = try load(paths.isEmpty ? try DeckLocator.load(decks.source) : nil)
    Output.write(DeckReport.check(withCardWarnings(catalog), style: terminalStyle()))
    if catalog.decks.contains(where: { $0.result.hasErrors }) { throw ExitCode.failure }
  }

  func run(in context: ReplContext) throws {
    // Without paths, the decks the REPL read; decks built in code have no files to report on.
    guard !paths.isEmpty || context.catalog != nil else {
      context.say("checked \(context.decks.count) deck\(context.decks.count == 1 ? "" : "s"): no problems.")
      return
    }
    context.output.write(DeckReport.check(withCardWarnings(try load(context.catalog)), style: context.style))
  }

  /// The decks of `paths`, else `found`.
  private func load(_ found: @autoclosure () throws -> DeckCatalog?) throws -> DeckCatalog {
    let catalog: DeckCatalog
    do {
      if paths.isEmpty, let found = try found() { return found }
      catalog = try DeckLocator.load(paths: paths)
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure.message("\(error)")
    }
    if catalog.decks.isEmpty && !paths.isEmpty {
      let quoted = paths.map { "\"\($0)\"" }.joined(separator: ", ")
      throw Failure.message("no deck files (*.md) in \(quoted); check the path")
    }
    return catalog
  }

  /// `catalog` with the card warnings of `--cards` among its diagnostics.
  private func withCardWarnings(_ catalog: DeckCatalog) -> DeckCatalog {
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
    return checked
  }
}

/// `recall decks`: lists the decks found.
struct DecksCommand: ParsableCommand, ReplRunnable {
  static let configuration = CommandConfiguration(
    commandName: "decks",
    abstract: "List the decks found, with card counts by kind, their topics and what is due in each.",
    discussion: "Example:\n  recall decks --decks ~/my-decks")

  @OptionGroup var decks: DeckOptions
  @OptionGroup var database: DatabaseOptions
  @OptionGroup var session: SessionOptions
  @OptionGroup var now: NowOption

  func run() throws {
    let clock = try now.clock(live: SystemClock())
    Output.write("decks from \(Sanitizer.clean(decks.source.description)):\n")
    guard (try? database.resolvedPath()) != nil else {
      // No database anywhere (no HOME, no --db): the decks, without what is due.
      Output.write(DeckReport.list(try decks.catalog(), style: terminalStyle()))
      return
    }
    try run(in: try LiveSession.commandContext(decks: decks, database: database, options: session, clock: clock))
  }

  func run(in context: ReplContext) throws {
    guard !context.decks.isEmpty || context.catalog?.decks.isEmpty == false else {
      context.say("no decks found; put Markdown decks in ./Decks or pass --decks DIR.")
      return
    }
    if let catalog = context.catalog {
      context.output.write(DeckReport.list(catalog, style: context.style, surface: context.surface))
    }
    for deck in context.decks {
      let due = try context.dueCounts(decks: [deck])
      context.say(
        "  \(context.style.heading(Sanitizer.clean(deck.name))): due \(due.learning) learning, "
          + "\(due.review) review, \(due.new) new")
    }
  }
}

/// `recall show`: prints the cards of a deck.
struct ShowCommand: ParsableCommand, ReplRunnable {
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
    try show(try decks.deck(named: deckAlias.name(deck), example: "recall show"), style: terminalStyle(), Output.write)
  }

  func run(in context: ReplContext) throws {
    let chosen: Deck
    if let name = deckAlias.name(deck) {
      chosen = name.hasSuffix(".md") ? try decks.deck(named: name) : try context.findDeck(named: name).get()
    } else {
      guard context.decks.count == 1, let only = context.decks.first else {
        throw Failure.severalDecks(context.decks.map(\.name), example: "recall show")
      }
      chosen = only
    }
    try show(chosen, style: context.style, context.output.write)
  }

  /// Writes the cards of `deck` (under `--topic`, when given) with `write`.
  private func show(_ deck: Deck, style: TextStyle, _ write: (String) -> Void) throws {
    if let topic, let error = TopicLookupError.check(topic, known: deck.topics, deck: deck.name) {
      throw Failure.topic(error)
    }
    write(DeckReport.show(deck, topic: topic, style: style))
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
