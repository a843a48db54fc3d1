extension DeckGenerator {
  /// List cards: of formatted lists, of fact-sheet fields whose value is a list, and of the
  /// enumerations inside sentences.
  static func listDrafts(
    _ outline: DocumentOutline, title: String, tokenizer: Tokenizer, cleaner: SentenceCleaner
  ) -> [CardDraft] {
    let listPrompt = ListPrompt(tokenizer: tokenizer, cleaner: cleaner)
    let subject: CardRules.SubjectPronouns =
      switch cleaner.mainSubject?.reference {
      case .he: .he
      case .she: .she
      default: .none
      }
    let owner = cleaner.mainSubject.flatMap { $0.reference == .it ? $0.name : nil }
    var drafts: [CardDraft] = []
    func add(_ prompt: String, _ items: [String], ordered: Bool, order: Int, line: Int, topic: String?) {
      drafts.append(
        CardDraft(
          content: .list(prompt: prompt, items: items, ordered: ordered),
          answerKey: TextNormalizer.fold(items.joined(separator: " ")),
          promptWords: PromptWords(TextNormalizer.contentWords(prompt)), tier: 0, order: -100_000 + order,
          line: line, topic: topic, answer: items.first ?? prompt))
    }
    func addField(_ line: String, order: Int, lineNumber: Int, topic: String?) {
      guard let field = FieldList.split(line) else { return }
      let prompt = ListPrompt.fieldPrompt(
        label: field.label, count: field.items.count, topic: topic, title: title, subject: owner)
      add(prompt, field.items, ordered: false, order: order, line: lineNumber, topic: topic)
    }
    // Sentences with an enumeration are few; finding it needs their tokens, read on all cores.
    let sentences = outline.units.enumerated().compactMap { index, unit -> (Int, DocumentOutline.Sentence)? in
      guard case .sentence(let sentence) = unit, SentenceEnumeration.mayHold(sentence.text) else { return nil }
      return (index, sentence)
    }
    let found = ParallelMap.map(sentences) { index, sentence -> (Int, [(String, [String])]) in
      guard FieldList.split(sentence.text) == nil else { return (index, []) }
      let tokens = tokenizer.tokens(of: sentence.text)
      let lists = SentenceEnumeration.find(in: tokens, text: CharacterText(sentence.text)).compactMap { enumeration in
        listPrompt.prompt(for: enumeration, in: sentence, tokens: tokens, subject: subject).map {
          ($0, enumeration.items)
        }
      }
      return (index, lists)
    }
    var enumerations: [Int: [(String, [String])]] = [:]
    for (index, lists) in found where !lists.isEmpty { enumerations[index] = lists }
    var order = 0
    for (index, unit) in outline.units.enumerated() {
      order += 1
      switch unit {
      case .list(let list):
        if list.isFieldList {
          for (item, line) in zip(list.items, list.itemLines) {
            addField(item, order: order, lineNumber: line, topic: list.topic)
          }
          continue
        }
        guard var asked = studyItems(of: list) else { continue }
        asked.items = asked.items.map { item in
          TextScan.contains(item, ", which ") || TextScan.contains(item, ", who ")
            ? FieldList.head(of: item) ?? item : item
        }
        let prompt =
          asked.leadIn.flatMap(FieldList.label(ofLeadIn:)).map {
            ListPrompt.fieldPrompt(
              label: $0, count: asked.items.count, topic: list.topic, title: title, subject: owner)
          } ?? listPrompt.prompt(for: asked, fallback: title)
        add(prompt, asked.items, ordered: list.ordered, order: order, line: list.line, topic: list.topic)
      case .sentence(let sentence):
        if let lists = enumerations[index] {
          for (prompt, items) in lists {
            add(prompt, items, ordered: false, order: order, line: sentence.line, topic: sentence.topic)
          }
        } else {
          addField(sentence.text, order: order, lineNumber: sentence.line, topic: sentence.topic)
        }
      }
    }
    return drafts
  }

  /// The list as a list card asks it: a study list as it is, or a list of long items that each open
  /// with a short name ("Constitution Day, 26 November, which marks ...") by those names; nil
  /// when it makes no list card.
  static func studyItems(of list: DocumentOutline.List) -> DocumentOutline.List? {
    if list.isStudyList { return list }
    guard (2...15).contains(list.items.count) else { return nil }
    let heads = list.items.compactMap(FieldList.head(of:))
    guard heads.count == list.items.count, Set(heads.map { $0.lowercased() }).count == heads.count else { return nil }
    var named = list
    named.items = heads
    return named
  }

  /// Acronym cards.
  func acronymDrafts(_ analysis: DocumentAnalysis, title: String) -> [CardDraft] {
    var drafts: [CardDraft] = []
    // Even the main subject's acronym is worth a card: its expansion is a fact, not a gap.
    for acronym in analysis.acronyms {
      // The context must not give the expansion away.
      let expansion = TextNormalizer.fold(acronym.expansion)
      if Self.isCommonKnowledge(acronym, lexicon: lexicon),
        !analysis.subject.contains(expansion), !analysis.subject.contains(TextNormalizer.fold(acronym.short))
      {
        continue
      }
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

  /// Whether the lexicon knows `acronym` as the same kind of thing as its expansion ("NATO", "UN"):
  /// what it stands for is general knowledge, not a fact of a document that only mentions it.
  static func isCommonKnowledge(_ acronym: DocumentAnalysis.Acronym, lexicon: (any EnglishLexicon)?) -> Bool {
    guard let lexicon, let kind = lexicon.category(of: acronym.short.lowercased()) else { return false }
    return lexicon.category(of: acronym.expansion.lowercased()) == kind
  }
}
