/// The hint a cloze gap shows: what kind of answer is wanted, as specific as is known, and none
/// when it would say nothing ("name").
enum GapHint {
  /// The hint for gapping `fact`, whose category the lexicon may know, as it may know the
  /// category of the fact's last word (`lastWord`).
  /// `next` is the word after the gap: "[Westminster] system" names a way of governing after a
  /// place, and a place hint would mislead.
  static func hint(
    for fact: Fact, category: NounCategory?, lastWord: NounCategory? = nil, next: String? = nil
  ) -> String? {
    let found = hint(for: fact, category: category, lastWord: lastWord)
    if let next, Self.namedAfterPlace.contains(next), let found, Self.placeHints.contains(found) { return nil }
    return found
  }

  /// The hints of a place's name.
  private static let placeHints = Set([NounCategory.place, .city, .country].map(\.rawValue))

  /// Common nouns a place's name is put before to name a kind of thing: "Westminster model".
  private static let namedAfterPlace: Set<String> = [
    "system", "model", "style", "type", "form", "tradition", "principle", "principles", "method", "doctrine",
    "school", "formula", "variety",
  ]

  /// The hint for `fact` without regard to the word after it.
  private static func hint(for fact: Fact, category: NounCategory?, lastWord: NounCategory?) -> String? {
    // "Eastern Lomaria", "Federal Republic of Lomaria", "Soviet Union": a state named by a
    // country's name or a state's head is a country, whatever its head word suggests.
    if isCountry(fact.text, category: category, lastWord: lastWord) { return NounCategory.country.rawValue }
    // "German Empire", "Captaincy General of Venezuela": a state or colony is neither the place,
    // the person nor the office its words suggest, and no hint names it rightly.
    if category != .country, isPolity(fact.text) { return nil }
    // "Union of Lomarian Republics": a union or federation the lexicon does not know may be a
    // state or an organisation, and a hint that may be wrong is left off.
    if category == nil, fact.kind == .organisation || fact.kind == .place,
      fact.text.split(separator: " ").contains(where: { stateHeads.contains($0.lowercased()) })
    {
      return nil
    }
    switch fact.kind {
    case .phrase, .action, .name:
      // "the French", "Danish", "Nordic": one word read as a person or a language is most often a
      // people or an adjective, which no hint helps with.
      if [.person, .language].contains(category), !fact.text.contains(" ") { return nil }
      return category.map(\.rawValue)
    case .person:
      // "Secretary-General of the United Nations", "Foreign Minister", "Supreme Commander": an
      // office, not a person (a person's name ends in a name, not in a title).
      if isOffice(fact.text) { return "office" }
      if let last = fact.text.split(separator: " ").last, NameKind.headKind(last.lowercased()) == .person {
        return "office"
      }
      // "the Tswana", "Swiss", "Norwegians", "African Americans": one word, or a plural, names a
      // people or is an adjective, which a person hint misleads about.
      let words = fact.text.split(separator: " ")
      guard words.count >= 2, let last = words.last, !isPlural(String(last)) else { return nil }
      return FactKind.person.rawValue
    case .organisation, .event, .document, .programme:
      // "Commonwealth" read as an organisation and known to the lexicon as a place: a name the
      // lexicon gives another kind gets no hint that may be wrong.
      if let category, [.city, .place, .language, .time].contains(category) { return nil }
      if let category, [.organisation, .event, .document].contains(category), category.rawValue != fact.kind.rawValue,
        fact.kind != .programme
      {
        return nil
      }
      // "French forces", "Spanish authority": a name that ends in a common word may be anything.
      guard let last = fact.text.split(separator: " ").last, last.first?.fastIsUppercase == true else { return nil }
      return fact.kind.rawValue
    case .place:
      if isOffice(fact.text) { return "office" }
      if let category, [.country, .city].contains(category) { return category.rawValue }
      return FactKind.place.rawValue
    default:
      return fact.kind.rawValue
    }
  }

  /// Whether a name of several words names a state or colony by its head: "German Empire",
  /// "Kingdom of Sardel", "Captaincy General of Venezuela".
  static func isPolity(_ name: String) -> Bool {
    let words = name.lowercased().split(separator: " ").map(String.init)
    guard words.count >= 2 else { return false }
    let head = words.contains("of") ? words[0] : words[words.count - 1]
    return polityHeads.contains(head) || polityHeads.contains(words[0])
  }

  /// Whether a name names a country: the lexicon says so; or it is a country's name after
  /// capitalised modifiers ("Nazi Lomaria", "East Lomaria"); or a state's head of a country
  /// ("Republic of Lomaria", when the lexicon knows Lomaria as a country).
  static func isCountry(_ name: String, category: NounCategory?, lastWord: NounCategory?) -> Bool {
    if category == .country { return true }
    let words = name.split(separator: " ")
    // "Republic of Lomaria", "Dominican Republic", "United Kingdom": these heads name only states.
    if words.count >= 2, category == nil || category == .place,
      let head = words.firstIndex(of: "of").map({ $0 > 0 ? words[$0 - 1] : words[0] }) ?? words.last,
      ["republic", "kingdom"].contains(head.lowercased())
    {
      return true
    }
    // "New Mexico" is a place the lexicon knows: a country's name inside it makes no country.
    guard words.count >= 2, lastWord == .country, category == nil || category == .organisation,
      words.allSatisfy({ $0.first?.fastIsUppercase == true || $0 == "of" })
    else { return false }
    // "Nazi Lomaria", "Vichy Lomaria": only a regime's qualifier makes a state of a country's name
    // ("South America", "European Union": a word read as a country may name a continent or a bloc).
    if !words.contains("of") {
      return words.dropLast().allSatisfy { regimeQualifiers.contains($0.lowercased()) }
    }
    if let of = words.firstIndex(of: "of") {
      return of == 1
        && stateHeads.union(["kingdom", "empire", "principality", "duchy"]).contains(words[0].lowercased())
    }
    return true
  }

  /// Qualifiers of a regime before a country's name.
  private static let regimeQualifiers: Set<String> = [
    "nazi", "soviet", "imperial", "fascist", "vichy", "communist", "tsarist", "occupied", "ottoman", "weimar",
  ]

  /// Head words that name a state as often as an organisation.
  private static let stateHeads: Set<String> = ["union", "republic", "federation", "confederation", "commonwealth"]

  /// Head words of the names of states and colonies.
  private static let polityHeads: Set<String> = [
    "empire", "kingdom", "caliphate", "sultanate", "emirate", "principality", "duchy", "viceroyalty", "captaincy",
    "protectorate", "colony", "dominion", "khanate", "dynasty",
  ]

  /// Whether a capitalised word is a plural ("Americans", "Spaniards"), not a name ending in s.
  static func isPlural(_ word: String) -> Bool {
    let lower = word.lowercased()
    return ["ans", "ards", "ers", "ians", "ese", "ists"].contains { lower.hasSuffix($0) }
  }

  /// Whether a name of a person's kind names an office: its head word (before "of", or its last
  /// word) is a title such as "minister" or "secretary".
  static func isOffice(_ name: String) -> Bool {
    let words = name.lowercased().split(separator: " ").map(String.init)
    let head: String?
    if let of = words.firstIndex(of: "of"), of > 0 { head = words[of - 1] } else { head = words.last }
    guard let head else { return false }
    let last = head.split(separator: "-").last.map(String.init) ?? head
    return Lexicon.offices.contains(head) || Lexicon.offices.contains(last)
  }
}
