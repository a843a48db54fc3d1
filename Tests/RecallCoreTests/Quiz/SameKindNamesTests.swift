import Testing

@testable import RecallCore

/// More same-kind rules found on the shipped decks: a reversed card's question is no wrong value,
/// a `name` hint says nothing of the kind, lower-case phrases are no organisations, list items of
/// no clear kind are offered against other lists' items, and places of unknown sort keep apart.
@Suite struct SameKindNamesTests {
  static let text = """
    # Position

    Q: What is the capital of Kazakhstan?
    A: Astana
    Reverse: yes
    id: capital

    Q: What is the currency of Kazakhstan called?
    A: tenge
    id: currency

    Q: What is the national dish of Kazakhstan called?
    A: beshbarmak
    id: dish

    Q: What is the national instrument of Kazakhstan called?
    A: dombra
    id: instrument

    Q: What is the national drink of Kazakhstan called?
    A: kumis
    id: drink

    C: Peace can be kept only through the aid of the [UN|acronym].
    id: un

    C: Kazakhstan joined the [International Antiterrorist Coalition|organisation].
    id: coalition

    C: Its engineers cooperate with the [efforts of the international community].
    id: efforts

    C: Nations follow safeguards under the [International Atomic Energy Agency|organisation].
    id: iaea

    C: The UN and its [Security Council|organisation] keep the peace.
    id: unsc

    C: Lasting peace and rehabilitation should come to [Afghanistan|name].
    id: afghanistan

    C: The Road Map is for the [Middle East|name].
    id: middle-east

    C: Kazakhstan sent engineers to [Iraq|country].
    id: iraq

    Q: Which country held the 2005 election?
    A: Iran
    id: iran

    Q: Which country borders Kazakhstan to the north?
    A: Russia
    id: russia

    C: The [Baikonur|place] Cosmodrome lies in Kazakhstan.
    id: baikonur

    C: The [Semipalatinsk Test Site|place] was closed in 1991.
    id: test-site

    C: The [Aral Sea|body of water] is shared by Kazakhstan and Uzbekistan.
    id: aral

    Q: Which inland body of water borders Kazakhstan to the west?
    A: the Caspian Sea
    id: caspian

    L: Name the new threats to peace.
    - International terrorism
    - Drug trafficking
    - Illegal migration

    L: Which ends for Iraq should joint efforts ensure?
    - Independence
    - Territorial integrity
    - Sovereignty

    C: As a state that [voluntarily denounced] nuclear weapons, Kazakhstan backs non-proliferation.
    id: denounced
    """

  static var cards: [Card] { DeckParser.parse(text: text, origin: "position.md").deck?.cards ?? [] }

  func questions(_ kinds: Set<QuizQuestionKind> = [.mcq, .trueFalse]) -> [QuizQuestion] {
    (0..<30).flatMap { seed in
      QuizBuilder.build(cards: Self.cards, request: QuizRequest(count: 100, kinds: kinds, seed: UInt64(seed)))
    }
  }

  @Test func aReversedCardsQuestionIsNoWrongValue() throws {
    let cards = Self.cards
    let currency = try #require(cards.first { $0.id.rawValue == "currency" })
    var generator = SeededGenerator(seed: 1)
    let wrong = DistractorPool(cards: cards).distractors(
      for: currency, answer: "tenge", kind: .phrase, count: 50, generator: &generator)
    #expect(!wrong.contains { $0.hasSuffix("?") }, "\(wrong)")
    for question in questions() {
      #expect(!question.prompt.contains("\u{2014} What is the capital"), "\(question.prompt)")
      #expect(!question.options.contains { $0.hasSuffix("?") }, "\(question.prompt): \(question.options)")
    }
  }

  @Test func lowerCasePhrasesAreNoOrganisations() {
    #expect(AnswerKind.classify("efforts of the international community") == .phrase)
    #expect(AnswerKind.classify("International Antiterrorist Coalition") == .organisation)
    #expect(AnswerKind.classify("the United Nations") == .organisation)
    for question in questions([.mcq]) where question.card.rawValue.hasPrefix("un") {
      #expect(!question.options.contains("efforts of the international community"), "\(question.options)")
    }
  }

  @Test func aNameHintLetsTheAnswerSayWhatItIs() {
    #expect(AnswerKind.classify("Afghanistan", hint: "name") == .place)
    for question in questions() where question.card.rawValue.hasPrefix("afghanistan") {
      let wrong = question.options.filter { $0 != "Afghanistan" }
      #expect(wrong.allSatisfy { ["Iraq", "Iran", "Russia"].contains($0) }, "\(question.options)")
      #expect(!question.prompt.contains("Middle East"), "\(question.prompt)")
    }
  }

  @Test func placesOfUnknownSortKeepApart() {
    for question in questions() where question.card.rawValue.hasPrefix("baikonur") {
      for other in ["Iraq", "Iran", "Russia", "Afghanistan", "Middle East", "Aral Sea", "Caspian Sea"] {
        #expect(!question.prompt.contains(other), "\(question.prompt)")
      }
    }
  }

  @Test func anArticleIsNotDoubled() {
    for question in questions([.trueFalse]) {
      #expect(!question.prompt.lowercased().contains("the the "), "\(question.prompt)")
    }
  }

  @Test func listItemsOfNoClearKindAreOfferedAgainstOtherListsItems() {
    let items: Set<String> = [
      "International terrorism", "Drug trafficking", "Illegal migration", "Independence", "Territorial integrity",
      "Sovereignty",
    ]
    for question in questions() where question.prompt.contains("new threats") || question.prompt.contains("ends for") {
      #expect(question.options.allSatisfy { items.contains($0) }, "\(question.options)")
      #expect(!question.prompt.contains("voluntarily denounced"), "\(question.prompt)")
    }
  }

  @Test func aPhraseIsSwappedOnlyForAnAnswerToALikeQuestion() {
    let statements = questions([.trueFalse])
    // "As a state that Humanitarian crises nuclear weapons": a phrase from another sentence makes
    // nonsense, so such a card is asked another way, never as an always-true statement.
    #expect(!statements.contains { $0.card.rawValue.hasPrefix("denounced") })
    // A question and a value ("What is the currency of Kazakhstan called? — tenge") is no
    // statement: such a card is asked another way (its swaps are tested on the pool above).
    #expect(!statements.contains { $0.card.rawValue == "currency" })
    #expect(statements.allSatisfy { !$0.prompt.contains("? \u{2014} ") }, "\(statements.map(\.prompt))")
    #expect(!questions([.mcq, .trueFalse, .typed]).filter { $0.card.rawValue.hasPrefix("denounced") }.isEmpty)
  }

  @Test func aChoiceCardsGapIsFilledInAStatement() throws {
    let deck = try #require(
      DeckParser.parse(
        text: """
          # Gaps

          M: Kazakhstan took part in the ____ London Conference.
          - [x] 2006
          - [ ] 2001
          - [ ] 2010
          - [ ] 1997
          """, origin: "gaps.md"
      ).deck)
    let card = try #require(deck.cards.first)
    #expect(QuizBuilder.statement(card, value: "2001") == "Kazakhstan took part in the 2001 London Conference.")
  }
}
