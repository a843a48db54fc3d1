import Testing

@testable import RecallCore

/// Pointers back to an earlier sentence that a card must resolve or leave out: "it" after a
/// sentence whose subject is a part of the main subject, "these" before a verb, a pronoun after
/// an opening phrase, and "since then".
@Suite struct ReferenceRulesTests {
  private func cleaner(_ text: String) throws -> SentenceCleaner {
    let subject = try #require(MainSubject.find(in: DocumentOutline(text: text)))
    return SentenceCleaner(tokenizer: Tokenizer(), mainSubject: subject)
  }

  private let country = """
    Sardel

    Sardel, officially the Republic of Sardel, is a country on the Merrow coast. It borders Oskar to the north.
    """

  /// "Its northern coast is rocky; it borders Oskar": the coast borders nothing, and "it" after
  /// "Its capital is Halvik." may be the capital as well as the country: the clause is left out.
  @Test func itAfterAPossessedSubjectIsNeverThePart() throws {
    let cleaner = try cleaner(country)
    #expect(
      cleaner.clauses(
        of: "Its northern coast is rocky; it shares a long border with Oskar to the north.", previous: nil)
        == ["Sardel\u{2019}s northern coast is rocky."])
    #expect(cleaner.clauses(of: "Until 1969 it was spelled Halvic.", previous: "Its capital is Halvik.") == [])
  }

  /// "the Sardelian War" is no sign that the country is "the Sardel".
  @Test func theMainSubjectTakesNoArticleFromALongerWord() throws {
    let subject = try #require(
      MainSubject.find(
        in: DocumentOutline(
          text: "Sardel\n\nSardel is a country on the Merrow coast. It won the Sardelian War of Independence in 1990.\n"
        )))
    #expect(subject.name == "Sardel")
  }

  /// "These became part of the union": "these" before a verb stands for things named before, never
  /// for "The".
  @Test func theseBeforeAVerbIsLeftOut() throws {
    let cleaner = try cleaner(country)
    #expect(
      cleaner.clauses(
        of: "These became an integral part of the new Union of Oskar at its creation in 1910.",
        previous: "In 1878 the colony annexed the port of Halvik and the offshore islands.") == [])
    #expect(
      cleaner.clauses(of: "These islands became part of Oskar in 1910.", previous: "Sardel annexed two islands.")
        == ["The islands became part of Oskar in 1910."])
  }

  /// "Between 1904 and 1908 it fought a war": the pronoun after an opening phrase points back as
  /// an opening one does.
  @Test func aPronounAfterAnOpeningPhraseIsResolvedOrTheClauseLeftOut() throws {
    let cleaner = try cleaner(country)
    #expect(
      cleaner.clauses(
        of: "Between 1904 and 1908 it fought a long war against its neighbours.",
        previous: "In 1884 the Kingdom of Oskar established rule over most of the territory.")
        == ["Between 1904 and 1908 the Kingdom of Oskar fought a long war against its neighbours."])
    #expect(
      cleaner.clauses(of: "Since the late 19th century, they have constituted a majority.", previous: "Sardel is old.")
        == [])
    let resolved = cleaner.clauses(
      of: "Since the late 19th century, they have constituted a majority.",
      previous: "The northern groups have dominated the population of the country.")
    #expect(resolved == ["Since the late 19th century, northern groups have constituted a majority."])
    let named = cleaner.clauses(
      of: "Since the late 19th century, they have constituted a majority.",
      previous: "Since 1400, the Bantu groups, the largest being the Ovambo, have dominated the country.")
    #expect(named == ["Since the late 19th century, Bantu groups have constituted a majority."])
    // "In 2010 it was estimated that ...": an "it" that stands for nothing stays as it is.
    for sentence in ["In 2010 it was estimated that half of the land was forest.", "It is said that the king fled."] {
      #expect(cleaner.clauses(of: sentence, previous: "Sardel is old.") == [sentence])
    }
  }

  /// "Since then, the groups have dominated": "then" is a time the card does not give.
  @Test func sinceThenIsContextTheCardLacks() throws {
    let tokens = Tokenizer().tokens(of: "Since then, the northern groups have dominated the population of the country.")
    #expect(CardRules.promptProblem(tokens: tokens) != nil)
  }

  /// "X, held from 4 to 11 May 1945, was the meeting of ..., represented by A, B and C.": the long
  /// sentence keeps its facts in two short ones instead of being dropped whole.
  @Test func aLongSentenceWithAParticipleAsideKeepsItsFacts() throws {
    let text = """
      Merrow Conference

      The Merrow Conference, held from 4 to 11 May 1945, was the meeting of the heads of government of Sardel, \
      Oskar and the Republic of Tessen, represented by President Anna Kovic, Prime Minister Jon Halvik and \
      Premier Ivo Brand, at the end of the long war in the north.
      """
    let cleaner = try cleaner(text)
    let sentence = String(text.split(separator: "\n", omittingEmptySubsequences: true)[1])
    let parts = cleaner.clauses(of: sentence, previous: nil)
    #expect(parts.contains("The Merrow Conference was held from 4 to 11 May 1945."), "\(parts)")
    #expect(parts.allSatisfy { SentenceCleaner.wordCount($0) <= CardRules.maxPromptWords }, "\(parts)")
    #expect(parts.contains { $0.contains("represented by President Anna Kovic") }, "\(parts)")
  }
}

/// "It was intended to ensure ..." is the treaty, not an "it" that stands for nothing.
@Suite struct IntendedToTests {
  @Test func itWasIntendedToIsResolved() throws {
    let text = "Treaty of Merrow\n\nThe Treaty of Merrow is a peace treaty between Sardel and Oskar.\n"
    let subject = try #require(MainSubject.find(in: DocumentOutline(text: text)))
    let cleaner = SentenceCleaner(tokenizer: Tokenizer(), mainSubject: subject)
    #expect(
      cleaner.clauses(of: "It was intended to end the war.", previous: "Sardel and Oskar signed it.")
        == ["The Treaty of Merrow was intended to end the war."])
  }
}
