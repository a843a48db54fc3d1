extension SentenceEnumeration {
  /// The most words an item of a semicolon series may have: the semicolons mark its edges, so an
  /// item may be a long name ("the Standing Council of Foreign Ministers of the Northern States").
  private static let maxSeriesWords = 10

  /// A series of verbless noun phrases parted by semicolons that ends the sentence: "acts through
  /// the Assembly; the Council of Ministers; the Court; and the Secretariat." Every part after a
  /// semicolon opens with "the" (after an "and" or "or"); the first item is the "the" phrase after
  /// the first part's last verb. Nil when the sentence holds no such series of three or more.
  static func semicolonSeries(in tokens: [Token], text: CharacterText) -> SentenceEnumeration? {
    let semicolons = tokens.indices.filter { tokens[$0].text == ";" }
    guard semicolons.count >= 2, let firstSemicolon = semicolons.first, let end = tokens.last,
      end.text == "."
    else { return nil }
    // The first item: the first "the" after the first part's last verb.
    guard let verb = tokens[..<firstSemicolon].lastIndex(where: { $0.tag == .verb || $0.tag == .auxiliary }),
      let start = tokens[(verb + 1)..<firstSemicolon].firstIndex(where: { $0.lower == "the" })
    else { return nil }
    var ranges: [Range<Int>] = [start..<firstSemicolon]
    var from = firstSemicolon + 1
    for bound in semicolons.dropFirst() + [tokens.count - 1] {
      var first = from
      if first < bound, ["and", "or"].contains(tokens[first].lower) { first += 1 }
      ranges.append(first..<bound)
      from = bound + 1
    }
    // The last part must be the one that an "and" or "or" opens: the series is closed.
    guard let last = ranges.last, last.lowerBound > 0, ["and", "or"].contains(tokens[last.lowerBound - 1].lower)
    else { return nil }
    for range in ranges {
      guard range.count >= 2, tokens[range.lowerBound].lower == "the",
        range.count(where: { tokens[$0].isWord }) <= maxSeriesWords + 1,
        let tail = tokens[range].last, tail.tag == .noun || tail.tag == .name || tail.tag == .acronym,
        !tokens[range].contains(where: { token in
          [.verb, .auxiliary, .pronoun].contains(token.tag) || [",", "(", ":"].contains(token.text)
            || ["which", "who", "that", "whose"].contains(token.lower)
        })
      else { return nil }
    }
    let texts = ranges.map { text[tokens[$0.lowerBound + 1].start..<tokens[$0.upperBound - 1].end] }
    guard Set(texts.map { $0.lowercased() }).count == texts.count, texts.count <= 15 else { return nil }
    return SentenceEnumeration(items: texts, span: start..<(tokens.count - 1), bracketed: false)
  }
}
