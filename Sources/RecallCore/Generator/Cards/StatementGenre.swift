/// Whether a document is a position statement (or a guidance sheet) rather than an article: its
/// facts are what its speaker believes, supports or calls for (or what the reader must do), so its
/// common-noun phrases are what a student learns.
enum StatementGenre {
  /// Verbs by which a speaker states a position ("Kazakhstan believes that ...", "supports",
  /// "calls for"), in the forms running text uses.
  static let stanceVerbs: Set<String> = [
    "believe", "believes", "believed", "support", "supports", "supported", "favor", "favors", "favour", "favours",
    "urge", "urges", "urged", "welcome", "welcomes", "welcomed", "condemn", "condemns", "condemned", "oppose",
    "opposes", "reaffirm", "reaffirms", "reaffirmed", "stress", "stresses", "stressed", "emphasize", "emphasizes",
    "emphasise", "emphasises", "hope", "hopes", "committed", "advocate", "advocates", "propose", "proposes",
    "insist", "insists", "entrust", "entrusts", "express", "expresses", "expressed", "regret", "regrets",
    "deplore", "deplores",
  ]

  /// The least share of sentences with a stance verb for a document to read as a statement: an
  /// article has almost none, a statement every second or third sentence.
  static let leastShare = 0.3
  /// The least share of sentences addressing the reader ("you") for a guidance sheet.
  static let leastAddressingShare = 0.1

  /// Whether the phrase at tokens `first..<end` is what a name is defined as ("The Treaty of
  /// Arnby is a [multilateral agreement]") or a judgement ("[too vague] to be enforced"): the
  /// common-noun phrases an article's reader learns.
  static func isDefinitionOrJudgement(_ tokens: [Token], first: Int, end: Int) -> Bool {
    if tokens.indices.contains(first), tokens[first].lower == "too" { return true }
    guard end - first >= 2, let opening = tokens.first else { return false }
    let namedSubject =
      opening.tag == .name || opening.tag == .acronym
      || (opening.tag == .determiner && tokens.count > 1 && tokens[1].tag == .name)
    guard namedSubject else { return false }
    var be = first - 1
    if be >= 0, ["a", "an", "the"].contains(tokens[be].lower) { be -= 1 }
    guard be > 0, ["is", "was", "are", "were"].contains(tokens[be].lower) else { return false }
    // The subject is the name right before the verb, not a clause ("..., which is a ...").
    return !tokens[..<be].contains { $0.text == "," || $0.lower == "which" || $0.lower == "that" }
  }

  /// Whether at least `leastShare` of the clauses (given by their tokens) state a position or
  /// address the reader.
  static func isStatement(_ clauses: [[Token]]) -> Bool {
    guard !clauses.isEmpty else { return false }
    let stating = clauses.count { tokens in tokens.contains { stanceVerbs.contains($0.lower) } }
    // A guidance sheet ("You can apply if ...") states its rules to the reader: an article never
    // addresses its reader, so a few such sentences tell it apart.
    let addressing = clauses.count { tokens in tokens.contains { $0.lower == "you" || $0.lower == "your" } }
    return Double(stating) >= leastShare * Double(clauses.count)
      || Double(addressing) >= leastAddressingShare * Double(clauses.count)
  }
}
