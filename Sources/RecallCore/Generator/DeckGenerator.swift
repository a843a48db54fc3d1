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
///
/// The passes, in order, each in its own folder of `Generator/` (`generate` below reads as this list):
/// 1. normalise (`Text/`): the text's vocabulary (`Vocabulary`), folding and tokens;
/// 2. outline (`Structure/`): title, headings, paragraphs, lists (`DocumentOutline`);
/// 3. sentences (`Sentences/`, `Text/SentenceSplitter`): each sentence cut into clauses
///    (`SentenceCleaner`), on all cores;
/// 4. syntax (`Text/Tokenizer`): each clause's tokens with their word classes;
/// 5. candidate facts (`Facts/`): the spans of a clause worth asking, each with a score;
/// 6. entities (`Entities/`): acronyms, how often each name occurs, the lexicon's category of
///    each name, names read as places;
/// 7. coreference (`Coreference/`): the main subject, for "He", "It", "Its" and never a gap;
/// 8. ranking (`Ranking/`): every weight in `ScoreWeights`; names the document repeats are
///    lowered; each clause's candidates picked best first (`CardPlanner.picks`);
/// 9. checks (`Checks/`): a candidate must pass `CardRules` and `OptionRules` to become a card;
/// 10. card drafts (`Cards/`): list and acronym cards, then the cloze, question or choice card
///     of each pick (`CardPlanner.draft`);
/// 11. selection (`Selection/`): special cards first, then each clause's next best card in
///     turn, near-duplicates merged, within the budget.
///
/// Word lists live in `Lexicon/` (`Lexicon`, `VerbLexicon`, `WordTable`), as does the English word
/// knowledge from outside (`EnglishLexicon`, WordNet in the `recall` executable).
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

  /// Characters of document per card kept by default, up to `fullRateCharacters`: a key fact
  /// comes about every 110 to 150 characters of a short article, and a deck should hold at most
  /// one and a half cards a fact.
  static let charactersPerCard = 75
  /// How far into a document the budget grows at `charactersPerCard`; past it a document mostly
  /// says more about what it said already (on the held-out articles of 4 kB, one key fact per
  /// 200 characters), so the budget grows at `charactersPerLaterCard`.
  static let fullRateCharacters = 2_400
  /// Characters of document per card kept past `fullRateCharacters`.
  static let charactersPerLaterCard = 200
  /// The fewest cards the default budget allows.
  static let minimumBudget = 12

  /// How many cards a deck of `text` keeps: `maxCards` when given, otherwise one card per
  /// `charactersPerCard` characters, one per `charactersPerLaterCard` past `fullRateCharacters`
  /// (none with `includeTail`).
  func budget(for text: String) -> Int? {
    if let maxCards = options.maxCards { return maxCards }
    if options.includeTail { return nil }
    return Self.defaultBudget(bytes: text.utf8.count)
  }

  /// The default budget of a document of `bytes` UTF-8 bytes.
  static func defaultBudget(bytes: Int) -> Int {
    let full = min(bytes, fullRateCharacters)
    let later = max(0, bytes - fullRateCharacters)
    return max(minimumBudget, full / charactersPerCard + later / charactersPerLaterCard)
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
}
