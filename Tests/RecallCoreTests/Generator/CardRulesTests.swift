import Testing

@testable import RecallCore

/// The checks pass: each rule turns away the gap it is for and lets a fair gap through.
@Suite struct CardRulesTests {
  private let tokenizer = Tokenizer()

  /// The problem of gapping `answer` in `sentence` as a fact of `kind`.
  private func problem(
    _ sentence: String, gap answer: String, kind: FactKind, knowledge: CardRules.Knowledge = .init()
  ) -> CardProblem? {
    gapProblem(sentence, gap: answer, kind: kind, knowledge: knowledge, tokenizer: tokenizer)
  }

  @Test func aFairGapPasses() {
    #expect(problem("The treaty was signed in Lisbon in 1494 by two kings.", gap: "Lisbon", kind: .place) == nil)
    #expect(problem("The treaty was signed in Lisbon in 1494 by two kings.", gap: "1494", kind: .year) == nil)
  }

  @Test func theAnswerMayNotShowInThePrompt() {
    #expect(
      problem("The Treaty of Tordesillas was signed in Tordesillas in 1494.", gap: "Tordesillas", kind: .place)
        == .answerInPrompt("Tordesillas"))
    // A form of the word gives it away too.
    #expect(
      problem(
        "The king could dissolve parliament, and the dissolution of parliament followed.", gap: "dissolution",
        kind: .phrase) != nil)
    var knowledge = CardRules.Knowledge()
    knowledge.expansions = ["united nations": "un", "un": "united nations"]
    #expect(
      problem(
        "The United Nations was founded in 1945, and the UN grew fast.", gap: "United Nations", kind: .organisation,
        knowledge: knowledge) == .answerInPrompt("United Nations"))
  }

  @Test func aGapIsNoVerbPhraseNorAFragmentOfAName() {
    #expect(
      problem("He voluntarily denounced nuclear weapons in 1991.", gap: "voluntarily denounced", kind: .action)
        == .verbPhraseGap("voluntarily denounced"))
    #expect(
      problem("The village school taught him to read and write.", gap: "village school taught", kind: .phrase)
        == .verbPhraseGap("village school taught"))
    #expect(
      problem(
        "The grants go to small communities that lack safe drinking water.", gap: "lack safe drinking water",
        kind: .phrase) == .verbPhraseGap("lack safe drinking water"))
    #expect(
      problem(
        "Originals are kept at the Arquivo Nacional da Torre do Tombo in Lisbon.", gap: "Arquivo Nacional",
        kind: .name) == .nameFragment("Arquivo Nacional"))
    #expect(
      problem("The meeting was held at the Merdeka (Freedom) Building in the city.", gap: "Merdeka", kind: .name)
        == .nameFragment("Merdeka"))
    #expect(
      problem("The conference took place on 18–24 April 1955 in Bandung.", gap: "24 April 1955", kind: .date)
        == .nameFragment("24 April 1955"))
    #expect(
      problem("The assembly has a 25-seat chamber elected every four years.", gap: "25-seat", kind: .number)
        == .swallowedSuffix("25-seat"))
  }

  @Test func aGapIsNoGenericPhrase() {
    #expect(
      problem("The other side of the world was divided by a later treaty.", gap: "other side", kind: .phrase)
        == .genericGap("other side"))
    #expect(
      problem(
        "The country made an unsuccessful attempt to leave the union.", gap: "unsuccessful attempt",
        kind: .phrase) == .genericGap("unsuccessful attempt"))
    #expect(
      problem(
        "In support of the efforts of the island community, Lomaria sent ten engineers.",
        gap: "efforts of the island community", kind: .phrase) == .genericGap("efforts of the island community"))
    #expect(
      problem(
        "The sponsors must agree on the fair interests and rights of both parties.",
        gap: "fair interests and rights", kind: .phrase) == .genericGap("fair interests and rights"))
    #expect(
      problem(
        "Lomaria exports the produce of the coastal fisheries.", gap: "produce of the coastal fisheries",
        kind: .phrase) == nil)
    #expect(
      problem("Lomaria exports dried fish and timber to the mainland.", gap: "dried fish and timber", kind: .phrase)
        == nil)
    #expect(
      problem("The council has two chambers and meets in the capital.", gap: "two", kind: .number)
        == .genericGap("two"))
    #expect(
      problem("Cultural diversity can be preserved only through the aid of the UN.", gap: "UN", kind: .acronym)
        == .genericGap("UN"))
  }

  @Test func aPromptStandsAloneAndIsShort() {
    #expect(
      CardRules.promptProblem(tokens: tokenizer.tokens(of: "This had fallen to 21 percent by 2005."))
        == .danglingStart("This"))
    #expect(CardRules.promptProblem(tokens: tokenizer.tokens(of: "Treaty of Aldmoor (1763)")) == .notASentence)
    #expect(CardRules.promptProblem(tokens: tokenizer.tokens(of: "Signed: 1 July 1968")) == nil)
    let long = Array(repeating: "word", count: 45).joined(separator: " ")
    #expect(CardRules.promptProblem(tokens: tokenizer.tokens(of: long)) == .tooLong(words: 45))
  }

  @Test func anOptionNeverNamesTheAnswerAgain() {
    #expect(
      OptionRules.namesTheSame("UN Secretary-General", "Secretary-General of the United Nations", expansions: [:]))
    #expect(OptionRules.namesTheSame("UN", "United Nations", expansions: [:]))
    #expect(
      !OptionRules.namesTheSame("Deputy Foreign Minister", "Secretary-General of the United Nations", expansions: [:]))
    let knowledge = CardRules.Knowledge()
    #expect(
      OptionRules.problem(option: "economic growth", answer: "Portugal", kind: .place, knowledge: knowledge)
        == .optionOfOtherKind("economic growth"))
    #expect(
      OptionRules.problem(option: "Spain and France", answer: "Portugal", kind: .place, knowledge: knowledge)
        == .optionOfOtherKind("Spain and France"))
    #expect(OptionRules.problem(option: "Spain", answer: "Portugal", kind: .place, knowledge: knowledge) == nil)
  }
}
