import Testing

@testable import RecallCore

/// The context checks and the later gap checks: each turns away the card it is for and lets a
/// fair one through. The sentences are made up, of the genre the generator reads.
@Suite struct CardContextRulesTests {
  private let tokenizer = Tokenizer()

  private func context(_ sentence: String, subject: CardRules.SubjectPronouns = .none) -> CardProblem? {
    CardRules.contextProblem(tokens: tokenizer.tokens(of: sentence), subject: subject)
  }

  /// The problem of gapping `answer` in `sentence` as a fact of `kind`.
  private func problem(
    _ sentence: String, gap answer: String, kind: FactKind, knowledge: CardRules.Knowledge = .init()
  ) -> CardProblem? {
    gapProblem(sentence, gap: answer, kind: kind, knowledge: knowledge, tokenizer: tokenizer)
  }

  @Test func aSentenceThatNamesWhatItIsAboutStandsAlone() {
    #expect(context("The Harbour Council was founded in Lisbon in 1956 and moved its seat in 1970.") == nil)
    #expect(context("There are seven member states in the council.") == nil)
  }

  @Test func anOpeningThatPointsBackMakesNoCard() {
    #expect(context("Since then, the council has met every year in Oslo.") != nil)
    #expect(context("In the following year, the first charter was adopted.") != nil)
    #expect(context("After his death the kingdom was divided among three heirs.") != nil)
    #expect(context("That border was drawn halfway between the two rivers.") != nil)
  }

  @Test func aPronounWithNothingBeforeItMakesNoCard() {
    #expect(context("In 1921, on its jubilee, it shared the prize with a sister society.") != nil)
    #expect(context("When he reached the town of Arnby, he saw the battlefield.") != nil)
    // A biography's own subject may be "he" throughout.
    #expect(context("When he reached the town of Arnby, he saw the battlefield.", subject: .he) == nil)
    #expect(context("When she finished school, she moved to Leeds.", subject: .he) != nil)
    // "there" for a place said before.
    #expect(context("When she finished her studies there in 1950 she moved to Leeds.", subject: .she) != nil)
  }

  @Test func aGapInBracketsOrNamedAgainInBracketsIsNoFact() {
    #expect(
      problem("The capital, Dorvik (formerly spelt Dorwick), lies on the coast.", gap: "Dorwick", kind: .name)
        == .genericGap("Dorwick"))
    #expect(problem("Population: 4,200,000 (2019 est.)", gap: "2019", kind: .year) == .genericGap("2019"))
    #expect(
      problem("The pact was signed by Siam (Thailand), Laos and Chile.", gap: "Siam", kind: .place)
        == .answerInPrompt("Siam"))
  }

  @Test func aNumberGapIsNoMagnitudeNorHalfOfARangeNorACountListedInThePrompt() {
    #expect(
      problem("The wall is at most a few hundred metres long.", gap: "hundred", kind: .number)
        == .genericGap("hundred"))
    #expect(
      problem("Around 310 to 320 delegates signed the charter in the end.", gap: "320", kind: .number)
        == .nameFragment("320"))
    #expect(
      problem("The charter names four rivers, the Arn, the Bel, the Cor and the Dun.", gap: "four", kind: .number)
        == .answerInPrompt("four"))
    #expect(
      problem("The bloc (the Union-12, made up of 12 states at the time) agreed.", gap: "12", kind: .number)
        != nil)
    #expect(problem("The council has 54 member states and meets twice a year.", gap: "54", kind: .number) == nil)
  }

  @Test func aGapIsNoListNorPartOfALongerName() {
    #expect(
      problem(
        "The general freed Arnland, Belmark and Corvia from the empire.", gap: "Arnland, Belmark and Corvia",
        kind: .place) == .genericGap("Arnland, Belmark and Corvia"))
    #expect(
      problem("The zone keeps Central Harbour Time all year.", gap: "Harbour Time", kind: .name)
        == .nameFragment("Harbour Time"))
    #expect(
      problem("The revolt was led by Colonel Omar al-Rashid of Dorvia.", gap: "Colonel Omar", kind: .person)
        == .nameFragment("Colonel Omar"))
    // A title before a name is no part of the gap's name.
    #expect(problem("The treaty was signed by President Ana Lind in May.", gap: "Ana Lind", kind: .person) == nil)
  }

  @Test func aShorthandOrAPeoplesAdjectiveWithANounIsNoName() {
    var knowledge = CardRules.Knowledge()
    knowledge.shorthands = ["conference"]
    #expect(
      problem(
        "The leaders at the Conference signed a final text.", gap: "Conference", kind: .event, knowledge: knowledge)
        == .genericGap("Conference"))
    #expect(
      problem("The island asked for protection against French forces in 1831.", gap: "French forces", kind: .name)
        == .genericGap("French forces"))
  }

  @Test func aPeopleOrAPluralGetsNoPersonHint() {
    func hint(_ text: String, _ kind: FactKind) -> String? {
      GapHint.hint(
        for: Fact(kind: kind, text: text, start: 0, end: text.count, score: 8, firstToken: 0, endToken: 1),
        category: .person)
    }
    #expect(hint("Ana Lind", .person) == "person")
    #expect(hint("Swiss", .person) == nil)
    #expect(hint("Dutch Settlers", .person) == nil)
    #expect(hint("First Lady", .person) == "office")
    #expect(hint("Dorvian authority", .organisation) == nil)
    #expect(hint("Harbour Council", .organisation) == "organisation")
  }
}

/// The second round of gap and prompt checks: list items, names cut at an abbreviation or a
/// sentence end, field labels and glued field lines, a possessive after "is".
@Suite struct CardListRulesTests {
  private let tokenizer = Tokenizer()

  private func problem(_ sentence: String, gap answer: String, kind: FactKind) -> CardProblem? {
    gapProblem(sentence, gap: answer, kind: kind, tokenizer: tokenizer)
  }

  @Test func anItemOfAnEnumerationIsNoGap() {
    let sentence = "The pact was later joined by Arnland (1961), Belmark (1962), Corvia (1967) and Dorvia (1969)."
    #expect(problem(sentence, gap: "Belmark", kind: .place) == .genericGap("Belmark"))
    #expect(problem(sentence, gap: "Dorvia", kind: .place) == .genericGap("Dorvia"))
    #expect(problem(sentence, gap: "Arnland", kind: .place) == .genericGap("Arnland"))
    // A place followed by what lies there is no list item.
    #expect(
      problem(
        "The land borders Arnland to the south, Belmark to the west and Corvia to the north.", gap: "Belmark",
        kind: .place) == nil)
    #expect(
      problem(
        "The founders were the poet Ana Lind and the painter Jon Berg of Dorvik.",
        gap: "Ana Lind and the painter Jon Berg",
        kind: .person) != nil)
  }

  @Test func aGapStopsAtTheSentenceAndTheAbbreviation() {
    #expect(
      problem("She studied at Mount St. Agnes College and in Leeds.", gap: "Mount St", kind: .organisation)
        == .nameFragment("Mount St"))
    #expect(problem("Border countries: Arnland 400 km, Belmark 300 km", gap: "Border", kind: .place) != nil)
    #expect(
      problem("Religions: Lutheran 60%, Catholic 10%, other 2.5%, none 27.5%", gap: "2.5%", kind: .percentage)
        == .genericGap("2.5%"))
  }

  @Test func aGluedFieldLineAndAPossessiveAfterIsMakeNoCard() {
    #expect(
      CardRules.promptProblem(
        tokens: tokenizer.tokens(of: "The land is flat (3 people per sq km) Ethnic groups: Arn 80%, Bel 20%"))
        == .notASentence)
    #expect(
      CardRules.contextProblem(tokens: tokenizer.tokens(of: "Dorvik is its capital, while Arnby is its largest port."))
        == .unresolvedReference("its"))
  }

  @Test func aNameListGapIsSplitIntoItems() {
    #expect(CardRules.nameListItems("Arnland, Belmark, and Corvia") == ["Arnland", "Belmark", "Corvia"])
    #expect(CardRules.nameListItems("the Arn, the Bel and the Cor") == ["Arn", "Bel", "Cor"])
    #expect(CardRules.nameListItems("Arnland and Belmark") == nil)
    #expect(CardRules.nameListItems("mining, cattle and tourism") == nil)
  }

  @Test func aStatementIsToldFromAnArticleByItsStanceVerbs() {
    let statement = [
      "Dorvia believes that peace needs a common effort.", "Dorvia supports the council and its reforms.",
      "The council met in 1990.",
    ].map { tokenizer.tokens(of: $0) }
    let article = [
      "Dorvia is a country in the north.", "Its capital is Arnby.", "It became a republic in 1944.",
    ].map { tokenizer.tokens(of: $0) }
    #expect(StatementGenre.isStatement(statement))
    #expect(!StatementGenre.isStatement(article))
  }
}

/// Prompts that lean on a place, a reason or a time said before them, and answers the prompt's
/// own years give away. The sentences are made up.
@Suite struct CardTimeContextTests {
  private let tokenizer = Tokenizer()

  private func context(_ sentence: String, subject: CardRules.SubjectPronouns = .none) -> CardProblem? {
    CardRules.contextProblem(tokens: tokenizer.tokens(of: sentence), subject: subject)
  }

  /// The problem of gapping `answer` (its tokens) in `sentence`, by every gap rule (the worked-out
  /// answers are among them).
  private func workedOut(_ sentence: String, gap answer: String, kind: FactKind) -> CardProblem? {
    let tokens = tokenizer.tokens(of: sentence)
    let words = tokenizer.tokens(of: answer).map(\.text)
    guard
      let start = tokens.indices.first(where: { index in
        index + words.count <= tokens.count && tokens[index..<(index + words.count)].map(\.text) == words
      })
    else { return .notASentence }
    return CardRules.gapProblem(
      tokens: tokens, gap: start..<(start + words.count), kind: kind, answer: answer, sentence: sentence,
      knowledge: CardRules.Knowledge())
  }

  @Test func anOpeningThereOrAReasonSaidBeforeMakesNoCard() {
    #expect(context("There she earned a degree in law in 1931.", subject: .she) != nil)
    #expect(context("For this work she received the Order of the Lantern in 1962.", subject: .she) != nil)
    #expect(context("Because of these reforms, the guild lost its charter.") != nil)
    #expect(context("At that conference, the delegates chose Dorvik as the seat.") != nil)
    #expect(context("By that time the guild had lost its charter.") != nil)
    #expect(context("There were nine guilds in the town by 1400.") == nil)
    #expect(context("For her work on rivers she received the Order of the Lantern in 1962.", subject: .she) == nil)
  }

  @Test func aTimeCountedFromNothingSaidMakesNoCard() {
    #expect(context("Three months later, the council met again in Dorvik.") != nil)
    #expect(context("Ada Lind was 13 years old.") != nil)
    // Counted from a year the sentence gives, or two years after a named event: it stands alone.
    #expect(context("The council first met in 1921, and three months later it moved to Dorvik.") == nil)
    #expect(context("Ada Lind was 13 years old when the war began in 1914.") == nil)
    #expect(context("The guild was dissolved two years after the great fire of Dorvik.") == nil)
  }

  @Test func anAnswerTheProminentYearsGiveAwayMakesNoCard() {
    #expect(
      workedOut(
        "Lind retired from the council in 1971 and died on 9 December 1971.", gap: "9 December 1971", kind: .date)
        == .answerInPrompt("1971"))
    #expect(
      workedOut(
        "In 1830, the duchy took the island, and four years later, in the Treaty of Arnby (1834), the kingdom ceded it.",
        gap: "1830", kind: .year) == .answerInPrompt("1830"))
    #expect(
      workedOut("In 1955, three years before independence, the duchy split the islands.", gap: "three", kind: .number)
        == .genericGap("three"))
    // A date whose year is not shown or is shown only in another date, and a year with nothing
    // to count from, are fair gaps.
    #expect(
      workedOut(
        "The pact was signed by Oskarland, 2 July 1494, and by Vell, 5 May 1494.", gap: "2 July 1494", kind: .date)
        == nil)
    #expect(workedOut("Lind retired in 1971 and died on 9 December 1974.", gap: "9 December 1974", kind: .date) == nil)
    #expect(workedOut("In 1830, the duchy took the island from the kingdom.", gap: "1830", kind: .year) == nil)
  }
}
