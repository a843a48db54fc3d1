/// Writes a deck in the plaintext format, so that parsing the output gives the same deck back.
public enum DeckPrinter {
  /// The deck as the text of a deck file.
  public static func print(_ deck: Deck) -> String {
    var output = "# \(deck.title)\n"
    var topic: String?
    // A note without a topic can only stand before the first heading: below one it would take
    // that heading's topic. (Parsed decks have them there already; generated ones need not.)
    let ordered = deck.notes.filter { $0.topic == nil } + deck.notes.filter { $0.topic != nil }
    for note in ordered {
      if let noteTopic = note.topic, noteTopic != topic {
        output += "\n## \(noteTopic)\n"
      }
      topic = note.topic ?? topic
      output += "\n"
      write(note, to: &output)
    }
    return output
  }

  /// Appends one note's lines to `output`.
  public static func write(_ note: Note, to output: inout String) {
    switch note.content {
    case .qa(let question, let answer, let reverse):
      output += "Q: \(question)\nA: \(answer)\n"
      if reverse { output += "Reverse: yes\n" }
    case .cloze(let cloze):
      output += "C: \(ClozeSyntax.format(cloze))\n"
    case .list(let prompt, let items, let ordered):
      output += "L: \(prompt)\n"
      for (index, item) in items.enumerated() {
        output += (ordered ? "\(index + 1). " : "- ") + escapeItem(item) + "\n"
      }
    case .mcq(let prompt, let options, let correct):
      output += "M: \(prompt)\n"
      for (index, option) in options.enumerated() {
        output += (index == correct ? "- [x] " : "- [ ] ") + escapeItem(option) + "\n"
      }
    }
    if !note.alternatives.isEmpty { output += "Also: \(note.alternatives.joined(separator: "; "))\n" }
    if !note.tags.isEmpty { output += "Tags: \(note.tags.joined(separator: ", "))\n" }
    if let id = note.explicitID { output += "id: \(id)\n" }
    if let source = note.source { output += "Source: \(source)\n" }
  }

  private static func escapeItem(_ item: String) -> String {
    item.hasPrefix("[") ? "\\" + item : item
  }
}
