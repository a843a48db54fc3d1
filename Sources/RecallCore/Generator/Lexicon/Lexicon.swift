/// General English word classes the generator needs to find phrases without a tagger.
///
/// Every list here is ordinary English grammar or vocabulary common to articles and fact sheets;
/// nothing names the content of any particular document.
enum Lexicon {
  /// Words that open a noun phrase without belonging to its answer.
  static let determiners: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    "any", "all", "both", "each", "every", "some", "no", "such", "many", "several", "various", "another",
    "much", "certain", "either", "neither", "whose", "few", "most",
  ]

  /// Prepositions and particles that end a noun phrase.
  static let prepositions: Set<String> = [
    "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "onto", "through", "under", "against",
    "about", "as", "before", "after", "between", "among", "amongst", "within", "without", "during", "toward",
    "towards", "upon", "over", "via", "across", "along", "around", "behind", "beyond", "despite", "except",
    "like", "near", "since", "until", "till", "per", "than", "throughout", "amid", "regarding", "concerning",
    "including", "following", "out", "up", "down", "off", "above", "below", "beside", "besides", "inside",
    "outside", "unlike", "whereby", "alongside",
  ]

  /// Conjunctions, relative and question words.
  static let conjunctions: Set<String> = [
    "and", "or", "but", "nor", "yet", "so", "although", "though", "because", "while", "whereas", "if", "unless",
    "whether", "that", "which", "who", "whom", "where", "when", "how", "why", "what", "once", "then", "whilst",
  ]

  /// Personal and other pronouns.
  static let pronouns: Set<String> = [
    "it", "they", "them", "he", "she", "we", "you", "i", "me", "us", "him", "ones", "others", "itself",
    "themselves", "himself", "herself", "ourselves", "someone", "anyone", "everyone", "something", "anything",
    "everything", "nothing", "none", "one", "there", "here", "many",
  ]

  /// Pronouns that make a sentence meaningless when it starts with them out of context.
  static let danglingStarts: Set<String> = [
    "it", "they", "them", "this", "these", "those", "he", "she", "its", "their", "such", "his", "her",
  ]

  /// Pronouns that say whose a noun is.
  static let possessivePronouns: Set<String> = ["its", "his", "her", "their"]

  /// Openings that point back at a time the sentence before gave ("Since then, ...").
  static let backReferenceOpenings: [[String]] = [
    ["since", "then"], ["by", "then"], ["until", "then"], ["till", "then"], ["after", "that"], ["before", "that"],
    ["at", "that", "time"], ["by", "that", "time"], ["from", "then", "on"], ["after", "this"],
  ]

  /// The back-reference opening `tokens` start with ("Since then"), if any.
  static func backReferenceOpening(_ tokens: [Token]) -> String? {
    for opening in backReferenceOpenings where tokens.count > opening.count {
      if zip(tokens, opening).allSatisfy({ $0.lower == $1 }) {
        return tokens[..<opening.count].map(\.text).joined(separator: " ")
      }
    }
    return nil
  }

  /// Auxiliary and modal verbs.
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "cannot",
  ]

  /// Modal verbs, for turning statements into questions.
  static let modals: Set<String> = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"]

  /// Adverbs that do not end in -ly.
  static let adverbs: Set<String> = [
    "also", "only", "very", "well", "however", "therefore", "thus", "now", "still", "even", "just", "already",
    "later", "often", "never", "always", "soon", "too", "again", "further", "more", "less", "least", "rather",
    "quite", "almost", "perhaps", "instead", "hence", "moreover", "furthermore", "nevertheless", "nonetheless",
    "meanwhile", "otherwise", "indeed", "ever", "yet", "together", "abroad", "alone", "away", "back", "else",
    "far", "not", "n't", "whatsoever", "whatever", "thereof", "therein", "hereby", "first", "second", "third",
    "finally", "afterwards", "thereafter", "herein", "thereby",
  ]

  /// Words ending in -ly that are not adverbs.
  static let lyNouns: Set<String> = [
    "supply", "assembly", "family", "ally", "anomaly", "monopoly", "reply", "rally", "italy", "july", "early",
    "daily", "weekly", "monthly", "yearly", "only", "holy", "ugly", "friendly", "elderly", "lonely", "jelly",
    "belly", "bully", "lily", "fly", "apply", "comply", "rely", "multiply", "imply", "deadly", "costly", "likely",
    "unlikely", "orderly", "quarterly", "homily", "oily", "hilly", "curly", "burly", "silly", "kindly", "lively",
    "timely", "scholarly", "manly", "womanly", "worldly", "unruly", "ghastly", "surly", "wily", "hourly",
  ]

  /// Connectives that may open a sentence and are dropped from a card.
  static let leadingConnectives: [String] = [
    "as a result", "in addition", "in contrast", "in fact", "of course", "for example", "for instance",
    "on the other hand", "at the same time", "in particular", "above all", "after all", "by contrast",
    "therefore", "however", "additionally", "moreover", "furthermore", "thus", "consequently", "also", "indeed",
    "meanwhile", "nevertheless", "nonetheless", "hence", "similarly", "likewise", "finally", "firstly",
    "secondly", "thirdly", "lastly", "first", "second", "third", "then", "still", "besides", "accordingly",
    "instead", "otherwise", "notably", "importantly", "subsequently", "overall", "again", "and", "but", "so",
  ]

  /// Nouns too vague to be worth asking about on their own.
  static let vagueNouns: Set<String> = [
    "ones", "one", "way", "ways", "part", "parts", "thing", "things", "kind", "kinds", "type", "types", "lot",
    "fact", "case", "cases", "time", "times", "others", "other", "number", "use", "order", "matter", "issue",
    "issues", "aspect", "aspects", "manner", "area", "areas", "addition", "respect", "regard", "basis",
    "step", "steps", "end", "ends", "means", "example", "instance", "point", "form", "forms", "level", "levels",
    "sort", "range", "set", "state", "party", "parties", "people", "place", "purpose", "question", "side",
  ]

  /// Month names, for dates.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Spelled-out numbers and their values.
  static let numberWords: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
  ]

  /// Number scale words that belong to the number before them.
  static let scales: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "percent", "per cent"]

  /// Abbreviations after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "no", "nos", "art", "arts",
    "gen", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "approx", "ca", "cf", "fig", "vol", "pp", "p", "para", "sec", "ch",
    "col", "lt", "capt", "cmdr", "adm", "hon", "rev", "messrs", "mt", "ft", "est", "dept", "univ", "assn",
    "bros", "op", "ed", "eds", "al", "c", "ibid", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "u.s.s.r",
  ]
}

extension Lexicon {
  /// Head nouns of phrases too general to be a fact of a document ("an unsuccessful attempt").
  static let genericHeads: Set<String> = [
    "attempt", "attempts", "solution", "solutions", "home", "effort", "efforts", "role", "roles", "approach",
    "situation", "position", "change", "changes", "development", "result", "results", "reason", "reasons",
    "member", "members", "group", "groups", "period", "year", "years", "day", "days", "work", "idea", "ideas",
    "view", "views", "need", "needs", "problem", "problems", "field", "fields", "support", "interest",
    "interests", "life", "world", "term", "terms", "measure", "measures", "activity", "activities", "action",
    "actions", "practice", "practices", "person", "persons", "country", "countries", "state", "states", "body",
    "bodies", "entity", "entities", "factor", "factors", "element", "elements", "task", "tasks", "goal", "goals",
    "community", "communities",
  ]

  /// Modifiers that make a two-word phrase general ("other side", "recent member").
  static let genericModifiers: Set<String> = [
    "other", "earlier", "later", "recent", "external", "further", "new", "certain", "same", "following",
    "previous", "main", "particular", "specific", "similar", "various", "different", "whole", "entire", "first",
    "second", "last", "next", "own", "current", "former", "general", "common", "important", "major", "key",
    "good", "great", "large", "small", "long", "short", "high", "low", "full", "real", "possible", "additional",
    // Praise describes, it states no fact: "a [brilliant student]", "a [talented speaker]".
    "brilliant", "talented", "gifted", "outstanding", "excellent", "prominent", "famous", "renowned", "notable",
    "distinguished", "remarkable", "skilled", "keen", "devoted",
  ]
}

extension Lexicon {
  /// Titles of offices: a name ending in one names the office, not its holder.
  static let offices: Set<String> = [
    "minister", "president", "secretary", "ambassador", "chancellor", "governor", "director",
    "chairman", "chair", "premier", "envoy", "representative", "commissioner", "mayor", "senator", "judge",
    "rapporteur", "spokesperson", "adviser", "advisor", "inspector", "ombudsman", "auditor", "registrar",
    "treasurer", "prosecutor", "comptroller", "officer", "secretary-general", "director-general", "lady",
    "delegate",
  ]
}
