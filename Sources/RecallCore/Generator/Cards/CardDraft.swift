/// A card the generator may keep, with what it needs for ranking and merging.
struct CardDraft {
  /// What the note asks.
  var content: Note.Content
  /// The folded answer, to cap and merge cards by answer.
  var answerKey: String
  /// The content words of the prompt, to find near-duplicates.
  var promptWords: PromptWords
  /// 0 for list and acronym cards, then 1, 2, 3 for a sentence's first, second, third card.
  var tier: Int
  /// The place of its clause in the document.
  var order: Int
  /// The 1-based line of the document it comes from.
  var line: Int
  /// The heading it stands under.
  var topic: String?
  /// The answer as written, for the note's id.
  var answer: String
}

/// Picks the facts of a clause and turns them into cards.
struct CardPlanner {
  let analysis: DocumentAnalysis
  let maxPerSentence: Int
  /// Whether the tail is wanted: a second card from 12 words and a third from 22, as before.
  let generous: Bool
  /// The main subject's names: a handful, compared one by one rather than hashing every answer.
  let subjects: [String]
  /// What the checks pass needs to know of the document.
  let knowledge: CardRules.Knowledge

  /// A planner for the clauses of `analysis`.
  init(analysis: DocumentAnalysis, maxPerSentence: Int, generous: Bool = false, lexicon: (any EnglishLexicon)? = nil) {
    self.analysis = analysis
    self.maxPerSentence = maxPerSentence
    self.generous = generous
    subjects = Array(analysis.subject)
    var knowledge = CardRules.Knowledge(ordinary: analysis.tokenizer.lowercaseVocabulary, lexicon: lexicon)
    for acronym in analysis.acronyms {
      let short = TextNormalizer.fold(acronym.short)
      let long = TextNormalizer.fold(acronym.expansion)
      knowledge.expansions[short] = long
      knowledge.expansions[long] = short
    }
    knowledge.shorthands = Self.shorthands(of: analysis, lexicon: lexicon)
    knowledge.subjects = subjects
    self.knowledge = knowledge
    // What a bare "the country" or "the treaty" may stand for: the kinds of the document's subject.
    var names = subjects
    if let main = analysis.cleaner.mainSubject { names.append(main.name) }
    subjectReferents = Set(names.compactMap { CardRules.referent(ofName: $0, lexicon: lexicon) })
    subjectWords = Set(names.flatMap { TextNormalizer.fold($0).split(separator: " ").map(String.init) })
    switch analysis.cleaner.mainSubject?.reference {
    case .he: subjectPronouns = .he
    case .she: subjectPronouns = .she
    default: subjectPronouns = .none
    }
    // A position statement has few names, numbers or dates: its phrases are its facts.
    var named = 0
    let subjectNames = subjects
    for clause in analysis.clauses
    where clause.facts.contains(where: { fact in
      fact.kind != .phrase && fact.kind != .action && fact.score > 0 && !subjectNames.contains(fact.folded)
        && fact.text.count > 2
    }) {
      named += 1
    }
    phrasesLead = named * 3 < analysis.clauses.count * 2
    asksPhrases = phrasesLead || StatementGenre.isStatement(analysis.clauses.map(\.tokens))
  }

  /// Whether fewer than two clauses in three hold a name, number or date, so that a clause's second
  /// card may be a common-noun phrase.
  let phrasesLead: Bool
  /// Whether common-noun phrases are asked at all: where names, numbers and dates are few, or in a
  /// position statement, whose facts are what its speaker believes and supports.
  let asksPhrases: Bool
  /// The pronouns the document's subject stands for without being named.
  let subjectPronouns: CardRules.SubjectPronouns
  /// The kinds of thing the document's subject is, which a bare "the country" may stand for.
  let subjectReferents: Set<CardRules.Referent>
  /// The folded words of the document's subject's names ("group" of "Shanghai Five group").
  let subjectWords: Set<String>

  /// The common words that head the document's longer names ("Conference" of "Bandung
  /// Conference", "Treaty" of "Treaty of Waitangi"), folded.
  private static func shorthands(of analysis: DocumentAnalysis, lexicon: (any EnglishLexicon)?) -> Set<String> {
    var result = Set<String>()
    let ordinary = analysis.tokenizer.lowercaseVocabulary
    for clause in analysis.clauses {
      for fact in clause.facts where fact.kind.isName && fact.kind != .acronym && fact.folded.contains(" ") {
        let words = fact.folded.split(separator: " ").map(String.init)
        // The head stands before the first preposition ("Commission" of "Commission on Human Rights").
        let head =
          words.firstIndex(where: { ["of", "on", "for", "in"].contains($0) }).flatMap { $0 > 0 ? words[$0 - 1] : nil }
          ?? words[words.count - 1]
        guard !result.contains(head) else { continue }
        // A common noun: written in lower case in the document, or a noun the lexicon does not
        // know as a country, city or person.
        let common =
          ordinary.contains(head)
          || (lexicon.map { lexicon in
            lexicon.partsOfSpeech(of: head).contains(.noun)
              && ![.country, .city, .person].contains(lexicon.category(of: head))
          } ?? false)
        if common { result.insert(head) }
      }
    }
    return result
  }

  /// Whether the sentence's enumeration goes on after the names of `fact` (a comma follows).
  func listGoesOn(_ fact: Fact, _ clause: DocumentAnalysis.Clause) -> Bool {
    fact.endToken < clause.tokens.count && clause.tokens[fact.endToken].text == ","
  }

  /// Whether the sentence's enumeration began before the names of `fact` ("by A, B, the [C, D
  /// and E]"): the gap would cut the list.
  func listBeganBefore(_ fact: Fact, _ clause: DocumentAnalysis.Clause) -> Bool {
    var before = fact.firstToken - 1
    if before >= 0, ["the", "a", "an"].contains(clause.tokens[before].lower) { before -= 1 }
    return before >= 0 && clause.tokens[before].text == ","
  }

  /// How many cards `clause` may give: longer sentences hold more facts.
  func cap(for clause: DocumentAnalysis.Clause) -> Int {
    let wordCount = clause.tokens.count(where: \.isWord)
    let (second, third) = generous ? (10, 16) : (10, 20)
    // The tail (`--more`) may take a fourth card from a long sentence.
    let fourth = generous && wordCount >= 28 ? 1 : 0
    return min(maxPerSentence, 1 + (wordCount >= second ? 1 : 0) + (wordCount >= third ? 1 : 0) + fourth)
  }

  /// A fact chosen for a clause, with what merging needs before the card is written.
  ///
  /// A document has hundreds of thousands of picks, so a pick names its fact by its place in the
  /// clause's facts rather than holding a copy.
  struct Pick {
    /// The place of the fact to ask in its clause's facts.
    var factIndex: Int32
    /// Its rank among the clause's picks, 0 for the best.
    var rank: Int32
    /// Its score when it was picked (after the clause's earlier picks lowered it): later rounds
    /// keep the best-scored second cards when the budget cuts.
    var score: Float = 0
    /// The content words of the prompt, for near-duplicates.
    var promptWords: PromptWords
    /// The folded answer with its hash worked out beforehand, on the worker that made the pick.
    var answerID: AnswerID

    /// The folded answer.
    var answerKey: String { answerID.text }
  }

  /// A folded answer that carries its own hash, so that a dictionary keyed by it hashes one number
  /// instead of the whole text.
  struct AnswerID: Hashable {
    let text: String
    let hash: Int

    init(_ text: String) {
      self.text = text
      hash = text.hashValue
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.hash == rhs.hash && lhs.text == rhs.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  }

  /// The text before and after the gap, without an acronym that would give the expansion away,
  /// nor white space at the prompt's edges (a deck file drops it, so the card would not read back).
  private func promptParts(_ fact: Fact, _ clause: DocumentAnalysis.Clause) -> (
    before: String, after: String, folded: String
  ) {
    let chars = CharacterText(clause.text)
    let before = String(chars[..<fact.start].drop(while: \.isWhitespace))
    var afterStart = fact.end
    let tokens = clause.tokens
    if fact.endToken + 2 < tokens.count, tokens[fact.endToken].text == "(", tokens[fact.endToken + 2].text == ")",
      analysis.acronyms.contains(where: { $0.short == tokens[fact.endToken + 1].text })
    {
      afterStart = tokens[fact.endToken + 2].end
    }
    var after = chars[afterStart...]
    while after.last?.isWhitespace == true { after.removeLast() }
    let folded = TextNormalizer.fold(before + " " + after)
    // A short sentence gets its section as context so the card can be understood alone.
    if TextNormalizer.contentWords(folded: folded).count < 3 {
      let context = clause.topic ?? analysis.outline.title ?? ""
      if !context.isEmpty {
        let before = "\(context): " + before
        return (before, after, TextNormalizer.fold(before + " " + after))
      }
    }
    return (before, after, folded)
  }

  /// The card of `pick`, written out.
  func draft(_ pick: Pick, clause: DocumentAnalysis.Clause) -> CardDraft {
    let fact = clause.facts[Int(pick.factIndex)]
    let index = Int(pick.rank)
    let parts = promptParts(fact, clause)
    let content: Note.Content
    // Only years and dates get options: a document's names are of too many kinds for wrong
    // choices of the answer's own kind and shape, and a wrong kind gives the answer away.
    let wantsChoice = fact.kind == .year || fact.kind == .date
    if let items = CardRules.nameListItems(fact.text), !listGoesOn(fact, clause) {
      let after = TextScan.trimmed(parts.after)
      let rest = after.count <= 1 ? "" : " " + after
      let prompt = "Complete the list (\(items.count) items): \(parts.before)\u{2026}\(rest)"
      content = .list(prompt: prompt, items: items, ordered: false)
    } else if index == 0, let question = QuestionPattern.when(fact, in: clause) {
      content = .qa(question: question, answer: fact.text, reverse: false)
    } else if wantsChoice,
      let choice = analysis.options.options(
        for: fact.text, kind: fact.kind, excluding: parts.folded,
        accepting: { OptionRules.problem(option: $0, answer: fact.text, kind: fact.kind, knowledge: knowledge) == nil })
    {
      content = .mcq(prompt: parts.before + "____" + parts.after, options: choice.options, correct: choice.correct)
    } else {
      let lastWord = fact.text.split(separator: " ").last.flatMap { word -> NounCategory? in
        fact.text.contains(" ") ? knowledge.lexicon?.category(of: String(word)) : nil
      }
      let next = fact.endToken < clause.tokens.count ? clause.tokens[fact.endToken].lower : nil
      var hint = GapHint.hint(
        for: fact, category: analysis.categories[fact.folded], lastWord: lastWord, next: next)
      if fact.kind == .acronym, let kind = analysis.acronymKinds[fact.text] { hint = kind.rawValue }
      var segments: [ClozeText.Segment] = []
      if !parts.before.isEmpty { segments.append(.text(parts.before)) }
      segments.append(.gap(answer: fact.text, hint: hint))
      if !parts.after.isEmpty { segments.append(.text(parts.after)) }
      content = .cloze(ClozeText(segments: segments))
    }
    return CardDraft(
      content: content, answerKey: pick.answerKey, promptWords: pick.promptWords, tier: index + 1,
      order: clause.order, line: clause.line, topic: clause.topic, answer: fact.text)
  }
}
