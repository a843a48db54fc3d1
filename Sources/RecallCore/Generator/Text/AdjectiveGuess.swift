/// Guesses whether a lower-case word is an adjective, from a short list and typical endings.
enum AdjectiveGuess {
  /// Common adjectives without a telling ending.
  /// Common adjectives without a telling ending.
  static var commonAdjectives: Set<String> { common }

  private static let common: Set<String> = [
    "new", "old", "major", "minor", "great", "large", "small", "high", "low", "main", "key", "full", "joint",
    "foreign", "human", "free", "fair", "good", "bad", "long", "short", "late", "open", "civil", "public",
    "private", "real", "true", "special", "current", "recent", "future", "former", "chief", "prime", "top",
    "wide", "broad", "strong", "serious", "legal", "common", "big", "young", "whole", "same", "different",
    "own", "sole", "vast", "rich", "poor", "safe", "secure", "clear", "direct", "close", "deep", "firm", "just",
    "equal", "fellow", "upper", "lower", "inner", "outer", "northern", "southern", "eastern", "western",
    "central", "illegal", "successful", "genuine", "lasting", "nuclear", "active", "effective", "essential",
    "military", "modern", "mutual", "urban", "rural", "senior", "junior", "multiple", "single", "double",
    "collective", "additional", "comprehensive", "significant", "continued", "certain", "possible",
    "likely", "first", "second", "third", "last", "next", "previous", "best", "better", "worse", "worst",
    "further", "other", "local", "global",
  ]

  /// Endings that mostly mark adjectives.
  private static let endings: Set<String> = [
    "ous", "ive", "ful", "less", "able", "ible", "ical", "ial", "ual", "nal", "ral", "tal", "ary", "ent", "ant",
    "ic", "ish", "ese",
  ]

  /// Nouns with an adjective-like ending.
  private static let nounExceptions: Set<String> = [
    "agent", "government", "agreement", "development", "department", "environment", "management",
    "parliament", "movement", "settlement", "investment", "establishment", "treatment", "statement",
    "document", "element", "instrument", "argument", "event", "percent", "president", "resident", "student",
    "patient", "incident", "accident", "continent", "content", "consent", "extent", "intent", "talent",
    "moment", "payment", "segment", "commitment", "employment", "deployment", "equipment", "amendment",
    "assessment", "achievement", "enforcement", "arrangement", "requirement", "improvement", "involvement",
    "engagement", "punishment", "recruitment", "replacement", "announcement", "enlargement", "disarmament",
    "armament", "procurement", "component", "opponent", "proponent", "respondent", "dependent", "precedent",
    "plant", "grant", "tenant", "immigrant", "migrant", "applicant", "participant", "consultant", "merchant",
    "servant", "giant", "warrant", "restaurant", "variant", "assistant", "descendant", "defendant",
    "republic", "public", "topic", "music", "logic", "clinic", "traffic", "panic", "critic", "epidemic",
    "pandemic", "rhetoric", "mechanic", "tactic", "academic", "arithmetic", "mosaic", "relic", "basic",
    "initiative", "objective", "representative", "alternative", "executive", "incentive", "directive",
    "perspective", "narrative", "detective", "motive", "archive", "explosive", "offensive", "defensive",
    "native", "relative", "adjective", "legislative", "capital", "proposal", "approval", "arrival", "trial",
    "animal", "individual", "official", "material", "potential", "principal", "rival", "signal", "total",
    "terminal", "journal", "manual", "hospital", "interval", "criminal", "general", "original", "ritual",
    "referral", "withdrawal", "removal", "renewal", "survival", "denial", "tutorial", "memorial", "editorial",
    "secretary", "library", "boundary", "summary", "anniversary", "dictionary", "salary",
    "commentary", "treasury", "military", "glossary", "mercenary", "missionary", "emissary", "adversary",
    "dignitary", "beneficiary", "itinerary", "diary", "budgetary", "cable", "table", "variable", "vegetable",
    "constable", "fish", "dish", "wish", "english", "finish", "polish", "parish", "danish",
    "chinese", "japanese", "portuguese", "sense", "cheese", "diocese",
  ]

  /// Whether `word` is probably an adjective.
  static func isAdjective(_ word: String) -> Bool {
    if common.contains(word) { return true }
    if nounExceptions.contains(word) { return false }
    if word.count < 5 || word.hasSuffix("ment") { return false }
    return (2...4).contains { endings.contains(String(word.suffix($0))) }
  }
}
