/// Splits a paragraph into sentences without breaking at abbreviations, initials, decimals, or
/// inside quotes and parentheses.
public enum SentenceSplitter {
  /// A sentence and where it starts in the paragraph, in characters.
  public struct Piece: Hashable, Sendable {
    /// The sentence, trimmed.
    public var text: String
    /// The offset of its first character in the paragraph.
    public var offset: Int
  }

  /// The sentences of `paragraph` in order.
  public static func split(_ paragraph: String) -> [Piece] {
    // Bytes and scalars give the same pieces as characters when each is a character of its own.
    if TextScan.isPlainASCII(paragraph) { return split(units: Array(paragraph.utf8)) }
    if let scalars = Unicode.Scalar.standaloneScalars(of: paragraph) { return split(units: scalars) }
    return split(units: Array(paragraph))
  }

  private static func split<Unit: TextUnit>(units chars: [Unit]) -> [Piece] {
    // Only ASCII and a few quote marks matter below; comparing scalars avoids slow Character equality.
    let codes: [UInt32] = chars.map(\.code)
    var pieces: [Piece] = []
    var start = 0
    var depth = 0
    var inStraightQuote = false
    var curlyDepth = 0
    var index = 0
    func emit(upTo end: Int) {
      var from = start
      while from < end, chars[from].fastIsWhitespace { from += 1 }
      var to = end
      while to > from, chars[to - 1].fastIsWhitespace { to -= 1 }
      if to > from { pieces.append(Piece(text: Unit.string(chars[from..<to]), offset: from)) }
      start = end
    }
    while index < chars.count {
      let code = codes[index]
      switch code {
      case 0x28, 0x5B: depth += 1
      case 0x29, 0x5D: depth = max(0, depth - 1)
      case 0x201C: curlyDepth += 1
      case 0x201D: curlyDepth = max(0, curlyDepth - 1)
      case 0x22: inStraightQuote.toggle()
      default: break
      }
      if code == 0x2E || code == 0x21 || code == 0x3F {
        var end = index + 1
        // Closing quotes and brackets right after the mark belong to this sentence.
        while end < chars.count, [0x201D, 0x22, 0x29, 0x27, 0x2019].contains(codes[end]) {
          if codes[end] == 0x201D { curlyDepth = max(0, curlyDepth - 1) }
          if codes[end] == 0x22 { inStraightQuote = false }
          if codes[end] == 0x29 { depth = max(0, depth - 1) }
          end += 1
        }
        let closedQuote = end > index + 1
        let insideQuote = (curlyDepth > 0 || inStraightQuote) && !closedQuote
        if depth == 0, !insideQuote, isBoundary(chars, mark: index, after: end) {
          emit(upTo: end)
        }
        index = end
        continue
      }
      index += 1
    }
    emit(upTo: chars.count)
    return pieces
  }

  /// Whether the mark at `mark` (with closers up to `after`) ends a sentence.
  private static func isBoundary<Unit: TextUnit>(_ chars: [Unit], mark: Int, after: Int) -> Bool {
    var next = after
    guard next < chars.count else { return true }
    guard chars[next].fastIsWhitespace else { return false }
    while next < chars.count, chars[next].fastIsWhitespace { next += 1 }
    guard next < chars.count else { return true }
    let following = chars[next]
    let opensSentence =
      following.fastIsUppercase || following.fastIsNumber
      || [0x201C, 0x22, 0x28, 0x27, 0x2018].contains(following.code)
    guard opensSentence else { return false }
    guard chars[mark].code == 0x2E else { return true }
    // The word before the period: an abbreviation or an initial does not end the sentence.
    var wordStart = mark
    while wordStart > 0, !chars[wordStart - 1].fastIsWhitespace, chars[wordStart - 1].code != 0x28 { wordStart -= 1 }
    let word = Unit.string(chars[wordStart..<mark]).lowercased()
    if word.count == 1, let letter = word.first, letter.fastIsLetter { return false }
    if Lexicon.abbreviations.contains(word) {
      // "in the U.S. The" is still ambiguous; a common sentence opener after it decides.
      return word.contains(".") && startsCommonOpener(chars, at: next)
    }
    return true
  }

  /// Whether the word at `index` is a typical sentence opener (The, In, It...).
  private static func startsCommonOpener<Unit: TextUnit>(_ chars: [Unit], at index: Int) -> Bool {
    var end = index
    while end < chars.count, chars[end].fastIsLetter { end += 1 }
    let word = Unit.string(chars[index..<end]).lowercased()
    return Lexicon.determiners.contains(word) || Lexicon.pronouns.contains(word)
      || Lexicon.prepositions.contains(word) || Lexicon.conjunctions.contains(word)
  }
}
