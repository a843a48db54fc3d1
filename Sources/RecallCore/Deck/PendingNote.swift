/// A note being read: its first line and the lines gathered below it so far.
struct PendingNote {
  struct Item {
    var text: String
    var numbered: Bool
    var correct: Bool
    var line: Int
  }

  var kind: CardKind
  var text: String
  var line: Int
  var column: Int
  var topic: String?
  var answer: String?
  var answerLine: Int?
  var items: [Item] = []
  var alternatives: [String] = []
  var tags: [String] = []
  var explicitID: String?
  var idLine: Int?
  var source: String?
  var reverse = false

  init(kind: CardKind, text: String, line: Int, column: Int, topic: String?) {
    self.kind = kind
    self.text = text
    self.line = line
    self.column = column
    self.topic = topic
  }

  mutating func apply(_ field: DeckField, value: String, line: Int, column: Int, state: inout DeckParserState) {
    switch field {
    case .answer:
      guard kind == .qa else {
        state.error(
          line, 1, "`A:` belongs to a `Q:` card, not to a \(kind.displayName) card; remove it or start a `Q:` card")
        return
      }
      if let first = answerLine {
        state.error(
          line, 1,
          "second answer for the question (the first is on line \(first)); put other accepted answers on an `Also:` line"
        )
        return
      }
      answer = value
      answerLine = line
    case .also:
      alternatives += value.split(separator: ";").map { String(trimWhitespace($0)) }.filter { !$0.isEmpty }
    case .tags:
      tags += value.split(separator: ",").map { String(trimWhitespace($0)) }.filter { !$0.isEmpty }
    case .id:
      if let first = idLine {
        state.error(line, 1, "second `id:` for this card (the first is on line \(first)); a card has one id")
        return
      }
      guard value.utf8.allSatisfy(Self.isIDByte) else {
        state.error(
          line, column,
          "id \"\(value)\" may hold only letters, digits, `-`, `_` and `.`; e.g. `id: \(Self.slug(value))`")
        return
      }
      explicitID = value
      idLine = line
    case .source:
      source = value
    case .reverse:
      switch value.lowercased() {
      case "yes", "true", "y": reverse = true
      case "no", "false", "n": reverse = false
      default: state.error(line, column, "`Reverse:` takes `yes` or `no`, not \"\(value)\"")
      }
      if reverse, kind != .qa {
        state.error(line, 1, "`Reverse:` works on `Q:` cards only")
      }
    case .question, .cloze, .list, .choice:
      break
    }
  }

  /// The finished note, or nil after reporting why it is not sound.
  func build(state: inout DeckParserState) -> Note? {
    let content: Note.Content
    switch kind {
    case .qa:
      guard let answer else {
        state.error(line, 1, "question without an answer; add an `A:` line below it")
        return nil
      }
      content = .qa(question: text, answer: answer, reverse: reverse)
    case .cloze:
      switch ClozeSyntax.parse(text[...]) {
      case .failure(let problem):
        state.error(line, column + problem.offset, problem.message)
        return nil
      case .success(let cloze):
        guard cloze.gapCount > 0 else {
          state.error(
            line, column, "cloze without a gap; mark the hidden part with brackets, e.g. `sent [30] engineers`")
          return nil
        }
        if let problem = Self.sizeProblem(of: cloze, length: text.count) {
          state.error(line, column, problem)
          return nil
        }
        content = .cloze(cloze)
      }
    case .list:
      guard !items.isEmpty else {
        state.error(line, 1, "list with no items; add its items below it as `- item` (or `1. item` when order matters)")
        return nil
      }
      let numbered = items.filter(\.numbered).count
      if numbered != 0, numbered != items.count {
        state.error(line, 1, "list mixes numbered and bulleted items; number them all (ordered) or bullet them all")
        return nil
      }
      content = .list(prompt: text, items: items.map(\.text), ordered: numbered == items.count)
    case .mcq:
      let correct = items.indices.filter { items[$0].correct }
      guard items.count >= 2 else {
        state.error(
          line, 1,
          "multiple-choice with \(items.count) option(s); give at least two, as `- [x] right` and `- [ ] wrong`")
        return nil
      }
      guard correct.count == 1, let right = correct.first else {
        let lines = correct.map { String(items[$0].line) }.joined(separator: ", ")
        state.error(
          line, 1,
          correct.isEmpty
            ? "multiple-choice with no correct option; mark the right one `- [x] ...`"
            : "multiple-choice with \(correct.count) correct options (lines \(lines)); mark exactly one `- [x]`")
        return nil
      }
      content = .mcq(prompt: text, options: items.map(\.text), correct: right)
    }
    return Note(
      content: content, explicitID: explicitID, alternatives: alternatives, tags: tags, source: source,
      topic: topic, line: line)
  }

  static func isIDByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
      true
    default: false
    }
  }

  /// Why a cloze is too big for its cards (`ClozeText.maxGaps`, `maxLengthWithSeveralGaps`), if it is.
  static func sizeProblem(of cloze: ClozeText, length: Int) -> String? {
    let gaps = cloze.gapCount
    if gaps > ClozeText.maxGaps {
      return "cloze with \(gaps) gaps; a note may have at most \(ClozeText.maxGaps) (each gap is a card): "
        + "split the sentence into several `C:` notes"
    }
    if gaps > 1, length > ClozeText.maxLengthWithSeveralGaps {
      return "cloze of \(length) characters with \(gaps) gaps; each gap's card repeats the sentence, so one "
        + "with several gaps may be at most \(ClozeText.maxLengthWithSeveralGaps) characters: split it into "
        + "several `C:` notes"
    }
    return nil
  }

  static func slug(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
      if character.isASCII, character.isLetter || character.isNumber {
        result.append(character)
      } else if result.last != "-" {
        result.append("-")
      }
    }
    let trimmed = result.trimmingCharacters(in: "-")
    return trimmed.isEmpty ? "card-1" : trimmed
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
