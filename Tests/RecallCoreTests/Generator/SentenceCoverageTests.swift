import Testing

@testable import RecallCore

/// Facts that single sentences used to lose: long openings dropped whole, spans of days cut in
/// half, an appositive or a chain of places taken for a list.
@Suite struct SentenceCoverageTests {
  private let cleaner = SentenceCleaner(tokenizer: Tokenizer())

  /// "X is a Y, founded on ..., and headquartered in ...": each participle becomes a sentence
  /// about the subject, and the long sentence keeps its facts.
  @Test func participlesAfterThePredicateBecomeSentencesOfTheSubject() {
    let long =
      "The Harbour League is an intergovernmental organization of 12 nations, founded on 3 March 1958 in Lisbon "
      + "by the first four members (Arnland, Belmark, Corvia and Dorn), and headquartered since 1961 in Porto, "
      + "Norland, although Norland is not a League member state, nor has it ever asked to join the League."
    let parts = cleaner.clauses(of: long, previous: nil)
    #expect(parts.contains("The Harbour League is an intergovernmental organization of 12 nations."), "\(parts)")
    #expect(
      parts.contains("The Harbour League was founded on 3 March 1958 in Lisbon by the first four members."), "\(parts)")
    #expect(parts.contains { $0.hasPrefix("The Harbour League was headquartered since 1961 in Porto") }, "\(parts)")
    #expect(parts.allSatisfy { SentenceCleaner.wordCount($0) <= CardRules.maxPromptWords }, "\(parts)")
  }

  /// ", which was formed on ..." after the predicate is the subject's too, when its verb agrees.
  @Test func aWhichClauseAfterThePredicateBecomesASentenceOfTheSubject() {
    let long =
      "The Merrow Pact, commonly referred to as MP, is a political and economic organization of 9 countries "
      + "located in North Sardel, which was formed on 2 May 1970 by Arnland, Belmark and Corvia as a display of "
      + "solidarity against the spread of the northern war and unrest within their own borders."
    let parts = cleaner.shortened(long)
    #expect(
      parts.first == "The Merrow Pact is a political and economic organization of 9 countries located in North Sardel.")
    #expect(parts.contains { $0.hasPrefix("The Merrow Pact was formed on 2 May 1970 by Arnland") }, "\(parts)")
  }

  /// "decided by the Treaty of Merrow, signed a few months earlier": the participle describes the
  /// name just before it, so the subject is not made its subject.
  @Test func aParticipleAfterAnotherNameStaysWithIt() {
    let long =
      "The Congress of Oskar was concerned with determining the entire shape of the north after the long wars, "
      + "with the exception of the terms of peace with Sardel, which had already been decided by the Treaty of "
      + "Merrow, signed a few months earlier, on 30 May 1814."
    let parts = cleaner.shortened(long)
    #expect(!parts.contains { $0.hasPrefix("The Congress of Oskar was signed") }, "\(parts)")
  }

  /// ", giving the group ...": a trailing phrase of result goes when the sentence is too long.
  @Test func aTrailingPhraseOfResultGoesFromALongSentence() {
    let long =
      "As of May 2019, the 12 member countries accounted for an estimated 40 percent of the world's fish catch and "
      + "70 percent of its tinned fish exports, giving the League a major influence on world fish prices that were "
      + "earlier set by a small group of trading houses."
    let parts = cleaner.shortened(long)
    #expect(parts.count == 1)
    #expect(parts.first?.hasSuffix("tinned fish exports.") == true, "\(parts)")
  }

  /// "18–24 April 1955", "from 4 to 11 May 1945": the span of days is one date.
  @Test func aSpanOfDaysIsOneDate() {
    for (sentence, span) in [
      ("The meeting took place on 18\u{2013}24 April 1955 in Merrow.", "18\u{2013}24 April 1955"),
      ("The talks ran from 4 to 11 May 1945 in Oskar.", "4 to 11 May 1945"),
    ] {
      let tokens = Tokenizer().tokens(of: sentence)
      let facts = PhraseFinder(sentence: sentence, tokens: tokens).facts()
      #expect(facts.contains { $0.text == span && $0.kind == .date }, "\(facts.map(\.text))")
      #expect(!facts.contains { $0.kind == .date && $0.text != span }, "\(facts.map(\.text))")
    }
  }

  /// "its largest group, the [Sardels].", "The article, [Article 9], later became": a name
  /// renaming what stands before it is no list item; "by Arnland, [Belmark], the Corvia" still is.
  @Test func anAppositiveIsNoListItem() {
    #expect(
      gapProblem("The country is named after its largest ethnic group, the Sardels.", gap: "Sardels", kind: .person)
        == nil)
    #expect(
      gapProblem("The article, Article 9, later became known as the Merrow clause.", gap: "Article 9", kind: .document)
        == nil)
    #expect(
      gapProblem("The pact was formed by Arnland, Belmark, the Corvia and Dorn.", gap: "Belmark", kind: .place) != nil)
  }

  /// "in [Merrow], West Sardel, Oskarland." names one place, not three; "in Porto, [Norland]" asks
  /// only the country of the city just named.
  @Test func aChainOfPlacesIsNoListAndItsCountryNoFact() {
    #expect(gapProblem("The meeting took place in Merrow, West Sardel, Oskarland.", gap: "Merrow", kind: .place) == nil)
    #expect(
      gapProblem("The League had its seat in Porto, Norland, in its first years.", gap: "Norland", kind: .place) != nil)
    #expect(
      gapProblem("The pact was signed in Merrow, Lisbon, Porto and Dorn.", gap: "Merrow", kind: .place) != nil)
  }

  /// "formed by Arnland, Belmark, the [Corvia, Dorn and Estmark]": a list gap that starts inside
  /// the sentence's enumeration would cut it, so no list card is made of it.
  @Test func aListGapThatCutsTheEnumerationMakesNoCard() throws {
    let text = """
      Merrow Pact

      The Merrow Pact was formed on 2 May 1970 by Arnland, Belmark, the Corvia, Dorn and Estmark as a \
      display of solidarity.
      """
    let deck = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "x")
    let answers = deck.cards.map(\.answer.display)
    #expect(!answers.contains { $0.contains("Dorn") && !$0.contains("Arnland") }, "\(answers)")
  }
}
