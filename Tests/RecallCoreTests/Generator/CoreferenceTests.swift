import Testing

@testable import RecallCore

/// The document's main subject stands in for an opening pronoun; a list named inside a sentence,
/// a biography's dates and long sentences are read as a student would want them.
@Suite struct CoreferenceTests {
  @Test func aBiographysSubjectStandsInForHeAndHis() throws {
    let text = """
      Anna Kovic

      Anna Kovic was a Sardelian diplomat who led her country's delegation at the Merrow talks. She was born in \
      Halvik. Her father was a fisherman. She studied law at the University of Tessen and joined the foreign \
      service in 1961.
      """
    let outline = DocumentOutline(text: text)
    let subject = try #require(MainSubject.find(in: outline))
    #expect(subject == MainSubject(name: "Anna Kovic", reference: .she))
    let cleaner = SentenceCleaner(tokenizer: Tokenizer(), mainSubject: subject)
    #expect(
      cleaner.clauses(of: "She studied law at the University of Tessen.", previous: "Her father was a fisherman.")
        == ["Anna Kovic studied law at the University of Tessen."])
    #expect(
      cleaner.clauses(of: "Her father was a fisherman.", previous: nil) == [
        "Anna Kovic\u{2019}s father was a fisherman."
      ])
  }

  @Test func aThingsSubjectStandsInForItWhenTheSentenceBeforeNamesSeveral() throws {
    let text = """
      Treaty of Merrow

      The Treaty of Merrow is a peace treaty between Sardel and Oskar. It was signed in 1974. Sardel and Oskar \
      largely respected the treaty. It was registered with the United Nations in 1975.
      """
    let subject = try #require(MainSubject.find(in: DocumentOutline(text: text)))
    #expect(subject == MainSubject(name: "the Treaty of Merrow", reference: .it))
    let cleaner = SentenceCleaner(tokenizer: Tokenizer(), mainSubject: subject)
    #expect(
      cleaner.clauses(
        of: "It was registered with the United Nations in 1975.",
        previous: "Sardel and Oskar largely respected the treaty.")
        == ["The Treaty of Merrow was registered with the United Nations in 1975."])
    // "He" is never the treaty.
    #expect(cleaner.clauses(of: "He signed it in 1974.", previous: "The treaty was long.") == [])
  }

  @Test func aBiographysDatesAreFactsOfTheirOwn() {
    #expect(
      LifeDates.split("Anna Kovic (3 May 1921 – 9 June 1999) was a Sardelian diplomat.", name: nil) == [
        "Anna Kovic was born on 3 May 1921.", "Anna Kovic died on 9 June 1999.", "Anna Kovic was a Sardelian diplomat.",
      ])
    #expect(
      LifeDates.split("Anna Kovic (born 1950) is a diplomat.", name: "Kovic") == [
        "Kovic was born in 1950.", "Anna Kovic is a diplomat.",
      ])
    #expect(LifeDates.split("The council (founded by six states) meets in Halvik.", name: nil) == nil)
  }

  @Test func aListInsideASentenceIsAList() throws {
    let found = try #require(InlineEnumeration.split("The signatories were Sardel, Oskar and the Republic of Tessaly."))
    #expect(found.lead == "The signatories were")
    #expect(found.items == ["Sardel", "Oskar", "the Republic of Tessaly"])
    #expect(InlineEnumeration.split("Applications are accepted once a year, between January 15 and April 30.") == nil)
    #expect(
      InlineEnumeration.split("Households that include a person aged 75, or a child under 5, receive more.") == nil)
    #expect(InlineEnumeration.split("The council met in Halvik and Tessen.") == nil)
  }

  @Test func everyBulletStyleMakesAList() {
    for marker in ["-", "*", "\u{2022}", "1.", "1)", "a)", "a.", "(a)", "(1)", "(iv)"] {
      #expect(ListMarker.item(in: "\(marker) keeping the lights") != nil, "\(marker)")
    }
    #expect(ListMarker.item(in: "I. Introduction") == nil)
    #expect(ListMarker.item(in: "a sentence that starts in lower case.") == nil)
  }

  @Test func aLongSentenceLosesItsAsidesBeforeItIsDropped() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    let long =
      "The first Afro-Asian Conference (Konferensi Asia-Afrika), also known as the Bandung Conference, was a meeting "
      + "of Asian and African states, most of which were newly independent, which took place in April 1955 in the "
      + "city of Bandung in West Java, Indonesia."
    let parts = cleaner.shortened(long)
    #expect(parts.count == 1)
    #expect(parts.allSatisfy { SentenceCleaner.wordCount($0) <= CardRules.maxPromptWords })
    #expect(parts.first?.contains("Konferensi") == false)
    #expect(parts.first?.contains("April 1955") == true)
  }
}

/// "When" questions come only from a plain subject and its passive verb.
@Suite struct WhenQuestionTests {
  @Test func aSubjectWithAClauseInsideMakesNoQuestion() throws {
    let text = """
      Harbour Alliance

      The organization implements the Harbour Accord that was signed in Lisbon on 4 April 1949 by twelve states.

      The Harbour Accord was signed in Lisbon on 3 May 1956 by four states of the northern coast.
      """
    let deck = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "x")
    let questions = deck.cards.filter { $0.kind == .qa && $0.prompt.hasPrefix("When ") }.map(\.prompt)
    #expect(!questions.contains { $0.contains("implements") }, "\(questions)")
    #expect(questions.contains("When was the Harbour Accord signed in Lisbon by four states of the northern coast?"))
  }
}

/// A biography's subject is never a gap, whichever of its names the sentence uses.
@Suite struct SubjectGapTests {
  @Test func theSubjectsFullNameIsNoGap() throws {
    let text = """
      Anna Kovic

      Anna Maria Teresa Kovic was a Sardelian diplomat who led the delegation at the Merrow talks in 1974. She \
      was born in Halvik. Kovic served as Foreign Minister of Sardel from 1970 to 1979. She died in Tessen.
      """
    let deck = try GeneratorFixtures.generator().generate(text: text, fallbackTitle: "x")
    #expect(!deck.cards.contains { $0.answer.display.hasSuffix("Kovic") }, "\(deck.cards.map(\.prompt))")
  }
}
