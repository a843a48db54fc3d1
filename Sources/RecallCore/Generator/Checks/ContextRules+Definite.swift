/// Noun phrases that point back as a pronoun does: "these five countries", "into that union"
/// (a demonstrative before a noun for named things), and a subject "the country" or "The bird"
/// that only the text before names, when it is not the kind of thing the document (or the card's
/// heading) is about.
extension CardRules {
  /// The kinds of thing a bare "the NOUN" can stand for.
  enum Referent: Hashable, Sendable {
    /// A country, nation or island state.
    case country
    /// A city or town.
    case city
    /// An organisation, alliance or bloc.
    case organisation
    /// A treaty, agreement or other text.
    case document
    /// A conference or meeting.
    case event
    /// A living thing or object no document is about by that word: "the bird", "the ship".
    case other
  }

  /// Singular nouns that, as "the NOUN", name one thing the reader must already know, by kind.
  static let referringNouns: [String: Referent] = [
    "country": .country, "nation": .country, "island": .country, "state": .country, "republic": .country,
    "kingdom": .country, "city": .city, "town": .city, "organisation": .organisation,
    "organization": .organisation, "bloc": .organisation, "alliance": .organisation, "union": .organisation,
    "association": .organisation, "league": .organisation, "group": .organisation, "committee": .organisation,
    "treaty": .document, "agreement": .document, "pact": .document, "accord": .document, "convention": .document,
    "charter": .document, "declaration": .document, "conference": .event, "summit": .event, "bird": .other,
    "animal": .other, "species": .other, "ship": .other, "plant": .other, "tree": .other,
  ]

  /// Plural nouns for named things ("these nations", "these five countries").
  private static let namedThings: Set<String> = [
    "country", "countries", "nation", "nations", "state", "states", "member", "members", "power", "powers",
    "government", "governments", "leader", "leaders", "union", "island", "islands", "city", "cities",
    "territory", "territories", "party", "parties", "organisation", "organisations", "organization",
    "organizations", "treaty", "treaties", "agreement", "agreements", "side", "sides", "kingdom", "kingdoms",
    "republic", "republics", "colony", "colonies", "region", "regions",
  ]

  /// The problem of a demonstrative inside `tokens` before a noun for named things, with a count
  /// or not: "when the heads of these five countries signed", "the leaders of these nations", "into
  /// that union" (after a preposition: "said that members" is a clause); nil otherwise.
  static func demonstrativeProblem(_ tokens: [Token]) -> CardProblem? {
    for index in tokens.indices.dropFirst() where ["this", "these", "those", "that"].contains(tokens[index].lower) {
      if tokens[index].lower == "that", tokens[index - 1].tag != .preposition { continue }
      var noun = index + 1
      if noun < tokens.count, tokens[noun].tag == .number || Lexicon.numberWords[tokens[noun].lower] != nil {
        noun += 1
      }
      guard noun < tokens.count, namedThings.contains(tokens[noun].lower) else { continue }
      return .unresolvedReference(tokens[index...noun].map(\.text).joined(separator: " "))
    }
    return nil
  }

  /// The bare "the NOUN" that opens `tokens` as their subject ("The bird became extinct", "On 4
  /// November, the country was invaded"): its tokens, the noun and the kind of thing it names;
  /// nil when the prompt opens otherwise.
  static func definiteSubject(_ tokens: [Token]) -> (range: ClosedRange<Int>, noun: String, referent: Referent)? {
    var start = 0
    // "On 4 November, the country ...": an opening phrase without a verb, up to its comma.
    if let first = tokens.first, first.tag == .preposition,
      let comma = tokens.prefix(8).firstIndex(where: { $0.text == "," }),
      !tokens[..<comma].contains(where: { $0.tag == .verb || $0.tag == .auxiliary })
    {
      start = comma + 1
    }
    guard start + 2 < tokens.count, tokens[start].lower == "the",
      let referent = referringNouns[tokens[start + 1].lower], !tokens[start + 1].isCapitalized,
      SentenceCleaner.opensPredicate(tokens[start + 2])
    else { return nil }
    return (start...(start + 1), tokens[start + 1].lower, referent)
  }

  /// The problem of a prompt whose subject is a bare "the NOUN" (`definiteSubject`) for a kind of
  /// thing not in `known` (the kinds the document's subject and the card's heading are; empty when
  /// unknown, which lets every kind but `other` stand) and not named by a word of `names`; nil
  /// otherwise.
  static func definiteSubjectProblem(_ tokens: [Token], known: Set<Referent>, names: Set<String>) -> CardProblem? {
    guard let subject = definiteSubject(tokens) else { return nil }
    return definiteSubjectProblem(subject, in: tokens, known: known, names: names)
  }

  /// The judgement of `definiteSubjectProblem` on a subject already found in `tokens`.
  static func definiteSubjectProblem(
    _ subject: (range: ClosedRange<Int>, noun: String, referent: Referent), in tokens: [Token],
    known: Set<Referent>, names: Set<String>
  ) -> CardProblem? {
    if names.contains(subject.noun) { return nil }
    if known.contains(subject.referent) || (known.isEmpty && subject.referent != .other) { return nil }
    return .unresolvedReference(tokens[subject.range].map(\.text).joined(separator: " "))
  }

  /// The kind of thing a name is, as a bare "the NOUN" would refer to it, from its head word or
  /// what the lexicon knows of it; nil when neither says.
  static func referent(ofName name: String, lexicon: (any EnglishLexicon)?) -> Referent? {
    let lower = name.lowercased()
    switch lexicon?.category(of: lower) {
    case .country?: return .country
    case .city?: return .city
    case .organisation?: return .organisation
    case .document?: return .document
    case .event?: return .event
    default: break
    }
    let words = lower.split(separator: " ").map(String.init)
    if let last = words.last, let found = referringNouns[last], found != .other { return found }
    switch NameKind.kind(of: words) {
    case .organisation: return .organisation
    case .document: return .document
    case .event: return .event
    default: return nil
    }
  }
}
