import Testing

@testable import RecallCore

/// Progress is keyed by identity, so edits that do not change a card's words keep it.
@Suite struct CardIdentityTests {
  func identity(_ text: String) throws -> [CardID] {
    let deck = try #require(DeckParser.parse(text: "# T\n\n" + text, origin: "t.md").deck)
    return deck.cards.map(\.id)
  }

  @Test func whitespaceAndPunctuationEditsKeepIdentity() throws {
    let before = try identity("Q: What is the capital of Kazakhstan?\nA: Astana\n")
    let after = try identity("Q:   what is the Capital of  Kazakhstan\nA: Astana.\n")
    #expect(before == after)
    let clozeBefore = try identity("C: Kazakhstan sent a unit of [30] military engineers to Iraq.\n")
    let clozeAfter = try identity("C: Kazakhstan sent a unit of [ 30 ] military-engineers to Iraq\n")
    #expect(clozeBefore == clozeAfter)
  }

  @Test func wordEditsChangeDerivedIdentity() throws {
    let before = try identity("Q: What is the capital of Kazakhstan?\nA: Astana\n")
    let after = try identity("Q: Which city is the capital of Kazakhstan?\nA: Astana\n")
    #expect(before != after)
  }

  @Test func explicitIDSurvivesRewording() throws {
    let before = try identity("Q: What is the capital of Kazakhstan?\nA: Astana\nid: capital\n")
    let after = try identity("Q: Which city is Kazakhstan's capital?\nA: Astana (since 1997)\nid: capital\n")
    #expect(before == ["capital"])
    #expect(before == after)
  }

  @Test func eachGapAndReverseGetsItsOwnCard() throws {
    let ids = try identity("C: [A] and [B] and [C].\nid: abc\n\nQ: Q?\nA: A\nReverse: yes\nid: qa\n")
    #expect(ids == ["abc#1", "abc#2", "abc#3", "qa", "qa~r"])
  }

  @Test func derivedIdentityIsStableAcrossRuns() throws {
    // Pinned: a change here would orphan every learner's progress on cards without ids.
    #expect(try identity("Q: One?\nA: 1\n") == ["qa-0715a6b46adb"])
  }

  @Test func fragileCardsAreWarnedAbout() {
    let result = DeckParser.parse(text: "# T\n\nQ: One?\nA: 1\n\nQ: Two?\nA: 2\nid: two\n", origin: "t.md")
    let warnings = result.diagnostics.filter { $0.severity == .warning }
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 3)
  }
}
