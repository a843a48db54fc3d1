/// One table from lower-cased word to its fixed role, so that tagging a word costs one lookup.
enum WordTable {
  /// The role of every listed word, the first list that names a word deciding its role.
  static let tags: [String: Token.Tag] = {
    var table: [String: Token.Tag] = [:]
    func add(_ words: some Sequence<String>, _ tag: Token.Tag) {
      for word in words where table[word] == nil { table[word] = tag }
    }
    add(Lexicon.numberWords.keys, .number)
    add(Lexicon.scales, .number)
    add(Lexicon.determiners, .determiner)
    add(Lexicon.auxiliaries, .auxiliary)
    add(Lexicon.prepositions, .preposition)
    add(Lexicon.conjunctions, .conjunction)
    add(Lexicon.pronouns, .pronoun)
    add(Lexicon.adverbs, .adverb)
    add(VerbLexicon.forms, .verb)
    add(AdjectiveGuess.commonAdjectives, .adjective)
    return table
  }()
}
