/// A pronoun that is the subject of a sentence after an opening phrase ("Between 1904 and 1908 it
/// fought ...", "Although it does not border ..."): it points back as an opening pronoun does.
extension SentenceCleaner {
  /// Words that open a phrase or clause before the subject of a sentence.
  private static let openers: Set<String> = [
    "in", "on", "at", "by", "between", "from", "during", "after", "before", "since", "until", "under", "with",
    "without", "for", "following", "although", "though", "while", "when", "because", "as", "once", "if", "unlike",
    "despite", "throughout", "around", "about", "over", "within", "through", "later", "today", "now", "then",
  ]

  /// `text` with a subject pronoun after its opening phrase replaced by what it points to, `text`
  /// itself when there is none, or nil when the pronoun cannot be resolved.
  func resolveInnerPronoun(_ text: String, previous: String?, memo: inout Tokenizer.Memo) -> String? {
    guard Self.openers.contains(TextScan.firstWord(text)) else { return text }
    let tokens = tokenizer.tokens(of: text, memo: &memo)
    // The opening phrase has no verb and no other subject: the first pronoun after it is the subject.
    guard let index = tokens.indices.dropFirst().prefix(12).first(where: { !Self.isOpeningPhraseWord(tokens[$0]) }),
      ["it", "they", "he", "she"].contains(tokens[index].lower), index + 1 < tokens.count,
      Self.opensPredicate(tokens[index + 1]),
      // Right after the opener, a comma or a year: "sent it troops" has its subject before.
      index == 1 || tokens[index - 1].text == "," || tokens[index - 1].tag == .number
    else { return text }
    if tokens[index].lower == "it", Self.isExpletive(tokens, at: index) { return text }
    let chars = CharacterText(text)
    let head = chars[0..<tokens[index].start]
    let rest = chars[tokens[index].end..<chars.count]
    guard let resolved = resolvePronoun(tokens[index].text + rest, previous: previous, memo: &memo),
      resolved != tokens[index].text + rest
    else { return nil }
    // The antecedent keeps its own capitals: only a word the sentence before writes in lower case
    // ("the", "northern groups") goes back to it.
    let word = String(resolved.prefix { $0.fastIsLetter })
    let lower = word.lowercased()
    let isLower = word == "The" || (previous.map { MainSubject.containsWord($0, lower) } ?? false)
    return head + (isLower && lower != word ? lower + resolved.dropFirst(word.count) : resolved)
  }

  /// Whether a token can be part of an opening phrase: not a verb, not a subject pronoun.
  private static func isOpeningPhraseWord(_ token: Token) -> Bool {
    if token.tag == .verb || token.tag == .auxiliary { return false }
    return !["it", "they", "he", "she", "we", "i", "you"].contains(token.lower)
  }

  /// "it was estimated that", "it is likely that": an "it" that stands for nothing. ("It was
  /// intended to ensure" is the treaty, so "to" is no sign.)
  static func isExpletive(_ tokens: [Token], at index: Int) -> Bool {
    let window = tokens[(index + 1)..<min(tokens.count, index + 5)]
    guard let first = window.first, ["is", "was", "has", "had", "seems", "seemed"].contains(first.lower) else {
      return false
    }
    return window.contains { $0.lower == "that" }
  }

  /// Whether `token` after a verb starts its object or complement ("became [an] integral part").
  static func startsAnObject(_ token: Token) -> Bool {
    Lexicon.determiners.contains(token.lower) || Lexicon.prepositions.contains(token.lower)
      || token.tag == .number || token.tag == .name || token.tag == .acronym || token.tag == .adjective
  }
}
