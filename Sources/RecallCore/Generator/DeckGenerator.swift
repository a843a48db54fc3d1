/// Why a document gave no deck.
public enum GeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The document has no text at all.
  case emptyDocument
  /// The document has text but no sentence the generator could ask about.
  case noFacts

  /// The message for people.
  public var description: String {
    switch self {
    case .emptyDocument:
      "the document is empty; give a plain-text file with sentences"
    case .noFacts:
      "found no facts to ask about; the generator needs English prose with full sentences"
    }
  }
}

/// Turns a plain-text document into a deck of cards about its facts, offline and deterministically:
/// the same text always gives the same deck, with the same card ids.
public struct DeckGenerator: Sendable {
  /// Limits of a generated deck.
  public struct Options: Hashable, Sendable {
    /// Keep at most this many cards (the best ones); nil keeps all.
    public var maxCards: Int?
    /// At most this many cards from one sentence.
    public var maxCardsPerSentence: Int
    /// At most this many cards with the same answer.
    public var maxCardsPerAnswer: Int
    /// Keep the tail too: more cards a sentence and no budget by the document's length.
    public var includeTail: Bool

    /// Creates options.
    public init(
      maxCards: Int? = nil, maxCardsPerSentence: Int = 3, maxCardsPerAnswer: Int = 2, includeTail: Bool = false
    ) {
      self.maxCards = maxCards
      self.maxCardsPerSentence = maxCardsPerSentence
      self.maxCardsPerAnswer = maxCardsPerAnswer
      self.includeTail = includeTail
    }
  }

  /// Characters of document per card kept by default: a key fact comes about every 150 characters
  /// of an article, and a deck should hold at most one and a half cards a fact.
  static let charactersPerCard = 75
  /// The fewest cards the default budget allows.
  static let minimumBudget = 12

  /// How many cards a deck of `text` keeps: `maxCards` when given, otherwise one card per
  /// `charactersPerCard` characters (none with `includeTail`).
  func budget(for text: String) -> Int? {
    if let maxCards = options.maxCards { return maxCards }
    if options.includeTail { return nil }
    return max(Self.minimumBudget, text.utf8.count / Self.charactersPerCard)
  }

  /// The limits used.
  public var options: Options
  /// English word knowledge (WordNet in the `recall` executable); nil falls back on word lists.
  public var lexicon: (any EnglishLexicon)?

  /// Creates a generator.
  public init(options: Options = Options(), lexicon: (any EnglishLexicon)? = nil) {
    self.options = options
    self.lexicon = lexicon
  }

  /// The deck of `text`, best cards first; `fallbackTitle` names it when the text has no title line.
  /// `progress`, when given, hears how far the work is (0 to 1), from any thread.
  public func generate(
    text: String, fallbackTitle: String, origin: String = "", progress: (@Sendable (Double) -> Void)? = nil
  ) throws(GeneratorError) -> Deck {
    guard text.contains(where: { $0.fastIsLetter || $0.fastIsNumber }) else { throw .emptyDocument }
    // Reading the sentences is most of the work; choosing and writing the cards the rest.
    var reading: (@Sendable (Double) -> Void)?
    if let progress {
      reading = { @Sendable fraction in progress(fraction * 0.8) }
    }
    // List cards need only the outline: they are written while the analysis is finished.
    let (analysis, lists) = DocumentAnalysis.analyse(text: text, lexicon: lexicon, progress: reading) {
      outline, tokenizer, cleaner in
      Self.listDrafts(outline, title: outline.title ?? fallbackTitle, tokenizer: tokenizer, cleaner: cleaner)
    }
    let title = analysis.outline.title ?? fallbackTitle
    let planner = CardPlanner(
      analysis: analysis, maxPerSentence: options.maxCardsPerSentence, generous: options.includeTail, lexicon: lexicon)
    let special = lists + acronymDrafts(analysis, title: title)
    let budget = budget(for: text)
    progress?(0.8)
    let kept = select(special, planner: planner, clauses: analysis.clauses, limit: budget)
    progress?(0.95)
    // The analysis is large and made of many small objects: it is freed while the deck is written.
    ParallelMap.discard((consume planner, consume analysis))
    let limited = budget.map { Array(kept.prefix(max(0, $0))) } ?? kept
    guard !limited.isEmpty else { throw .noFacts }
    var ids = NoteIdentifier()
    let notes = limited.map { draft in
      Note(
        content: draft.content, explicitID: ids.id(for: draft), source: "line \(draft.line)", topic: draft.topic)
    }
    progress?(1)
    return Deck(title: title, origin: origin, notes: notes)
  }

  /// List cards.
  private static func listDrafts(
    _ outline: DocumentOutline, title: String, tokenizer: Tokenizer, cleaner: SentenceCleaner
  ) -> [CardDraft] {
    let listPrompt = ListPrompt(tokenizer: tokenizer, cleaner: cleaner)
    var order = 0
    var drafts: [CardDraft] = []
    for unit in outline.units {
      guard case .list(let list) = unit else { continue }
      order += 1
      guard list.isStudyList else { continue }
      let prompt = listPrompt.prompt(for: list, fallback: title)
      drafts.append(
        CardDraft(
          content: .list(prompt: prompt, items: list.items, ordered: list.ordered),
          answerKey: TextNormalizer.fold(list.items.joined(separator: " ")),
          promptWords: PromptWords(TextNormalizer.contentWords(prompt)), tier: 0, order: -100_000 + order,
          line: list.line,
          topic: list.topic, answer: list.items.first ?? prompt))
    }
    return drafts
  }

  /// Acronym cards.
  private func acronymDrafts(_ analysis: DocumentAnalysis, title: String) -> [CardDraft] {
    var drafts: [CardDraft] = []
    // Even the main subject's acronym is worth a card: its expansion is a fact, not a gap.
    for acronym in analysis.acronyms {
      // The context must not give the expansion away.
      let expansion = TextNormalizer.fold(acronym.expansion)
      let context = [acronym.topic, title].compactMap { $0 }.first {
        !TextNormalizer.containsWords(TextNormalizer.fold($0), expansion)
      }
      let question =
        context.map {
          "In the context of \u{201C}\($0)\u{201D}, what does the abbreviation \(acronym.short) stand for?"
        }
        ?? "What does the abbreviation \(acronym.short) stand for in this document?"
      drafts.append(
        CardDraft(
          content: .qa(question: question, answer: acronym.expansion, reverse: false),
          answerKey: TextNormalizer.fold(acronym.expansion),
          promptWords: PromptWords(TextNormalizer.contentWords(question)),
          tier: 0, order: acronym.order, line: acronym.line, topic: acronym.topic, answer: acronym.expansion))
    }
    return drafts
  }

  /// The cards in rank order: special cards, then each clause's best card in document order, then
  /// each clause's second card, and so on; near-duplicates are merged away and no answer is asked
  /// more than `maxCardsPerAnswer` times, a clause's next candidate standing in for a dropped one.
  private func select(
    _ special: [CardDraft], planner: CardPlanner, clauses: [DocumentAnalysis.Clause], limit: Int?
  ) -> [CardDraft] {
    var byAnswer: [CardPlanner.AnswerID: [PromptWords]] = [:]
    var kept: [CardDraft] = []
    let maxPerAnswer = options.maxCardsPerAnswer
    func accept(_ key: CardPlanner.AnswerID, _ words: PromptWords) -> Bool {
      // One look-up: an empty entry is made only when the card is then kept (or no card may be).
      admit(&byAnswer[key, default: []], words)
    }
    func admit(_ earlier: inout [PromptWords], _ words: PromptWords) -> Bool {
      if earlier.count >= maxPerAnswer { return false }
      let duplicate = earlier.contains { other in
        // The sizes of the intersection and union, counted without building either set.
        let common = other.common(with: words)
        let union = other.count + words.count - common
        return union > 0 && Double(common) / Double(union) >= 0.7
      }
      if duplicate { return false }
      earlier.append(words)
      return true
    }
    for draft in special.sorted(by: { $0.order < $1.order })
    where accept(CardPlanner.AnswerID(draft.answerKey), draft.promptWords) {
      kept.append(draft)
    }
    // Each clause's candidates are independent of the others: work them out on all cores.
    // Each queue's length sits next to its cap, so that an exhausted queue is skipped without
    // reading its picks (a cache miss per clause on a large document).
    // The clauses are read in place through their buffer: passing each one by value would retain
    // all its arrays.
    let queues = clauses.withUnsafeBufferPointer { buffer in
      let shared = SharedClauses(buffer: buffer)
      return ParallelMap.map(Array(buffer.indices)) { index in
        let picks = planner.picks(for: shared.buffer[index])
        return (cap: planner.cap(for: shared.buffer[index]), count: picks.count, picks: picks)
      }
    }
    var next = Array(repeating: 0, count: queues.count)
    let rounds = queues.map(\.cap).max() ?? 0
    // The picks kept, as (clause, place in its queue); they are written out afterwards.
    var chosen: [(clause: Int, position: Int)] = []
    var count = kept.count
    for round in 0..<rounds {
      // Picks are read in place rather than copied out.
      // Skipping an exhausted queue changes nothing kept: cards past `maxCards` are cut anyway.
      for index in queues.indices where round < queues[index].cap && next[index] < queues[index].count {
        let picks = queues[index].picks
        while next[index] < picks.count {
          let position = next[index]
          next[index] += 1
          if accept(picks[position].answerID, picks[position].promptWords) {
            chosen.append((index, position))
            count += 1
            break
          }
        }
        if let limit, count >= limit { break }
      }
      if let limit, count >= limit { break }
    }
    // Each card is written from its own pick and clause: on all cores.
    kept += ParallelMap.map(chosen) { planner.draft(queues[$0.clause].picks[$0.position], clause: clauses[$0.clause]) }
    ParallelMap.discard(consume queues)
    return kept
  }
}

/// The clauses, shared read-only with the workers for the time of one parallel map.
private struct SharedClauses: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<DocumentAnalysis.Clause>
}
