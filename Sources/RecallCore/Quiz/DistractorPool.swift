import Foundation

/// The deck's answers sorted by kind, from which a quiz draws wrong options.
///
/// A wrong option is of a kind compatible with the right answer, is not equivalent to any answer
/// the card accepts (its answer, alternatives, the other items of its list, the answers of cards
/// asking the same thing), and is not equivalent to another option already chosen.
public struct DistractorPool: Sendable {
  /// One value of the deck that can serve as a wrong option.
  struct Entry: Hashable, Sendable {
    var form: AnswerForm
    var kind: AnswerKind
    var value: String { form.text }
    var size: Int
    /// The folded words of the prompt the value answers, to find values that answer alike.
    var promptWords: Set<Substring>
  }

  private let entries: [Entry]
  /// Every answer a prompt accepts, keyed by the folded prompt, to spot cards asking the same thing.
  private let answersByPrompt: [String: [String]]

  /// Builds the pool from every card of a deck.
  public init(cards: [Card]) {
    var seen = Set<String>()
    var entries: [Entry] = []
    var answersByPrompt: [String: [String]] = [:]
    func add(_ value: String, hint: String?, prompt: Set<Substring>) {
      let trimmed = value.trimmingCharacters(in: .whitespaces)
      let key = AnswerEquivalence.normalize(trimmed)
      guard !key.isEmpty, seen.insert(key).inserted else { return }
      let kind = AnswerKind.classify(trimmed, hint: hint)
      entries.append(Entry(form: AnswerForm(trimmed), kind: kind, size: Self.wordCount(trimmed), promptWords: prompt))
    }
    for card in cards {
      let promptKey = AnswerEquivalence.normalize(card.prompt)
      let promptWords = Set(promptKey.split(separator: " "))
      switch card.answer {
      case .text(let text):
        add(text, hint: card.hint, prompt: promptWords)
        answersByPrompt[promptKey, default: []].append(contentsOf: [text] + card.alternatives)
      case .items(let items, _):
        for item in items { add(item, hint: nil, prompt: promptWords) }
        answersByPrompt[promptKey, default: []].append(contentsOf: items)
      }
      for option in card.options { add(option, hint: card.hint, prompt: promptWords) }
    }
    // Sorted so the pool does not depend on deck order, only on its content.
    self.entries = entries.sorted { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) }
    self.answersByPrompt = answersByPrompt
  }

  /// Everything `card` accepts as right: no wrong option may be equivalent to any of these.
  public func acceptedAnswers(of card: Card) -> [String] {
    var result: [String]
    switch card.answer {
    case .text(let text): result = [text]
    case .items(let items, _): result = items
    }
    result += card.alternatives
    result += answersByPrompt[AnswerEquivalence.normalize(card.prompt)] ?? []
    return result
  }

  /// Up to `count` wrong options for `answer` (of kind `kind`) on `card`, drawn with `generator`.
  /// Deck values of a compatible kind come first; years, numbers and percentages are made up
  /// near the answer when the deck has too few.
  public func distractors(
    for card: Card, answer: String, kind: AnswerKind, count: Int, generator: inout SeededGenerator
  ) -> [String] {
    let forbidden = (acceptedAnswers(of: card) + [answer]).map(AnswerForm.init)
    let promptWords = " " + AnswerEquivalence.normalize(card.prompt) + " "
    var chosen: [AnswerForm] = []
    func admissible(_ value: AnswerForm) -> Bool {
      // A value already in the prompt ("shared by Kazakhstan and ____") would make a silly option.
      !promptWords.contains(" " + value.normalized + " ")
        && !forbidden.contains { $0.isEquivalent(to: value) }
        && !chosen.contains { $0.isEquivalent(to: value) }
    }
    let exact = entries.filter { $0.kind == kind }
    let compatible = entries.filter { $0.kind != kind && $0.kind.isCompatible(with: kind) }
    // Values that answer a question worded alike ("What is the capital of ...?") come first:
    // capitals with capitals rather than any place.
    let ownPrompt = Set(promptWords.split(separator: " "))
    let alike = exact.filter { Self.overlap($0.promptWords, ownPrompt) >= 0.5 }
    // Phrases of a similar length make better wrong options than a word against a sentence.
    let size = Self.wordCount(answer)
    let similar = exact.filter { abs($0.size - size) <= max(1, size / 2) }
    let groups = kind == .phrase ? [alike, similar, exact, compatible] : [alike, exact, compatible]
    for group in groups where chosen.count < count {
      for entry in generator.shuffle(group) where chosen.count < count && admissible(entry.form) {
        chosen.append(entry.form)
      }
    }
    if chosen.count < count {
      for value in NumericDistractors.near(answer, kind: kind, generator: &generator).map(AnswerForm.init)
      where chosen.count < count && admissible(value) {
        chosen.append(value)
      }
    }
    return chosen.map(\.text)
  }

  /// The share of words two prompts have in common (Jaccard index), 0 to 1.
  private static func overlap(_ lhs: Set<Substring>, _ rhs: Set<Substring>) -> Double {
    let union = lhs.union(rhs).count
    return union == 0 ? 0 : Double(lhs.intersection(rhs).count) / Double(union)
  }

  private static func wordCount(_ text: String) -> Int {
    text.split(separator: " ").count
  }
}

/// Made-up wrong options close to a numeric answer, for decks with too few of their own.
enum NumericDistractors {
  /// Candidate values near `answer`, in a random order; empty for kinds that are not numeric.
  static func near(_ answer: String, kind: AnswerKind, generator: inout SeededGenerator) -> [String] {
    let text = answer.trimmingCharacters(in: .whitespaces)
    switch kind {
    case .year:
      guard let year = Int(text.prefix(4)) else { return [] }
      let offsets = [-10, -5, -3, -2, -1, 1, 2, 3, 5, 10]
      return generator.shuffle(offsets).map { String(year + $0) }
    case .percentage:
      guard let value = AnswerNumbers.value(of: text.filter { $0 != "%" }), value == value.rounded() else { return [] }
      let whole = Int(value)
      let offsets: [Int] = [-20, -15, -10, -5, 5, 10, 15, 20]
      let candidates: [Int] = offsets.map { whole + $0 }.filter { (0...100).contains($0) }
      return generator.shuffle(candidates).map { "\($0)%" }
    case .number:
      guard let value = AnswerNumbers.value(of: text), value == value.rounded(), value.magnitude < 1e15 else {
        return []
      }
      let whole = Int(value)
      let step = max(1, abs(whole) / 4)
      let multiples: [Int] = [-3, -2, -1, 1, 2, 3, 4]
      let candidates: [Int] = multiples.map { whole + $0 * step }.filter { $0 >= 0 && $0 != whole }
      let grouped = text.contains(",")
      return generator.shuffle(candidates).map { grouped ? groupThousands($0) : String($0) }
    default:
      return []
    }
  }

  /// `12500` as `12,500`.
  static func groupThousands(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }
}
