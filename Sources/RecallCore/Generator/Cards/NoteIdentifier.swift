/// Gives generated notes explicit ids derived from their content: a slug of the answer and a
/// short hash of the whole card, e.g. `iaea-expansion` style `international-atomic-energy-3f09c2`.
struct NoteIdentifier {
  private var used: Set<String> = []

  /// A stable id for `draft`, unique among the ids given so far.
  mutating func id(for draft: CardDraft) -> String {
    let base = "\(Self.slug(draft.answer))-\(Self.hash(draft))"
    var id = base
    var suffix = 2
    while !used.insert(id).inserted {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    return id
  }

  /// Up to four words of `text`, lower-cased ASCII letters and digits joined by hyphens.
  static func slug(_ text: String) -> String {
    var words: [String] = []
    var word = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    let slug = words.prefix(4).joined(separator: "-")
    return slug.isEmpty ? "card" : String(slug.prefix(40))
  }

  /// Six hex digits of the card's question and answer, folded. A cloze and a multiple-choice card
  /// that ask the same fact of the same sentence share it, and hints and options do not count, so
  /// a card keeps its id (and its review history) when a later version of the generator changes
  /// how the same fact is asked.
  static func hash(_ draft: CardDraft) -> String {
    let parts: [String]
    switch draft.content {
    case .qa(let question, let answer, _): parts = ["qa", question, answer]
    case .cloze(let cloze): parts = ["fact", cloze.prompt(hiding: 0, showHint: false), cloze.answers.joined()]
    case .list(let prompt, let items, _): parts = ["list", prompt] + items
    case .mcq(let prompt, let options, let correct):
      parts = ["fact", prompt, options.indices.contains(correct) ? options[correct] : ""]
    }
    let key = parts.map(TextNormalizer.fold).joined(separator: "\u{1}")
    let hex = String(StableHash.fnv1a(key), radix: 16)
    let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    return String(padded.prefix(6))
  }
}
