/// The hint a cloze gap shows: what kind of answer is wanted, as specific as is known, and none
/// when it would say nothing ("name").
enum GapHint {
  /// The hint for gapping `fact`, whose category the lexicon may know.
  static func hint(for fact: Fact, category: NounCategory?) -> String? {
    switch fact.kind {
    case .phrase, .action, .name:
      // "the French", "Danish", "Nordic": one word read as a person or a language is most often a
      // people or an adjective, which no hint helps with.
      if [.person, .language].contains(category), !fact.text.contains(" ") { return nil }
      return category.map(\.rawValue)
    case .person:
      // "Secretary-General of the United Nations", "Foreign Minister": an office, not a person.
      return isOffice(fact.text) ? "office" : FactKind.person.rawValue
    case .place:
      if let category, [.country, .city].contains(category) { return category.rawValue }
      return FactKind.place.rawValue
    default:
      return fact.kind.rawValue
    }
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
