import Foundation

/// Turns Anki notes into Recall notes: Basic types into `Q:`/`A:` (with `Reverse: yes` when the
/// note has its reversed card), cloze types into one `C:` per cloze number, and other note types
/// into one `Q:` per card from the fields its template shows on the front and adds on the back.
public enum AnkiNoteMapper {
  /// Why a note, or one of its cards, was left out.
  public enum SkipReason: String, Hashable, Sendable, CaseIterable {
    /// The template shows no field with text on the front.
    case emptyQuestion = "the question is empty"
    /// The template adds no field with text on the back.
    case emptyAnswer = "the answer is empty"
    /// A cloze card whose number has no gap in the text.
    case clozeWithoutGap = "a cloze card has no gap of its number"
    /// Image occlusion needs the image itself.
    case imageOcclusion = "image occlusion cards need their image"
    /// A note type whose cards cannot be told apart in a front and a back.
    case unknownTemplate = "the note type's template names no fields"
  }

  /// A Recall note and the full name of the Anki deck its cards were in.
  public struct Placed: Hashable, Sendable {
    /// The note, with its `id:`.
    public var note: Note
    /// The Anki deck, components separated by `::`.
    public var deck: String
    /// The template ordinals of the Anki cards behind the note's cards, in the order of `note.cards`.
    public var ordinals: [Int]
  }

  /// What one note became.
  public struct Mapped: Hashable, Sendable {
    /// The Recall notes.
    public var notes: [Placed]
    /// The cards left out, with the reason.
    public var skipped: [SkipReason]
  }

  /// What a note type's templates show, worked out once for all of its notes.
  public struct Plan: Hashable, Sendable {
    /// The note type.
    public var notetype: AnkiNotetype
    /// Whether it is an image occlusion type.
    var isImageOcclusion: Bool
    /// By template ordinal: the fields of the question and of the answer; nil for a template
    /// that names none on one side.
    var sides: [Sides?]

    /// The plan of `notetype`.
    public init(_ notetype: AnkiNotetype) {
      self.notetype = notetype
      isImageOcclusion = notetype.name.localizedCaseInsensitiveContains("image occlusion")
      sides = notetype.templates.map { template in
        let shown = AnkiNoteMapper.fields(in: template.front)
        // A `{{type:Field}}` box on the front asks for that field: it is part of the answer.
        let front = shown.filter { !$0.typed }.map(\.name)
        let typed = shown.filter(\.typed).map(\.name)
        let back = (typed + AnkiNoteMapper.fields(in: template.back).map(\.name)).reduce(into: [String]()) {
          names, name in
          if !front.contains(name) && !names.contains(name) { names.append(name) }
        }
        if front.isEmpty || back.isEmpty { return nil }
        let index = { (name: String) in notetype.fields.firstIndex(of: name) }
        return Sides(front: front.compactMap(index), back: back.compactMap(index))
      }
    }
  }

  /// The field indexes a template shows on the question and adds on the answer.
  struct Sides: Hashable, Sendable {
    var front: [Int]
    var back: [Int]
  }

  /// Maps `note` of type `notetype`.
  public static func map(_ note: AnkiNote, of notetype: AnkiNotetype) -> Mapped {
    map(note, plan: Plan(notetype))
  }

  /// Maps `note` by the plan of its note type (made once for many notes).
  public static func map(_ note: AnkiNote, plan: Plan) -> Mapped {
    let key = AnkiNote.noteKey(guid: note.guid)
    if plan.isImageOcclusion
      || note.fields.contains(where: { $0.utf8.contains(UInt8(ascii: ":")) && $0.contains("image-occlusion:") })
    {
      return Mapped(notes: [], skipped: note.cards.map { _ in .imageOcclusion })
    }
    if plan.notetype.isCloze { return mapCloze(note, key: key) }
    var result = Mapped(notes: [], skipped: [])
    let cards = note.cards.sorted { $0.ordinal < $1.ordinal }
    var sides: [Int: (question: String, answer: String)] = [:]
    for card in cards {
      guard plan.sides.indices.contains(card.ordinal), let shown = plan.sides[card.ordinal] else {
        result.skipped.append(.unknownTemplate)
        continue
      }
      let question = text(of: shown.front, in: note)
      let answer = text(of: shown.back, in: note)
      if question.isEmpty {
        result.skipped.append(.emptyQuestion)
      } else if answer.isEmpty {
        result.skipped.append(.emptyAnswer)
      } else {
        sides[card.ordinal] = (question, answer)
      }
    }
    var used = Set<Int>()
    // A second card that asks the first one's answer and expects its question is `Reverse: yes`.
    if let first = sides[0], let second = sides[1], second.question == first.answer, second.answer == first.question,
      let deck = cards.first(where: { $0.ordinal == 0 })?.deck
    {
      let qa = Note(
        content: .qa(question: first.question, answer: first.answer, reverse: true), explicitID: key,
        tags: note.tags)
      result.notes.append(Placed(note: qa, deck: deck, ordinals: [0, 1]))
      used = [0, 1]
    }
    for card in cards where !used.contains(card.ordinal) {
      guard let side = sides[card.ordinal] else { continue }
      let id = card.ordinal == 0 ? key : "\(key)-t\(card.ordinal)"
      let qa = Note(
        content: .qa(question: side.question, answer: side.answer, reverse: false), explicitID: id,
        tags: note.tags)
      result.notes.append(Placed(note: qa, deck: card.deck, ordinals: [card.ordinal]))
    }
    return result
  }

  private static func mapCloze(_ note: AnkiNote, key: String) -> Mapped {
    var result = Mapped(notes: [], skipped: [])
    let cloze = AnkiCloze(parsing: note.fields.first ?? "")
    for card in note.cards.sorted(by: { $0.ordinal < $1.ordinal }) {
      let number = card.ordinal + 1
      let segments = tidied(cloze.card(number: number))
      let gaps = segments.filter { if case .gap = $0 { return true } else { return false } }
      let id = "\(key)-c\(number)"
      if gaps.isEmpty || gaps.contains(where: { if case .gap(let answer, _) = $0 { answer.isEmpty } else { false } }) {
        result.skipped.append(.clozeWithoutGap)
      } else if gaps.count == 1 {
        let text = ClozeText(segments: segments)
        result.notes.append(
          Placed(
            note: Note(content: .cloze(text), explicitID: id, tags: note.tags), deck: card.deck,
            ordinals: [card.ordinal]))
      } else {
        // Several gaps with one number are one card: asked as a list of the hidden parts, in order.
        var prompt = ""
        var items: [String] = []
        for segment in segments {
          switch segment {
          case .text(let text): prompt += text
          case .gap(let answer, let hint):
            prompt += hint.map { "____ (\($0))" } ?? "____"
            items.append(answer)
          }
        }
        let list = Note(
          content: .list(prompt: prompt, items: items, ordered: true), explicitID: id, tags: note.tags)
        result.notes.append(Placed(note: list, deck: card.deck, ordinals: [card.ordinal]))
      }
    }
    return result
  }

  /// `segments` as a deck line reads them back: a deck file trims the spaces at a gap's edges and
  /// at the line's, so they move out of each gap into the text beside it, and off the note's edges.
  static func tidied(_ segments: [ClozeText.Segment]) -> [ClozeText.Segment] {
    var result: [ClozeText.Segment] = []
    func appendText(_ text: Substring) {
      guard !text.isEmpty else { return }
      if case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + text)
      } else {
        result.append(.text(String(text)))
      }
    }
    for segment in segments {
      switch segment {
      case .text(let text): appendText(text[...])
      case .gap(let answer, let hint):
        let core = trimWhitespace(answer[...])
        appendText(answer[..<core.startIndex])
        result.append(.gap(answer: String(core), hint: hint))
        appendText(answer[core.endIndex...])
      }
    }
    // The same trim as the deck line's (bytes, not Characters: a space before a combining mark is
    // one Character, but the line loses the space).
    if case .text(let first)? = result.first {
      let core = trimWhitespace(first[...])
      if core.isEmpty { result.removeFirst() } else { result[0] = .text(String(first[core.startIndex...])) }
    }
    if case .text(let last)? = result.last {
      let core = trimWhitespace(last[...])
      if core.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(String(last[..<core.endIndex])) }
    }
    return result
  }

  /// The values of the fields at `indexes` in `note`, trimmed, non-empty ones joined with ` / `.
  private static func text(of indexes: [Int], in note: AnkiNote) -> String {
    var result = ""
    for index in indexes where note.fields.indices.contains(index) {
      let scalars = note.fields[index].unicodeScalars
      guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
      else { continue }
      if !result.isEmpty { result += " / " }
      result.unicodeScalars.append(contentsOf: scalars[first...last])
    }
    return result
  }

  /// The fields a template shows, in order: `{{Name}}`, `{{type:Name}}` (`typed`), `{{text:Name}}`...;
  /// sections (`{{#Name}}`), comments and `{{FrontSide}}` name no field to show.
  public static func fields(in template: String) -> [(name: String, typed: Bool)] {
    var names: [(name: String, typed: Bool)] = []
    var rest = Substring(template)
    while let open = rest.range(of: "{{") {
      let after = rest[open.upperBound...]
      guard let close = after.range(of: "}}") else { break }
      var name = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      rest = after[close.upperBound...]
      guard let first = name.first, !"#^/!=".contains(first), name != "FrontSide" else { continue }
      let typed = name.hasPrefix("type:")
      if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
      name = name.trimmingCharacters(in: .whitespaces)
      if !name.isEmpty, !names.contains(where: { $0.name == name }) { names.append((name, typed)) }
    }
    return names
  }
}
