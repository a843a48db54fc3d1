import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall generate`: turns a plain-text document into a deck of cards about its facts.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate a deck from the facts of a plain-text document.",
    discussion: """
      Offline and deterministic: the same document always gives the same deck and card ids.
      Example: recall generate Decks/sources/kazakhstan-position.txt -o Decks/kazakhstan-position.md
      """
  )

  @Argument(help: "The plain-text document to read.")
  var document: String

  @Option(name: [.short, .customLong("output")], help: "Where to write the deck (default: print it).")
  var output: String?

  @Option(name: .customLong("max-cards"), help: "Keep at most this many cards, the best ones.")
  var maxCards: Int?

  @Flag(name: .customLong("dump-json"), help: .hidden)
  var dumpJSON = false

  func validate() throws {
    if let maxCards, maxCards < 1 { throw ValidationError("--max-cards must be at least 1") }
  }

  func run() throws {
    let deck: Deck
    do {
      let text = try DocumentReader.read(path: document)
      let base = URL(fileURLWithPath: document).deletingPathExtension().lastPathComponent
      deck = try DeckGenerator(options: .init(maxCards: maxCards)).generate(
        text: text, fallbackTitle: base, origin: output ?? "")
    } catch let error as DocumentReadError {
      throw CommandFailure(message: error.description)
    } catch let error as GeneratorError {
      throw CommandFailure(message: "'\(document)': \(error.description)")
    }
    let text = dumpJSON ? DeckJSONDump.json(deck) : DeckDebugPrinter.print(deck)
    if let output {
      do {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
      } catch {
        throw CommandFailure(message: "cannot write '\(output)'; check that its folder exists")
      }
      FileHandle.standardError.write(Data("wrote \(deck.cards.count) cards to \(output)\n".utf8))
    } else {
      print(text, terminator: "")
    }
  }
}

/// A failure whose message is already written for people; exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
