/// The generator's checks asked of the cards of any deck, hand-written ones included: each card
/// that would mislead or bore a student gets a warning at its line, with the reason.
public struct DeckCardCheck: Sendable {
  /// English word knowledge, when there is any.
  public var lexicon: (any EnglishLexicon)?

  /// Creates a check.
  public init(lexicon: (any EnglishLexicon)? = nil) {
    self.lexicon = lexicon
  }

  /// Warnings for the cards of `deck`, read from `file`, in line order.
  public func warnings(for deck: Deck, file: String) -> [Diagnostic] {
    let tokenizer = Tokenizer()
    let knowledge = CardRules.Knowledge(lexicon: lexicon)
    var result: [Diagnostic] = []
    func warn(_ problem: CardProblem, _ note: Note) {
      result.append(Diagnostic(file: file, line: note.line, severity: .warning, message: problem.description))
    }
    for note in deck.notes {
      for problem in problems(of: note, tokenizer: tokenizer, knowledge: knowledge) { warn(problem, note) }
    }
    return result
  }

  /// The problems of one note, each named once.
  func problems(of note: Note, tokenizer: Tokenizer, knowledge: CardRules.Knowledge) -> [CardProblem] {
    var found: [CardProblem] = []
    func add(_ problem: CardProblem?) {
      if let problem, !found.contains(problem) { found.append(problem) }
    }
    switch note.content {
    case .cloze(let cloze):
      var gapIndex = 0
      for segment in cloze.segments {
        guard case .gap(let answer, let hint) = segment else { continue }
        let (before, after) = Self.around(gap: gapIndex, of: cloze)
        add(gapProblem(before: before, answer: answer, after: after, hint: hint, tokenizer: tokenizer, knowledge))
        gapIndex += 1
      }
    case .mcq(let prompt, let options, let correct):
      guard options.indices.contains(correct) else { break }
      let answer = options[correct]
      let parts = prompt.components(separatedBy: "____")
      if parts.count == 2 {
        add(gapProblem(before: parts[0], answer: answer, after: parts[1], hint: nil, tokenizer: tokenizer, knowledge))
      }
      let kind = Self.kind(of: answer, hint: nil)
      for (index, option) in options.enumerated() where index != correct {
        add(OptionRules.problem(option: option, answer: answer, kind: kind, knowledge: knowledge, strict: false))
      }
    case .qa(let question, let answer, _):
      let tokens = tokenizer.tokens(of: question)
      let words = tokens.count(where: \.isWord)
      if words > CardRules.maxPromptWords { add(.tooLong(words: words)) }
      if let first = tokens.first, Lexicon.danglingStarts.contains(first.lower) { add(.danglingStart(first.text)) }
      let filled = tokenizer.tokens(of: question + " " + answer)
      let gap = tokens.count..<filled.count
      if CardRules.answerShows(tokens: filled, gap: gap, answer: answer, knowledge: knowledge) {
        add(.answerInPrompt(answer))
      }
    case .list(let prompt, _, _):
      let words = tokenizer.tokens(of: prompt).count(where: \.isWord)
      if words > CardRules.maxPromptWords { add(.tooLong(words: words)) }
    }
    return found
  }

  /// The problem of a gap `answer` between `before` and `after`.
  private func gapProblem(
    before: String, answer: String, after: String, hint: String?, tokenizer: Tokenizer,
    _ knowledge: CardRules.Knowledge
  ) -> CardProblem? {
    let sentence = before + answer + after
    let tokens = tokenizer.tokens(of: sentence)
    if let problem = CardRules.promptProblem(tokens: tokens, lexicon: knowledge.lexicon) { return problem }
    if let problem = CardRules.contextProblem(tokens: tokens) { return problem }
    let start = TextScan.characterCount(before)
    let end = start + TextScan.characterCount(answer)
    let first = tokens.firstIndex { $0.end > start } ?? tokens.count
    let last = tokens.lastIndex { $0.start < end }.map { $0 + 1 } ?? first
    guard first < last else { return nil }
    return CardRules.gapProblem(
      tokens: tokens, gap: first..<last, kind: Self.kind(of: answer, hint: hint), answer: answer, sentence: sentence,
      knowledge: knowledge)
  }

  /// The text before and after gap `index` of `cloze`, the other gaps filled in.
  private static func around(gap index: Int, of cloze: ClozeText) -> (String, String) {
    var before = ""
    var after = ""
    var seen = 0
    var passed = false
    for segment in cloze.segments {
      var text = ""
      switch segment {
      case .text(let plain): text = plain
      case .gap(let answer, _):
        if seen == index { passed = true } else { text = answer }
        seen += 1
      }
      if passed { after += text } else { before += text }
    }
    return (before, after)
  }

  /// The kind of an answer as its hint names it, or as it is written: digits, a capital, words.
  static func kind(of answer: String, hint: String?) -> FactKind {
    if let hint, let kind = FactKind(rawValue: hint) { return kind }
    if let hint, ["country", "city"].contains(hint) { return .place }
    if hint == "office" { return .person }
    // A hint of the author's own ("kind of country") says the gap is a term they chose.
    if hint != nil { return .term }
    if answer.allSatisfy({ $0.fastIsNumber || ",.".contains($0) }) { return .number }
    if answer.first?.fastIsNumber == true { return .date }
    if answer.first?.fastIsUppercase == true { return .name }
    return .phrase
  }
}
