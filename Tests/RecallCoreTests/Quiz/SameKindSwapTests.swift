import Testing

@testable import RecallCore

/// Wrong values put into statements and choices must be of the same kind as the right one: a
/// cloze hint the classifier does not know ("kind of country") only admits values of cards with
/// that hint, and places are not mixed across countries, cities and seas.
@Suite struct SameKindSwapTests {
  static let text = """
    # Central Asia

    C: Kazakhstan is the largest [landlocked|kind of country] country in the world.
    id: landlocked

    Q: What is the currency of Kazakhstan called?
    A: tenge
    id: currency

    Q: What is the national dish of Kazakhstan called?
    A: beshbarmak
    id: dish

    Q: What is the capital of Kazakhstan?
    A: Astana
    id: capital-kz

    Q: What is the capital of Kyrgyzstan?
    A: Bishkek
    id: capital-kg

    Q: What is the capital of Uzbekistan?
    A: Tashkent
    id: capital-uz

    Q: What is the capital of Tajikistan?
    A: Dushanbe
    id: capital-tj

    C: The [Aral Sea|body of water] is shared by Kazakhstan and [Uzbekistan|country].
    id: aral

    Q: Which inland body of water borders Kazakhstan to the west?
    A: the Caspian Sea
    id: caspian

    L: Order these Central Asian countries by area, largest first.
    1. Kazakhstan
    2. Turkmenistan
    3. Uzbekistan
    4. Kyrgyzstan
    5. Tajikistan
    id: area-order

    Q: Which country lies south of Kazakhstan and west of Kyrgyzstan?
    A: Uzbekistan
    id: south

    Q: Which country borders Kazakhstan to the north?
    A: Russia
    id: north

    Q: Which country borders Kazakhstan to the east?
    A: China
    id: east

    C: The [Baikonur|place] Cosmodrome lies in Kazakhstan.
    id: baikonur
    """

  static var cards: [Card] { DeckParser.parse(text: text, origin: "ca.md").deck?.cards ?? [] }

  func questions(_ kinds: Set<QuizQuestionKind>) -> [QuizQuestion] {
    (0..<40).flatMap { seed in
      QuizBuilder.build(cards: Self.cards, request: QuizRequest(count: 100, kinds: kinds, seed: UInt64(seed)))
    }
  }

  @Test func anUnknownHintOnlyTakesValuesOfTheSameHint() throws {
    let cards = Self.cards
    let card = try #require(cards.first { $0.id.rawValue.hasPrefix("landlocked") })
    let pool = DistractorPool(cards: cards)
    var generator = SeededGenerator(seed: 3)
    #expect(pool.distractors(for: card, answer: "landlocked", kind: .phrase, count: 3, generator: &generator).isEmpty)
    for question in questions([.trueFalse, .mcq]) where question.card == card.id {
      #expect(!question.prompt.contains("tenge"), "\(question.prompt)")
      #expect(question.kind != .trueFalse, "nothing of its kind to swap in: \(question.prompt)")
    }
  }

  @Test func aValueWithAnUnknownHintIsNoWrongOptionElsewhere() {
    for question in questions([.trueFalse, .mcq]) {
      #expect(!question.options.contains("landlocked"), "\(question.prompt)")
      #expect(!question.prompt.contains("landlocked") || question.card.rawValue.hasPrefix("landlocked"))
    }
  }

  @Test func countriesAreSwappedForCountriesNotCities() {
    // Baikonur is a place of no known sort: no stand-in for a country or a city either.
    let capitals: Set<String> = ["Astana", "Bishkek", "Tashkent", "Dushanbe"]
    let cities = capitals.union(["Baikonur"])
    let seas: Set<String> = ["the Caspian Sea", "Aral Sea", "Caspian Sea"]
    for question in questions([.trueFalse, .mcq]) where question.card.rawValue.hasPrefix("area-order") {
      for name in cities.union(seas) {
        #expect(!question.prompt.contains("\u{201C}\(name)\u{201D}"), "\(question.prompt)")
        #expect(!question.options.contains(name), "\(question.prompt): \(question.options)")
      }
    }
    for question in questions([.mcq]) where ["south", "north", "east"].contains(question.card.rawValue) {
      #expect(cities.isDisjoint(with: question.options), "\(question.prompt): \(question.options)")
    }
    for question in questions([.mcq]) where question.card.rawValue.hasPrefix("capital-") {
      #expect(question.options.allSatisfy { capitals.contains($0) }, "\(question.prompt): \(question.options)")
    }
  }
}
