/// Splits a sentence into tokens and guesses each one's role from word lists, suffixes and neighbours.
struct Tokenizer: Sendable {
  /// Lower-cased words the document writes in lower case somewhere, to tell a capitalised sentence
  /// opener that is an ordinary word from a name.
  var lowercaseVocabulary: Set<String>

  /// Creates a tokenizer that knows the document's lower-case words.
  init(lowercaseVocabulary: Set<String> = []) {
    self.lowercaseVocabulary = lowercaseVocabulary
  }

  /// Whether `code` may join the parts of one word: - . , ' ’ & %.
  private static func isJoiner(_ code: UInt32) -> Bool {
    switch code {
    case 0x2D, 0x2E, 0x2C, 0x27, 0x2019, 0x26, 0x25: true
    default: false
    }
  }

  /// Whether `code` is a currency sign written before an amount: $ £ € ¥.
  static func isCurrency(_ code: UInt32) -> Bool {
    code == 0x24 || code == 0xA3 || code == 0x20AC || code == 0xA5
  }

  /// The raw pieces of `text`: words (with inner hyphens, apostrophes, periods and digit commas),
  /// possessive endings, and single punctuation characters; offsets count units.
  static func pieces<Unit: TextUnit>(_ text: [Unit]) -> [(String, Int, Int)] {
    pieceBounds(text).map { (Unit.string(text[$0.0..<$0.1]), $0.0, $0.1) }
  }

  /// Where the pieces of `text` start and end, in units.
  static func pieceBounds<Unit: TextUnit>(_ text: [Unit]) -> [(Int, Int)] {
    var result: [(Int, Int)] = []
    var index = 0
    let count = text.count
    func isWordChar(_ c: Unit) -> Bool {
      c.fastIsLetter || c.fastIsNumber
    }
    func code(at index: Int) -> UInt32 {
      index < count ? text[index].code : 0x20
    }
    while index < count {
      let char = text[index]
      let charCode = char.code
      if charCode == 0x20 || char.fastIsWhitespace {
        index += 1
        continue
      }
      if isWordChar(char) || (Self.isCurrency(charCode) && index + 1 < count && text[index + 1].fastIsNumber) {
        let start = index
        index += 1
        while index < count {
          let c = text[index]
          if isWordChar(c) {
            index += 1
            continue
          }
          let cCode = c.code
          // Inner joiners: well-known, 1.5, 22,000, U.S, don't; never at the end of a word.
          if cCode == 0x25 {
            index += 1
            break
          }
          if isJoiner(cCode), index + 1 < count, isWordChar(text[index + 1]) {
            let prev = text[index - 1]
            let next = text[index + 1]
            if cCode == 0x2C && !(prev.fastIsNumber && next.fastIsNumber) { break }
            if cCode == 0x2E && !(prev.fastIsNumber && next.fastIsNumber)
              && !(prev.fastIsLetter && isInitialism(text, start, index))
            {
              break
            }
            if cCode == 0x27 || cCode == 0x2019 {
              // A possessive 's ends the word; it becomes its own token.
              let nextCode = next.code
              let afterIsWord = index + 2 < count && isWordChar(text[index + 2])
              if (nextCode == 0x73 || nextCode == 0x53) && !afterIsWord { break }
            }
            index += 1
            continue
          }
          break
        }
        result.append((start, index))
        continue
      }
      if charCode == 0x27 || charCode == 0x2019 {
        let next = code(at: index + 1)
        let afterIsWord = index + 2 < count && isWordChar(text[index + 2])
        if (next == 0x73 || next == 0x53) && !afterIsWord, index > 0, isWordChar(text[index - 1]) {
          result.append((index, index + 2))
          index += 2
          continue
        }
        if index > 0, isWordChar(text[index - 1]), next == 0x20 || next == 0x2C {
          // Plural possessive (states' rights): keep it as a possessive token.
          result.append((index, index + 1))
          index += 1
          continue
        }
      }
      result.append((index, index + 1))
      index += 1
    }
    return result
  }

  /// Whether the letters from `start` up to the period at `dot` look like U.S or e.g.
  private static func isInitialism<Unit: TextUnit>(_ text: [Unit], _ start: Int, _ dot: Int) -> Bool {
    let word = text[start..<dot]
    return word.count <= 2 || word.contains { $0.code == 0x2E }
  }

  /// Each ASCII word's lower-cased form and tag, away from a sentence's start and at it, kept from
  /// earlier sentences: both depend only on the word and the document's vocabulary.
  struct Memo {
    fileprivate var words = WordMemo<Known>()
    fileprivate var openers = WordMemo<Known>()
    /// The clause the document analysis read last, with its tokens and facts: a pronoun in the
    /// next sentence is resolved in it without reading it again.
    var recent: (text: String, tokens: [Token], facts: [Fact]?)?

    /// An empty memo.
    init() {}
  }

  /// What the memo keeps of a word.
  fileprivate struct Known {
    var lower: String
    var tag: Token.Tag
    /// Whether the word is one of `degreeWords`.
    var isDegree: Bool
  }

  /// The tokens of `sentence`, each with a guessed tag.
  func tokens(of sentence: String) -> [Token] {
    var memo = Memo()
    return tokens(of: sentence, memo: &memo)
  }

  /// The tokens of `sentence`, each with a guessed tag, looking up words met before in `memo`.
  func tokens(of sentence: String, memo: inout Memo) -> [Token] {
    var firstWord = true
    var tokens: [Token] = []
    // The tokens right after "too", "very" and the like, which may be adjectives.
    var afterDegree: [Int] = []
    var previousIsDegree = false
    // Adds the piece at `start..<end` whose UTF-8 bytes are `bytes`; `text` is its string when
    // it is already made. A word met before takes the memo's string, so none is made for it.
    func add(_ bytes: UnsafeBufferPointer<UInt8>, text: String?, start: Int, end: Int) {
      let (hash, isASCII) = WordMemo<Known>.hash(bytes)
      let first = bytes.first ?? 0
      let word: String
      let known: Known
      // Only ASCII words are kept: String keys compare canonically equivalent spellings as equal.
      if isASCII,
        let found = firstWord ? memo.openers.entry(of: bytes, hash: hash) : memo.words.entry(of: bytes, hash: hash)
      {
        (word, known) = found
      } else {
        word = text ?? String(decoding: bytes, as: UTF8.self)
        let lower = word.lowercased()
        let probe = Token(text: word, lower: lower, start: start, end: end, tag: .punctuation)
        known = Known(
          lower: lower, tag: baseTag(probe, sentenceInitial: firstWord), isDegree: Self.degreeWords.contains(lower))
        if isASCII {
          if firstWord {
            memo.openers.insert(word, bytes: bytes, hash: hash, value: known)
          } else {
            memo.words.insert(word, bytes: bytes, hash: hash, value: known)
          }
        }
      }
      let token = Token(text: word, lower: known.lower, start: start, end: end, tag: known.tag)
      if previousIsDegree { afterDegree.append(tokens.count) }
      previousIsDegree = known.isDegree
      tokens.append(token)
      // An ASCII first character is its first byte (a carriage return and line feed is neither).
      let startsWord =
        isASCII
        ? (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) || (0x30...0x39).contains(first)
        : token.text.first.map({ $0.fastIsLetter || $0.fastIsNumber }) ?? false
      if startsWord { firstWord = false }
      // A piece that is not ASCII may still equal ";" (U+037E is canonically equivalent to it).
      if isASCII ? bytes.count == 1 && (first == 0x3A || first == 0x3B) : token.text == ":" || token.text == ";" {
        firstWord = true
      }
    }
    if TextScan.isPlainASCII(sentence) {
      // Each byte is a character: the pieces are cut straight out of the bytes.
      let bytes = Array(sentence.utf8)
      let bounds = Tokenizer.pieceBounds(bytes)
      tokens.reserveCapacity(bounds.count)
      bytes.withUnsafeBufferPointer { buffer in
        for (start, end) in bounds {
          add(UnsafeBufferPointer(rebasing: buffer[start..<end]), text: nil, start: start, end: end)
        }
      }
    } else {
      let pieces =
        Unicode.Scalar.standaloneScalars(of: sentence).map { Tokenizer.pieces($0) } ?? Tokenizer.pieces(Array(sentence))
      tokens.reserveCapacity(pieces.count)
      for piece in pieces {
        var copy = piece.0
        copy.withUTF8 { add($0, text: piece.0, start: piece.1, end: piece.2) }
      }
    }
    resolveAmbiguity(&tokens)
    // A word after "too", "very" and the like is an adjective ("too vague").
    for index in afterDegree where tokens[index].tag == .noun { tokens[index].tag = .adjective }
    unmarkOpeningModifier(&tokens)
    return tokens
  }

  /// A capitalised first word that is not a known word is taken for a name; it is an ordinary word
  /// when it modifies the subject ("Formal negotiations began") or takes a bare complement
  /// ("Interest in seabed mining grew"; not "Paris in the 1920s").
  private func unmarkOpeningModifier(_ tokens: inout [Token]) {
    guard tokens.count > 3 else { return }
    let next = tokens[1]
    let after = tokens[2]
    // "Ministry of Energy and Housing" after a field's colon, or opening a sentence, is a name.
    for index in 0..<(tokens.count - 2)
    where index == 0 || (tokens[index - 1].tag == .punctuation && tokens[index - 1].text == ":") {
      if tokens[index].isCapitalized, tokens[index].tag == .noun || tokens[index].tag == .adjective,
        tokens[index + 1].lower == "of" || tokens[index + 1].lower == "for", tokens[index + 2].tag == .name
      {
        tokens[index].tag = .name
      }
    }
    guard tokens[0].tag == .name else { return }
    if next.tag == .auxiliary, ["are", "were", "have", "do"].contains(next.lower), NounNumber.isPlural(tokens[0].lower)
    {
      // "Landlords are not eligible": a plural before a plural verb is no name.
      tokens[0].tag = .noun
    } else if next.tag == .noun, !next.isCapitalized, after.tag == .verb || after.tag == .auxiliary {
      tokens[0].tag = AdjectiveGuess.isAdjective(tokens[0].lower) ? .adjective : .noun
    } else if next.tag == .preposition, !after.isCapitalized, after.isNominal {
      tokens[0].tag = .noun
    }
  }

  private func baseTag(_ token: Token, sentenceInitial: Bool) -> Token.Tag {
    let text = token.text
    let lower = token.lower
    guard let first = text.first else { return .punctuation }
    if text.unicodeScalars.count <= 2 {
      let codes = text.unicodeScalars.map(\.value)
      if codes.count == 1, [0x201C, 0x201D, 0x22, 0x2018].contains(codes[0]) { return .quote }
      if codes == [0x27] || codes == [0x2019] || codes == [0x27, 0x73] || codes == [0x2019, 0x73]
        || codes == [0x27, 0x53] || codes == [0x2019, 0x53]
      {
        return .possessive
      }
    }
    if first.fastIsNumber || first.unicodeScalars.first.map({ Self.isCurrency($0.value) }) == true { return .number }
    guard first.fastIsLetter else { return .punctuation }
    if first.fastIsUppercase {
      let letters = text.filter(\.fastIsLetter)
      if letters.count >= 2, letters.allSatisfy(\.fastIsUppercase) { return .acronym }
      if !(sentenceInitial && isOrdinaryWord(lower)) { return .name }
    }
    let known = WordTable.tags[lower]
    if let known, known != .adjective { return known }
    if lower.hasSuffix("ly") && lower.count > 4 && !Lexicon.lyNouns.contains(lower) { return .adverb }
    if known == .adjective || AdjectiveGuess.isAdjective(lower) { return .adjective }
    if (lower.hasSuffix("ed") || lower.hasSuffix("ing")) && lower.count > 5 { return .participle }
    return .noun
  }

  /// Endings of ordinary plural and abstract nouns ("Critics argue", "Donors gave", "Location:").
  private static let commonEndings = [
    "ions", "ists", "ers", "ments", "ities", "ances", "ences", "ships", "nesses", "ians", "ants", "ents",
    "ics", "ors", "tion",
  ]

  /// Words after which a noun is read as an adjective ("too vague").
  private static let degreeWords: Set<String> = [
    "too", "very", "so", "quite", "rather", "extremely", "highly", "fairly", "relatively",
  ]

  /// Whether a capitalised sentence opener is an ordinary word rather than a name.
  private func isOrdinaryWord(_ lower: String) -> Bool {
    if NounNumber.isIrregularPlural(lower) { return true }
    let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
    return lowercaseVocabulary.contains(singular)
      || lowercaseVocabulary.contains(lower + "s") || Self.commonEndings.contains(where: lower.hasSuffix)
      || isFunctionOrKnown(lower) || isPrefixedOrdinaryWord(lower)
  }

  /// Prefixes that make ordinary words of ordinary words: over-fishing, re-armament, non-compliance.
  private static let wordPrefixes = [
    "over", "under", "re", "de", "non", "anti", "pre", "post", "counter", "out", "mis", "co", "inter", "multi",
    "sub", "super", "trans", "un", "dis", "self-",
  ]

  /// Whether `lower` is a known word behind a common prefix ("overfishing" when "fishing" is known),
  /// or a compound that repeats its word round a small one ("day-to-day", "year-on-year").
  private func isPrefixedOrdinaryWord(_ lower: String) -> Bool {
    if lower.utf8.contains(0x2D) {
      let parts = lower.split(separator: "-")
      return parts.count == 3 && parts[0] == parts[2] && WordTable.tags[String(parts[1])] != nil
    }
    for prefix in Self.wordPrefixes where lower.utf8.starts(with: prefix.utf8) {
      let rest = String(decoding: lower.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
      if rest.utf8.count >= 4, lowercaseVocabulary.contains(rest) || WordTable.tags[rest] != nil { return true }
    }
    return false
  }

  private func isFunctionOrKnown(_ lower: String) -> Bool {
    WordTable.tags[lower] != nil || lowercaseVocabulary.contains(lower) || AdjectiveGuess.isAdjective(lower)
      || (lower.hasSuffix("ly") && lower.count > 4)
  }

  /// Verbs that can be nouns become nouns after a determiner or adjective ("a major concern").
  private func resolveAmbiguity(_ tokens: inout [Token]) {
    for index in tokens.indices where tokens[index].tag == .verb || tokens[index].lower == "will" {
      let lower = tokens[index].lower
      let isPastForm = lower.hasSuffix("ed") || lower.hasSuffix("ing")
      guard index > 0 else { continue }
      let previous = tokens[index - 1]
      let nounContext =
        (previous.tag == .determiner && previous.lower != "that") || previous.tag == .possessive
        || previous.tag == .adjective
        || previous.tag == .number
        || (previous.tag == .participle && index >= 2 && tokens[index - 2].tag == .determiner)
      if nounContext {
        tokens[index].tag = isPastForm ? .participle : .noun
      }
    }
    // An -s form right before another verb is a plural noun: "the root causes lie".
    for index in tokens.indices.dropLast() where tokens[index].tag == .verb {
      let lower = tokens[index].lower
      let next = tokens[index + 1].tag
      if lower.hasSuffix("s") && !lower.hasSuffix("ss") && (next == .verb || next == .auxiliary) {
        tokens[index].tag = .noun
      }
    }
    // A bare verb right after a singular common noun cannot be its verb: "the peace process".
    for index in tokens.indices.dropFirst(2) where tokens[index].tag == .verb {
      let previous = tokens[index - 1]
      guard VerbLexicon.isBaseForm(tokens[index].lower), previous.tag == .noun, !NounNumber.isPlural(previous.lower),
        [.determiner, .adjective, .possessive, .preposition].contains(tokens[index - 2].tag)
      else { continue }
      tokens[index].tag = .noun
    }
  }
}
