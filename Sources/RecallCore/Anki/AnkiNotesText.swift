/// Writes a deck in Anki's "Notes in Plain Text" format: tab-separated, with the `#separator`,
/// `#html`, `#guid column`, `#notetype column`, `#deck column` and `#tags column` headers that
/// Anki's importer reads, so every note lands in its note type and deck and keeps its identity.
public enum AnkiNotesText {
  /// The text for `deck`: Q/A as Basic (reversed as "Basic (and reversed card)"), cloze as Cloze
  /// with `{{cN::answer::hint}}` gaps, lists and multiple choice as Basic; topics as subdecks.
  public static func export(_ deck: Deck) -> String {
    var output = """
      #separator:tab
      #html:false
      #guid column:1
      #notetype column:2
      #deck column:3
      #tags column:6

      """
    for note in deck.notes {
      let (notetype, first, second) = fields(note)
      let deckName = [deck.title, note.topic].compactMap { $0 }.map(clean).joined(separator: "::")
      let tags = note.tags.map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " ")
      output += [guid(note), notetype, deckName, first, second, tags].map(quoted).joined(separator: "\t") + "\n"
    }
    return output
  }

  /// The Anki guid of a note: the original one for a note imported from Anki, else its identity.
  public static func guid(_ note: Note) -> String {
    AnkiNote.guid(fromKey: note.identity.rawValue) ?? "recall-" + note.identity.rawValue
  }

  /// The note type and its two fields for `note`.
  public static func fields(_ note: Note) -> (notetype: String, first: String, second: String) {
    switch note.content {
    case .qa(let question, let answer, let reverse):
      return (reverse ? "Basic (and reversed card)" : "Basic", question, answer)
    case .cloze(let cloze):
      return ("Cloze", clozeText(cloze), "")
    case .list(let prompt, let items, _):
      return ("Basic", prompt, items.joined(separator: "; "))
    case .mcq(let prompt, let options, let correct):
      let listed = options.enumerated().map { "(\(Character(UnicodeScalar(97 + $0.offset) ?? "?"))) \($0.element)" }
      return (
        "Basic", prompt + " " + listed.joined(separator: " "), options.indices.contains(correct) ? options[correct] : ""
      )
    }
  }

  /// A Recall cloze in Anki's markup, one number per gap.
  public static func clozeText(_ cloze: ClozeText) -> String {
    var number = 0
    return cloze.segments.map { segment in
      switch segment {
      case .text(let text): return text
      case .gap(let answer, let hint):
        number += 1
        return "{{c\(number)::\(answer)\(hint.map { "::" + $0 } ?? "")}}"
      }
    }.joined()
  }

  private static func clean(_ text: String) -> String {
    text.replacingOccurrences(of: "::", with: ":")
  }

  /// A field quoted as Anki's importer expects when it holds the separator, a quote or a line break.
  private static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
