import Foundation

/// What sort of thing an answer is, so that a quiz can offer wrong options of the same sort:
/// years with years, places with places.
///
/// Classification is a heuristic over the answer's text; a cloze gap's hint (`year`, `number`,
/// `place`...) overrides it when it names a kind.
public enum AnswerKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// A calendar year, e.g. `2006`.
  case year
  /// A quantity, e.g. `30`, `1,500`, `2.5 million`.
  case number
  /// A share, e.g. `15%`, `40 percent`.
  case percentage
  /// A date with a day or a month, e.g. `12 March 2006`, `March 2006`, `2006-03-12`.
  case date
  /// An abbreviation written in capitals, e.g. `UN`, `NATO`, `CICA`.
  case acronym
  /// The name of an organisation, e.g. `United Nations`, `Shanghai Cooperation Organisation`.
  case organisation
  /// A country, city or region, e.g. `Iraq`, `Central Asia`.
  case place
  /// A person's name, e.g. `Kofi Annan`, `President Nazarbayev`.
  case person
  /// Anything else: a word or phrase.
  case phrase

  /// The kind of `answer`, using `hint` when it names a kind.
  public static func classify(_ answer: String, hint: String? = nil) -> AnswerKind {
    if let hint, let kind = fromHint(hint) { return kind }
    let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { return .phrase }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if isPercentage(text, words: words) { return .percentage }
    if isYear(text) { return .year }
    if isDate(words) { return .date }
    if isNumber(words) { return .number }
    if isAcronym(text) { return .acronym }
    if isOrganisation(words) { return .organisation }
    if isPlace(text, words: words) { return .place }
    if isPerson(words) { return .person }
    return .phrase
  }

  /// Whether values of this kind and `other` can stand in for each other as wrong options.
  /// Organisations and their acronyms mix; numbers and percentages do not.
  public func isCompatible(with other: AnswerKind) -> Bool {
    if self == other { return true }
    let organisations: Set<AnswerKind> = [.organisation, .acronym]
    return organisations.contains(self) && organisations.contains(other)
  }

  /// The kind a hint names (`year`, `number`, `org`...), or nil. `name` is not a kind: decks use
  /// it for any proper name (a country, a region, a treaty), so the answer's shape decides.
  public static func fromHint(_ hint: String) -> AnswerKind? {
    switch hint.trimmingCharacters(in: .whitespaces).lowercased() {
    case "year": .year
    case "number", "count", "amount", "quantity": .number
    case "percent", "percentage", "%": .percentage
    case "date", "day", "month": .date
    case "acronym", "abbreviation": .acronym
    case "organisation", "organization", "org", "body", "institution": .organisation
    case "place", "country", "city", "region", "capital", "location", "state", "nation", "town", "continent", "sea",
      "lake", "river", "body of water", "water":
      .place
    case "person", "who", "people": .person
    case "phrase", "word", "term": .phrase
    default: nil
    }
  }

  private static func isDigits(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// `123`, `1,500`, `2.5`, `~30`, `-4`: a numeral with optional separators.
  static func isNumeral(_ word: some StringProtocol) -> Bool {
    var text = Substring(word)
    if let first = text.first, first == "~" || first == "-" || first == "+" || first == "$" || first == "€" {
      text = text.dropFirst()
    }
    guard let first = text.first, first.isASCII, first.isNumber else { return false }
    return text.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
      && !(text.last == "," || text.last == ".")
  }

  private static func isPercentage(_ text: String, words: [String]) -> Bool {
    if text.hasSuffix("%") { return isNumeral(text.dropLast().trimmingCharacters(in: .whitespaces)) }
    let lower = words.map { $0.lowercased() }
    if lower.count == 2, lower[1] == "percent" {
      return isNumeral(lower[0]) || AnswerNumbers.value(of: lower[0]) != nil
    }
    if lower.count == 3, lower[1] == "per", lower[2] == "cent" { return isNumeral(lower[0]) }
    return false
  }

  private static func isYear(_ text: String) -> Bool {
    var core = Substring(text)
    for suffix in [" AD", " CE", " BC", " BCE", "s"] where core.hasSuffix(suffix) {
      core = core.dropLast(suffix.count)
      break
    }
    guard core.count == 4, isDigits(core), let value = Int(core) else { return false }
    return (1000...2199).contains(value)
  }

  private static func isDate(_ words: [String]) -> Bool {
    if words.count == 1 {
      let parts = words[0].split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 3, parts.allSatisfy({ isDigits($0) }), parts[0].count == 4 { return true }
      let slashes = words[0].split(separator: "/", omittingEmptySubsequences: false)
      return slashes.count == 3 && slashes.allSatisfy { isDigits($0) && $0.count <= 4 }
    }
    guard (2...4).contains(words.count) else { return false }
    let cleaned = words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")).lowercased() }
    guard cleaned.contains(where: { AnswerLexicon.months.contains($0) }) else { return false }
    return cleaned.allSatisfy { word in
      AnswerLexicon.months.contains(word) || word == "of" || isDigits(word)
        || (word.count <= 4 && isDigits(word.prefix { $0.isNumber })
          && ["st", "nd", "rd", "th"].contains(String(word.drop { $0.isNumber })))
    }
  }

  private static func isNumber(_ words: [String]) -> Bool {
    guard let first = words.first?.lowercased() else { return false }
    if isNumeral(first) { return words.count <= 3 }
    if AnswerNumbers.value(of: words.joined(separator: " ")) != nil { return true }
    return false
  }

  private static func isAcronym(_ text: String) -> Bool {
    let letters = text.filter { $0 != "." && $0 != "-" && $0 != "&" }
    guard (2...8).contains(letters.count), !text.contains(" ") else { return false }
    let capitals = letters.filter { $0.isUppercase }.count
    return capitals >= 2 && letters.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "s" }
  }

  private static func isOrganisation(_ words: [String]) -> Bool {
    // An organisation's name is a proper name: "efforts of the international community" is not one.
    let named = words.first?.lowercased() == "the" ? words.dropFirst() : words[...]
    guard named.first?.first?.isUppercase == true else { return false }
    return words.contains { word in
      let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.()'\"")).lowercased()
      return AnswerLexicon.organisationWords.contains(bare)
    }
      || (words.last.map { $0.hasPrefix("(") && $0.hasSuffix(")") && isAcronym(String($0.dropFirst().dropLast())) }
        ?? false)
  }

  private static func isPlace(_ text: String, words: [String]) -> Bool {
    let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    let withoutThe = lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
    if AnswerLexicon.places.contains(withoutThe) { return true }
    let named = words.first?.lowercased() == "the" ? Array(words.dropFirst()) : words
    guard let first = named.first, first.first?.isUppercase == true else { return false }
    let bare = named.map { $0.lowercased() }
    if bare.contains(where: { AnswerLexicon.placeWords.contains($0) }) { return true }
    return named.count <= 2 && bare.last.map { $0.hasSuffix("stan") } == true
  }

  private static func isPerson(_ words: [String]) -> Bool {
    guard let first = words.first else { return false }
    if AnswerLexicon.titles.contains(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
      && words.count >= 2
    {
      return true
    }
    guard (2...4).contains(words.count) else { return false }
    return words.allSatisfy { word in
      guard let initial = word.first, initial.isUppercase else { return false }
      return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" || $0 == "'" }
    }
  }
}
