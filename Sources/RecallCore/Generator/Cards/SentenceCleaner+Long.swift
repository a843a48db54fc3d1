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
    for separator in Self.clauseBreaks {
      guard let range = clause.range(of: separator) else { continue }
      let first = String(clause[..<range.lowerBound])
      let second = String(clause[range.upperBound...])
      guard Self.wordCount(first) >= 6, Self.wordCount(second) >= 6 else { continue }
      let ended = first.last.map { ".!?".contains($0) } ?? false ? first : first + "."
      return shortened(ended) + shortened(capitalizeFirst(second))
    }
    // Trailing phrases set off by commas go, last first, while the sentence is too long.
    var text = clause
    let end = text.last.map { ".!?".contains($0) } ?? false ? String(text.removeLast()) : ""
    while Self.wordCount(text) > CardRules.maxPromptWords, let comma = text.range(of: ", ", options: .backwards) {
      let tail = text[comma.upperBound...]
      let word = tail.prefix { $0.fastIsLetter }.lowercased()
      guard Self.droppableTails.contains(word), Self.wordCount(String(text[..<comma.lowerBound])) >= 8 else { break }
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
    "also known as ", "officially ", "formerly ", "most of which ", "many of which ", "some of which ",
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
