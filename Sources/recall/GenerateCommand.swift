import ArgumentParser
import Foundation
import RecallCore
import RecallLexicon
import RecallStore
import RecallTerminal

/// `recall generate`: turns a plain-text document into a deck of cards about its facts.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate a deck from the facts of a plain-text document.",
    discussion: """
      Offline and deterministic: the same document always gives the same deck and card ids.
      Cards come best first, about one for each 75 characters of the document's first 2,400
      and one for each 200 after; --max-cards sets the number, --more keeps the tail of weaker
      cards too.
      Example:
        recall generate treaty.txt -o Decks/treaty.md --max-cards 60
      """
  )

  @Argument(help: ArgumentHelp("The plain-text document to read.", valueName: "document"))
  var document: String

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp(
      "Where to write the deck (default: standard output). A file there is replaced only when it is a deck "
        + "generated from the same document, or with --force.", valueName: "file"))
  var output: String?

  @Option(name: .customLong("max-cards"), help: "Keep at most this many cards, the best ones.")
  var maxCards: Int?

  @Flag(name: .customLong("more"), help: "Keep the tail too: more cards a sentence, no budget by length.")
  var more = false

  @Flag(help: "Replace the -o file even when it is not a deck generated from this document.")
  var force = false

  func validate() throws {
    if let maxCards, maxCards < 1 { throw ValidationError("--max-cards must be at least 1, got \(maxCards)") }
  }

  func run() throws {
    if let output { try DeckOutput.refuseDocument(document, as: output) }
    let text: String
    do {
      text = try DocumentReader.read(path: document)
    } catch {
      throw Failure.message(error.description)
    }
    // Refused before the work, not after it.
    let isDevice = output.map(DeckOutput.isDevice) ?? false
    let previous = try output.flatMap {
      isDevice ? nil : try DeckOutput.previousDeck(at: $0, document: document, force: force)
    }
    let name = URL(fileURLWithPath: document).deletingPathExtension().lastPathComponent
    let deck: Deck
    do {
      // A large document shows its progress on a terminal.
      let showsBar = isatty(STDERR_FILENO) == 1 && text.utf8.count >= 1_000_000
      let style = TextStyle.detect(isTerminal: showsBar, environment: ProcessInfo.processInfo.environment)
      let bar = showsBar ? ProgressMeter(bar: ProgressBar(label: "generating"), style: style) : nil
      defer { bar?.finish() }
      deck = try DeckGenerator(
        options: .init(maxCards: maxCards, maxCardsPerSentence: more ? 4 : 3, includeTail: more),
        lexicon: WordNetLexicon()
      )
      .generate(
        text: text, fallbackTitle: name, origin: output ?? "",
        progress: bar.map { bar in { @Sendable in bar.update($0) } })
    } catch {
      throw Failure.message("\"\(document)\": \(error.description)")
    }
    let printed = DeckPrinter.print(deck)
    guard let output else {
      // A document's escape sequences never reach the terminal (or a deck made with `>`) raw.
      Output.write(Sanitizer.clean(printed, keepNewlines: true))
      return
    }
    if isDevice {
      // `-o /dev/stdout` and the like: a stream, not a file to replace.
      try AtomicFile.stream(printed, to: output)
      return
    }
    let marked = GeneratedDeckFile.marked(printed, document: document, deckPath: output)
    try AtomicFile.write(marked, to: output)
    if let previous {
      let changes = GeneratedDeckFile.changes(from: previous, to: deck)
      Output.note(
        "updated \(output): \(changes.added) \(changes.added == 1 ? "card" : "cards") added, \(changes.changed) "
          + "changed, \(changes.removed) removed; their progress is kept")
    } else {
      Output.note("wrote \(deck.cards.count) cards to \(output)")
    }
    if let warning = DeckOutput.searchWarning(output) { Output.warning(warning) }
  }
}

/// The checks on where `recall generate -o` writes.
enum DeckOutput {
  /// Refuses an output that is the document itself (by path or by file identity), even with --force.
  static func refuseDocument(_ document: String, as output: String) throws {
    guard GeneratedDeckFile.sameFile(document, output) else { return }
    // The document's name with `.md`; for a document that is itself a `.md` file, another name.
    let base = (document as NSString).deletingPathExtension
    let suggestion = base + (document.hasSuffix(".md") ? "-deck.md" : ".md")
    throw Failure.message(
      "\"\(output)\" is the document being read; write the deck to another file, e.g. -o \(suggestion)")
  }

  /// Whether `path` is an existing file that is neither a regular file nor a folder (a device, a pipe).
  static func isDevice(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let kind = info.st_mode & S_IFMT
    return kind != S_IFREG && kind != S_IFDIR
  }

  /// The deck already at `output`, when it was generated from `document` (it will be updated);
  /// nil when there is no file. Any other file is refused unless `force`.
  static func previousDeck(at output: String, document: String, force: Bool) throws -> Deck? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
    if isDirectory.boolValue {
      throw Failure.message("\"\(output)\" is a folder; give a file name for the deck, like \(output)/deck.md")
    }
    let text = FileManager.default.contents(atPath: output).map { String(decoding: $0, as: UTF8.self) }
    if let text, let source = GeneratedDeckFile.document(of: text, deckPath: output),
      GeneratedDeckFile.sameFile(source, document)
    {
      return DeckParser.parse(text: text, origin: output).deck ?? Deck(title: "")
    }
    if force { return nil }
    throw Failure.message(
      "\"\(output)\" exists and is not a deck generated from \"\(document)\"; nothing was written. "
        + "choose another file, or pass --force to replace it")
  }

  /// A warning when the deck search will not find `output`: not `.md`, or named in capitals
  /// (taken for documentation), or hidden.
  static func searchWarning(_ output: String) -> String? {
    let name = (output as NSString).lastPathComponent
    let stem = (name as NSString).deletingPathExtension
    guard !name.hasSuffix(".md") || !stem.contains(where: \.isLowercase) || name.hasPrefix(".") else { return nil }
    let better = (stem.hasPrefix(".") ? String(stem.dropFirst()) : stem).lowercased()
    return "recall looks for decks in *.md files with a lower-case letter in the name, so it will not find "
      + "\"\(output)\"; rename it, e.g. \(better.isEmpty ? "deck" : better).md"
  }
}
