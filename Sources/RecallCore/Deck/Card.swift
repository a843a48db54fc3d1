/// One thing to study: a prompt and what answers it. Cards are derived from a deck's notes; a
/// cloze note with three gaps yields three cards, a reversible question two.
public struct Card: Hashable, Sendable, Identifiable {
  /// The expected answer of a card.
  public enum Answer: Hashable, Sendable {
    /// A single answer.
    case text(String)
    /// Several items; `ordered` when they must come in order.
    case items([String], ordered: Bool)

    /// Whether the answer is a list of items.
    public var isList: Bool {
      if case .items = self { return true }
      return false
    }

    /// The answer as one line of text for people.
    public var display: String {
      switch self {
      case .text(let text): text
      case .items(let items, _): items.joined(separator: "; ")
      }
    }
  }

  /// The card's identity, the key of its progress.
  public var id: CardID
  /// The kind of card.
  public var kind: CardKind
  /// What is shown to the learner (a cloze gap is shown as `____`, with its hint).
  public var prompt: String
  /// What answers the card.
  public var answer: Answer
  /// Other accepted answers.
  public var alternatives: [String]
  /// The options of a multiple-choice card, the answer among them; empty otherwise.
  public var options: [String]
  /// The hint of a cloze gap (`year`, `number`...), if any.
  public var hint: String?
  /// The topic (`##` heading) the card stands under.
  public var topic: String?
  /// Tags of the card's note.
  public var tags: [String]
  /// Where in the source document the fact came from.
  public var source: String?
  /// The line of the card's note in its deck file.
  public var line: Int

  /// Creates a card.
  public init(
    id: CardID, kind: CardKind, prompt: String, answer: Answer, alternatives: [String] = [],
    options: [String] = [], hint: String? = nil, topic: String? = nil, tags: [String] = [],
    source: String? = nil, line: Int = 0
  ) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.answer = answer
    self.alternatives = alternatives
    self.options = options
    self.hint = hint
    self.topic = topic
    self.tags = tags
    self.source = source
    self.line = line
  }
}

extension Note {
  /// How many cards this note yields, without building them.
  public var cardCount: Int {
    switch content {
    case .qa(_, _, let reverse): reverse ? 2 : 1
    case .cloze(let cloze): cloze.gapCount
    case .list, .mcq: 1
    }
  }

  /// The cards this note yields, in order.
  public var cards: [Card] {
    let base = identity
    func make(_ id: CardID, _ prompt: String, _ answer: Card.Answer, options: [String] = [], hint: String? = nil)
      -> Card
    {
      Card(
        id: id, kind: kind, prompt: prompt, answer: answer, alternatives: alternatives, options: options,
        hint: hint, topic: topic, tags: tags, source: source, line: line)
    }
    switch content {
    case .qa(let question, let answer, let reverse):
      var cards = [make(base, question, .text(answer))]
      if reverse {
        var reversed = make(CardID(base.rawValue + "~r"), answer, .text(question))
        reversed.alternatives = []
        cards.append(reversed)
      }
      return cards
    case .cloze(let cloze):
      var cards: [Card] = []
      var index = 0
      for segment in cloze.segments {
        guard case .gap(let answer, let hint) = segment else { continue }
        let id = cloze.gapCount == 1 ? base : CardID(base.rawValue + "#\(index + 1)")
        var card = make(id, cloze.prompt(hiding: index), .text(answer), hint: hint)
        // Alternatives written for a note apply to its first gap only when it has several.
        if index > 0 { card.alternatives = [] }
        cards.append(card)
        index += 1
      }
      return cards
    case .list(let prompt, let items, let ordered):
      return [make(base, prompt, .items(items, ordered: ordered))]
    case .mcq(let prompt, let options, let correct):
      let answer = options.indices.contains(correct) ? options[correct] : ""
      return [make(base, prompt, .text(answer), options: options)]
    }
  }
}
