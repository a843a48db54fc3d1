import Testing

@testable import RecallCore

/// A lexicon that knows the kinds of a few made-up names and abbreviations.
private struct KindLexicon: EnglishLexicon {
  var categories: [String: NounCategory] = [
    "ola": .organisation, "oskar league of allies": .organisation, "sardelia": .country, "tsl": .person,
    "tessen school of law": .organisation,
  ]

  func lemma(of word: String) -> String? { nil }
  func partsOfSpeech(of word: String) -> PartsOfSpeech { [] }
  func category(of phrase: String) -> NounCategory? { categories[phrase] }
}

/// Noun phrases that point back as pronouns do ("these five countries", "The bird", "the
/// country" in an article on a pact), a one-word subject that is no person, and abbreviations
/// every reader knows: the sentences are made up.
@Suite struct DefiniteReferenceTests {
  private let tokenizer = Tokenizer()

  private func context(_ sentence: String) -> CardProblem? {
    CardRules.contextProblem(tokens: tokenizer.tokens(of: sentence))
  }

  private func subject(
    _ sentence: String, known: Set<CardRules.Referent>, names: Set<String> = []
  ) -> CardProblem? {
    CardRules.definiteSubjectProblem(tokenizer.tokens(of: sentence), known: known, names: names)
  }

  @Test func aDemonstrativeBeforeNamedThingsPointsBack() {
    #expect(context("The pact was signed in 1996, when the heads of these five countries met in Arnby.") != nil)
    #expect(context("On 15 June 2001, the leaders of these nations and Oskaria met in Arnby.") != nil)
    #expect(context("Sardelia followed Oskaria into that union, under the rule of Arnby.") != nil)
    // "that" after a verb opens a clause; "these" before a common thing is no name said before.
    #expect(context("The council ruled that members must pay their dues by March.") == nil)
    #expect(context("The total cost of these reparations was set at 132 billion marks.") == nil)
  }

  @Test func aBareDefiniteSubjectOfAnotherKindThanTheDocumentsPointsBack() {
    #expect(subject("The bird became extinct fewer than eighty years after its discovery.", known: [.country]) != nil)
    #expect(subject("On 4 November, the country was invaded by Oskaria.", known: [.document]) != nil)
    #expect(subject("On 4 November, the country was invaded by Oskaria.", known: [.country]) == nil)
    #expect(subject("The treaty was signed at Arnby in 1494.", known: [.document]) == nil)
    // A subject of unknown kind lets every kind stand but a bird or a ship.
    #expect(subject("The country became a republic in 1960.", known: []) == nil)
    #expect(subject("The bird became extinct in 1681.", known: []) != nil)
    // The heading or the subject's own name says what "the bird" is.
    #expect(subject("The bird became extinct in 1681.", known: [.country], names: ["bird"]) == nil)
    // Not a bare subject: the noun is described, or the phrase is no subject.
    #expect(subject("The country's largest city is Arnby.", known: [.document]) == nil)
    #expect(subject("Oskaria invaded the country on 4 November.", known: [.document]) == nil)
  }

  @Test func theKindOfANameComesFromTheLexiconOrItsHead() {
    #expect(CardRules.referent(ofName: "Sardelia", lexicon: KindLexicon()) == .country)
    #expect(CardRules.referent(ofName: "Pact of Arnby", lexicon: nil) == .document)
    #expect(CardRules.referent(ofName: "Arnby Conference", lexicon: nil) == .event)
    #expect(CardRules.referent(ofName: "Sardelia", lexicon: nil) == nil)
  }

  @Test func aOneWordSubjectIsAThingHoweverOftenTheTextSaysHis() throws {
    let text = """
      Sardelia

      Sardelia is a country on the Arn coast. His majesty the king rules it with his council. He \
      named his son heir in 1950, and his son rules today.
      """
    let found = try #require(MainSubject.find(in: DocumentOutline(text: text)))
    #expect(found.reference == .it)
    let person = """
      Anna Kovic

      Anna Kovic was a Sardelian diplomat. Her father was a fisherman. She studied law.
      """
    #expect(try #require(MainSubject.find(in: DocumentOutline(text: person))).reference == .she)
  }

  @Test func anAbbreviationTheLexiconKnowsAsItsExpansionIsGeneralKnowledge() {
    let known = DocumentAnalysis.Acronym(
      short: "OLA", expansion: "Oskar League of Allies", line: 1, topic: "Diplomat", order: 1)
    let local = DocumentAnalysis.Acronym(
      short: "TSL", expansion: "Tessen School of Law", line: 2, topic: "Education", order: 2)
    #expect(DeckGenerator.isCommonKnowledge(known, lexicon: KindLexicon()))
    // "TSL" is known to the lexicon as something else: the document's expansion is its fact.
    #expect(!DeckGenerator.isCommonKnowledge(local, lexicon: KindLexicon()))
    #expect(!DeckGenerator.isCommonKnowledge(known, lexicon: nil))
  }

  @Test func theyIsNoPluralPastTheVerbOfANamedSubject() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    // "The Dutch" are "they", not the settlements they founded: the clause is left out.
    #expect(
      cleaner.clauses(
        of: "They named the island Arnmark.",
        previous: "The Dutch took the island in 1638, establishing settlements on the coast.") == [])
    // A common-noun subject is no "they": the plural after its verb is.
    #expect(
      cleaner.clauses(of: "They must report every catch.", previous: "The law protects local fishermen.") == [
        "Local fishermen must report every catch."
      ])
  }

  @Test func aClosingClauseThatPointsBackIsCutOff() {
    let cleaner = SentenceCleaner(tokenizer: Tokenizer())
    #expect(
      cleaner.clauses(
        of: "The Arnby Five group was created on 26 April 1996, when the heads of these five countries met in Ket.",
        previous: "Sardel is old.") == ["The Arnby Five group was created on 26 April 1996."])
    // A clause naming its own things stays.
    let whole = "The Arnby Five group was created on 26 April 1996, when the heads of five countries met in Ket."
    #expect(cleaner.clauses(of: whole, previous: "Sardel is old.") == [whole])
  }
}
