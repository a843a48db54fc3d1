import Testing

@testable import RecallCore

/// A cloze's cards each repeat the whole sentence, so their size grows with gaps times length:
/// `check` refuses clozes past `ClozeText.maxGaps` gaps or, with several gaps, past
/// `ClozeText.maxLengthWithSeveralGaps` characters, and every other command then builds cards in
/// space proportional to the deck (issue 16: 10,000 gaps took `show` 21.6 s and 1.59 GB).
@Suite struct LargeClozeTests {
  @Test func tenThousandGapsAreRefusedAndTheNeighbourSurvives() throws {
    let gaps = (0..<10_000).map { "[w\($0)]" }.joined(separator: " ")
    let text = "# T\n\nC: \(gaps)\n\nQ: Capital?\nA: Astana\nid: capital\n"
    let result = DeckParser.parse(text: text, origin: "x.md")
    #expect(
      result.diagnostics.map(\.description) == [
        "x.md:3:4: error: cloze with 10000 gaps; a note may have at most 100 (each gap is a card): "
          + "split the sentence into several `C:` notes"
      ])
    let deck = try #require(result.deck)
    #expect(deck.cards.map(\.id.rawValue) == ["capital"])
  }

  @Test func theLargestAcceptedClozeGivesOneCardPerGap() throws {
    let gaps = (0..<ClozeText.maxGaps).map { "[w\($0)]" }.joined(separator: " ")
    let padding = String(repeating: "x", count: ClozeText.maxLengthWithSeveralGaps - gaps.count)
    let result = DeckParser.parse(text: "# T\n\nC: \(gaps)\(padding)\n", origin: "x.md")
    #expect(!result.hasErrors)
    let cards = try #require(result.deck).cards
    #expect(cards.count == ClozeText.maxGaps)
    #expect(cards.last?.id.rawValue.hasSuffix("#100") == true)
    #expect(cards.allSatisfy { $0.prompt.count <= ClozeText.maxLengthWithSeveralGaps })
  }

  @Test func oneGapInALongSentenceIsFine() throws {
    let sentence = "[Astana] " + String(repeating: "word ", count: 20_000)
    let result = DeckParser.parse(text: "# T\n\nC: \(sentence)\n", origin: "x.md")
    #expect(!result.hasErrors)
    #expect(try #require(result.deck).cards.count == 1)
  }
}
