import Testing

@testable import RecallCore

/// Semicolons that part items of a series rather than clauses, and clefts that cannot turn round:
/// the parts of such a sentence must still read as sentences (made-up documents).
@Suite struct SemicolonSeriesTests {
  private let cleaner = SentenceCleaner(tokenizer: Tokenizer())

  @Test func phrasesSharingTheFirstPartsVerbEachGetItsHead() {
    let clauses = cleaner.clauses(
      of: "The pact entered into force in 1950 and was later amended by the Protocol of Arden, which was "
        + "signed in 1961; by the Protocol of Brill, which entered into force in May 1978; and by the "
        + "Protocol of Corby in 1990.",
      previous: nil)
    #expect(
      clauses == [
        "The pact entered into force in 1950 and was later amended by the Protocol of Arden, which was signed in 1961.",
        "The pact was later amended by the Protocol of Brill, which entered into force in May 1978.",
        "The pact was later amended by the Protocol of Corby in 1990.",
      ])
  }

  @Test func aSeriesAfterAColonDropsTheCountOfTimes() {
    let clauses = cleaner.clauses(
      of: "The charter has been amended three times: by the Protocol of Arden, signed in 1961; by the "
        + "Protocol of Brill, signed in 1978; and by the Protocol of Corby in 1990.",
      previous: nil)
    #expect(
      clauses == [
        "The charter has been amended by the Protocol of Arden, signed in 1961.",
        "The charter has been amended by the Protocol of Brill, signed in 1978.",
        "The charter has been amended by the Protocol of Corby in 1990.",
      ])
  }

  @Test func aSeriesOfNounPhrasesIsNotCutIntoFragments() {
    let sentence =
      "The league carries out its work through the General Assembly of Member Nations; the Standing "
      + "Council of Foreign Ministers; the Court of Arbitration; and the Permanent Secretariat."
    #expect(cleaner.clauses(of: sentence, previous: nil) == [sentence])
  }

  @Test func aLongSeriesOfNounPhrasesIsNotCutEither() {
    let sentence =
      "The league carries out its work by means of the General Assembly of Member Nations; the Standing "
      + "Council of Foreign Ministers of the Northern States; the Councils; the Court of Arbitration; the "
      + "Commission on Fisheries and Coastal Waters; the Permanent Secretariat; and the Specialized Agencies."
    let clauses = cleaner.clauses(of: sentence, previous: nil)
    #expect(!clauses.contains { $0.hasPrefix("The Standing") || $0.hasPrefix("the ") }, "\(clauses)")
  }

  @Test func clausesWithTheirOwnVerbsAreStillCut() {
    let clauses = cleaner.clauses(
      of: "The river floods the valley every spring; the farmers move their herds to the hills.", previous: nil)
    #expect(clauses == ["The river floods the valley every spring.", "The farmers move their herds to the hills."])
  }

  @Test func aNotUntilCleftTurnsRoundWithOnly() {
    #expect(
      cleaner.clauses(of: "It was not until 4 May 2001 that the assembly voted to readmit the island.", previous: nil)
        == ["The assembly voted to readmit the island only on 4 May 2001."])
    #expect(
      cleaner.clauses(of: "It was not until 1950 that women could vote.", previous: nil) == [
        "Women could vote only in 1950."
      ])
    #expect(
      cleaner.clauses(of: "It was not until the end of the war that the border reopened.", previous: nil) == [
        "The border reopened only after the end of the war."
      ])
  }

  @Test func generatedCardsOfASeriesReadAsSentences() throws {
    let text = """
      Northern League

      The Northern League is a regional organisation of nine states founded in 1931. The League's \
      charter was amended by the Protocol of Arden, which was signed in 1961; by the Protocol of \
      Brill, which entered into force in May 1978; and by the Protocol of Corby in 1990.
      """
    let deck = try DeckGenerator().generate(text: text, fallbackTitle: "Northern League")
    let printed = DeckPrinter.print(deck)
    #expect(!printed.contains(": By the Protocol"), "\(printed)")
    #expect(printed.contains("charter was amended by the Protocol of Brill"), "\(printed)")
  }
}

/// A list's lead-in with a possessive keeps the owner before the count.
@Suite struct PossessiveListPromptTests {
  @Test func theCountGoesAfterTheOwner() throws {
    let text = """
      Northern League

      The Northern League is a regional organisation of nine states founded in 1931.

      The League's official languages are:
      - Ardish
      - Brillic
      - Corbic
      """
    let printed = DeckPrinter.print(try DeckGenerator().generate(text: text, fallbackTitle: "Northern League"))
    #expect(!printed.contains("Name the 3 League"), "\(printed)")
    #expect(
      printed.contains("Name the League\u{2019}s 3 official languages.")
        || printed.contains("Name the League's 3 official languages."), "\(printed)")
  }
}
