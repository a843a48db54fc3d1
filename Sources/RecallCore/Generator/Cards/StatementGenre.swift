/// Whether a document is a position statement rather than an article: its facts are what its
/// speaker believes, supports or calls for, so its common-noun phrases are what a student learns.
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

  /// Whether at least `leastShare` of the clauses (given by their tokens) state a position.
  static func isStatement(_ clauses: [[Token]]) -> Bool {
    guard !clauses.isEmpty else { return false }
    let stating = clauses.count { tokens in tokens.contains { stanceVerbs.contains($0.lower) } }
    return Double(stating) >= leastShare * Double(clauses.count)
  }
}
