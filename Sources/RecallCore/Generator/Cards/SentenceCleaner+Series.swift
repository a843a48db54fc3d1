/// Semicolons that do not part clauses: a series of phrases sharing the first part's verb
/// ("was amended by A, signed in 1967; by B, signed in 1985; and by C") and a series of noun
/// phrases ("acts through the Assembly; the Council; and the Court").
extension SentenceCleaner {
  /// The parts of a series whose later parts open with the preposition that the first part's verb
  /// takes, each given the first part's words before it ("X was amended by B, signed in 1985."),
  /// or nil when `pieces` are not such a series.
  func sharedHeadSeries(_ pieces: [Substring]) -> [String]? {
    let later = pieces.dropFirst().map { Self.droppingLeadingConjunction(TextScan.trimmed($0)) }
    guard let word = later.first?.split(separator: " ").first.map(String.init),
      word.utf8.first.map({ (0x61...0x7A).contains($0) }) == true, Lexicon.prepositions.contains(word),
      later.allSatisfy({ $0.hasPrefix(word + " ") })
    else { return nil }
    let first = TextScan.trimmed(pieces[0])
    guard let split = Self.lastRange(of: [" " + word + " ", ": " + word + " "], in: first) else { return nil }
    var head = String(first[..<split.lowerBound])
    while let last = head.last, last == ":" || last == "," || last == " " { head.removeLast() }
    head = Self.droppingTrailingCount(lastPredicate(of: head))
    guard head.split(separator: " ").count >= 2 else { return nil }
    let afterColon = first[split].hasPrefix(":") || first[..<split.lowerBound].hasSuffix(":")
    let items = (afterColon ? [word + " " + first[split.upperBound...]] : []) + later
    let rebuilt = items.map { item in
      var text = head + " " + item
      while let last = text.last, last == "." || last == " " { text.removeLast() }
      return text + "."
    }
    // Without a colon the first part is a sentence as it stands, with facts of its own.
    return afterColon ? rebuilt : [first + "."] + rebuilt
  }

  /// "The pact entered into force in 1950 and was amended" is "The pact was amended": the head of
  /// each item keeps the subject and the predicate the items complete, not the first one's facts.
  func lastPredicate(of head: String) -> String {
    let tokens = tokenizer.tokens(of: head)
    guard let verb = tokens.firstIndex(where: { $0.tag == .verb || $0.tag == .auxiliary }), verb > 0,
      let and = tokens[verb...].lastIndex(where: { $0.lower == "and" }), and + 1 < tokens.count,
      [.verb, .auxiliary].contains(tokens[and + 1].tag)
    else { return head }
    let chars = CharacterText(head)
    return chars[tokens[0].start..<tokens[verb - 1].end] + " "
      + chars[tokens[and + 1].start..<tokens[tokens.count - 1].end]
  }

  /// Whether a part after a semicolon is a noun phrase opening with "the" and with no verb of its
  /// own: an item of a series, not a clause. (Values of a fact sheet's field, such as "11 July 1921
  /// (from China)", are parted as before.)
  func isVerbless(_ piece: Substring) -> Bool {
    let text = Self.droppingLeadingConjunction(TextScan.trimmed(piece))
    guard text.hasPrefix("the ") else { return false }
    return !tokenizer.tokens(of: text).contains { $0.tag == .verb || $0.tag == .auxiliary }
  }

  /// `text` without an opening "and " or "or ".
  static func droppingLeadingConjunction(_ text: String) -> String {
    for conjunction in ["and ", "or "] where text.hasPrefix(conjunction) {
      return String(text.dropFirst(conjunction.count))
    }
    return text
  }

  /// "has been amended four times" without its count of times, which no longer holds for one item.
  private static func droppingTrailingCount(_ head: String) -> String {
    var words = head.split(separator: " ")
    guard words.count >= 3, words.last == "times" else { return head }
    words.removeLast(2)
    return words.joined(separator: " ")
  }

  /// The last of `patterns`' occurrences in `text`.
  private static func lastRange(of patterns: [String], in text: String) -> Range<String.Index>? {
    patterns.compactMap { text.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
  }
}

extension SentenceCleaner {
  /// "only on 3 June 2009" for the `time` of "not until 3 June 2009": "on" before a day, "in"
  /// before a year, a decade or a month, "after" before anything else ("the end of the war").
  static func onlyFrom(notUntil time: Substring) -> String {
    let words = time.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
    guard let first = words.first else { return "only after" }
    let isMonth: (String) -> Bool = { Lexicon.months.contains($0) }
    let isNumber: (String) -> Bool = { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    let second = words.count > 1 ? words[1] : ""
    let preposition: String
    if (isNumber(first) && first.count <= 2 && isMonth(second))
      || (isMonth(first) && isNumber(second) && second.count <= 2)
    {
      preposition = "on"
    } else if isMonth(first) || (isNumber(first) && first.count == 4) || (first == "the" && second.hasSuffix("0s")) {
      preposition = "in"
    } else {
      preposition = "after"
    }
    return "only \(preposition) \(time)"
  }
}
