import Foundation

/// Builds the questions of a quiz from a deck's cards: which cards, in what order, asked how.
/// Pure and deterministic: the same cards, request and history give the same questions.
public enum QuizBuilder {
  /// The questions of a quiz on `cards` (a deck's cards), following `request`.
  ///
  /// `history` gives each card's predicted recall and past misses for `--focus weak` and `new`;
  /// cards missing from it count as never studied.
  public static func build(
    cards: [Card], request: QuizRequest, history: [CardID: QuizCardHistory] = [:]
  ) -> [QuizQuestion] {
    guard request.count > 0, !request.kinds.isEmpty else { return [] }
    let pool = DistractorPool(cards: cards)
    var order = SeededGenerator.derived(seed: request.seed, label: "order")
    let candidates = select(cards: cards, request: request, history: history, generator: &order)
    var questions: [QuizQuestion] = []
    for card in candidates where questions.count < request.count {
      var generator = SeededGenerator.derived(seed: request.seed, label: "card:" + card.id.rawValue)
      if let question = question(for: card, kinds: request.kinds, pool: pool, generator: &generator) {
        questions.append(question)
      }
    }
    return order.shuffle(questions)
  }

  /// The cards in the order the quiz should try them: the topic's cards, preferred by `focus`.
  static func select(
    cards: [Card], request: QuizRequest, history: [CardID: QuizCardHistory], generator: inout SeededGenerator
  ) -> [Card] {
    var seen = Set<CardID>()
    // A reversed card ("Astana" answered by "What is the capital of Kazakhstan?") asks the same
    // fact as its forward card, and typing a whole question back is no exam: only the forward one.
    let prompts = Set(cards.map { AnswerEquivalence.normalize($0.prompt) })
    var eligible = cards.filter { card in
      let reversed =
        card.answer.display.hasSuffix("?") && prompts.contains(AnswerEquivalence.normalize(card.answer.display))
      return !reversed && seen.insert(card.id).inserted
    }
    if let topic = request.topic?.lowercased() {
      eligible = eligible.filter { $0.topic?.lowercased() == topic }
    }
    let shuffled = generator.shuffle(eligible)
    switch request.focus {
    case .all:
      return shuffled
    case .new:
      return shuffled.filter { history[$0.id]?.isNew ?? true }
    case .weak:
      // Jitter breaks ties between equally weak cards without overriding real differences.
      let scored = shuffled.map { card -> (Card, Double) in
        let entry = history[card.id] ?? QuizCardHistory()
        let recall = entry.retrievability ?? 0.5
        let weakness = (1 - recall) + 0.3 * Double(min(entry.misses, 5)) + 0.05 * generator.nextUnit()
        return (card, weakness)
      }
      return scored.enumerated().sorted { lhs, rhs in
        lhs.element.1 != rhs.element.1 ? lhs.element.1 > rhs.element.1 : lhs.offset < rhs.offset
      }.map(\.element.0)
    }
  }

  /// One question about `card` of a kind in `kinds` that suits it, or nil when none does.
  public static func question(
    for card: Card, kinds: Set<QuizQuestionKind>, pool: DistractorPool, generator: inout SeededGenerator
  ) -> QuizQuestion? {
    var makers: [(inout SeededGenerator) -> QuizQuestion?] = []
    let order: [QuizQuestionKind] = [.mcq, .trueFalse, .typed, .list]
    // A reversed card answers with a question: offering other questions as options, or stating
    // "Astana — What is the capital of Kazakhstan?", reads badly, so such cards are only typed.
    let answersWithQuestion = card.answer.display.hasSuffix("?")
    for kind in order where kinds.contains(kind) {
      if answersWithQuestion, kind == .mcq || kind == .trueFalse { continue }
      switch (kind, card.answer) {
      case (.mcq, .text(let answer)):
        makers.append { textChoice(card, answer: answer, pool: pool, generator: &$0) }
      case (.trueFalse, .text(let answer)):
        makers.append { textStatement(card, answer: answer, pool: pool, generator: &$0) }
      case (.typed, .text(let answer)):
        makers.append { _ in typed(card, answer: answer) }
      case (.mcq, .items(let items, _)):
        makers.append { itemChoice(card, items: items, pool: pool, generator: &$0) }
      case (.trueFalse, .items(let items, _)):
        makers.append { itemStatement(card, items: items, pool: pool, generator: &$0) }
      case (.list, .items(let items, let ordered)):
        makers.append { _ in list(card, items: items, ordered: ordered) }
      default:
        continue
      }
    }
    // Try the kinds in a random order until one can be built (a card may lack wrong options).
    for maker in generator.shuffle(Array(makers.indices)).map({ makers[$0] }) {
      if let question = maker(&generator) { return question }
    }
    return nil
  }

  private static func typed(_ card: Card, answer: String) -> QuizQuestion {
    QuizQuestion(
      card: card.id, kind: .typed, prompt: card.prompt, expected: answer, accepted: [answer] + card.alternatives,
      topic: card.topic, answerKind: AnswerKind.classify(answer, hint: card.hint))
  }

  private static func list(_ card: Card, items: [String], ordered: Bool) -> QuizQuestion {
    QuizQuestion(
      card: card.id, kind: .list, prompt: card.prompt, expected: items.joined(separator: "; "), items: items,
      ordered: ordered, topic: card.topic, answerKind: .phrase)
  }

  /// Three wrong options: the card's own when it is a multiple-choice card, else the deck's.
  private static func wrongOptions(
    _ card: Card, answer: String, kind: AnswerKind, count: Int, pool: DistractorPool,
    generator: inout SeededGenerator
  ) -> [String] {
    if !card.options.isEmpty {
      let accepted = pool.acceptedAnswers(of: card) + [answer]
      var own: [String] = []
      for option in generator.shuffle(card.options) where own.count < count {
        let clashes =
          accepted.contains { AnswerEquivalence.areEquivalent($0, option) }
          || own.contains { AnswerEquivalence.areEquivalent($0, option) }
        if !clashes { own.append(option) }
      }
      if own.count == count { return own }
    }
    return pool.distractors(for: card, answer: answer, kind: kind, count: count, generator: &generator)
  }

  private static func textChoice(
    _ card: Card, answer: String, pool: DistractorPool, generator: inout SeededGenerator
  ) -> QuizQuestion? {
    let kind = AnswerKind.classify(answer, hint: card.hint)
    let wrong = wrongOptions(card, answer: answer, kind: kind, count: 3, pool: pool, generator: &generator)
    guard wrong.count == 3 else { return nil }
    let options = generator.shuffle([answer] + wrong)
    return QuizQuestion(
      card: card.id, kind: .mcq, prompt: card.prompt, options: options, correctOption: options.firstIndex(of: answer),
      expected: answer, accepted: [answer], topic: card.topic, answerKind: kind)
  }

  private static func textStatement(
    _ card: Card, answer: String, pool: DistractorPool, generator: inout SeededGenerator
  ) -> QuizQuestion? {
    // Only a prompt with a gap becomes a statement when filled in; a question followed by a value
    // ("What is the capital of Kazakhstan? \u{2014} Astana") is no statement to judge true or false.
    guard card.prompt.contains("____") else { return nil }
    let kind = AnswerKind.classify(answer, hint: card.hint)
    // Without a value of the same kind to swap in there is no statement: a made-up mismatch
    // ("the largest tenge country") teaches nothing, and one that is always true gives itself away.
    // A bare phrase only swaps with the answer to a question worded alike.
    let wrong: String?
    if card.options.isEmpty {
      wrong =
        pool.distractors(
          for: card, answer: answer, kind: kind, count: 1, alikeOnly: kind == .phrase, generator: &generator
        ).first
    } else {
      wrong = wrongOptions(card, answer: answer, kind: kind, count: 1, pool: pool, generator: &generator).first
    }
    guard let wrong else { return nil }
    let truth = generator.next() & 1 == 0
    let value = truth ? answer : wrong
    return QuizQuestion(
      card: card.id, kind: .trueFalse, prompt: statement(card, value: value), statementIsTrue: truth,
      expected: truth ? "true" : "false (\(answer))", topic: card.topic, answerKind: kind)
  }

  private static func itemChoice(
    _ card: Card, items: [String], pool: DistractorPool, generator: inout SeededGenerator
  ) -> QuizQuestion? {
    guard !items.isEmpty else { return nil }
    let item = items[generator.index(below: items.count)]
    let kind = AnswerKind.classify(item)
    let wrong = pool.distractors(for: card, answer: item, kind: kind, count: 3, generator: &generator)
    guard wrong.count == 3 else { return nil }
    let options = generator.shuffle([item] + wrong)
    return QuizQuestion(
      card: card.id, kind: .mcq, prompt: "Which of these is one of them? " + card.prompt, options: options,
      correctOption: options.firstIndex(of: item), expected: item, accepted: [item], topic: card.topic,
      answerKind: kind)
  }

  private static func itemStatement(
    _ card: Card, items: [String], pool: DistractorPool, generator: inout SeededGenerator
  ) -> QuizQuestion? {
    guard !items.isEmpty else { return nil }
    let item = items[generator.index(below: items.count)]
    let kind = AnswerKind.classify(item)
    guard let wrong = pool.distractors(for: card, answer: item, kind: kind, count: 1, generator: &generator).first
    else { return nil }
    let truth = generator.next() & 1 == 0
    let value = truth ? item : wrong
    return QuizQuestion(
      card: card.id, kind: .trueFalse, prompt: "\u{201C}\(value)\u{201D} is one answer to: \(card.prompt)",
      statementIsTrue: truth, expected: truth ? "true" : "false (\(items.joined(separator: "; ")))",
      topic: card.topic, answerKind: kind)
  }

  /// The card's fact stated with `value` as its answer: its gap filled in (`prompt — value` for a
  /// prompt without a gap, which `textStatement` does not ask).
  static func statement(_ card: Card, value: String) -> String {
    // A cloze's gap, or the blank of a choice card written as a sentence.
    if let range = card.prompt.range(of: "____") {
      var end = range.upperBound
      if let hint = card.hint, card.prompt[end...].hasPrefix(" (\(hint))") {
        end = card.prompt.index(end, offsetBy: hint.count + 3)
      }
      var start = range.lowerBound
      // "The ____" filled with "the Caspian Sea" keeps one article, the prompt's.
      let before = card.prompt[..<start].lowercased()
      if value.lowercased().hasPrefix("the "), before.hasSuffix("the ") || before == "the " {
        start = card.prompt.index(start, offsetBy: -4)
        return card.prompt.replacingCharacters(
          in: start..<end, with: card.prompt[start..<range.lowerBound] + value.dropFirst(4))
      }
      return card.prompt.replacingCharacters(in: range.lowerBound..<end, with: value)
    }
    return "\(card.prompt) \u{2014} \(value)"
  }
}
