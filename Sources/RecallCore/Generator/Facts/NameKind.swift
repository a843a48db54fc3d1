/// Guesses the kind of a proper name from its last word ("... Agency" is an organisation).
enum NameKind {
  private static let organisation: Set<String> = [
    "council", "agency", "organization", "organisation", "coalition", "union", "nations", "government",
    "authorities", "authority", "ministry", "committee", "commission", "assembly", "court", "bank", "fund",
    "forces", "force", "party", "parliament", "congress", "senate", "association", "alliance", "institute",
    "office", "department", "secretariat", "board", "community", "federation", "league", "company",
    "corporation", "army", "navy", "service", "bureau", "centre", "center", "group", "network", "society",
    "foundation", "university", "administration", "cabinet", "tribunal", "panel", "mission", "directorate",
  ]
  private static let document: Set<String> = [
    "treaty", "convention", "agreement", "accord", "accords", "protocol", "act", "charter", "declaration",
    "resolution", "plan", "pact", "statute", "constitution", "code", "law", "map", "compact", "covenant",
    "memorandum", "directive", "regulation", "report", "strategy", "doctrine", "initiative", "framework",
    "program", "programme", "bill", "amendment", "article", "annex", "principles", "guidelines",
  ]
  private static let event: Set<String> = [
    "conference", "summit", "war", "election", "elections", "meeting", "session", "crisis", "revolution",
    "process", "games", "olympics", "forum", "talks", "negotiations", "campaign", "operation", "battle",
    "congress", "uprising", "referendum", "invasion", "dialogue", "round", "review", "exercise", "day",
  ]
  private static let person: Set<String> = [
    "minister", "president", "secretary", "ambassador", "king", "queen", "chancellor", "governor", "general",
    "director", "chairman", "chair", "premier", "prince", "princess", "envoy", "representative", "commissioner",
    "mayor", "senator", "judge", "emperor", "pope", "rapporteur", "spokesperson", "adviser", "advisor",
  ]

  /// The kind of a name whose words are `words` (lower-cased).
  static func kind(of words: [String]) -> FactKind {
    guard let last = words.last else { return .name }
    // "Treaty of the Non-proliferation of Nuclear Weapons": the word before "of" is the head.
    let head = words.firstIndex(of: "of").map { $0 > 0 ? words[$0 - 1] : last } ?? last
    if let kind = kinds[head] ?? kinds[last] { return kind }
    for word in words { if let kind = kinds[word] { return kind } }
    return .name
  }

  /// The kind each listed word gives, the first of organisation, document, event and person that
  /// lists it deciding (one look-up per word instead of four).
  private static let kinds: [String: FactKind] = {
    var table: [String: FactKind] = [:]
    for (words, kind) in [
      (organisation, FactKind.organisation), (document, .document), (event, .event), (person, .person),
    ] {
      for word in words where table[word] == nil { table[word] = kind }
    }
    return table
  }()
}
