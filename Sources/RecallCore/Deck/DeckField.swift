/// The `key:` lines a deck understands.
enum DeckField: Equatable {
  case question, answer, cloze, list, choice, also, tags, id, source, reverse

  /// Recognises a key, ignoring case; a few spellings are accepted for the optional lines.
  init?(key: String) {
    switch key.lowercased() {
    case "q": self = .question
    case "a": self = .answer
    case "c": self = .cloze
    case "l": self = .list
    case "m": self = .choice
    case "also", "alt", "alternatives": self = .also
    case "tags", "tag": self = .tags
    case "id": self = .id
    case "source", "src": self = .source
    case "reverse", "reversed": self = .reverse
    default: return nil
    }
  }

  /// The kind of note this key starts, if it starts one.
  var startsNote: CardKind? {
    switch self {
    case .question: .qa
    case .cloze: .cloze
    case .list: .list
    case .choice: .mcq
    default: nil
    }
  }

  /// What the value of the line is called in messages.
  var noun: String {
    switch self {
    case .question: "question"
    case .answer: "answer"
    case .cloze: "sentence with its [gaps]"
    case .list: "prompt of the list"
    case .choice: "question"
    case .also: "accepted answers, separated by `;`"
    case .tags: "tags, separated by commas"
    case .id: "id"
    case .source: "source"
    case .reverse: "`yes` or `no`"
    }
  }

  /// The closest known key to a mistyped one, when one is close.
  static func suggestion(for key: String) -> String? {
    let lowered = key.lowercased()
    let synonyms = [
      "question": "Q", "answer": "A", "cloze": "C", "list": "L", "choice": "M", "mcq": "M", "choices": "M",
      "alias": "Also", "aliases": "Also", "identifier": "id", "from": "Source", "ref": "Source",
    ]
    if let synonym = synonyms[lowered] { return synonym }
    let known = ["Q", "A", "C", "L", "M", "Also", "Tags", "id", "Source", "Reverse"]
    guard lowered.count > 1 else { return nil }
    let ranked = known.map { ($0, EditDistance.between(lowered, $0.lowercased())) }.min { $0.1 < $1.1 }
    guard let (best, distance) = ranked, distance <= max(1, (lowered.count + 1) / 3) else { return nil }
    return best
  }
}

/// Edit distance between two strings, by characters, counting a swap of two neighbours as one edit
/// (optimal string alignment), so `tgas` is one edit from `tags`.
public enum EditDistance {
  /// The number of insertions, deletions, substitutions and adjacent swaps turning `a` into `b`.
  public static func between(_ a: String, _ b: String) -> Int {
    between(Array(a), Array(b))
  }

  /// The edit distance between two sequences.
  public static func between<Element: Equatable>(_ left: [Element], _ right: [Element]) -> Int {
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    let width = right.count + 1
    var beforePrevious = [Int](repeating: 0, count: width)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[right.count]
  }
}
