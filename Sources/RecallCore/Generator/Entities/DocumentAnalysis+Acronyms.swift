extension DocumentAnalysis {
  /// The acronyms the clauses introduce, the first of each, with the kind of those whose expansion
  /// says it.
  mutating func findAcronyms() {
    var seen = Set<String>()
    // Fields are read in place: copying a clause would retain all its arrays.
    for index in clauses.indices where !clauses[index].acronyms.isEmpty {
      for candidate in clauses[index].acronyms where seen.insert(candidate.short).inserted {
        acronyms.append(
          Acronym(
            short: candidate.short, expansion: candidate.expansion, line: clauses[index].line,
            topic: clauses[index].topic, order: clauses[index].order))
        // "the RWC" is asked as what "Regional Water Council" is: an organisation.
        if candidate.kind != .name { acronymKinds[candidate.short] = candidate.kind }
      }
    }
  }

  /// The names of a clause followed by an acronym in brackets that abbreviates them, in order.
  static func acronymCandidates(
    tokens: [Token], facts: [Fact]
  ) -> [(short: String, expansion: String, kind: FactKind)] {
    var result: [(short: String, expansion: String, kind: FactKind)] = []
    // Fields are read in place and the tag is tested first: copying facts and tokens retains their
    // strings, and most names are not followed by an acronym.
    for index in facts.indices where facts[index].kind.isName && facts[index].kind != .acronym {
      let end = facts[index].endToken
      guard end + 2 < tokens.count, tokens[end + 1].tag == .acronym, tokens[end].text == "(",
        tokens[end + 2].text == ")", initialsMatch(tokens[end + 1].text, facts[index].text)
      else { continue }
      result.append((tokens[end + 1].text, facts[index].text, facts[index].kind))
    }
    return result
  }

  /// Whether `short` could abbreviate `long` (first letters agree, letter counts close).
  static func initialsMatch(_ short: String, _ long: String) -> Bool {
    let letters = short.filter(\.fastIsLetter)
    let initials = long.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first).filter(\.fastIsUppercase)
    guard let first = letters.first, let firstInitial = initials.first else { return false }
    return first == firstInitial && abs(initials.count - letters.count) <= 2
  }
}
