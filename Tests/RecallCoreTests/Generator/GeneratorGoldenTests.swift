import Foundation
import RecallCore
import Testing

/// Each test document's deck is pinned: `NAME.txt` must generate exactly `NAME.md`.
/// To accept a deliberate change: `RECALL_UPDATE_GOLDEN=1 swift test --filter GeneratorGoldenTests`
/// (or `recall generate Tests/.../NAME.txt -o Tests/.../NAME.md`), then review the diff.
@Suite struct GeneratorGoldenTests {
  @Test(arguments: GeneratorFixtures.documents)
  func generatesTheGoldenDeck(name: String) throws {
    let text = try GeneratorFixtures.text("\(name).txt")
    let deck = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: name)
    Golden.check(DeckPrinter.print(deck), against: "Generator/\(name).md")
  }

  @Test func findsTheFixtures() {
    #expect(GeneratorFixtures.documents.count >= 7)
  }

  /// The shipped deck is the generator's own output: regenerating it gives the committed bytes.
  @Test func shippedDeckIsTheGeneratorsOutput() throws {
    let root = GeneratorFixtures.repository
    let source = try String(
      contentsOf: root.appendingPathComponent("Decks/sources/kazakhstan-position.txt"), encoding: .utf8)
    let committed = try String(contentsOf: root.appendingPathComponent("Decks/kazakhstan-position.md"), encoding: .utf8)
    let deck = try GeneratorFixtures.generator().generate(text: source, fallbackTitle: "kazakhstan-position")
    #expect(DeckPrinter.print(deck) == committed)
  }

  /// The printed deck parses back to the same notes.
  @Test(arguments: GeneratorFixtures.documents)
  func printedDeckParsesBack(name: String) throws {
    let deck = try GeneratorFixtures.generator().generate(
      text: try GeneratorFixtures.text("\(name).txt"), fallbackTitle: name)
    let parsed = DeckParser.parse(text: DeckPrinter.print(deck), origin: "\(name).md")
    let notes = try #require(parsed.deck).notes
    #expect(notes.map(\.content) == deck.notes.map(\.content))
    #expect(notes.map(\.explicitID) == deck.notes.map(\.explicitID))
    #expect(notes.map(\.topic) == deck.notes.map(\.topic))
    #expect(notes.map(\.source) == deck.notes.map(\.source))
  }
}
