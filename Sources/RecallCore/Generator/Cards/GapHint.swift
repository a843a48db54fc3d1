/// The hint a cloze gap shows: what kind of answer is wanted, as specific as is known, and none
/// when it would say nothing ("name").
enum GapHint {
  /// The hint for gapping `fact`, whose category the lexicon may know.
  static func hint(for fact: Fact, category: NounCategory?) -> String? {
    // "German Empire", "Captaincy General of Venezuela": a state or colony is neither the place,
    // the person nor the office its words suggest, and no hint names it rightly.
    if category != .country, isPolity(fact.text) { return nil }
    switch fact.kind {
    case .phrase, .action, .name:
      // "the French", "Danish", "Nordic": one word read as a person or a language is most often a
      // people or an adjective, which no hint helps with.
      if [.person, .language].contains(category), !fact.text.contains(" ") { return nil }
      return category.map(\.rawValue)
    case .person:
      // "Secretary-General of the United Nations", "Foreign Minister": an office, not a person.
      if isOffice(fact.text) { return "office" }
      // "the Tswana", "Swiss", "Norwegians", "African Americans": one word, or a plural, names a
      // people or is an adjective, which a person hint misleads about.
      let words = fact.text.split(separator: " ")
      guard words.count >= 2, let last = words.last, !isPlural(String(last)) else { return nil }
      return FactKind.person.rawValue
    case .organisation, .event, .document, .programme:
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
