/// The line-by-line state of `DeckParser`: the title, the current topic, the note being read.
struct DeckParserState {
  let origin: String
  var title: String?
  var sawContent = false
  var topic: String?
  var pending: PendingNote?
  var notes: [Note] = []
  var diagnostics: [Diagnostic] = []
  var explicitIDs: [String: Int] = [:]
  var identities: [CardID: Int] = [:]

  init(origin: String) {
    self.origin = origin
  }

  mutating func error(_ line: Int, _ column: Int, _ message: String) {
    diagnostics.append(Diagnostic(file: origin, line: line, column: column, message: message))
  }

  mutating func warning(_ line: Int, _ column: Int, _ message: String) {
    diagnostics.append(Diagnostic(file: origin, line: line, column: column, severity: .warning, message: message))
  }

  mutating func consume(_ kind: DeckLine, indent: Int, raw: DeckLine.Bytes, line: Int) {
    if case .blank = kind { return }
    if case .remark = kind { return }
    if title == nil, !sawContent {
      sawContent = true
      if case .heading(1, let text) = kind, !text.isEmpty {
        title = text
        return
      }
      error(line, indent + 1, "deck has no title; start the file with a title line like `# My deck`")
    }
    sawContent = true
    checkControlCharacters(raw, line: line)
    switch kind {
    case .blank, .remark, .commentStart:
      return
    case .heading(let level, let text):
      finishPending()
      if text.isEmpty {
        error(line, indent + 1, "empty heading; write the topic after the `\(String(repeating: "#", count: level))`")
      } else if level == 1 {
        error(line, indent + 1, "a second title \"\(text)\"; a deck has one `#` title, use `## \(text)` for a topic")
      } else {
        topic = text
      }
    case .field(let key, let value, let column):
      consumeField(key: key, value: value, line: line, column: column, keyColumn: indent + 1)
    case .item(let text, let numbered, let checkbox, let column):
      consumeItem(text: text, numbered: numbered, checkbox: checkbox, line: line, column: column, indent: indent)
    case .unknown:
      error(
        line, indent + 1,
        "unrecognised line \"\(DeckLine.text(DeckLine.trimmed(raw)).prefix(40))\"; start a card with `Q:`, `C:`, `L:` or `M:`, "
          + "add to it with `A:`, `Also:`, `Tags:`, `id:`, `Source:` or `- item`, or begin a remark with `>`")
    }
  }

  mutating func consumeItem(text: String, numbered: Bool, checkbox: Bool?, line: Int, column: Int, indent: Int) {
    guard pending != nil, let kind = pending?.kind, kind == .list || kind == .mcq else {
      error(line, indent + 1, "list item without a list; put it below an `L:` (list) or `M:` (multiple-choice) line")
      return
    }
    if text.isEmpty {
      error(line, indent + 1, "empty item; write its text after the marker, or remove the line")
      return
    }
    if kind == .list, checkbox != nil {
      error(line, indent + 1, "checkbox item in a list card; use `M:` for a multiple-choice card, or drop the `[ ]`")
      return
    }
    pending?.items.append(
      PendingNote.Item(text: text, numbered: numbered, correct: checkbox ?? false, line: line))
  }

  mutating func consumeField(key: String, value: String, line: Int, column: Int, keyColumn: Int) {
    guard let field = DeckField(key: key) else {
      let suggestion = DeckField.suggestion(for: key).map { " (did you mean `\($0):`?)" } ?? ""
      error(
        line, keyColumn,
        "unknown line kind `\(key):`\(suggestion); known kinds are Q:, A:, C:, L:, M:, Also:, Tags:, id:, Source:, Reverse:"
      )
      return
    }
    if let noteKind = field.startsNote {
      finishPending()
      if value.isEmpty {
        error(line, keyColumn, "empty `\(key):` line; write the \(field.noun) after the colon")
        return
      }
      pending = PendingNote(kind: noteKind, text: value, line: line, column: column, topic: topic)
      return
    }
    guard pending != nil else {
      let what =
        field == .answer
        ? "answer without a question; put a `Q:` line above it"
        : "`\(key):` line outside a card; put it right below the card it belongs to"
      error(line, keyColumn, what)
      return
    }
    if value.isEmpty {
      error(line, keyColumn, "empty `\(key):` line; write the \(field.noun) after the colon, or remove the line")
      return
    }
    guard var note = pending else { return }
    pending = nil
    note.apply(field, value: value, line: line, column: column, state: &self)
    pending = note
  }

  mutating func checkControlCharacters(_ raw: DeckLine.Bytes, line: Int) {
    let isControl: (UInt8) -> Bool = { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0D) || $0 == 0x7F }
    guard let index = raw.firstIndex(where: isControl) else { return }
    let code = String(raw[index], radix: 16, uppercase: true)
    let column = DeckLine.text(raw[raw.startIndex..<index]).count + 1
    warning(
      line, column,
      "control character U+\(String(repeating: "0", count: 4 - code.count) + code) in text; "
        + "it is shown escaped, remove it if unintended")
  }

  mutating func finishPending() {
    guard let note = pending else { return }
    pending = nil
    guard let built = note.build(state: &self) else { return }
    let identity = built.identity
    if let explicit = built.explicitID {
      if let first = explicitIDs[explicit] {
        error(
          note.idLine ?? note.line, 1,
          "duplicate id `\(explicit)`, first used on line \(first); give each card its own id")
        return
      }
      explicitIDs[explicit] = note.line
    } else {
      if let first = identities[identity] {
        error(note.line, 1, "duplicate card: same content as the card on line \(first); change one or remove it")
        return
      }
      warning(
        note.line, 1,
        "card has no `id:`; its progress is keyed by its wording and a changed word loses it; add `id: \(identity)` to keep it"
      )
    }
    identities[identity] = note.line
    notes.append(built)
  }

  mutating func finish(lastLine: Int, isBlank: Bool) -> DeckParseResult {
    finishPending()
    if isBlank {
      error(
        1, 1, "empty file; a deck starts with a title line like `# My deck` followed by cards (see Decks/FORMAT.md)")
      return DeckParseResult(deck: nil, diagnostics: diagnostics)
    }
    if notes.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
      warning(lastLine, 1, "deck has no cards; add one like `Q: ...` followed by `A: ...`")
    }
    diagnostics = diagnostics.enumerated().sorted { left, right in
      (left.element.line, left.element.column, left.offset) < (right.element.line, right.element.column, right.offset)
    }.map(\.element)
    let deck = Deck(title: title ?? Deck(title: "", origin: origin).name, origin: origin, notes: notes)
    return DeckParseResult(deck: deck, diagnostics: diagnostics)
  }
}
