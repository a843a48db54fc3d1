import Testing

@testable import RecallCore

@Suite struct QuizBuilderTests {
  let deck = QuizTestDeck.deck

  func card(_ id: String) -> Card? { deck.cards.first { $0.id.rawValue == id } }

  /// Every question of many seeds, all kinds allowed.
  func manyQuizzes(kinds: Set<QuizQuestionKind> = Set(QuizQuestionKind.allCases)) -> [QuizQuestion] {
    (0..<20).flatMap { seed in
      QuizBuilder.build(cards: deck.cards, request: QuizRequest(count: 100, kinds: kinds, seed: UInt64(seed)))
    }
  }

  @Test func deckParses() {
    #expect(deck.cards.count == 32)
  }

  @Test func sameSeedSameQuiz() {
    let request = QuizRequest(count: 10, seed: 42)
    #expect(
      QuizBuilder.build(cards: deck.cards, request: request) == QuizBuilder.build(cards: deck.cards, request: request))
    let other = QuizBuilder.build(cards: deck.cards, request: QuizRequest(count: 10, seed: 43))
    #expect(other != QuizBuilder.build(cards: deck.cards, request: request))
  }

  @Test func asksForTheCountAndEachCardOnce() {
    let questions = QuizBuilder.build(cards: deck.cards, request: QuizRequest(count: 12, seed: 1))
    #expect(questions.count == 12)
    #expect(Set(questions.map(\.card)).count == 12)
    #expect(QuizBuilder.build(cards: deck.cards, request: QuizRequest(count: 500, seed: 1)).count == deck.cards.count)
  }

  @Test func multipleChoiceHasFourDistinctOptionsAndOneRight() throws {
    let questions = manyQuizzes(kinds: [.mcq])
    #expect(questions.count > 300)
    let pool = DistractorPool(cards: deck.cards)
    for question in questions {
      #expect(question.options.count == 4, "\(question.prompt)")
      let index = try #require(question.correctOption)
      #expect(question.options[index] == question.expected)
      // No duplicate options, even written differently.
      let forms = question.options.map(AnswerForm.init)
      for (i, lhs) in forms.enumerated() {
        for rhs in forms[(i + 1)...] {
          #expect(!lhs.isEquivalent(to: rhs), "\(question.prompt): \(lhs.text) / \(rhs.text)")
        }
      }
      // No second correct answer: nothing the card accepts is among the wrong options.
      let source = try #require(card(question.card.rawValue))
      let accepted = pool.acceptedAnswers(of: source).map(AnswerForm.init)
      for (i, option) in forms.enumerated() where i != index {
        for right in accepted {
          #expect(!option.isEquivalent(to: right), "\(question.prompt): \(option.text) ~ \(right.text)")
        }
      }
    }
  }

  @Test func distractorsAreOfTheAnswersKind() throws {
    for question in manyQuizzes(kinds: [.mcq]) where card(question.card.rawValue)?.options.isEmpty ?? false {
      for option in question.options {
        let kind = AnswerKind.classify(option, hint: card(question.card.rawValue)?.hint)
        #expect(kind.isCompatible(with: question.answerKind), "\(question.prompt): \(option) is \(kind)")
      }
    }
  }

  @Test func yearsGetYearsAndPeopleGetPeople() throws {
    let year = try #require(card("year-london"))
    let person = try #require(card("person-annan"))
    let pool = DistractorPool(cards: deck.cards)
    for seed in 0..<20 {
      var generator = SeededGenerator(seed: UInt64(seed))
      let years = try #require(QuizBuilder.question(for: year, kinds: [.mcq], pool: pool, generator: &generator))
      #expect(years.options.allSatisfy { AnswerKind.classify($0) == .year })
      let people = try #require(QuizBuilder.question(for: person, kinds: [.mcq], pool: pool, generator: &generator))
      #expect(people.options.allSatisfy { AnswerKind.classify($0) == .person }, "\(people.options)")
      #expect(!people.options.contains("Kofi Annan") || people.expected == "Kofi Annan")
    }
  }

  @Test func neverOffersAnAlternativeOrTheSameQuestionsOtherAnswer() throws {
    let capital = try #require(card("place-capital"))
    let pool = DistractorPool(cards: deck.cards)
    for seed in 0..<50 {
      var generator = SeededGenerator(seed: UInt64(seed))
      let question = try #require(QuizBuilder.question(for: capital, kinds: [.mcq], pool: pool, generator: &generator))
      #expect(!question.options.contains("Nur-Sultan"))
      #expect(!question.options.contains("Akmola"))
      // Iraq's list card and `Kazakhstan` itself appear in the prompt: not offered.
      #expect(!question.options.contains("Kazakhstan"))
    }
  }

  @Test func listChoiceNeverOffersAnotherItemOfTheList() throws {
    let list = try #require(card("list-iraq-ends"))
    let pool = DistractorPool(cards: deck.cards)
    var asked = 0
    for seed in 0..<50 {
      var generator = SeededGenerator(seed: UInt64(seed))
      guard let question = QuizBuilder.question(for: list, kinds: [.mcq], pool: pool, generator: &generator) else {
        continue
      }
      asked += 1
      let items = ["Independence", "Territorial integrity", "Sovereignty"]
      #expect(question.options.filter { items.contains($0) }.count == 1, "\(question.options)")
    }
    #expect(asked > 0)
  }

  @Test func falseStatementsSwapInASameKindValue() throws {
    let questions = manyQuizzes(kinds: [.trueFalse])
    #expect(questions.contains { $0.statementIsTrue == true })
    #expect(questions.contains { $0.statementIsTrue == false })
    let engineers = questions.filter { $0.card == "num-engineers" }
    for question in engineers {
      if question.statementIsTrue == true {
        #expect(question.prompt == "Kazakhstan sent a unit of 30 military engineers to Iraq.")
      } else {
        #expect(!question.prompt.contains(" 30 "))
        #expect(!question.prompt.contains("____"))
      }
    }
  }

  @Test func deckChoiceCardsKeepTheirOwnOptions() throws {
    let treaty = try #require(card("mcq-treaty"))
    let pool = DistractorPool(cards: deck.cards)
    var generator = SeededGenerator(seed: 3)
    let question = try #require(QuizBuilder.question(for: treaty, kinds: [.mcq], pool: pool, generator: &generator))
    #expect(Set(question.options) == Set(treaty.options))
  }

  @Test func kindsAreRespected() {
    for question in manyQuizzes(kinds: [.typed, .list]) {
      #expect(question.kind == .typed || question.kind == .list)
    }
    let lists = QuizBuilder.build(cards: deck.cards, request: QuizRequest(count: 50, kinds: [.list], seed: 1))
    #expect(lists.map(\.card).sorted() == ["list-iraq-ends", "list-threats"])
  }

  @Test func topicLimitsTheCards() {
    let questions = QuizBuilder.build(cards: deck.cards, request: QuizRequest(count: 50, topic: "people", seed: 1))
    #expect(questions.count == 4)
    #expect(questions.allSatisfy { $0.topic == "People" })
  }

  @Test func weakFocusPrefersLowRecallAndMisses() {
    var history: [CardID: QuizCardHistory] = [:]
    for card in deck.cards { history[card.id] = QuizCardHistory(retrievability: 0.97, misses: 0, reviews: 5) }
    history["person-ban"] = QuizCardHistory(retrievability: 0.2, misses: 0, reviews: 4)
    history["org-nato"] = QuizCardHistory(retrievability: 0.9, misses: 4, reviews: 6)
    history["place-iraq"] = QuizCardHistory(retrievability: 0.4, misses: 1, reviews: 3)
    let questions = QuizBuilder.build(
      cards: deck.cards, request: QuizRequest(count: 3, focus: .weak, seed: 9), history: history)
    #expect(Set(questions.map(\.card)) == ["person-ban", "org-nato", "place-iraq"])
  }

  @Test func newFocusTakesOnlyUnstudiedCards() {
    var history: [CardID: QuizCardHistory] = [:]
    for card in deck.cards where card.id != "person-dunant" && card.id != "org-sco" {
      history[card.id] = QuizCardHistory(retrievability: 0.9, reviews: 2)
    }
    let questions = QuizBuilder.build(
      cards: deck.cards, request: QuizRequest(count: 10, focus: .new, seed: 2), history: history)
    #expect(Set(questions.map(\.card)) == ["person-dunant", "org-sco"])
  }

  @Test func numericFallbackWhenTheDeckHasFewValues() throws {
    let small = Deck(
      title: "tiny",
      notes: [Note(content: .qa(question: "How many engineers?", answer: "1,200", reverse: false), explicitID: "n")])
    let question = try #require(
      QuizBuilder.build(cards: small.cards, request: QuizRequest(count: 1, kinds: [.mcq], seed: 5)).first)
    #expect(question.options.count == 4)
    #expect(question.options.allSatisfy { AnswerKind.classify($0) == .number })
    #expect(Set(question.options.map { AnswerEquivalence.normalize($0) }).count == 4)
  }

  @Test func aCardWithoutWrongOptionsFallsBackToTyping() throws {
    let small = Deck(
      title: "tiny",
      notes: [Note(content: .qa(question: "Currency?", answer: "tenge", reverse: false), explicitID: "c")])
    let question = try #require(
      QuizBuilder.build(cards: small.cards, request: QuizRequest(count: 1, kinds: [.mcq, .typed], seed: 5)).first)
    #expect(question.kind == .typed)
    #expect(QuizBuilder.build(cards: small.cards, request: QuizRequest(count: 1, kinds: [.mcq], seed: 5)).isEmpty)
  }

  @Test func valuesAnsweringAlikeQuestionsComeFirst() throws {
    let text = """
      # Places

      Q: What is the capital of Kazakhstan?
      A: Astana

      Q: What is the capital of Kyrgyzstan?
      A: Bishkek

      Q: What is the capital of Uzbekistan?
      A: Tashkent

      Q: What is the capital of Tajikistan?
      A: Dushanbe

      Q: Which sea is shared by Kazakhstan and Uzbekistan?
      A: the Aral Sea

      Q: Which country has the Baikonur cosmodrome?
      A: Kazakhstan

      Q: Which country borders Afghanistan to the north?
      A: Turkmenistan
      """
    let cards = DeckParser.parse(text: text, origin: "places.md").deck?.cards ?? []
    let capitals: Set<String> = ["Astana", "Bishkek", "Tashkent", "Dushanbe"]
    for seed in 0..<20 {
      let questions = QuizBuilder.build(
        cards: cards, request: QuizRequest(count: 10, kinds: [.mcq], seed: UInt64(seed)))
      for question in questions where question.prompt.contains("capital") {
        #expect(Set(question.options) == capitals, "\(question.options)")
      }
    }
  }
}
