import Testing

@testable import RecallCore

@Suite struct PhraseFinderTests {
  /// The kind of each fact found; a quoted term keeps its kind even when it is also a noun phrase.
  private func facts(_ sentence: String) -> [String: FactKind] {
    let tokens = Tokenizer().tokens(of: sentence)
    var result: [String: FactKind] = [:]
    for fact in PhraseFinder(sentence: sentence, tokens: tokens).facts() where result[fact.text] == nil {
      result[fact.text] = fact.kind
    }
    return result
  }

  @Test func findsYearsDatesAndDecades() {
    let found = facts("The accord was signed on 14 March 1997 and revised in 2004 after talks in the 1980s.")
    #expect(found["14 March 1997"] == .date)
    #expect(found["2004"] == .year)
    #expect(found["1980s"] == .year)
    #expect(facts("Applications open on January 15 each year.")["January 15"] == .date)
    #expect(facts("The summit began on June 3, 2001 in the capital.")["June 3, 2001"] == .date)
  }

  @Test func aSpanOfYearsIsOneAnswer() {
    let found = facts("A severe drought in 1983\u{2013}1985 lowered the water table, as in 1990-1992.")
    #expect(found["1983\u{2013}1985"] == .date)
    #expect(found["1990-1992"] == .date)
    #expect(found["1983"] == nil)
    #expect(found["1985"] == nil)
  }

  @Test func aFamilyNameParticleStaysInThePersonsName() {
    let found = facts("The Vastrian delegation was led by the chancellor, Baron Ulrich von Saal.")
    #expect(found["Baron Ulrich von Saal"] != nil)
    #expect(found["Baron Ulrich"] == nil)
    let initials = facts("Historians such as E. M. Carrow have argued that the system was a model.")
    #expect(initials["E. M. Carrow"] != nil, "\(initials.keys.sorted())")
  }

  @Test func aRoleAfterAnIndefiniteArticleEndsBeforeItsOf() {
    // "an Honorary Councillor of ...": one of many councillors; the forum is the name to ask.
    let found = facts("She was an Honorary Councillor of the Caldera Forum for Peace.")
    #expect(found["Caldera Forum for Peace"] != nil, "\(found.keys.sorted())")
    #expect(found["Honorary Councillor of the Caldera Forum for Peace"] == nil)
    // "the Secretary of ...", "a Governor of ...", "a Committee of ...": one office or body, one name.
    #expect(facts("He was the Secretary of the Caldera Forum.")["Secretary of the Caldera Forum"] != nil)
    #expect(facts("The law named a Governor of Ostmark.")["Governor of Ostmark"] != nil)
    #expect(facts("The society created a Committee of the Nine.")["Committee of the Nine"] != nil)
  }

  @Test func anAbbreviationIsNoName() {
    let found = facts("A party must notify the other states six months in advance (Art. 9).")
    #expect(found["Art"] == nil)
    #expect(facts("The group was chaired by Dr. Miriam Osei.")["Miriam Osei"] != nil)
  }

  @Test func aRateOfOneInFourIsOneAnswer() {
    let found = facts("About 1 in 4 households take up this offer, and one in five renew it in 2020.")
    #expect(found["1 in 4"] == .number)
    #expect(found["4"] == nil)
  }

  @Test func anOrdinaryPluralOrAbstractOpenerIsNoName() {
    #expect(facts("Critics argue that the data rules are weak.")["Critics"] != .name)
    #expect(facts("Donors gave more than before.")["Donors"] != .name)
    #expect(facts("Location: Caldera, Republic of Ostmark")["Location"] != .name)
    #expect(facts("Brevia withdrew from the convention in 2008.")["Brevia"] == .name)
  }

  @Test func aNumberedPartOfADocumentKeepsItsNumber() {
    let found = facts("The commission was set up under Article 11 of the treaty to manage shipping.")
    #expect(found["Article 11"] == .document)
    #expect(found["Article"] == nil)
  }

  @Test func aYearAfterAsOfRanksBelowTheCountItDates() throws {
    let sentence = "As of 2023, the convention has 23 parties."
    let found = PhraseFinder(sentence: sentence, tokens: Tokenizer().tokens(of: sentence)).facts()
    let year = try #require(found.first { $0.text == "2023" })
    let count = try #require(found.first { $0.text == "23" })
    #expect(count.score > year.score)
  }

  @Test func aCurrencyCodeBeforeTheSignBelongsToTheAmount() {
    #expect(facts("The annual budget was about US$2.4 million in 2022.")["US$2.4 million"] == .amount)
  }

  @Test func findsNumbersPercentagesAndAmounts() {
    let found = facts("The fund gave $240 million to 1,450 projects, and costs fell by 62 percent or 5%.")
    #expect(found["$240 million"] == .amount)
    #expect(found["1,450"] == .number)
    #expect(found["62 percent"] == .percentage)
    #expect(found["5%"] == .percentage)
    #expect(facts("The four sponsors of the process met twice.")["four"] == .number)
  }

  @Test func ignoresSpelledNumbersThatCountNothing() {
    #expect(facts("One of them said that two is enough for now.")["two"] == nil)
  }

  @Test func findsNamesByKind() {
    let found = facts(
      "The Foreign Minister asked the Security Council to review the Treaty of the Non-proliferation of Nuclear Weapons before the London Compact Conference in Paris."
    )
    #expect(found["Foreign Minister"] == .person)
    #expect(found["Security Council"] == .organisation)
    #expect(found["Treaty of the Non-proliferation of Nuclear Weapons"] == .document)
    #expect(found["London Compact Conference"] == .event)
    #expect(found["Paris"] == .place)
  }

  @Test func findsAcronymsAndQuotedTerms() {
    let found = facts(
      "Members follow the \u{201C}equitable share\u{201D} rule set by the WHO and the \"open skies\" policy.")
    #expect(found["equitable share"] == .term)
    #expect(found["open skies"] == .term)
    #expect(found["WHO"] == .acronym)
  }

  @Test func findsKeyNounPhrasesAndSplitsCoordination() {
    let found = facts(
      "Aid helps preserve cultural diversity and global civilization against economic and political underdevelopment and degradation."
    )
    #expect(found["cultural diversity"] == .phrase)
    #expect(found["global civilization"] == .phrase)
    #expect(found["economic and political underdevelopment and degradation"] == .phrase)
  }

  @Test func takesTheComplementOfALoneNoun() {
    #expect(facts("Both sides showed proof of commitment before the vote.")["proof of commitment"] == .phrase)
  }

  @Test func findsAdverbVerbActions() {
    #expect(
      facts("As a state that voluntarily denounced nuclear weapons, it leads.")["voluntarily denounced"] == .action)
  }
}
