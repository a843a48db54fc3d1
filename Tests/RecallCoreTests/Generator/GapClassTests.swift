import Testing

@testable import RecallCore

/// A lexicon that knows a few made-up words: enough to test the rules that ask one.
private struct TinyLexicon: EnglishLexicon {
  var adjectives: Set<String> = ["velmic", "harran"]
  var nouns: Set<String> = ["halvik", "accord", "troops", "nations", "student", "model", "island"]
  var categories: [String: NounCategory] = [
    "accord": .document, "lomaria": .country, "lomar union": .country, "halvik": .city,
  ]

  func lemma(of word: String) -> String? { nil }
  func partsOfSpeech(of word: String) -> PartsOfSpeech {
    var parts: PartsOfSpeech = []
    if adjectives.contains(word) { parts.insert(.adjective) }
    if nouns.contains(word) { parts.insert(.noun) }
    return parts
  }
  func category(of phrase: String) -> NounCategory? { categories[phrase.lowercased()] }
}

/// Gaps that describe rather than state a fact, names split or run on, and hints of the wrong
/// kind (the classes of the blind check's bad cards), each on made-up sentences.
@Suite struct GapClassTests {
  private let tokenizer = Tokenizer()
  private let knowledge = CardRules.Knowledge(lexicon: TinyLexicon())

  private func problem(
    _ sentence: String, gap answer: String, kind: FactKind, subjects: [String] = []
  ) -> CardProblem? {
    var knowledge = knowledge
    knowledge.subjects = subjects
    return gapProblem(sentence, gap: answer, kind: kind, knowledge: knowledge, tokenizer: tokenizer)
  }

  @Test func anAdjectiveOrAPeopleIsNoFact() {
    #expect(problem("In 1968 Velmic troops crossed the border at Halvik.", gap: "Velmic", kind: .name) != nil)
    #expect(problem("The fort stands on the Lomarian island of Ket.", gap: "Lomarian", kind: .name) != nil)
    #expect(problem("Most Lomarians are bilingual.", gap: "Lomarians", kind: .name) != nil)
    #expect(
      problem("In 1968 all Accord nations except Belmark sent troops.", gap: "Accord nations", kind: .name) != nil)
    // A place before a noun, and the people who did something, stay fair gaps.
    #expect(problem("The fort stands on the island of Ket, near Halvik.", gap: "Ket", kind: .place) == nil)
    #expect(problem("In 1968 all Halvik nations sent troops.", gap: "Halvik nations", kind: .name) == nil)
    #expect(problem("The island was first settled by the Dutch in 1638.", gap: "Dutch", kind: .name) == nil)
  }

  @Test func praiseAndRelationsAreNoFacts() {
    #expect(
      problem("Ivo Ket was a brilliant student at the Halvik school.", gap: "brilliant student", kind: .phrase) != nil)
    let relation = "The Lomar Pact was the military complement to the Council for Mutual Aid."
    #expect(problem(relation, gap: "military complement", kind: .phrase) != nil)
    // What is brought to a place is no relation.
    let brought = "The effort is to bring peace and economic rehabilitation to Belmark."
    #expect(problem(brought, gap: "economic rehabilitation", kind: .phrase) == nil)
  }

  @Test func theSubjectOfTheDocumentAsTheSentenceSubjectIsNoFact() {
    let subjects = ["lomaria"]
    let constitution = "The Lomarian Constitution is based on the Halvik model."
    #expect(problem(constitution, gap: "Lomarian Constitution", kind: .document, subjects: subjects) != nil)
    let rate = "The Literacy Rate of Lomaria is the highest in the region."
    #expect(problem(rate, gap: "Literacy Rate of Lomaria", kind: .name, subjects: subjects) != nil)
    // Another document's subject, or a gap after the verb, is left alone.
    #expect(problem(constitution, gap: "Lomarian Constitution", kind: .document, subjects: ["belmark"]) == nil)
  }

  @Test func aTimeOffsetIsArithmeticNotAFact() {
    let sentence = "In 1962, three years before independence, Belmark left the union."
    #expect(problem(sentence, gap: "three", kind: .number) == .genericGap("three"))
    // A rule of days in a treaty is a fact.
    let rule = "The text entered into force on 2 February 1994, ninety days after the tenth ratification."
    #expect(problem(rule, gap: "ninety", kind: .number) == nil)
  }

  @Test func aGapEndsBeforeTheStopAndAfterAnAbbreviation() {
    let quoted = "His mother came from a \u{201C}large and merry family.\u{201D}"
    #expect(problem(quoted, gap: "large and merry family.", kind: .phrase) == .nameFragment("large and merry family."))
    #expect(problem("It includes Ket, Dal and St. Lomar.", gap: "Lomar", kind: .place) == .nameFragment("Lomar"))
    let title = "The group was chaired by the Velian hydrologist Dr. Ana Bel."
    #expect(problem(title, gap: "Ana Bel", kind: .person) == nil)
  }

  @Test func aNameDoesNotRunThroughAPrepositionIntoAnother() {
    let sentence = "He worked with Ivo Lund on A Merry Dilemma in 1940."
    #expect(problem(sentence, gap: "Ivo Lund on A Merry Dilemma", kind: .person) != nil)
    let conference = "He attended the Conference on Lomarian Trade in 1945."
    #expect(problem(conference, gap: "Conference on Lomarian Trade", kind: .event) == nil)
    #expect(NameKind.kind(of: ["united", "nations", "conference", "on", "trade", "organization"]) == .event)
  }

  @Test func listsKeepNamesWhole() {
    func lists(_ sentence: String) -> [[String]] {
      SentenceEnumeration.find(in: tokenizer.tokens(of: sentence), text: CharacterText(sentence)).map(\.items)
    }
    #expect(lists("It includes Ket, Dal and St. Lomar.") == [["Ket", "Dal", "St. Lomar"]])
    let pillars = "The pillars of the economy are farming, banking, tourism, and data and software services."
    #expect(!lists(pillars).contains(where: { $0.contains("data") }))
    #expect(InlineEnumeration.split(pillars)?.items.last == "data and software services")
    let formal = "The Lomar Pact, formally the Pact of Amity, Cooperation and Mutual Assistance, was signed in 1955."
    #expect(lists(formal).isEmpty)
    #expect(CardRules.nameListItems("Pact of Amity, Cooperation and Mutual Assistance") == nil)
    #expect(CardRules.nameListItems("Lomar Union Ivo Ket, Ana Bel, Ivo Dal and Tom Rey") == nil)
    #expect(CardRules.nameListItems("Ivo Ket, Ana Bel, Ivo Dal and Tom Rey")?.count == 4)
    #expect(CardRules.nameListItems("Ket, Dal and St") == nil)
  }

  @Test func hintsNameTheRightKindOrNone() {
    func hint(_ text: String, _ kind: FactKind, _ category: NounCategory? = nil, last: NounCategory? = nil) -> String? {
      let fact = Fact(kind: kind, text: text, start: 0, end: text.count, score: 1, firstToken: 0, endToken: 1)
      return GapHint.hint(for: fact, category: category, lastWord: last)
    }
    #expect(hint("Lomar Union", .organisation, .country) == "country")
    #expect(hint("Nazi Lomaria", .organisation, .organisation, last: .country) == "country")
    #expect(hint("Republic of Lomaria", .place, last: .country) == "country")
    #expect(hint("Republic of Sardel", .place) == "country")
    #expect(hint("New Lomaria", .place, .place, last: .country) == "place")
    #expect(hint("South Lomaria", .place, last: .country) == "place")
    #expect(hint("Kaldan Union", .organisation, .organisation, last: .country) == "organisation")
    #expect(hint("Lomar Commonwealth", .organisation, .place) == nil)
    #expect(hint("Kingdom of Oskar", .place) == "country")
    #expect(hint("Union of Lomarian Republics", .organisation) == nil)
    #expect(hint("Supreme Commander", .person) == "office")
    #expect(hint("Ivo Ket", .person) == "person")
    #expect(hint("Halvik Conference", .organisation, .event) == nil)
    #expect(hint("Lomar Trade Council", .organisation) == "organisation")
  }
}
