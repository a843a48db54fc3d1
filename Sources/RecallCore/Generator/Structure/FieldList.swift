import Foundation

/// Reads a fact-sheet field whose value is a list: "Languages: Mongolian 90% (official), Turkic,
/// Russian" is the label "Languages" with the items Mongolian, Turkic and Russian.
enum FieldList {
  /// Items that stand for the rest of a breakdown, not for a thing to learn.
  private static let remainders: Set<String> = ["other", "others", "none", "unknown", "unspecified", "n/a"]

  /// The label and items of a field line with a plural label and two or more short items, or nil.
  static func split(_ line: String) -> (label: String, items: [String])? {
    guard let colon = line.firstIndex(of: ":"), TextScan.containsByte(line, 0x2C) || line.contains(" and ")
    else { return nil }
    let label = TextScan.trimmed(line[..<colon])
    guard label.first?.fastIsUppercase == true else { return nil }
    var value = TextScan.trimmed(line[line.index(after: colon)...])
    // "Terrain: plains; mountains in west": a value of several parts is no one list.
    guard !value.contains(";"), !value.contains(": "), let last = label.split(separator: " ").last,
      NounNumber.isPlural(last.lowercased()), label.split(separator: " ").count <= 4
    else { return nil }
    while let end = value.last, ".".contains(end) { value.removeLast() }
    var parts = withoutBrackets(value).components(separatedBy: ", ")
    if let tail = parts.popLast() {
      var tail = tail
      for joiner in ["and ", "or "] where tail.hasPrefix(joiner) { tail.removeFirst(joiner.count) }
      if let range = tail.range(of: " and ") ?? tail.range(of: " or ") {
        parts += [String(tail[..<range.lowerBound]), String(tail[range.upperBound...])]
      } else {
        parts.append(tail)
      }
    }
    var items: [String] = []
    for part in parts {
      // "China 4,630 km", "Khalkh 84.5%": the figure after the item is a detail of it.
      let words = TextScan.trimmed(part).split(separator: " ").prefix { word in
        !(word.first?.fastIsNumber ?? false)
      }
      guard let first = words.first else { continue }
      let item = words.joined(separator: " ")
      if remainders.contains(item.lowercased()) { continue }
      // "between China and Russia", "21 aimags": a preposition or a number opens no item.
      guard words.count <= 4, !Lexicon.prepositions.contains(first.lowercased()),
        Lexicon.numberWords[first.lowercased()] == nil,
        words.count == TextScan.trimmed(part).split(separator: " ").count
          || TextScan.trimmed(part).split(separator: " ").dropFirst(words.count).first?.first?.fastIsNumber == true
      else { return nil }
      items.append(item)
    }
    guard items.count >= 2, Set(items.map { $0.lowercased() }).count == items.count else { return nil }
    return (label, items)
  }

  /// `text` without its bracketed asides ("Mongolian 90% (official)" becomes "Mongolian 90%").
  static func withoutBrackets(_ text: String) -> String {
    guard text.contains("(") else { return text }
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        result.append(character)
      }
    }
    var joined = result.split(separator: " ").joined(separator: " ")
    for mark in [",", ".", ";", ":"] { joined = joined.replacingOccurrences(of: " " + mark, with: mark) }
    return joined
  }

  /// The plural label of a list's lead-in such as "National holidays:", or nil when the lead-in
  /// says more than a label.
  static func label(ofLeadIn leadIn: String) -> String? {
    guard leadIn.hasSuffix(":") else { return nil }
    let label = TextScan.trimmed(leadIn.dropLast())
    let words = label.split(separator: " ")
    guard (1...4).contains(words.count), label.first?.fastIsUppercase == true, let last = words.last,
      NounNumber.isPlural(last.lowercased()),
      words.allSatisfy({ word in word.allSatisfy { $0.fastIsLetter || $0 == "-" } }),
      !words.contains(where: { Lexicon.auxiliaries.contains($0.lowercased()) || VerbLexicon.isVerb($0.lowercased()) })
    else { return nil }
    return label
  }

  /// The short name that opens a list item and the description after it: "Constitution Day, 26
  /// November, which marks ..." names "Constitution Day", "Naadam (games) holiday, 11-15 July, ..."
  /// names "Naadam"; "\"zud\", which is harsh winter
  /// conditions" names "zud". Nil when the item has no such head of at most five words.
  static func head(of item: String) -> String? {
    guard let comma = item.range(of: ", ") else { return nil }
    // "Naadam (games) holiday": the name before the bracket, as the document writes it.
    var head = String(item[..<comma.lowerBound])
    if let bracket = head.range(of: " (") { head = String(head[..<bracket.lowerBound]) }
    head = head.trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{201C}\u{201D} "))
    let rest = item[comma.upperBound...]
    let restWords = rest.split(separator: " ")
    // The head names a thing ("In 1990, the council ..." opens with no name): a relative clause
    // or a date describes it.
    guard let firstWord = head.split(separator: " ").first?.lowercased(), head.split(separator: " ").count <= 5,
      restWords.count >= 3, !Lexicon.prepositions.contains(firstWord), !Lexicon.conjunctions.contains(firstWord),
      !head.split(separator: " ").contains(where: { VerbLexicon.isVerb($0.lowercased()) }),
      restWords.first?.first?.fastIsNumber == true || ["which", "who"].contains(restWords.first?.lowercased() ?? "")
        || TextScan.contains(String(rest), ", which ") || TextScan.contains(String(rest), ", who ")
    else { return nil }
    return head
  }
}
