/// Long sentences cut into prompts a student can read at a glance.
extension SentenceCleaner {
  /// Conjunctions after a comma that open a second clause able to stand alone.
  private static let clauseBreaks = [", while ", ", whereas ", ", but ", ", although ", ", though ", "; "]

  /// Words opening a trailing phrase that can go without breaking the sentence ("..., off the coast").
  private static let droppableTails: Set<String> = [
    "off", "along", "near", "including", "which", "where", "making", "bringing", "leaving", "such", "with",
    "from", "in", "on", "at", "as", "after", "before", "during", "following", "between", "among", "under",
  ]

  /// `clause` as it is when short enough, otherwise cut at a clause boundary into parts of at most
  /// `CardRules.maxPromptWords` words, or shortened by its trailing phrases; parts still too long
  /// are left for the checks to drop.
  func shortened(_ clause: String) -> [String] {
    guard Self.wordCount(clause) > CardRules.maxPromptWords else { return [clause] }
    // Asides go first: "(Konferensi Asia–Afrika)", ", also known as the Bandung Conference,".
    let plain = Self.withoutAsides(clause)
    if plain != clause { return shortened(plain) }
    if let parts = Self.splitParticipleAside(clause) { return parts.flatMap(shortened) }
    if let parts = Self.splitTrailingPredicates(clause) { return parts.flatMap(shortened) }
    for separator in Self.clauseBreaks {
      guard let range = clause.range(of: separator) else { continue }
      let first = String(clause[..<range.lowerBound])
      let second = String(clause[range.upperBound...])
      guard Self.wordCount(first) >= 6, Self.wordCount(second) >= 6 else { continue }
      // "by means of the Assembly; the Council; ...": items of a series, not a clause to stand alone.
      if separator == "; ", let next = second.split(separator: ";").first, isVerbless(next) { continue }
      let ended = first.last.map { ".!?".contains($0) } ?? false ? first : first + "."
      return shortened(ended) + shortened(capitalizeFirst(second))
    }
    // Trailing phrases set off by commas go, last first, while the sentence is too long.
    var text = clause
    let end = text.last.map { ".!?".contains($0) } ?? false ? String(text.removeLast()) : ""
    while Self.wordCount(text) > CardRules.maxPromptWords, let comma = text.range(of: ", ", options: .backwards) {
      let tail = text[comma.upperBound...]
      let word = tail.prefix { $0.fastIsLetter }.lowercased()
      guard Self.droppableTails.contains(word) || Self.isParticipleOfResult(word),
        Self.wordCount(String(text[..<comma.lowerBound])) >= 8
      else { break }
      text = String(text[..<comma.lowerBound])
    }
    return [text + end]
  }

  /// "The Conference, held from 4 to 11 May, was the meeting of ...": the aside after the subject
  /// becomes a sentence of its own ("The Conference was held from 4 to 11 May."), and the rest
  /// another, instead of the long sentence being dropped with both facts.
  static func splitParticipleAside(_ clause: String) -> [String]? {
    guard let open = clause.range(of: ", ") else { return nil }
    let subject = String(clause[..<open.lowerBound])
    let subjectWords = subject.split(separator: " ")
    guard (2...8).contains(subjectWords.count), subject.first?.isUppercase == true,
      let first = subjectWords.first?.lowercased(), !Lexicon.prepositions.contains(first),
      !Lexicon.conjunctions.contains(first),
      !subjectWords.contains(where: { Lexicon.auxiliaries.contains($0.lowercased()) })
    else { return nil }
    let afterOpen = clause[open.upperBound...]
    let participle = afterOpen.prefix { $0.fastIsLetter }.lowercased()
    guard Self.isPastParticiple(participle), let close = afterOpen.range(of: ", ") else { return nil }
    let aside = String(afterOpen[..<close.lowerBound])
    let rest = String(afterOpen[close.upperBound...])
    let verb = rest.prefix { $0.fastIsLetter }.lowercased()
    guard wordCount(aside) >= 3, wordCount(rest) >= 4, Lexicon.auxiliaries.contains(verb) || VerbLexicon.isVerb(verb)
    else { return nil }
    let be = ["are", "were", "have"].contains(verb) ? "were" : "was"
    return ["\(subject) \(be) \(aside).", "\(subject) \(rest)"]
  }

  /// "X is a Y, founded on 1 May 1960 in Z, and headquartered in W" and "X was a Y, which took
  /// place on 4 May in Z": the participle or "which" clauses after the predicate become
  /// sentences of their own about the subject ("X was founded on 1 May 1960 in Z."), instead of the
  /// long sentence being dropped with all its facts. Nil unless the sentence opens with a short
  /// subject and "is", "was", "are" or "were".
  static func splitTrailingPredicates(_ clause: String) -> [String]? {
    let words = clause.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let copula = words.firstIndex(where: { ["is", "was", "are", "were"].contains($0) }),
      (1...10).contains(copula), words[0].first?.isUppercase == true,
      !words[..<copula].contains(where: { $0.hasSuffix(",") || $0.contains("(") })
    else { return nil }
    let subject = words[..<copula].joined(separator: " ")
    let plural = ["are", "were"].contains(words[copula])
    var parts: [String] = []
    var current: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      current.append(word)
      index += 1
      guard index > copula + 2, word.hasSuffix(","), index < words.count else { continue }
      let next = words[index].lowercased()
      var rest: [String]?
      if next == "which", index + 1 < words.count {
        let verb = words[index + 1].lowercased()
        // "which was formed", "which took place": the verb must agree with the subject.
        let agrees = plural ? ["were", "are", "have"].contains(verb) : ["was", "is", "has"].contains(verb)
        if agrees || (VerbLexicon.isVerb(verb) && !Lexicon.auxiliaries.contains(verb)) {
          rest = Array(words[(index + 1)...])
        }
      } else if opensParticiplePhrase(words, at: index)
        || (next == "and" && !parts.isEmpty && opensParticiplePhrase(words, at: index + 1))
      {
        let from = next == "and" ? index + 1 : index
        rest = [plural ? "were" : "was"] + words[from...]
      }
      guard let rest, wordCount(current.joined(separator: " ")) >= 6, !endsWithOtherName(current) else { continue }
      // The clause cut off runs to the next comma that opens another predicate; the loop finds it.
      var ended = current.joined(separator: " ")
      ended.removeLast()
      parts.append(ended + ".")
      current = subject.split(separator: " ").map(String.init) + rest.prefix(1)
      // "which" and its verb, or "and", are written anew; a participle is read on.
      index += next == "which" ? 2 : (next == "and" ? 1 : 0)
    }
    guard !parts.isEmpty else { return nil }
    let last = current.joined(separator: " ")
    guard wordCount(last) >= copula + 4 else { return nil }
    parts.append(last)
    return parts
  }

  /// Whether `words` end with a capitalised name that a following participle or "which" could
  /// describe instead of the subject ("decided by the Treaty of Paris, signed ..."); a place after
  /// "in" or "at" ("located in Sardelia, which was formed") is taken to leave the subject in view.
  private static func endsWithOtherName(_ words: [String]) -> Bool {
    var index = words.count - 1
    guard index >= 0, words[index].first?.isUppercase == true else { return false }
    while index > 0, words[index - 1].first?.isUppercase == true { index -= 1 }
    return index == 0 || !["in", "at"].contains(words[index - 1].lowercased())
  }

  /// Whether `words[index]` is a past participle opening a phrase: one the verb list knows, or a
  /// longer "-ed" word followed by a preposition ("headquartered since 1965").
  private static func opensParticiplePhrase(_ words: [String], at index: Int) -> Bool {
    guard index < words.count else { return false }
    let word = words[index].lowercased()
    if isPastParticiple(word) { return true }
    guard word.count > 6, word.hasSuffix("ed"), index + 1 < words.count else { return false }
    return Lexicon.prepositions.contains(words[index + 1].lowercased())
  }

  /// Whether `word` opens a trailing phrase of result that a sentence reads the same without
  /// (", giving the group a major influence ...").
  private static func isParticipleOfResult(_ word: String) -> Bool {
    word.count > 5 && word.hasSuffix("ing") && VerbLexicon.isVerb(word)
  }

  /// Whether `word` is the past participle of a verb ("held", "founded", "signed").
  private static func isPastParticiple(_ word: String) -> Bool {
    guard VerbLexicon.isVerb(word) else { return false }
    return (word.hasSuffix("ed") && word.count > 4) || irregularParticiples.contains(word)
  }

  /// Irregular past participles that open an aside.
  private static let irregularParticiples: Set<String> = [
    "held", "born", "known", "built", "made", "led", "founded", "written", "drawn", "given", "taken", "seen",
    "chosen", "won", "brought", "kept", "set", "put", "begun", "sent", "spoken", "hidden", "broken", "grown",
  ]

  /// Words that open an aside set off by commas, which a sentence reads the same without.
  private static let asideOpeners = [
    "also known as ", "commonly referred to as ", "commonly known as ", "better known as ", "officially ", "formerly ",
    "most of which ", "many of which ", "some of which ",
    "known as ", "now ", "then ", "in turn ", "originally ",
  ]

  /// `text` without its bracketed asides and one comma-bounded aside, or `text` itself.
  static func withoutAsides(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
        if result.hasSuffix(" ") { result.removeLast() }
        continue
      }
      if character == ")", depth > 0 {
        depth -= 1
        continue
      }
      if depth == 0 { result.append(character) }
    }
    if depth != 0 { result = text }
    for opener in asideOpeners {
      guard let start = result.range(of: ", " + opener),
        let end = result[start.upperBound...].range(of: ", ")
      else { continue }
      let shorter = String(result[..<start.lowerBound]) + " " + String(result[end.upperBound...])
      if wordCount(shorter) >= 8 { return shorter }
    }
    return result
  }

  /// The words of `text`, counted as runs of characters other than spaces.
  static func wordCount(_ text: String) -> Int {
    DocumentOutline.List.wordCount(text, atMost: 1_000)
  }
}
