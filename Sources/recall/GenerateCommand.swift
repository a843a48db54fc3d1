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
      Cards come best first, about one for each 75 characters of the document; --max-cards
      sets the number, --more keeps the tail of weaker cards too.
      Example:
        recall generate treaty.txt -o Decks/treaty.md --max-cards 60
      """
  )

  @Argument(help: ArgumentHelp("The plain-text document to read.", valueName: "document"))
  var document: String

  @Option(name: [.short, .customLong("output")], help: "Where to write the deck (default: standard output).")
  var output: String?

  @Option(name: .customLong("max-cards"), help: "Keep at most this many cards, the best ones.")
  var maxCards: Int?

  @Flag(name: .customLong("more"), help: "Keep the tail too: more cards a sentence, no budget by length.")
  var more = false

  func validate() throws {
    if let maxCards, maxCards < 1 { throw ValidationError("--max-cards must be at least 1, got \(maxCards)") }
  }

  func run() throws {
    let text: String
    do {
      text = try DocumentReader.read(path: document)
    } catch {
      throw Failure.message(error.description)
    }
    let name = URL(fileURLWithPath: document).deletingPathExtension().lastPathComponent
    let deck: Deck
    do {
      // A large document shows its progress on a terminal.
      let bar = isatty(STDERR_FILENO) == 1 && text.utf8.count >= 1_000_000 ? ProgressBar(label: "generating") : nil
      defer { bar?.finish() }
      deck = try DeckGenerator(options: .init(maxCards: maxCards, includeTail: more), lexicon: WordNetLexicon())
        .generate(
          text: text, fallbackTitle: name, origin: output ?? "",
          progress: bar.map { bar in { @Sendable in bar.update($0) } })
    } catch {
      throw Failure.message("\"\(document)\": \(error.description)")
    }
    let printed = DeckPrinter.print(deck)
    guard let output else {
      Output.write(printed)
      return
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
      throw Failure.message("\"\(output)\" is a folder; give a file name for the deck, like \(output)/deck.md")
    }
    do {
      try printed.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
      throw Failure.message("cannot write \"\(output)\"; check that its folder exists and is writable")
    }
    FileHandle.standardError.write(Data("wrote \(deck.cards.count) cards to \(output)\n".utf8))
  }
}
