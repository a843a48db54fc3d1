import Testing

@testable import RecallCore

@Suite struct SentenceSplitterTests {
  private func split(_ text: String) -> [String] { SentenceSplitter.split(text).map(\.text) }

  @Test func splitsAtFullStopsQuestionAndExclamationMarks() {
    #expect(
      split("The treaty was signed. Was it ratified? Yes! All parties agreed.") == [
        "The treaty was signed.", "Was it ratified?", "Yes!", "All parties agreed.",
      ])
  }

  @Test func keepsAbbreviationsAndTitlesInTheSentence() {
    #expect(
      split("Dr. Smith met Mr. Jones in Geneva. They talked.") == [
        "Dr. Smith met Mr. Jones in Geneva.", "They talked.",
      ])
    #expect(split("Parties include e.g. Norway and i.e. coastal states. Talks ended.").count == 2)
  }

  @Test func keepsInitialsInTheSentence() {
    #expect(
      split("The report by J. R. Hale was published in 1990. It sold well.") == [
        "The report by J. R. Hale was published in 1990.", "It sold well.",
      ])
  }

  @Test func keepsDecimalsAndNumbersWhole() {
    #expect(
      split("Growth was 2.5 percent in 2010. Prices rose by 1,200 units.") == [
        "Growth was 2.5 percent in 2010.", "Prices rose by 1,200 units.",
      ])
  }

  @Test func doesNotSplitInsideParentheses() {
    #expect(
      split("The agency (founded c. 1957. See below.) met often. It still does.") == [
        "The agency (founded c. 1957. See below.) met often.", "It still does.",
      ])
  }

  @Test func doesNotSplitInsideQuotesButAfterThem() {
    #expect(
      split("He called it \u{201C}a new start. A real one.\u{201D} Critics disagreed.") == [
        "He called it \u{201C}a new start. A real one.\u{201D}", "Critics disagreed.",
      ])
    #expect(split("She said \"Stop.\" Then she left.") == ["She said \"Stop.\"", "Then she left."])
  }

  @Test func keepsCountryAbbreviationsUnlessASentenceClearlyStarts() {
    #expect(
      split("Troops from the U.S. Army arrived. They stayed.") == [
        "Troops from the U.S. Army arrived.", "They stayed.",
      ])
    #expect(
      split("The plan came from the U.S. The allies agreed.") == [
        "The plan came from the U.S.", "The allies agreed.",
      ])
  }

  @Test func needsACapitalToStartTheNextSentence() {
    #expect(split("Version 3. was released. then it was withdrawn.").count == 1)
  }

  @Test func reportsOffsetsOfEachSentence() {
    let pieces = SentenceSplitter.split("One two three.  Four five six.")
    #expect(pieces.map(\.offset) == [0, 16])
  }

  @Test func handlesEmptyAndPunctuationOnlyText() {
    #expect(split("").isEmpty)
    #expect(split("   ").isEmpty)
    #expect(split("...").count == 1)
  }
}
