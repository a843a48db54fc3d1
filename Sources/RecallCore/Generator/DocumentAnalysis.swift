/// A document's clauses with their candidate facts, and what is known across the whole document:
/// its main subject, its acronyms and the facts of each kind.
struct DocumentAnalysis {
  /// A clause ready for cards.
  struct Clause {
    var text: String
    var tokens: [Token]
    var facts: [Fact]
    var line: Int
    var topic: String?
    var order: Int
    /// The acronyms this clause introduces after a name ("... Agency (IAEA)"), with the name and its kind,
    /// found on the worker that read the clause; `findAcronyms` keeps the first of each.
    var acronyms: [(short: String, expansion: String, kind: FactKind)] = []
  }

  /// An acronym with its expansion, as introduced in the document ("... Agency (IAEA)").
  struct Acronym {
    var short: String
    var expansion: String
    var line: Int
    var topic: String?
    var order: Int
  }

  var outline: DocumentOutline
  var tokenizer: Tokenizer
  var cleaner: SentenceCleaner
  var clauses: [Clause] = []
  var acronyms: [Acronym] = []
  /// Folded names that are the document's main subject and so never a gap.
  var subject: Set<String> = []
  /// Same-kind answers for multiple-choice options.
  var options = OptionPicker()
  /// The kind of each acronym whose expansion says it, for its hint.
  var acronymKinds: [String: FactKind] = [:]
  /// Each heading (and the title) folded, for the cards under it.
  var headings: [String: FoldedHeading] = [:]
  /// English word knowledge, when there is any.
  var lexicon: (any EnglishLexicon)?
  /// The lexicon's category of each folded name it knows, for hints.
  var categories: [String: NounCategory] = [:]

  /// Analyses `text`.
  init(text: String) {
    self.init(reading: text)
    finish()
  }

  /// The analysis of `text`, and `side` worked out from its outline at the same time as the
  /// analysis's last, whole-document steps.
  static func analyse<Side: Sendable>(
    text: String, lexicon: (any EnglishLexicon)? = nil, progress: (@Sendable (Double) -> Void)? = nil,
    alongside side: @Sendable (DocumentOutline, Tokenizer, SentenceCleaner) -> Side
  ) -> (DocumentAnalysis, Side) {
    var analysis = DocumentAnalysis(reading: text, progress: progress)
    analysis.lexicon = lexicon
    let (outline, tokenizer, cleaner) = (analysis.outline, analysis.tokenizer, analysis.cleaner)
    // `finish` changes only what `side` does not read (clauses, acronyms, subject, options).
    let sideResult = withUnsafeMutablePointer(to: &analysis) { pointer in
      let slot = AnalysisSlot(pointer: pointer)
      return ParallelMap.both({ slot.pointer.pointee.finish() }, { side(outline, tokenizer, cleaner) }).1
    }
    return (analysis, sideResult)
  }

  /// The analysis being finished, shared with the thread that finishes it.
  private struct AnalysisSlot: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<DocumentAnalysis>
  }

  /// The document's outline and clauses with their facts, before the whole-document steps.
  private init(reading text: String, progress: (@Sendable (Double) -> Void)? = nil) {
    // The outline and the vocabulary are independent readings of the text.
    let (outline, vocabulary) = ParallelMap.both({ DocumentOutline(text: text) }, { Vocabulary.lowercaseWords(text) })
    self.outline = outline
    tokenizer = Tokenizer(lowercaseVocabulary: vocabulary)
    cleaner = SentenceCleaner(tokenizer: tokenizer, mainSubject: MainSubject.find(in: outline))
    let cleaner = cleaner
    let tokenizer = tokenizer
    // Sentences are analysed independently (on all cores) and put back in document order.
    // The items of lists too long for a list card, or with items of a sentence's length, are read as
    // sentences.
    var chunkProgress: (@Sendable (Int, Int) -> Void)?
    if let progress {
      chunkProgress = { @Sendable chunk, count in progress(Double(chunk) / Double(max(1, count))) }
    }
    var analysed = ParallelMap.map(outline.units, state: Tokenizer.Memo.init, progress: chunkProgress) {
      memo, unit -> UnitClauses in
      var result = UnitClauses.none
      switch unit {
      case .sentence(let sentence):
        Self.addClauses(of: sentence, to: &result, cleaner: cleaner, tokenizer: tokenizer, memo: &memo)
      case .list(let list) where list.itemsReadAsSentences:
        for (item, line) in zip(list.items, list.itemLines) {
          // A bullet of several sentences is read sentence by sentence.
          var previous = list.leadIn
          for piece in SentenceSplitter.split(item) {
            let sentence = DocumentOutline.Sentence(text: piece.text, line: line, topic: list.topic, previous: previous)
            Self.addClauses(of: sentence, to: &result, cleaner: cleaner, tokenizer: tokenizer, memo: &memo)
            previous = piece.text
          }
        }
      case .list: break
      }
      return result
    }

    clauses.reserveCapacity(analysed.reduce(0) { $0 + $1.count })
    // Each unit's clauses are moved out rather than copied (a copy retains every array of a clause).
    analysed.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      for index in buffer.indices {
        let part = (base + index).move()
        (base + index).initialize(to: .none)
        switch consume part {
        case .none: break
        case .one(let clause): clauses.append(clause)
        case .many(let some): clauses += some
        }
      }
    }
    for index in clauses.indices { clauses[index].order = index }
  }

  /// The whole-document passes, in order: entities (acronyms, how often each name occurs),
  /// coreference (the main subject), ranking (name scores), entities again (the lexicon's
  /// categories, places) and the option pools the card drafts draw on.
  private mutating func finish() {
    findAcronyms()
    let counts = countNames()
    findSubject(counts.names)
    adjustNameScores(counts.names)
    options.ordinary = tokenizer.lowercaseVocabulary
    for heading in outline.headings + [outline.title].compactMap({ $0 }) where headings[heading] == nil {
      headings[heading] = FoldedHeading(heading)
    }
    if lexicon != nil { classifyNames() }
    markPlaces(counts.places)
    collectOptions()
  }
}
