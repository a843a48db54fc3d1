/// A word, number or punctuation mark of a sentence, with its place in the sentence's text.
struct Token: Hashable, Sendable {
  /// The grammatical role the phrase finder guessed for a token.
  enum Tag: Hashable, Sendable {
    case determiner, preposition, conjunction, pronoun, auxiliary, adverb, verb, participle
    case adjective, noun, name, acronym, number, possessive, punctuation, quote
  }

  /// The token as written.
  var text: String
  /// The token lower-cased.
  var lower: String
  /// Where the token starts and ends, kept in 32 bits: a document holds millions of tokens.
  private var startOffset: Int32
  private var endOffset: Int32
  /// The guessed role.
  var tag: Tag

  /// Where the token starts in its sentence, in characters.
  var start: Int { Int(startOffset) }
  /// Where the token ends (exclusive), in characters.
  var end: Int { Int(endOffset) }

  /// A token of `text` at `start..<end` of its sentence.
  init(text: String, lower: String, start: Int, end: Int, tag: Tag) {
    self.text = text
    self.lower = lower
    startOffset = Int32(clamping: start)
    endOffset = Int32(clamping: end)
    self.tag = tag
  }

  /// Whether the token is a word or number (not punctuation, quote or possessive).
  var isWord: Bool {
    switch tag {
    case .punctuation, .quote, .possessive: false
    default: true
    }
  }

  /// Whether the token may be part of a common noun phrase.
  var isNominal: Bool { tag == .noun || tag == .adjective || tag == .participle }

  /// Whether the first letter is upper case.
  var isCapitalized: Bool { text.first.map { $0.fastIsUppercase } ?? false }
}
