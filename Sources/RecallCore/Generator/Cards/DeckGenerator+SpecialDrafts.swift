extension DeckGenerator {
  /// List cards.
  static func listDrafts(
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
  func acronymDrafts(_ analysis: DocumentAnalysis, title: String) -> [CardDraft] {
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
}
