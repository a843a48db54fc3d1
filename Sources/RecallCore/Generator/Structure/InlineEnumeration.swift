/// Finds a list written inside a sentence: "The signatories were A, B and C." reads as the lead
/// "The signatories were" and the items A, B, C.
enum InlineEnumeration {
  /// Words after which a sentence names its items.
  private static let triggers = [
    " include ", " includes ", " included ", " are ", " were ", " comprise ", " comprises ", " comprised ",
    " consist of ", " consists of ", " consisted of ", " such as ", " namely ", ": ",
  ]

  /// The most words an item of an inline list may have.
  private static let maxItemWords = 6

  /// The lead and the items of a sentence that ends in an enumeration of three or more short items
  /// after a listing verb, or nil.
  static func split(_ sentence: String) -> (lead: String, items: [String])? {
    guard sentence.utf8.count <= 400, TextScan.containsByte(sentence, 0x2C) else { return nil }
    var text = sentence
    guard let last = text.last, last == "." else { return nil }
    text.removeLast()
    for trigger in triggers {
      guard let range = text.range(of: trigger, options: .backwards) else { continue }
      let word = trigger.trimmingCharacters(in: .whitespaces)
      let lead = String(text[..<range.lowerBound]) + (word == ":" ? "" : " " + word)
      let rest = String(text[range.upperBound...])
      // "Households that include ...": a relative clause's verb names no list.
      let leadWords = lead.split(separator: " ").map { $0.lowercased() }
      guard leadWords.count >= 2, !leadWords.contains(where: { ["that", "who", "which"].contains($0) }),
        let items = items(of: rest)
      else { continue }
      return (lead.hasSuffix(":") ? String(lead.dropLast()) : lead, items)
    }
    return nil
  }

  /// The items of "A, B, and C" or "A, B or C", when there are three or more and each is short.
  private static func items(of text: String) -> [String]? {
    guard !text.contains("("), !text.contains(";") else { return nil }
    var parts = text.components(separatedBy: ", ")
    guard parts.count >= 2, var tail = parts.popLast() else { return nil }
    // "A, B, and C and D technology": after the serial comma's "and", the rest is one item.
    var serial = false
    for joiner in ["and ", "or "] where tail.hasPrefix(joiner) {
      tail.removeFirst(joiner.count)
      serial = true
    }
    var lastPair: [String] = [tail]
    for joiner in [" and ", " or "] where !serial {
      if let range = tail.range(of: joiner, options: .backwards) {
        lastPair = [String(tail[..<range.lowerBound]), String(tail[range.upperBound...])]
        break
      }
    }
    if lastPair.count == 1, !text.contains(", and ") && !text.contains(", or ") { return nil }
    let items = (parts + lastPair).map { $0.trimmingCharacters(in: .whitespaces) }
    guard items.count >= 3 else { return nil }
    for item in items {
      let words = item.split(separator: " ")
      guard (1...maxItemWords).contains(words.count), let first = words.first?.lowercased() else { return nil }
      // "accepted once a year", "between January 15", "or a child": no thing named.
      if Lexicon.prepositions.contains(first) || Lexicon.conjunctions.contains(first)
        || Lexicon.adverbs.contains(first) || first.hasSuffix("ed")
      {
        return nil
      }
      // An item with a verb of its own is a clause, not a thing named.
      if words.contains(where: { clauseWords.contains($0.lowercased()) }) { return nil }
    }
    return items
  }

  /// Words that make an item a clause.
  private static let clauseWords: Set<String> = [
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "which", "who", "that", "be", "been",
  ]
}
