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
    let (outline, vocabulary) = ParallelMap.both({ DocumentOutline(text: text) }, { Self.lowercaseWords(text) })
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

  /// The whole-document steps: acronyms, the main subject, name scores and the option pools.
  private mutating func finish() {
    findAcronyms()
    let counts = countNames()
    findSubject(counts.names)
    adjustNameScores(counts.names)
    let places = counts.places
    options.ordinary = tokenizer.lowercaseVocabulary
    for heading in outline.headings + [outline.title].compactMap({ $0 }) where headings[heading] == nil {
      headings[heading] = FoldedHeading(heading)
    }
    if lexicon != nil { classifyNames() }
    for index in clauses.indices {
      // A name read as a place once ("in Afghanistan") is a place wherever else it stands.
      if !places.isEmpty, clauses[index].facts.contains(where: { $0.kind == .name && places.contains($0.folded) }) {
        for factIndex in clauses[index].facts.indices
        where clauses[index].facts[factIndex].kind == .name && places.contains(clauses[index].facts[factIndex].folded) {
          clauses[index].facts[factIndex].kind = .place
        }
      }
      for fact in clauses[index].facts where fact.kind != .phrase && fact.kind != .action {
        if !subject.contains(fact.folded) { options.add(fact.text, folded: fact.folded, kind: fact.kind) }
      }
    }
  }

  /// Names of no known kind given the kind the lexicon knows them by ("Uppsala" is a city), and
  /// every name's category kept for its hint.
  private mutating func classifyNames() {
    guard let lexicon else { return }
    for index in clauses.indices {
      for factIndex in clauses[index].facts.indices where clauses[index].facts[factIndex].kind.isName {
        let fact = clauses[index].facts[factIndex]
        guard fact.kind != .acronym, fact.text.first?.fastIsUppercase == true else { continue }
        let category: NounCategory?
        if let known = categories[fact.folded] {
          category = known
        } else {
          category = lexicon.category(of: fact.text)
          if let category { categories[fact.folded] = category }
        }
        guard fact.kind == .name, let category else { continue }
        switch category {
        case .country, .city, .place: clauses[index].facts[factIndex].kind = .place
        case .person: clauses[index].facts[factIndex].kind = .person
        case .organisation: clauses[index].facts[factIndex].kind = .organisation
        case .event: clauses[index].facts[factIndex].kind = .event
        case .document: clauses[index].facts[factIndex].kind = .document
        case .language, .time: break
        }
      }
    }
  }

  /// The clauses of one unit of the outline: most units give one clause or none, which then need
  /// no array of their own.
  private enum UnitClauses {
    case none
    case one(Clause)
    case many([Clause])

    var count: Int {
      switch self {
      case .none: 0
      case .one: 1
      case .many(let clauses): clauses.count
      }
    }

    mutating func append(_ clause: Clause) {
      switch self {
      case .none: self = .one(clause)
      case .one(let first): self = .many([first, clause])
      case .many(var clauses):
        self = .none
        clauses.append(clause)
        self = .many(clauses)
      }
    }
  }

  /// Adds the clauses of `sentence` worth making cards from, with their candidate facts, to `result`.
  private static func addClauses(
    of sentence: DocumentOutline.Sentence, to result: inout UnitClauses, cleaner: SentenceCleaner,
    tokenizer: Tokenizer, memo: inout Tokenizer.Memo
  ) {
    // A "sentence" of thousands of characters is a run-on block, not a fact to ask about, and
    // skipping it keeps the work per sentence bounded.
    guard sentence.text.utf8.count <= Self.longestSentence else { return }
    for clause in cleaner.clauses(of: sentence.text, previous: sentence.previous, memo: &memo) {
      let tokens = tokenizer.tokens(of: clause, memo: &memo)
      memo.recent = (clause, tokens, nil)
      guard tokens.count(where: \.isWord) >= 4 else { continue }
      var facts = PhraseFinder(sentence: clause, tokens: tokens).facts()
      memo.recent = (clause, tokens, facts)
      // A year put in for "that same year" was asked about in its own sentence.
      if facts.indices.contains(where: { facts[$0].kind == .year && !TextScan.contains(sentence.text, facts[$0].text) })
      {
        facts.removeAll { $0.kind == .year && !TextScan.contains(sentence.text, $0.text) }
      }
      for index in facts.indices { facts[index].folded = TextNormalizer.fold(facts[index].text) }
      var analysed = Clause(
        text: clause, tokens: tokens, facts: facts, line: sentence.line, topic: sentence.topic, order: 0)
      analysed.acronyms = acronymCandidates(tokens: tokens, facts: facts)
      result.append(analysed)
    }
  }

  /// How often each folded name occurs, in all and in how many clauses, counted in one pass for
  /// both `findSubject` and `adjustNameScores`; and the names read as places somewhere.
  private func countNames() -> (names: [String: (total: Int, clauses: Int)], places: Set<String>) {
    var counts: [String: (total: Int, clauses: Int)] = [:]
    var places = Set<String>()
    for index in clauses.indices {
      // Each name counts once per clause.
      var seen: [String] = []
      for fact in clauses[index].facts where fact.kind.isName {
        let first = !seen.contains(fact.folded)
        counts[fact.folded, default: (0, 0)].total += 1
        guard first else { continue }
        seen.append(fact.folded)
        counts[fact.folded, default: (0, 0)].clauses += 1
        if fact.kind == .place {
          places.insert(fact.folded)
          // "the Kingdom of Oskar": "Oskar" alone is a place too.
          if let of = TextScan.byteOffset(of: " of ", in: fact.folded) {
            places.insert(String(decoding: fact.folded.utf8.dropFirst(of + 4), as: UTF8.self))
          }
        }
      }
    }
    return (counts, places)
  }

  /// Names met in many sentences, or naming the section they stand in, say little: lower them.
  private mutating func adjustNameScores(_ counts: [String: (total: Int, clauses: Int)]) {
    // Clauses under one heading follow each other: fold each heading once.
    var lastTopic: String?
    var foldedTopic: String?
    for index in clauses.indices where clauses[index].facts.contains(where: { $0.kind.isName }) {
      let topic = clauses[index].topic
      // Compared byte by byte: a differently spelled equal heading is folded on its own.
      let sameTopic =
        topic.map { ($0.utf8.elementsEqual(lastTopic?.utf8 ?? "".utf8)) && lastTopic != nil } ?? (lastTopic == nil)
      if !sameTopic {
        lastTopic = topic
        foldedTopic = topic.map(TextNormalizer.fold)
      }
      // Take the facts out while changing them, so that they are not copied.
      var facts = clauses[index].facts
      clauses[index].facts = []
      for factIndex in facts.indices where facts[factIndex].kind.isName {
        let key = facts[factIndex].folded
        if (counts[key]?.clauses ?? 0) >= 4 { facts[factIndex].score -= 1.5 }
        if key == foldedTopic { facts[factIndex].score -= 2 }
      }
      clauses[index].facts = facts
    }
  }

  /// The longest sentence, in UTF-8 bytes, that cards are made from.
  static let longestSentence = 1_000

  /// Words written in lower case somewhere in the text.
  private static func lowercaseWords(_ text: String) -> Set<String> {
    var result = Set<String>()
    // ASCII words met before are recognised by a cheap hash of their bytes before any string is made.
    var seen = WordMemo<Bool>()
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var isASCII = true
    var index = scalars.startIndex
    // A word is a run of letters; it is kept when its first character is lower case, which for an
    // ASCII word is its first byte, and for any other word is asked of its first Character.
    func keep(upTo end: String.Index) {
      guard start < end else { return }
      let first = scalars[start].value
      if isASCII {
        if (0x61...0x7A).contains(first) {
          let added: Bool? = text.utf8[start..<end].withContiguousStorageIfAvailable { bytes in
            let (hash, _) = WordMemo<Bool>.hash(bytes)
            guard seen.entry(of: bytes, hash: hash) == nil else { return true }
            let word = String(decoding: bytes, as: UTF8.self)
            seen.insert(word, bytes: bytes, hash: hash, value: true)
            result.insert(word)
            return true
          }
          if added == nil { result.insert(String(scalars[start..<end])) }
        }
      } else if !(0x41...0x5A).contains(first) || scalars.index(after: start) < end {
        let word = String(scalars[start..<end])
        if let character = word.first, character.fastIsLowercase { result.insert(word) }
      }
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let value = scalar.value
      let isASCIILetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      if isASCIILetter || (value > 0x7F && scalar.properties.isAlphabetic) {
        if value > 0x7F { isASCII = false }
      } else {
        keep(upTo: index)
        start = scalars.index(after: index)
        isASCII = true
      }
      index = scalars.index(after: index)
    }
    keep(upTo: scalars.endIndex)
    return result
  }

  private mutating func findAcronyms() {
    var seen = Set<String>()
    // Fields are read in place: copying a clause would retain all its arrays.
    for index in clauses.indices where !clauses[index].acronyms.isEmpty {
      for candidate in clauses[index].acronyms where seen.insert(candidate.short).inserted {
        acronyms.append(
          Acronym(
            short: candidate.short, expansion: candidate.expansion, line: clauses[index].line,
            topic: clauses[index].topic, order: clauses[index].order))
        // "the RWC" is asked as what "Regional Water Council" is: an organisation.
        if candidate.kind != .name { acronymKinds[candidate.short] = candidate.kind }
      }
    }
  }

  /// The names of a clause followed by an acronym in brackets that abbreviates them, in order.
  private static func acronymCandidates(
    tokens: [Token], facts: [Fact]
  ) -> [(short: String, expansion: String, kind: FactKind)] {
    var result: [(short: String, expansion: String, kind: FactKind)] = []
    // Fields are read in place and the tag is tested first: copying facts and tokens retains their
    // strings, and most names are not followed by an acronym.
    for index in facts.indices where facts[index].kind.isName && facts[index].kind != .acronym {
      let end = facts[index].endToken
      guard end + 2 < tokens.count, tokens[end + 1].tag == .acronym, tokens[end].text == "(",
        tokens[end + 2].text == ")", initialsMatch(tokens[end + 1].text, facts[index].text)
      else { continue }
      result.append((tokens[end + 1].text, facts[index].text, facts[index].kind))
    }
    return result
  }

  /// Whether `short` could abbreviate `long` (first letters agree, letter counts close).
  static func initialsMatch(_ short: String, _ long: String) -> Bool {
    let letters = short.filter(\.fastIsLetter)
    let initials = long.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first).filter(\.fastIsUppercase)
    guard let first = letters.first, let firstInitial = initials.first else { return false }
    return first == firstInitial && abs(initials.count - letters.count) <= 2
  }

  private mutating func findSubject(_ names: [String: (total: Int, clauses: Int)]) {
    var counts: [String: Int] = [:]
    // The first acronym of each folded expansion, as a linear search in document order would find.
    var shortOf: [String: String] = [:]
    for pair in acronyms where shortOf[TextNormalizer.fold(pair.expansion)] == nil {
      shortOf[TextNormalizer.fold(pair.expansion)] = TextNormalizer.fold(pair.short)
    }
    // Each name's count goes to its acronym when it has one.
    for (name, count) in names { counts[shortOf[name] ?? name, default: 0] += count.total }
    // The two most frequent names (ties broken by the name), found in one pass instead of a sort.
    func ranksBefore(_ lhs: (key: String, value: Int), _ rhs: (key: String, value: Int)) -> Bool {
      lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }
    var top: (key: String, value: Int)?
    var runnerUp: (key: String, value: Int)?
    for entry in counts {
      if let best = top, !ranksBefore(entry, best) {
        if runnerUp.map({ ranksBefore(entry, $0) }) ?? true { runnerUp = entry }
      } else {
        runnerUp = top
        top = entry
      }
    }
    if let top, top.value >= 3, top.value * 2 >= (runnerUp?.value ?? 0) * 3 {
      subject.insert(top.key)
    }
    if let title = outline.title.map(TextNormalizer.fold) {
      for (key, _) in counts where key == title || (key.contains(" ") && TextNormalizer.containsWords(title, key)) {
        subject.insert(key)
      }
    }
    for pair in acronyms where subject.contains(TextNormalizer.fold(pair.short)) {
      subject.insert(TextNormalizer.fold(pair.expansion))
    }
  }
}
