import Foundation
import Testing

@testable import RecallCore

/// Inputs the fuzzers (`scripts/fuzz.sh`) found, and those of the defects of issue 16, kept in
/// `Fixtures/FuzzRegressions/TARGET/` and checked for the harnesses' properties that do not need
/// the terminal: a new crash file goes in its harness's folder and is checked from then on.
@Suite struct FuzzRegressionTests {
  static func inputs(_ target: String) -> [String] {
    let folder = Fixtures.folder.appendingPathComponent("FuzzRegressions/\(target)").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: Fixtures.folder.appendingPathComponent("FuzzRegressions/\(name)")))
  }

  /// The cards without their line numbers, in order.
  static func shape(_ cards: [Card]) -> [String] {
    cards.map { card in
      "\(card.id.rawValue)|\(card.kind)|\(card.prompt)|\(card.answer)|\(card.alternatives)|\(card.options)|"
        + "\(card.hint ?? "-")|\(card.topic ?? "-")|\(card.tags)|\(card.source ?? "-")"
    }
  }

  @Test func everyHarnessHasRegressionInputs() {
    #expect(!Self.inputs("answer").isEmpty)
    #expect(!Self.inputs("generator").isEmpty)
    #expect(!Self.inputs("parser").isEmpty)
  }

  @Test(arguments: inputs("parser"))
  func parserRoundTrip(name: String) throws {
    let result = DeckParser.parse(bytes: try Self.bytes(name), origin: "fuzz.md")
    guard let deck = result.deck, !result.hasErrors else { return }
    let again = DeckParser.parse(text: DeckPrinter.print(deck), origin: "fuzz.md")
    #expect(!again.hasErrors)
    #expect(Self.shape(again.deck?.cards ?? []) == Self.shape(deck.cards))
  }

  @Test(arguments: inputs("answer"))
  func answerChecks(name: String) throws {
    // As in the harness: the first byte picks the check, the first line is what is expected.
    let text = String(decoding: try Self.bytes(name).dropFirst(), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let expected = parts.count == 2 ? String(parts[0]) : "Astana"
    let typed = parts.count == 2 ? String(parts[1]) : text
    let check = AnswerChecker().check(typed, expected: expected)
    #expect((0...1).contains(check.credit))
    #expect(check.isCorrect == (check.credit == 1))
    let list = AnswerChecker().checkList(typed, items: [expected, "Almaty"], ordered: false)
    #expect((0...1).contains(list.credit))
    _ = AnswerDiff(typed: typed, expected: expected)
  }

  @Test(arguments: inputs("generator"))
  func generatedDecksPassCheckAndReadBack(name: String) throws {
    let text = String(decoding: try Self.bytes(name), as: UTF8.self)
    guard let deck = try? DeckGenerator().generate(text: text, fallbackTitle: "fuzz", origin: "fuzz.md") else { return }
    let parsed = DeckParser.parse(text: DeckPrinter.print(deck), origin: "fuzz.md")
    #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
    let expected = deck.cards.filter { $0.topic == nil } + deck.cards.filter { $0.topic != nil }
    #expect(Self.shape(parsed.deck?.cards ?? []) == Self.shape(expected))
  }

  /// Found by the generator harness in its long run: a run of twenty digits overflowed while the
  /// generator looked for four-digit years, and `recall generate` trapped.
  @Test func aLongRunOfDigitsIsNoYearAndDoesNotTrap() {
    #expect(TextScan.fourDigitNumbers(in: "lin 1111111111222222222222222 Pact, 1411 and 1911.") == [1411, 1911])
    #expect(TextScan.fourDigitNumbers(in: String(repeating: "9", count: 40)) == [])
  }

  /// Found by the generator harness: a card without a topic, ranked after one with a topic, was
  /// printed below that topic's heading and read back under it.
  @Test func aNoteWithoutATopicIsPrintedBeforeTheFirstHeading() throws {
    let titled = Note(content: .qa(question: "Capital?", answer: "Astana", reverse: false), topic: "Overview")
    let untitled = Note(content: .qa(question: "Largest city?", answer: "Almaty", reverse: false))
    let deck = Deck(title: "T", notes: [titled, untitled])
    let again = try #require(DeckParser.parse(text: DeckPrinter.print(deck), origin: "x.md").deck)
    #expect(again.notes.map(\.topic) == [nil, "Overview"])
  }
}
