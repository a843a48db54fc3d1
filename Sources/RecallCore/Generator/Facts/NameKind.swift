/// Guesses the kind of a proper name from its last word ("... Agency" is an organisation).
enum NameKind {
  private static let organisation: Set<String> = [
    "council", "agency", "organization", "organisation", "coalition", "union", "nations", "government",
    "authorities", "authority", "ministry", "committee", "commission", "assembly", "court", "bank", "fund",
    "forces", "force", "party", "parliament", "congress", "senate", "association", "alliance", "institute",
    "office", "department", "secretariat", "board", "community", "federation", "league", "company",
    "corporation", "army", "navy", "service", "bureau", "centre", "center", "group", "network", "society",
    "foundation", "university", "administration", "cabinet", "tribunal", "panel", "mission", "directorate",
    "partnership", "consortium", "institution", "movement", "police", "guard", "inspectorate", "observatory",
    "taskforce", "watchdog", "regulator", "archives", "archive", "library", "museum",
  ]
  private static let document: Set<String> = [
    "treaty", "convention", "agreement", "accord", "accords", "protocol", "act", "charter", "declaration",
    "resolution", "pact", "statute", "constitution", "code", "law", "map", "compact", "covenant",
    "memorandum", "directive", "regulation", "report", "doctrine", "framework", "bill", "amendment", "article",
    "annex", "principles", "guidelines", "treaties", "agreements",
  ]
  private static let programme: Set<String> = [
    "plan", "program", "programme", "initiative", "strategy", "project", "scheme", "programs", "programmes",
  ]
  /// Words that end the name of a place, or make one ("Republic of ...").
  private static let place: Set<String> = [
    "sea", "ocean", "river", "lake", "lakes", "mountains", "mountain", "island", "islands", "bay", "gulf",
    "strait", "straits", "coast", "valley", "region", "province", "republic", "kingdom", "city", "county",
    "district", "peninsula", "basin", "desert", "east", "west", "north", "south", "asia", "europe", "africa",
    "america", "americas", "oceania", "arctic", "antarctica", "port", "canal", "delta", "plateau", "highlands",
    "territory", "territories", "emirates", "states", "state", "town", "village", "capital", "hills", "forest",
    "shelf", "harbour", "harbor", "cape", "channel", "steppe", "oblast", "prefecture", "emirate", "sultanate",
    "point", "peak", "reef", "heights", "falls", "fjord", "lagoon", "estuary", "duchy", "empire", "principality",
    "commonwealth", "khanate", "hill", "castle", "palace", "fortress", "canton",
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
    "admiral", "captain", "colonel", "commander", "marshal", "sir", "dame", "lord", "lady", "professor",
    "bishop", "archbishop", "cardinal", "sheikh", "emir", "sultan", "tsar", "duke", "duchess", "baron",
    "count", "countess", "lieutenant", "dr", "mr", "mrs", "ms", "inspector", "ombudsman", "auditor", "registrar",
    "treasurer", "attorney", "prosecutor", "comptroller", "surgeon", "officer",
  ]

  /// The kind of a name whose words are `words` (lower-cased).
  static func kind(of words: [String]) -> FactKind {
    // "Treaty of the Non-proliferation of Nuclear Weapons": the word before "of" is the head, and
    // an unknown head ("Sponsors of the ... Process") says nothing the words after it could.
    if let of = words.firstIndex(of: "of"), of > 0 {
      return headKind(words[of - 1]) ?? .name
    }
    // "Conference on Lomarian Trade", "Council for Mutual Aid": a known head before "on" or
    // "for" decides, whatever the words after it name.
    if let preposition = words.firstIndex(where: { $0 == "on" || $0 == "for" }), preposition > 0,
      let kind = headKind(words[preposition - 1])
    {
      return kind
    }
    // Otherwise the last known head word decides: "Security Council Resolution" is a document.
    for word in words.reversed() {
      if let kind = headKind(word) { return kind }
    }
    return .name
  }

  /// Every head word with its kind, the first list that names a word deciding: one look-up a word.
  private static let heads: [String: FactKind] = {
    var table: [String: FactKind] = [:]
    let lists: [(Set<String>, FactKind)] = [
      (organisation, .organisation), (document, .document), (programme, .programme), (event, .event),
      (person, .person), (place, .place),
    ]
    for (words, kind) in lists {
      for word in words where table[word] == nil { table[word] = kind }
    }
    return table
  }()

  /// The kind a name's head word gives it, or nil; a compound is read by its last part
  /// ("Director-General").
  static func headKind(_ word: String) -> FactKind? {
    if let kind = heads[word] { return kind }
    if word.utf8.contains(0x2D), let last = word.split(separator: "-").last, last.count < word.count {
      return heads[String(last)]
    }
    return nil
  }

  /// Whether a lower-case word before "of" makes the name after it a place ("the port of ...").
  static func isPlaceHead(_ word: String) -> Bool { heads[word] == .place }

  /// Whether a lower-case word after a name makes it an organisation's name ("the ... forces").
  static func isOrganisationHead(_ word: String) -> Bool { heads[word] == .organisation }
}
